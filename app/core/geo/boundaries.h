// SPDX-License-Identifier: MIT
#pragma once

#include "geo/geometry.h"
#include "data/problem.h"

#include <QString>
#include <optional>
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
    /** A feature whose adcode could be read, even when the file has errors: for the join's checks. */
    struct Feature {
        int adcode = 0;
        QString nameZh;
        int index = 0; ///< in the file's features
        QString level; ///< the optional property `level` (context files: province, city), else empty
    };
    std::vector<Feature> features;
    bool parsed = false; ///< the file was read as GeoJSON (features holds what it has)
    bool codesComplete = true; ///< every feature's adcode could be read (else a missing one may be there)
    [[nodiscard]] bool ok() const { return !hasErrors(problems); }
};

/** What the positions of Shanghai's districts in a boundary set say about its datum. */
struct DatumCheck {
    enum class Kind {
        Unknown, ///< fewer than 3 of Shanghai's districts (by adcode), or no common shift
        Wgs84, ///< where the bundled WGS84 boundaries put them (within 200 m)
        Gcj02, ///< shifted alike, as the GCJ-02 formula shifts them (within 100 m)
        Shifted, ///< shifted alike, but not as GCJ-02 does
    };
    Kind kind = Kind::Unknown;
    size_t districts = 0; ///< districts compared (those with a built-in reference position)
    size_t alike = 0; ///< of those, how many are shifted as `kind` says
    QString offset; ///< the typical (median) shift, e.g. "480 m east-south-east"
};

/**
 * Compares each district of Shanghai in `set` (by adcode) with a built-in reference: the
 * area-weighted centroid of that district in the bundled WGS84 boundaries (see data/FORMAT.md).
 */
DatumCheck checkDatum(const BoundarySet &set);

/** "浦东新区 (adcode 310115)", "adcode 310115", "浦东新区" or "the feature": a district in a message. */
QString describeDistrict(const DistrictShape &shape);

/**
 * Reads a GeoJSON FeatureCollection of district boundaries through GDAL/OGR. Each feature needs
 * an integer `adcode`, a Chinese `name` and an English `name_en`, and a valid (GEOS) Polygon or
 * MultiPolygon in WGS84 longitude/latitude. Every problem found is reported; on any error the set
 * is empty. Boundaries that are all shifted against reference WGS84 positions (GCJ-02) get a warning.
 */
BoundaryLoad loadBoundaries(const QString &path);

/** How precisely a district's label point (labelPoint: the pole of inaccessibility) is searched, in
    degrees: 0.0005° ≈ 50 m. */
inline constexpr double kDistrictLabelPrecision = 0.0005;

/** The same from the file's content; `path` only names the file in problems. `labelPrecision`: see
    kDistrictLabelPrecision (the land around the city asks for a coarser one: its areas are far larger). */
BoundaryLoad loadBoundariesFromBytes(
        const QByteArray &bytes, const QString &path, double labelPrecision = kDistrictLabelPrecision);

} // namespace sim
