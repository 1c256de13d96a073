// SPDX-License-Identifier: MIT
#include "text/format.h"
#include "testdata.h"

#include <gtest/gtest.h>

using namespace sim;

namespace {
const Figure *figure(const Dataset &data, const char *district, double value)
{
    const int i = data.indexOfId(QLatin1String(district));
    for (const auto &f : data.districts[size_t(i)].figures)
        if (f.value == value)
            return &f;
    return nullptr;
}
} // namespace

TEST(Format, FiguresKeepTheirQualifiersAndUnits)
{
    const Dataset &data = simtest::bundled();
    const Figure *floor = figure(data, "jingan", 12);
    const Figure *fund = figure(data, "xuhui", 100);
    const Figure *projects = figure(data, "baoshan", 70);
    ASSERT_TRUE(floor && fund && projects);
    EXPECT_EQ(formatFigure(*floor, data.unit(floor->unit), Lang::Zh), QStringLiteral("约12万平方米"));
    EXPECT_EQ(formatFigure(*floor, data.unit(floor->unit), Lang::En), QStringLiteral("about 120,000 m²"));
    EXPECT_EQ(formatFigure(*fund, data.unit(fund->unit), Lang::Zh), QStringLiteral("100亿元"));
    EXPECT_EQ(formatFigure(*fund, data.unit(fund->unit), Lang::En), QStringLiteral("10 billion yuan"));
    EXPECT_EQ(formatFigure(*projects, data.unit(projects->unit), Lang::Zh), QStringLiteral("70余个"));
    EXPECT_EQ(formatFigure(*projects, data.unit(projects->unit), Lang::En), QStringLiteral("more than 70"));
}

TEST(Format, MissingMetricValuesAreNoDataNeverZero)
{
    Metric m;
    m.decimals = 2;
    Unit km2 {QStringLiteral("km2"), {QStringLiteral("平方公里"), QStringLiteral("km²")}, 1, QStringLiteral("km²")};
    EXPECT_EQ(formatMetricValue(m, std::nullopt, &km2, Lang::En), QStringLiteral("no data"));
    EXPECT_EQ(formatMetricValue(m, std::nullopt, &km2, Lang::Zh), QStringLiteral("暂无数据"));
    EXPECT_EQ(formatMetricValue(m, 1210.41, &km2, Lang::En), QStringLiteral("1,210.41 km²"));
    EXPECT_EQ(formatMetricValue(m, 38.3, &km2, Lang::Zh), QStringLiteral("38.3平方公里"));
    EXPECT_EQ(formatMetricValue(m, 0.0, &km2, Lang::En), QStringLiteral("0 km²"));
    // 万人 stays in the reference's unit in English too (one unit per metric: the legend, the
    // picker and the exports say "10,000 persons"), written as a multiplier
    Unit wan {QStringLiteral("wan-persons"), {QStringLiteral("万人"), QStringLiteral("10,000 persons")}, 10000,
            QStringLiteral("persons")};
    EXPECT_EQ(formatMetricValue(m, 109.93, &wan, Lang::En), QStringLiteral("109.93 × 10,000 persons"));
    EXPECT_EQ(formatMetricValue(m, 109.93, &wan, Lang::Zh), QStringLiteral("109.93万人"));
}

TEST(Format, RatiosNeverRoundToAMisleadingZero)
{
    EXPECT_EQ(formatRatio(2.5641, Lang::En), QStringLiteral("×2.56"));
    EXPECT_EQ(formatRatio(0.38, Lang::Zh), QStringLiteral("×0.38"));
    EXPECT_EQ(formatRatio(0.0042371, Lang::En), QStringLiteral("×0.0042"));
    EXPECT_EQ(formatRatio(0.0, Lang::En), QStringLiteral("×0"));
    EXPECT_EQ(formatRatio(1234.5, Lang::En), QStringLiteral("×1,234.5"));
    EXPECT_EQ(formatRatio(std::nullopt, Lang::En), QStringLiteral("—"));
}
