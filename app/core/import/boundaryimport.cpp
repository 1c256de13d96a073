// SPDX-License-Identifier: MIT
#include "import/boundaryimport.h"

#include "data/jsonfile.h"
#include "geo/boundaries.h"
#include "geo/gcj02.h"
#include "geo/topology.h"
#include "import/sourcereader.h"
#include "io/atomicfile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <map>
#include <set>

namespace sim {

using json = nlohmann::json;

std::vector<LonLat> decodeEChartsRing(const QString &encoded, double offsetX, double offsetY, double scale)
{
    // ECharts (src/coord/geo/parseGeoJson.ts, decodeRing): each position is two UTF-16 code units,
    // each minus 64 a zigzag-encoded delta from the previous position, in units of 1/scale degree.
    std::vector<LonLat> ring;
    double prevX = offsetX, prevY = offsetY;
    for (qsizetype i = 0; i + 1 < encoded.size(); i += 2) {
        int x = int(encoded.at(i).unicode()) - 64;
        int y = int(encoded.at(i + 1).unicode()) - 64;
        x = (x >> 1) ^ (-(x & 1));
        y = (y >> 1) ^ (-(y & 1));
        prevX += x;
        prevY += y;
        ring.push_back({prevX / scale, prevY / scale});
    }
    return ring;
}

std::optional<int> readDistrictCode(const QString &textIn, QString *why)
{
    auto fail = [&](const QString &message) -> std::optional<int> {
        if (why)
            *why = message;
        return std::nullopt;
    };
    QString text = textIn.trimmed();
    static const QRegularExpression decimalZero(QStringLiteral("^(\\d+)\\.0*$"));
    if (const auto m = decimalZero.match(text); m.hasMatch())
        text = m.captured(1); // 310115.0, as GeoPandas writes integer columns with a missing value
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    if (!digits.match(text).hasMatch())
        return fail(QStringLiteral("\"%1\" is not a district code (6 digits, e.g. 310115)").arg(text.left(40)));
    if (text.size() == 6 && text[0] != QLatin1Char('0'))
        return text.toInt();
    if (text.size() == 12 && text.endsWith(QLatin1String("000000")) && text[0] != QLatin1Char('0'))
        return text.left(6).toInt(); // the statistical division code: adcode + 000 (town) + 000 (village)
    if (text.size() == 9 || text.size() == 12)
        return fail(QStringLiteral("%1 is the code of a town or village, not of a district").arg(text));
    return fail(QStringLiteral("%1 is not a district code (6 digits, e.g. 310115)").arg(text.left(40)));
}

namespace {

using importer::RawFeature;

/** The data directory's districts, as districts.json has them. */
struct TargetDistrict {
    int adcode = 0;
    QString zh, en;
};

QString coordinateText(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QByteArray jsonString(const QString &s)
{
    return QByteArray::fromStdString(json(s.toStdString()).dump());
}

QString describe(const RawFeature &f)
{
    QString who = f.name.isEmpty() ? QStringLiteral("a feature without a name") : f.name;
    if (f.adcode)
        who += QStringLiteral(" %1").arg(*f.adcode);
    else if (!f.codeText.isEmpty())
        who += QStringLiteral(" (code %1)").arg(f.codeText);
    return who;
}

/** Writes `bytes` to `path` atomically (io/atomicfile.h); the error, or nullopt. */
std::optional<QString> writeBytes(const QString &path, const QByteArray &bytes)
{
    return writeFileAtomically(path, [&](QIODevice &out) -> std::optional<QString> {
        if (out.write(bytes) != bytes.size())
            return out.errorString();
        return std::nullopt;
    });
}

} // namespace

BoundaryImportResult importBoundaries(const QString &sourceIn, const BoundaryImportOptions &options)
{
    BoundaryImportResult result;
    Problems &problems = result.problems;
    auto fail = [&](const QString &file, const QString &message) {
        problems.push_back({Problem::Severity::Error, file, {}, message});
        return result;
    };

    // 1. The data directory: what the districts are, and where the boundary file goes.
    const QString outDir = QDir(options.outDir).absolutePath();
    const QFileInfo outInfo(outDir);
    if (!outInfo.exists())
        return fail(outDir,
                QStringLiteral(
                        "the data directory does not exist (--out names a data directory with dataset.json and districts.json)"));
    if (!outInfo.isDir())
        return fail(outDir, QStringLiteral("--out must name a data directory, not a file"));
    const QString manifestPath = outDir + QStringLiteral("/dataset.json");
    if (!QFileInfo(manifestPath).isFile())
        return fail(outDir,
                QStringLiteral("not a data directory: it has no dataset.json (copy a data directory, e.g. the bundled data/, and "
                               "import into the copy)"));
    QString boundaryName = QStringLiteral("boundaries.geojson");
    QString districtsName = QStringLiteral("districts.json");
    {
        Problems p;
        const auto manifest = readJsonFile(manifestPath, p);
        if (!manifest || !manifest->is_object()) {
            problems.insert(problems.end(), p.begin(), p.end());
            return fail(manifestPath,
                    QStringLiteral("cannot read the data directory's manifest; run --validate --data %1").arg(outDir));
        }
        const json files = manifest->value("files", json::object());
        if (files.is_object() && files.contains("boundaries") && files["boundaries"].is_string())
            boundaryName = QString::fromStdString(files["boundaries"].get<std::string>());
        if (files.is_object() && files.contains("districts") && files["districts"].is_string())
            districtsName = QString::fromStdString(files["districts"].get<std::string>());
    }
    const QString districtsPath = outDir + QLatin1Char('/') + districtsName;
    std::vector<TargetDistrict> targets;
    {
        Problems p;
        const auto doc = readJsonFile(districtsPath, p);
        if (doc && doc->is_object() && doc->contains("districts") && (*doc)["districts"].is_array()) {
            for (const json &d : (*doc)["districts"]) {
                if (!d.is_object() || !d.contains("adcode") || !d["adcode"].is_number_integer())
                    continue;
                TargetDistrict t;
                t.adcode = d["adcode"].get<int>();
                if (d.contains("name") && d["name"].is_object()) {
                    t.zh = QString::fromStdString(d["name"].value("zh", std::string()));
                    t.en = QString::fromStdString(d["name"].value("en", std::string()));
                }
                targets.push_back(t);
            }
        }
        if (targets.empty()) {
            problems.insert(problems.end(), p.begin(), p.end());
            return fail(districtsPath,
                    QStringLiteral("cannot read the districts (adcode, name) to join the boundaries with; "
                                   "run --validate --data %1")
                            .arg(outDir));
        }
    }
    const QString outPath = outDir + QLatin1Char('/') + boundaryName;
    const QString importManifest = QFileInfo(outPath).absolutePath() + QStringLiteral("/boundaries.import.json");
    if (!options.force) {
        for (const QString &existing : {outPath, importManifest})
            if (QFileInfo::exists(existing))
                problems.push_back(
                        {Problem::Severity::Error, existing, {}, QStringLiteral("the file exists; add --force to replace it")});
        if (hasErrors(problems))
            return result;
    }

    // 2. The source: one file, or every *.json in a directory (one file per district).
    const QFileInfo sourceInfo(sourceIn);
    if (!sourceInfo.exists())
        return fail(sourceIn,
                sourceInfo.isSymLink() ? QStringLiteral("a symbolic link that leads nowhere")
                                       : QStringLiteral("the file does not exist"));
    QStringList sourceFiles;
    if (sourceInfo.isDir()) {
        QDir dir(sourceIn);
        if (!dir.isReadable())
            return fail(sourceIn, QStringLiteral("permission denied: the directory cannot be read"));
        for (const QString &name :
                dir.entryList({QStringLiteral("*.json"), QStringLiteral("*.geojson")}, QDir::Files, QDir::Name))
            sourceFiles << dir.filePath(name);
        if (sourceFiles.isEmpty())
            return fail(sourceIn, QStringLiteral("the directory holds no .json or .geojson file"));
    } else {
        sourceFiles << sourceIn;
    }

    importer::SourceReader reader(problems);
    struct SourceFile {
        QString name;
        QString sha256;
        qint64 bytes = 0;
    };
    std::vector<SourceFile> provenance;
    bool unreadable = false;
    for (const QString &path : sourceFiles) {
        QByteArray bytes;
        if (const QString why = readDataFile(path, bytes); !why.isEmpty()) {
            problems.push_back({Problem::Severity::Error, path, {}, why});
            unreadable = true;
            continue;
        }
        provenance.push_back({sourceInfo.isDir() ? QFileInfo(sourceIn).fileName() + QLatin1Char('/') + QFileInfo(path).fileName()
                                                 : QFileInfo(path).fileName(),
                QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()), bytes.size()});
        const auto doc = parseJson(bytes, path, problems);
        if (!doc) {
            unreadable = true;
            continue;
        }
        if (!reader.read(*doc, path))
            unreadable = true;
    }
    if (unreadable)
        return result;

