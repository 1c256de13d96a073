// SPDX-License-Identifier: MIT
#pragma once

// Whether districts tile their region: overlaps and gaps between them (GEOS through OGR), and the
// repairs the boundary importer makes to coarse published geometry.

#include "data/problem.h"
#include "geo/boundaries.h"
#include "geo/geometry.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace sim {

/**
 * The polygons made valid by GEOS (MakeValid: self-intersecting and self-touching rings split into
 * valid parts, nothing dropped), or nullopt when they are valid already (or GEOS cannot help).
 * For the importer: decoding ECharts' 1/1024° coordinates leaves such rings.
 */
std::optional<std::vector<Polygon>> repairedPolygons(const std::vector<Polygon> &polygons);

/**
 * Makes districts that overlap share a border instead: each district loses what it shares with the
 * districts before it (GEOS Difference). Returns the area taken away, in km². For the importer:
 * boundaries decoded from ECharts' 1/1024° grid overlap their neighbours by up to ~100 m.
 */
double removeOverlaps(std::vector<std::vector<Polygon> *> districts);

/**
 * Shanghai's districts tile the city: checks that `districts` do not overlap (an error naming
 * both, the overlap's area and a point inside it) and leave no gap between two or more of them (a
 * warning, the same). Slivers narrower than about 50 m are not reported: simplified published
 * boundaries have them along every border. Through GEOS (OGR); one union of all districts, and
 * pairwise intersections (bounding boxes first) only when the union says something overlaps.
 * `where[i]` is districts[i]'s location in `file` ("/features/3").
 */
Problems checkTopology(const std::vector<const DistrictShape *> &districts, const QString &file, const QStringList &where = {});

} // namespace sim
