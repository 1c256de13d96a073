// SPDX-License-Identifier: MIT
#include "geo/districtmesh.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <unordered_map>

namespace sim {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Exact coordinates as a hash key: shared borders repeat the very same numbers.
struct Key {
    std::uint64_t lon, lat;
    friend bool operator==(const Key &, const Key &) = default;
};
struct KeyHash {
    size_t operator()(const Key &k) const noexcept
    {
        std::uint64_t h = k.lon * 0x9E3779B97F4A7C15ull;
        h ^= (k.lat + 0x7F4A7C159E3779B9ull + (h << 6) + (h >> 2));
        return size_t(h ^ (h >> 31));
    }
};
Key keyOf(LonLat p)
{
    // +0.0 and -0.0 are the same point
    return {std::bit_cast<std::uint64_t>(p.lon + 0.0), std::bit_cast<std::uint64_t>(p.lat + 0.0)};
}
bool lessLonLat(LonLat a, LonLat b)
{
    return a.lon < b.lon || (a.lon == b.lon && a.lat < b.lat);
}

double segmentDistance(Vec2 p, Vec2 a, Vec2 b)
{
    return std::sqrt(segmentDistanceSquared(p.x, p.y, a.x, a.y, b.x, b.y));
}

// Douglas–Peucker significance of the interior points of pts[0..n-1]: the largest tolerance at
// which DP still keeps the point (its distance when it splits, never more than its parent's).
void significance(const std::vector<Vec2> &pts, std::vector<double> &sig)
{
    struct Span {
        size_t i, j;
        double parent;
    };
    std::vector<Span> stack {{0, pts.size() - 1, kInf}};
    while (!stack.empty()) {
        const Span s = stack.back();
        stack.pop_back();
        if (s.j < s.i + 2)
            continue;
        size_t best = s.i + 1;
        double bestD = -1;
        for (size_t k = s.i + 1; k < s.j; ++k) {
            const double d = segmentDistance(pts[k], pts[s.i], pts[s.j]);
            if (d > bestD) {
                bestD = d;
                best = k;
            }
        }
        const double v = std::min(bestD, s.parent);
        sig[best] = v;
        stack.push_back({s.i, best, v});
        stack.push_back({best, s.j, v});
    }
}

// One side of an axis-parallel line: x <= c (axis 0, keepLow), x >= c, or the same for y.
std::vector<Vec2> clipRing(const std::vector<Vec2> &ring, int axis, double c, bool keepLow)
{
    std::vector<Vec2> out;
    const size_t n = ring.size();
    if (n == 0)
        return out;
    out.reserve(n + 4);
    auto coord = [axis](const Vec2 &p) { return axis == 0 ? p.x : p.y; };
    auto inside = [&](const Vec2 &p) { return keepLow ? coord(p) <= c : coord(p) >= c; };
    auto push = [&](const Vec2 &p) {
        if (out.empty() || !(out.back() == p))
            out.push_back(p);
    };
    for (size_t i = 0; i < n; ++i) {
        const Vec2 &a = ring[(i + n - 1) % n];
        const Vec2 &b = ring[i];
        const bool ina = inside(a), inb = inside(b);
        if (ina != inb) {
            const double t = (c - coord(a)) / (coord(b) - coord(a));
            Vec2 q {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
            (axis == 0 ? q.x : q.y) = c; // exactly on the line
            push(q);
        }
        if (inb)
            push(b);
    }
    while (out.size() > 1 && out.front() == out.back())
        out.pop_back();
    if (out.size() < 3)
        out.clear();
    return out;
}

// Triangulates a polygon (outer ring, then holes), cutting it in halves until each piece fits a
// cell: the triangles of a piece stay within it.
void triangulateInCells(std::vector<std::vector<Vec2>> rings, double cell, std::vector<MeshPoint> &points,
        std::vector<std::uint32_t> &triangles, int depth = 0)
{
    if (rings.empty() || rings.front().size() < 3)
        return;
    double x0 = kInf, y0 = kInf, x1 = -kInf, y1 = -kInf;
    size_t n = 0;
    for (const Vec2 &p : rings.front()) {
        x0 = std::min(x0, p.x), y0 = std::min(y0, p.y);
        x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
    }
    for (const auto &r : rings)
        n += r.size();
    const double w = x1 - x0, h = y1 - y0;
    if (cell <= 0 || (w <= cell && h <= cell) || depth > 40) {
        std::vector<Vec2> pts;
        std::vector<std::uint32_t> holes;
        pts.reserve(n);
        for (size_t r = 0; r < rings.size(); ++r) {
            if (r > 0)
                holes.push_back(std::uint32_t(pts.size()));
            pts.insert(pts.end(), rings[r].begin(), rings[r].end());
        }
        const auto base = std::uint32_t(points.size());
        for (std::uint32_t t : triangulate(pts, holes))
            triangles.push_back(base + t);
        for (const Vec2 &p : pts)
            points.push_back({float(p.x), float(p.y)});
        return;
    }
    // cut across the longer side, on a multiple of the cell size so neighbouring pieces line up
    const int axis = w >= h ? 0 : 1;
    const double lo = axis == 0 ? x0 : y0, hi = axis == 0 ? x1 : y1;
    double c = std::round((lo + hi) / 2 / cell) * cell;
    if (c <= lo || c >= hi)
        c = (lo + hi) / 2;
    for (bool low : {true, false}) {
        std::vector<std::vector<Vec2>> part;
        for (size_t r = 0; r < rings.size(); ++r) {
            std::vector<Vec2> clipped = clipRing(rings[r], axis, c, low);
            if (clipped.empty()) {
                if (r == 0)
                    break;
                continue;
            }
            part.push_back(std::move(clipped));
        }
        triangulateInCells(std::move(part), cell, points, triangles, depth + 1);
    }
}

} // namespace

DistrictMesh::DistrictMesh(const std::vector<std::vector<Polygon>> &districts, const MeshOptions &options)
    : m_options(options), m_districtCount(int(districts.size()))
{
    Bounds bounds;
    for (const auto &polys : districts)
        bounds.add(boundsOf(polys));
    if (bounds.isEmpty())
        return;
    m_originLonLat = {bounds.minLon, bounds.maxLat};
    m_origin = toMercator(m_originLonLat);
    m_scale = options.tileSize * std::exp2(options.baseZoom);
    const Vec2 far = project({bounds.maxLon, bounds.minLat});
    m_width = far.x;
    m_height = far.y;

    // 1. Rings without closing repeats or repeated neighbours, as WGS84 (for exact matching).
    struct RawRing {
        size_t polygon;
        std::vector<LonLat> pts;
    };
    std::vector<RawRing> raw;
    for (size_t d = 0; d < districts.size(); ++d) {
        for (const auto &poly : districts[d]) {
            const size_t polygon = m_polygons.size();
            auto add = [&](const Ring &ring) {
                RawRing r {polygon, {}};
                r.pts.reserve(ring.size());
                for (const LonLat &p : ring)
                    if (r.pts.empty() || !(r.pts.back() == p))
                        r.pts.push_back(p);
                while (r.pts.size() > 1 && r.pts.front() == r.pts.back())
                    r.pts.pop_back();
                raw.push_back(std::move(r));
                return raw.back().pts.size() >= 3;
            };
            if (!add(poly.outer)) {
                raw.pop_back();
                continue;
            }
            m_polygons.push_back({int(d), {}});
            for (const auto &h : poly.holes)
                if (!add(h))
                    raw.pop_back();
        }
    }

    // 2. Junctions: a coordinate used with different neighbours (where borders meet or part).
    struct Use {
        std::uint32_t a = 0, b = 0; // neighbour ids of the first use, ordered
        std::uint32_t uses = 0;
        bool junction = false;
    };
    std::unordered_map<Key, std::uint32_t, KeyHash> ids;
    size_t total = 0;
    for (const auto &r : raw)
        total += r.pts.size();
    ids.reserve(total);
    std::vector<std::vector<std::uint32_t>> ringIds(raw.size());
    for (size_t r = 0; r < raw.size(); ++r) {
        ringIds[r].reserve(raw[r].pts.size());
        for (const LonLat &p : raw[r].pts)
            ringIds[r].push_back(ids.try_emplace(keyOf(p), std::uint32_t(ids.size())).first->second);
    }
    std::vector<Use> use(ids.size());
    for (const auto &rid : ringIds) {
        const size_t n = rid.size();
        for (size_t k = 0; k < n; ++k) {
            std::uint32_t a = rid[(k + n - 1) % n], b = rid[(k + 1) % n];
            if (a > b)
                std::swap(a, b);
            Use &u = use[rid[k]];
            if (u.uses++ == 0) {
                u.a = a;
                u.b = b;
            } else if (u.a != a || u.b != b) {
                u.junction = true;
            }
        }
    }
    for (const Use &u : use)
        m_sharedPoints += u.uses > 1 ? 1 : 0;

    // 3. Significance per point, arc by arc, each arc in a canonical direction.
    for (size_t r = 0; r < raw.size(); ++r) {
        const auto &pts = raw[r].pts;
        const auto &rid = ringIds[r];
        const size_t n = pts.size();
        RingData ring;
        ring.points.reserve(n);
        for (const LonLat &p : pts)
            ring.points.push_back(project(p));
        ring.significance.assign(n, 0.0);
        std::vector<size_t> junctions;
        for (size_t k = 0; k < n; ++k)
            if (use[rid[k]].junction)
                junctions.push_back(k);
        if (junctions.empty()) { // an island, or a ring equal to another: start at its smallest point
            size_t m = 0;
            for (size_t k = 1; k < n; ++k)
                if (lessLonLat(pts[k], pts[m]))
                    m = k;
            junctions.push_back(m);
        }
        for (size_t k : junctions)
            ring.significance[k] = kInf;
        std::vector<size_t> arc;
        std::vector<Vec2> arcPts;
        std::vector<double> arcSig;
        for (size_t j = 0; j < junctions.size(); ++j) {
            const size_t from = junctions[j];
            const size_t to = junctions[(j + 1) % junctions.size()];
            arc.clear();
            for (size_t k = from;; k = (k + 1) % n) {
                arc.push_back(k);
                if (arc.size() > 1 && k == to)
                    break;
            }
            if (arc.size() < 3)
                continue;
            const LonLat first = pts[arc.front()], last = pts[arc.back()];
            const bool reverse = lessLonLat(last, first) || (first == last && lessLonLat(pts[arc[arc.size() - 2]], pts[arc[1]]));
            if (reverse)
                std::reverse(arc.begin(), arc.end());
            arcPts.clear();
            for (size_t k : arc)
                arcPts.push_back(ring.points[k]);
            arcSig.assign(arc.size(), kInf);
            significance(arcPts, arcSig);
            for (size_t k = 1; k + 1 < arc.size(); ++k)
                ring.significance[arc[k]] = arcSig[k];
        }
        m_pointCount += n;
        m_polygons[raw[r].polygon].rings.push_back(std::move(ring));
    }

    // 4. Levels: one per integer zoom until simplifying no longer pays, then the full detail.
    std::vector<double> all;
    all.reserve(m_pointCount);
    for (const auto &poly : m_polygons)
        for (const auto &ring : poly.rings)
            all.insert(all.end(), ring.significance.begin(), ring.significance.end());
    std::sort(all.begin(), all.end());
    auto keptAt = [&](double tolerance) { return size_t(all.end() - std::upper_bound(all.begin(), all.end(), tolerance)); };
    for (double z = std::ceil(options.minZoom); z <= options.maxZoom; z += 1) {
        const double tol = options.tolerancePixels * unitsPerPixel(z);
        const size_t kept = keptAt(tol);
        if (double(kept) >= 0.9 * double(m_pointCount))
            break;
        m_levelZooms.push_back(z);
        m_levelTolerances.push_back(tol);
        m_levelPoints.push_back(kept);
    }
    m_levelZooms.push_back(kInf);
    m_levelTolerances.push_back(0);
    m_levelPoints.push_back(m_pointCount);
}

Vec2 DistrictMesh::project(LonLat p) const
{
    const Mercator m = toMercator(p);
    return {(m.x - m_origin.x) * m_scale, (m.y - m_origin.y) * m_scale};
}

double DistrictMesh::unitsPerPixel(double zoom) const
{
    return std::exp2(m_options.baseZoom - zoom);
}

int DistrictMesh::levelFor(double zoom) const
{
    for (size_t i = 0; i < m_levelZooms.size(); ++i)
        if (m_levelZooms[i] >= zoom - 1e-6)
            return int(i);
    return levelCount() - 1;
}

MeshLevel DistrictMesh::buildLevel(int level) const
{
    MeshLevel out;
    if (level < 0 || level >= levelCount())
        return out;
    out.zoom = m_levelZooms[size_t(level)];
    out.tolerance = m_levelTolerances[size_t(level)];
    const double tol = out.tolerance;
    out.points.reserve(m_levelPoints[size_t(level)]);
    out.districtPoints.assign(size_t(m_districtCount) + 1, 0);
    out.districtRings.assign(size_t(m_districtCount) + 1, 0);
    out.districtFillPoints.assign(size_t(m_districtCount) + 1, 0);
    out.districtTriangles.assign(size_t(m_districtCount) + 1, 0);
    // the full detail is drawn from one zoom past the last simplified level
    const double cellZoom
            = std::isfinite(out.zoom) ? out.zoom : (level > 0 ? m_levelZooms[size_t(level) - 1] + 1 : m_options.minZoom);
    // ... but never more than 64 cells across the whole map: at high zoom only a part of it is on screen
    const double cell = std::max(m_options.fillCellPixels * unitsPerPixel(cellZoom), std::max(m_width, m_height) / 64);

    // The fill may be simplified further than the outlines drawn over its edges (shared borders
    // still the same way for both neighbours, so fills neither overlap nor leave gaps).
    const double fillTol = std::max(tol, m_options.fillTolerancePixels * unitsPerPixel(cellZoom));

    std::vector<Vec2> pts;
    std::vector<std::uint32_t> ringSizes;
    auto select = [&](const RingData &ring) {
        const size_t before = pts.size();
        for (size_t k = 0; k < ring.points.size(); ++k)
            if (tol <= 0 || ring.significance[k] > tol)
                pts.push_back(ring.points[k]);
        if (pts.size() - before < 3) {
            pts.resize(before);
            return false;
        }
        ringSizes.push_back(std::uint32_t(pts.size() - before));
        return true;
    };
    auto fillRing = [&](const RingData &ring) {
        std::vector<Vec2> r;
        for (size_t k = 0; k < ring.points.size(); ++k)
            if (fillTol <= 0 || ring.significance[k] > fillTol)
                r.push_back(ring.points[k]);
        if (r.size() < 3)
            r.clear();
        return r;
    };

    int district = 0;
    auto closeDistricts = [&](int upTo) { // districts before upTo are complete
        while (district < upTo) {
            ++district;
            out.districtPoints[size_t(district)] = std::uint32_t(out.points.size());
            out.districtRings[size_t(district)] = std::uint32_t(out.rings.size());
            out.districtFillPoints[size_t(district)] = std::uint32_t(out.fillPoints.size());
            out.districtTriangles[size_t(district)] = std::uint32_t(out.triangles.size());
        }
    };
    for (const PolygonData &poly : m_polygons) {
        closeDistricts(poly.district);
        pts.clear();
        ringSizes.clear();
        if (!select(poly.rings.front()))
            continue;
        for (size_t h = 1; h < poly.rings.size(); ++h)
            select(poly.rings[h]);
        const auto base = std::uint32_t(out.points.size());
        std::vector<std::vector<Vec2>> fill;
        const auto d = size_t(poly.district);
        const bool filled = d >= m_options.outlineOnly.size() || !m_options.outlineOnly[d];
        for (const RingData &ring : poly.rings) {
            if (!filled)
                break;
            std::vector<Vec2> r = fillRing(ring);
            if (r.empty() && fill.empty())
                break; // no fill where the outer ring is below a pixel
            if (!r.empty())
                fill.push_back(std::move(r));
        }
        triangulateInCells(std::move(fill), cell, out.fillPoints, out.triangles);
        std::uint32_t first = base;
        for (size_t r = 0; r < ringSizes.size(); ++r) {
            out.rings.push_back({first, ringSizes[r], poly.district, r > 0});
            first += ringSizes[r];
        }
        for (const Vec2 &p : pts)
            out.points.push_back({float(p.x), float(p.y)});
    }
    closeDistricts(m_districtCount);
    return out;
}

} // namespace sim
