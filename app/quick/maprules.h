// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace sim {

/**
 * The map's rules for QML (the QML singleton MapRules): the same functions the QPainter map of the
 * PDF and the image exports uses (render/maprules.h), so the screen and paper agree on which
 * labels show and on the scale bar's lengths.
 */
class MapRules : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    using QObject::QObject;

    /** sim::niceScaleLength: the largest 1, 2 or 5 × 10ⁿ not above `wanted`. */
    Q_INVOKABLE double niceScaleLength(double wanted) const;
    /** sim::scaleBarText: "500 m", "2 km". */
    Q_INVOKABLE QString scaleBarText(double metres) const;
    /**
     * sim::placeLabels over parallel lists, one entry per label: `boxes` (rects in item pixels,
     * spacing included; an empty rect never shows), `emphasised`, `sizes`, `fits`. Returns one bool
     * per label: whether it shows.
     */
    Q_INVOKABLE QList<bool> placeLabels(
            const QVariantList &boxes, const QList<bool> &emphasised, const QList<double> &sizes, const QList<bool> &fits) const;
};

} // namespace sim
