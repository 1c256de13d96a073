// SPDX-License-Identifier: MIT
// The table and map exports (issue 15) through the core: the CSV's bytes (BOM, RFC 4180 quoting,
// plain numbers, empty no-data fields), the XLSX written by libxlsxwriter, the map as PNG and SVG
// (text as text, the SVG rendered by QSvgRenderer against the PNG), and every failure leaving an
// existing file byte for byte. The real readers (Python's csv, openpyxl, rsvg-convert) check the
// files the executable writes in tests/smoke/export_views.cmake.
#include "data/dataset.h"
#include "export/mapimage.h"
#include "export/table.h"
#include "export/tablefile.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sim;

namespace {

std::shared_ptr<const Dataset> threeDistricts()
{
    static const DatasetLoad load = loadDataset(simtest::fixture("three-districts"));
    if (!load.dataset)
        throw std::runtime_error("the three-districts fixture does not load");
    return load.dataset;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST(TableCsv, LayoutBomQuotingAndNoData)
{
    const QByteArray csv = districtTableCsv(buildDistrictTable(*threeDistricts()), Lang::En);
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    ASSERT_GE(lines.size(), 8);
    EXPECT_EQ(lines[0], QByteArray("\"id\",\"adcode\",\"District\",\"Area (km²)\",\"Platforms\"\r"));
    EXPECT_EQ(lines[1], QByteArray("\"alpha\",1,\"Alpha District\",7800.5,1\r"));
    EXPECT_EQ(lines[2], QByteArray("\"beta\",2,\"Beta District\",8100,0\r"));
    EXPECT_EQ(lines[3], QByteArray("\"gamma\",3,\"Gamma District\",,0\r")); // no data: empty, not 0
    EXPECT_EQ(lines[4], QByteArray("\r"));
    EXPECT_EQ(lines[5], QByteArray("\"metric\",\"label\",\"unit\",\"year\",\"source\",\"url\"\r"));
    EXPECT_EQ(lines[6], QByteArray("\"area\",\"Area\",\"km²\",2024,\"Test statistics\",\"\"\r"));
    EXPECT_EQ(lines[7],
            QByteArray("\"platform-count\",\"Platforms\",\"\",,\"Counts the platforms that section “Test notes” of "
                       "the Tests names for each district; not all of a district's platforms.\",\"\"\r"));

    // Quotes inside a field are doubled; commas and line breaks stay inside the quotes.
    DistrictTable odd = buildDistrictTable(*threeDistricts());
    odd.rows[0].name.en = QStringLiteral("The \"Alpha\", District\nnorth");
    odd.rows[0].values[0] = 1234567.25;
    const QByteArray quoted = districtTableCsv(odd, Lang::En);
    EXPECT_TRUE(quoted.contains("\"alpha\",1,\"The \"\"Alpha\"\", District\nnorth\",1234567.25,1\r\n")) << quoted.constData();
}

TEST(TableCsv, ChineseHeadersAndBundledNumbersWithoutSeparators)
{
    const QByteArray csv = districtTableCsv(buildDistrictTable(simtest::bundled()), Lang::Zh);
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    EXPECT_TRUE(lines[0].startsWith(
            "\"id\",\"adcode\",\"区\",\"行政区域面积（平方公里）\",\"年末常住人口（万人）\",\"人口密度（人/平方公里）\""))
            << lines[0].constData();
    // Pudong: 1,210.41 km², 578.58万人, 4,780 per km² — as numbers, without grouping.
    const auto pudong = std::find_if(lines.begin(), lines.end(), [](const QByteArray &l) { return l.startsWith("\"pudong\""); });
    ASSERT_NE(pudong, lines.end());
    EXPECT_TRUE(pudong->startsWith("\"pudong\",310115,\"浦东新区\",1210.41,578.58,4780,")) << pudong->constData();
}

class ExportFiles : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString path(const char *name) const { return dir.filePath(QLatin1String(name)); }
};

TEST_F(ExportFiles, CsvAndXlsxAreWritten)
{
    const Dataset &data = simtest::bundled();
    ASSERT_EQ(writeDistrictTable(data, path("t.csv"), Lang::En), std::nullopt);
    EXPECT_EQ(readAll(path("t.csv")), districtTableCsv(buildDistrictTable(data), Lang::En));
    ASSERT_EQ(writeDistrictTable(data, path("t.XLSX"), Lang::Zh), std::nullopt);
    const QByteArray xlsx = readAll(path("t.XLSX"));
    EXPECT_TRUE(xlsx.startsWith("PK\x03\x04")); // a zip container
    EXPECT_GT(xlsx.size(), 4000);
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 2) << "no temporary file left behind";
}

TEST_F(ExportFiles, FailuresKeepTheExistingFile)
{
    const Dataset &data = simtest::bundled();
    const QByteArray before("an earlier export\n");
    for (const char *name : {"keep.csv", "keep.xlsx", "keep.png", "keep.svg"})
        writeBytes(path(name), before);

    EXPECT_EQ(writeDistrictTable(data, path("keep.txt"), Lang::En),
            QStringLiteral("Could not write %1: the file name must end in .csv or .xlsx").arg(path("keep.txt")));
    EXPECT_EQ(writeMapImage(data, {}, path("keep.jpg")),
            QStringLiteral("Could not write %1: the file name must end in .png or .svg").arg(path("keep.jpg")));
    MapImageOptions unknown;
    unknown.metric = QStringLiteral("gdp");
    EXPECT_EQ(writeMapImage(data, unknown, path("keep.png")),
            QStringLiteral("Could not write %1: no metric has the key \"gdp\"").arg(path("keep.png")));

    // Unwritable: the "directory" is a regular file (unwritable even for root).
    writeBytes(path("plain-file"), "x");
    const QString blocked = path("plain-file") + QStringLiteral("/t.csv");
    const auto error = writeDistrictTable(data, blocked, Lang::En);
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->startsWith(QStringLiteral("Could not write %1: ").arg(blocked))) << error->toStdString();
    EXPECT_FALSE(QFile::exists(blocked));
    EXPECT_TRUE(writeMapImage(data, {}, path("plain-file") + QStringLiteral("/m.svg")).has_value());

    EXPECT_EQ(writeDistrictTable(data, dir.path(), Lang::En),
            QStringLiteral("Could not write %1: the file name must end in .csv or .xlsx").arg(dir.path()));

    for (const char *name : {"keep.csv", "keep.xlsx", "keep.png", "keep.svg"})
        EXPECT_EQ(readAll(path(name)), before) << name;
}

