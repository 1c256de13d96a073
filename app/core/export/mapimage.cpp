// SPDX-License-Identifier: MIT
#include "export/mapimage.h"

#include "io/atomicfile.h"

#include "analysis/choropleth.h"
#include "export/table.h"
#include "export/tablefile.h"
#include "render/mappainter.h"
#include "report/report.h"
#include "text/format.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QImageWriter>
#include <QLoggingCategory>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace sim {

// Where the time of a map export goes: QT_LOGGING_RULES="sim.timing.info=true" (README: Performance).
Q_LOGGING_CATEGORY(lcMapTiming, "sim.timing", QtWarningMsg)

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QFont baseFont()
{
    const ReportFont &rf = reportFont();
    QFont font = rf.family.isEmpty() ? QFont() : QFont(rf.family);
    font.setStyleStrategy(QFont::PreferAntialias);
    return font;
}

QFont sized(QFont font, qreal points, bool bold = false)
{
    font.setPointSizeF(std::max(points, 3.0));
    font.setBold(bold);
    return font;
}

/** A north arrow: a half-filled arrowhead with "N"/"北" above it, centred on `top` (its top middle). */
void drawNorthArrow(QPainter &p, QPointF top, qreal height, const QFont &font, Lang lang, const QColor &ink)
{
    const QString letter = lang == Lang::Zh ? QStringLiteral("北") : QStringLiteral("N");
    const QFontMetricsF fm(font, p.device());
    p.setFont(font);
    p.setPen(ink);
    p.drawText(QPointF(top.x() - fm.horizontalAdvance(letter) / 2, top.y() + fm.ascent()), letter);
    const qreal y0 = top.y() + fm.height() + height * 0.05;
    const qreal h = height - fm.height();
    const qreal w = h * 0.45;
    QPainterPath left, right;
    left.moveTo(top.x(), y0);
    left.lineTo(top.x() - w / 2, y0 + h);
    left.lineTo(top.x(), y0 + h * 0.72);
    left.closeSubpath();
    right.moveTo(top.x(), y0);
    right.lineTo(top.x() + w / 2, y0 + h);
    right.lineTo(top.x(), y0 + h * 0.72);
    right.closeSubpath();
    QPen pen(ink, std::max(1.0, h * 0.03));
    pen.setJoinStyle(Qt::MiterJoin);
    p.setPen(pen);
    p.setBrush(ink);
    p.drawPath(left);
    p.setBrush(Qt::white);
    p.drawPath(right);
}

