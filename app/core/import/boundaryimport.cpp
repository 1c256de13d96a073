// SPDX-License-Identifier: MIT
#include "import/boundaryimport.h"

#include "data/jsonfile.h"
#include "geo/boundaries.h"
#include "geo/gcj02.h"
#include "geo/topology.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

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

QString jsonScalarText(const json &v)
{
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_number_integer() || v.is_number_unsigned())
        return QString::number(v.get<long long>());
    if (v.is_number_float()) {
        const double d = v.get<double>();
        if (std::abs(d) < 1e15 && d == std::floor(d))
            return QString::number(qint64(d)) + QStringLiteral(".0");
        return QString::number(d, 'g', 17);
    }
    return QString::fromStdString(v.dump());
}

QString keysOf(const json &obj)
{
    QStringList keys;
    for (const auto &[k, v] : obj.items())
        keys << QString::fromStdString(k);
    if (keys.size() > 12)
        keys = keys.mid(0, 12) << QStringLiteral("…");
    return keys.join(QStringLiteral(", "));
}

class Reader
{
public:
    Reader(Problems &problems) : m_problems(problems) { }

    QString format; ///< what the files are, for the report
    std::set<QString> codeKeys, nameKeys;
    int decodedRings = 0;
    int closedRings = 0;
    std::vector<RawFeature> features;

    void error(const QString &file, const std::string &ptr, const QString &message)
    {
        m_problems.push_back({Problem::Severity::Error, file, QString::fromStdString(ptr), message});
    }

    /** Reads one parsed file; false when it is nothing the importer knows. */
    bool read(const json &doc, const QString &file)
    {
        m_file = file;
        if (!doc.is_object()) {
            error(file, "",
                    QStringLiteral(
                            "expected a JSON object (a GeoJSON FeatureCollection, ECharts map or Amap district data), found %1")
                            .arg(doc.is_array() ? QStringLiteral("an array") : QStringLiteral("a single value")));
            return false;
        }
        const std::string type = doc.contains("type") && doc["type"].is_string() ? doc["type"].get<std::string>() : std::string();
        m_scale = 1024;
        if (doc.contains("UTF8Scale") && doc["UTF8Scale"].is_number() && doc["UTF8Scale"].get<double>() > 0)
            m_scale = doc["UTF8Scale"].get<double>();
        if (type == "FeatureCollection") {
            const bool encoded = doc.contains("UTF8Encoding") && doc["UTF8Encoding"] == true;
            noteFormat(encoded ? QStringLiteral("ECharts map (GeoJSON with UTF8Encoding coordinates)")
                               : QStringLiteral("GeoJSON FeatureCollection"));
            if (!doc.contains("features") || !doc["features"].is_array()) {
                error(file, "/features", QStringLiteral("a FeatureCollection needs a \"features\" array"));
                return false;
            }
            const json &fs = doc["features"];
            for (size_t i = 0; i < fs.size(); ++i)
                readFeature(fs[i], "/features/" + std::to_string(i));
            return true;
        }
        if (type == "Feature") {
            noteFormat(QStringLiteral("GeoJSON Feature"));
            readFeature(doc, "");
            return true;
        }
        if (doc.contains("districts") && doc["districts"].is_array()) {
            noteFormat(QStringLiteral("Amap district API data (districts[].polyline)"));
            readAmapDistricts(doc["districts"], "/districts");
            return true;
        }
        if (doc.contains("coordinates") && (type.empty() || type == "Polygon" || type == "MultiPolygon")) {
            // A bare geometry with the properties beside it: {"coordinates", "code", "name", "center"}
            // (Amap boundaries as shfshanyue/china-geojson stores them), or a GeoJSON geometry.
            noteFormat(type.empty() ? QStringLiteral("Amap district boundary (code, name, coordinates)")
                                    : QStringLiteral("GeoJSON geometry"));
            RawFeature f = start("");
            readProperties(doc, nullptr, f);
            readCoordinates(doc, type, "", f);
            features.push_back(std::move(f));
            return true;
        }
        error(file, "",
                QStringLiteral("not a boundary format the importer knows: an object with the keys %1; expected a "
                               "GeoJSON FeatureCollection, an ECharts map, or Amap district data")
                        .arg(keysOf(doc)));
        return false;
    }

private:
    void noteFormat(const QString &f)
    {
        if (format.isEmpty())
            format = f;
        else if (!format.contains(f))
            format += QStringLiteral(" + ") + f;
    }

