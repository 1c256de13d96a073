// SPDX-License-Identifier: MIT
#include "geo/topology.h"

#include "geo/gdalerrors.h"

#include <QStringList>
#include <ogr_api.h>
#include <ogr_geometry.h>
#ifdef SIM_HAVE_GEOS_COVERAGE
#include <geos_c.h>
#endif

#include <algorithm>
#include <cmath>
#include <memory>
#include <numbers>

namespace sim {

namespace {

std::unique_ptr<OGRMultiPolygon> toOgr(const std::vector<Polygon> &polygons)
{
    auto multi = std::make_unique<OGRMultiPolygon>();
    auto ring = [](const Ring &r) {
        auto *out = new OGRLinearRing;
        out->setNumPoints(int(r.size()), FALSE);
        for (size_t i = 0; i < r.size(); ++i)
            out->setPoint(int(i), r[i].lon, r[i].lat);
        return out;
    };
    for (const Polygon &p : polygons) {
        auto *poly = new OGRPolygon;
        poly->addRingDirectly(ring(p.outer));
        for (const Ring &h : p.holes)
            poly->addRingDirectly(ring(h));
        multi->addGeometryDirectly(poly);
    }
    return multi;
}

/** Area in km² of a lon/lat geometry near latitude `lat` (equirectangular: fine at district scale). */
double areaKm2(const OGRGeometry &g, double lat)
{
    double area = 0;
    if (const auto type = wkbFlatten(g.getGeometryType()); type == wkbPolygon)
        area = g.toPolygon()->get_Area();
    else if (type == wkbMultiPolygon || type == wkbGeometryCollection)
        area = g.toGeometryCollection()->get_Area();
    return area * 111.32 * 110.57 * std::cos(lat * std::numbers::pi / 180);
}

/** The parts of `g` wider than `metres` (a negative buffer of half that survives). */
std::vector<std::unique_ptr<OGRGeometry>> wideParts(const OGRGeometry &g, double metres)
{
    std::vector<std::unique_ptr<OGRGeometry>> parts;
    const double half = metres / 2 / 111320.0; // degrees (a little less in longitude: conservative)
    auto consider = [&](const OGRGeometry *part) {
        if (wkbFlatten(part->getGeometryType()) != wkbPolygon || part->IsEmpty())
            return;
        std::unique_ptr<OGRGeometry> core(part->Buffer(-half, 2));
        if (core && !core->IsEmpty())
            parts.emplace_back(part->clone());
    };
    const auto type = wkbFlatten(g.getGeometryType());
    if (type == wkbPolygon)
        consider(&g);
    else if (type == wkbMultiPolygon || type == wkbGeometryCollection)
        for (const OGRGeometry *part : *g.toGeometryCollection())
            consider(part);
    return parts;
}

QString place(const OGRGeometry &g)
{
    OGRPoint p;
    std::unique_ptr<OGRGeometry> inside(
            OGRGeometry::FromHandle(OGR_G_PointOnSurface(OGRGeometry::ToHandle(const_cast<OGRGeometry *>(&g)))));
    if (inside && wkbFlatten(inside->getGeometryType()) == wkbPoint)
        p = *inside->toPoint();
    return QStringLiteral("%1, %2").arg(p.getY(), 0, 'f', 5).arg(p.getX(), 0, 'f', 5);
}

QString areaText(double km2)
{
    return km2 >= 0.1 ? QStringLiteral("%1 km²").arg(km2, 0, 'f', 2)
                      : QStringLiteral("%1 m²").arg(std::lround(km2 * 1e6 / 100) * 100);
}

/**
 * The union of districts that form a valid polygonal coverage — no overlaps, and neighbours share
 * their borders vertex for vertex, as boundaries cut from one source do (the bundled data) — or
 * nullptr when they do not (or GEOS is older than 3.12). GEOS's coverage validator and coverage
 * union take ~1/3 of the time of a general union (tests/benchmarks: BM_Topology_Check).
 */
std::unique_ptr<OGRGeometry> coverageUnion(const std::vector<std::unique_ptr<OGRMultiPolygon>> &geoms)
{
#ifdef SIM_HAVE_GEOS_COVERAGE
    GEOSContextHandle_t h = OGRGeometry::createGEOSContext();
    std::vector<GEOSGeometry *> parts;
    bool exported = true;
    for (const auto &g : geoms) {
        GEOSGeometry *part = g->exportToGEOS(h);
        exported = exported && part;
        if (part)
            parts.push_back(part);
    }
    std::unique_ptr<OGRGeometry> out;
    // the collection owns the parts from here
    GEOSGeometry *coverage = GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts.data(), unsigned(parts.size()));
    if (coverage && exported) {
        GEOSGeometry *invalidEdges = nullptr;
        if (GEOSCoverageIsValid_r(h, coverage, 0.0, &invalidEdges) == 1) {
            if (GEOSGeometry *u = GEOSCoverageUnion_r(h, coverage)) {
                out.reset(OGRGeometryFactory::createFromGEOS(h, u));
                GEOSGeom_destroy_r(h, u);
            }
        }
        if (invalidEdges)
            GEOSGeom_destroy_r(h, invalidEdges);
    }
    if (coverage)
        GEOSGeom_destroy_r(h, coverage);
    else
        for (GEOSGeometry *part : parts)
            GEOSGeom_destroy_r(h, part);
    OGRGeometry::freeGEOSContext(h);
    return out;
#else
    (void)geoms;
    return nullptr;
#endif
}

} // namespace

