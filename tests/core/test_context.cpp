// SPDX-License-Identifier: MIT
// The land around the districts (data/context.geojson): read, checked and joined as the data
// directory's optional context; every bad file with its exact message; the mesh's outline-only areas.
#include "data/dataset.h"
#include "geo/context.h"
#include "geo/districtmesh.h"
#include "testdata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>

using namespace sim;
using json = nlohmann::json;

namespace {

/** The three-district fixture in a temporary directory, with a context file to write. */
class ContextData
{
public:
    ContextData()
    {
        const QString from = simtest::fixture("three-districts");
        simtest::copyDataDir(from, m_dir.path());
        QFile f(path("dataset.json"));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        json manifest = json::parse(f.readAll().toStdString());
        f.close();
        manifest["files"]["context"] = "context.geojson";
        write("dataset.json", QByteArray::fromStdString(manifest.dump(2)));
    }
    void write(const char *file, const QByteArray &bytes)
    {
        QFile f(path(file));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    QString path(const char *file) const { return m_dir.path() + QLatin1Char('/') + QLatin1String(file); }
    DatasetLoad load() const { return loadDataset(m_dir.path()); }
    QStringList problems() const
    {
        QStringList out = toStrings(load().problems);
        out.replaceInStrings(m_dir.path(), QStringLiteral("DIR"));
        return out;
    }

private:
    QTemporaryDir m_dir;
};

/** A square feature (lon/lat corners) with the given properties. */
json square(
        int adcode, const char *name, const char *nameEn, const char *level, double lon0, double lat0, double lon1, double lat1)
{
    json props = {{"adcode", adcode}, {"name", name}, {"name_en", nameEn}};
    if (level)
        props["level"] = level;
    return {{"type", "Feature"}, {"properties", props},
            {"geometry",
                    {{"type", "Polygon"},
                            {"coordinates",
                                    json::array({json::array(
                                            {{lon0, lat0}, {lon1, lat0}, {lon1, lat1}, {lon0, lat1}, {lon0, lat0}})})}}}};
}

QByteArray collection(const json &features)
{
    return QByteArray::fromStdString(json {{"type", "FeatureCollection"}, {"features", features}}.dump());
}

} // namespace

TEST(Context, TheBundledDataHasTheNeighboursOfShanghai)
{
    const ContextSet &context = simtest::bundled().context;
    ASSERT_EQ(context.areas.size(), 5u);
    QStringList names;
    for (const auto &a : context.areas)
        names << QStringLiteral("%1 %2 %3 %4")
                         .arg(a.nameZh, a.nameEn)
                         .arg(a.adcode)
                         .arg(a.level == ContextArea::Level::Province ? QStringLiteral("province") : QStringLiteral("city"));
    EXPECT_EQ(names,
            (QStringList {QStringLiteral("江苏省 Jiangsu Province 320000 province"),
                    QStringLiteral("浙江省 Zhejiang Province 330000 province"), QStringLiteral("苏州市 Suzhou 320500 city"),
                    QStringLiteral("南通市 Nantong 320600 city"), QStringLiteral("嘉兴市 Jiaxing 330400 city")}));
    // the clip rectangle of the shared file (README: lon 119.6–122.95, lat 30.0–32.45); in the
    // east the land ends in the sea before the clip
    EXPECT_DOUBLE_EQ(context.bounds.minLon, 119.6);
    EXPECT_GT(context.bounds.maxLon, 122.5);
    EXPECT_LE(context.bounds.maxLon, 122.95);
    EXPECT_DOUBLE_EQ(context.bounds.minLat, 30.0);
    EXPECT_DOUBLE_EQ(context.bounds.maxLat, 32.45);
}

TEST(Context, LabelsSitInsideTheirAreaAndProvinceLabelsOutsideTheirCities)
{
    const ContextSet &context = simtest::bundled().context;
    auto inside = [](const ContextArea &a, LonLat p) {
        return std::any_of(a.polygons.begin(), a.polygons.end(), [&](const Polygon &poly) { return polygonContains(poly, p); });
    };
    for (const auto &a : context.areas) {
        EXPECT_TRUE(inside(a, a.label)) << a.nameZh.toStdString();
        if (a.level != ContextArea::Level::Province)
            continue;
        for (const auto &c : context.areas) {
            if (c.level == ContextArea::Level::City) {
                EXPECT_FALSE(inside(c, a.label)) << a.nameZh.toStdString() << " label in " << c.nameZh.toStdString();
            }
        }
    }
    // and none of them on Shanghai's land
    for (const auto &a : context.areas)
        EXPECT_EQ(simtest::bundled().districtAt(a.label), -1) << a.nameZh.toStdString();
}

TEST(Context, SharedBordersUseTheDistrictsOwnPositions)
{
    // 青浦区 borders 苏州市 and 嘉兴市; 金山区 borders 嘉兴市; 崇明区 shares its island with 南通市:
    // the context keeps the very same positions along those borders, so nothing opens between them.
    const Dataset &data = simtest::bundled();
    auto positions = [](const std::vector<Polygon> &polygons) {
        std::set<std::pair<double, double>> out;
        for (const auto &p : polygons)
            for (const auto &q : p.outer)
                out.insert({q.lon, q.lat});
        return out;
    };
    auto shared = [&](const char *district, int adcode) {
        const auto a = positions(data.shapes[size_t(data.find(QString::fromUtf8(district)))].polygons);
        for (const auto &area : data.context.areas)
            if (area.adcode == adcode) {
                size_t n = 0;
                for (const auto &p : positions(area.polygons))
                    n += a.count(p);
                return n;
            }
        return size_t(0);
    };
    EXPECT_GT(shared("青浦区", 320500), 200u);
    EXPECT_GT(shared("青浦区", 330400), 100u);
    EXPECT_GT(shared("金山区", 330400), 100u);
    EXPECT_GT(shared("崇明区", 320600), 50u);
    EXPECT_EQ(shared("浦东新区", 320500), 0u); // not neighbours
}

TEST(Context, ADataDirectoryWithoutItLoadsWithNoContext)
{
    const DatasetLoad load = loadDataset(simtest::fixture("three-districts"));
    ASSERT_TRUE(load.dataset);
    EXPECT_TRUE(load.dataset->context.isEmpty());
    EXPECT_EQ(toStrings(load.problems), QStringList());
}

TEST(Context, AValidFileIsReadProvincesFirst)
{
    ContextData data;
    data.write("context.geojson",
            collection({square(990100, "甲市", "Jia", "city", 10.0, 10.0, 10.5, 10.5),
                    square(990000, "甲省", "Jia Province", "province", 10.0, 10.0, 11.0, 11.0)}));
    const DatasetLoad load = data.load();
    ASSERT_TRUE(load.dataset) << toStrings(load.problems).join(QLatin1Char('\n')).toStdString();
    const ContextSet &c = load.dataset->context;
    ASSERT_EQ(c.areas.size(), 2u);
    EXPECT_EQ(c.areas[0].nameZh, QStringLiteral("甲省"));
    EXPECT_EQ(c.areas[0].level, ContextArea::Level::Province);
    EXPECT_EQ(c.areas[1].nameEn, QStringLiteral("Jia"));
    // the province's label keeps away from its city (the south-west quarter)
    EXPECT_FALSE(c.areas[0].label.lon < 10.5 && c.areas[0].label.lat < 10.5);
    EXPECT_EQ(load.dataset->districtAt({10.7, 10.7}), -1); // never a district
}

TEST(Context, ReadLaterTheDataLoadsWithoutItAndNamesItsFile)
{
    // the window's start: the data first, the land around the districts after the first frame
    const DatasetLoad now = loadDataset(simtest::dataDir());
    const DatasetLoad later = loadDataset(simtest::dataDir(), ContextLoading::Later);
    ASSERT_TRUE(now.dataset && later.dataset);
    EXPECT_EQ(now.dataset->context.areas.size(), 5u);
    EXPECT_TRUE(later.dataset->context.isEmpty());
    EXPECT_EQ(later.dataset->contextFile, QDir(simtest::dataDir()).absoluteFilePath(QStringLiteral("context.geojson")));
    EXPECT_EQ(later.dataset->contextFile, now.dataset->contextFile);
    EXPECT_EQ(later.dataset->version, now.dataset->version); // the same data: a reload sees no change
    EXPECT_EQ(later.dataset->districts.size(), now.dataset->districts.size());
    // read afterwards, it is what the data would have had
    const ContextLoad context = loadContext(later.dataset->contextFile);
    ASSERT_TRUE(context.ok());
    ASSERT_EQ(context.set.areas.size(), now.dataset->context.areas.size());
    for (size_t i = 0; i < context.set.areas.size(); ++i) {
        EXPECT_EQ(context.set.areas[i].adcode, now.dataset->context.areas[i].adcode);
        EXPECT_EQ(context.set.areas[i].label, now.dataset->context.areas[i].label);
    }
    // a broken context file is not read either: the districts load; read with them, it is an error
    ContextData data;
    data.write("context.geojson", "{ \"type\": \"FeatureCollection\", \"features\": [");
    EXPECT_FALSE(data.load().dataset);
    const DatasetLoad districtsOnly = loadDataset(data.path(""), ContextLoading::Later);
    ASSERT_TRUE(districtsOnly.dataset) << toStrings(districtsOnly.problems).join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(loadContext(districtsOnly.dataset->contextFile).ok());
}

TEST(Context, BadFilesAreErrorsNamingTheFileAndTheFeature)
{
    {
        ContextData data; // named, but not there
        EXPECT_EQ(data.problems(), QStringList {QStringLiteral("DIR/context.geojson: error: the context file does not exist")});
    }
    {
        ContextData data;
        data.write("context.geojson",
                collection({square(990000, "甲省", "Jia Province", "prefecture", 10, 10, 11, 11),
                        square(990100, "甲市", "Jia", nullptr, 10, 10, 10.5, 10.5)}));
        EXPECT_EQ(data.problems(),
                (QStringList {QStringLiteral("DIR/context.geojson:/features/0: error: 甲省 (adcode 990000) has the level "
                                             "\"prefecture\"; write \"province\" or \"city\""),
                        QStringLiteral("DIR/context.geojson:/features/1: error: 甲市 (adcode 990100) has no level; write "
                                       "\"province\" or \"city\"")}));
        EXPECT_FALSE(data.load().dataset);
    }
    {
        ContextData data; // a bow tie
        data.write("context.geojson",
                R"({"type": "FeatureCollection", "features": [{"type": "Feature",
                    "properties": {"adcode": 990000, "name": "甲省", "name_en": "Jia Province", "level": "province"},
                    "geometry": {"type": "Polygon", "coordinates": [[[10, 10], [12, 12], [12, 10], [10, 11], [10, 10]]]}}]})");
        const QStringList problems = data.problems();
        ASSERT_EQ(problems.size(), 1);
        EXPECT_TRUE(problems[0].startsWith(QStringLiteral(
                "DIR/context.geojson:/features/0: error: the boundary of 甲省 (adcode 990000) is not a valid polygon: ")))
                << problems[0].toStdString();
    }
    {
        ContextData data;
        data.write("context.geojson", QByteArrayLiteral("{\"type\": \"FeatureCollection\", \"features\": [}"));
        const QStringList problems = data.problems();
        ASSERT_EQ(problems.size(), 1);
        EXPECT_TRUE(problems[0].startsWith(QStringLiteral("DIR/context.geojson: error: not a readable GeoJSON file")))
                << problems[0].toStdString();
    }
}

TEST(Context, TheMeshLeavesOutlineOnlyAreasUnfilled)
{
    const Polygon big {{{10, 10}, {11, 10}, {11, 11}, {10, 11}, {10, 10}}, {}};
    const Polygon small {{{10, 10}, {10.5, 10}, {10.5, 10.5}, {10, 10.5}, {10, 10}}, {}};
    MeshOptions options;
    options.outlineOnly = {false, true};
    const DistrictMesh mesh({{big}, {small}}, options);
    const MeshLevel level = mesh.buildLevel(mesh.levelCount() - 1);
    EXPECT_GT(level.districtTriangles[1], 0u); // the first is filled
    EXPECT_EQ(level.districtTriangles[2], level.districtTriangles[1]); // the second is not
    EXPECT_EQ(level.districtRings[2] - level.districtRings[1], 1u); // but has its outline
}
