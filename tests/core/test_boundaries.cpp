// SPDX-License-Identifier: MIT
#include "geo/boundaries.h"
#include "geo/topology.h"
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
    EXPECT_EQ(codes,
            (std::set<int> {310101, 310104, 310105, 310106, 310107, 310109, 310110, 310112, 310113, 310114, 310115, 310116,
                    310117, 310118, 310120, 310151}));
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

class WellKnownPlaces : public ::testing::TestWithParam<Place>
{ };

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
INSTANTIATE_TEST_SUITE_P(Shanghai, WellKnownPlaces,
        ::testing::Values(Place {"People's Square", 31.2304, 121.4737, 310101},
                Place {"Oriental Pearl Tower", 31.2397, 121.4998, 310115}, Place {"Pudong Airport", 31.1443, 121.8083, 310115},
                Place {"Xujiahui", 31.1950, 121.4370, 310104}, Place {"Zhongshan Park", 31.2195, 121.4178, 310105},
                Place {"Jing'an Temple", 31.2235, 121.4450, 310106}, Place {"Changfeng Park", 31.2290, 121.3970, 310107},
                Place {"Lu Xun Park", 31.2731, 121.4800, 310109}, Place {"Fudan University", 31.2990, 121.5030, 310110},
                Place {"SJTU Minhang campus", 31.0250, 121.4330, 310112},
                Place {"Jiading Confucius Temple", 31.3837, 121.2500, 310114}, Place {"Sheshan", 31.0960, 121.1890, 310117},
                Place {"Zhujiajiao", 31.1090, 121.0580, 310118}, Place {"Jinshan City Beach", 30.7250, 121.3400, 310116},
                Place {"Nanqiao", 30.9180, 121.4740, 310120}, Place {"Chengqiao, Chongming Island", 31.6230, 121.4000, 310151},
                Place {"Changxing Island", 31.3900, 121.7100, 310151}, Place {"Suzhou", 31.2990, 120.5853, 0},
                Place {"Hangzhou", 30.2741, 120.1551, 0}, Place {"East China Sea", 31.0000, 122.5000, 0}),
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
    EXPECT_EQ(load.problems[0].toString(),
            QStringLiteral("/nonexistent/boundaries.geojson: error: the boundary file does not exist"));
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
            path
                    + QStringLiteral(
                            ":/features/0: error: the geometry is a Line String; a district needs a Polygon or MultiPolygon"));
}

TEST(Boundaries, EveryBadFeatureIsReportedAtOnce)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "b.geojson", R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"adcode":1,"name":"甲","name_en":"A"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},
        {"type":"Feature","properties":{"adcode":1,"name":"乙","name_en":"B"},"geometry":{"type":"Polygon","coordinates":[[[1,0],[2,0],[2,1],[1,1],[1,0]]]}},
        {"type":"Feature","properties":{"adcode":3,"name":"","name_en":"C"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[200,0],[2,1],[0,0]]]}}]})");
    const BoundaryLoad load = loadBoundaries(path);
    EXPECT_EQ(toStrings(load.problems),
            (QStringList {
                    path + QStringLiteral(":/features/1: error: adcode 1 appears more than once"),
                    path + QStringLiteral(":/features/2: error: the feature has no name"),
                    path
                            + QStringLiteral(":/features/2: error: position 1 (200, 0) is outside longitude ±180 / latitude ±90; "
                                             "boundaries must be WGS84 longitude/latitude"),
            }));
    EXPECT_TRUE(load.set.districts.empty()); // nothing half-loaded
}

// --- the forms people write district codes in, and what else a published file holds (issue 13) ---

namespace {
QByteArray squareFeature(const char *adcode, double lon, double lat, const char *name = "甲区")
{
    return QStringLiteral(
            R"({"type":"Feature","properties":{"adcode":%1,"name":"%2","name_en":"A"},"geometry":{"type":"Polygon","coordinates":[[[%3,%4],[%5,%4],[%5,%6],[%3,%6],[%3,%4]]]}})")
            .arg(QLatin1String(adcode), QString::fromUtf8(name))
            .arg(lon)
            .arg(lat)
            .arg(lon + 0.1)
            .arg(lat + 0.1)
            .toUtf8();
}

QByteArray collection(const QList<QByteArray> &features)
{
    QByteArray out = R"({"type":"FeatureCollection","features":[)";
    for (qsizetype i = 0; i < features.size(); ++i)
        out += (i ? "," : "") + features[i];
    return out + "]}";
}

DistrictShape square(int adcode, const char *name, double minLon, double minLat, double maxLon, double maxLat)
{
    DistrictShape s;
    s.adcode = adcode;
    s.nameZh = QString::fromUtf8(name);
    s.polygons.push_back({{{minLon, minLat}, {maxLon, minLat}, {maxLon, maxLat}, {minLon, maxLat}, {minLon, minLat}}, {}});
    s.bounds = boundsOf(s.polygons);
    return s;
}
} // namespace

