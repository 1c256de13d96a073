// SPDX-License-Identifier: MIT
#include "render/mappainter.h"

#include "render/maprules.h"
#include "render/palette.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>

namespace sim {

QTransform mapTransform(const QRectF &target, const Bounds &view)
{
    if (view.isEmpty() || target.isEmpty())
        return {};
    const Mercator nw = toMercator({view.minLon, view.maxLat});
    const Mercator se = toMercator({view.maxLon, view.minLat});
    const double w = std::max(se.x - nw.x, 1e-12);
    const double h = std::max(se.y - nw.y, 1e-12);
    const double scale = std::min(target.width() / w, target.height() / h);
    const double dx = target.left() + (target.width() - w * scale) / 2 - nw.x * scale;
    const double dy = target.top() + (target.height() - h * scale) / 2 - nw.y * scale;
    return QTransform(scale, 0, 0, scale, dx, dy);
}

Bounds padded(const Bounds &b, double fraction)
{
    if (b.isEmpty())
        return b;
    const double dx = (b.maxLon - b.minLon) * fraction;
    const double dy = (b.maxLat - b.minLat) * fraction;
    Bounds r;
    r.add(LonLat {b.minLon - dx, b.minLat - dy});
    r.add(LonLat {b.maxLon + dx, b.maxLat + dy});
    return r;
}

namespace {

void addRing(QPainterPath &path, const Ring &ring, const QTransform &t, qreal minDistance)
{
    if (ring.size() < 3)
        return;
    // Snapped to a quarter of a device pixel: invisible, and a PDF's numbers get short and compress well.
    auto project = [&t](LonLat p) {
        const Mercator m = toMercator(p);
        const QPointF q = t.map(QPointF(m.x, m.y));
        return QPointF(std::round(q.x() * 4) / 4, std::round(q.y() * 4) / 4);
    };
    const QPointF first = project(ring.front());
    path.moveTo(first);
    QPointF last = first;
    int kept = 1;
    const qreal min2 = minDistance * minDistance;
    for (size_t i = 1; i + 1 < ring.size(); ++i) {
        const QPointF p = project(ring[i]);
        const QPointF d = p - last;
        if (QPointF::dotProduct(d, d) < min2)
            continue;
        path.lineTo(p);
        last = p;
        ++kept;
    }
    if (kept < 3) { // too small to simplify: keep every point
        path.moveTo(first);
        for (size_t i = 1; i + 1 < ring.size(); ++i)
            path.lineTo(project(ring[i]));
    }
    path.closeSubpath();
}

qreal pointsToDevice(const QPainter &painter)
{
    const QPaintDevice *device = painter.device();
    return device ? device->logicalDpiY() / 72.0 : 1.0;
}

/** The label font's size in points (a font set in pixels counts as 8 points). */
qreal labelPoints(const MapStyle &style)
{
    return style.labelFont.pointSizeF() > 0 ? style.labelFont.pointSizeF() : 8.0;
}

struct ScaleBar {
    QRectF box;
    qreal length = 0; // device units
    QString text;
    QFont font;
};

ScaleBar scaleBar(
        const QPainter &painter, const QRectF &target, const QTransform &t, const Bounds &view, const MapStyle &style, qreal pt)
{
    ScaleBar bar;
    const double lat = view.center().lat * std::numbers::pi / 180.0;
    const double kmPerUnit = 40075.016686 * std::cos(lat) / t.m11();
    if (!(kmPerUnit > 0) || !std::isfinite(kmPerUnit))
        return bar;
    const double km = niceScaleLength(target.width() * 0.22 * kmPerUnit * 1000) / 1000;
    bar.length = km / kmPerUnit;
    bar.font = style.labelFont;
    bar.font.setPointSizeF(std::max(5.0, labelPoints(style) * 0.85));
    const QFontMetricsF fm(bar.font, painter.device());
    bar.text = scaleBarText(km * 1000);
    const qreal inset = 6 * pt;
    bar.box = QRectF(target.left() + inset, target.bottom() - inset - fm.height() - 6 * pt,
            std::max(bar.length, fm.horizontalAdvance(bar.text)) + 6 * pt, fm.height() + 6 * pt);
    return bar;
}

void drawScaleBar(QPainter &painter, const ScaleBar &bar, const MapStyle &style, qreal pt)
{
    if (bar.box.isEmpty())
        return;
    const QFontMetricsF fm(bar.font, painter.device());
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 190));
    painter.drawRect(bar.box);
    const qreal x0 = bar.box.left() + 3 * pt;
    const qreal y = bar.box.bottom() - 2.5 * pt;
    QPen pen(style.label, 0.8 * pt);
    pen.setCapStyle(Qt::FlatCap);
    painter.setPen(pen);
    painter.drawLine(QPointF(x0, y), QPointF(x0 + bar.length, y));
    painter.drawLine(QPointF(x0, y), QPointF(x0, y - 3 * pt));
    painter.drawLine(QPointF(x0 + bar.length, y), QPointF(x0 + bar.length, y - 3 * pt));
    painter.setFont(bar.font);
    painter.drawText(QPointF(x0, y - 3.5 * pt - fm.descent()), bar.text);
}

