// SPDX-License-Identifier: MIT
// The district table (issue 15): one row per district, a column per metric with unit, year and
// source; values as numbers (no data: none, never 0); the panel's formatting; ranks; sorting by any
// column in both directions with "no data" after every value.
#include "data/dataset.h"
#include "export/table.h"
#include "testdata.h"

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

QStringList ids(const DistrictTable &table, const std::vector<int> &order)
{
    QStringList out;
    for (int i : order)
        out << table.rows[size_t(i)].id;
    return out;
}

} // namespace

TEST(DistrictTable, EveryDistrictAndEveryMetricWithUnitYearAndSource)
{
    const Dataset &data = simtest::bundled();
    const DistrictTable table = buildDistrictTable(data);
    ASSERT_EQ(table.rows.size(), 16u);
    ASSERT_EQ(table.columns.size(), data.metrics.size());
    EXPECT_EQ(table.rows.front().id, QStringLiteral("huangpu"));
    EXPECT_EQ(table.rows.front().adcode, 310101);
    EXPECT_EQ(table.rows.back().id, QStringLiteral("chongming"));

    const int density = table.columnOf(QStringLiteral("population-density"));
    ASSERT_GE(density, 0);
    const TableColumn &c = table.columns[size_t(density)];
    EXPECT_EQ(c.unit.key, QStringLiteral("persons-per-km2"));
    EXPECT_EQ(c.year, 2024);
    EXPECT_EQ(c.sourceId, QStringLiteral("sh-yearbook-2025-t2-2"));
    EXPECT_EQ(c.source.en,
            QStringLiteral("Shanghai Statistical Yearbook 2025, Table 2.2: area, resident population and population density of "
                           "each district"));
    EXPECT_EQ(c.sourceUrl, QStringLiteral("https://tjj.sh.gov.cn/tjnj/2025tjnj/C0202.htm"));
    EXPECT_FALSE(c.derived);

    const int platforms = table.columnOf(QStringLiteral("platform-count"));
    ASSERT_GE(platforms, 0);
    EXPECT_TRUE(table.columns[size_t(platforms)].derived);
    EXPECT_FALSE(table.columns[size_t(platforms)].year);
    EXPECT_EQ(table.columns[size_t(platforms)].source.en,
            QStringLiteral("Counts the platforms that section “8.1 The innovation layout across the whole city is further "
                           "optimised” of the Shanghai science and technology progress report (year 2024) names for each "
                           "district; not all of a district's platforms."));
    EXPECT_EQ(table.columnOf(QStringLiteral("no-such-metric")), -1);

    // The values are the data's own numbers, in the metric's unit.
    for (size_t m = 0; m < data.metrics.size(); ++m)
        for (size_t d = 0; d < data.districts.size(); ++d)
            EXPECT_EQ(table.rows[d].values[m], data.metrics[m].values[d]) << data.metrics[m].key.toStdString() << " " << d;
    const int population = table.columnOf(QStringLiteral("population"));
    EXPECT_EQ(table.rows[size_t(data.indexOfId(QStringLiteral("pudong")))].values[size_t(population)], 578.58);
}

TEST(DistrictTable, HeadersAndCellsReadAsInThePanel)
{
    const DistrictTable table = buildDistrictTable(simtest::bundled());
    const size_t population = size_t(table.columnOf(QStringLiteral("population")));
    const size_t density = size_t(table.columnOf(QStringLiteral("population-density")));
    const size_t platforms = size_t(table.columnOf(QStringLiteral("platform-count")));
    const size_t pudong = size_t(simtest::bundled().indexOfId(QStringLiteral("pudong")));
    EXPECT_EQ(table.header(population, Lang::Zh), QStringLiteral("年末常住人口（万人）"));
    EXPECT_EQ(table.header(density, Lang::En), QStringLiteral("Population density (persons/km²)"));
    EXPECT_EQ(table.header(platforms, Lang::En), QStringLiteral("Platforms named in the 2024 report section"));
    EXPECT_EQ(table.formatted(pudong, population, Lang::Zh), QStringLiteral("578.58万人"));
    EXPECT_EQ(table.formatted(pudong, population, Lang::En), QStringLiteral("578.58 × 10,000 persons"));
    EXPECT_EQ(table.formatted(pudong, density, Lang::En), QStringLiteral("4,780 persons/km²"));
}

TEST(DistrictTable, NoDataIsNoneNeverZeroAndHasNoRank)
{
    const DistrictTable table = buildDistrictTable(*threeDistricts());
    ASSERT_EQ(table.rows.size(), 3u);
    const size_t area = size_t(table.columnOf(QStringLiteral("area")));
    EXPECT_EQ(table.rows[2].id, QStringLiteral("gamma"));
    EXPECT_FALSE(table.rows[2].values[area].has_value());
    EXPECT_FALSE(table.rows[2].ranks[area].has_value());
    EXPECT_EQ(table.formatted(2, area, Lang::Zh), QStringLiteral("暂无数据"));
    EXPECT_EQ(table.formatted(2, area, Lang::En), QStringLiteral("no data"));
    EXPECT_EQ(table.rows[0].ranks[area], 2); // alpha 7,800.5 after beta 8,100
    EXPECT_EQ(table.rows[1].ranks[area], 1);
    // A count of zero is a real zero (nothing was listed), not missing data.
    const size_t platforms = size_t(table.columnOf(QStringLiteral("platform-count")));
    EXPECT_EQ(table.rows[2].values[platforms], 0.0);
}

