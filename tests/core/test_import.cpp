// SPDX-License-Identifier: MIT
// The boundary importer (issue 13) against the untouched public originals in
// ../shared/real-world-boundaries/_sources/ (read from there, never copied into the repository).
#include "import/boundaryimport.h"
#include "geo/boundaries.h"
#include "geo/gcj02.h"
#include "geo/hitindex.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QCryptographicHash>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>

using namespace sim;

namespace {

QString sourcesDir()
{
    return QStringLiteral(SIM_SHARED_DIR "/real-world-boundaries/_sources");
}

#define REQUIRE_SOURCE(path)                                                                                                     \
    if (!QFileInfo::exists(path))                                                                                                \
        GTEST_SKIP() << "the public original " << (path).toStdString()                                                           \
                     << " is absent (../shared/real-world-boundaries/_sources/ beside the checkout)";

bool copyDir(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir src(from);
    for (const QFileInfo &fi : src.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = to + QLatin1Char('/') + fi.fileName();
        if (fi.isDir() ? !copyDir(fi.filePath(), target) : !QFile::copy(fi.filePath(), target))
            return false;
    }
    return true;
}

/** A copy of the bundled data without its boundary file, in a temporary directory. */
struct DataCopy {
    QTemporaryDir tmp;
    QString dir;
    DataCopy()
    {
        dir = tmp.filePath(QStringLiteral("data"));
        if (!copyDir(simtest::dataDir(), dir))
            throw std::runtime_error("cannot copy the data directory");
        QFile::remove(dir + QStringLiteral("/boundaries.geojson"));
    }
};

QString joined(const Problems &problems)
{
    return toStrings(problems).join(QLatin1Char('\n'));
}

struct Place {
    const char *name;
    double lat, lon; // WGS84
};

// Well-known places well away from any district border (WGS84).
const Place kPlaces[] = {
        {"人民广场 People's Square", 31.2304, 121.4737},
        {"陆家嘴 Lujiazui", 31.2397, 121.4998},
        {"徐家汇 Xujiahui", 31.1950, 121.4370},
        {"虹桥机场 Hongqiao Airport", 31.1979, 121.3363},
        {"松江大学城 Songjiang University Town", 31.0480, 121.2130},
        {"崇明城桥镇 Chengqiao, Chongming", 31.6230, 121.4000},
        {"浦东机场 Pudong Airport", 31.1443, 121.8083},
        {"复旦大学 Fudan University", 31.2990, 121.5030},
        {"朱家角 Zhujiajiao", 31.1090, 121.0580},
        {"嘉定孔庙 Jiading Confucius Temple", 31.3837, 121.2500},
        {"闵行交大 SJTU Minhang", 31.0250, 121.4330},
        {"南桥 Nanqiao", 30.9180, 121.4740},
};

/** The imported data validates, and the places fall in the same districts as with the bundled data. */
void expectSameDistricts(const QString &dir)
{
    const DatasetLoad load = loadDataset(dir);
    ASSERT_TRUE(load.dataset) << joined(load.problems).toStdString();
    for (const auto &p : load.problems) // warnings (gaps along borders of coarse data) may remain
        EXPECT_FALSE(p.isError()) << p.toString().toStdString();
    const Dataset &imported = *load.dataset;
    const Dataset &bundled = simtest::bundled();
    ASSERT_EQ(imported.districts.size(), 16u);
    for (const Place &place : kPlaces) {
        const int want = bundled.districtAt({place.lon, place.lat});
        ASSERT_GE(want, 0) << place.name;
        const int got = imported.districtAt({place.lon, place.lat});
        ASSERT_GE(got, 0) << place.name << " lies in no imported district";
        EXPECT_EQ(imported.districts[size_t(got)].adcode, bundled.districts[size_t(want)].adcode) << place.name;
    }
}

nlohmann::json readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    return nlohmann::json::parse(f.readAll().toStdString(), nullptr, false);
}

QString sha256Of(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

} // namespace

