// SPDX-License-Identifier: MIT
#pragma once

#include "geo/geometry.h"
#include "data/problem.h"

#include <QString>
#include <vector>

namespace sim {

/** One district's boundary as read from the boundary file. */
struct DistrictShape {
    int adcode = 0;
    QString nameZh;
    QString nameEn;
    std::vector<Polygon> polygons;
    Bounds bounds;
    LonLat label; ///< where the district's label sits: inside, far from the edges
};

/** All districts' boundaries, in file order. */
struct BoundarySet {
    std::vector<DistrictShape> districts;
    Bounds bounds;
    [[nodiscard]] const DistrictShape *byAdcode(int adcode) const;
};

struct BoundaryLoad {
    BoundarySet set;
    Problems problems;
    [[nodiscard]] bool ok() const { return !hasErrors(problems); }
};

/**
 * Reads a GeoJSON FeatureCollection of district boundaries through GDAL/OGR. Each feature needs
 * an integer `adcode`, a Chinese `name` and an English `name_en`, and a valid (GEOS) Polygon or
 * MultiPolygon in WGS84 longitude/latitude. Every problem found is reported; on any error the set
 * is empty. Boundaries that are all shifted against reference WGS84 positions (GCJ-02) get a warning.
 */
BoundaryLoad loadBoundaries(const QString &path);

/** The same from the file's content; `path` only names the file in problems. */
BoundaryLoad loadBoundariesFromBytes(const QByteArray &bytes, const QString &path);

} // namespace sim