    RawFeature start(const std::string &ptr)
    {
        RawFeature f;
        f.file = m_file;
        f.location = QString::fromStdString(ptr.empty() ? "/" : ptr);
        return f;
    }

    void setCode(RawFeature &f, const json &v, const QString &key)
    {
        f.codeText = jsonScalarText(v);
        if (v.is_number_float()) {
            const double d = v.get<double>();
            if (d == std::floor(d) && d > 0 && d < 1e13)
                f.codeText = QString::number(qint64(d));
        }
        QString why;
        f.adcode = readDistrictCode(f.codeText, &why);
        f.codeProblem = why;
        codeKeys.insert(key);
    }

    /** The code and name from `props` (and the feature's own `id` when props has no code). */
    void readProperties(const json &props, const json *feature, RawFeature &f)
    {
        static const char *const codeKeyList[]
                = {"adcode", "district_adcode", "ADCODE", "AdCode", "code", "district_code", "CODE", "adcode_str", "gb", "id"};
        static const char *const nameKeyList[] = {"name", "district_name", "NAME", "Name", "name_zh", "district", "名称"};
        bool haveCode = false;
        if (props.is_object()) {
            for (const char *k : codeKeyList) {
                if (props.contains(k) && !props[k].is_null() && !props[k].is_object() && !props[k].is_array()) {
                    setCode(f, props[k], QString::fromLatin1(k));
                    haveCode = true;
                    break;
                }
            }
            for (const char *k : nameKeyList) {
                if (props.contains(k) && props[k].is_string()) {
                    f.name = QString::fromStdString(props[k].get<std::string>()).trimmed();
                    nameKeys.insert(QString::fromUtf8(k));
                    break;
                }
            }
        }
        if (!haveCode && feature && feature->contains("id") && !(*feature)["id"].is_null())
            setCode(f, (*feature)["id"], QStringLiteral("id (of the feature)"));
    }

    void readFeature(const json &feature, const std::string &ptr)
    {
        RawFeature f = start(ptr);
        if (!feature.is_object()) {
            error(m_file, ptr, QStringLiteral("a feature must be an object"));
            return;
        }
        static const json none;
        readProperties(feature.contains("properties") ? feature["properties"] : none, &feature, f);
        if (feature.contains("geometry") && !feature["geometry"].is_null()) {
            const json &g = feature["geometry"];
            const std::string type
                    = g.is_object() && g.contains("type") && g["type"].is_string() ? g["type"].get<std::string>() : std::string();
            if (type != "Polygon" && type != "MultiPolygon") {
                error(m_file, ptr + "/geometry",
                        QStringLiteral("the geometry is a %1; a district needs a Polygon or MultiPolygon")
                                .arg(type.empty() ? QStringLiteral("object without a type") : QString::fromStdString(type)));
                f.hasGeometry = true; // it has one, just not a usable one: not "unused"
            } else {
                readCoordinates(g, type, ptr + "/geometry", f);
            }
        }
        features.push_back(std::move(f));
    }

    bool readPosition(const json &p, const std::string &ptr, std::vector<LonLat> &ring)
    {
        if (!p.is_array() || p.size() < 2 || !p[0].is_number() || !p[1].is_number()) {
            error(m_file, ptr, QStringLiteral("a position must be an array of two numbers [longitude, latitude]"));
            return false;
        }
        ring.push_back({p[0].get<double>(), p[1].get<double>()});
        return true;
    }

    bool readRing(const json &r, const json *offset, const std::string &ptr, std::vector<LonLat> &ring)
    {
        if (r.is_string()) {
            if (!offset || !offset->is_array() || offset->size() < 2 || !(*offset)[0].is_number() || !(*offset)[1].is_number()) {
                error(m_file, ptr, QStringLiteral("ECharts-encoded coordinates without their encodeOffsets"));
                return false;
            }
            ring = decodeEChartsRing(QString::fromStdString(r.get<std::string>()), (*offset)[0].get<double>(),
                    (*offset)[1].get<double>(), m_scale);
            ++decodedRings;
            return true;
        }
        if (!r.is_array()) {
            error(m_file, ptr, QStringLiteral("a ring must be an array of positions"));
            return false;
        }
        for (size_t i = 0; i < r.size(); ++i)
            if (!readPosition(r[i], ptr + "/" + std::to_string(i), ring))
                return false;
        return true;
    }

