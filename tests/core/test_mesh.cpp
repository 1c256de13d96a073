// SPDX-License-Identifier: MIT
// The map's drawing geometry: triangulation, projection and the simplification levels.
#include "geo/districtmesh.h"
#include "testdata.h"
#include "geo/triangulate.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <numbers>
#include <random>
#include <set>

using namespace sim;

namespace {

double ringArea(std::span<const Vec2> pts)
{
    double a = 0;
    for (size_t i = 0, n = pts.size(), j = n - 1; i < n; j = i++)
        a += (pts[j].x - pts[i].x) * (pts[j].y + pts[i].y);
    return std::abs(a) / 2;
}

// A star-shaped polygon with n points at random radii: concave almost everywhere.
std::vector<Vec2> star(size_t n, std::mt19937 &rng, double cx = 0, double cy = 0, double r0 = 1)
{
    std::uniform_real_distribution<double> radius(0.2 * r0, r0);
    std::vector<Vec2> pts;
    for (size_t k = 0; k < n; ++k) {
        const double a = 2 * std::numbers::pi * double(k) / double(n);
        const double r = radius(rng);
        pts.push_back({cx + r * std::cos(a), cy + r * std::sin(a)});
    }
    return pts;
}

std::vector<std::vector<Polygon>> bundledPolygons()
{
    std::vector<std::vector<Polygon>> out;
    for (const auto &shape : simtest::bundled().shapes)
        out.push_back(shape.polygons);
    return out;
}

} // namespace