    QStringList &report = result.report;
    report << QStringLiteral("Read %1: %2, %3 feature(s)")
                      .arg(sourceInfo.isDir() ? QStringLiteral("%1 (%2 files)")
                                                        .arg(QDir::toNativeSeparators(sourceIn))
                                                        .arg(sourceFiles.size())
                                              : QDir::toNativeSeparators(sourceIn),
                              reader.format)
                      .arg(reader.features.size());
    {
        QStringList codeKeys(reader.codeKeys.begin(), reader.codeKeys.end());
        QStringList nameKeys(reader.nameKeys.begin(), reader.nameKeys.end());
        report << QStringLiteral("  district codes from %1; names from %2%3")
                          .arg(codeKeys.isEmpty() ? QStringLiteral("nowhere") : codeKeys.join(QStringLiteral(", ")),
                                  nameKeys.isEmpty() ? QStringLiteral("nowhere") : nameKeys.join(QStringLiteral(", ")),
                                  reader.decodedRings
                                          ? QStringLiteral("; %1 ECharts-encoded ring(s) decoded").arg(reader.decodedRings)
                                          : QString());
    }

    // 3. The join: every feature to a district of districts.json, by code (by name without one).
    std::map<int, const TargetDistrict *> byCode;
    std::map<QString, const TargetDistrict *> byName;
    for (const auto &t : targets) {
        byCode[t.adcode] = &t;
        byName[t.zh] = &t;
    }
    std::map<int, size_t> chosen; // adcode → feature index
    QStringList dropped, notes;
    json droppedJson = json::array();
    for (size_t i = 0; i < reader.features.size(); ++i) {
        RawFeature &f = reader.features[i];
        if (!f.adcode && f.codeText.isEmpty() && byName.count(f.name)) {
            f.adcode = byName[f.name]->adcode;
            notes << QStringLiteral("%1 has no district code in the file; adcode %2 from %3 by its name")
                             .arg(f.name)
                             .arg(*f.adcode)
                             .arg(districtsName);
        }
        const bool used = f.adcode && byCode.count(*f.adcode);
        if (!used) {
            if (!f.adcode && !f.codeText.isEmpty() && f.hasGeometry) {
                problems.push_back(
                        {Problem::Severity::Error, f.file, f.location, QStringLiteral("%1: %2").arg(describe(f), f.codeProblem)});
                continue;
            }
            const QString why = !f.hasGeometry ? QStringLiteral("no geometry")
                    : f.adcode                 ? QStringLiteral("not a district of %1").arg(districtsName)
                                               : QStringLiteral("no district code");
            dropped << QStringLiteral("%1 (%2)").arg(describe(f), why);
            json d = {{"name", f.name.toStdString()}, {"why", why.toStdString()}};
            d["adcode"] = f.adcode ? json(*f.adcode) : json(nullptr);
            droppedJson.push_back(d);
            continue;
        }
        const TargetDistrict &t = *byCode[*f.adcode];
        if (chosen.count(t.adcode)) {
            problems.push_back({Problem::Severity::Error, f.file, f.location,
                    QStringLiteral("%1: a second feature for adcode %2 (the first is %3 %4)")
                            .arg(describe(f))
                            .arg(t.adcode)
                            .arg(reader.features[chosen[t.adcode]].file, reader.features[chosen[t.adcode]].location)});
            continue;
        }
        if (!f.hasGeometry) {
            problems.push_back(
                    {Problem::Severity::Error, f.file, f.location, QStringLiteral("%1 has no geometry").arg(describe(f))});
            continue;
        }
        if (!f.name.isEmpty() && f.name != t.zh)
            problems.push_back({Problem::Severity::Warning, f.file, f.location,
                    QStringLiteral("adcode %1 is named %2 here but %3 in %4; the data's name is kept")
                            .arg(t.adcode)
                            .arg(f.name, t.zh, districtsName)});
        chosen[t.adcode] = i;
    }
    for (const QString &n : notes)
        report << QStringLiteral("  ") + n;
    if (!dropped.isEmpty())
        problems.push_back({Problem::Severity::Warning, sourceIn, {},
                QStringLiteral("dropped %1 feature(s) the data does not use: %2")
                        .arg(dropped.size())
                        .arg(dropped.join(QStringLiteral(", ")))});
    for (const auto &t : targets)
        if (!chosen.count(t.adcode))
            problems.push_back({Problem::Severity::Error, sourceIn, {},
                    QStringLiteral("no boundary for %1 (adcode %2), a district of %3%4")
                            .arg(t.zh)
                            .arg(t.adcode)
                            .arg(districtsName,
                                    dropped.isEmpty()
                                            ? QString()
                                            : QStringLiteral("; is the file older or newer than the data? "
                                                             "(Shanghai's districts were merged and renamed 2009–2016)"))});

