// SPDX-License-Identifier: MIT
// The glossary check: one English rendering per Chinese term, held by the validator.
#include "data/dataset.h"
#include "data/glossary.h"
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

/** A copy of a data directory in a temporary directory, to change on purpose. */
class DataCopy
{
public:
    explicit DataCopy(const QString &from) { simtest::copyDataDir(from, m_dir.path()); }
    void edit(const char *file, const std::function<void(json &)> &change)
    {
        QFile in(path(file));
        ASSERT_TRUE(in.open(QIODevice::ReadOnly)) << file;
        json doc = json::parse(in.readAll().toStdString());
        in.close();
        change(doc);
        write(file, QByteArray::fromStdString(doc.dump(2)));
    }
    void write(const char *file, const QByteArray &bytes)
    {
        QFile f(path(file));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    QString path(const char *file) const { return m_dir.path() + QLatin1Char('/') + QLatin1String(file); }
    /** The problems reported, with the directory shown as "DIR". */
    QStringList problems(bool expectDataset = false) const { return problemsOf(m_dir.path(), expectDataset); }

    static QStringList problemsOf(const QString &dir, bool expectDataset)
    {
        const DatasetLoad load = loadDataset(dir);
        EXPECT_EQ(load.dataset != nullptr, expectDataset);
        QStringList out = toStrings(load.problems);
        out.replaceInStrings(QDir(dir).absolutePath(), QStringLiteral("DIR"));
        return out;
    }

private:
    QTemporaryDir m_dir;
};

json term(const char *zh, const char *en)
{
    return {{"zh", zh}, {"en", en}, {"origin", "our-translation"}, {"note", "test"}};
}

} // namespace

// The deliberately inconsistent fixture: the three districts with a glossary that the policy's
// English title does not keep to.
TEST(Glossary, ADifferentRenderingIsAnErrorNamingTheFileTheItemAndBothRenderings)
{
    EXPECT_EQ(DataCopy::problemsOf(simtest::fixture("glossary-mismatch"), false),
            QStringList {QStringLiteral(
                    "DIR/districts.json:/districts/1/policies/0/title/en: error: the Chinese has \"创新十条\", but the English "
                    "does not "
                    "use its rendering in glossary.json, \"ten innovation measures\": \"Beta's ten measures for innovation\"")});
}

TEST(Glossary, IsOptional)
{
    // the three-district fixture has none, and loads
    EXPECT_EQ(DataCopy::problemsOf(simtest::fixture("three-districts"), true), QStringList());
    // without the manifest's entry the mismatching fixture loads too: nothing is checked
    DataCopy data(simtest::fixture("glossary-mismatch"));
    data.edit("dataset.json", [](json &m) { m["files"].erase("glossary"); });
    EXPECT_EQ(data.problems(true), QStringList());
}

TEST(Glossary, ANamedGlossaryMustExistAndBeWellFormed)
{
    DataCopy missing(simtest::fixture("glossary-mismatch"));
    QFile::remove(missing.path("glossary.json"));
    EXPECT_EQ(missing.problems(), QStringList {QStringLiteral("DIR/glossary.json: error: the file does not exist")});

    DataCopy bad(simtest::fixture("glossary-mismatch"));
    bad.edit("glossary.json", [](json &g) {
        g["terms"][0]["origin"] = "folk";
        g["terms"].push_back(term("创新大会", "Innovation Congress"));
        g["terms"][1].erase("note");
    });
    // a broken glossary checks nothing (the policy's mismatch is not reported)
    EXPECT_EQ(bad.problems(),
            (QStringList {
                    QStringLiteral("DIR/glossary.json:/terms/0/origin: error: \"folk\" is not one of: official, our-translation"),
                    QStringLiteral("DIR/glossary.json:/terms/1: error: missing required member \"note\""),
                    QStringLiteral("DIR/glossary.json:/terms/3/zh: error: duplicate glossary term \"创新大会\""),
            }));

    DataCopy escape(simtest::fixture("glossary-mismatch"));
    escape.edit("dataset.json", [](json &m) { m["files"]["glossary"] = "../glossary.json"; });
    EXPECT_EQ(escape.problems(),
            QStringList {QStringLiteral(
                    "DIR/dataset.json:/files/glossary: error: \"../glossary.json\" must be a path inside the data directory")});
}