TEST(Triangulate, SquareIsTwoTriangles)
{
    const std::vector<Vec2> sq {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
    const auto tris = triangulate(sq);
    ASSERT_EQ(tris.size(), 6u);
    EXPECT_DOUBLE_EQ(trianglesArea(sq, tris), 1.0);
}

TEST(Triangulate, EitherWindingAndConcaveShapes)
{
    std::vector<Vec2> l {{0, 0}, {10, 0}, {10, 2}, {2, 2}, {2, 10}, {0, 10}};
    EXPECT_DOUBLE_EQ(trianglesArea(l, triangulate(l)), 36.0);
    std::reverse(l.begin(), l.end());
    EXPECT_DOUBLE_EQ(trianglesArea(l, triangulate(l)), 36.0);
}

TEST(Triangulate, HolesAreLeftOpen)
{
    // outer 4x4 with two 1x1 holes
    const std::vector<Vec2> pts {{0, 0}, {4, 0}, {4, 4}, {0, 4}, //
            {1, 1}, {1, 2}, {2, 2}, {2, 1}, //
            {2.5, 2.5}, {3.5, 2.5}, {3.5, 3.5}, {2.5, 3.5}};
    const std::vector<std::uint32_t> holes {4, 8};
    const auto tris = triangulate(pts, holes);
    EXPECT_NEAR(trianglesArea(pts, tris), 14.0, 1e-12);
    // no triangle has its centre in a hole
    for (size_t t = 0; t < tris.size(); t += 3) {
        const double x = (pts[tris[t]].x + pts[tris[t + 1]].x + pts[tris[t + 2]].x) / 3;
        const double y = (pts[tris[t]].y + pts[tris[t + 1]].y + pts[tris[t + 2]].y) / 3;
        EXPECT_FALSE(x > 1 && x < 2 && y > 1 && y < 2);
        EXPECT_FALSE(x > 2.5 && x < 3.5 && y > 2.5 && y < 3.5);
    }
}

TEST(Triangulate, RandomStarsCoverTheirAreaExactly)
{
    std::mt19937 rng(7);
    for (size_t n : {5u, 17u, 90u, 400u, 3000u}) {
        const auto pts = star(n, rng);
        const auto tris = triangulate(pts);
        EXPECT_EQ(tris.size(), 3 * (n - 2)) << n;
        EXPECT_NEAR(trianglesArea(pts, tris), ringArea(pts), 1e-9 * ringArea(pts)) << n;
    }
}

TEST(Triangulate, DegenerateInputGivesNothingAndDoesNotCrash)
{
    EXPECT_TRUE(triangulate(std::vector<Vec2> {}).empty());
    EXPECT_TRUE(triangulate(std::vector<Vec2> {{0, 0}, {1, 1}}).empty());
    EXPECT_TRUE(triangulate(std::vector<Vec2> {{0, 0}, {1, 1}, {2, 2}, {3, 3}}).empty()); // collinear
    // a bow tie (self-intersecting): some triangles, and no index out of range
    const std::vector<Vec2> bow {{0, 0}, {2, 2}, {2, 0}, {0, 2}};
    for (auto i : triangulate(bow))
        EXPECT_LT(i, bow.size());
}

TEST(DistrictMesh, ProjectsLikeQtLocation)
{
    // Qt Location's Web Mercator: the world is 256 * 2^zoom map pixels wide.
    const std::vector<std::vector<Polygon>> one {{Polygon {{{121, 31}, {122, 31}, {122, 32}, {121, 32}, {121, 31}}, {}}}};
    const DistrictMesh mesh(one);
    const Vec2 o = mesh.project(mesh.origin());
    EXPECT_DOUBLE_EQ(o.x, 0);
    EXPECT_DOUBLE_EQ(o.y, 0);
    EXPECT_NEAR(mesh.width(), 256.0 * 1024 / 360, 1e-9); // one degree of longitude at zoom 10
    EXPECT_DOUBLE_EQ(mesh.unitsPerPixel(10), 1);
    EXPECT_DOUBLE_EQ(mesh.unitsPerPixel(12), 0.25);
    const Mercator a = toMercator({121, 32}), b = toMercator({121, 31});
    EXPECT_NEAR(mesh.height(), (b.y - a.y) * 256 * 1024, 1e-6);
}

TEST(DistrictMesh, FullDetailKeepsEveryPointAndCoversEveryDistrict)
{
    const auto polys = bundledPolygons();
    const DistrictMesh mesh(polys);
    ASSERT_EQ(mesh.districtCount(), 16);
    EXPECT_EQ(mesh.pointCount(), 14780u - 25u); // the rings' closing repeats are not stored
    EXPECT_GT(mesh.sharedPointCount(), 6000u);
    const MeshLevel full = mesh.buildLevel(mesh.levelCount() - 1);
    EXPECT_EQ(full.points.size(), mesh.pointCount());
    EXPECT_EQ(full.rings.size(), 25u);
    for (int d = 0; d < 16; ++d) {
        double expected = 0;
        for (const auto &poly : polys[size_t(d)]) {
            std::vector<Vec2> ring;
            for (const auto &p : poly.outer)
                ring.push_back(mesh.project(p));
            expected += ringArea(ring);
            for (const auto &h : poly.holes) {
                ring.clear();
                for (const auto &p : h)
                    ring.push_back(mesh.project(p));
                expected -= ringArea(ring);
            }
        }
        std::vector<Vec2> pts;
        for (const auto &p : full.fillPoints)
            pts.push_back({p.x, p.y});
        const std::span<const std::uint32_t> tris(full.triangles.data() + full.districtTriangles[size_t(d)],
                full.districtTriangles[size_t(d) + 1] - full.districtTriangles[size_t(d)]);
        EXPECT_NEAR(trianglesArea(pts, tris), expected, 1e-4 * expected) << "district " << d;
    }
}

TEST(DistrictMesh, CoarserLevelsHaveFewerPointsAndAreChosenByZoom)
{
    const DistrictMesh mesh(bundledPolygons());
    ASSERT_GE(mesh.levelCount(), 3);
    for (int i = 1; i < mesh.levelCount(); ++i) {
        EXPECT_LE(mesh.levelPointCount(i - 1), mesh.levelPointCount(i));
        EXPECT_LT(mesh.levelZoom(i - 1), mesh.levelZoom(i));
    }
    // the whole city on a screen needs far fewer points than the data has
    EXPECT_LT(mesh.buildLevel(mesh.levelFor(9)).points.size(), mesh.pointCount() / 3);
    EXPECT_EQ(mesh.levelFor(7), 0);
    EXPECT_EQ(mesh.levelFor(8.5), mesh.levelFor(9));
    EXPECT_LE(mesh.levelFor(9), mesh.levelFor(9.01));
    EXPECT_EQ(mesh.levelFor(40), mesh.levelCount() - 1);
}

TEST(DistrictMesh, SharedBordersAreSimplifiedTheSameWayForBothNeighbours)
{
    const DistrictMesh mesh(bundledPolygons());
    const MeshLevel full = mesh.buildLevel(mesh.levelCount() - 1);
    using P = std::pair<float, float>;
    auto pointsOf = [](const MeshLevel &level, int d) {
        std::set<P> s;
        for (auto k = level.districtPoints[size_t(d)]; k < level.districtPoints[size_t(d) + 1]; ++k)
            s.insert({level.points[k].x, level.points[k].y});
        return s;
    };
    std::vector<std::set<P>> fullSets;
    for (int d = 0; d < 16; ++d)
        fullSets.push_back(pointsOf(full, d));
    int pairs = 0;
    for (int level = 0; level + 1 < mesh.levelCount(); ++level) {
        const MeshLevel lv = mesh.buildLevel(level);
        std::vector<std::set<P>> kept;
        for (int d = 0; d < 16; ++d)
            kept.push_back(pointsOf(lv, d));
        for (int a = 0; a < 16; ++a) {
            for (int b = a + 1; b < 16; ++b) {
                std::set<P> shared;
                std::set_intersection(fullSets[size_t(a)].begin(), fullSets[size_t(a)].end(), fullSets[size_t(b)].begin(),
                        fullSets[size_t(b)].end(), std::inserter(shared, shared.end()));
                if (shared.empty())
                    continue;
                ++pairs;
                for (const P &p : shared)
                    EXPECT_EQ(kept[size_t(a)].count(p), kept[size_t(b)].count(p))
                            << "level " << level << ", districts " << a << " and " << b;
            }
        }
    }
    EXPECT_GT(pairs, 20);
}

TEST(DistrictMesh, SimplifiedOutlinesStayWithinTheTolerance)
{
    // A wiggly island: every dropped point must lie within the tolerance of the kept outline.
    std::mt19937 rng(3);
    std::vector<Vec2> local = star(2000, rng, 0, 0, 0.2);
    Ring ring;
    for (const Vec2 &p : local)
        ring.push_back({121.5 + p.x, 31.2 + p.y * 0.9});
    ring.push_back(ring.front());
    const DistrictMesh mesh({{Polygon {ring, {}}}});
    const MeshLevel full = mesh.buildLevel(mesh.levelCount() - 1);
    for (int level = 0; level + 1 < mesh.levelCount(); ++level) {
        const MeshLevel lv = mesh.buildLevel(level);
        ASSERT_EQ(lv.rings.size(), 1u);
        ASSERT_LT(lv.points.size(), full.points.size());
        // walk the full ring; each kept point starts a segment of the simplified ring
        std::map<std::pair<float, float>, size_t> keptIndex;
        for (size_t k = 0; k < lv.points.size(); ++k)
            keptIndex[{lv.points[k].x, lv.points[k].y}] = k;
        double worst = 0;
        const size_t n = full.points.size();
        size_t start = 0;
        while (!keptIndex.count({full.points[start].x, full.points[start].y}))
            ++start;
        size_t k = start;
        do {
            size_t next = (k + 1) % n;
            while (!keptIndex.count({full.points[next].x, full.points[next].y}))
                next = (next + 1) % n;
            const Vec2 a {full.points[k].x, full.points[k].y}, b {full.points[next].x, full.points[next].y};
            for (size_t m = (k + 1) % n; m != next; m = (m + 1) % n) {
                const Vec2 p {full.points[m].x, full.points[m].y};
                const double dx = b.x - a.x, dy = b.y - a.y;
                double t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy);
                t = std::clamp(t, 0.0, 1.0);
                worst = std::max(worst, std::hypot(p.x - a.x - t * dx, p.y - a.y - t * dy));
            }
            k = next;
        } while (k != start);
        EXPECT_LE(worst, lv.tolerance * 1.0001 + 1e-4) << "level " << level;
    }
}

