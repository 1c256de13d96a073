// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace sim {

/** A point in a plane (any unit; the triangulator only compares and multiplies). */
struct Vec2 {
    double x = 0;
    double y = 0;
    friend bool operator==(const Vec2 &, const Vec2 &) = default;
};

/**
 * Triangulates a polygon with holes by ear clipping, after Mapbox's "earcut" algorithm: holes are
 * bridged into the outer ring (Eberly), ears are found with a z-order curve index, and small
 * self-intersections or degenerate pieces left by real-world data are cured or split off instead
 * of failing. Either winding order is accepted.
 *
 * `points` holds the outer ring followed by every hole, each ring without its closing repeat;
 * `holeStarts` the index in `points` where each hole begins (ascending). Returns three indices
 * into `points` per triangle; an empty result for fewer than three distinct points.
 */
std::vector<std::uint32_t> triangulate(std::span<const Vec2> points, std::span<const std::uint32_t> holeStarts = {});

/** The total area of the triangles listed, each counted positive (for checks: it equals the polygon's area). */
double trianglesArea(std::span<const Vec2> points, std::span<const std::uint32_t> triangles);

} // namespace sim
