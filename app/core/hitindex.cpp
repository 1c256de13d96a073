// SPDX-License-Identifier: MIT
#include "hitindex.h"

#include <algorithm>
#include <cmath>

namespace sim {

HitIndex::HitIndex(const std::vector<std::vector<Polygon>> &districts)
{
    size_t edgeCount = 0;
    for (const auto &polys : districts) {
        m_bounds.add(boundsOf(polys));
        for (const auto &poly : polys) {
            edgeCount += poly.outer.size();
            for (const auto &h : poly.holes)
                edgeCount += h.size();
        }
    }
    if (m_bounds.isEmpty())
        return;

    const size_t slabCount = std::clamp<size_t>(edgeCount / 4, 1, 1 << 16);
    m_slabHeight = (m_bounds.maxLat - m_bounds.minLat) / double(slabCount);
    if (!(m_slabHeight > 0))
        m_slabHeight = 1;
    m_slabs.assign(slabCount, {});

    auto slabOf = [&](double lat) {
        const auto s = static_cast<long>(std::floor((lat - m_bounds.minLat) / m_slabHeight));
        return static_cast<size_t>(std::clamp<long>(s, 0, long(slabCount) - 1));
    };
    auto addRing = [&](const Ring &ring, int district) {
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
    };
    for (size_t d = 0; d < districts.size(); ++d) {
        for (const auto &poly : districts[d]) {
            addRing(poly.outer, int(d));
            for (const auto &h : poly.holes)
                addRing(h, int(d));
        }
    }
    for (auto &slab : m_slabs) {
        std::stable_sort(slab.begin(), slab.end(),
                         [](const Edge &a, const Edge &b) { return a.district < b.district; });
        slab.shrink_to_fit();
    }
}

int HitIndex::districtAt(LonLat p) const
{
    if (m_slabs.empty() || !m_bounds.contains(p))
        return -1;
    const auto s = static_cast<size_t>(std::clamp<long>(
        static_cast<long>(std::floor((p.lat - m_bounds.minLat) / m_slabHeight)), 0,
        long(m_slabs.size()) - 1));
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
