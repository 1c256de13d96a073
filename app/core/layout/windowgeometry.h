// SPDX-License-Identifier: MIT
#pragma once

#include <QRect>
#include <QSize>
#include <optional>

namespace sim {

/**
 * Where a window reopens with the geometry saved when it last closed (window settings), so that a
 * size saved at another scale factor or on a larger screen, or a position on a screen that is gone,
 * never opens the window with its controls off screen. All in logical pixels (device-independent,
 * the unit of QScreen::availableGeometry at the current scale factor).
 *
 *  - `savedSize`: the saved width × height; its sides are each clamped to [minimum, available]
 *    (a window saved tiny grows to the minimum; a minimum larger than the screen gives way to the screen).
 *  - `savedPosition`: the saved top-left corner, or std::nullopt when none was saved (then the result
 *    has no position either: the window system places the window). A window that would still overlap
 *    the available area is moved just enough to lie inside it; one entirely outside it is centred in it.
 *  - `available`: the available area of the screen the window opens on (without panels and docks).
 *  - `minimum`: the window's minimum size.
 *
 * An empty `available` (no screen known) clamps to the minimum only and keeps the position.
 */
struct WindowPlacement {
    QSize size;
    std::optional<QPoint> position;
};

WindowPlacement fitWindowGeometry(QSize savedSize, std::optional<QPoint> savedPosition, const QRect &available, QSize minimum);

} // namespace sim
