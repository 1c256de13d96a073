// SPDX-License-Identifier: MIT
#include "analysis/choropleth.h"
#include "analysis/search.h"
#include "testdata.h"

#include <gtest/gtest.h>

using namespace sim;

namespace {
int firstDistrict(const SearchIndex &index, const char *query)
{
    const auto hits = index.find(QString::fromUtf8(query));
    return hits.empty() ? -1 : hits.front().district;
}
} // namespace

TEST(Search, FindsDistrictsByChineseEnglishAndPinyin)
{
    const Dataset &data = simtest::bundled();
    const SearchIndex index(data);
    const int pudong = data.indexOfId(QStringLiteral("pudong"));
    const int jingan = data.indexOfId(QStringLiteral("jingan"));
    const int minhang = data.indexOfId(QStringLiteral("minhang"));
    for (const char *q : {"浦东", "浦东新区", "Pudong", "pudong", "PUDONG", "pu dong", "Pǔdōng", "Pudong New Area"})
        EXPECT_EQ(firstDistrict(index, q), pudong) << q;
    for (const char *q : {"Jing'an", "jingan", "jing an", "静安"})
        EXPECT_EQ(firstDistrict(index, q), jingan) << q;
    for (const char *q : {"minhang", "闵行", "Minhang District"})
        EXPECT_EQ(firstDistrict(index, q), minhang) << q;
    EXPECT_TRUE(index.find(QStringLiteral("zzzqqq")).empty());
    EXPECT_TRUE(index.find(QStringLiteral("  ")).empty());
}

TEST(Search, FindsPlatformsAndPoliciesByName)
{
    const Dataset &data = simtest::bundled();
    const SearchIndex index(data);
    auto hitFor = [&](const char *q) {
        const auto hits = index.find(QString::fromUtf8(q));
        return hits.empty() ? SearchHit {} : hits.front();
    };
    const SearchHit g60 = hitFor("G60");
    EXPECT_EQ(g60.district, data.indexOfId(QStringLiteral("songjiang")));
    EXPECT_FALSE(g60.itemId.isEmpty());
    const SearchHit neoBay = hitFor("大零号湾");
    EXPECT_EQ(neoBay.district, data.indexOfId(QStringLiteral("minhang")));
    EXPECT_EQ(hitFor("Grand Neo Bay").district, data.indexOfId(QStringLiteral("minhang")));
    const SearchHit valley = hitFor("数通链谷");
    EXPECT_EQ(valley.district, data.indexOfId(QStringLiteral("jingan")));
    EXPECT_EQ(valley.section, QStringLiteral("platforms"));
    EXPECT_EQ(hitFor("shutonglianggu").district, -1); // a wrong spelling finds nothing…
    EXPECT_EQ(hitFor("shutonglian").district, data.indexOfId(QStringLiteral("jingan"))); // …pinyin of the name does
}

TEST(Search, FoldsTonesSpacesAndHan)
{
    EXPECT_EQ(SearchIndex::fold(QStringLiteral("Pǔdōng Xīnqū")), QStringLiteral("pudongxinqu"));
    EXPECT_EQ(SearchIndex::fold(QStringLiteral("浦东新区")), QStringLiteral("pudongxinqu"));
    EXPECT_EQ(SearchIndex::fold(QStringLiteral("Jing'an")), QStringLiteral("jingan"));
}

TEST(Choropleth, QuantileClassesWithNoData)
{
    Metric m;
    m.values = {1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, std::nullopt};
    const Classification c = classify(m, 5);
    ASSERT_EQ(c.classCount(), 5);
    EXPECT_EQ(c.breaks.front(), 1.0);
    EXPECT_EQ(c.breaks.back(), 10.0);
    for (size_t i = 1; i < c.breaks.size(); ++i)
        EXPECT_LT(c.breaks[i - 1], c.breaks[i]);
    EXPECT_EQ(c.classOf(1.0), 0);
    EXPECT_EQ(c.classOf(10.0), 4);
    EXPECT_EQ(c.colorOf(std::nullopt), c.noData);
    EXPECT_NE(c.colorOf(1.0), c.colorOf(10.0));
    for (const QColor &color : c.colors)
        EXPECT_NE(color, c.noData);
}

