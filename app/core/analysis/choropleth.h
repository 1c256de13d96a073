// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"

#include <QColor>
#include <vector>

namespace sim {

/**
 * A choropleth classification of one metric: quantile class breaks over the districts that have
 * data, a colour-blind-safe sequential palette (ColorBrewer YlGnBu), and a distinct no-data colour.
 */
struct Classification {
    std::vector<double> breaks; ///< class i spans [breaks[i], breaks[i+1]), the last [breaks[n-1], breaks[n]]; size = classes + 1
    std::vector<QColor> colors; ///< one per class, light to dark
    QColor noData;
    bool discrete = false; ///< one class per distinct value (few distinct values, e.g. counts)

    [[nodiscard]] int classOf(double value) const;
    [[nodiscard]] QColor colorOf(std::optional<double> value) const;
    [[nodiscard]] int classCount() const { return int(colors.size()); }
};

/** Up to maxClasses quantile classes; fewer when the metric has fewer distinct values. */
Classification classify(const Metric &metric, int maxClasses = 5);

/** One row of a legend: a class's colour and its range ("1,922 – 4,780"), or no data's. */
struct LegendEntry {
    QColor color;
    QString label;
};

/** The legend of `classes` for `metric` in `lang`, the same on screen and in image exports: one
    row per class, then "no data" when some district lacks a value. The classes are half-open, as
    classOf() assigns them — [lower, upper), the last one closed — and say so: "1,922 to under
    4,780" / "1,922 至不足 4,780", last "24,604 to 28,957"; a class of one value (discrete) is the
    value. Every break has the same number of decimals (legendDecimals). */
/** The decimals every legend break is written with: the fewest that show each break exactly, at
    most the metric's own (0 for counts). */
int legendDecimals(const Metric &metric, const Classification &classes);

std::vector<LegendEntry> legendEntries(const Metric &metric, const Classification &classes, Lang lang);

} // namespace sim
