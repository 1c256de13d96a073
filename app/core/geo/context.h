// SPDX-License-Identifier: MIT
#pragma once

#include "geo/geometry.h"
#include "data/problem.h"

#include <QString>
#include <vector>

namespace sim {

/**
 * A neighbouring area drawn around the districts for orientation (the land around Shanghai): a
 * province (江苏省) or a prefecture-level city (苏州市). Not a district: never selected, hit or
 * counted. Read from the data directory's optional context file (data/FORMAT.md, "context").
 */
struct ContextArea {
    enum class Level { Province, City };
    int adcode = 0; ///< the national administrative code, e.g. 320500
    QString nameZh; ///< 苏州市
    QString nameEn; ///< Suzhou
    Level level = Level::City;
    std::vector<Polygon> polygons; ///< WGS84 longitude/latitude; land only (seas and estuaries are absent)
    Bounds bounds;
    /** Where the area's label sits: inside the area; for a province also away from its cities in the file. */
    LonLat label;
};

/** The context areas of a data directory: provinces first, then cities, each in file order. */
struct ContextSet {
    std::vector<ContextArea> areas;
    Bounds bounds; ///< of every area: the file's clip rectangle when it was clipped
    [[nodiscard]] bool isEmpty() const { return areas.empty(); }
};

struct ContextLoad {
    ContextSet set; ///< empty on any error
    Problems problems;
    [[nodiscard]] bool ok() const { return !hasErrors(problems); }
};

/**
 * Reads a context file through GDAL/OGR: a GeoJSON FeatureCollection whose features have an
 * integer `adcode`, a Chinese `name`, an English `name_en`, a `level` ("province" or "city") and a
 * valid Polygon or MultiPolygon in WGS84 longitude/latitude — checked as boundaries are
 * (loadBoundaries()), every problem reported with the file and the feature. On any error the set
 * is empty (the map then shows no context; the districts are not affected).
 */
ContextLoad loadContext(const QString &path);

} // namespace sim
