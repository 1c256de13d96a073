// SPDX-License-Identifier: MIT
#include "analysis/choropleth.h"

#include "text/format.h"

#include <algorithm>
#include <cmath>

namespace sim {

namespace {
// ColorBrewer YlGnBu, sequential and colour-blind safe; indexed by class count.
const std::vector<std::vector<const char *>> &palettes()
{
    static const std::vector<std::vector<const char *>> p = {
            {},
            {"#41b6c4"},
            {"#a1dab4", "#225ea8"},
            {"#edf8b1", "#7fcdbb", "#2c7fb8"},
            {"#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"},
            {"#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"},
    };
    return p;
}
} // namespace

int Classification::classOf(double value) const
{
    if (colors.empty())
        return -1;
    for (int i = 0; i < classCount() - 1; ++i)
        if (value < breaks[size_t(i) + 1])
            return i;
    return classCount() - 1;
}

QColor Classification::colorOf(std::optional<double> value) const
{
    if (!value || colors.empty())
        return noData;
    return colors[size_t(classOf(*value))];
}

std::vector<LegendEntry> legendEntries(const Metric &metric, const Classification &classes, Lang lang)
{
    std::vector<LegendEntry> out;
    const int decimals = metric.isDerived() ? 0 : metric.decimals;
    for (int i = 0; i < classes.classCount(); ++i) {
        const double lo = classes.breaks[size_t(i)];
        const double hi = classes.breaks[size_t(i) + 1];
        QString label = formatNumber(lo, decimals, lang);
        if (!classes.discrete && hi != lo)
            label += QStringLiteral(" – ") + formatNumber(hi, decimals, lang);
        out.push_back({classes.colors[size_t(i)], label});
    }
    if (metric.countWithData() < int(metric.values.size()))
        out.push_back({classes.noData, noDataText(lang)});
    return out;
}

Classification classify(const Metric &metric, int maxClasses)
{
    Classification c;
    c.noData = QColor(QStringLiteral("#d9d9d9"));
    std::vector<double> values;
    for (const auto &v : metric.values)
        if (v)
            values.push_back(*v);
    if (values.empty())
        return c;
    std::sort(values.begin(), values.end());
    std::vector<double> distinct = values;
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    const size_t maxN = size_t(std::clamp(maxClasses, 1, 5));
    if (distinct.size() <= maxN) {
        // Few distinct values (counts, say): one class per value.
        c.discrete = true;
        c.breaks = distinct;
        c.breaks.push_back(distinct.back());
    } else {
        // Quantile breaks, snapped to data values and strictly increasing; the last is the maximum.
        c.breaks.push_back(values.front());
        for (size_t i = 1; i < maxN; ++i) {
            const double q = double(i) / double(maxN) * double(values.size() - 1);
            const double b = values[size_t(std::lround(q))];
            if (b > c.breaks.back() && b < values.back())
                c.breaks.push_back(b);
        }
        c.breaks.push_back(values.back());
    }
    const size_t n = c.breaks.size() - 1;
    for (const char *hex : palettes()[n])
        c.colors.emplace_back(QString::fromLatin1(hex));
    return c;
}

} // namespace sim
