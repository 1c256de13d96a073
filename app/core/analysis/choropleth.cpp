// SPDX-License-Identifier: MIT
#include "analysis/choropleth.h"

#include "render/palette.h"
#include "text/format.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace sim {

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

namespace {
int decimalsNeeded(double v, int most)
{
    for (int d = 0; d < most; ++d)
        if (std::abs(v * std::pow(10, d) - std::round(v * std::pow(10, d))) < 1e-9)
            return d;
    return most;
}

/** A number with exactly `decimals` decimals and the language's separators: "38.30", "1,210.41". */
QString fixedNumber(double value, int decimals, Lang lang)
{
    const QLocale locale(
            lang == Lang::Zh ? QLocale::Chinese : QLocale::English, lang == Lang::Zh ? QLocale::China : QLocale::UnitedStates);
    return locale.toString(value, 'f', decimals);
}
} // namespace

int legendDecimals(const Metric &metric, const Classification &classes)
{
    const int most = metric.isDerived() ? 0 : std::max(0, metric.decimals);
    int d = 0;
    for (double b : classes.breaks)
        d = std::max(d, decimalsNeeded(b, most));
    return d;
}

std::vector<LegendEntry> legendEntries(const Metric &metric, const Classification &classes, Lang lang)
{
    std::vector<LegendEntry> out;
    const int decimals = legendDecimals(metric, classes);
    for (int i = 0; i < classes.classCount(); ++i) {
        const QString lo = fixedNumber(classes.breaks[size_t(i)], decimals, lang);
        const QString hi = fixedNumber(classes.breaks[size_t(i) + 1], decimals, lang);
        QString label = lo;
        if (!classes.discrete && hi != lo) {
            // half-open [lo, hi): a value on a break belongs to the class above; the last class is closed
            const bool last = i == classes.classCount() - 1;
            if (lang == Lang::Zh)
                label = last ? QStringLiteral("%1 至 %2").arg(lo, hi) : QStringLiteral("%1 至不足 %2").arg(lo, hi);
            else
                label = last ? QStringLiteral("%1 to %2").arg(lo, hi) : QStringLiteral("%1 to under %2").arg(lo, hi);
        }
        out.push_back({classes.colors[size_t(i)], label});
    }
    if (metric.countWithData() < int(metric.values.size()))
        out.push_back({classes.noData, noDataText(lang)});
    return out;
}

Classification classify(const Metric &metric, int maxClasses)
{
    Classification c;
    c.noData = palette::noData();
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
    c.colors = palette::choroplethClasses(int(c.breaks.size() - 1));
    return c;
}

} // namespace sim
