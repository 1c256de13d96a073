// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <limits>
#include <vector>

namespace sim {

/** A WGS84 position in degrees. */
struct LonLat {
    double lon = 0;
    double lat = 0;
    friend bool operator==(const LonLat &, const LonLat &) = default;
};

/** Squared distance from (px, py) to the segment (ax, ay)–(bx, by), on a plane; shared by the label
    point (lon/lat) and the map mesh's simplification (Web Mercator). */
inline double segmentDistanceSquared(double px, double py, double ax, double ay, double bx, double by)
{
    double x = ax, y = ay;
    double dx = bx - x, dy = by - y;
    if (dx != 0 || dy != 0) {
        const double t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
        if (t > 1) {
            x = bx;
            y = by;
        } else if (t > 0) {
            x += dx * t;
            y += dy * t;
        }
    }
    dx = px - x;
    dy = py - y;
    return dx * dx + dy * dy;
}

/** A closed ring of positions; the last position repeats the first. */
using Ring = std::vector<LonLat>;

/** A polygon: one outer ring and any number of holes. */
struct Polygon {
    Ring outer;
    std::vector<Ring> holes;
};

/** An axis-aligned box in lon/lat degrees. Empty until something is added. */
struct Bounds {
    double minLon = std::numeric_limits<double>::infinity();
    double minLat = std::numeric_limits<double>::infinity();
    double maxLon = -std::numeric_limits<double>::infinity();
    double maxLat = -std::numeric_limits<double>::infinity();

    [[nodiscard]] bool isEmpty() const { return !(minLon <= maxLon && minLat <= maxLat); }
    void add(LonLat p);
    void add(const Bounds &b);
    [[nodiscard]] bool contains(LonLat p) const
    {
        return p.lon >= minLon && p.lon <= maxLon && p.lat >= minLat && p.lat <= maxLat;
    }
    [[nodiscard]] LonLat center() const { return {(minLon + maxLon) / 2, (minLat + maxLat) / 2}; }
};

Bounds boundsOf(const Ring &ring);
Bounds boundsOf(const std::vector<Polygon> &polygons);

/** Even-odd point in ring test (ray casting). Points exactly on an edge may go either way. */
bool ringContains(const Ring &ring, LonLat p);
/** True when p lies in the polygon's outer ring and in none of its holes. */
bool polygonContains(const Polygon &polygon, LonLat p);

/** Signed area in square degrees (positive for counter-clockwise rings). */
double signedArea(const Ring &ring);

/** Geodesic-free area estimate in km² on a local equirectangular projection (for sanity checks). */
double approximateAreaKm2(const std::vector<Polygon> &polygons);

/**
 * The point inside the polygons farthest from any edge (the "pole of inaccessibility", as
 * Mapbox's polylabel computes it), searched in the largest polygon, with precision in degrees.
 * This is where a label sits best: always inside, even for crescent or L-shaped districts.
 */
LonLat labelPoint(const std::vector<Polygon> &polygons, double precision = 0.0005);

/** Web Mercator (EPSG:3857) on a unit square: x, y in [0, 1], y growing southwards. */
struct Mercator {
    double x = 0;
    double y = 0;
};
Mercator toMercator(LonLat p);
LonLat fromMercator(Mercator m);

} // namespace sim
