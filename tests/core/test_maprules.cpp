// SPDX-License-Identifier: MIT
// The map's rules shared by the screen and the PDF: label words, which labels show, scale-bar lengths.
#include "render/maprules.h"

#include <gtest/gtest.h>

using namespace sim;

TEST(MapRules, LabelsDropDistrictInEnglishOnly)
{
    District d;
    d.name = {QStringLiteral("黄浦区"), QStringLiteral("Huangpu District")};
    EXPECT_EQ(mapLabel(d, Lang::En), QStringLiteral("Huangpu"));
    EXPECT_EQ(mapLabel(d, Lang::Zh), QStringLiteral("黄浦区"));
    d.name.en = QStringLiteral("Pudong New Area");
    EXPECT_EQ(mapLabel(d, Lang::En), QStringLiteral("Pudong New Area"));
}

TEST(MapRules, EmphasisedThenLargerLabelsWinCollisions)
{
    const QRectF middle(10, 10, 20, 10);
    const std::vector<LabelCandidate> labels {
            {middle, false, 5, true}, // small district
            {middle.translated(5, 0), false, 50, true}, // larger, overlaps the first: wins
            {QRectF(100, 100, 20, 10), false, 1, false}, // free but does not fit its district
            {QRectF(100, 100, 20, 10).translated(0, 50), true, 1, false}, // does not fit, but selected
            {QRectF(), true, 99, true}, // outside the view: no box
    };
    EXPECT_EQ(placeLabels(labels), (std::vector<bool> {false, true, false, true, false}));

    // the selected district's label beats a larger neighbour
    std::vector<LabelCandidate> selected = {labels[0], labels[1]};
    selected[0].emphasised = true;
    EXPECT_EQ(placeLabels(selected), (std::vector<bool> {true, false}));

    // a reserved corner (the scale bar) takes precedence over every label
    const QRectF corner(0, 0, 40, 40);
    EXPECT_EQ(placeLabels(selected, std::span<const QRectF>(&corner, 1)), (std::vector<bool> {false, false}));
}

TEST(MapRules, ScaleBarLengthsAreRound)
{
    EXPECT_DOUBLE_EQ(niceScaleLength(1234), 1000);
    EXPECT_DOUBLE_EQ(niceScaleLength(2500), 2000);
    EXPECT_DOUBLE_EQ(niceScaleLength(7300), 5000);
    EXPECT_DOUBLE_EQ(niceScaleLength(0.31), 0.2);
    EXPECT_DOUBLE_EQ(niceScaleLength(0), 0);
    EXPECT_EQ(scaleBarText(500), QStringLiteral("500 m"));
    EXPECT_EQ(scaleBarText(2000), QStringLiteral("2 km"));
    EXPECT_EQ(scaleBarText(20000), QStringLiteral("20 km"));
}