TEST(Boundaries, DistrictCodesAsNumbersStringsAndDecimals)
{
    const BoundaryLoad load = loadBoundariesFromBytes(
            collection({squareFeature("\"310101\"", 121.0, 31.0), squareFeature("310104.0", 121.2, 31.0),
                    squareFeature("\"310105.0\"", 121.4, 31.0)}),
            QStringLiteral("b.geojson"));
    ASSERT_TRUE(load.ok()) << toStrings(load.problems).join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(load.set.districts.size(), 3u);
    EXPECT_EQ(load.set.districts[0].adcode, 310101);
    EXPECT_EQ(load.set.districts[1].adcode, 310104);
    EXPECT_EQ(load.set.districts[2].adcode, 310105);
}

TEST(Boundaries, TheTwelveDigitStatisticalCodeIsExplained)
{
    const BoundaryLoad load = loadBoundariesFromBytes(
            collection({squareFeature("310115000000", 121.0, 31.0), squareFeature("\"pudong\"", 121.2, 31.0)}),
            QStringLiteral("b.geojson"));
    EXPECT_EQ(toStrings(load.problems),
            (QStringList {
                    QStringLiteral("b.geojson:/features/0: error: adcode 310115000000 is the 12-digit statistical code — write "
                                   "the 6-digit 310115"),
                    QStringLiteral("b.geojson:/features/1: error: adcode \"pudong\" is not a positive whole number"),
            }));
}

TEST(Boundaries, MissingPropertiesSayWhatTheFileHasAndWhatToDo)
{
    // DataV's layout: adcode and name, no name_en; the geometry is still checked in the same pass
    const QByteArray bytes = R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"adcode":310101,"name":"黄浦区","level":"district"},"geometry":{"type":"Polygon","coordinates":[[[121,31],[121.2,31.1],[121.2,31],[121,31.2],[121,31]]]}}]})";
    const BoundaryLoad load = loadBoundariesFromBytes(bytes, QStringLiteral("310000_full.json"));
    EXPECT_EQ(toStrings(load.problems),
            (QStringList {
                    QStringLiteral(
                            "310000_full.json: error: the features lack the property name_en (they have adcode, name, level): "
                            "import the file "
                            "with --import-boundaries, which finds the district code and joins the names from districts.json"),
                    QStringLiteral("310000_full.json:/features/0: error: the boundary of 黄浦区 (adcode 310101) is not a valid "
                                   "polygon: self-intersection at or near point 121.1333333 31.06666667"),
            }));
}

TEST(Boundaries, EChartsEncodedCoordinatesSayToImport)
{
    const BoundaryLoad load = loadBoundariesFromBytes(
            R"({"type":"FeatureCollection","UTF8Encoding":true,"features":[{"type":"Feature","id":"310101","properties":{"name":"黄浦区"},"geometry":{"type":"Polygon","coordinates":["@@AHV@BD"],"encodeOffsets":[[124373,31970]]}}]})",
            QStringLiteral("shanghai.json"));
    EXPECT_EQ(toStrings(load.problems),
            QStringList {QStringLiteral(
                    "shanghai.json: error: ECharts-encoded coordinates: import the file with --import-boundaries")});
}

TEST(Boundaries, GbkTextIsRecognised)
{
    QByteArray bytes = collection({squareFeature("310101", 121.0, 31.0)});
    const QByteArray utf8Name = QStringLiteral("甲区").toUtf8();
    bytes.replace(utf8Name, QByteArray("\xbc\xd7\xc7\xf8")); // 甲区 in GBK
    const BoundaryLoad load = loadBoundariesFromBytes(bytes, QStringLiteral("b.geojson"));
    EXPECT_EQ(toStrings(load.problems),
            QStringList {QStringLiteral(
                    "b.geojson:1:97: error: ill-formed UTF-8: the text looks like GBK-encoded Chinese; save it as UTF-8")});
}

