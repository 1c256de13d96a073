// SPDX-License-Identifier: MIT
// One vocabulary (text/vocabulary.h): what the validator accepts is what the JSON Schemas say,
// and every kind a reader can meet has a name in both languages.
#include "testdata.h"
#include "text/vocabulary.h"

#include <QFile>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace sim;

namespace {
QStringList schemaEnum(const char *definition)
{
    QFile f(QStringLiteral(SIM_DATA_DIR "/schema/districts.schema.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    const auto schema = nlohmann::json::parse(f.readAll().toStdString());
    QStringList out;
    for (const auto &v : schema.at("$defs").at(definition).at("properties").at("kind").at("enum"))
        out << QString::fromStdString(v.get<std::string>());
    return out;
}
} // namespace

TEST(Vocabulary, TheSchemasListTheKindsTheValidatorAccepts)
{
    EXPECT_EQ(schemaEnum("Platform"), kindsOf(Section::Platforms));
    EXPECT_EQ(schemaEnum("Policy"), kindsOf(Section::Policies));
    EXPECT_EQ(schemaEnum("Initiative"), kindsOf(Section::Initiatives));
}

TEST(Vocabulary, EveryKindHasANameInBothLanguages)
{
    for (Section s : {Section::Platforms, Section::Policies, Section::Initiatives})
        for (const QString &kind : kindsOf(s)) {
            EXPECT_NE(kindLabel(kind, Lang::Zh), kind) << kind.toStdString();
            EXPECT_NE(kindLabel(kind, Lang::En), kind) << kind.toStdString();
        }
    EXPECT_EQ(kindLabel(QStringLiteral("park"), Lang::Zh), QStringLiteral("园区"));
    EXPECT_EQ(kindLabel(QStringLiteral("no-such-kind"), Lang::En), QStringLiteral("no-such-kind"));
}

TEST(Vocabulary, OneTitleAndKeyPerSection)
{
    for (Section s : {Section::Industries, Section::Platforms, Section::Policies, Section::Initiatives, Section::Figures,
                 Section::Metrics})
        EXPECT_EQ(sectionFromKey(sectionKey(s)), s);
    EXPECT_EQ(sectionTitle(Section::Platforms).zh, QStringLiteral("创新平台"));
    EXPECT_EQ(sectionTitle(Section::Platforms).en, QStringLiteral("Platforms"));
    EXPECT_EQ(itemNoun(Section::Policies).en, QStringLiteral("policy"));
    EXPECT_FALSE(sectionFromKey(QStringLiteral("nonsense")));
}

TEST(Vocabulary, RanksReadTheSameEverywhere)
{
    EXPECT_EQ(rankText(3, 16, Lang::Zh), QStringLiteral("第3位 / 16"));
    EXPECT_EQ(rankText(1, 16, Lang::En), QStringLiteral("1st of 16"));
    EXPECT_EQ(rankText(2, 16, Lang::En), QStringLiteral("2nd of 16"));
    EXPECT_EQ(rankText(13, 16, Lang::En), QStringLiteral("13th of 16"));
    EXPECT_EQ(rankText(22, 30, Lang::En), QStringLiteral("22nd of 30"));
    EXPECT_EQ(noDataText(Lang::Zh), QStringLiteral("暂无数据"));
}

TEST(Vocabulary, TiedRanksAreMarked)
{
    EXPECT_EQ(rankText(3, 16, Lang::Zh, true), QStringLiteral("并列第3位 / 16"));
    EXPECT_EQ(rankText(3, 16, Lang::En, true), QStringLiteral("=3rd of 16"));
    EXPECT_EQ(rankText(3, 16, Lang::En, false), QStringLiteral("3rd of 16"));

    // 5, 3, 3, 1 and a district without data: 1st, =2nd, =2nd, 4th (competition ranking), none
    Metric m;
    m.values = {5.0, 3.0, 3.0, 1.0, std::nullopt};
    EXPECT_EQ(metricRankText(m, 0, Lang::En), QStringLiteral("1st of 4"));
    EXPECT_EQ(metricRankText(m, 1, Lang::En), QStringLiteral("=2nd of 4"));
    EXPECT_EQ(metricRankText(m, 2, Lang::Zh), QStringLiteral("并列第2位 / 4"));
    EXPECT_EQ(metricRankText(m, 3, Lang::En), QStringLiteral("4th of 4"));
    EXPECT_EQ(metricRankText(m, 4, Lang::En), QString());
    EXPECT_EQ(metricRankText(m, 9, Lang::En), QString());
    EXPECT_FALSE(m.isTied(0));
    EXPECT_TRUE(m.isTied(1));
    EXPECT_FALSE(m.isTied(4)); // no data is not tied with anything
    // lower is better: the smallest first, ties still shared
    m.direction = Direction::LowerIsBetter;
    EXPECT_EQ(metricRankText(m, 3, Lang::En), QStringLiteral("1st of 4"));
    EXPECT_EQ(metricRankText(m, 1, Lang::En), QStringLiteral("=2nd of 4"));
}

TEST(Vocabulary, DerivedCountsSayWhatTheyCount)
{
    const Dataset &data = simtest::bundled();
    const Text platforms = derivedCountNote(data, QStringLiteral("platforms"));
    EXPECT_EQ(platforms.en,
            QStringLiteral("Counts the platforms that section “8.1 The innovation layout across the whole city is further "
                           "optimised” of the Shanghai science and technology progress report (year 2024) names for each "
                           "district; not all of a district's platforms."));
    EXPECT_EQ(platforms.zh,
            QStringLiteral("统计《上海科技进步报告（2024年度）》“8.1 全域创新空间格局进一步优化”一节为各区列出的创新平台，"
                           "并非各区的全部创新平台。"));
    EXPECT_TRUE(derivedCountNote(data, QStringLiteral("policies"))
                        .en.startsWith(QStringLiteral("Counts the policies and plans that")));
    EXPECT_TRUE(derivedCountNote(data, {}).en.startsWith(QStringLiteral("Counts the items that section")));
    // every derived metric's label says the same: named in the report section, not a real-world total
    for (const Metric &m : data.metrics)
        if (m.isDerived()) {
            EXPECT_TRUE(m.label.en.contains(QStringLiteral("in the 2024 report section"))) << qPrintable(m.label.en);
            EXPECT_TRUE(m.label.zh.startsWith(QStringLiteral("2024年度报告章节所列"))) << qPrintable(m.label.zh);
        }
}