TEST(DistrictTable, SortsByPopulationBothWays)
{
    const DistrictTable table = buildDistrictTable(simtest::bundled());
    const int population = table.columnOf(QStringLiteral("population"));
    const QStringList ascending
            = {QStringLiteral("huangpu"), QStringLiteral("chongming"), QStringLiteral("hongkou"), QStringLiteral("changning"),
                    QStringLiteral("jinshan"), QStringLiteral("jingan"), QStringLiteral("xuhui"), QStringLiteral("fengxian"),
                    QStringLiteral("yangpu"), QStringLiteral("putuo"), QStringLiteral("qingpu"), QStringLiteral("jiading"),
                    QStringLiteral("songjiang"), QStringLiteral("baoshan"), QStringLiteral("minhang"), QStringLiteral("pudong")};
    EXPECT_EQ(ids(table, sortedRows(table, {population, false})), ascending);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    EXPECT_EQ(ids(table, sortedRows(table, {population, true})), descending);
    // Ranks agree with the descending order: the most populous is 1.
    const auto order = sortedRows(table, {population, true});
    for (size_t i = 0; i < order.size(); ++i)
        EXPECT_EQ(table.rows[size_t(order[i])].ranks[size_t(population)], int(i) + 1);
}

TEST(DistrictTable, NoDataComesLastInBothDirections)
{
    const DistrictTable table = buildDistrictTable(*threeDistricts());
    const int area = table.columnOf(QStringLiteral("area"));
    EXPECT_EQ(ids(table, sortedRows(table, {area, false})),
            QStringList({QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}));
    EXPECT_EQ(ids(table, sortedRows(table, {area, true})),
            QStringList({QStringLiteral("beta"), QStringLiteral("alpha"), QStringLiteral("gamma")}));
}

TEST(DistrictTable, TiesKeepTheOfficialOrderAndShareARank)
{
    // A made-up table: two equal values, two without data, out of official order.
    DistrictTable table;
    table.columns.resize(1);
    auto row = [](const char *id, int adcode, std::optional<double> v, std::optional<int> rank) {
        TableRow r;
        r.id = QLatin1String(id);
        r.adcode = adcode;
        r.values = {v};
        r.ranks = {rank};
        return r;
    };
    table.rows = {row("e", 5, std::nullopt, std::nullopt), row("b", 2, 10, 1), row("d", 4, 3, 3),
            row("a", 1, std::nullopt, std::nullopt), row("c", 3, 10, 1)};
    EXPECT_EQ(ids(table, sortedRows(table, {0, false})),
            QStringList(
                    {QStringLiteral("d"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("e")}));
    EXPECT_EQ(ids(table, sortedRows(table, {0, true})),
            QStringList(
                    {QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("a"), QStringLiteral("e")}));
    EXPECT_EQ(ids(table, sortedRows(table, {TableSort::Adcode, false})),
            QStringList(
                    {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")}));
    EXPECT_EQ(ids(table, sortedRows(table, {TableSort::Adcode, true})),
            QStringList(
                    {QStringLiteral("e"), QStringLiteral("d"), QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
    // A column that does not exist: the official order.
    EXPECT_EQ(ids(table, sortedRows(table, {7, true})),
            QStringList(
                    {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")}));
}

TEST(DistrictTable, SortsByNameInPinyinOrder)
{
    const DistrictTable table = buildDistrictTable(simtest::bundled());
    // Pinyin order by the place names' own readings: 宝山 Bǎoshān … 长宁 Chángníng (not zhǎng) … 杨浦 Yángpǔ.
    const QStringList expected
            = {QStringLiteral("baoshan"), QStringLiteral("changning"), QStringLiteral("chongming"), QStringLiteral("fengxian"),
                    QStringLiteral("hongkou"), QStringLiteral("huangpu"), QStringLiteral("jiading"), QStringLiteral("jingan"),
                    QStringLiteral("jinshan"), QStringLiteral("minhang"), QStringLiteral("pudong"), QStringLiteral("putuo"),
                    QStringLiteral("qingpu"), QStringLiteral("songjiang"), QStringLiteral("xuhui"), QStringLiteral("yangpu")};
    EXPECT_EQ(ids(table, sortedRows(table, {TableSort::Name, false})), expected);
    QStringList down = expected;
    std::reverse(down.begin(), down.end());
    EXPECT_EQ(ids(table, sortedRows(table, {TableSort::Name, true})), down);
}
