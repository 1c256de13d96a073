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

/**
 * The land around the districts (data/context.geojson): a quiet neutral, darker and greyer than
 * the districts' own land colour in the light theme and between the water and the districts in the
 * dark theme, so that Shanghai stands out and the neighbours read as land, not as water.
 */
inline QColor contextLand(bool dark = false)
{
    return dark ? QColor(0x2b, 0x33, 0x3d) : QColor(0xe4, 0xe2, 0xdb);
}
/** A province border of the context (江苏省 / 浙江省): slightly stronger than a city border. */
inline QColor contextProvinceBorder(bool dark = false)
{
    return dark ? QColor(0x62, 0x6d, 0x7a) : QColor(0xa8, 0xa3, 0x98);
}
/** A prefecture-level city border of the context (苏州市 / 嘉兴市 …). */
inline QColor contextCityBorder(bool dark = false)
{
    return dark ? QColor(0x48, 0x52, 0x5e) : QColor(0xc9, 0xc5, 0xbc);
}
/** The names of the context areas: quiet, far lighter than the districts' labels. */
inline QColor contextLabel(bool dark = false)
{
    return dark ? QColor(0x86, 0x91, 0x9e) : QColor(0x8a, 0x85, 0x7b);
}

} // namespace palette
} // namespace sim
