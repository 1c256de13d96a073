// SPDX-License-Identifier: MIT
#pragma once

#include "geo/geometry.h"

#include <vector>

namespace sim {

/**
 * Answers "which district contains this point?" on the real polygons (islands, holes and
 * multipolygons included), fast enough to run on every mouse move.
 *
 * The edges of every ring are bucketed into horizontal slabs. A query casts a ray eastwards and
 * counts, per district, the edges of its slab that the ray crosses; an odd count means inside
 * (even-odd over all rings of a district, so holes and separate islands need no special case).
 * Districts are assumed not to overlap; where they do, the lowest index wins.
 */
class HitIndex
{
public:
    HitIndex() = default;
    /** districts[i] is district i's polygons. */
    explicit HitIndex(const std::vector<std::vector<Polygon>> &districts);

    /** Index of the district containing p, or -1. */
    [[nodiscard]] int districtAt(LonLat p) const;

    [[nodiscard]] const Bounds &bounds() const { return m_bounds; }

private:
    struct Edge {
        double lon0, lat0, lon1, lat1;
        int district;
    };
    Bounds m_bounds;
    double m_slabHeight = 1;
    std::vector<std::vector<Edge>> m_slabs; // edges of each slab, sorted by district
};

} // namespace sim