TEST(Choropleth, FewDistinctValuesGiveFewerClasses)
{
    Metric m;
    m.values = {0.0, 0.0, 1.0, 1.0, 1.0};
    const Classification c = classify(m, 5);
    EXPECT_EQ(c.classCount(), 2);
    EXPECT_EQ(c.colorOf(0.0), c.colors[0]);
    EXPECT_EQ(c.colorOf(1.0), c.colors[1]);
    Metric empty;
    empty.values = {std::nullopt, std::nullopt};
    EXPECT_EQ(classify(empty).classCount(), 0);
    EXPECT_EQ(classify(empty).colorOf(std::nullopt), classify(empty).noData);
}

TEST(Choropleth, RealDensityDarkestForTheDensestDistrict)
{
    const Dataset &data = simtest::bundled();
    const Metric *density = data.metric(QStringLiteral("population-density"));
    ASSERT_NE(density, nullptr);
    const Classification c = classify(*density);
    EXPECT_EQ(c.classCount(), 5);
    const size_t hongkou = size_t(data.indexOfId(QStringLiteral("hongkou")));
    const size_t chongming = size_t(data.indexOfId(QStringLiteral("chongming")));
    EXPECT_EQ(c.colorOf(density->values[hongkou]), c.colors.back());
    EXPECT_EQ(c.colorOf(density->values[chongming]), c.colors.front());
}

namespace {
QStringList legendLabels(const char *key, Lang lang)
{
    const Metric *m = simtest::bundled().metric(QString::fromLatin1(key));
    if (!m)
        return {};
    QStringList out;
    for (const LegendEntry &e : legendEntries(*m, classify(*m), lang))
        out << e.label;
    return out;
}
} // namespace

TEST(Choropleth, LegendClassesAreHalfOpenWithOneNumberOfDecimals)
{
    // density: a value on a break (Pudong's 4,780) is in one class only, the one it starts
    EXPECT_EQ(legendLabels("population-density", Lang::En),
            QStringList({QStringLiteral("501 to under 1,922"), QStringLiteral("1,922 to under 4,780"),
                    QStringLiteral("4,780 to under 17,893"), QStringLiteral("17,893 to under 22,774"),
                    QStringLiteral("22,774 to 28,957")}));
    const Dataset &data = simtest::bundled();
    const Metric &density = *data.metric(QStringLiteral("population-density"));
    const Classification c = classify(density);
    EXPECT_EQ(c.classOf(4780), 2);
    EXPECT_EQ(c.classOf(4779.99), 1);
    EXPECT_EQ(c.classOf(28957), 4); // the last class includes its upper end
    // land area: 38.3 and 464.2 written with the same two decimals as 20.46 (was 38.3 / 60.73 / 464.2)
    EXPECT_EQ(legendLabels("land-area", Lang::En),
            QStringList({QStringLiteral("20.46 to under 38.30"), QStringLiteral("38.30 to under 60.73"),
                    QStringLiteral("60.73 to under 464.20"), QStringLiteral("464.20 to under 670.14"),
                    QStringLiteral("670.14 to 1,210.41")}));
    EXPECT_EQ(legendLabels("land-area", Lang::Zh),
            QStringList({QStringLiteral("20.46 至不足 38.30"), QStringLiteral("38.30 至不足 60.73"),
                    QStringLiteral("60.73 至不足 464.20"), QStringLiteral("464.20 至不足 670.14"),
                    QStringLiteral("670.14 至 1,210.41")}));
    // population in the reference's unit (万人 / 10,000 persons), as every other view shows it
    EXPECT_EQ(legendLabels("population", Lang::En),
            QStringList({QStringLiteral("50.34 to under 68.53"), QStringLiteral("68.53 to under 109.93"),
                    QStringLiteral("109.93 to under 124.87"), QStringLiteral("124.87 to under 195.89"),
                    QStringLiteral("195.89 to 578.58")}));
}

