// SPDX-License-Identifier: MIT
#include "boundaries.h"

#include <QFileInfo>
#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <memory>
#include <mutex>
#include <set>

namespace sim {

const DistrictShape *BoundarySet::byAdcode(int adcode) const
{
    for (const auto &d : districts)
        if (d.adcode == adcode)
            return &d;
    return nullptr;
}

namespace {

struct GDALDatasetCloser {
    void operator()(GDALDataset *ds) const { GDALClose(ds); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, GDALDatasetCloser>;

/** Collects GDAL's error messages while alive instead of letting GDAL print them. */
class GdalErrorCollector
{
public:
    GdalErrorCollector() { CPLPushErrorHandlerEx(&handler, this); }
    ~GdalErrorCollector() { CPLPopErrorHandler(); }
    GdalErrorCollector(const GdalErrorCollector &) = delete;
    GdalErrorCollector &operator=(const GdalErrorCollector &) = delete;

    [[nodiscard]] QString last() const { return m_messages.isEmpty() ? QString() : m_messages.last(); }

private:
    static void CPL_STDCALL handler(CPLErr err, CPLErrorNum, const char *msg)
    {
        auto *self = static_cast<GdalErrorCollector *>(CPLGetErrorHandlerUserData());
        if (self && err >= CE_Warning)
            self->m_messages << QString::fromUtf8(msg);
    }
    QStringList m_messages;
};

void registerGdalOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

class Reader
{
public:
    Reader(QString path, Problems &problems) : m_path(std::move(path)), m_problems(problems) {}

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
                error(where, QStringLiteral("position %1 (%2, %3) is outside longitude ±180 / latitude ±90; "
                                            "boundaries must be WGS84 longitude/latitude")
                                 .arg(i).arg(lon).arg(lat));
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
            error(where, QStringLiteral("the geometry is a %1; a district needs a Polygon or MultiPolygon")
                             .arg(QString::fromUtf8(OGRGeometryTypeToName(geom->getGeometryType()))));
            return false;
        }
    }

private:
    QString m_path;
    Problems &m_problems;
};

} // namespace

BoundaryLoad loadBoundaries(const QString &path)
{
    registerGdalOnce();
    BoundaryLoad result;
    Reader reader(path, result.problems);

    const QFileInfo info(path);
    if (!info.exists()) {
        reader.error({}, QStringLiteral("the boundary file does not exist"));
        return result;
    }
    if (!info.isFile()) {
        reader.error({}, QStringLiteral("the boundary path is not a regular file"));
        return result;
    }
    if (!info.isReadable()) {
        reader.error({}, QStringLiteral("the boundary file cannot be read (permission denied)"));
        return result;
    }

    GdalErrorCollector gdalErrors;
    const char *const drivers[] = {"GeoJSON", nullptr};
    const QByteArray native = path.toUtf8();
    DatasetPtr ds(GDALDataset::Open(native.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers,
                                    nullptr, nullptr));
    if (!ds) {
        const QString why = gdalErrors.last();
        reader.error({}, why.isEmpty() ? QStringLiteral("not a readable GeoJSON file")
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
            reader.error({}, QStringLiteral("the file declares the coordinate system \"%1\"; boundaries must be "
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
    if (adcodeField < 0 || nameField < 0 || nameEnField < 0) {
        QStringList missing;
        if (adcodeField < 0) missing << QStringLiteral("adcode");
        if (nameField < 0) missing << QStringLiteral("name");
        if (nameEnField < 0) missing << QStringLiteral("name_en");
        reader.error({}, QStringLiteral("the features lack the propert%1 %2")
                             .arg(missing.size() == 1 ? QStringLiteral("y") : QStringLiteral("ies"),
                                  missing.join(QStringLiteral(", "))));
        return result;
    }

    std::set<int> seen;
    int index = 0;
    layer->ResetReading();
    for (const auto &feature : *layer) {
        const QString where = QStringLiteral("/features/%1").arg(index++);
        DistrictShape shape;
        bool good = true;
        if (!feature->IsFieldSetAndNotNull(adcodeField)) {
            reader.error(where, QStringLiteral("the feature has no adcode"));
            good = false;
        } else {
            const QString text = QString::fromUtf8(feature->GetFieldAsString(adcodeField)).trimmed();
            bool isInt = false;
            shape.adcode = text.toInt(&isInt);
            if (!isInt || shape.adcode <= 0) {
                reader.error(where, QStringLiteral("adcode \"%1\" is not a positive whole number").arg(text));
                good = false;
            } else if (!seen.insert(shape.adcode).second) {
                reader.error(where, QStringLiteral("adcode %1 appears more than once").arg(shape.adcode));
                good = false;
            }
        }
        shape.nameZh = QString::fromUtf8(feature->GetFieldAsString(nameField)).trimmed();
        shape.nameEn = QString::fromUtf8(feature->GetFieldAsString(nameEnField)).trimmed();
        if (shape.nameZh.isEmpty()) {
            reader.error(where, QStringLiteral("the feature has no name"));
            good = false;
        }
        if (shape.nameEn.isEmpty()) {
            reader.error(where, QStringLiteral("the feature has no name_en"));
            good = false;
        }
        if (reader.readGeometry(feature->GetGeometryRef(), shape.polygons, where) && good) {
            shape.bounds = boundsOf(shape.polygons);
            shape.label = labelPoint(shape.polygons);
            result.set.bounds.add(shape.bounds);
            result.set.districts.push_back(std::move(shape));
        }
    }
    if (!result.ok())
        result.set = {};
    return result;
}

} // namespace sim
