// SPDX-License-Identifier: MIT
#include "layout/windowgeometry.h"

#include <algorithm>

namespace sim {

namespace {

/** `value` within [low, high], where high wins over low when they cross (a screen smaller than the minimum). */
int clampSide(int value, int low, int high)
{
    return std::min(std::max(value, low), high);
}

} // namespace

WindowPlacement fitWindowGeometry(QSize savedSize, std::optional<QPoint> savedPosition, const QRect &available, QSize minimum)
{
    WindowPlacement result;
    if (available.isEmpty()) {
        result.size = savedSize.expandedTo(minimum);
        result.position = savedPosition;
        return result;
    }
    result.size = QSize(clampSide(savedSize.width(), minimum.width(), available.width()),
            clampSide(savedSize.height(), minimum.height(), available.height()));
    if (!savedPosition)
        return result;
    const QRect window(*savedPosition, result.size);
    if (!window.intersects(available)) {
        QRect centred(QPoint(), result.size);
        centred.moveCenter(available.center());
        result.position = centred.topLeft();
        return result;
    }
    // (the size fits, so the window can always be moved inside)
    result.position = QPoint(std::clamp(window.x(), available.left(), available.right() + 1 - result.size.width()),
            std::clamp(window.y(), available.top(), available.bottom() + 1 - result.size.height()));
    return result;
}

} // namespace sim
