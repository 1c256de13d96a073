// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>

namespace sim {

/**
 * Colours that mean the same on screen and on paper, defined once: the map (App.selection in the
 * QML) and the PDF reports (report/) read them from here.
 */
namespace palette {

/** The first district of a comparison: Okabe–Ito blue (colour-blind safe against compareB). */
inline QColor compareA()
{
    return {0x00, 0x72, 0xB2};
}
/** The second district of a comparison: Okabe–Ito orange. */
inline QColor compareB()
{
    return {0xE6, 0x9F, 0x00};
}

} // namespace palette
} // namespace sim