/** Text wrapped into `width`, drawn from `y` down; returns the y under it. */
qreal drawWrapped(QPainter &p, qreal x, qreal y, qreal width, const QString &text, const QFont &font, const QColor &ink)
{
    p.setFont(font);
    p.setPen(ink);
    const QFontMetricsF fm(font, p.device());
    const QRectF box = fm.boundingRect(QRectF(x, y, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    p.drawText(QRectF(x, y, width, box.height() + 1), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    return y + box.height();
}

} // namespace

std::optional<MapImageFormat> mapImageFormatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return MapImageFormat::Png;
    if (suffix == QLatin1String("svg"))
        return MapImageFormat::Svg;
    return std::nullopt;
}

std::optional<QString> paintMapImage(QPainter &painter, const Dataset &data, const QRectF &target, const MapImageOptions &options)
{
    const Metric *metric = nullptr;
    if (!options.metric.isEmpty()) {
        metric = data.metric(options.metric);
        if (!metric)
            return QStringLiteral("No metric has the key \"%1\".").arg(options.metric);
    }
    if (target.isEmpty() || data.bounds.isEmpty())
        return std::nullopt;
    const Lang lang = options.lang;
    const int highlight = options.highlight >= 0 && size_t(options.highlight) < data.districts.size() ? options.highlight : -1;
    const QPaintDevice *device = painter.device();
    const qreal pt = device ? device->logicalDpiY() / 72.0 : 1.0; // device units per point
    // Everything scales with the picture: 1200 px (at 96 dpi) on the short side is the reference.
    const qreal s = std::clamp(std::min(target.width(), target.height()) / 1200.0, 0.3, 4.0);
    const QColor ink(0x1e, 0x2a, 0x36);
    const QColor muted(0x5a, 0x66, 0x72);
    const QFont base = baseFont();

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setClipRect(target);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawRect(target);

    const qreal margin = std::min(target.width(), target.height()) * 0.03;

    // Title block: the dataset, and what the colours mean.
    const QFont titleFont = sized(base, 20 * s, true);
    const QFont subtitleFont = sized(base, 13 * s);
    QString subtitle;
    if (metric) {
        const DistrictTable table = buildDistrictTable(data);
        subtitle = table.header(size_t(table.columnOf(metric->key)), lang);
        if (metric->year)
            subtitle
                    += lang == Lang::Zh ? QStringLiteral("，%1年").arg(*metric->year) : QStringLiteral(", %1").arg(*metric->year);
    } else {
        subtitle = lang == Lang::Zh ? QStringLiteral("%1个区").arg(data.districts.size())
                                    : QStringLiteral("%1 districts").arg(data.districts.size());
    }
    if (highlight >= 0)
        subtitle += (lang == Lang::Zh ? QStringLiteral(" · 突出显示：") : QStringLiteral(" · highlighted: "))
                + data.districts[size_t(highlight)].name.get(lang);
    qreal y = target.top() + margin;
    const QFontMetricsF tfm(titleFont, device);
    const QFontMetricsF sfm(subtitleFont, device);
    painter.setFont(titleFont);
    painter.setPen(ink);
    painter.drawText(QPointF(target.left() + margin, y + tfm.ascent()), data.title.get(lang));
    y += tfm.height();
    painter.setFont(subtitleFont);
    painter.setPen(muted);
    painter.drawText(QPointF(target.left() + margin, y + sfm.ascent()), subtitle);
    y += sfm.height() + margin * 0.5;

    // The map on the left (or top), the legend beside (or under) it.
    const bool landscape = target.width() >= target.height() * 1.05;
    const QRectF body(target.left() + margin, y, target.width() - 2 * margin, target.bottom() - margin - y);
    QRectF mapRect, legendRect;
    if (landscape) {
        const qreal legendW = body.width() * 0.27;
        mapRect = QRectF(body.left(), body.top(), body.width() - legendW - margin, body.height());
        legendRect = QRectF(mapRect.right() + margin, body.top(), legendW, body.height());
    } else {
        const qreal legendH = body.height() * 0.27;
        mapRect = QRectF(body.left(), body.top(), body.width(), body.height() - legendH - margin);
        legendRect = QRectF(body.left(), mapRect.bottom() + margin, body.width(), legendH);
    }

    std::vector<QColor> fills;
    Classification classes;
    if (metric) {
        classes = classify(*metric);
        fills.reserve(data.districts.size());
        for (size_t i = 0; i < data.districts.size(); ++i)
            fills.push_back(classes.colorOf(i < metric->values.size() ? metric->values[i] : std::nullopt));
    }
    MapStyle style;
    style.labelFont = sized(base, 11 * s);
    style.outlineWidth = 0.7 * s;
    style.highlightOutlineWidth = 2.2 * s;
    style.scaleBar = true;
    style.simplify = 0.3 * s;
    if (metric) // the choropleth's colours stay readable under a highlight: outline only
        style.highlightFill = highlight >= 0 ? fills[size_t(highlight)] : style.highlightFill;
    paintMap(painter, data, mapRect, padded(data.bounds, 0.02), style, fills, highlight, lang, true);

    // North is up (Web Mercator, not rotated): an arrow in the map's top-right corner.
    const qreal arrowH = std::min(mapRect.height(), mapRect.width()) * 0.11;
    drawNorthArrow(painter, QPointF(mapRect.right() - margin - arrowH * 0.25, mapRect.top() + margin * 0.6), arrowH,
            sized(base, 12 * s, true), lang, ink);

    // The legend: classes, no data, unit, year and source.
    qreal ly = legendRect.top();
    const qreal lx = legendRect.left();
    const qreal lw = legendRect.width();
    const QFont headFont = sized(base, 12 * s, true);
    const QFont itemFont = sized(base, 11 * s);
    const QFont noteFont = sized(base, 9 * s);
    const qreal swatch = QFontMetricsF(itemFont, device).height() * 0.9;
    auto item = [&](const QColor &fill, const QColor &edge, qreal edgeWidth, const QString &label) {
        painter.setPen(QPen(edge, edgeWidth));
        painter.setBrush(fill);
        painter.drawRect(QRectF(lx, ly, swatch * 1.6, swatch));
        painter.setFont(itemFont);
        painter.setPen(ink);
        const QFontMetricsF fm(itemFont, device);
        painter.drawText(QPointF(lx + swatch * 2.1, ly + (swatch + fm.ascent() - fm.descent()) / 2), label);
        ly += swatch * 1.45;
    };
    if (metric) {
        const DistrictTable table = buildDistrictTable(data);
        const int column = table.columnOf(metric->key);
        ly = drawWrapped(painter, lx, ly, lw, table.header(size_t(column), lang), headFont, ink) + swatch * 0.5;
        for (const LegendEntry &e : legendEntries(*metric, classes, lang)) // (as the on-screen legend)
            item(e.color, style.outline, 0.5 * s * pt, e.label);
        const TableColumn &col = table.columns[size_t(column)];
        QString source = (lang == Lang::Zh ? QStringLiteral("来源：") : QStringLiteral("Source: ")) + col.source.get(lang);
        if (col.year)
            source += lang == Lang::Zh ? QStringLiteral("（%1年数据）").arg(*col.year)
                                       : QStringLiteral(" (figures for %1)").arg(*col.year);
        ly += swatch * 0.3;
        ly = drawWrapped(painter, lx, ly, lw, source, noteFont, muted) + swatch * 0.6;
    }
    if (highlight >= 0)
        item(style.highlightFill, style.highlightOutline, 2.2 * s * pt, data.districts[size_t(highlight)].name.get(lang));
    // What every map of this application says about itself: projection and orientation.
    ly += swatch * 0.3;
    drawWrapped(painter, lx, ly, lw,
            lang == Lang::Zh ? QStringLiteral("上北下南 · Web墨卡托投影 · 数据版本 %1").arg(data.version)
                             : QStringLiteral("North is up · Web Mercator · data version %1").arg(data.version),
            noteFont, muted);
    painter.restore();
    return std::nullopt;
}

std::optional<QString> writeMapImage(const Dataset &data, const MapImageOptions &options, const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral("Could not write the map: no file name was given");
    const auto format = mapImageFormatOf(path);
    if (!format)
        return QStringLiteral("Could not write %1: the file name must end in .png or .svg").arg(shown(path));
    if (QFileInfo(path).isDir())
        return QStringLiteral("Could not write %1: it is a directory").arg(shown(path));
    if (!data.dir.isEmpty() && isInsideDirectory(QFileInfo(path).absolutePath(), data.dir))
        return insideDataDirMessage(path, data.dir);
    if (!options.metric.isEmpty() && !data.metric(options.metric))
        return QStringLiteral("Could not write %1: no metric has the key \"%2\"").arg(shown(path), options.metric);
    if (options.size.isEmpty() || options.size.width() > 20000 || options.size.height() > 20000)
        return QStringLiteral("Could not write %1: the size %2x%3 is not between 1x1 and 20000x20000")
                .arg(shown(path))
                .arg(options.size.width())
                .arg(options.size.height());
    QElapsedTimer clock;
    clock.start();
    if (const ReportFont &font = reportFont(); !font.error.isEmpty())
        return QStringLiteral("Could not write %1: %2").arg(shown(path), font.error);
    qCInfo(lcMapTiming, "map image: fonts %lld ms", clock.restart());

    // atomically, as every writer of the application (io/atomicfile.h)
    return writeFileAtomically(path, [&](QIODevice &file) -> std::optional<QString> {
        const QRectF target(QPointF(0, 0), QSizeF(options.size));
        std::optional<QString> error;
        if (*format == MapImageFormat::Png) {
            const qreal dpr = std::clamp(options.devicePixelRatio, 1.0, 4.0);
            QImage image(QSize(int(std::lround(options.size.width() * dpr)), int(std::lround(options.size.height() * dpr))),
                    QImage::Format_RGB32); // opaque (white ground): an RGB PNG, a quarter less to encode than RGBA
            if (image.isNull())
                return QStringLiteral("not enough memory for a %1x%2 image")
                        .arg(options.size.width() * dpr)
                        .arg(options.size.height() * dpr);
            image.setDevicePixelRatio(dpr);
            image.setDotsPerMeterX(3780); // 96 dpi: points convert to pixels as on a screen
            image.setDotsPerMeterY(3780);
            image.fill(Qt::white);
            {
                QPainter painter(&image);
                error = paintMapImage(painter, data, target, options);
            }
            qCInfo(lcMapTiming, "map image: painted %dx%d px in %lld ms", image.width(), image.height(), clock.restart());
            // zlib level 1 instead of Qt's default 6: flat map colours compress almost as well, in a
            // fraction of the time (3200×2400: the encoding was the largest part of an export)
            QImageWriter writer(&file, "png");
            writer.setQuality(85); // (Qt maps quality q to zlib level (100 - q) * 9 / 91: 85 → 1)
            if (!error && !writer.write(image))
                error = QStringLiteral("the PNG encoder failed: %1").arg(writer.errorString());
            qCInfo(lcMapTiming, "map image: PNG encoded in %lld ms", clock.restart());
        } else {
            QSvgGenerator svg;
            svg.setOutputDevice(&file);
            svg.setSize(options.size);
            svg.setViewBox(target);
            svg.setResolution(96);
            svg.setTitle(data.title.get(options.lang));
            svg.setDescription(QStringLiteral("Shanghai Innovation Map, data version %1").arg(data.version));
            QPainter painter;
            if (!painter.begin(&svg)) {
                error = QStringLiteral("the SVG generator could not start");
            } else {
                error = paintMapImage(painter, data, target, options);
                painter.end();
            }
        }
        return error;
    });
}

} // namespace sim
