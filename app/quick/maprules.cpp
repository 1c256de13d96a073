// SPDX-License-Identifier: MIT
#include "maprules.h"

#include "render/maprules.h"

#include <QRectF>

namespace sim {

double MapRules::niceScaleLength(double wanted) const
{
    return sim::niceScaleLength(wanted);
}

QString MapRules::scaleBarText(double metres) const
{
    return sim::scaleBarText(metres);
}

QList<bool> MapRules::placeLabels(
        const QVariantList &boxes, const QList<bool> &emphasised, const QList<double> &sizes, const QList<bool> &fits) const
{
    std::vector<LabelCandidate> candidates(size_t(boxes.size()));
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        LabelCandidate &c = candidates[size_t(i)];
        c.box = boxes[i].toRectF();
        c.emphasised = i < emphasised.size() && emphasised[i];
        c.size = i < sizes.size() ? sizes[i] : 0;
        c.fits = i < fits.size() && fits[i];
    }
    const std::vector<bool> shown = sim::placeLabels(candidates);
    return QList<bool>(shown.begin(), shown.end());
}

} // namespace sim