    // 4. Close the rings, decide the datum, convert.
    BoundarySet set;
    for (auto &[code, index] : chosen) {
        RawFeature &f = reader.features[index];
        DistrictShape shape;
        shape.adcode = code;
        for (auto &rings : f.shape) {
            Polygon p;
            for (size_t r = 0; r < rings.size(); ++r) {
                auto &ring = rings[r];
                if (!ring.empty() && ring.front() != ring.back()) {
                    ring.push_back(ring.front());
                    ++reader.closedRings;
                }
                if (r == 0)
                    p.outer = ring;
                else
                    p.holes.push_back(ring);
            }
            if (!p.outer.empty())
                shape.polygons.push_back(std::move(p));
        }
        if (!shape.polygons.empty())
            set.districts.push_back(std::move(shape));
    }
    const DatumCheck datum = checkDatum(set);
    bool convert = false;
    QString datumText;
    switch (options.datum) {
    case SourceDatum::Gcj02:
        convert = true;
        datumText = QStringLiteral("GCJ-02 (--datum gcj02), converted to WGS84");
        break;
    case SourceDatum::Wgs84:
        datumText = QStringLiteral("WGS84 (--datum wgs84), kept as is");
        break;
    case SourceDatum::Detect:
        switch (datum.kind) {
        case DatumCheck::Kind::Gcj02:
            convert = true;
            datumText = QStringLiteral("GCJ-02 detected (%1 of %2 districts lie about %3 of their WGS84 position, as GCJ-02 "
                                       "shifts them), converted to WGS84")
                                .arg(datum.alike)
                                .arg(datum.districts)
                                .arg(datum.offset);
            break;
        case DatumCheck::Kind::Wgs84:
            datumText = QStringLiteral("WGS84 detected (the districts lie within %1 of their WGS84 position), kept as is")
                                .arg(datum.offset);
            break;
        case DatumCheck::Kind::Shifted:
            problems.push_back({Problem::Severity::Error, sourceIn, {},
                    QStringLiteral("the boundaries are shifted (%1 of %2 districts lie about %3 of their WGS84 position), "
                                   "but not as GCJ-02 shifts them: the datum is unknown; if you know it, import again "
                                   "with --datum gcj02 or --datum wgs84")
                            .arg(datum.alike)
                            .arg(datum.districts)
                            .arg(datum.offset)});
            break;
        case DatumCheck::Kind::Unknown:
            datumText = datum.districts < 3
                    ? QStringLiteral("not checked (fewer than 3 of Shanghai's districts), taken as WGS84; if the file comes from "
                                     "Amap, DataV or Tencent, import again with --datum gcj02")
                    : QStringLiteral("not clear (the districts are shifted in different ways), taken as WGS84");
            break;
        }
        break;
    }
    if (!datumText.isEmpty())
        report << QStringLiteral("Datum: ") + datumText;