TEST_F(ExportFiles, NeverIntoTheDataDirectory)
{
    // A copy of the fixture as the data directory, with a file in it that must survive.
    const QString data = path("data");
    ASSERT_TRUE(QDir().mkpath(data + QStringLiteral("/sources")));
    const QDir fixture(simtest::fixture("three-districts"));
    for (const QString &f : fixture.entryList(QDir::Files))
        ASSERT_TRUE(QFile::copy(fixture.filePath(f), data + QLatin1Char('/') + f));
    for (const QString &f : QDir(fixture.filePath(QStringLiteral("sources"))).entryList(QDir::Files))
        ASSERT_TRUE(QFile::copy(fixture.filePath(QStringLiteral("sources/") + f), data + QStringLiteral("/sources/") + f));
    const DatasetLoad load = loadDataset(data);
    ASSERT_TRUE(load.dataset);
    writeBytes(data + QStringLiteral("/sources/table.csv"), "keep\n");
    const QString target = data + QStringLiteral("/sources/table.csv");
    const QString message
            = QStringLiteral("%1 is inside the data directory %2, which this application never writes to. Choose another folder.")
                      .arg(target, load.dataset->dir);
    EXPECT_EQ(writeDistrictTable(*load.dataset, target, Lang::En), message);
    EXPECT_EQ(writeMapImage(*load.dataset, {}, data + QStringLiteral("/map.svg")),
            QStringLiteral(
                    "%1/map.svg is inside the data directory %2, which this application never writes to. Choose another folder.")
                    .arg(data, load.dataset->dir));
    EXPECT_EQ(readAll(target), QByteArray("keep\n"));
    EXPECT_FALSE(QFile::exists(data + QStringLiteral("/map.svg")));
}

TEST_F(ExportFiles, PngAtTheRequestedSizeOrTwiceTheDefault)
{
    const Dataset &data = simtest::bundled();
    MapImageOptions options;
    options.metric = QStringLiteral("population-density");
    ASSERT_EQ(writeMapImage(data, options, path("default.png")), std::nullopt);
    const QImage big(path("default.png"));
    EXPECT_EQ(big.size(), QSize(3200, 2400));
    options.size = QSize(800, 600);
    options.devicePixelRatio = 1;
    options.highlight = data.indexOfId(QStringLiteral("pudong"));
    ASSERT_EQ(writeMapImage(data, options, path("small.png")), std::nullopt);
    const QImage small(path("small.png"));
    ASSERT_EQ(small.size(), QSize(800, 600));
    // The choropleth's darkest class (#253494) is on the map: the densest districts are coloured.
    int darkest = 0;
    for (int y = 0; y < small.height(); ++y)
        for (int x = 0; x < small.width(); ++x)
            darkest += small.pixelColor(x, y) == QColor(0x25, 0x34, 0x94);
    EXPECT_GT(darkest, 200);
}

TEST_F(ExportFiles, SvgKeepsTextAsTextAndDrawsLikeThePng)
{
    const Dataset &data = simtest::bundled();
    MapImageOptions options;
    options.metric = QStringLiteral("population-density");
    options.lang = Lang::En;
    options.size = QSize(800, 600);
    options.devicePixelRatio = 1;
    ASSERT_EQ(writeMapImage(data, options, path("m.svg")), std::nullopt);
    ASSERT_EQ(writeMapImage(data, options, path("m.png")), std::nullopt);
    const QByteArray svg = readAll(path("m.svg"));
    EXPECT_TRUE(svg.contains("<svg"));
    EXPECT_TRUE(svg.contains("viewBox=\"0 0 800 600\"")) << svg.left(600).constData();
    // Text is text: the title, district names, the legend's source and "north is up".
    for (const char *text : {"Shanghai districts: innovation in 2024", ">Pudong New Area<", ">Minhang<",
                 "Source: Shanghai Statistical Yearbook", "North is up"})
        EXPECT_TRUE(svg.contains(text)) << text;

    QSvgRenderer renderer(svg);
    ASSERT_TRUE(renderer.isValid());
    QImage rendered(800, 600, QImage::Format_ARGB32_Premultiplied);
    rendered.fill(Qt::white);
    {
        QPainter p(&rendered);
        renderer.render(&p);
    }
    const QImage png = QImage(path("m.png")).convertToFormat(QImage::Format_ARGB32_Premultiplied);
    ASSERT_EQ(png.size(), rendered.size());
    int differ = 0;
    for (int y = 0; y < png.height(); ++y)
        for (int x = 0; x < png.width(); ++x) {
            const QColor a = png.pixelColor(x, y), b = rendered.pixelColor(x, y);
            differ += std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) > 60;
        }
    EXPECT_LT(differ, png.width() * png.height() * 3 / 100) << differ << " pixels differ";
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