/**
 * Where a district's label goes: its label point when the label fits in the view there without
 * touching `avoid` (the highlighted district); otherwise (a district cut by the frame, as in a
 * close-up) the point of its visible part nearest that part's centre where the whole label lies
 * inside the district and the view.
 */
std::optional<QPointF> labelAnchor(const QPainterPath &path, QPointF labelPoint, QSizeF size, const QRectF &inside,
        bool searchIfCut, const QPainterPath &avoid)
{
    auto boxAt = [&size](QPointF c) {
        return QRectF(c.x() - size.width() / 2, c.y() - size.height() / 2, size.width(), size.height());
    };
    auto clear = [&avoid](const QRectF &box) { return avoid.isEmpty() || !avoid.intersects(box); };
    if (inside.contains(boxAt(labelPoint)) && clear(boxAt(labelPoint)))
        return labelPoint;
    if (!searchIfCut)
        return std::nullopt;
    const QRectF visible = path.boundingRect() & inside;
    if (visible.isEmpty())
        return std::nullopt;
    std::optional<QPointF> best;
    qreal bestDistance = 0;
    constexpr int steps = 12;
    for (int ix = 0; ix <= steps; ++ix) {
        for (int iy = 0; iy <= steps; ++iy) {
            const QPointF c(visible.left() + visible.width() * ix / steps, visible.top() + visible.height() * iy / steps);
            const QRectF box = boxAt(c);
            const QPointF d = c - visible.center();
            const qreal distance = QPointF::dotProduct(d, d);
            if (best && distance >= bestDistance)
                continue; // cheap tests first: the path tests walk every edge
            if (!inside.contains(box) || !path.contains(c) || !path.contains(box.topLeft()) || !path.contains(box.topRight())
                    || !path.contains(box.bottomLeft()) || !path.contains(box.bottomRight()) || !clear(box))
                continue;
            best = c;
            bestDistance = distance;
        }
    }
    return best;
}

/** Whether the segment a–b runs along an edge of `clip` (the context file's clip rectangle). */
bool onClipEdge(LonLat a, LonLat b, const Bounds &clip)
{
    constexpr double eps = 1e-9;
    auto same = [](double u, double v) { return std::abs(u - v) < eps; };
    return (same(a.lon, clip.minLon) && same(b.lon, clip.minLon)) || (same(a.lon, clip.maxLon) && same(b.lon, clip.maxLon))
            || (same(a.lat, clip.minLat) && same(b.lat, clip.minLat)) || (same(a.lat, clip.maxLat) && same(b.lat, clip.maxLat));
}