    if (convert) {
        for (auto &shape : set.districts) {
            for (auto &p : shape.polygons) {
                auto convertRing = [](Ring &r) {
                    for (LonLat &q : r) {
                        q = gcj02ToWgs84(q);
                        q = {std::round(q.lon * 1e7) / 1e7, std::round(q.lat * 1e7) / 1e7};
                    }
                };
                convertRing(p.outer);
                for (auto &h : p.holes)
                    convertRing(h);
            }
        }
    }
    // ECharts' 1/1024° grid makes rings touch or cross themselves where they come close: repair those
    // (only there: other invalid geometry is the source's to fix).
    QStringList repaired;
    if (reader.decodedRings > 0) {
        for (auto &shape : set.districts) {
            if (auto fixed = repairedPolygons(shape.polygons)) {
                shape.polygons = std::move(*fixed);
                repaired << byCode[shape.adcode]->zh;
            }
        }
    }
    if (!repaired.isEmpty())
        report << QStringLiteral("Repaired the rings that decoding at ECharts' 1/1024° precision made touch or cross themselves "
                                 "(GEOS MakeValid): %1")
                          .arg(repaired.join(QStringLiteral(", ")));
    if (reader.decodedRings > 0) {
        // the same grid makes neighbours overlap along their borders: each overlap goes to one of them
        std::vector<std::vector<Polygon> *> all;
        for (auto &shape : set.districts)
            all.push_back(&shape.polygons);
        if (const double km2 = removeOverlaps(all); km2 > 0)
            report << QStringLiteral("Removed the overlaps between neighbours that ECharts' 1/1024° grid leaves (%1 km² in all; "
                                     "each kept by the district that comes first in adcode order)")
                              .arg(km2, 0, 'f', 2);
    }