TEST(Topology, OverlappingDistrictsAreAnErrorNamingBoth)
{
    const DistrictShape a = square(310101, "黄浦区", 121.40, 31.20, 121.50, 31.30);
    const DistrictShape b = square(310104, "徐汇区", 121.48, 31.20, 121.60, 31.30); // 0.02° into a
    const DistrictShape c = square(310105, "长宁区", 121.60, 31.20, 121.70, 31.30); // touches b
    const Problems p = checkTopology({&a, &b, &c}, QStringLiteral("b.geojson"),
            {QStringLiteral("/features/0"), QStringLiteral("/features/1"), QStringLiteral("/features/2")});
    EXPECT_EQ(toStrings(p),
            QStringList {QStringLiteral(
                    "b.geojson:/features/1: error: 黄浦区 (adcode 310101) and 徐汇区 (adcode 310104) overlap: "
                    "21.05 km² lie in both, e.g. around 31.25000, 121.49000 (lat, lon); a place must lie in one district only")});
}

TEST(Topology, GapsBetweenDistrictsAreAWarningSliversAreNot)
{
    // four districts round a gap 0.01° (~950 m) wide; then the same with a 0.0003° (~28 m) sliver
    for (const double gap : {0.01, 0.0003}) {
        const DistrictShape a = square(310101, "黄浦区", 121.40, 31.20, 121.50, 31.30);
        const DistrictShape b = square(310104, "徐汇区", 121.50 + gap, 31.20, 121.60, 31.30);
        const DistrictShape c = square(310105, "长宁区", 121.40, 31.30, 121.60, 31.40);
        const DistrictShape d = square(310106, "静安区", 121.40, 31.10, 121.60, 31.20);
        const Problems p = checkTopology({&a, &b, &c, &d}, QStringLiteral("b.geojson"));
        if (gap > 0.001) {
            EXPECT_EQ(toStrings(p),
                    QStringList {QStringLiteral(
                            "b.geojson: warning: a gap of 10.52 km² between 黄浦区 (adcode 310101), 徐汇区 (adcode 310104), "
                            "长宁区 (adcode 310105), 静安区 (adcode 310106) around 31.25000, 121.50500 (lat, lon): no district "
                            "covers it")});
        } else {
            EXPECT_TRUE(p.empty()) << toStrings(p).join(QLatin1Char('\n')).toStdString();
        }
    }
}

TEST(Topology, AGapInsideDistrictsThatShareTheirBordersExactlyIsFound)
{
    // eight districts round a hole, on a grid: every shared border has the same vertices on both
    // sides (a valid polygonal coverage, as the bundled data is), which takes GEOS's coverage path
    const char *names[] = {"黄浦区", "徐汇区", "长宁区", "静安区", "普陀区", "虹口区", "杨浦区", "闵行区"};
    std::vector<DistrictShape> grid;
    for (int row = 0; row < 3; ++row)
        for (int col = 0; col < 3; ++col)
            if (row != 1 || col != 1) {
                const size_t k = grid.size();
                auto lon = [](int c) { return 121.40 + c / 10.0; };
                auto lat = [](int r) { return 31.10 + r / 10.0; };
                grid.push_back(square(310101 + int(k), names[k], lon(col), lat(row), lon(col + 1), lat(row + 1)));
            }
    std::vector<const DistrictShape *> shapes;
    for (const auto &g : grid)
        shapes.push_back(&g);
    const QStringList p = toStrings(checkTopology(shapes, QStringLiteral("b.geojson")));
    ASSERT_EQ(p.size(), 1) << p.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(p[0].startsWith(QStringLiteral("b.geojson: warning: a gap of 105.23 km² between 黄浦区 (adcode 310101), ")))
            << p[0].toStdString();
    EXPECT_TRUE(p[0].endsWith(QStringLiteral("around 31.25000, 121.55000 (lat, lon): no district covers it")))
            << p[0].toStdString();
}

TEST(Topology, TheBundledDistrictsTile)
{
    const auto &data = simtest::bundled();
    std::vector<const DistrictShape *> shapes;
    for (const auto &s : data.shapes)
        shapes.push_back(&s);
    EXPECT_TRUE(checkTopology(shapes, QStringLiteral("boundaries.geojson")).empty());
}