TEST(DistrictMesh, TheFillIsCutIntoCellsWithoutLosingArea)
{
    const auto polys = bundledPolygons();
    MeshOptions whole;
    whole.fillCellPixels = 0;
    const DistrictMesh cut(polys), uncut(polys, whole);
    for (int level = 0; level < cut.levelCount(); ++level) {
        const MeshLevel a = cut.buildLevel(level), b = uncut.buildLevel(level);
        EXPECT_EQ(a.points.size(), b.points.size()); // the outlines do not change
        auto area = [](const MeshLevel &lv) {
            std::vector<Vec2> pts;
            for (const auto &p : lv.fillPoints)
                pts.push_back({p.x, p.y});
            return trianglesArea(pts, lv.triangles);
        };
        EXPECT_NEAR(area(a), area(b), 1e-4 * area(b)) << "level " << level;
        // no triangle much wider than a cell (at the zoom the level is drawn at)
        const double zoom = std::isfinite(a.zoom) ? a.zoom : cut.levelZoom(level - 1) + 1;
        const double cell
                = std::max(cut.options().fillCellPixels * cut.unitsPerPixel(zoom), std::max(cut.width(), cut.height()) / 64);
        double widest = 0;
        for (size_t t = 0; t < a.triangles.size(); t += 3) {
            float x0 = 1e30f, x1 = -1e30f, y0 = 1e30f, y1 = -1e30f;
            for (int k = 0; k < 3; ++k) {
                const MeshPoint &p = a.fillPoints[a.triangles[t + size_t(k)]];
                x0 = std::min(x0, p.x), x1 = std::max(x1, p.x), y0 = std::min(y0, p.y), y1 = std::max(y1, p.y);
            }
            widest = std::max(widest, double(std::max(x1 - x0, y1 - y0)));
        }
        EXPECT_LE(widest, cell * 1.001) << "level " << level;
    }
}
