// SPDX-License-Identifier: MIT
#include "geo/boundaries.h"
#include "geo/hitindex.h"
#include "testdata.h"

#include <QTemporaryDir>
#include <QFile>
#include <gtest/gtest.h>

#include <set>

using namespace sim;

namespace {
const BoundarySet &realBoundaries()
{
    static const BoundaryLoad load = loadBoundaries(simtest::dataDir() + QStringLiteral("/boundaries.geojson"));
    return load.set;
}

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &content)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw std::runtime_error("cannot write fixture");
    f.write(content);
    return path;
}
} // namespace

TEST(Boundaries, RealFileHasTheSixteenDistricts)
{
    const BoundaryLoad load = loadBoundaries(simtest::dataDir() + QStringLiteral("/boundaries.geojson"));
    ASSERT_TRUE(load.ok()) << toStrings(load.problems).join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(load.problems.empty());
    const auto &set = load.set;
    ASSERT_EQ(set.districts.size(), 16u);
    std::set<int> codes;
    for (const auto &d : set.districts)
        codes.insert(d.adcode);
    EXPECT_EQ(codes, (std::set<int>{310101, 310104, 310105, 310106, 310107, 310109, 310110, 310112, 310113,
                                    310114, 310115, 310116, 310117, 310118, 310120, 310151}));
    ASSERT_NE(set.byAdcode(310115), nullptr);
    EXPECT_EQ(set.byAdcode(310115)->nameZh, QStringLiteral("浦东新区"));
    EXPECT_EQ(set.byAdcode(310115)->nameEn, QStringLiteral("Pudong New Area"));
    EXPECT_EQ(set.byAdcode(310106)->nameEn, QStringLiteral("Jing'an District"));
    EXPECT_EQ(set.byAdcode(310151)->nameZh, QStringLiteral("崇明区"));
    // Chongming, Changxing and Hengsha islands
    EXPECT_GE(set.byAdcode(310151)->polygons.size(), 3u);
}

TEST(Boundaries, LabelPointsLieInsideTheirDistrict)
{
    const auto &set = realBoundaries();
    for (const auto &d : set.districts) {
        bool inside = false;
        for (const auto &p : d.polygons)
            inside = inside || polygonContains(p, d.label);
        EXPECT_TRUE(inside) << d.nameEn.toStdString();
    }
}

struct Place {
    const char *name;
    double lat, lon;
    int adcode; // 0: outside every district
};

class WellKnownPlaces : public ::testing::TestWithParam<Place> {};

TEST_P(WellKnownPlaces, FallInTheRightDistrict)
{
    const Place &place = GetParam();
    const auto &set = realBoundaries();
    std::vector<std::vector<Polygon>> polygons;
    for (const auto &d : set.districts)
        polygons.push_back(d.polygons);
    const HitIndex index(polygons);
    const int i = index.districtAt({place.lon, place.lat});
    const int adcode = i >= 0 ? set.districts[size_t(i)].adcode : 0;
    EXPECT_EQ(adcode, place.adcode) << place.name;
}

// WGS84 positions of well-known places, away from district borders.
INSTANTIATE_TEST_SUITE_P(Shanghai, WellKnownPlaces, ::testing::Values(
    Place{"People's Square", 31.2304, 121.4737, 310101},
    Place{"Oriental Pearl Tower", 31.2397, 121.4998, 310115},
    Place{"Pudong Airport", 31.1443, 121.8083, 310115},
    Place{"Xujiahui", 31.1950, 121.4370, 310104},
    Place{"Zhongshan Park", 31.2195, 121.4178, 310105},
    Place{"Jing'an Temple", 31.2235, 121.4450, 310106},
    Place{"Changfeng Park", 31.2290, 121.3970, 310107},
    Place{"Lu Xun Park", 31.2731, 121.4800, 310109},
    Place{"Fudan University", 31.2990, 121.5030, 310110},
    Place{"SJTU Minhang campus", 31.0250, 121.4330, 310112},
    Place{"Jiading Confucius Temple", 31.3837, 121.2500, 310114},
    Place{"Sheshan", 31.0960, 121.1890, 310117},
    Place{"Zhujiajiao", 31.1090, 121.0580, 310118},
    Place{"Jinshan City Beach", 30.7250, 121.3400, 310116},
    Place{"Nanqiao", 30.9180, 121.4740, 310120},
    Place{"Chengqiao, Chongming Island", 31.6230, 121.4000, 310151},
    Place{"Changxing Island", 31.3900, 121.7100, 310151},
    Place{"Suzhou", 31.2990, 120.5853, 0},
    Place{"Hangzhou", 30.2741, 120.1551, 0},
    Place{"East China Sea", 31.0000, 122.5000, 0}),
    [](const auto &param) {
        std::string n = param.param.name;
        for (char &c : n)
            if (!std::isalnum(static_cast<unsigned char>(c)))
                c = '_';
        return n;
    });

TEST(Boundaries, MissingFileIsAClearError)
{
    const BoundaryLoad load = loadBoundaries(QStringLiteral("/nonexistent/boundaries.geojson"));
    ASSERT_FALSE(load.ok());
    ASSERT_EQ(load.problems.size(), 1u);
    EXPECT_EQ(load.problems[0].toString(), QStringLiteral("/nonexistent/boundaries.geojson: error: the boundary file does not exist"));
    EXPECT_TRUE(load.set.districts.empty());
}

TEST(Boundaries, MalformedFileIsAClearError)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "b.geojson", R"({"type":"FeatureCollection","features":[{"type":)");
    const BoundaryLoad load = loadBoundaries(path);
    ASSERT_FALSE(load.ok());
    EXPECT_TRUE(load.problems[0].toString().startsWith(path + QStringLiteral(": error: not a readable GeoJSON file")))
        << load.problems[0].toString().toStdString();
}

TEST(Boundaries, NonPolygonGeometryIsReported)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "b.geojson", R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"adcode":1,"name":"甲","name_en":"A"},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}}]})");
    const BoundaryLoad load = loadBoundaries(path);
    ASSERT_EQ(load.problems.size(), 1u);
    EXPECT_EQ(load.problems[0].toString(),
              path + QStringLiteral(":/features/0: error: the geometry is a Line String; a district needs a Polygon or MultiPolygon"));
}

TEST(Boundaries, EveryBadFeatureIsReportedAtOnce)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "b.geojson", R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"adcode":1,"name":"甲","name_en":"A"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},
        {"type":"Feature","properties":{"adcode":1,"name":"乙","name_en":"B"},"geometry":{"type":"Polygon","coordinates":[[[1,0],[2,0],[2,1],[1,1],[1,0]]]}},
        {"type":"Feature","properties":{"adcode":3,"name":"","name_en":"C"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[200,0],[2,1],[0,0]]]}}]})");
    const BoundaryLoad load = loadBoundaries(path);
    EXPECT_EQ(toStrings(load.problems), (QStringList{
        path + QStringLiteral(":/features/1: error: adcode 1 appears more than once"),
        path + QStringLiteral(":/features/2: error: the feature has no name"),
        path + QStringLiteral(":/features/2: error: position 1 (200, 0) is outside longitude ±180 / latitude ±90; boundaries must be WGS84 longitude/latitude"),
    }));
    EXPECT_TRUE(load.set.districts.empty()); // nothing half-loaded
}
