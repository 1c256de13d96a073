// SPDX-License-Identifier: MIT
// Legible maps (issue 16): label text against every choropleth class in both themes reaches WCAG
// AA (4.5:1), and the marking outlines (comparison, selection, keyboard focus) reach 3:1 against
// the fill they surround. The same functions colour the screen and paper.
#include "analysis/choropleth.h"
#include "render/palette.h"

#include <gtest/gtest.h>

using namespace sim;

namespace {
/** Every fill a district can have on a coloured map: each class of each classification (1 to 5
    classes), lightened as the hovered district is, and "no data". */
std::vector<QColor> everyChoroplethFill()
{
    std::vector<QColor> out;
    for (int n = 1; n <= 5; ++n)
        for (const QColor &c : palette::choroplethClasses(n)) {
            out.push_back(c);
            out.push_back(c.lighter(112)); // DistrictMap.qml: Qt.lighter(fill, 1.12) under the pointer
        }
    out.push_back(palette::noData());
    out.push_back(palette::noData().lighter(112));
    return out;
}
} // namespace

TEST(Palette, WcagLuminanceAndContrast)
{
    EXPECT_NEAR(palette::relativeLuminance(Qt::white), 1.0, 1e-9);
    EXPECT_DOUBLE_EQ(palette::relativeLuminance(Qt::black), 0.0);
    EXPECT_NEAR(palette::contrastRatio(Qt::black, Qt::white), 21.0, 1e-9);
    EXPECT_NEAR(palette::contrastRatio(Qt::white, Qt::black), 21.0, 1e-9);
    EXPECT_DOUBLE_EQ(palette::contrastRatio(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
    // WCAG's own examples: #777777 on white just fails AA (4.48), #767676 just passes (4.54)
    EXPECT_NEAR(palette::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white), 4.48, 0.01);
    EXPECT_NEAR(palette::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white), 4.54, 0.01);
}

TEST(Palette, TheChoroplethClassesAreTheLegendsColours)
{
    Metric m;
    m.values = {1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0};
    const Classification c = classify(m, 5);
    EXPECT_EQ(c.colors, palette::choroplethClasses(5));
    EXPECT_EQ(c.noData, palette::noData());
    EXPECT_TRUE(palette::choroplethClasses(0).empty());
    EXPECT_TRUE(palette::choroplethClasses(6).empty());
}

TEST(Palette, LabelTextReachesAaOnEveryClassInBothThemes)
{
    for (bool dark : {false, true})
        for (const QColor &fill : everyChoroplethFill()) {
            const palette::LabelColors l = palette::labelColorsOn(fill, dark);
            EXPECT_GE(palette::contrastRatio(l.text, fill), palette::kTextContrast)
                    << (dark ? "dark" : "light") << " theme, " << qPrintable(l.text.name()) << " on " << qPrintable(fill.name());
            // the halo stands apart from the letters it surrounds
            EXPECT_GE(palette::contrastRatio(l.text, l.halo), palette::kTextContrast) << qPrintable(fill.name());
        }
}

TEST(Palette, LabelsKeepTheThemesColourWhereItIsLegible)
{
    // the dark theme's light text on the darkest class, dark text on the pale yellow one (was white)
    EXPECT_EQ(palette::labelColorsOn(QColor(0x25, 0x34, 0x94), true).text, QColor(0xf0, 0xf0, 0xf0));
    EXPECT_EQ(palette::labelColorsOn(QColor(0xff, 0xff, 0xcc), true).text, QColor(0x1e, 0x2a, 0x36));
    // the light theme's dark text on pale classes, light text on navy (was dark on navy)
    EXPECT_EQ(palette::labelColorsOn(QColor(0xff, 0xff, 0xcc), false).text, QColor(0x1e, 0x2a, 0x36));
    EXPECT_EQ(palette::labelColorsOn(QColor(0x25, 0x34, 0x94), false).text, QColor(0xf0, 0xf0, 0xf0));
    // a halo of the other brightness: dark behind light letters, white behind dark ones
    EXPECT_EQ(palette::labelColorsOn(QColor(0x25, 0x34, 0x94), false).halo, QColor(0x1d, 0x28, 0x33));
    EXPECT_EQ(palette::labelColorsOn(QColor(0xff, 0xff, 0xcc), true).halo, QColor(Qt::white));
    // the neutral map's fills (DistrictMap.qml: land in each theme)
    EXPECT_EQ(palette::labelColorsOn(QColor(0xf4, 0xef, 0xe4), false).text, QColor(0x1e, 0x2a, 0x36));
    EXPECT_EQ(palette::labelColorsOn(QColor(0x3a, 0x43, 0x50), true).text, QColor(0xf0, 0xf0, 0xf0));
}

TEST(Palette, MarkingOutlinesStayVisibleOnEveryClass)
{
    // the comparison's two colours, and the selection and keyboard-focus outlines of both themes
    // (DistrictMap.qml: selectedOutline, focusOutline)
    const std::vector<QColor> outlines = {palette::compareA(), palette::compareB(), QColor(0xc2, 0x18, 0x5b),
            QColor(0xff, 0xd5, 0x4f), QColor(0x1f, 0x5f, 0xa8), QColor(0x8e, 0xc5, 0xff)};
    for (const QColor &outline : outlines)
        for (const QColor &fill : everyChoroplethFill()) {
            const QColor drawn = palette::outlineOn(outline, fill);
            EXPECT_GE(palette::contrastRatio(drawn, fill), palette::kOutlineContrast)
                    << qPrintable(outline.name()) << " on " << qPrintable(fill.name()) << " drawn " << qPrintable(drawn.name());
        }
    // where it is visible as it is, the colour is kept: blue on pale yellow stays Okabe–Ito blue
    EXPECT_EQ(palette::outlineOn(palette::compareA(), QColor(0xff, 0xff, 0xcc)), palette::compareA());
    // on navy the blue is lightened, not turned into another hue
    const QColor onNavy = palette::outlineOn(palette::compareA(), QColor(0x25, 0x34, 0x94));
    EXPECT_NE(onNavy, palette::compareA());
    EXPECT_GT(onNavy.blueF(), onNavy.redF());
    EXPECT_GT(palette::relativeLuminance(onNavy), palette::relativeLuminance(palette::compareA()));
}

TEST(Palette, ContextNamesAreQuietButLegible)
{
    for (const bool dark : {false, true}) {
        EXPECT_GE(palette::contrastRatio(palette::contextLabel(dark), palette::contextLand(dark)), palette::kTextContrast)
                << (dark ? "dark" : "light");
        // quieter than a district's label on the same land
        EXPECT_LT(palette::contrastRatio(palette::contextLabel(dark), palette::contextLand(dark)),
                palette::contrastRatio(palette::labelColorsOn(palette::contextLand(dark), dark).text, palette::contextLand(dark)))
                << (dark ? "dark" : "light");
    }
}