/** A context area's borders as open lines: every ring without its segments on the clip rectangle. */
QPainterPath contextBorders(
        const ContextArea &area, const Bounds &clip, const QTransform &t, qreal minDistance, const QRectF &view)
{
    QPainterPath path;
    const qreal min2 = minDistance * minDistance;
    auto project = [&t](LonLat p) {
        const Mercator m = toMercator(p);
        return t.map(QPointF(m.x, m.y));
    };
    auto ring = [&](const Ring &r) {
        bool drawing = false;
        QPointF last;
        for (size_t i = 0; i + 1 < r.size(); ++i) {
            if (onClipEdge(r[i], r[i + 1], clip)) {
                drawing = false;
                continue;
            }
            const QPointF a = project(r[i]), b = project(r[i + 1]);
            if (!QRectF(a, b).normalized().adjusted(-1, -1, 1, 1).intersects(view)) {
                drawing = false; // out of the picture: nothing of it in the file
                continue;
            }
            if (!drawing) {
                path.moveTo(a);
                last = a;
                drawing = true;
            }
            const QPointF d = b - last;
            if (QPointF::dotProduct(d, d) >= min2 || i + 2 == r.size()
                    || onClipEdge(r[i + 1], r[(i + 2) % (r.size() - 1)], clip)) {
                path.lineTo(b);
                last = b;
            }
        }
    };
    for (const Polygon &polygon : area.polygons) {
        ring(polygon.outer);
        for (const Ring &hole : polygon.holes)
            ring(hole);
    }
    return path;
}

QPainterPath contextFill(const ContextArea &area, const QTransform &t, qreal minDistance, const QRectF &view)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const Polygon &polygon : area.polygons) {
        const Bounds b = boundsOf(polygon.outer);
        const Mercator nw = toMercator({b.minLon, b.maxLat}), se = toMercator({b.maxLon, b.minLat});
        if (!t.mapRect(QRectF(QPointF(nw.x, nw.y), QPointF(se.x, se.y))).intersects(view))
            continue; // an island out of the picture
        addRing(path, polygon.outer, t, minDistance);
        for (const Ring &hole : polygon.holes)
            addRing(path, hole, t, minDistance);
    }
    // only the part in the picture: a PDF or SVG would otherwise carry every position of a province
    QPainterPath frame;
    frame.addRect(view);
    return path.isEmpty() ? path : path.intersected(frame);
}

} // namespace

QPainterPath districtPath(const DistrictShape &shape, const QTransform &transform, qreal minDistance)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const Polygon &polygon : shape.polygons) {
        addRing(path, polygon.outer, transform, minDistance);
        for (const Ring &hole : polygon.holes)
            addRing(path, hole, transform, minDistance);
    }
    return path;
}

