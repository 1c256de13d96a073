// SPDX-License-Identifier: MIT
#pragma once

#include "data/problem.h"
#include "geo/geometry.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace sim {

/** What the importer takes the source's positions to be. */
enum class SourceDatum {
    Detect, ///< compare the districts with the built-in WGS84 reference (checkDatum) and decide
    Gcj02, ///< GCJ-02 (Amap, DataV, Tencent): convert every position to WGS84
    Wgs84, ///< WGS84 already: keep every position
};

struct BoundaryImportOptions {
    QString outDir; ///< the data directory to write into
    SourceDatum datum = SourceDatum::Detect;
    bool force = false; ///< replace an existing boundary file
};

struct BoundaryImportResult {
    bool ok = false; ///< the boundary file (and its manifest) were written
    QStringList report; ///< what was read, converted, joined, dropped and written: one line each
    Problems problems; ///< every error (why nothing was written) and warning, naming the file
    QString written; ///< the boundary file written (absolute path), when ok
    QString manifestPath; ///< the provenance manifest written beside it (boundaries.import.json)
};

/**
 * Turns a district boundary file as people publish it into the data directory's boundary file
 * (data/FORMAT.md, "boundaries.geojson" and "Importing boundaries").
 *
 * `source` is one file or a directory of files (all its `*.json`, e.g. one file per district).
 * Read: GeoJSON (FeatureCollection, Feature, or a bare geometry object) with the district code in
 * `adcode`, `district_adcode`, `code`, `id`… (6-digit, `310115.0`, or the 12-digit statistical code
 * `310115000000`; as number or string) and the name in `name`, `district_name`…; ECharts
 * `UTF8Encoding` files (coordinates as encoded strings with `encodeOffsets`, decoded as ECharts
 * does); Amap district API JSON (`districts[].polyline`). Features are joined with the data
 * directory's districts.json by adcode (by Chinese name where a feature has no code); their
 * `name` and `name_en` come from there. Features the data does not use are dropped with a warning.
 * Positions in GCJ-02 (detected, or `datum`) are converted to WGS84 (rounded to 1e-7°).
 *
 * Nothing is written unless the result is a valid boundary file (loadBoundariesFromBytes) that
 * covers every district of districts.json; an existing file is replaced only with `force`. Both
 * files are written atomically (QSaveFile). Never throws.
 */
BoundaryImportResult importBoundaries(const QString &source, const BoundaryImportOptions &options);

/** One ring of an ECharts `UTF8Encoding` geometry decoded (ECharts' decodeRing): degrees, not closed. */
std::vector<LonLat> decodeEChartsRing(const QString &encoded, double offsetX, double offsetY, double scale = 1024);

/**
 * A district code as people write it: 310115, 310115.0, "310115", "310115.0", 310115000000 (the
 * 12-digit statistical code). Returns the 6-digit adcode, or nullopt with `why` set.
 */
std::optional<int> readDistrictCode(const QString &text, QString *why = nullptr);

} // namespace sim
