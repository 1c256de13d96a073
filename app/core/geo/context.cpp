// SPDX-License-Identifier: MIT
#include "geo/context.h"

#include "data/jsonfile.h"
#include "geo/boundaries.h"

#include <QFileInfo>

#include <algorithm>
#include <map>

namespace sim {

namespace {
/** Where an area's name goes is searched to ~1 km (0.01°): the areas are tens to hundreds of km
    across and their names are quiet background; the districts' 50 m would cost a hundred times more
    (the search's cells grow with the area over the precision, each one measured against every edge). */
constexpr double kContextLabelPrecision = 0.01;
} // namespace

ContextLoad loadContext(const QString &path)
{
    ContextLoad result;
    // The same reading and checks as the district boundaries: GeoJSON, WGS84, adcode/name/name_en,
    // valid polygons (GEOS). A context file has no districts of Shanghai, so no datum warning.
    const QFileInfo info(path);
    QString why;
    QByteArray bytes;
    if (!info.exists())
        why = info.isSymLink()
                ? QStringLiteral("the context file is a symbolic link that leads nowhere (a loop, or its target is missing)")
                : QStringLiteral("the context file does not exist");
    else if (!info.isFile())
        why = QStringLiteral("the context path is not a regular file");
    else
        why = readDataFile(path, bytes);
    if (!why.isEmpty()) {
        result.problems.push_back({Problem::Severity::Error, path, {}, why});
        return result;
    }
    BoundaryLoad read = loadBoundariesFromBytes(bytes, path, kContextLabelPrecision);
    result.problems = std::move(read.problems);
    std::map<int, QString> levels;
    for (const auto &f : read.features) {
        const QString where = QStringLiteral("/features/%1").arg(f.index);
        if (f.level.isEmpty())
            result.problems.push_back({Problem::Severity::Error, path, where,
                    QStringLiteral("%1 (adcode %2) has no level; write \"province\" or \"city\"").arg(f.nameZh).arg(f.adcode)});
        else if (f.level != QLatin1String("province") && f.level != QLatin1String("city"))
            result.problems.push_back({Problem::Severity::Error, path, where,
                    QStringLiteral("%1 (adcode %2) has the level \"%3\"; write \"province\" or \"city\"")
                            .arg(f.nameZh)
                            .arg(f.adcode)
                            .arg(f.level.left(40))});
        levels[f.adcode] = f.level;
    }
    if (!result.ok() || !read.ok())
        return result;

    for (auto &shape : read.set.districts) {
        ContextArea a;
        a.adcode = shape.adcode;
        a.nameZh = shape.nameZh;
        a.nameEn = shape.nameEn;
        a.level = levels[shape.adcode] == QLatin1String("province") ? ContextArea::Level::Province : ContextArea::Level::City;
        a.polygons = std::move(shape.polygons);
        a.bounds = shape.bounds;
        a.label = shape.label;
        result.set.bounds.add(a.bounds);
        result.set.areas.push_back(std::move(a));
    }
    std::stable_partition(result.set.areas.begin(), result.set.areas.end(),
            [](const ContextArea &a) { return a.level == ContextArea::Level::Province; });

    // A province's label goes where its cities in the file are not (their labels are there): the
    // cities' outlines count as holes of the province for the label search.
    for (ContextArea &province : result.set.areas) {
        if (province.level != ContextArea::Level::Province)
            continue;
        std::vector<Polygon> around = province.polygons;
        bool hasCities = false;
        for (const ContextArea &city : result.set.areas) {
            if (city.level != ContextArea::Level::City || city.adcode / 10000 != province.adcode / 10000)
                continue;
            hasCities = true;
            for (Polygon &p : around)
                for (const Polygon &c : city.polygons)
                    p.holes.push_back(c.outer);
        }
        if (hasCities)
            province.label = labelPoint(around, kContextLabelPrecision);
    }
    return result;
}

} // namespace sim