TEST(Glossary, QuotationMarksAndCaseDoNotCountAndTheLongerTermDecides)
{
    const json doc = {{"items",
            {
                    {{"zh", "“大零号湾”科技创新策源功能区"},
                            {"en", "the “Grand Neo Bay” scientific and technological innovation empowerment functional zone"}},
                    {{"zh", "关于加快“大零号湾”科技创新策源功能区建设的若干政策措施"},
                            {"en", "Several Policy Measures on the Grand Neo Bay Zone"}},
                    {{"zh", "若干政策"}, {"en", "Several Policy Measures"}},
            }}};
    Glossary g;
    g.terms = {{QStringLiteral("大零号湾科技创新策源功能区"),
                       QStringLiteral("Grand Neo Bay Scientific and Technological Innovation Empowerment Functional Zone"),
                       QStringLiteral("official"), QStringLiteral("t")},
            {QStringLiteral("大零号湾"), QStringLiteral("Grand Neo Bay"), QStringLiteral("official"), QStringLiteral("t")},
            {QStringLiteral("若干政策"), QStringLiteral("Several Policies"), QStringLiteral("our-translation"),
                    QStringLiteral("t")},
            {QStringLiteral("若干政策措施"), QStringLiteral("Several Policy Measures"), QStringLiteral("our-translation"),
                    QStringLiteral("t")}};
    Problems problems;
    checkRenderings(g, QStringLiteral("glossary.json"), doc, QStringLiteral("x.json"), problems);
    // item 0 keeps to the zone's name (quotes and case aside; 大零号湾 inside it is the zone's
    // business); item 1 keeps to 若干政策措施 (which decides over the shorter 若干政策 inside it)
    // but shortens the zone's name; item 2 has only 若干政策, whose rendering it lacks.
    EXPECT_EQ(toStrings(problems),
            (QStringList {
                    QStringLiteral("x.json:/items/1/en: error: the Chinese has \"大零号湾科技创新策源功能区\", but the English "
                                   "does not use its "
                                   "rendering in glossary.json, \"Grand Neo Bay Scientific and Technological Innovation "
                                   "Empowerment Functional Zone\": "
                                   "\"Several Policy Measures on the Grand Neo Bay Zone\""),
                    QStringLiteral("x.json:/items/2/en: error: the Chinese has \"若干政策\", but the English does not use its "
                                   "rendering in "
                                   "glossary.json, \"Several Policies\": \"Several Policy Measures\""),
            }));
}

TEST(Glossary, TheBundledDataKeepsToItsGlossary)
{
    const DatasetLoad load = loadDataset(simtest::dataDir());
    EXPECT_EQ(toStrings(load.problems), QStringList());
    ASSERT_NE(load.dataset, nullptr);
    // the bundled manifest names the glossary, so the check above ran on the real data
    Problems problems;
    const auto glossary = readGlossary(simtest::dataDir() + QStringLiteral("/glossary.json"), problems);
    ASSERT_TRUE(glossary.has_value()) << toStrings(problems).join(QLatin1Char('\n')).toStdString();
    EXPECT_GE(glossary->terms.size(), 10u);
    QFile manifest(simtest::dataDir() + QStringLiteral("/dataset.json"));
    ASSERT_TRUE(manifest.open(QIODevice::ReadOnly));
    EXPECT_EQ(json::parse(manifest.readAll().toStdString())["files"]["glossary"], "glossary.json");
}

TEST(Glossary, TheBundledDataFailsWhenARenderingDrifts)
{
    // the audit's example: 脑智 rendered two ways in Songjiang's paragraph
    DataCopy data(simtest::dataDir());
    int songjiang = -1;
    data.edit("districts.json", [&](json &d) {
        for (size_t i = 0; i < d["districts"].size(); ++i)
            if (d["districts"][i]["id"] == "songjiang") {
                songjiang = int(i);
                for (auto &p : d["districts"][i]["platforms"])
                    if (p["id"] == "g60-brain-intelligence-base")
                        p["name"]["en"] = "G60 Brain-Intelligence Sci-Tech Innovation Base";
            }
    });
    ASSERT_GE(songjiang, 0);
    EXPECT_EQ(data.problems(),
            QStringList {QStringLiteral("DIR/districts.json:/districts/%1/platforms/0/name/en: error: the Chinese has \"脑智\", "
                                        "but the English does not use "
                                        "its rendering in glossary.json, \"brain science and brain-inspired intelligence\": "
                                        "\"G60 Brain-Intelligence Sci-Tech "
                                        "Innovation Base\"")
                                 .arg(songjiang)});
}
