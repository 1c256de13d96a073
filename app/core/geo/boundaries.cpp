// SPDX-License-Identifier: MIT
#include "geo/boundaries.h"

#include "data/jsonfile.h"
#include "geo/gcj02.h"
#include "geo/gdalerrors.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogr_api.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <atomic>
#include <functional>
#include <cmath>
#include <memory>
#include <mutex>
#include <numbers>
#include <set>

namespace sim {

const DistrictShape *BoundarySet::byAdcode(int adcode) const
{
    for (const auto &d : districts)
        if (d.adcode == adcode)
            return &d;
    return nullptr;
}

QString describeDistrict(const DistrictShape &shape)
{
    if (shape.adcode > 0 && !shape.nameZh.isEmpty())
        return QStringLiteral("%1 (adcode %2)").arg(shape.nameZh).arg(shape.adcode);
    if (shape.adcode > 0)
        return QStringLiteral("adcode %1").arg(shape.adcode);
    if (!shape.nameZh.isEmpty())
        return shape.nameZh;
    return QStringLiteral("the feature");
}

namespace {

struct GDALDatasetCloser {
    void operator()(GDALDataset *ds) const { GDALClose(ds); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, GDALDatasetCloser>;

void registerGdalOnce()
{
    static std::once_flag once;
    // Only the driver we open files with: GDALAllRegister() would load all ~220 drivers (and
    // Debian's driver plugins) for 7–20 ms and 11 MB of memory at every start.
    std::call_once(once, [] {
        if (!GDALGetDriverByName("GeoJSON"))
            RegisterOGRGeoJSON();
    });
}

class Reader
{
public:
    Reader(QString path, Problems &problems) : m_path(std::move(path)), m_problems(problems) { }

    void error(const QString &location, const QString &message)
    {
        m_problems.push_back({Problem::Severity::Error, m_path, location, message});
    }

    // Converts an OGR ring; reports and returns false on bad coordinates.
    bool readRing(const OGRLinearRing *ring, Ring &out, const QString &where)
    {
        const int n = ring ? ring->getNumPoints() : 0;
        if (n < 4) {
            error(where, QStringLiteral("a ring has %1 positions; a closed ring needs at least 4").arg(n));
            return false;
        }
        out.reserve(size_t(n));
        for (int i = 0; i < n; ++i) {
            const double lon = ring->getX(i);
            const double lat = ring->getY(i);
            if (!std::isfinite(lon) || !std::isfinite(lat)) {
                error(where, QStringLiteral("position %1 is not a finite number").arg(i));
                return false;
            }
            if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                error(where,
                        QStringLiteral("position %1 (%2, %3) is outside longitude ±180 / latitude ±90; "
                                       "boundaries must be WGS84 longitude/latitude")
                                .arg(i)
                                .arg(lon)
                                .arg(lat));
                return false;
            }
            out.push_back({lon, lat});
        }
        if (out.front() != out.back()) {
            error(where, QStringLiteral("a ring is not closed (its last position differs from its first)"));
            return false;
        }
        return true;
    }

    bool readPolygon(const OGRPolygon *poly, Polygon &out, const QString &where)
    {
        if (!poly || poly->IsEmpty() || !poly->getExteriorRing()) {
            error(where, QStringLiteral("an empty polygon"));
            return false;
        }
        if (!readRing(poly->getExteriorRing(), out.outer, where))
            return false;
        for (int i = 0; i < poly->getNumInteriorRings(); ++i) {
            Ring hole;
            if (!readRing(poly->getInteriorRing(i), hole, where))
                return false;
            out.holes.push_back(std::move(hole));
        }
        if (std::abs(signedArea(out.outer)) == 0) {
            error(where, QStringLiteral("a polygon has zero area"));
            return false;
        }
        return true;
    }

    bool readGeometry(const OGRGeometry *geom, std::vector<Polygon> &out, const QString &where)
    {
        if (!geom) {
            error(where, QStringLiteral("the feature has no geometry"));
            return false;
        }
        switch (wkbFlatten(geom->getGeometryType())) {
        case wkbPolygon: {
            Polygon p;
            if (!readPolygon(geom->toPolygon(), p, where))
                return false;
            out.push_back(std::move(p));
            return true;
        }
        case wkbMultiPolygon:
            for (const OGRPolygon *part : *geom->toMultiPolygon()) {
                Polygon p;
                if (!readPolygon(part, p, where))
                    return false;
                out.push_back(std::move(p));
            }
            if (out.empty()) {
                error(where, QStringLiteral("an empty MultiPolygon"));
                return false;
            }
            return true;
        default:
            error(where,
                    QStringLiteral("the geometry is a %1; a district needs a Polygon or MultiPolygon")
                            .arg(QString::fromUtf8(OGRGeometryTypeToName(geom->getGeometryType()))));
            return false;
        }
    }

    // GEOS's verdict on a geometry our own checks let through: self-intersections, holes outside
    // their shell, overlapping parts. GDAL passes GEOS's reason on as a warning.
    bool checkValid(const OGRGeometry *geom, const QString &feature, const QString &where)
    {
        if (!OGRGeometryFactory::haveGEOS())
            return true; // a GDAL without GEOS cannot tell; the rest of the checks still hold
        GdalErrorCollector reasons;
        if (geom->IsValid())
            return true;
        QString why = reasons.messages().isEmpty() ? QString() : reasons.messages().constFirst().trimmed();
        if (!why.isEmpty())
            why[0] = why[0].toLower();
        // GEOS prints positions with 17 digits ("51.299999999999997"): 10 significant ones do
        static const QRegularExpression longNumber(QStringLiteral("-?\\d+\\.\\d{7,}"));
        for (auto m = longNumber.match(why); m.hasMatch(); m = longNumber.match(why, m.capturedStart() + 1)) {
            const QString shorter = QString::number(m.captured().toDouble(), 'g', 10);
            why.replace(m.capturedStart(), m.capturedLength(), shorter);
        }
        error(where,
                QStringLiteral("the boundary of %1 is not a valid polygon%2")
                        .arg(feature, why.isEmpty() ? QString() : QStringLiteral(": ") + why));
        return false;
    }

private:
    QString m_path;
    Problems &m_problems;
};

// --- a reference for "are these really WGS84?" ------------------------------------------------

/**
 * Area-weighted centroid of polygons (holes subtracted), on plain lon/lat. Not quite the geodesic
 * centroid, but the reference positions below are computed the same way: only the shift counts.
 */
LonLat areaCentroid(const std::vector<Polygon> &polygons)
{
    const LonLat o = polygons.front().outer.front(); // a local origin keeps the sums exact enough
    double area = 0, sx = 0, sy = 0;
    auto ring = [&](const Ring &r, double sign) {
        double a = 0, x = 0, y = 0;
        for (size_t i = 0, n = r.size(), j = n - 1; i < n; j = i++) {
            const double x0 = r[j].lon - o.lon, y0 = r[j].lat - o.lat;
            const double x1 = r[i].lon - o.lon, y1 = r[i].lat - o.lat;
            const double c = x0 * y1 - x1 * y0;
            a += c;
            x += (x0 + x1) * c;
            y += (y0 + y1) * c;
        }
        const double k = (a < 0 ? -sign : sign);
        area += k * a / 2;
        sx += k * x / 6;
        sy += k * y / 6;
    };
    for (const auto &p : polygons) {
        ring(p.outer, 1);
        for (const auto &h : p.holes)
            ring(h, -1);
    }
    if (!(std::abs(area) > 0))
        return boundsOf(polygons).center();
    return {o.lon + sx / area, o.lat + sy / area};
}

/**
 * Where each of Shanghai's districts lies in WGS84: the area-weighted centroid of its boundary in
 * the bundled data/boundaries.geojson (tests/hostile checks that they still agree). Independent
 * WGS84 boundaries (another source, another simplification) agree to a few tens of metres;
 * GCJ-02 ones are ~470 m off, all the same way.
 */
struct ReferencePosition {
    int adcode;
    double lon, lat;
};
constexpr ReferencePosition kReferencePositions[] = {
        {310101, 121.479072, 31.217907}, // Huangpu District
        {310104, 121.434811, 31.164878}, // Xuhui District
        {310105, 121.376382, 31.209270}, // Changning District
        {310106, 121.446064, 31.272660}, // Jing'an District
        {310107, 121.387447, 31.259721}, // Putuo District
        {310109, 121.480946, 31.278583}, // Hongkou District
        {310110, 121.524942, 31.300400}, // Yangpu District
        {310112, 121.414517, 31.089132}, // Minhang District
        {310113, 121.400359, 31.393857}, // Baoshan District
        {310114, 121.239811, 31.360009}, // Jiading District
        {310115, 121.745697, 31.089957}, // Pudong New Area
        {310116, 121.250791, 30.820967}, // Jinshan District
        {310117, 121.215626, 31.017140}, // Songjiang District
        {310118, 121.080821, 31.126714}, // Qingpu District
        {310120, 121.558047, 30.900155}, // Fengxian District
        {310151, 121.608091, 31.592543}, // Chongming District
};

struct Offset {
    double east = 0, north = 0; // metres
    [[nodiscard]] double length() const { return std::hypot(east, north); }
    friend Offset operator-(Offset a, Offset b) { return {a.east - b.east, a.north - b.north}; }
};

Offset offsetBetween(LonLat from, LonLat to)
{
    constexpr double metresPerRadian = 6371008.8; // mean Earth radius
    constexpr double rad = std::numbers::pi / 180;
    return {(to.lon - from.lon) * rad * metresPerRadian * std::cos(from.lat * rad), (to.lat - from.lat) * rad * metresPerRadian};
}

QString describeOffset(Offset o)
{
    static const char *const names[] = {"north", "north-north-east", "north-east", "east-north-east", "east", "east-south-east",
            "south-east", "south-south-east", "south", "south-south-west", "south-west", "west-south-west", "west",
            "west-north-west", "north-west", "north-north-west"};
    const double bearing = std::atan2(o.east, o.north) * 180 / std::numbers::pi; // -180..180
    const int sector = int(std::lround((bearing < 0 ? bearing + 360 : bearing) / 22.5)) % 16;
    const double d = o.length();
    const QString distance
            = d < 1000 ? QStringLiteral("%1 m").arg(std::lround(d / 10) * 10) : QStringLiteral("%1 km").arg(d / 1000, 0, 'f', 1);
    return QStringLiteral("%1 %2").arg(distance, QLatin1String(names[sector]));
}

} // namespace

DatumCheck checkDatum(const BoundarySet &set)
{
    constexpr size_t minDistricts = 3;
    constexpr double minShift = 200; // m: different WGS84 sources agree far better than this
    constexpr double sameShift = 150; // m: how alike the shifts must be to be "systematic"
    constexpr double gcjTolerance = 100; // m: how close to GCJ-02's own shift to call it GCJ-02
    DatumCheck check;
    std::vector<Offset> shifts, gcjShifts;
    for (const auto &ref : kReferencePositions) {
        const DistrictShape *shape = set.byAdcode(ref.adcode);
        if (!shape || shape->polygons.empty())
            continue;
        const LonLat truth {ref.lon, ref.lat};
        shifts.push_back(offsetBetween(truth, areaCentroid(shape->polygons)));
        gcjShifts.push_back(offsetBetween(truth, wgs84ToGcj02(truth)));
    }
    const size_t n = shifts.size();
    check.districts = n;
    if (n < minDistricts)
        return check;
    auto median = [](std::vector<double> v) {
        std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(v.size() / 2), v.end());
        return v[v.size() / 2];
    };
    std::vector<double> east, north;
    for (const auto &o : shifts) {
        east.push_back(o.east);
        north.push_back(o.north);
    }
    const Offset typical {median(east), median(north)};
    check.offset = describeOffset(typical);
    if (typical.length() < minShift) {
        check.kind = DatumCheck::Kind::Wgs84;
        return check;
    }
    size_t alike = 0, likeGcj = 0;
    for (size_t i = 0; i < n; ++i) {
        alike += (shifts[i] - typical).length() < sameShift;
        likeGcj += (shifts[i] - gcjShifts[i]).length() < gcjTolerance;
    }
    if (alike * 4 < n * 3)
        return check; // not one shift for all: different boundaries, not a different datum
    if (likeGcj * 4 >= n * 3) {
        check.kind = DatumCheck::Kind::Gcj02;
        check.alike = likeGcj;
    } else {
        check.kind = DatumCheck::Kind::Shifted;
        check.alike = alike;
    }
    return check;
}

namespace {

/**
 * Warns when the districts that have a reference position are all shifted the same way: the
 * boundaries are then in another datum (most often GCJ-02) and every click would land ~500 m off.
 */
void checkAgainstReference(const BoundarySet &set, const QString &file, Problems &problems)
{
    const DatumCheck check = checkDatum(set);
    if (check.kind == DatumCheck::Kind::Gcj02) {
        problems.push_back({Problem::Severity::Warning, file, {},
                QStringLiteral("the boundaries look like GCJ-02 (the \"Mars coordinates\" of Chinese web maps), not "
                               "WGS84: %1 of %2 districts lie about %3 of their WGS84 position, as GCJ-02 shifts "
                               "them; convert the boundaries to WGS84")
                        .arg(check.alike)
                        .arg(check.districts)
                        .arg(check.offset)});
    } else if (check.kind == DatumCheck::Kind::Shifted) {
        problems.push_back({Problem::Severity::Warning, file, {},
                QStringLiteral("the boundaries are shifted: %1 of %2 districts lie about %3 of their WGS84 "
                               "position; are they in another coordinate system?")
                        .arg(check.alike)
                        .arg(check.districts)
                        .arg(check.offset)});
    }
}

/** A GDAL message for the user: no /vsimem/ names, no upper-case start mid-sentence. */
QString gdalReason(const QStringList &messages, const QString &vsiName, const QString &file)
{
    QString why;
    for (const QString &m : messages) {
        if (m.startsWith(QLatin1String("Failed to read GeoJSON data")) && messages.size() > 1)
            continue; // GDAL's summary after the real reason
        why = m.trimmed();
        break;
    }
    why.replace(vsiName, QFileInfo(file).fileName());
    if (why.size() > 300)
        why = why.left(300) + QStringLiteral("…");
    if (!why.isEmpty())
        why[0] = why[0].toLower();
    return why;
}

/**
 * Why a JSON object is not the GeoJSON GDAL expected, and what to do: Amap's district data,
 * TopoJSON, or the keys it has. Empty when the bytes are not a JSON object.
 */
QString notGeoJsonReason(const QByteArray &bytes)
{
    Problems ignored; // GDAL's own reason is given when this is not JSON either
    const std::optional<nlohmann::json> parsed = parseJson(bytes, QString(), ignored); // depth-limited
    if (!parsed || !parsed->is_object())
        return {};
    const nlohmann::json &doc = *parsed;
    QStringList keys;
    for (const auto &[k, v] : doc.items())
        keys << QString::fromStdString(k);
    if (keys.size() > 10)
        keys = keys.mid(0, 10) << QStringLiteral("…");
    const QString has = QStringLiteral("not GeoJSON: an object with the keys %1").arg(keys.join(QStringLiteral(", ")));
    if (doc.contains("districts") && doc["districts"].is_array())
        return has
                + QStringLiteral("; it looks like Amap's district API data (districts[].polyline): import the file with "
                                 "--import-boundaries");
    if (doc.contains("coordinates") && (doc.contains("code") || doc.contains("adcode")) && !doc.contains("type"))
        return has
                + QStringLiteral("; it looks like one Amap district boundary (code, name, coordinates): import the file (or the "
                                 "directory of such files) with --import-boundaries");
    if (doc.value("type", nlohmann::json()) == "Topology")
        return has + QStringLiteral("; it looks like TopoJSON: convert it to GeoJSON first (e.g. topojson-client's topo2geo)");
    return has + QStringLiteral("; expected a GeoJSON FeatureCollection");
}

/**
 * A district code as the property holds it: 310115, "310115" and 310115.0 (GeoPandas) are read;
 * anything else gets a message saying why and what to write.
 */
std::optional<int> districtCode(QString text, QString &why)
{
    static const QRegularExpression decimalZero(QStringLiteral("^(\\d+)\\.0*$"));
    if (const auto m = decimalZero.match(text); m.hasMatch())
        text = m.captured(1);
    bool isInt = false;
    const qlonglong code = text.toLongLong(&isInt);
    if (isInt && text.size() == 12 && code > 0 && text.endsWith(QLatin1String("000000"))) {
        why = QStringLiteral("adcode %1 is the 12-digit statistical code — write the 6-digit %2").arg(text, text.left(6));
        return std::nullopt;
    }
    if (!isInt || code <= 0 || code > std::numeric_limits<int>::max()) {
        why = QStringLiteral("adcode \"%1\" is not a positive whole number").arg(text.left(40));
        return std::nullopt;
    }
    return int(code);
}

} // namespace

BoundaryLoad loadBoundaries(const QString &path)
{
    BoundaryLoad result;
    auto fail = [&](const QString &message) {
        result.problems.push_back({Problem::Severity::Error, path, {}, message});
        return result;
    };
    const QFileInfo info(path);
    if (!info.exists()) {
        return fail(info.isSymLink() ? QStringLiteral(
                            "the boundary file is a symbolic link that leads nowhere (a loop, or its target is missing)")
                                     : QStringLiteral("the boundary file does not exist"));
    }
    if (!info.isFile())
        return fail(info.isDir() ? QStringLiteral("the boundary path is a directory, not a file")
                                 : QStringLiteral("the boundary path is not a regular file"));
    QByteArray bytes;
    if (const QString why = readDataFile(path, bytes); !why.isEmpty())
        return fail(why);
    return loadBoundariesFromBytes(bytes, path);
}

BoundaryLoad loadBoundariesFromBytes(const QByteArray &bytes, const QString &path, double labelPrecision)
{
    registerGdalOnce();
    BoundaryLoad result;
    Reader reader(path, result.problems);
    if (bytes.size() > kMaxDataFileBytes) {
        reader.error({},
                QStringLiteral("the file is %1 MB; data files may be at most %2 MB")
                        .arg((bytes.size() + 1024 * 1024 - 1) / (1024 * 1024))
                        .arg(kMaxDataFileBytes / (1024 * 1024)));
        return result;
    }
    if (bytes.trimmed().isEmpty()) {
        reader.error({}, QStringLiteral("the file is empty"));
        return result;
    }
    // GeoJSON is UTF-8 (RFC 7946); GDAL would pass ill-formed bytes on, and names would show "�"
    if (const qsizetype bad = invalidUtf8At(bytes); bad >= 0) {
        reader.error(lineColumnAt(bytes, bad),
                looksLikeGbk(bytes) ? kGbkHint : QStringLiteral("ill-formed UTF-8 byte sequence; GeoJSON text must be UTF-8"));
        return result;
    }

    // ECharts' map files keep their coordinates as encoded strings: GDAL would read "no geometry".
    if (bytes.contains("\"UTF8Encoding\"") || bytes.contains("\"encodeOffsets\"")) {
        reader.error({}, QStringLiteral("ECharts-encoded coordinates: import the file with --import-boundaries"));
        return result;
    }

    // GDAL reads the bytes from memory: it never sees the real path, so nothing in it (or in the
    // data directory's name) can make GDAL open anything else.
    static std::atomic<unsigned> serial {0};
    const QByteArray vsiName = QByteArrayLiteral("/vsimem/sim-boundaries-") + QByteArray::number(++serial) + ".geojson";
    QByteArray copy(bytes.constData(), bytes.size()); // GDAL wants a writable buffer
    VSILFILE *mem
            = VSIFileFromMemBuffer(vsiName.constData(), reinterpret_cast<GByte *>(copy.data()), vsi_l_offset(copy.size()), FALSE);
    if (!mem) {
        reader.error({}, QStringLiteral("not a readable GeoJSON file"));
        return result;
    }
    VSIFCloseL(mem);
    struct Unlink {
        const char *name;
        ~Unlink() { VSIUnlink(name); }
    } unlinkLater {vsiName.constData()};

    GdalErrorCollector gdalErrors;
    const char *const drivers[] = {"GeoJSON", nullptr};
    DatasetPtr ds(GDALDataset::Open(vsiName.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
    if (!ds) {
        if (const QString notGeoJson = notGeoJsonReason(bytes); !notGeoJson.isEmpty()) {
            reader.error({}, notGeoJson);
            return result;
        }
        const QString why = gdalReason(gdalErrors.messages(), QString::fromLatin1(vsiName), path);
        reader.error({},
                why.isEmpty() ? QStringLiteral("not a readable GeoJSON file (expected a GeoJSON FeatureCollection)")
                              : QStringLiteral("not a readable GeoJSON file: %1").arg(why));
        return result;
    }
    if (ds->GetLayerCount() != 1) {
        reader.error({}, QStringLiteral("expected one FeatureCollection, found %1 layers").arg(ds->GetLayerCount()));
        return result;
    }
    OGRLayer *layer = ds->GetLayer(0);
    if (const OGRSpatialReference *srs = layer->GetSpatialRef()) {
        OGRSpatialReference wgs84;
        wgs84.SetWellKnownGeogCS("WGS84");
        const char *options[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES", "CRITERION=EQUIVALENT", nullptr};
        if (!srs->IsSame(&wgs84, options)) {
            const char *name = srs->GetName();
            reader.error({},
                    QStringLiteral("the file declares the coordinate system \"%1\"; boundaries must be "
                                   "WGS84 longitude/latitude (RFC 7946)")
                            .arg(QString::fromUtf8(name ? name : "unknown")));
            return result;
        }
    }

    if (layer->GetFeatureCount(TRUE) == 0) {
        reader.error({}, QStringLiteral("the file holds no features"));
        return result;
    }
    const OGRFeatureDefn *defn = layer->GetLayerDefn();
    const int adcodeField = defn->GetFieldIndex("adcode");
    const int nameField = defn->GetFieldIndex("name");
    const int nameEnField = defn->GetFieldIndex("name_en");
    const int levelField = defn->GetFieldIndex("level"); // optional
    if (adcodeField < 0 || nameField < 0 || nameEnField < 0) {
        QStringList missing;
        if (adcodeField < 0)
            missing << QStringLiteral("adcode");
        if (nameField < 0)
            missing << QStringLiteral("name");
        if (nameEnField < 0)
            missing << QStringLiteral("name_en");
        QStringList fields;
        for (int i = 0; i < defn->GetFieldCount() && i < 10; ++i)
            fields << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
        reader.error({},
                QStringLiteral("the features lack the propert%1 %2 (they have %3): import the file with "
                               "--import-boundaries, which finds the district code and joins the names from districts.json")
                        .arg(missing.size() == 1 ? QStringLiteral("y") : QStringLiteral("ies"),
                                missing.join(QStringLiteral(", ")),
                                fields.isEmpty() ? QStringLiteral("none") : fields.join(QStringLiteral(", "))));
        // the geometry is still checked: every problem at once
    }

    result.parsed = true;
    std::set<int> seen;
    int index = 0;
    layer->ResetReading();
    for (const auto &feature : *layer) {
        const QString where = QStringLiteral("/features/%1").arg(index++);
        DistrictShape shape;
        bool good = true;
        if (adcodeField < 0) {
            good = false; // reported once for the file
            result.codesComplete = false;
        } else if (!feature->IsFieldSetAndNotNull(adcodeField)) {
            reader.error(where, QStringLiteral("the feature has no adcode"));
            good = false;
            result.codesComplete = false;
        } else {
            const OGRFieldType type = defn->GetFieldDefn(adcodeField)->GetType();
            QString text = QString::fromUtf8(feature->GetFieldAsString(adcodeField)).trimmed();
            if (type == OFTReal) { // 310115.0: GDAL prints reals its own way
                const double v = feature->GetFieldAsDouble(adcodeField);
                if (v == std::floor(v) && std::abs(v) < 1e15)
                    text = QString::number(qint64(v));
            }
            QString why;
            const std::optional<int> code = districtCode(text, why);
            shape.adcode = code.value_or(0);
            if (!code) {
                reader.error(where, why);
                good = false;
                result.codesComplete = false;
            } else if (!seen.insert(shape.adcode).second) {
                reader.error(where, QStringLiteral("adcode %1 appears more than once").arg(shape.adcode));
                good = false;
            }
        }
        if (nameField >= 0)
            shape.nameZh = QString::fromUtf8(feature->GetFieldAsString(nameField)).trimmed();
        if (nameEnField >= 0)
            shape.nameEn = QString::fromUtf8(feature->GetFieldAsString(nameEnField)).trimmed();
        if (nameField >= 0 && shape.nameZh.isEmpty()) {
            reader.error(where, QStringLiteral("the feature has no name"));
            good = false;
        }
        if (nameEnField >= 0 && shape.nameEn.isEmpty()) {
            reader.error(where, QStringLiteral("the feature has no name_en"));
            good = false;
        }
        if (nameField < 0 || nameEnField < 0)
            good = false; // reported once for the file

        const OGRGeometry *geom = feature->GetGeometryRef();
        if (!geom) { // RFC 7946 allows it (e.g. a 上海市 feature beside the districts): nothing to draw
            result.problems.push_back({Problem::Severity::Warning, path, where,
                    QStringLiteral("%1 has no geometry: skipped").arg(describeDistrict(shape))});
            continue;
        }
        if (shape.adcode > 0)
            result.features.push_back({shape.adcode, shape.nameZh, index - 1,
                    levelField >= 0 ? QString::fromUtf8(feature->GetFieldAsString(levelField)).trimmed() : QString()});
        if (reader.readGeometry(geom, shape.polygons, where) && reader.checkValid(geom, describeDistrict(shape), where) && good) {
            shape.bounds = boundsOf(shape.polygons);
            shape.label = labelPoint(shape.polygons, labelPrecision);
            result.set.bounds.add(shape.bounds);
            result.set.districts.push_back(std::move(shape));
        }
    }
    if (!result.ok())
        result.set = {};
    else
        checkAgainstReference(result.set, path, result.problems);
    return result;
}

} // namespace sim
