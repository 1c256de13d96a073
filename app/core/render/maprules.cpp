// SPDX-License-Identifier: MIT
#include "render/maprules.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sim {

QString mapLabel(const District &district, Lang lang)
{
    if (lang == Lang::Zh)
        return district.name.zh;
    QString en = district.name.en;
    if (en.endsWith(QLatin1String(" District")))
        en.chop(9);
    return en;
}

QString mapLabel(const ContextArea &area, Lang lang)
{
    if (lang == Lang::Zh)
        return area.nameZh;
    QString en = area.nameEn;
    if (en.endsWith(QLatin1String(" Province")))
        en.chop(9);
    return en;
}

std::vector<bool> placeLabels(std::span<const LabelCandidate> candidates, std::span<const QRectF> reserved)
{
    std::vector<size_t> order(candidates.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (candidates[a].emphasised != candidates[b].emphasised)
            return candidates[a].emphasised;
        return candidates[a].size > candidates[b].size;
    });
    std::vector<QRectF> taken(reserved.begin(), reserved.end());
    std::vector<bool> shown(candidates.size(), false);
    for (const size_t i : order) {
        const LabelCandidate &c = candidates[i];
        if (c.box.isEmpty() || !(c.fits || c.emphasised))
            continue;
        if (std::any_of(taken.begin(), taken.end(), [&](const QRectF &r) { return r.intersects(c.box); }))
            continue;
        taken.push_back(c.box);
        shown[i] = true;
    }
    return shown;
}

double niceScaleLength(double wanted)
{
    if (!(wanted > 0) || !std::isfinite(wanted))
        return 0;
    const double p = std::pow(10.0, std::floor(std::log10(wanted)));
    for (const double m : {5.0, 2.0, 1.0})
        if (m * p <= wanted)
            return m * p;
    return p;
}

QString scaleBarText(double metres)
{
    if (metres >= 1000)
        return QString::number(metres / 1000, 'g', 6) + QStringLiteral(" km");
    return QString::number(metres, 'g', 6) + QStringLiteral(" m");
}

} // namespace sim
