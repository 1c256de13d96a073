// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"

#include <QRectF>
#include <QSize>
#include <QString>

#include <optional>

class QPainter;

namespace sim {

/** What a map image shows. */
struct MapImageOptions {
    QString metric; ///< colour the districts by this metric (choropleth); empty: plain land colour
    int highlight = -1; ///< index of a district drawn highlighted, or -1
    Lang lang = Lang::Zh; ///< labels, title and legend
    /** Logical size (CSS pixels; 1 px = 1/96 inch). PNG: size × devicePixelRatio device pixels. */
    QSize size {1600, 1200};
    /** PNG only: 2 renders a 1600×1200 image at 3200×2400 pixels for high-DPI screens and print. */
    qreal devicePixelRatio = 2;
};

/** The image formats of a map export. */
enum class MapImageFormat { Png, Svg };

/** The format a file name asks for by its suffix (".png", ".svg", any case); std::nullopt otherwise. */
std::optional<MapImageFormat> mapImageFormatOf(const QString &path);

/**
 * Paints the map picture into `target` with `painter` (any paint device: QImage, QSvgGenerator,
 * QPdfWriter): the districts through sim::paintMap (the PDF report's renderer) with labels in
 * options.lang, a title (the dataset's title, and the metric's label), a scale bar, a north arrow
 * ("north is up": Web Mercator, not rotated) and, with a metric, a legend of its choropleth classes
 * (sim::classify: the app's colours; "no data" when a district lacks data) with the unit, year and
 * source. Text is drawn as text. Needs a QGuiApplication (fonts). Returns an error when the metric
 * is unknown (nothing is drawn then).
 */
std::optional<QString> paintMapImage(
        QPainter &painter, const Dataset &data, const QRectF &target, const MapImageOptions &options);

/**
 * Writes the map picture to `path` as PNG (QImage of options.size × devicePixelRatio pixels) or SVG
 * (QSvgGenerator, options.size as its size and viewBox, 96 dpi, text as <text> elements), by the
 * suffix. Atomic (QSaveFile): on any failure — unknown suffix or metric, empty size, `path` inside
 * the data directory, unwritable directory — what was at `path` before is left byte for byte, and
 * the error names the file. Returns the error, or std::nullopt.
 */
std::optional<QString> writeMapImage(const Dataset &data, const MapImageOptions &options, const QString &path);

} // namespace sim
