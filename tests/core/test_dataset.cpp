// SPDX-License-Identifier: MIT
#include "data/dataset.h"
#include "testdata.h"

#include <QFile>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <tuple>
#include <vector>

using namespace sim;

TEST(BundledData, LoadsWithoutProblems)
{
    const DatasetLoad load = loadDataset(simtest::dataDir());
    EXPECT_TRUE(load.problems.empty()) << toStrings(load.problems).join(QLatin1Char('\n')).toStdString();
    ASSERT_NE(load.dataset, nullptr);
    EXPECT_EQ(load.dataset->districts.size(), 16u);
    EXPECT_EQ(load.dataset->shapes.size(), 16u);
    EXPECT_EQ(load.dataset->version.size(), 12);
}

TEST(BundledData, EveryDistrictHasBrandPlatformsAndTheReferenceMetrics)
{
    const Dataset &data = simtest::bundled();
    for (size_t i = 0; i < data.districts.size(); ++i) {
        const District &d = data.districts[i];
        SCOPED_TRACE(d.id.toStdString());
        EXPECT_EQ(d.adcode, data.shapes[i].adcode);
        EXPECT_FALSE(d.brand.text.zh.isEmpty());
        EXPECT_FALSE(d.brand.text.en.isEmpty());
        EXPECT_FALSE(d.summary.text.en.isEmpty());
        EXPECT_GE(d.platforms.size(), 1u);
        for (const char *key : {"land-area", "population", "population-density"}) {
            const Metric *m = data.metric(QLatin1String(key));
            ASSERT_NE(m, nullptr) << key;
            EXPECT_TRUE(m->values[i].has_value()) << key;
            EXPECT_EQ(m->source, QStringLiteral("sh-yearbook-2025-t2-2"));
            EXPECT_EQ(m->year, 2024);
        }
    }
}

