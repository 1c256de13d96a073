// SPDX-License-Identifier: MIT
// The synthetic "10× denser" boundaries of the benchmarks: every edge of the real boundaries gets
// factor - 1 extra points on a gentle bump (1% of the edge's length), so there is real detail to
// draw at high zoom. A border shared by two districts gets the very same points for both (the
// bump is computed along the edge in a canonical direction), so the set stays valid and its
// districts still tile the city.
#pragma once

#include "geo/geometry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include <nlohmann/json.hpp>

#include <cmath>
#include <numbers>
#include <vector>

namespace simbench {

inline bool lessPoint(const sim::LonLat &a, const sim::LonLat &b)
{
    return a.lon < b.lon || (a.lon == b.lon && a.lat < b.lat);
}

/** The ring with factor - 1 points added on every edge. */
inline sim::Ring densifyRing(const sim::Ring &ring, int factor)
{
    sim::Ring out;
    if (ring.size() < 2 || factor <= 1)
        return ring;
    out.reserve(ring.size() * size_t(factor));
    for (size_t i = 0; i + 1 < ring.size(); ++i) {
        const sim::LonLat a = ring[i], b = ring[i + 1];
        out.push_back(a);
        // canonical direction: from the smaller end to the larger one
        const bool flip = lessPoint(b, a);
        const sim::LonLat p = flip ? b : a, q = flip ? a : b;
        const double dx = q.lon - p.lon, dy = q.lat - p.lat;
        std::vector<sim::LonLat> extra;
        for (int k = 1; k < factor; ++k) {
            const double t = double(k) / factor;
            const double bump = 0.01 * std::sin(std::numbers::pi * t) * std::sin(3 * std::numbers::pi * t);
            extra.push_back({p.lon + dx * t - dy * bump, p.lat + dy * t + dx * bump});
        }
        if (flip)
            std::reverse(extra.begin(), extra.end());
        out.insert(out.end(), extra.begin(), extra.end());
    }
    out.push_back(ring.back());
    return out;
}

inline std::vector<std::vector<sim::Polygon>> densify(const std::vector<std::vector<sim::Polygon>> &districts, int factor)
{
    auto out = districts;
    for (auto &polys : out) {
        for (auto &poly : polys) {
            poly.outer = densifyRing(poly.outer, factor);
            for (auto &h : poly.holes)
                h = densifyRing(h, factor);
        }
    }
    return out;
}

/** Copies the data directory `from` (its files and sources/) to `to`, leaving out the files named in
    `skip`. Returns an error message, or an empty string. */
inline QString copyDataDir(const QString &from, const QString &to, const QStringList &skip)
{
    QDir src(from);
    if (!QDir().mkpath(to) || !QDir().mkpath(to + QStringLiteral("/sources")))
        return QStringLiteral("cannot create ") + to;
    for (const QString &f : src.entryList(QDir::Files)) {
        if (skip.contains(f))
            continue;
        QFile::remove(to + QLatin1Char('/') + f);
        if (!QFile::copy(src.filePath(f), to + QLatin1Char('/') + f))
            return QStringLiteral("cannot copy ") + f;
    }
    for (const QString &f : QDir(src.filePath(QStringLiteral("sources"))).entryList(QDir::Files)) {
        QFile::remove(to + QStringLiteral("/sources/") + f);
        if (!QFile::copy(src.filePath(QStringLiteral("sources/") + f), to + QStringLiteral("/sources/") + f))
            return QStringLiteral("cannot copy sources/") + f;
    }
    return {};
}

/**
 * Copies the data directory `from` to `to` without the land around the districts (the optional
 * context file, left out of dataset.json's "files" too). Returns an error message, or an empty string;
 * `hadContext` says whether `from` names a context file (without one the copy is the same data).
 */
inline QString writeDataDirWithoutContext(const QString &from, const QString &to, bool &hadContext)
{
    QFile in(QDir(from).filePath(QStringLiteral("dataset.json")));
    if (!in.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read ") + in.fileName();
    const QByteArray bytes = in.readAll();
    nlohmann::json doc = nlohmann::json::parse(bytes.begin(), bytes.end());
    QStringList skip {QStringLiteral("dataset.json")};
    hadContext = doc.contains("files") && doc["files"].contains("context");
    if (hadContext) {
        skip << QString::fromStdString(doc["files"]["context"].get<std::string>());
        doc["files"].erase("context");
    }
    if (const QString error = copyDataDir(from, to, skip); !error.isEmpty())
        return error;
    QFile out(QDir(to).filePath(QStringLiteral("dataset.json")));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QStringLiteral("cannot write ") + out.fileName();
    const std::string text = doc.dump(2);
    out.write(text.data(), qint64(text.size()));
    return {};
}

/**
 * Copies the data directory `from` to `to` with its boundaries densified (GeoJSON Polygon or
 * MultiPolygon features). Returns an error message, or an empty string.
 */
inline QString writeDenseDataDir(const QString &from, const QString &to, int factor)
{
    if (const QString error = copyDataDir(from, to, {QStringLiteral("boundaries.geojson")}); !error.isEmpty())
        return error;
    QDir src(from);
    QFile in(src.filePath(QStringLiteral("boundaries.geojson")));
    if (!in.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read ") + in.fileName();
    const QByteArray bytes = in.readAll();
    nlohmann::json doc = nlohmann::json::parse(bytes.begin(), bytes.end());
    auto densifyJsonRing = [factor](nlohmann::json &ring) {
        sim::Ring r;
        for (const auto &c : ring)
            r.push_back({c.at(0).get<double>(), c.at(1).get<double>()});
        nlohmann::json outRing = nlohmann::json::array();
        for (const auto &p : densifyRing(r, factor))
            outRing.push_back({std::round(p.lon * 1e9) / 1e9, std::round(p.lat * 1e9) / 1e9});
        ring = std::move(outRing);
    };
    for (auto &feature : doc.at("features")) {
        auto &geom = feature.at("geometry");
        const std::string type = geom.at("type").get<std::string>();
        auto &coords = geom.at("coordinates");
        if (type == "Polygon") {
            for (auto &ring : coords)
                densifyJsonRing(ring);
        } else if (type == "MultiPolygon") {
            for (auto &poly : coords)
                for (auto &ring : poly)
                    densifyJsonRing(ring);
        }
    }
    QFile out(to + QStringLiteral("/boundaries.geojson"));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QStringLiteral("cannot write ") + out.fileName();
    const std::string text = doc.dump();
    out.write(text.data(), qint64(text.size()));
    return {};
}

} // namespace simbench
