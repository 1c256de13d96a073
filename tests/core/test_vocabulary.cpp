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
