// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"

#include <QString>

#include <optional>
#include <vector>

namespace sim {

/**
 * One column of the district table: a metric of the dataset (a reference metric from a source,
 * or a count the program derives from the district profiles), with what a header and its tooltip
 * say about it.
 */
struct TableColumn {
    QString key; ///< the metric's key ("population-density")
    Text label; ///< "人口密度" / "Population density"
    Unit unit; ///< the dataset's unit (key "persons-per-km2", "count"…); see unitLabel()
    std::optional<int> year; ///< the year the figures are for; std::nullopt for derived counts
    QString sourceId; ///< the dataset's source id; empty for derived counts
    Text source; ///< the source's title, or for a count what it counts (derivedCountNote)
    QString sourceUrl; ///< empty when the source has none
    int decimals = 0; ///< as the panel shows the value
    bool derived = false;
    Direction direction = Direction::Neutral;
};

/** One row: a district, its value for every column (std::nullopt: no data) and its ranks. */
struct TableRow {
    int district = -1; ///< index into Dataset::districts
    QString id; ///< "pudong"
    int adcode = 0; ///< 310115
    Text name; ///< "浦东新区" / "Pudong New Area"
    std::vector<std::optional<double>> values; ///< by column, in the metric's own unit (as in metrics.json)
    std::vector<std::optional<int>>
            ranks; ///< by column: 1 = largest (smallest when lower is better); ties share a rank; no data: none
};

/**
 * Every district × every metric of a dataset, as the table view and the CSV/XLSX exports show it.
 * Rows are in the dataset's (official, adcode) order, columns in the order of metrics.json
 * (reference metrics, then derived counts). Values are numbers, never text; a missing figure is
 * std::nullopt, never 0.
 */
struct DistrictTable {
    std::vector<TableColumn> columns;
    std::vector<TableRow> rows;

    /** The cell as the district panel shows it ("578.58万人", "5,785,800 persons", "暂无数据"). */
    [[nodiscard]] QString formatted(size_t row, size_t column, Lang lang) const;
    /** A header with its unit: "人口密度（人/平方公里）", "Population density (persons/km²)", "Platforms named in the 2024 report section". */
    [[nodiscard]] QString header(size_t column, Lang lang) const;
    /** Index of the column of metric `key`, or -1. */
    [[nodiscard]] int columnOf(const QString &key) const;
};

/** Builds the table of `data` (see DistrictTable). */
DistrictTable buildDistrictTable(const Dataset &data);

/** What to sort by: a metric column (0…), the district's name in a language, or its adcode. */
struct TableSort {
    /** By name, in pinyin order for both languages: the official romanised (English) names are
        collated, because ICU's pinyin collation reads polyphonic characters by their commonest
        reading (长宁 as zhǎng, after 杨浦) where the place name reads cháng. */
    static constexpr int Name = -1;
    static constexpr int Adcode = -2; ///< the official order
    int column = Adcode;
    bool descending = false;
};

/**
 * The row indices of `table` in the order `sort` asks for. Districts without data for the column
 * come after every district with data in both directions (in official order among themselves);
 * equal values keep the official order. A column out of range sorts in official order.
 */
std::vector<int> sortedRows(const DistrictTable &table, const TableSort &sort);

} // namespace sim