    // 5. The boundary file, checked by the same loader the application uses before anything is written.
    QByteArray out = "{\n\"type\": \"FeatureCollection\",\n\"features\": [\n";
    std::vector<QString> locations; // output feature → where it came from
    size_t positions = 0;
    for (size_t k = 0; k < set.districts.size(); ++k) {
        const DistrictShape &shape = set.districts[k];
        const TargetDistrict &t = *byCode[shape.adcode];
        const RawFeature &f = reader.features[chosen[shape.adcode]];
        locations.push_back(f.location);
        out += "{\"type\": \"Feature\", \"properties\": {\"adcode\": " + QByteArray::number(t.adcode)
                + ", \"name\": " + jsonString(t.zh) + ", \"name_en\": " + jsonString(t.en)
                + "}, \"geometry\": {\"type\": \"MultiPolygon\", \"coordinates\": [";
        for (size_t pi = 0; pi < shape.polygons.size(); ++pi) {
            const Polygon &p = shape.polygons[pi];
            out += pi ? ", [" : "[";
            std::vector<const Ring *> rings {&p.outer};
            for (const auto &h : p.holes)
                rings.push_back(&h);
            for (size_t ri = 0; ri < rings.size(); ++ri) {
                out += ri ? ", [" : "[";
                for (size_t i = 0; i < rings[ri]->size(); ++i) {
                    const LonLat q = (*rings[ri])[i];
                    out += (i ? ", [" : "[") + coordinateText(q.lon).toLatin1() + ", " + coordinateText(q.lat).toLatin1() + "]";
                    ++positions;
                }
                out += "]";
            }
            out += "]";
        }
        out += k + 1 < set.districts.size() ? "]}},\n" : "]}}\n";
    }
    out += "]\n}\n";