TEST(Gcj02, InverseUndoesTheForwardFormula)
{
    for (const LonLat p :
            {LonLat {121.4737, 31.2304}, LonLat {121.8083, 31.1443}, LonLat {121.4, 31.623}, LonLat {116.39, 39.9}}) {
        const LonLat g = wgs84ToGcj02(p);
        EXPECT_GT(std::hypot(g.lon - p.lon, g.lat - p.lat), 0.003); // ~400–500 m: really shifted
        const LonLat back = gcj02ToWgs84(g);
        EXPECT_NEAR(back.lon, p.lon, 1e-8);
        EXPECT_NEAR(back.lat, p.lat, 1e-8);
    }
}

TEST(Import, DistrictCodesInTheFormsPeopleWriteThem)
{
    EXPECT_EQ(readDistrictCode(QStringLiteral("310115")), 310115);
    EXPECT_EQ(readDistrictCode(QStringLiteral("310115.0")), 310115);
    EXPECT_EQ(readDistrictCode(QStringLiteral(" 310115 ")), 310115);
    EXPECT_EQ(readDistrictCode(QStringLiteral("310115000000")), 310115);
    QString why;
    EXPECT_FALSE(readDistrictCode(QStringLiteral("310115001000"), &why));
    EXPECT_EQ(why, QStringLiteral("310115001000 is the code of a town or village, not of a district"));
    EXPECT_FALSE(readDistrictCode(QStringLiteral("pudong"), &why));
    EXPECT_EQ(why, QStringLiteral("\"pudong\" is not a district code (6 digits, e.g. 310115)"));
    EXPECT_FALSE(readDistrictCode(QStringLiteral("3101"), &why));
    EXPECT_EQ(why, QStringLiteral("3101 is not a district code (6 digits, e.g. 310115)"));
}

TEST(Import, EChartsDecoderAgreesWithTheBundledGeometry)
{
    const QString path = sourcesDir() + QStringLiteral("/echarts-f5cd638-shanghai.json");
    REQUIRE_SOURCE(path);
    // The first position of an ECharts ring is its offset: "@@" is a zero delta.
    const auto ring = decodeEChartsRing(QStringLiteral("@@AH"), 124373, 31970);
    ASSERT_EQ(ring.size(), 2u);
    EXPECT_DOUBLE_EQ(ring[0].lon, 124373 / 1024.0);
    EXPECT_DOUBLE_EQ(ring[0].lat, 31970 / 1024.0);
    EXPECT_DOUBLE_EQ(ring[1].lon, (124373 - 1) / 1024.0); // 'A' = 65 → 1 → zigzag −1
    EXPECT_DOUBLE_EQ(ring[1].lat, (31970 + 4) / 1024.0); // 'H' = 72 → 8 → zigzag +4

    // Decoded Pudong (a MultiPolygon of three parts) lies where the bundled Pudong does.
    DataCopy data;
    const BoundaryImportResult r = importBoundaries(path, {data.dir, SourceDatum::Detect, false});
    ASSERT_TRUE(r.ok) << joined(r.problems).toStdString();
    const BoundaryLoad imported = loadBoundaries(r.written);
    const DistrictShape *pudong = imported.set.byAdcode(310115);
    const DistrictShape *bundled = simtest::bundled().shapes.data() + simtest::bundled().indexOfAdcode(310115);
    ASSERT_NE(pudong, nullptr);
    const LonLat a = pudong->bounds.center(), b = bundled->bounds.center();
    const double km = std::hypot((a.lon - b.lon) * 95.1, (a.lat - b.lat) * 111.2);
    EXPECT_LT(km, 3.0) << "decoded Pudong's centre is " << km << " km from the bundled one";
    const double areaRatio = approximateAreaKm2(pudong->polygons) / approximateAreaKm2(bundled->polygons);
    EXPECT_NEAR(areaRatio, 1.0, 0.15);
}

