// SPDX-License-Identifier: MIT
#pragma once

// The boundary importer's first half (import/boundaryimport.h): reading a published file —
// GeoJSON in any common property layout, ECharts' encoded files, Amap's district API answers —
// into raw features, before the join with the data directory. Internal to the importer.

#include "data/jsonfile.h"
#include "data/problem.h"
#include "geo/geometry.h"

#include <QString>

#include <optional>
#include <set>
#include <vector>

namespace sim::importer {

using json = nlohmann::json;

using Rings = std::vector<std::vector<LonLat>>; // outer ring first, then holes
using Shape = std::vector<Rings>; // the polygons of one feature

/** One feature as read from the source, before the join. */
struct RawFeature {
    QString file; ///< the source file
    QString location; ///< JSON pointer within it
    std::optional<int> adcode;
    QString codeText; ///< the code as written, for messages
    QString codeProblem;
    QString name;
    bool hasGeometry = false;
    Shape shape;
};

/**
 * Reads published boundary files into raw features: every problem goes into the Problems given to
 * the constructor (file, JSON pointer, what is wrong and what to do); one reader for all the files
 * of one import, so that the report can say what they were.
 */
class SourceReader
{
public:
    explicit SourceReader(Problems &problems) : m_problems(problems) { }

    QString format; ///< what the files are, for the report
    std::set<QString> codeKeys, nameKeys;
    int decodedRings = 0;
    int closedRings = 0;
    std::vector<RawFeature> features;

    void error(const QString &file, const std::string &ptr, const QString &message);

    /** Reads one parsed file; false when it is nothing the importer knows. */
    bool read(const json &doc, const QString &file);

private:
    void noteFormat(const QString &f);

    RawFeature start(const std::string &ptr);

    void setCode(RawFeature &f, const json &v, const QString &key);

    /** The code and name from `props` (and the feature's own `id` when props has no code). */
    void readProperties(const json &props, const json *feature, RawFeature &f);

    void readFeature(const json &feature, const std::string &ptr);

    bool readPosition(const json &p, const std::string &ptr, std::vector<LonLat> &ring);

    bool readRing(const json &r, const json *offset, const std::string &ptr, std::vector<LonLat> &ring);

    bool readPolygon(const json &rings, const json *offsets, const std::string &ptr, Rings &out);

    static int depthOf(const json &c);

    void readCoordinates(const json &g, std::string type, const std::string &ptr, RawFeature &f);

    void readAmapDistricts(const json &list, const std::string &ptr);

    Problems &m_problems;
    QString m_file;
    double m_scale = 1024;
};

} // namespace sim::importer
