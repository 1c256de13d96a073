// SPDX-License-Identifier: MIT
#include "analysis/compare.h"
#include "testdata.h"

#include <gtest/gtest.h>

using namespace sim;

namespace {
const MetricComparison &metric(const std::vector<MetricComparison> &all, const char *key)
{
    for (const auto &c : all)
        if (c.metric->key == QLatin1String(key))
            return c;
    throw std::runtime_error("no such metric");
}
} // namespace

// Expected values computed by hand from the yearbook table in shared/reference/districts-2024.md.
TEST(Compare, PudongAgainstMinhang)
{
    const Dataset &data = simtest::bundled();
    const size_t pudong = size_t(data.indexOfId(QStringLiteral("pudong")));
    const size_t minhang = size_t(data.indexOfId(QStringLiteral("minhang")));
    const auto all = compareMetrics(data, pudong, minhang);

    const auto &area = metric(all, "land-area");
    EXPECT_DOUBLE_EQ(*area.a, 1210.41);
    EXPECT_DOUBLE_EQ(*area.b, 370.75);
    EXPECT_NEAR(*area.difference, 839.66, 1e-9);
    EXPECT_NEAR(*area.ratio, 3.26476, 1e-5);
    EXPECT_EQ(area.rankA, 1);
    EXPECT_EQ(area.rankB, 8);

    const auto &pop = metric(all, "population");
    EXPECT_NEAR(*pop.difference, 306.08, 1e-9);
    EXPECT_EQ(pop.rankA, 1);
    EXPECT_EQ(pop.rankB, 2);

    const auto &density = metric(all, "population-density");
    EXPECT_NEAR(*density.difference, -2570, 1e-9);
    EXPECT_NEAR(*density.ratio, 0.65034, 1e-5);
    EXPECT_EQ(density.rankA, 10);
    EXPECT_EQ(density.rankB, 9);
    EXPECT_DOUBLE_EQ(*density.max, 28957); // Hongkou, for the bar scale
}

TEST(Compare, NoDataIsNeverZero)
{
    const DatasetLoad load = loadDataset(simtest::fixture("three-districts"));
    ASSERT_NE(load.dataset, nullptr);
    const auto all = compareMetrics(*load.dataset, 0, 2); // gamma has no area
    const auto &area = metric(all, "area");
    EXPECT_TRUE(area.a.has_value());
    EXPECT_FALSE(area.b.has_value());
    EXPECT_FALSE(area.difference.has_value());
    EXPECT_FALSE(area.ratio.has_value());
    EXPECT_FALSE(area.rankB.has_value());
}

TEST(Compare, SharedIndustriesComeFirstAndAreMarked)
{
    const Dataset &data = simtest::bundled();
    const size_t fengxian = size_t(data.indexOfId(QStringLiteral("fengxian")));
    const size_t huangpu = size_t(data.indexOfId(QStringLiteral("huangpu")));
    const auto rows = alignProfiles(data, fengxian, huangpu);
    ASSERT_FALSE(rows.empty());
    // both name life and health (生命健康) as a focus industry
    EXPECT_EQ(rows[0].section, QStringLiteral("industries"));
    EXPECT_TRUE(rows[0].leftShared && rows[0].rightShared);
    EXPECT_EQ(rows[0].left.zh, rows[0].right.zh);
    int shared = 0;
    for (const auto &r : rows)
        shared += r.leftShared;
    EXPECT_EQ(shared, 1);
    // every platform of both districts appears once
    size_t left = 0, right = 0;
    for (const auto &r : rows)
        if (r.section == QLatin1String("platforms")) {
            left += !r.left.zh.isEmpty();
            right += !r.right.zh.isEmpty();
        }
    EXPECT_EQ(left, data.districts[fengxian].platforms.size());
    EXPECT_EQ(right, data.districts[huangpu].platforms.size());
}
