// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>

#include <vector>

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

/** WCAG 2.x relative luminance of an sRGB colour: 0 (black) to 1 (white); alpha ignored. */
double relativeLuminance(const QColor &color);
/** WCAG 2.x contrast ratio of two colours, 1 (same) to 21 (black on white). */
double contrastRatio(const QColor &a, const QColor &b);

/** The least contrast of text against what it is drawn on (WCAG AA for normal text). */
inline constexpr double kTextContrast = 4.5;
/** The least contrast of an outline or focus ring against the fill it surrounds (WCAG non-text). */
inline constexpr double kOutlineContrast = 3.0;

/** A district label's text colour and the halo (outline) drawn around its letters. */
struct LabelColors {
    QColor text;
    QColor halo;
};

/**
 * The label colours for text drawn on `fill` (a choropleth class, the land, a highlighted
 * district) in the dark or light theme: the theme's own label colour when it reaches
 * kTextContrast against the fill, else the other theme's, else black or white (one of them always
 * reaches it); the halo is light behind dark text and dark behind light text. The screen
 * (DistrictMap.qml through App.choropleth) and paper (render/mappainter) both use it.
 */
LabelColors labelColorsOn(const QColor &fill, bool darkTheme);

/**
 * `outline` as drawn around a district filled with `fill`: itself when it reaches
 * kOutlineContrast against the fill, else moved towards white or black (whichever gets there
 * first) until it does — the comparison's blue stays a blue on the blue choropleth classes.
 */
QColor outlineOn(const QColor &outline, const QColor &fill);

/** The choropleth colours (ColorBrewer YlGnBu) for a classification into `classes` (1…5) classes, light to dark. */
std::vector<QColor> choroplethClasses(int classes);
/** A district without data in a choropleth. */
QColor noData();
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
/**
 * The names of the context areas: quieter than the districts' labels (lighter, smaller), yet at
 * WCAG text contrast on contextLand (4.7:1 light, 5.6:1 dark; tests/core/test_palette.cpp).
 */
inline QColor contextLabel(bool dark = false)
{
    return dark ? QColor(0xa3, 0xad, 0xb9) : QColor(0x66, 0x61, 0x5a);
}

} // namespace palette
} // namespace sim