    if (!set.districts.empty()) {
        BoundaryLoad check = loadBoundariesFromBytes(out, sourceIn);
        for (Problem &p : check.problems) {
            // "/features/3" of the written file is a place in the source
            static const QRegularExpression feature(QStringLiteral("^/features/(\\d+)$"));
            if (const auto m = feature.match(p.location); m.hasMatch() && m.captured(1).toULongLong() < locations.size()) {
                const size_t k = m.captured(1).toULongLong();
                p.file = reader.features[chosen[set.districts[k].adcode]].file;
                p.location = locations[k];
            }
            problems.push_back(p);
        }
        if (check.ok()) { // the districts must tile, as the application checks when it loads them
            std::vector<const DistrictShape *> shapes;
            for (const auto &d : check.set.districts)
                shapes.push_back(&d);
            QStringList where;
            for (const auto &d : check.set.districts)
                where << reader.features[chosen[d.adcode]].location;
            const Problems topology = checkTopology(shapes, sourceIn, where);
            problems.insert(problems.end(), topology.begin(), topology.end());
        }
    }
    if (hasErrors(problems)) {
        report << QStringLiteral("Nothing written: see the problems listed");
        return result;
    }

    // 6. Write the boundary file and the record of where it came from.
    json manifest = json::object();
    manifest["boundaries"] = boundaryName.toStdString();
    manifest["imported"] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    json sources = json::array();
    for (const auto &s : provenance)
        sources.push_back({{"file", s.name.toStdString()}, {"sha256", s.sha256.toStdString()}, {"bytes", s.bytes}});
    manifest["sources"] = sources;
    manifest["format"] = reader.format.toStdString();
    manifest["datum"] = {{"source", convert ? "GCJ-02" : "WGS84"}, {"how", datumText.toStdString()},
            {"conversion",
                    convert ? "GCJ-02 → WGS84, the iterative inverse of the public GCJ-02 formula, rounded to 1e-7°" : "none"}};
    manifest["names"] = QStringLiteral("name and name_en from %1 by adcode").arg(districtsName).toStdString();
    manifest["districts"] = set.districts.size();
    manifest["dropped"] = droppedJson;

    if (const auto error = writeBytes(outPath, out))
        return fail(outPath, *error);
    if (const auto error = writeBytes(importManifest, QByteArray::fromStdString(manifest.dump(2)) + '\n'))
        return fail(importManifest, *error);
    result.ok = true;
    result.written = outPath;
    result.manifestPath = importManifest;
    report << QStringLiteral("Joined %1 district(s) with %2 by adcode (name, name_en from there)%3")
                      .arg(set.districts.size())
                      .arg(districtsName,
                              reader.closedRings ? QStringLiteral("; %1 open ring(s) closed").arg(reader.closedRings)
                                                 : QString());
    report << QStringLiteral("Wrote %1 (%2 districts, %3 positions, %4 KB) and %5 (source SHA-256 %6)")
                      .arg(QDir::toNativeSeparators(outPath))
                      .arg(set.districts.size())
                      .arg(positions)
                      .arg((out.size() + 1023) / 1024)
                      .arg(QFileInfo(importManifest).fileName(),
                              provenance.size() == 1 ? provenance.front().sha256.left(16) + QStringLiteral("…")
                                                     : QStringLiteral("of each of %1 files").arg(provenance.size()));
    return result;
}

} // namespace sim