void paintMap(QPainter &painter, const Dataset &data, const QRectF &target, const Bounds &view, const MapStyle &style,
        std::span<const QColor> fills, int highlight, Lang lang, bool labels)
{
    if (target.isEmpty() || view.isEmpty())
        return;
    const qreal pt = pointsToDevice(painter);
    const QTransform t = mapTransform(target, view);
    const size_t n = std::min(data.districts.size(), data.shapes.size());
    if (highlight >= int(n))
        highlight = -1;

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(target, Qt::IntersectClip);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.background);
    painter.drawRect(target);

    // Only what can show: districts whose bounds meet the view.
    const QRectF visible = t.inverted().mapRect(target);
    auto onScreen = [&](size_t i) {
        const Bounds &b = data.shapes[i].bounds;
        const Mercator nw = toMercator({b.minLon, b.maxLat});
        const Mercator se = toMercator({b.maxLon, b.minLat});
        return QRectF(QPointF(nw.x, nw.y), QPointF(se.x, se.y)).intersects(visible);
    };

    // The land around the districts: fills (a province holds its cities: they add only borders),
    // then the city borders, then the province borders over them.
    const ContextSet &context = data.context;
    std::vector<QPainterPath> contextPaths(style.context ? context.areas.size() : 0);
    auto contextOnScreen = [&](const ContextArea &a) {
        const Mercator nw = toMercator({a.bounds.minLon, a.bounds.maxLat});
        const Mercator se = toMercator({a.bounds.maxLon, a.bounds.minLat});
        return QRectF(QPointF(nw.x, nw.y), QPointF(se.x, se.y)).intersects(visible);
    };
    if (!contextPaths.empty()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.contextLand);
        for (size_t i = 0; i < context.areas.size(); ++i) {
            const ContextArea &a = context.areas[i];
            if (!contextOnScreen(a))
                continue;
            contextPaths[i] = contextFill(a, t, style.simplify * pt, target.adjusted(-4 * pt, -4 * pt, 4 * pt, 4 * pt));
            if (a.level == ContextArea::Level::Province)
                painter.drawPath(contextPaths[i]);
        }
        painter.setBrush(Qt::NoBrush);
        for (const auto level : {ContextArea::Level::City, ContextArea::Level::Province}) {
            const bool province = level == ContextArea::Level::Province;
            QPen pen(province ? style.contextProvinceBorder : style.contextCityBorder,
                    (province ? style.contextProvinceWidth : style.contextCityWidth) * pt);
            pen.setJoinStyle(Qt::RoundJoin);
            painter.setPen(pen);
            for (size_t i = 0; i < context.areas.size(); ++i)
                if (context.areas[i].level == level && !contextPaths[i].isEmpty())
                    painter.drawPath(contextBorders(context.areas[i], context.bounds, t, style.simplify * pt, target));
        }
    }

    std::vector<QPainterPath> paths(n);
    QPen outline(style.outline, style.outlineWidth * pt);
    outline.setJoinStyle(Qt::RoundJoin);
    for (size_t i = 0; i < n; ++i) {
        if (!onScreen(i))
            continue;
        paths[i] = districtPath(data.shapes[i], t, style.simplify * pt);
        if (int(i) == highlight)
            continue;
        const QColor fill = i < fills.size() && fills[i].isValid() ? fills[i] : style.land;
        painter.setBrush(fill);
        painter.setPen(outline);
        painter.drawPath(paths[i]);
    }
    if (highlight >= 0 && !paths[size_t(highlight)].isEmpty()) {
        QPen pen(style.highlightOutline, style.highlightOutlineWidth * pt);
        pen.setJoinStyle(Qt::RoundJoin);
        painter.setPen(pen);
        painter.setBrush(style.highlightFill);
        painter.drawPath(paths[size_t(highlight)]);
    }

    // The scale bar's corner is kept free of labels.
    const ScaleBar bar = style.scaleBar ? scaleBar(painter, target, t, view, style, pt) : ScaleBar {};
    if (labels) {
        // Where each label would sit; placeLabels (render/maprules.h) decides which show: the
        // highlighted district's first, then the larger ones; small districts lose collisions.
        struct Label {
            QFont font, second;
            QString first, next;
            QRectF box;
        };
        const Lang other = lang == Lang::Zh ? Lang::En : Lang::Zh;
        const QRectF inside = target.adjusted(2 * pt, 2 * pt, -2 * pt, -2 * pt);
        std::vector<Label> texts(n);
        std::vector<LabelCandidate> candidates(n);
        for (size_t i = 0; i < n; ++i) {
            if (paths[i].isEmpty())
                continue;
            const bool hl = int(i) == highlight;
            Label &l = texts[i];
            l.font = style.labelFont;
            l.font.setPointSizeF(labelPoints(style));
            l.font.setBold(hl);
            l.second = l.font;
            l.second.setBold(false);
            l.second.setPointSizeF(labelPoints(style) * 0.82);
            const QFontMetricsF fm(l.font, painter.device());
            const QFontMetricsF fm2(l.second, painter.device());
            l.first = mapLabel(data.districts[i], lang);
            l.next = style.bilingualLabels ? mapLabel(data.districts[i], other) : QString();
            const qreal w = std::max(fm.horizontalAdvance(l.first), l.next.isEmpty() ? 0.0 : fm2.horizontalAdvance(l.next));
            const qreal h = fm.height() + (l.next.isEmpty() ? 0.0 : fm2.height());
            const QRectF shape = paths[i].boundingRect();
            LabelCandidate &c = candidates[i];
            c.emphasised = hl;
            c.size = shape.width() * shape.height();
            c.fits = !(w > shape.width() * 1.5 || h > shape.height() * 1.5);
            if (!c.fits && !hl)
                continue;
            const Mercator m = toMercator(data.shapes[i].label);
            const std::optional<QPointF> anchor = labelAnchor(paths[i], t.map(QPointF(m.x, m.y)), QSizeF(w, h), inside, !hl,
                    hl || highlight < 0 ? QPainterPath() : paths[size_t(highlight)]);
            if (!anchor)
                continue;
            l.box = QRectF(anchor->x() - w / 2, anchor->y() - h / 2, w, h);
            c.box = l.box.adjusted(-1.5 * pt, -0.5 * pt, 1.5 * pt, 0.5 * pt);
        }
        std::vector<QRectF> reserved;
        if (!bar.box.isEmpty())
            reserved.push_back(bar.box);
        const std::vector<bool> shown = placeLabels(candidates, reserved);
        std::vector<QRectF> placed = reserved; // for the context's names below
        for (size_t i = 0; i < n; ++i)
            if (shown[i])
                placed.push_back(candidates[i].box);
        for (size_t i = 0; i < n; ++i) {
            if (!shown[i])
                continue;
            const Label &l = texts[i];
            const bool hl = int(i) == highlight;
            const QFontMetricsF fm(l.font, painter.device());
            const QFontMetricsF fm2(l.second, painter.device());
            const qreal cx = l.box.center().x();
            // The style's label colour where it reaches WCAG 4.5:1 against the district's fill, else
            // the one the screen uses on that fill (palette::labelColorsOn)
            const QColor under = hl ? style.highlightFill : i < fills.size() && fills[i].isValid() ? fills[i] : style.land;
            QColor ink = hl ? style.highlightLabel : style.label;
            if (palette::contrastRatio(ink, under) < palette::kTextContrast)
                ink = palette::labelColorsOn(under, false).text;
            painter.setPen(ink);
            painter.setFont(l.font);
            painter.drawText(QPointF(cx - fm.horizontalAdvance(l.first) / 2, l.box.top() + fm.ascent()), l.first);
            if (!l.next.isEmpty()) {
                painter.setFont(l.second);
                painter.drawText(
                        QPointF(cx - fm2.horizontalAdvance(l.next) / 2, l.box.top() + fm.height() + fm2.ascent()), l.next);
            }
        }
        // The context's names: smaller and lighter than the districts', only where no district label
        // is, provinces first; on the visible part of an area when its label point is out of view.
        for (size_t i = 0; i < contextPaths.size(); ++i) {
            if (contextPaths[i].isEmpty())
                continue;
            const ContextArea &a = context.areas[i];
            const bool province = a.level == ContextArea::Level::Province;
            QFont font = style.labelFont;
            font.setPointSizeF(labelPoints(style) * (province ? 0.95 : 0.82));
            const QFontMetricsF fm(font, painter.device());
            const QString text = mapLabel(a, lang);
            const qreal w = fm.horizontalAdvance(text), h = fm.height();
            const Mercator m = toMercator(a.label);
            const std::optional<QPointF> anchor
                    = labelAnchor(contextPaths[i], t.map(QPointF(m.x, m.y)), QSizeF(w, h), inside, true, QPainterPath());
            if (!anchor)
                continue;
            const QRectF box(anchor->x() - w / 2, anchor->y() - h / 2, w, h);
            const QRectF spaced = box.adjusted(-2 * pt, -1 * pt, 2 * pt, 1 * pt);
            if (std::any_of(placed.begin(), placed.end(), [&](const QRectF &r) { return r.intersects(spaced); }))
                continue;
            placed.push_back(spaced);
            painter.setPen(style.contextLabel);
            painter.setFont(font);
            painter.drawText(QPointF(box.left(), box.top() + fm.ascent()), text);
        }
    }

    drawScaleBar(painter, bar, style, pt);

    if (style.frame.isValid()) { // inside the clip: half a pen width in from the edge
        painter.setPen(QPen(style.frame, 0.5 * pt));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(target.adjusted(0.25 * pt, 0.25 * pt, -0.25 * pt, -0.25 * pt));
    }
    painter.restore();
}

} // namespace sim
