// SPDX-License-Identifier: MIT
#include "geo/hitindex.h"

#include <algorithm>
#include <cmath>

namespace sim {

HitIndex::HitIndex(const std::vector<std::vector<Polygon>> &districts)
{
    auto forEachRing = [&](auto &&visit) {
        for (size_t d = 0; d < districts.size(); ++d) {
            for (const auto &poly : districts[d]) {
                visit(poly.outer, int(d));
                for (const auto &h : poly.holes)
                    visit(h, int(d));
            }
        }
    };
    size_t edgeCount = 0;
    for (const auto &polys : districts)
        m_bounds.add(boundsOf(polys));
    forEachRing([&](const Ring &ring, int) { edgeCount += ring.size(); });
    if (m_bounds.isEmpty())
        return;

    size_t slabCount = 1;
    auto setSlabCount = [&](size_t count) {
        slabCount = count;
        m_slabHeight = (m_bounds.maxLat - m_bounds.minLat) / double(slabCount);
        if (!(m_slabHeight > 0))
            m_slabHeight = 1;
    };
    auto slabOf = [&](double lat) {
        // clamped as a double: converting a quotient beyond long's range would be undefined
        const double s = std::floor((lat - m_bounds.minLat) / m_slabHeight);
        return static_cast<size_t>(std::clamp(s, 0.0, double(slabCount - 1)));
    };
    // An edge is stored in every slab it crosses. Real boundaries have short edges, but a hostile
    // one (a comb of tall teeth) would need edges × slabs entries: use fewer slabs until the
    // entries fit a budget. Queries then scan more edges, but memory stays bounded.
    const size_t budget = 16 * edgeCount + (size_t(1) << 20);
    for (setSlabCount(std::clamp<size_t>(edgeCount / 4, 1, 1 << 16)); slabCount > 1; setSlabCount(slabCount / 2)) {
        size_t entries = 0;
        forEachRing([&](const Ring &ring, int) {
            for (size_t i = 0, n = ring.size(), j = n - 1; i < n && entries <= budget; j = i++)
                entries += slabOf(std::max(ring[i].lat, ring[j].lat)) - slabOf(std::min(ring[i].lat, ring[j].lat)) + 1;
        });
        if (entries <= budget)
            break;
    }
    m_slabs.assign(slabCount, {});

    forEachRing([&](const Ring &ring, int district) {
        for (size_t i = 0, n = ring.size(), j = n - 1; i < n; j = i++) {
            const LonLat a = ring[j];
            const LonLat b = ring[i];
            if (a.lat == b.lat)
                continue; // a horizontal edge never crosses a horizontal ray
            const size_t s0 = slabOf(std::min(a.lat, b.lat));
            const size_t s1 = slabOf(std::max(a.lat, b.lat));
            for (size_t s = s0; s <= s1; ++s)
                m_slabs[s].push_back({a.lon, a.lat, b.lon, b.lat, district});
        }
    });
    for (auto &slab : m_slabs) {
        std::stable_sort(slab.begin(), slab.end(), [](const Edge &a, const Edge &b) { return a.district < b.district; });
        slab.shrink_to_fit();
    }
}

int HitIndex::districtAt(LonLat p) const
{
    if (m_slabs.empty() || !m_bounds.contains(p))
        return -1;
    const auto s = static_cast<size_t>(
            std::clamp(std::floor((p.lat - m_bounds.minLat) / m_slabHeight), 0.0, double(m_slabs.size() - 1)));
    const auto &slab = m_slabs[s];
    int current = -1;
    bool inside = false;
    for (const Edge &e : slab) {
        if (e.district != current) {
            if (inside)
                return current;
            current = e.district;
            inside = false;
        }
        if ((e.lat0 > p.lat) != (e.lat1 > p.lat)) {
            const double x = e.lon0 + (p.lat - e.lat0) * (e.lon1 - e.lon0) / (e.lat1 - e.lat0);
            if (p.lon < x)
                inside = !inside;
        }
    }
    return inside ? current : -1;
}

} // namespace sim
