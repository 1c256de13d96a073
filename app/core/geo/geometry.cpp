// SPDX-License-Identifier: MIT
#include "geo/geometry.h"

#include <algorithm>
#include <numbers>
#include <queue>

namespace sim {

void Bounds::add(LonLat p)
{
    minLon = std::min(minLon, p.lon);
    minLat = std::min(minLat, p.lat);
    maxLon = std::max(maxLon, p.lon);
    maxLat = std::max(maxLat, p.lat);
}

void Bounds::add(const Bounds &b)
{
    if (b.isEmpty())
        return;
    add(LonLat {b.minLon, b.minLat});
    add(LonLat {b.maxLon, b.maxLat});
}

Bounds boundsOf(const Ring &ring)
{
    Bounds b;
    for (const auto &p : ring)
        b.add(p);
    return b;
}

Bounds boundsOf(const std::vector<Polygon> &polygons)
{
    Bounds b;
    for (const auto &poly : polygons)
        b.add(boundsOf(poly.outer));
    return b;
}

bool ringContains(const Ring &ring, LonLat p)
{
    bool inside = false;
    const size_t n = ring.size();
    for (size_t i = 0, j = n - 1; i < n; j = i++) {
        const LonLat &a = ring[i];
        const LonLat &b = ring[j];
        if ((a.lat > p.lat) != (b.lat > p.lat)) {
            const double x = a.lon + (p.lat - a.lat) * (b.lon - a.lon) / (b.lat - a.lat);
            if (p.lon < x)
                inside = !inside;
        }
    }
    return inside;
}

bool polygonContains(const Polygon &polygon, LonLat p)
{
    if (!ringContains(polygon.outer, p))
        return false;
    return std::none_of(polygon.holes.begin(), polygon.holes.end(), [&](const Ring &hole) { return ringContains(hole, p); });
}

double signedArea(const Ring &ring)
{
    double sum = 0;
    for (size_t i = 0, n = ring.size(), j = n - 1; i < n; j = i++)
        sum += (ring[j].lon - ring[i].lon) * (ring[j].lat + ring[i].lat);
    return sum / 2;
}

double approximateAreaKm2(const std::vector<Polygon> &polygons)
{
    constexpr double kmPerDegree = 111.32;
    double total = 0;
    for (const auto &poly : polygons) {
        const double cosLat = std::cos(boundsOf(poly.outer).center().lat * std::numbers::pi / 180);
        double a = std::abs(signedArea(poly.outer));
        for (const auto &hole : poly.holes)
            a -= std::abs(signedArea(hole));
        total += a * kmPerDegree * kmPerDegree * cosLat;
    }
    return total;
}

namespace {

constexpr int kLabelCellBudget = 20000;

double segmentDistanceSquared(LonLat p, LonLat a, LonLat b)
{
    return sim::segmentDistanceSquared(p.lon, p.lat, a.lon, a.lat, b.lon, b.lat);
}

// Signed distance from p to the polygon outline: positive inside, negative outside.
double signedDistance(const Polygon &poly, LonLat p)
{
    double best = std::numeric_limits<double>::infinity();
    auto visit = [&](const Ring &ring) {
        for (size_t i = 0, n = ring.size(), j = n - 1; i < n; j = i++)
            best = std::min(best, segmentDistanceSquared(p, ring[i], ring[j]));
    };
    visit(poly.outer);
    for (const auto &h : poly.holes)
        visit(h);
    const double d = std::sqrt(best);
    return polygonContains(poly, p) ? d : -d;
}

struct Cell {
    LonLat c;
    double h; // half size
    double d; // distance from centre to polygon
    double max; // best possible distance within the cell
    Cell(LonLat c_, double h_, const Polygon &poly) : c(c_), h(h_), d(signedDistance(poly, c_)), max(d + h_ * std::numbers::sqrt2)
    { }
};

} // namespace

LonLat labelPoint(const std::vector<Polygon> &polygons, double precision)
{
    if (polygons.empty())
        return {};
    const Polygon *largest = &polygons.front();
    double largestArea = 0;
    for (const auto &poly : polygons) {
        const double a = std::abs(signedArea(poly.outer));
        if (a > largestArea) {
            largestArea = a;
            largest = &poly;
        }
    }
    const Polygon &poly = *largest;
    const Bounds b = boundsOf(poly.outer);
    const double width = b.maxLon - b.minLon;
    const double height = b.maxLat - b.minLat;
    // The first grid has square cells as large as the short side; for a sliver (a hostile
    // 100° × 1e-9° polygon) that would be 10^11 cells, so never more than 64 along the long side.
    const double cellSize = std::max(std::min(width, height), std::max(width, height) / 64);
    if (!(cellSize > 0))
        return b.center();

    auto cmp = [](const Cell &a, const Cell &c) { return a.max < c.max; };
    std::priority_queue<Cell, std::vector<Cell>, decltype(cmp)> queue(cmp);
    double h = cellSize / 2;
    for (double x = b.minLon; x < b.maxLon; x += cellSize)
        for (double y = b.minLat; y < b.maxLat; y += cellSize)
            queue.emplace(LonLat {x + h, y + h}, h, poly);

    Cell best(b.center(), 0, poly);
    // Real districts settle after a few hundred cells; a pathological outline could keep
    // splitting for very long, so stop at a budget with the best point found so far.
    for (int budget = kLabelCellBudget; !queue.empty() && budget > 0; --budget) {
        Cell cell = queue.top();
        queue.pop();
        if (cell.d > best.d)
            best = cell;
        if (cell.max - best.d <= precision)
            continue;
        h = cell.h / 2;
        queue.emplace(LonLat {cell.c.lon - h, cell.c.lat - h}, h, poly);
        queue.emplace(LonLat {cell.c.lon + h, cell.c.lat - h}, h, poly);
        queue.emplace(LonLat {cell.c.lon - h, cell.c.lat + h}, h, poly);
        queue.emplace(LonLat {cell.c.lon + h, cell.c.lat + h}, h, poly);
    }
    return best.c;
}

Mercator toMercator(LonLat p)
{
    constexpr double pi = std::numbers::pi;
    const double lat = std::clamp(p.lat, -85.05112878, 85.05112878) * pi / 180;
    return {(p.lon + 180) / 360, (1 - std::log(std::tan(lat) + 1 / std::cos(lat)) / pi) / 2};
}

LonLat fromMercator(Mercator m)
{
    constexpr double pi = std::numbers::pi;
    const double n = pi - 2 * pi * m.y;
    return {m.x * 360 - 180, 180 / pi * std::atan(std::sinh(n))};
}

} // namespace sim
