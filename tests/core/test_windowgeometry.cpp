// SPDX-License-Identifier: MIT
// The saved window geometry fitted to the screen (issue 16): a window saved larger than the screen,
// at another scale factor, off screen or tiny reopens inside the screen's available area, at least
// its minimum size.
#include "layout/windowgeometry.h"

#include <gtest/gtest.h>

namespace {

using sim::fitWindowGeometry;

const QRect screen(0, 0, 1600, 1000); // a 1600×1000 screen's available area…
const QRect withPanel(0, 32, 1600, 968); // …and the same with a 32 px panel at the top
const QSize minimum(640, 420);

TEST(WindowGeometry, AWindowLargerThanTheScreenShrinksToItAndMovesInside)
{
    // saved at 2× on a larger screen: 5000×4000 at (-300, -200)
    const auto p = fitWindowGeometry(QSize(5000, 4000), QPoint(-300, -200), screen, minimum);
    EXPECT_EQ(p.size, QSize(1600, 1000));
    ASSERT_TRUE(p.position);
    EXPECT_EQ(*p.position, QPoint(0, 0));
    const auto q = fitWindowGeometry(QSize(5000, 4000), QPoint(-300, -200), withPanel, minimum);
    EXPECT_EQ(q.size, QSize(1600, 968));
    EXPECT_EQ(*q.position, QPoint(0, 32)) << "not under the panel";
}

TEST(WindowGeometry, AWindowPartlyOffScreenIsMovedJustEnoughToLieInside)
{
    const auto p = fitWindowGeometry(QSize(1280, 800), QPoint(900, 700), screen, minimum);
    EXPECT_EQ(p.size, QSize(1280, 800));
    EXPECT_EQ(*p.position, QPoint(320, 200));
    const auto q = fitWindowGeometry(QSize(1000, 700), QPoint(-200, 10), withPanel, minimum);
    EXPECT_EQ(*q.position, QPoint(0, 32));
    EXPECT_TRUE(withPanel.contains(QRect(*q.position, q.size)));
}

TEST(WindowGeometry, AWindowEntirelyOffScreenIsCentred)
{
    // e.g. saved on a second screen that is no longer connected
    const auto p = fitWindowGeometry(QSize(1000, 600), QPoint(3000, 2000), screen, minimum);
    EXPECT_EQ(p.size, QSize(1000, 600));
    EXPECT_EQ(*p.position, QPoint(300, 200));
    const auto q = fitWindowGeometry(QSize(1000, 600), QPoint(-5000, 100), screen, minimum);
    EXPECT_EQ(*q.position, QPoint(300, 200));
}

TEST(WindowGeometry, ATinyWindowGrowsToTheMinimum)
{
    const auto p = fitWindowGeometry(QSize(200, 100), QPoint(50, 60), screen, minimum);
    EXPECT_EQ(p.size, minimum);
    EXPECT_EQ(*p.position, QPoint(50, 60));
    EXPECT_EQ(fitWindowGeometry(QSize(800, 100), std::nullopt, screen, minimum).size, QSize(800, 420));
}

TEST(WindowGeometry, AWindowThatFitsIsKeptAsItWas)
{
    const auto p = fitWindowGeometry(QSize(1280, 800), QPoint(100, 80), withPanel, minimum);
    EXPECT_EQ(p.size, QSize(1280, 800));
    EXPECT_EQ(*p.position, QPoint(100, 80));
    // a window exactly as large as the area, in its corner
    const auto q = fitWindowGeometry(QSize(1600, 968), QPoint(0, 32), withPanel, minimum);
    EXPECT_EQ(q.size, QSize(1600, 968));
    EXPECT_EQ(*q.position, QPoint(0, 32));
}

TEST(WindowGeometry, NoSavedPositionLeavesThePlacingToTheWindowSystem)
{
    const auto p = fitWindowGeometry(QSize(5000, 4000), std::nullopt, screen, minimum);
    EXPECT_EQ(p.size, QSize(1600, 1000));
    EXPECT_FALSE(p.position);
}

TEST(WindowGeometry, AScreenSmallerThanTheMinimumWins)
{
    const QRect small(0, 0, 600, 400);
    const auto p = fitWindowGeometry(QSize(1280, 800), QPoint(10, 10), small, minimum);
    EXPECT_EQ(p.size, QSize(600, 400));
    EXPECT_EQ(*p.position, QPoint(0, 0));
}

TEST(WindowGeometry, AScreenNotAtTheOriginIsRespected)
{
    // the second of two screens side by side
    const QRect right(1920, 0, 1280, 1024);
    const auto p = fitWindowGeometry(QSize(1400, 900), QPoint(100, 100), right, minimum);
    EXPECT_EQ(p.size, QSize(1280, 900));
    EXPECT_EQ(*p.position, QPoint(1920 + 0, 62)) << "centred: it did not overlap that screen";
    const auto q = fitWindowGeometry(QSize(1000, 700), QPoint(2900, 500), right, minimum);
    EXPECT_EQ(*q.position, QPoint(1920 + 1280 - 1000, 1024 - 700));
}

TEST(WindowGeometry, NoScreenKnownOnlyAppliesTheMinimum)
{
    const auto p = fitWindowGeometry(QSize(5000, 100), QPoint(-300, -200), QRect(), minimum);
    EXPECT_EQ(p.size, QSize(5000, 420));
    EXPECT_EQ(*p.position, QPoint(-300, -200));
}

} // namespace
