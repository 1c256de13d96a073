// SPDX-License-Identifier: MIT
#pragma once

#include "geo/geometry.h"
#include "geo/triangulate.h"

#include <cstdint>
#include <limits>
#include <vector>

namespace sim {

/** A point of a prepared mesh in its local units (map pixels at the mesh's base zoom level). */
struct MeshPoint {
    float x = 0;
    float y = 0;
};

/** One ring of a mesh level: points [first, first + count) of the level, without a closing repeat. */
struct MeshRing {
    std::uint32_t first = 0;
    std::uint32_t count = 0;
    std::int32_t district = 0;
    bool hole = false;
};

/** Every district at one level of detail, ready to be copied into vertex and index buffers. */
struct MeshLevel {
    double zoom = 0; ///< the map zoom level it is made for; +inf for the full detail
    double tolerance = 0; ///< simplification tolerance in local units; 0 for the full detail
    std::vector<MeshPoint> points; ///< the outlines: district by district, ring by ring
    std::vector<MeshRing> rings; ///< district by district
    /** The fill: its own points (the outlines' plus where the fill is cut into cells) and three
        indices into them per triangle. */
    std::vector<MeshPoint> fillPoints;
    std::vector<std::uint32_t> triangles;
    /** District d owns points [districtPoints[d], districtPoints[d + 1]), likewise rings, fill points
        and triangle indices. */
    std::vector<std::uint32_t> districtPoints;
    std::vector<std::uint32_t> districtRings;
    std::vector<std::uint32_t> districtFillPoints;
    std::vector<std::uint32_t> districtTriangles;
};

struct MeshOptions {
    double baseZoom = 10; ///< local units are map pixels at this zoom level
    double tileSize = 256; ///< the width of the whole world at zoom 0, in map pixels
    double tolerancePixels = 0.4; ///< how far, in screen pixels, a simplified outline may depart from the real one
    /** The same for the fill, whose edges are under the outlines: fewer triangles for the rasteriser. */
    double fillTolerancePixels = 1.0;
    double minZoom = 7; ///< the coarsest level is made for this zoom level
    double maxZoom = 22; ///< no simplified level beyond this one
    /**
     * The fill is triangulated in cells at most this wide on screen (at the level's zoom): ear
     * clipping a long, detailed ring gives long sliver triangles, and a rasteriser pays for each
     * triangle per screen tile its bounding box touches (Mesa's llvmpipe: 64×64 pixels). Never more
     * than 64 cells across the whole bounds (at high zoom only a part is on screen). 0: no cells.
     */
    double fillCellPixels = 192;
    /** outlineOnly[d]: district d gets outlines but no fill (a city of the context inside its
        province, whose fill covers it already). Missing entries: filled. */
    std::vector<bool> outlineOnly;
};

/**
 * The districts' boundaries prepared once for a Web Mercator map whose camera moves every frame.
 *
 * The rings are projected to local units — map pixels at `baseZoom`, from the north-west corner
 * of the bounds — so that the map only has to scale and translate them. Then they are cut into
 * arcs at the points where districts meet (a point is such a junction when it is used with
 * different neighbours), and every arc gets a Douglas–Peucker significance per point, computed in
 * a canonical direction: a border that two districts share is simplified the same way for both,
 * so simplification never opens gaps or overlaps between neighbours.
 *
 * Level i is made for one integer zoom level: it keeps the points that matter by more than
 * `tolerancePixels` at that zoom, and is drawn for every zoom up to it; the last level is the full
 * detail. buildLevel() selects the points and triangulates the fill (see triangulate()) cell by
 * cell (`fillCellPixels`), so that no triangle is much larger than a cell on screen.
 */
class DistrictMesh
{
public:
    DistrictMesh() = default;
    /** districts[d] is district d's polygons (WGS84). */
    explicit DistrictMesh(const std::vector<std::vector<Polygon>> &districts, const MeshOptions &options = {});

    [[nodiscard]] const MeshOptions &options() const { return m_options; }
    [[nodiscard]] int districtCount() const { return m_districtCount; }
    [[nodiscard]] bool isEmpty() const { return m_pointCount == 0; }
    /** The north-west corner of the bounds, local (0, 0). */
    [[nodiscard]] LonLat origin() const { return m_originLonLat; }
    /** The size of the bounds in local units. */
    [[nodiscard]] double width() const { return m_width; }
    [[nodiscard]] double height() const { return m_height; }
    /** Every ring's points at full detail. */
    [[nodiscard]] size_t pointCount() const { return m_pointCount; }
    /** How many points are shared by two districts or more (borders). */
    [[nodiscard]] size_t sharedPointCount() const { return m_sharedPoints; }

    [[nodiscard]] int levelCount() const { return int(m_levelZooms.size()); }
    [[nodiscard]] double levelZoom(int level) const { return m_levelZooms[size_t(level)]; }
    [[nodiscard]] double levelTolerance(int level) const { return m_levelTolerances[size_t(level)]; }
    /** How many points level `level` keeps (before rings too small to draw are dropped). */
    [[nodiscard]] size_t levelPointCount(int level) const { return m_levelPoints[size_t(level)]; }
    /** The level to draw at map zoom level `zoom`. */
    [[nodiscard]] int levelFor(double zoom) const;
    [[nodiscard]] MeshLevel buildLevel(int level) const;

    /** A WGS84 position in local units. */
    [[nodiscard]] Vec2 project(LonLat p) const;
    /** Local units per map pixel at map zoom level `zoom` (so a 1-pixel line is this wide in local units). */
    [[nodiscard]] double unitsPerPixel(double zoom) const;

private:
    struct RingData {
        std::vector<Vec2> points; ///< local units, no closing repeat, no repeated neighbours
        std::vector<double> significance; ///< keep point k when significance[k] > tolerance; +inf: always
    };
    struct PolygonData {
        int district = 0;
        std::vector<RingData> rings; ///< outer first, then holes
    };

    MeshOptions m_options;
    int m_districtCount = 0;
    LonLat m_originLonLat;
    Mercator m_origin;
    double m_scale = 1; ///< local units per Mercator unit
    double m_width = 0;
    double m_height = 0;
    size_t m_pointCount = 0;
    size_t m_sharedPoints = 0;
    std::vector<PolygonData> m_polygons; ///< district by district
    std::vector<double> m_levelZooms;
    std::vector<double> m_levelTolerances;
    std::vector<size_t> m_levelPoints;
};

} // namespace sim