TEST(Import, DataVFileImportsAndConvertsFromGcj02)
{
    const QString path = sourcesDir() + QStringLiteral("/GeoMapData_CN-V3-province-310000.json");
    REQUIRE_SOURCE(path);
    DataCopy data;
    const BoundaryImportResult r = importBoundaries(path, {data.dir, SourceDatum::Detect, false});
    ASSERT_TRUE(r.ok) << joined(r.problems).toStdString();
    EXPECT_TRUE(r.problems.empty()) << joined(r.problems).toStdString();
    ASSERT_GE(r.report.size(), 3);
    EXPECT_EQ(r.report[0], QStringLiteral("Read %1: GeoJSON FeatureCollection, 16 feature(s)").arg(path));
    EXPECT_EQ(r.report[1], QStringLiteral("  district codes from adcode; names from name"));
    EXPECT_TRUE(r.report[2].startsWith(QStringLiteral("Datum: GCJ-02 detected (16 of 16 districts lie about ")))
            << r.report[2].toStdString();
    EXPECT_TRUE(r.report[2].endsWith(QStringLiteral("as GCJ-02 shifts them), converted to WGS84"))) << r.report[2].toStdString();
    EXPECT_EQ(r.written, data.dir + QStringLiteral("/boundaries.geojson"));
    expectSameDistricts(data.dir);

    // The record of where the file came from.
    const auto manifest = readJson(r.manifestPath);
    ASSERT_TRUE(manifest.is_object());
    EXPECT_EQ(manifest["sources"][0]["file"], "GeoMapData_CN-V3-province-310000.json");
    EXPECT_EQ(QString::fromStdString(manifest["sources"][0]["sha256"].get<std::string>()), sha256Of(path));
    EXPECT_EQ(manifest["datum"]["source"], "GCJ-02");
    EXPECT_EQ(manifest["districts"], 16);
    EXPECT_TRUE(manifest["dropped"].empty());

    // Never over an existing file without --force; with it, replaced.
    const QByteArray before = [&] {
        QFile f(r.written);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    const BoundaryImportResult again = importBoundaries(path, {data.dir, SourceDatum::Detect, false});
    EXPECT_FALSE(again.ok);
    EXPECT_EQ(joined(again.problems),
            r.written + QStringLiteral(": error: the file exists; add --force to replace it\n") + r.manifestPath
                    + QStringLiteral(": error: the file exists; add --force to replace it"));
    const BoundaryImportResult forced = importBoundaries(path, {data.dir, SourceDatum::Wgs84, true});
    ASSERT_TRUE(forced.ok) << joined(forced.problems).toStdString();
    EXPECT_EQ(forced.report[2], QStringLiteral("Datum: WGS84 (--datum wgs84), kept as is"));
    // kept in GCJ-02 as asked: the loader's own check now warns
    ASSERT_EQ(forced.problems.size(), 1u) << joined(forced.problems).toStdString();
    EXPECT_TRUE(forced.problems[0].message.startsWith(QStringLiteral("the boundaries look like GCJ-02")))
            << forced.problems[0].message.toStdString();
    const QByteArray after = [&] {
        QFile f(r.written);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    EXPECT_NE(before, after);
}

TEST(Import, EChartsFileImports)
{
    const QString path = sourcesDir() + QStringLiteral("/echarts-f5cd638-shanghai.json");
    REQUIRE_SOURCE(path);
    DataCopy data;
    const BoundaryImportResult r = importBoundaries(path, {data.dir, SourceDatum::Detect, false});
    ASSERT_TRUE(r.ok) << joined(r.problems).toStdString();
    // on a 1/1024° grid (~100 m) the borders leave gaps: warnings, each naming the districts around it
    for (const auto &p : r.problems)
        EXPECT_TRUE(!p.isError() && p.message.startsWith(QStringLiteral("a gap of "))) << p.toString().toStdString();
    EXPECT_EQ(
            r.report[0], QStringLiteral("Read %1: ECharts map (GeoJSON with UTF8Encoding coordinates), 16 feature(s)").arg(path));
    EXPECT_TRUE(
            r.report.join(QLatin1Char('\n'))
                    .contains(QStringLiteral(
                            "Repaired the rings that decoding at ECharts' 1/1024° precision made touch or cross themselves")));
    EXPECT_TRUE(r.report.join(QLatin1Char('\n'))
                        .contains(QStringLiteral("Removed the overlaps between neighbours that ECharts' 1/1024° grid leaves")));
    // 崇明区 has no id in ECharts' file: joined by its name
    EXPECT_TRUE(r.report.contains(
            QStringLiteral("  崇明区 has no district code in the file; adcode 310151 from districts.json by its name")))
            << r.report.join(QLatin1Char('\n')).toStdString();
    expectSameDistricts(data.dir);
}

TEST(Import, AmapFilesImportFromTheirDirectory)
{
    const QString path = sourcesDir() + QStringLiteral("/shfshanyue-data");
    REQUIRE_SOURCE(path);
    DataCopy data;
    const BoundaryImportResult r = importBoundaries(path, {data.dir, SourceDatum::Detect, false});
    ASSERT_TRUE(r.ok) << joined(r.problems).toStdString();
    EXPECT_TRUE(r.problems.empty()) << joined(r.problems).toStdString();
    EXPECT_EQ(r.report[0],
            QStringLiteral("Read %1 (16 files): Amap district boundary (code, name, coordinates), 16 feature(s)").arg(path));
    EXPECT_TRUE(r.report[2].startsWith(QStringLiteral("Datum: GCJ-02 detected"))) << r.report[2].toStdString();
    expectSameDistricts(data.dir);
    const auto manifest = readJson(r.manifestPath);
    ASSERT_EQ(manifest["sources"].size(), 16u);
    EXPECT_EQ(manifest["sources"][10]["file"], "shfshanyue-data/310115.json");
    EXPECT_EQ(QString::fromStdString(manifest["sources"][10]["sha256"].get<std::string>()),
            sha256Of(path + QStringLiteral("/310115.json")));
}

TEST(Import, TheWholeCityAloneIsNoDistrict)
{
    const QString path = sourcesDir() + QStringLiteral("/shfshanyue-china-geojson-310000.json");
    REQUIRE_SOURCE(path);
    DataCopy data;
    const BoundaryImportResult r = importBoundaries(path, {data.dir, SourceDatum::Detect, false});
    EXPECT_FALSE(r.ok);
    const QStringList lines = toStrings(r.problems);
    ASSERT_EQ(lines.size(), 17) << lines.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(lines[0],
            path
                    + QStringLiteral(": warning: dropped 1 feature(s) the data does not use: 上海市 310000 (not a district of "
                                     "districts.json)"));
    EXPECT_EQ(lines[1],
            path
                    + QStringLiteral(
                            ": error: no boundary for 黄浦区 (adcode 310101), a district of districts.json; is the file older "
                            "or newer than the data? (Shanghai's districts were merged and renamed 2009–2016)"));
    EXPECT_FALSE(QFileInfo::exists(data.dir + QStringLiteral("/boundaries.geojson")));
}

TEST(Import, ThePre2009SetIsRefusedWithEveryProblemAtOnce)
{
    const QString path = sourcesDir() + QStringLiteral("/webdemo-shang_hai_geo.json");
    REQUIRE_SOURCE(path);
    DataCopy data;
    const BoundaryImportResult r = importBoundaries(path, {data.dir, SourceDatum::Detect, false});
    EXPECT_FALSE(r.ok);
    const QString all = joined(r.problems);
    EXPECT_EQ(
            r.report[0], QStringLiteral("Read %1: ECharts map (GeoJSON with UTF8Encoding coordinates), 19 feature(s)").arg(path));
    // the four codes that no longer exist, in one warning
    EXPECT_TRUE(all.contains(path
            + QStringLiteral(": warning: dropped 4 feature(s) the data does not use: 崇明县 310230 (not a district of "
                             "districts.json), 南汇区 310119 (not a district of districts.json), 闸北区 310108 (not a "
                             "district of districts.json), 卢湾区 310103 (not a district of districts.json)")))
            << all.toStdString();
    // today's 崇明区 is missing
    EXPECT_TRUE(
            all.contains(path + QStringLiteral(": error: no boundary for 崇明区 (adcode 310151), a district of districts.json;")))
            << all.toStdString();
    // and, in the same pass, the geometry: the self-intersections ECharts' grid made are repaired,
    // and the holes that 卢湾区 and 闸北区 leave in today's map are named
    EXPECT_TRUE(r.report.join(QLatin1Char('\n')).contains(QStringLiteral("Repaired the rings")))
            << r.report.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral(
            "warning: a gap of 29.07 km² between 黄浦区 (adcode 310101), 静安区 (adcode 310106), 普陀区 (adcode 310107), "
            "虹口区 (adcode 310109), 宝山区 (adcode 310113)")))
            << all.toStdString();
    EXPECT_EQ(r.report.last(), QStringLiteral("Nothing written: see the problems listed"));
    EXPECT_FALSE(QFileInfo::exists(data.dir + QStringLiteral("/boundaries.geojson")));
}