namespace {

/** The polygons in a GEOS result (lines and points, where a ring touched itself, have no area). */
std::vector<Polygon> polygonsOf(const OGRGeometry *geometry)
{
    std::vector<Polygon> out;
    auto ring = [](const OGRLinearRing *r) {
        Ring pts;
        for (int i = 0; i < r->getNumPoints(); ++i)
            pts.push_back({r->getX(i), r->getY(i)});
        return pts;
    };
    std::function<void(const OGRGeometry *)> collect = [&](const OGRGeometry *g) {
        switch (wkbFlatten(g->getGeometryType())) {
        case wkbPolygon: {
            const OGRPolygon *poly = g->toPolygon();
            if (poly->IsEmpty())
                return;
            Polygon p;
            p.outer = ring(poly->getExteriorRing());
            for (int i = 0; i < poly->getNumInteriorRings(); ++i)
                p.holes.push_back(ring(poly->getInteriorRing(i)));
            out.push_back(std::move(p));
            return;
        }
        case wkbMultiPolygon:
        case wkbGeometryCollection:
            for (const OGRGeometry *part : *g->toGeometryCollection())
                collect(part);
            return;
        default:
            return;
        }
    };
    if (geometry)
        collect(geometry);
    return out;
}

} // namespace

std::optional<std::vector<Polygon>> repairedPolygons(const std::vector<Polygon> &polygons)
{
    if (polygons.empty() || !OGRGeometryFactory::haveGEOS())
        return std::nullopt;
    GdalErrorCollector quiet;
    const auto geom = toOgr(polygons);
    if (geom->IsValid())
        return std::nullopt;
    std::unique_ptr<OGRGeometry> valid(geom->MakeValid());
    std::vector<Polygon> out = polygonsOf(valid.get());
    if (out.empty())
        return std::nullopt;
    return out;
}

double removeOverlaps(std::vector<std::vector<Polygon> *> districts)
{
    if (districts.size() < 2 || !OGRGeometryFactory::haveGEOS())
        return 0;
    GdalErrorCollector quiet;
    std::vector<std::unique_ptr<OGRGeometry>> geoms;
    std::vector<Bounds> bounds;
    Bounds all;
    for (const auto *d : districts) {
        geoms.emplace_back(toOgr(*d).release());
        bounds.push_back(boundsOf(*d));
        all.add(bounds.back());
    }
    const double lat = all.center().lat;
    double removed = 0;
    for (size_t j = 1; j < districts.size(); ++j) {
        bool changed = false;
        for (size_t i = 0; i < j; ++i) {
            const Bounds &a = bounds[i], &b = bounds[j];
            if (a.maxLon < b.minLon || b.maxLon < a.minLon || a.maxLat < b.minLat || b.maxLat < a.minLat)
                continue;
            if (!geoms[j]->Intersects(geoms[i].get()))
                continue;
            const double before = areaKm2(*geoms[j], lat);
            std::unique_ptr<OGRGeometry> rest(geoms[j]->Difference(geoms[i].get()));
            if (!rest)
                continue;
            const double after = areaKm2(*rest, lat);
            if (before - after <= 0)
                continue;
            removed += before - after;
            geoms[j] = std::move(rest);
            changed = true;
        }
        if (changed) {
            std::vector<Polygon> out = polygonsOf(geoms[j].get());
            if (!out.empty())
                *districts[j] = std::move(out);
        }
    }
    return removed;
}

