// SPDX-License-Identifier: MIT
#include "import/sourcereader.h"

#include "import/boundaryimport.h"

#include <QStringList>

#include <cmath>

namespace sim::importer {

namespace {

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

} // namespace

void SourceReader::error(const QString &file, const std::string &ptr, const QString &message)
{
    m_problems.push_back({Problem::Severity::Error, file, QString::fromStdString(ptr), message});
}

bool SourceReader::read(const json &doc, const QString &file)
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

void SourceReader::noteFormat(const QString &f)
{
    if (format.isEmpty())
        format = f;
    else if (!format.contains(f))
        format += QStringLiteral(" + ") + f;
}

RawFeature SourceReader::start(const std::string &ptr)
{
    RawFeature f;
    f.file = m_file;
    f.location = QString::fromStdString(ptr.empty() ? "/" : ptr);
    return f;
}

void SourceReader::setCode(RawFeature &f, const json &v, const QString &key)
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

void SourceReader::readProperties(const json &props, const json *feature, RawFeature &f)
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

void SourceReader::readFeature(const json &feature, const std::string &ptr)
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

bool SourceReader::readPosition(const json &p, const std::string &ptr, std::vector<LonLat> &ring)
{
    if (!p.is_array() || p.size() < 2 || !p[0].is_number() || !p[1].is_number()) {
        error(m_file, ptr, QStringLiteral("a position must be an array of two numbers [longitude, latitude]"));
        return false;
    }
    ring.push_back({p[0].get<double>(), p[1].get<double>()});
    return true;
}

bool SourceReader::readRing(const json &r, const json *offset, const std::string &ptr, std::vector<LonLat> &ring)
{
    if (r.is_string()) {
        if (!offset || !offset->is_array() || offset->size() < 2 || !(*offset)[0].is_number() || !(*offset)[1].is_number()) {
            error(m_file, ptr, QStringLiteral("ECharts-encoded coordinates without their encodeOffsets"));
            return false;
        }
        ring = decodeEChartsRing(
                QString::fromStdString(r.get<std::string>()), (*offset)[0].get<double>(), (*offset)[1].get<double>(), m_scale);
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

bool SourceReader::readPolygon(const json &rings, const json *offsets, const std::string &ptr, Rings &out)
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

int SourceReader::depthOf(const json &c)
{
    int depth = 0;
    const json *p = &c;
    while (p->is_array() && !p->empty()) {
        ++depth;
        p = &(*p)[0];
    }
    return p->is_string() ? depth + 1 : depth; // an encoded ring stands for two levels less one
}

void SourceReader::readCoordinates(const json &g, std::string type, const std::string &ptr, RawFeature &f)
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

void SourceReader::readAmapDistricts(const json &list, const std::string &ptr)
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

} // namespace sim::importer