TEST(Choropleth, LegendOfFewValuesAndNoData)
{
    Metric m;
    m.decimals = 0;
    m.values = {0.0, 2.0, 2.0, std::nullopt};
    const Classification c = classify(m, 5);
    ASSERT_TRUE(c.discrete);
    const auto rows = legendEntries(m, c, Lang::En);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].label, QStringLiteral("0"));
    EXPECT_EQ(rows[1].label, QStringLiteral("2"));
    EXPECT_EQ(rows[2].label, QStringLiteral("no data"));
    EXPECT_EQ(rows[2].color, c.noData);
    EXPECT_EQ(legendEntries(m, c, Lang::Zh)[2].label, QStringLiteral("暂无数据"));
}

namespace {
/** "district/section/itemId" of each hit, in order. */
QStringList hitList(const SearchIndex &index, const char *query)
{
    const Dataset &data = simtest::bundled();
    QStringList out;
    for (const SearchHit &h : index.find(QString::fromUtf8(query), 50))
        out << data.districts[size_t(h.district)].id + QLatin1Char('/') + h.section
                        + (h.itemId.isEmpty() ? QString() : QLatin1Char('/') + h.itemId);
    return out;
}
} // namespace

TEST(Search, TwoLettersMatchWordsAndInitialsNotInsideWords)
{
    const SearchIndex index(simtest::bundled());
    // "AI": the item named "AI+", then the items whose words' initials are A I ("Artificial
    // Intelligence"); never Brain-…, Shanghai, blockchain or Chain Valley (letters inside words)
    EXPECT_EQ(hitList(index, "AI"),
            QStringList({QStringLiteral("fengxian/industries/ai"), QStringLiteral("xuhui/platforms/shanghai-ai-ecosystem-fund"),
                    QStringLiteral("xuhui/industries/ai"), QStringLiteral("changning/policies/sci-tech-ai-policy-revision"),
                    QStringLiteral("changning/industries/ai"), QStringLiteral("pudong/industries/ai")}));
    EXPECT_EQ(hitList(index, "ai"), hitList(index, "AI"));
}

TEST(Search, LabelStartsThenWordStarts)
{
    const SearchIndex index(simtest::bundled());
    // labels that start with "bio" first, then labels with a word that does; never inside a word
    EXPECT_EQ(hitList(index, "bio"),
            QStringList({QStringLiteral("hongkou/industries/biotechnology"), QStringLiteral("jiading/industries/biomedicine"),
                    QStringLiteral("jinshan/industries/biotechnology"), QStringLiteral("fengxian/industries/biomedicine"),
                    QStringLiteral("jiading/policies/achievement-transfer-biomedicine-policies"),
                    QStringLiteral("fengxian/initiatives/intl-biomedicine-symposium-2024"),
                    QStringLiteral("fengxian/industries/synthetic-biology")}));
    // a whole word of a name: "Bay" finds the eight items named with it, not "Baoshan" or "Bayesian"-like substrings
    const QStringList bay = hitList(index, "Bay");
    EXPECT_EQ(bay.size(), 8);
    EXPECT_EQ(bay.front(), QStringLiteral("jingan/platforms/sichuang-bay-sap-centre"));
}

TEST(Search, InsideWordsOnlyFromThreeLetters)
{
    const SearchIndex index(simtest::bundled());
    // three letters may match inside a word, after every better match; districts first among equals
    const QStringList hang = hitList(index, "hang");
    ASSERT_GE(hang.size(), 2);
    EXPECT_EQ(hang[0], QStringLiteral("changning/district"));
    EXPECT_EQ(hang[1], QStringLiteral("minhang/district"));
    // two letters never do: "ha" is inside Shanghai, Changning, Minhang… and finds none of them
    for (const SearchHit &h : index.find(QStringLiteral("ha"), 100)) {
        const QString en = h.label.en.toCaseFolded();
        EXPECT_TRUE(en.startsWith(QStringLiteral("ha")) || en.contains(QStringLiteral(" ha"))
                || en.contains(QStringLiteral("“ha")) || SearchIndex::fold(h.label.zh).startsWith(QStringLiteral("ha")))
                << qPrintable(h.label.en);
    }
}

TEST(Search, NothingFoundIsEmpty)
{
    const SearchIndex index(simtest::bundled());
    EXPECT_TRUE(index.find(QStringLiteral("zhangjiang")).empty()); // the search field shows "No matches"
    EXPECT_TRUE(index.find(QStringLiteral("5G")).empty());
}