    bool readPolygon(const json &rings, const json *offsets, const std::string &ptr, Rings &out)
    {
        if (!rings.is_array()) {
            error(m_file, ptr, QStringLiteral("a polygon must be an array of rings"));
            return false;
        }
        for (size_t i = 0; i < rings.size(); ++i) {
            const json *offset = offsets && offsets->is_array() && i < offsets->size() ? &(*offsets)[i] : nullptr;
            std::vector<LonLat> ring;
            if (!readRing(rings[i], offset, ptr + "/" + std::to_string(i), ring))
                return false;
            out.push_back(std::move(ring));
        }
        return true;
    }

    static int depthOf(const json &c)
    {
        int depth = 0;
        const json *p = &c;
        while (p->is_array() && !p->empty()) {
            ++depth;
            p = &(*p)[0];
        }
        return p->is_string() ? depth + 1 : depth; // an encoded ring stands for two levels less one
    }

    void readCoordinates(const json &g, std::string type, const std::string &ptr, RawFeature &f)
    {
        f.hasGeometry = true;
        if (!g.contains("coordinates") || !g["coordinates"].is_array()) {
            error(m_file, ptr, QStringLiteral("the geometry has no coordinates array"));
            return;
        }
        const json &c = g["coordinates"];
        if (type.empty()) // a bare geometry: its nesting says what it is
            type = depthOf(c) >= 4 ? "MultiPolygon" : "Polygon";
        const json *offsets = g.contains("encodeOffsets") ? &g["encodeOffsets"] : nullptr;
        const std::string cptr = ptr + "/coordinates";
        if (type == "Polygon") {
            Rings rings;
            if (readPolygon(c, offsets, cptr, rings))
                f.shape.push_back(std::move(rings));
            else
                f.shape.clear();
            return;
        }
        for (size_t i = 0; i < c.size(); ++i) {
            const json *partOffsets = offsets && offsets->is_array() && i < offsets->size() ? &(*offsets)[i] : nullptr;
            Rings rings;
            if (!readPolygon(c[i], partOffsets, cptr + "/" + std::to_string(i), rings)) {
                f.shape.clear();
                return;
            }
            f.shape.push_back(std::move(rings));
        }
    }

    void readAmapDistricts(const json &list, const std::string &ptr)
    {
        for (size_t i = 0; i < list.size(); ++i) {
            const json &d = list[i];
            const std::string p = ptr + "/" + std::to_string(i);
            if (!d.is_object())
                continue;
            RawFeature f = start(p);
            readProperties(d, nullptr, f);
            if (d.contains("polyline") && d["polyline"].is_string()) {
                f.hasGeometry = true;
                // "lon,lat;lon,lat|lon,lat;…": each "|" starts another polygon (Amap gives no holes)
                const QString polyline = QString::fromStdString(d["polyline"].get<std::string>());
                bool good = true;
                for (const QString &part : polyline.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
                    std::vector<LonLat> ring;
                    for (const QString &pos : part.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                        const QStringList xy = pos.split(QLatin1Char(','));
                        bool okX = false, okY = false;
                        const double x = xy.value(0).toDouble(&okX), y = xy.value(1).toDouble(&okY);
                        if (xy.size() != 2 || !okX || !okY) {
                            error(m_file, p + "/polyline",
                                    QStringLiteral("\"%1\" is not a position \"longitude,latitude\"").arg(pos.left(40)));
                            good = false;
                            break;
                        }
                        ring.push_back({x, y});
                    }
                    if (!good)
                        break;
                    f.shape.push_back(Rings {std::move(ring)});
                }
                if (!good)
                    f.shape.clear();
                features.push_back(std::move(f));
            } else if (d.contains("districts") && d["districts"].is_array() && !d["districts"].empty()) {
                // a province or city whose districts follow: those are the features
            } else {
                features.push_back(std::move(f)); // no geometry (the API was asked without extensions=all)
            }
            if (d.contains("districts") && d["districts"].is_array())
                readAmapDistricts(d["districts"], p + "/districts");
        }
    }

    Problems &m_problems;
    QString m_file;
    double m_scale = 1024;
};

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

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *why)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *why = file.errorString();
        return false;
    }
    return true;
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

    Reader reader(problems);
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

    QString why;
    if (!writeAtomically(outPath, out, &why))
        return fail(outPath, QStringLiteral("cannot write the boundary file: %1").arg(why));
    if (!writeAtomically(importManifest, QByteArray::fromStdString(manifest.dump(2)) + '\n', &why))
        return fail(importManifest, QStringLiteral("cannot write the import record: %1").arg(why));
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
