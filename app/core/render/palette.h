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

} // namespace palette
} // namespace sim
