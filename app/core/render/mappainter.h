// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"
#include "geo/geometry.h"
#include "render/palette.h"

#include <QColor>
#include <QFont>
#include <QPainterPath>
#include <QRectF>
#include <QTransform>

#include <span>

class QPainter;

namespace sim {

/**
 * How a map is drawn. Sizes (outline widths, the label font's point size) are in points and are
 * converted to device pixels with the paint device's DPI, so the same style reads the same on a
 * PDF page and on a 96-dpi image.
 */
struct MapStyle {
    QColor background {0xea, 0xf0, 0xf5}; ///< the target rectangle outside every district
    QColor land {0xf4, 0xef, 0xe4}; ///< districts without a fill of their own
    QColor outline {0x8a, 0x93, 0xa0};
    QColor highlightFill {0x8d, 0xbd, 0xea}; ///< the highlighted district
    QColor highlightOutline {0x1f, 0x5f, 0xa8};
    QColor label {0x1e, 0x2a, 0x36};
    QColor highlightLabel {0x0b, 0x2a, 0x4d};
    QColor frame {0xb8, 0xc2, 0xcc}; ///< a hairline around the target; invalid: none
    /** The land around the districts (Dataset::context), drawn under them when there is any. */
    bool context = true;
    QColor contextLand = palette::contextLand();
    QColor contextProvinceBorder = palette::contextProvinceBorder();
    QColor contextCityBorder = palette::contextCityBorder();
    QColor contextLabel = palette::contextLabel();
    qreal contextProvinceWidth = 0.6; ///< points
    qreal contextCityWidth = 0.35; ///< points
    qreal outlineWidth = 0.5; ///< points
    qreal highlightOutlineWidth = 1.4; ///< points
    QFont labelFont; ///< family and point size of district labels
    bool bilingualLabels = false; ///< two-line labels: the language asked, then the other
    bool scaleBar = false; ///< a scale bar in the bottom-left corner
    /** Simplification: ring points closer than this to the last point kept are skipped (points). */
    qreal simplify = 0.3;
};

/**
 * The Web Mercator projection of `view` fitted into `target`, centred, keeping the aspect ratio.
 * Maps sim::toMercator() coordinates to the painter's coordinates; `view` must not be empty.
 */
QTransform mapTransform(const QRectF &target, const Bounds &view);

/** `b` grown by `fraction` of its width and height on every side. */
Bounds padded(const Bounds &b, double fraction);

/**
 * A district's outline as one even-odd path (islands and holes included), in the coordinates of
 * `transform` (from mapTransform), skipping points closer than `minDistance` to the last one kept.
 */
QPainterPath districtPath(const DistrictShape &shape, const QTransform &transform, qreal minDistance = 0);

/**
 * Draws the districts of `data` as vector paths: the part of `view` (WGS84 lon/lat, projected to
 * Web Mercator like the on-screen map) fitted into `target`, clipped to it.
 *
 * - `fills`: an optional per-district fill (by district index; a choropleth). Empty, or an
 *   invalid colour for a district: style.land.
 * - `highlight`: the index of a district drawn in style.highlight* on top of the others, or -1.
 * - the context (data.context, when style.context): the land around the districts under them,
 *   city borders and then the stronger province borders (segments on the edge of the context's
 *   bounds are its clip, not borders: not drawn), and, with `labels`, their names in
 *   style.contextLabel, smaller than the districts', placed only where no district label is.
 * - `labels`: district names at their label points in `lang` (two lines when
 *   style.bilingualLabels); the highlighted district's first, then by size; a label that would
 *   collide with one already drawn or stand out far beyond its district is left out.
 *   A label on a dark fill (luma under 0.4, as the darkest choropleth classes) is white.
 *
 * The painter's state is restored afterwards. One renderer for the PDF report and image exports.
 */
void paintMap(QPainter &painter, const Dataset &data, const QRectF &target, const Bounds &view, const MapStyle &style = {},
        std::span<const QColor> fills = {}, int highlight = -1, Lang lang = Lang::Zh, bool labels = true);

} // namespace sim