Problems checkTopology(const std::vector<const DistrictShape *> &districts, const QString &file, const QStringList &where)
{
    constexpr double sliver = 50; // m: narrower overlaps and gaps are simplification noise
    Problems problems;
    if (districts.size() < 2 || !OGRGeometryFactory::haveGEOS())
        return problems;
    GdalErrorCollector quiet; // GEOS's notes on odd geometry are not the user's business here
    std::vector<std::unique_ptr<OGRMultiPolygon>> geoms;
    OGRMultiPolygon all;
    double sum = 0;
    Bounds bounds;
    for (const DistrictShape *d : districts) {
        geoms.push_back(toOgr(d->polygons));
        bounds.add(d->bounds);
        for (const OGRPolygon *p : *geoms.back())
            all.addGeometry(p);
    }
    const double lat = bounds.center().lat;
    for (const auto &g : geoms)
        sum += areaKm2(*g, lat);
    // A valid coverage has no overlaps: only its gaps need looking at. Anything else takes the
    // general union, and pairwise intersections if the union says something overlaps.
    std::unique_ptr<OGRGeometry> city = coverageUnion(geoms);
    const bool coverage = bool(city);
    if (!coverage)
        city.reset(all.UnionCascaded());
    if (!city)
        return problems;
    auto name = [&](size_t i) { return describeDistrict(*districts[i]); };
    auto at = [&](size_t i) { return i < size_t(where.size()) ? where[int(i)] : QString(); };

    // Overlaps: the union is smaller than the sum of the districts.
    if (!coverage && sum - areaKm2(*city, lat) > 0.001) {
        for (size_t i = 0; i < districts.size(); ++i) {
            for (size_t j = i + 1; j < districts.size(); ++j) {
                const Bounds &a = districts[i]->bounds, &b = districts[j]->bounds;
                if (a.maxLon < b.minLon || b.maxLon < a.minLon || a.maxLat < b.minLat || b.maxLat < a.minLat)
                    continue;
                std::unique_ptr<OGRGeometry> overlap(geoms[i]->Intersection(geoms[j].get()));
                if (!overlap || overlap->IsEmpty())
                    continue;
                const auto parts = wideParts(*overlap, sliver);
                if (parts.empty())
                    continue;
                const OGRGeometry *largest = parts.front().get();
                for (const auto &p : parts)
                    if (areaKm2(*p, lat) > areaKm2(*largest, lat))
                        largest = p.get();
                problems.push_back({Problem::Severity::Error, file, at(j),
                        QStringLiteral("%1 and %2 overlap: %3 lie in both, e.g. around %4 (lat, lon); "
                                       "a place must lie in one district only")
                                .arg(name(i), name(j), areaText(areaKm2(*overlap, lat)), place(*largest))});
            }
        }
    }

    // Gaps: holes in the union that two or more districts border.
    std::vector<const OGRPolygon *> cityParts;
    if (wkbFlatten(city->getGeometryType()) == wkbPolygon)
        cityParts.push_back(city->toPolygon());
    else if (wkbFlatten(city->getGeometryType()) == wkbMultiPolygon)
        for (const OGRPolygon *p : *city->toMultiPolygon())
            cityParts.push_back(p);
    const double near = sliver / 111320.0;
    for (const OGRPolygon *part : cityParts) {
        for (int h = 0; h < part->getNumInteriorRings(); ++h) {
            OGRPolygon hole;
            hole.addRing(part->getInteriorRing(h));
            if (wideParts(hole, sliver).empty())
                continue;
            OGREnvelope e;
            hole.getEnvelope(&e);
            QStringList around;
            for (size_t i = 0; i < districts.size(); ++i) {
                const Bounds &b = districts[i]->bounds;
                if (b.maxLon < e.MinX - near || e.MaxX + near < b.minLon || b.maxLat < e.MinY - near || e.MaxY + near < b.minLat)
                    continue;
                if (geoms[i]->Distance(&hole) < near)
                    around << name(i);
            }
            if (around.size() < 2)
                continue; // a hole in one district (an enclave, a lake left out): not between districts
            problems.push_back({Problem::Severity::Warning, file, {},
                    QStringLiteral("a gap of %1 between %2 around %3 (lat, lon): no district covers it")
                            .arg(areaText(areaKm2(hole, lat)), around.join(QStringLiteral(", ")), place(hole))});
        }
    }
    return problems;
}

} // namespace sim
