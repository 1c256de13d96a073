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

/** The unit's label for a legend or table header ("km²", "万人"); empty for counts. */
QString unitLabel(const Unit *unit, Lang lang);

} // namespace sim