TEST(Import, HandMadeRectanglesAreNotShanghai)
{
    const QString path = sourcesDir() + QStringLiteral("/txsb-shanghai-map.json");
    REQUIRE_SOURCE(path);
    DataCopy data;
    const BoundaryImportResult r = importBoundaries(path, {data.dir, SourceDatum::Detect, false});
    EXPECT_FALSE(r.ok) << r.report.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(r.problems.empty());
}

TEST(Import, AmapDistrictApiAndCodeForms)
{
    // Amap's district API answer (districts[].polyline), built from the bundled data's own rings
    // shifted into GCJ-02; codes as strings, one as the 12-digit statistical code.
    DataCopy data;
    const Dataset &bundled = simtest::bundled();
    nlohmann::json children = nlohmann::json::array();
    for (size_t i = 0; i < bundled.districts.size(); ++i) {
        QStringList parts;
        for (const Polygon &p : bundled.shapes[i].polygons) {
            QStringList positions;
            for (const LonLat &q : p.outer) {
                const LonLat g = wgs84ToGcj02(q);
                positions << QStringLiteral("%1,%2").arg(g.lon, 0, 'f', 7).arg(g.lat, 0, 'f', 7);
            }
            parts << positions.join(QLatin1Char(';'));
        }
        const int code = bundled.districts[i].adcode;
        children.push_back({{"adcode", code == 310115 ? "310115000000" : std::to_string(code)},
                {"name", bundled.districts[i].name.zh.toStdString()}, {"level", "district"},
                {"polyline", parts.join(QLatin1Char('|')).toStdString()}});
    }
    const nlohmann::json api = {{"status", "1"}, {"info", "OK"},
            {"districts", {{{"adcode", "310000"}, {"name", "上海市"}, {"level", "province"}, {"districts", children}}}}};
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("amap.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::fromStdString(api.dump()));
    f.close();
    const BoundaryImportResult r = importBoundaries(path, {data.dir, SourceDatum::Detect, false});
    ASSERT_TRUE(r.ok) << joined(r.problems).toStdString();
    EXPECT_EQ(r.report[0], QStringLiteral("Read %1: Amap district API data (districts[].polyline), 16 feature(s)").arg(path));
    EXPECT_TRUE(r.report[2].startsWith(QStringLiteral("Datum: GCJ-02 detected (16 of 16 districts")))
            << r.report[2].toStdString();
    expectSameDistricts(data.dir);
    // converted back to within a few centimetres of the original positions
    const BoundaryLoad back = loadBoundaries(r.written);
    const LonLat a = back.set.byAdcode(310101)->polygons[0].outer[5];
    const LonLat b = bundled.shapes[size_t(bundled.indexOfAdcode(310101))].polygons[0].outer[5];
    EXPECT_NEAR(a.lon, b.lon, 1e-6);
    EXPECT_NEAR(a.lat, b.lat, 1e-6);
}

TEST(Import, WhatItCannotReadIsSaidClearly)
{
    DataCopy data;
    QTemporaryDir tmp;
    auto write = [&](const char *name, const QByteArray &bytes) {
        const QString p = tmp.filePath(QLatin1String(name));
        QFile f(p);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return p;
    };
    const QString other = write("other.json", R"({"rows": [], "meta": {}})");
    BoundaryImportResult r = importBoundaries(other, {data.dir, SourceDatum::Detect, false});
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(joined(r.problems),
            other
                    + QStringLiteral(": error: not a boundary format the importer knows: an object with the keys "
                                     "meta, rows; expected a GeoJSON FeatureCollection, an ECharts map, or Amap district data"));
    const QString missing = tmp.filePath(QStringLiteral("nothing.json"));
    r = importBoundaries(missing, {data.dir, SourceDatum::Detect, false});
    EXPECT_EQ(joined(r.problems), missing + QStringLiteral(": error: the file does not exist"));
    r = importBoundaries(other, {tmp.path(), SourceDatum::Detect, false});
    EXPECT_EQ(joined(r.problems),
            tmp.path()
                    + QStringLiteral(": error: not a data directory: it has no dataset.json (copy a data "
                                     "directory, e.g. the bundled data/, and import into the copy)"));
}
