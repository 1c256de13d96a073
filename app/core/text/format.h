// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"
#include "text/vocabulary.h"

#include <QString>

namespace sim {

/** A number with thousands separators and up to `decimals` decimals (trailing zeros dropped). */
QString formatNumber(double value, int decimals, Lang lang);

/**
 * A figure the way the source states it, in the chosen language:
 * zh "约12万平方米", "70余个", "100亿元"; en "about 120,000 m²", "more than 70", "10 billion yuan".
 */
QString formatFigure(const Figure &figure, const Unit *unit, Lang lang);

/** A metric value in the metric's own unit (the reference's: 万人 stays "× 10,000 persons", never
    converted), or "no data" / "暂无数据" when the district has none: "578.58万人", "578.58 × 10,000
    persons", "1,210.41 km²". */
QString formatMetricValue(const Metric &metric, std::optional<double> value, const Unit *unit, Lang lang);

/**
 * A ratio of two figures as the comparison shows it: "×2.6", "×0.38"; a ratio under 0.01 keeps two
 * significant digits ("×0.0042", never a misleading "×0"); exactly zero is "×0"; no ratio (a figure
 * missing, or a division by zero) is "—".
 */
QString formatRatio(std::optional<double> ratio, Lang lang);

/** The unit's label for a legend or table header ("km²", "万人"); empty for counts. */
QString unitLabel(const Unit *unit, Lang lang);

} // namespace sim