// Expected counts were written by reading the source text, independently of data/districts.json.
TEST(BundledData, CountsMatchAnIndependentReadingOfTheSource)
{
    QFile f(simtest::fixture("expected_counts.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const auto expected = nlohmann::json::parse(bytes.begin(), bytes.end())["districts"];
    const Dataset &data = simtest::bundled();
    ASSERT_EQ(expected.size(), data.districts.size());
    auto stripQuotes = [](QString s) { return s.remove(QChar(0x201C)).remove(QChar(0x201D)); };
    for (const auto &[id, e] : expected.items()) {
        SCOPED_TRACE(id);
        const int i = data.indexOfId(QString::fromStdString(id));
        ASSERT_GE(i, 0);
        const District &d = data.districts[size_t(i)];
        EXPECT_EQ(d.platforms.size(), e["platforms"].get<size_t>());
        EXPECT_EQ(d.policies.size(), e["policies"].get<size_t>());
        EXPECT_EQ(d.initiatives.size(), e["initiatives"].get<size_t>());
        EXPECT_EQ(d.figures.size(), e["figures"].get<size_t>());
        for (const auto &name : e["platform_names_zh"]) {
            const QString n = stripQuotes(QString::fromStdString(name.get<std::string>()));
            EXPECT_TRUE(std::any_of(d.platforms.begin(), d.platforms.end(),
                    [&](const ProfileItem &p) { return stripQuotes(p.name.zh).contains(n); }))
                    << "platform not in the data: " << name;
        }
        for (const auto &title : e["policy_titles_zh"]) {
            const QString t = QString::fromStdString(title.get<std::string>());
            EXPECT_TRUE(std::any_of(d.policies.begin(), d.policies.end(), [&](const ProfileItem &p) { return p.name.zh == t; }))
                    << "policy not in the data: " << title;
        }
        std::vector<double> values, want;
        for (const auto &x : d.figures)
            values.push_back(x.value);
        for (const auto &v : e["figure_values"])
            want.push_back(v.get<double>());
        std::sort(values.begin(), values.end());
        std::sort(want.begin(), want.end());
        EXPECT_EQ(values, want);
    }
}

TEST(BundledData, EveryItemCarriesAQuoteFromItsSource)
{
    const Dataset &data = simtest::bundled();
    const Source *seed = data.source(QStringLiteral("seed-8-1"));
    ASSERT_NE(seed, nullptr);
    QFile f(data.dir + QLatin1Char('/') + seed->textFile);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    auto check = [&](const SourceRef &s, const QString &what) {
        EXPECT_EQ(s.ref, QStringLiteral("seed-8-1")) << what.toStdString();
        EXPECT_TRUE(!s.quote.isEmpty() && text.contains(s.quote)) << what.toStdString();
    };
    for (const auto &d : data.districts) {
        check(d.brand.source, d.id + QStringLiteral(" brand"));
        for (const auto &x : d.platforms)
            check(x.source, x.id);
        for (const auto &x : d.policies)
            check(x.source, x.id);
        for (const auto &x : d.initiatives)
            check(x.source, x.id);
        for (const auto &x : d.figures)
            check(x.source, x.id);
    }
}

// Coverage: no sentence of a district's paragraph is left without an item (the brand, or a
// platform, policy, initiative, figure or focus industry quoting it). What a sentence states
// beyond its items is listed, with the reason, in expected_counts.json's "_reconciled".
TEST(BundledData, EverySentenceOfTheSourceHasAnItem)
{
    const Dataset &data = simtest::bundled();
    const Source *seed = data.source(QStringLiteral("seed-8-1"));
    ASSERT_NE(seed, nullptr);
    QFile f(data.dir + QLatin1Char('/') + seed->textFile);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    std::set<QString> quoted;
    for (const auto &d : data.districts) {
        quoted.insert(d.brand.source.quote);
        for (const auto &x : d.industries)
            quoted.insert(x.source.quote);
        for (const auto &x : d.platforms)
            quoted.insert(x.source.quote);
        for (const auto &x : d.policies)
            quoted.insert(x.source.quote);
        for (const auto &x : d.initiatives)
            quoted.insert(x.source.quote);
        for (const auto &x : d.figures)
            quoted.insert(x.source.quote);
    }
    // one paragraph per line; the first paragraph with sentences is the section's introduction
    const QStringList paragraphs = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n')).filter(QStringLiteral("。"));
    ASSERT_EQ(paragraphs.size(), 17);
    int sentences = 0;
    for (qsizetype i = 1; i < paragraphs.size(); ++i)
        for (const QString &s : paragraphs[i].split(QStringLiteral("。"), Qt::SkipEmptyParts)) {
            if (s.trimmed().isEmpty())
                continue;
            ++sentences;
            EXPECT_TRUE(quoted.count(s + QStringLiteral("。"))) << "no item quotes: " << s.toStdString();
        }
    EXPECT_EQ(sentences, 58);
}

TEST(BundledData, ReferenceMetricsMatchTheYearbookTable)
{
    const Dataset &data = simtest::bundled();
    const Metric *area = data.metric(QStringLiteral("land-area"));
    const Metric *pop = data.metric(QStringLiteral("population"));
    const Metric *density = data.metric(QStringLiteral("population-density"));
    ASSERT_TRUE(area && pop && density);
    const size_t pudong = size_t(data.indexOfId(QStringLiteral("pudong")));
    const size_t huangpu = size_t(data.indexOfId(QStringLiteral("huangpu")));
    const size_t hongkou = size_t(data.indexOfId(QStringLiteral("hongkou")));
    EXPECT_DOUBLE_EQ(*area->values[pudong], 1210.41);
    EXPECT_DOUBLE_EQ(*pop->values[pudong], 578.58);
    EXPECT_DOUBLE_EQ(*density->values[hongkou], 28957);
    EXPECT_EQ(area->rank(pudong), 1);
    EXPECT_EQ(area->rank(huangpu), 16);
    EXPECT_EQ(density->rank(hongkou), 1);
    // the table's own cross-checks: the city totals
    double totalPop = 0, totalArea = 0;
    for (size_t i = 0; i < 16; ++i) {
        totalPop += *pop->values[i];
        totalArea += *area->values[i];
    }
    EXPECT_NEAR(totalPop, 2480.26, 1e-6);
    EXPECT_NEAR(totalArea, 6340.5, 1e-6);
}

TEST(BundledData, DerivedCountsAreComputedFromTheContent)
{
    const Dataset &data = simtest::bundled();
    const Metric *platforms = data.metric(QStringLiteral("platform-count"));
    ASSERT_NE(platforms, nullptr);
    EXPECT_TRUE(platforms->isDerived());
    for (size_t i = 0; i < data.districts.size(); ++i)
        EXPECT_EQ(*platforms->values[i], double(data.districts[i].platforms.size()));
}

// The counts measure what the source text names, and their labels say so: no reader should take
// them for a district's real number of parks or policies.
TEST(BundledData, DerivedCountsSayWhatTheyCount)
{
    const Dataset &data = simtest::bundled();
    const std::vector<std::tuple<const char *, const char *, const char *, const char *>> expected = {
            {"platform-count", "platforms", "2024年度报告章节所列平台数", "Platforms named in the 2024 report section"},
            {"policy-count", "policies", "2024年度报告章节所列政策与规划数",
                    "Policies and plans named in the 2024 report section"},
            {"initiative-count", "initiatives", "2024年度报告章节所列举措与活动数",
                    "Initiatives and events named in the 2024 report section"},
            {"figure-count", "figures", "2024年度报告章节所列数据数", "Figures stated in the 2024 report section"},
    };
    for (const auto &[key, count, zh, en] : expected) {
        const Metric *m = data.metric(QLatin1String(key));
        ASSERT_NE(m, nullptr) << key;
        EXPECT_EQ(m->derivedFrom, QLatin1String(count));
        EXPECT_EQ(m->label.zh, QString::fromUtf8(zh));
        EXPECT_EQ(m->label.en, QString::fromUtf8(en));
    }
}

TEST(BundledData, FindsDistrictsByIdAdcodeAndName)
{
    const Dataset &data = simtest::bundled();
    const int pudong = data.indexOfId(QStringLiteral("pudong"));
    const int jingan = data.indexOfId(QStringLiteral("jingan"));
    ASSERT_GE(pudong, 0);
    for (const char *q : {"pudong", "310115", "浦东新区", "浦东", "Pudong New Area", "pudong new area", "Pudong"})
        EXPECT_EQ(data.find(QString::fromUtf8(q)), pudong) << q;
    for (const char *q : {"Jing'an", "jingan", "Jing'an District", "静安区", "静安"})
        EXPECT_EQ(data.find(QString::fromUtf8(q)), jingan) << q;
    EXPECT_EQ(data.find(QStringLiteral("Atlantis")), -1);
    EXPECT_EQ(data.find(QString()), -1);
}

TEST(OtherData, ThreeMadeUpDistrictsLoad)
{
    const DatasetLoad load = loadDataset(simtest::fixture("three-districts"));
    ASSERT_NE(load.dataset, nullptr) << toStrings(load.problems).join(QLatin1Char('\n')).toStdString();
    const Dataset &data = *load.dataset;
    EXPECT_EQ(data.region.en, QStringLiteral("Testland"));
    ASSERT_EQ(data.districts.size(), 3u);
    EXPECT_EQ(data.districtAt({10.5, 50.5}), data.indexOfId(QStringLiteral("alpha")));
    EXPECT_EQ(data.districtAt({12.6, 50.3}), data.indexOfId(QStringLiteral("beta"))); // its island
    EXPECT_EQ(data.districtAt({11.0, 51.5}), -1); // gamma's hole
    EXPECT_EQ(data.districtAt({10.5, 51.8}), data.indexOfId(QStringLiteral("gamma")));
    const Metric *area = data.metric(QStringLiteral("area"));
    ASSERT_NE(area, nullptr);
    EXPECT_FALSE(area->values[2].has_value()); // null: no data, not zero
    EXPECT_FALSE(area->rank(2).has_value());
    EXPECT_EQ(area->rank(1), 1);
    EXPECT_EQ(area->countWithData(), 2);
}
