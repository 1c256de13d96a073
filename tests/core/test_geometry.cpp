// SPDX-License-Identifier: MIT
#include "geo/geometry.h"
#include "geo/hitindex.h"
#include "testdata.h"

#include <gtest/gtest.h>

#include <random>

using namespace sim;

namespace {
Ring square(double x0, double y0, double x1, double y1)
{
    return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
}
} // namespace

TEST(Geometry, RingContainment)
{
    const Ring r = square(0, 0, 2, 2);
    EXPECT_TRUE(ringContains(r, {1, 1}));
    EXPECT_FALSE(ringContains(r, {3, 1}));
    EXPECT_FALSE(ringContains(r, {1, -0.5}));
}

TEST(Geometry, HolesAreOutside)
{
    const Polygon p {square(0, 0, 4, 4), {square(1, 1, 3, 3)}};
    EXPECT_TRUE(polygonContains(p, {0.5, 0.5}));
    EXPECT_FALSE(polygonContains(p, {2, 2}));
}

TEST(Geometry, LabelPointOfAnLShapeIsInside)
{
    // An L whose bounding-box centre lies outside it.
    const Polygon l {{{0, 0}, {10, 0}, {10, 2}, {2, 2}, {2, 10}, {0, 10}, {0, 0}}, {}};
    ASSERT_FALSE(polygonContains(l, boundsOf(l.outer).center()));
    EXPECT_TRUE(polygonContains(l, labelPoint({l})));
}

TEST(Geometry, MercatorRoundTrip)
{
    const LonLat p {121.4737, 31.2304};
    const LonLat q = fromMercator(toMercator(p));
    EXPECT_NEAR(q.lon, p.lon, 1e-9);
    EXPECT_NEAR(q.lat, p.lat, 1e-9);
    EXPECT_NEAR(toMercator({0, 0}).x, 0.5, 1e-12);
    EXPECT_NEAR(toMercator({0, 0}).y, 0.5, 1e-12);
}

TEST(HitIndex, IslandsHolesAndOutside)
{
    const std::vector<std::vector<Polygon>> districts = {
            {Polygon {square(0, 0, 4, 4), {square(1, 1, 3, 3)}}}, // 0: with a hole
            {Polygon {square(1, 1, 3, 3), {}}, Polygon {square(6, 0, 7, 1), {}}}, // 1: fills the hole, plus an island
    };
    const HitIndex index(districts);
    EXPECT_EQ(index.districtAt({0.5, 0.5}), 0);
    EXPECT_EQ(index.districtAt({2, 2}), 1);
    EXPECT_EQ(index.districtAt({6.5, 0.5}), 1);
    EXPECT_EQ(index.districtAt({5, 0.5}), -1); // between, inside the overall bounds
    EXPECT_EQ(index.districtAt({-1, -1}), -1);
}

TEST(HitIndex, AgreesWithBruteForceOnTheRealBoundaries)
{
    const Dataset &data = simtest::bundled();
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> lon(data.bounds.minLon - 0.05, data.bounds.maxLon + 0.05);
    std::uniform_real_distribution<double> lat(data.bounds.minLat - 0.05, data.bounds.maxLat + 0.05);
    int inside = 0;
    for (int i = 0; i < 20000; ++i) {
        const LonLat p {lon(rng), lat(rng)};
        int expected = -1;
        for (size_t d = 0; d < data.shapes.size() && expected < 0; ++d)
            for (const auto &poly : data.shapes[d].polygons)
                if (polygonContains(poly, p))
                    expected = int(d);
        ASSERT_EQ(data.districtAt(p), expected) << "at " << p.lon << ", " << p.lat;
        inside += expected >= 0;
    }
    EXPECT_GT(inside, 5000); // the sample really exercised the districts
}
