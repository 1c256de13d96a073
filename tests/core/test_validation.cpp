// SPDX-License-Identifier: MIT
// One bad-input case per kind of problem: each asserts the exact message the user sees.
#include "data/dataset.h"
#include "testdata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <functional>

using namespace sim;
using json = nlohmann::json;

namespace {

/** A copy of the three-district fixture in a temporary directory, to break on purpose. */
class BrokenData
{
public:
    BrokenData()
    {
        const QString from = simtest::fixture("three-districts");
        simtest::copyDataDir(from, m_dir.path());
    }
    void edit(const char *file, const std::function<void(json &)> &change)
    {
        json doc = json::parse(read(file).toStdString());
        change(doc);
        write(file, QByteArray::fromStdString(doc.dump(2)));
    }
    void write(const char *file, const QByteArray &bytes)
    {
        QFile f(path(file));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    QByteArray read(const char *file)
    {
        QFile f(path(file));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QString path(const char *file) const { return m_dir.path() + QLatin1Char('/') + QLatin1String(file); }
    /** The problems reported, with the directory shown as "DIR". */
    QStringList problems(bool expectDataset = false) const
    {
        const DatasetLoad load = loadDataset(m_dir.path());
        EXPECT_EQ(load.dataset != nullptr, expectDataset);
        QStringList out = toStrings(load.problems);
        out.replaceInStrings(m_dir.path(), QStringLiteral("DIR"));
        return out;
    }

private:
    QTemporaryDir m_dir;
};

} // namespace

TEST(Validation, TheUntouchedFixtureIsValid)
{
    BrokenData data;
    EXPECT_EQ(data.problems(true), QStringList());
}

TEST(Validation, SyntaxErrorHasLineAndColumn)
{
    BrokenData data;
    data.write("districts.json", "{\n  \"districts\": [\n    {\"id\": \"alpha\",, }\n  ]\n}\n");
    const QStringList p = data.problems();
    ASSERT_EQ(p.size(), 1);
    EXPECT_TRUE(p[0].startsWith(QStringLiteral("DIR/districts.json:3:20: error: syntax error while parsing object key")))
            << p[0].toStdString();
}

TEST(Validation, InvalidUtf8IsASyntaxErrorWithItsPlace)
{
    BrokenData data;
    QByteArray bytes = data.read("districts.json");
    bytes.replace("Alpha District", "Alpha \xff District");
    data.write("districts.json", bytes);
    const QStringList p = data.problems();
    ASSERT_EQ(p.size(), 1);
    EXPECT_TRUE(p[0].startsWith(QStringLiteral("DIR/districts.json:7:")));
    EXPECT_TRUE(p[0].contains(QStringLiteral("ill-formed UTF-8 byte"))) << p[0].toStdString();
}

TEST(Validation, EmptyFile)
{
    BrokenData data;
    data.write("metrics.json", "");
    EXPECT_EQ(data.problems(), QStringList {QStringLiteral("DIR/metrics.json:1:1: error: the file is empty")});
}

TEST(Validation, WrongTypes)
{
    BrokenData data;
    data.edit("districts.json", [](json &d) {
        d["districts"][0]["adcode"] = "1";
        d["districts"][1]["platforms"] = json::object();
        d["districts"][2]["initiatives"][0]["year"] = 2024.5;
    });
    EXPECT_EQ(data.problems(),
            (QStringList {
                    QStringLiteral(
                            "DIR/districts.json:/districts/0/adcode: error: expected a whole number or null, found a string"),
                    QStringLiteral("DIR/districts.json:/districts/1/platforms: error: expected an array, found an object"),
                    QStringLiteral("DIR/districts.json:/districts/2/initiatives/0/year: error: expected a whole number or null, "
                                   "found a number"),
            }));
}

TEST(Validation, MissingRequiredMembers)
{
    BrokenData data;
    data.edit("districts.json", [](json &d) {
        d["districts"][0].erase("brand");
        d["districts"][1]["name"].erase("en");
    });
    EXPECT_EQ(data.problems(),
            (QStringList {
                    QStringLiteral("DIR/districts.json:/districts/0: error: missing required member \"brand\""),
                    QStringLiteral("DIR/districts.json:/districts/1/name: error: missing required member \"en\""),
            }));
}

TEST(Validation, EmptyStrings)
{
    BrokenData data;
    data.edit("districts.json", [](json &d) { d["districts"][0]["platforms"][0]["name"]["en"] = "  "; });
    EXPECT_EQ(data.problems(),
            QStringList {QStringLiteral("DIR/districts.json:/districts/0/platforms/0/name/en: error: empty string")});
}

TEST(Validation, UnknownMembersAndMetricKeys)
{
    BrokenData data;
    data.edit("districts.json", [](json &d) { d["districts"][0]["platfroms"] = json::array(); });
    data.edit("metrics.json", [](json &m) {
        m["metrics"][0]["values"]["delta"] = 5;
        m["derived"][0]["count"] = "parks";
    });
    EXPECT_EQ(data.problems(),
            (QStringList {
                    QStringLiteral("DIR/districts.json:/districts/0/platfroms: error: unknown member \"platfroms\""),
                    QStringLiteral(
                            "DIR/metrics.json:/metrics/0/values/delta: error: \"delta\" is not a district id of districts.json"),
                    QStringLiteral("DIR/metrics.json:/derived/0/count: error: \"parks\" is not one of: platforms, policies, "
                                   "initiatives, figures, focus_industries"),
            }));
}

TEST(Validation, DuplicateIds)
{
    BrokenData data;
    data.edit("districts.json", [](json &d) {
        d["districts"][1]["id"] = "alpha";
        d["districts"][0]["platforms"].push_back(d["districts"][0]["platforms"][0]);
    });
    data.edit("metrics.json", [](json &m) { m["derived"][0]["key"] = "area"; });
    EXPECT_EQ(data.problems(),
            (QStringList {
                    QStringLiteral("DIR/districts.json:/districts/0/platforms/1/id: error: duplicate item id \"alpha-centre\""),
                    QStringLiteral("DIR/districts.json:/districts/1/id: error: duplicate district id \"alpha\""),
                    // beta was renamed, so the metric's value for it no longer belongs to any district
                    QStringLiteral(
                            "DIR/metrics.json:/metrics/0/values/beta: error: \"beta\" is not a district id of districts.json"),
                    QStringLiteral("DIR/metrics.json:/derived/0/key: error: duplicate metric key \"area\""),
            }));
}

TEST(Validation, DistrictAndBoundaryMustJoinOnAdcode)
{
    BrokenData data;
    data.edit("districts.json", [](json &d) { d["districts"][2]["adcode"] = 9; });
    EXPECT_EQ(data.problems(),
            (QStringList {
                    QStringLiteral("DIR/districts.json:/districts (id \"gamma\"): error: district 丙区 (adcode 9) has no "
                                   "boundary in boundaries.geojson"),
                    QStringLiteral("DIR/boundaries.geojson:/features/2: warning: the boundary of 丙区 (adcode 3) has no entry in "
                                   "districts.json: not used"),
            }));
}

TEST(Validation, FiguresNeedAKnownUnit)
{
    BrokenData data;
    data.edit("districts.json", [](json &d) {
        d["districts"][0]["figures"].push_back(d["districts"][0]["figures"][0]);
        d["districts"][0]["figures"][0].erase("unit");
        d["districts"][0]["figures"][1]["id"] = "second";
        d["districts"][0]["figures"][1]["unit"] = "hectare";
    });
    EXPECT_EQ(data.problems(),
            (QStringList {
                    QStringLiteral("DIR/districts.json:/districts/0/figures/0: error: the figure has no unit"),
                    QStringLiteral("DIR/districts.json:/districts/0/figures/1/unit: error: unknown unit \"hectare\" (not in "
                                   "dataset.json's units)"),
            }));
}

TEST(Validation, QuotesMustBeFoundInTheirSource)
{
    BrokenData data;
    data.edit("districts.json", [](json &d) {
        d["districts"][1]["policies"][0]["source"]["quote"] = "乙区发布《乙区创新二十条》。";
        d["districts"][2]["brand"]["source"]["ref"] = "hearsay";
    });
    EXPECT_EQ(data.problems(),
            (QStringList {
                    QStringLiteral("DIR/districts.json:/districts/1/policies/0/source/quote: error: the quote is not found word "
                                   "for word in source \"notes\""),
                    QStringLiteral("DIR/districts.json:/districts/2/brand/source/ref: error: unknown source \"hearsay\" (not in "
                                   "dataset.json's sources)"),
            }));
}

TEST(Validation, FigureRelationsMustResolve)
{
    BrokenData data;
    data.edit("districts.json", [](json &d) { d["districts"][0]["figures"][0]["relates_to"] = "nowhere"; });
    EXPECT_EQ(data.problems(),
            QStringList {QStringLiteral("DIR/districts.json:/districts/0/figures/0/relates_to: error: \"nowhere\" is not a "
                                        "platform, policy or initiative of this district")});
}

TEST(Validation, MissingFilesAndBadManifest)
{
    BrokenData data;
    QFile::remove(data.path("metrics.json"));
    EXPECT_EQ(data.problems(), QStringList {QStringLiteral("DIR/metrics.json: error: the file does not exist")});

    BrokenData escape;
    escape.edit("dataset.json", [](json &m) { m["files"]["districts"] = "../../etc/passwd"; });
    EXPECT_EQ(escape.problems(),
            QStringList {QStringLiteral(
                    "DIR/dataset.json:/files/districts: error: \"../../etc/passwd\" must be a path inside the data directory")});
}

TEST(Validation, EveryProblemIsReportedAtOnce)
{
    BrokenData data;
    data.edit("districts.json", [](json &d) {
        d["districts"][0]["name"]["zh"] = "";
        d["districts"][1].erase("summary");
        d["districts"][2]["initiatives"][0]["kind"] = "party";
    });
    data.write("boundaries.geojson", "{\"type\":\"FeatureCollection\",\"features\":[]}");
    const QStringList p = data.problems();
    EXPECT_EQ(p,
            (QStringList {
                    QStringLiteral("DIR/boundaries.geojson: error: the file holds no features"),
                    QStringLiteral("DIR/districts.json:/districts/0/name/zh: error: empty string"),
                    QStringLiteral("DIR/districts.json:/districts/1: error: missing required member \"summary\""),
                    QStringLiteral("DIR/districts.json:/districts/2/initiatives/0/kind: error: \"party\" is not one of: signing, "
                                   "launch, conference, list, first, project, mechanism, programme, other"),
            }));
}

TEST(Validation, NotADirectory)
{
    const DatasetLoad load = loadDataset(QStringLiteral("/nonexistent-data-dir"));
    EXPECT_EQ(load.dataset, nullptr);
    EXPECT_EQ(toStrings(load.problems),
            QStringList {QStringLiteral("/nonexistent-data-dir: error: the data directory does not exist")});
}

TEST(Validation, TheDataVersionCoversTheSourceTexts)
{
    BrokenData data;
    const DatasetLoad before = loadDataset(data.path(""));
    ASSERT_TRUE(before.dataset);
    data.write("sources/notes.txt", data.read("sources/notes.txt") + QByteArray("一句新的话。\n"));
    const DatasetLoad after = loadDataset(data.path(""));
    ASSERT_TRUE(after.dataset);
    EXPECT_NE(before.dataset->version, after.dataset->version) << "a changed source text is new data";
}

TEST(Validation, EveryProblemAtOnceGeometryAndJoin)
{
    // a self-intersecting district and a district without a boundary, in one pass
    BrokenData data;
    data.edit("boundaries.geojson", [](json &b) {
        b["features"][0]["geometry"]["coordinates"] = json::parse("[[[10,50],[11,50.5],[11,50],[10,51],[10,50]]]");
        b["features"].erase(2);
    });
    EXPECT_EQ(data.problems(),
            (QStringList {
                    QStringLiteral("DIR/boundaries.geojson:/features/0: error: the boundary of 甲区 (adcode 1) is not a valid "
                                   "polygon: self-intersection at or near point 10.66666667 50.33333333"),
                    QStringLiteral("DIR/districts.json:/districts (id \"gamma\"): error: district 丙区 (adcode 3) has no "
                                   "boundary in boundaries.geojson"),
            }));
}
