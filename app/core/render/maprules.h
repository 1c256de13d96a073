// SPDX-License-Identifier: MIT
#pragma once

// The rules a map follows on screen and on paper alike: the words of a district label, which labels
// show when they compete for room, and the scale bar's round lengths. The Qt Quick map
// (app/qml/map/, through app/quick/maprules.h) and the QPainter map (render/mappainter.h) both
// call these, so the two cannot drift apart.

#include "data/dataset.h"
#include "geo/context.h"

#include <QRectF>
#include <QString>

#include <span>
#include <vector>

namespace sim {

/** A district's name the way a map label shows it: Chinese as it is, English without " District". */
QString mapLabel(const District &district, Lang lang);
/** A context area's name the way a map label shows it: 江苏省 / "Jiangsu" (no trailing " Province"). */
QString mapLabel(const ContextArea &area, Lang lang);

/** A label that wants room on the map (any unit, the same for all candidates of one map). */
struct LabelCandidate {
    QRectF box; ///< where the label would sit, its text's bounds with the spacing it needs around it
    bool emphasised = false; ///< the selected or compared district: placed first, shown even when it is wider than its district
    double size = 0; ///< the district's extent on the map (width, or area): larger districts win collisions
    bool fits = true; ///< the label fits its district (the caller's test); an unfitting label shows only when emphasised
};

/**
 * Which labels show: emphasised labels first, then the larger districts (ties keep their order); a
 * label shows when it fits (or is emphasised), is not empty and overlaps neither a label shown
 * before it nor any of `reserved` (the scale bar's corner, a legend). Returns one flag per candidate.
 */
std::vector<bool> placeLabels(std::span<const LabelCandidate> candidates, std::span<const QRectF> reserved = {});

/** The scale bar's length: the largest 1, 2 or 5 × 10ⁿ that is not above `wanted` (> 0; any unit). */
double niceScaleLength(double wanted);

/** The scale bar's text for a length in metres: "500 m" below a kilometre, kilometres from there ("2 km"). */
QString scaleBarText(double metres);

} // namespace sim
