// SPDX-License-Identifier: MIT
#include "districtlayer.h"

#include "render/palette.h"

#include <QPainter>
#include <QPainterPath>
#include <QQuickWindow>
#include <QSGFlatColorMaterial>
#include <QSGGeometryNode>
#include <QSGRenderNode>
#include <QSGRendererInterface>
#include <QSGVertexColorMaterial>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace sim {

namespace {

QColor toColor(const QVariant &v, QColor fallback)
{
    if (v.metaType() == QMetaType::fromType<QColor>())
        return v.value<QColor>();
    if (v.canConvert<QString>()) {
        const QColor c = QColor::fromString(v.toString());
        if (c.isValid())
            return c;
    }
    return fallback;
}

/** Whether the segment a–b runs along an edge of `clip` (the context's clip rectangle), local units. */
bool onClipEdge(const MeshPoint &a, const MeshPoint &b, const QRectF &clip)
{
    if (clip.isEmpty())
        return false;
    constexpr float eps = 1e-3f;
    auto same = [](float u, qreal v) { return std::abs(u - float(v)) < eps; };
    return (same(a.x, clip.left()) && same(b.x, clip.left())) || (same(a.x, clip.right()) && same(b.x, clip.right()))
            || (same(a.y, clip.top()) && same(b.y, clip.top())) || (same(a.y, clip.bottom()) && same(b.y, clip.bottom()));
}

struct Rgba {
    unsigned char r, g, b, a;
};
Rgba premultiplied(const QColor &c)
{
    const QRgb p = qPremultiply(c.rgba());
    return {uchar(qRed(p)), uchar(qGreen(p)), uchar(qBlue(p)), uchar(qAlpha(p))};
}

// --- RHI: three geometry nodes with per-vertex colours -------------------------------------------

QSGGeometryNode *makeGeometryNode()
{
    auto *node = new QSGGeometryNode;
    node->setMaterial(new QSGVertexColorMaterial);
    node->setFlags(QSGNode::OwnsMaterial | QSGNode::OwnsGeometry);
    return node;
}

class MeshNode : public QSGNode
{
public:
    MeshNode()
    {
        appendChildNode(fill = makeGeometryNode());
        appendChildNode(lines = makeGeometryNode());
        appendChildNode(wide = makeGeometryNode());
        const auto &attrs = QSGGeometry::defaultAttributes_ColoredPoint2D();
        fill->setGeometry(new QSGGeometry(attrs, 0, 0, QSGGeometry::UnsignedIntType));
        lines->setGeometry(new QSGGeometry(attrs, 0, 0, QSGGeometry::UnsignedIntType));
        wide->setGeometry(new QSGGeometry(attrs, 0));
        fill->geometry()->setDrawingMode(QSGGeometry::DrawTriangles);
        lines->geometry()->setDrawingMode(QSGGeometry::DrawLines);
        lines->geometry()->setLineWidth(1);
        wide->geometry()->setDrawingMode(QSGGeometry::DrawTriangles);
        for (QSGGeometryNode *n : {fill, lines})
            n->geometry()->setIndexDataPattern(QSGGeometry::StaticPattern);
        fill->geometry()->setVertexDataPattern(QSGGeometry::StaticPattern);
        lines->geometry()->setVertexDataPattern(QSGGeometry::StaticPattern);
        wide->geometry()->setVertexDataPattern(QSGGeometry::DynamicPattern);
    }

    // Outlines in mesh order: the districts' first, then the context's (provinces, then cities).
    // Opaque lines go to the renderer's depth-tested opaque pass, where the first line drawn on a
    // pixel keeps it: a district's border stays on top of the context's border along it.
    void setMesh(const MeshLevel &level, int contextFrom, const QRectF &clip)
    {
        QSGGeometry *f = fill->geometry();
        f->allocate(int(level.fillPoints.size()), int(level.triangles.size()));
        auto *fv = f->vertexDataAsColoredPoint2D();
        for (size_t k = 0; k < level.fillPoints.size(); ++k)
            fv[k].set(level.fillPoints[k].x, level.fillPoints[k].y, 0, 0, 0, 0);
        std::copy(level.triangles.begin(), level.triangles.end(), f->indexDataAsUInt());

        QSGGeometry *l = lines->geometry();
        std::vector<quint32> indices;
        indices.reserve(2 * level.points.size());
        for (const MeshRing &r : level.rings) {
            const bool context = r.district >= contextFrom;
            for (std::uint32_t k = 0; k < r.count; ++k) {
                const std::uint32_t a = r.first + k, b = r.first + (k + 1 == r.count ? 0 : k + 1);
                if (context && onClipEdge(level.points[a], level.points[b], clip))
                    continue;
                indices.push_back(a);
                indices.push_back(b);
            }
        }
        l->allocate(int(level.points.size()), int(indices.size()));
        auto *lv = l->vertexDataAsColoredPoint2D();
        for (size_t k = 0; k < level.points.size(); ++k)
            lv[k].set(level.points[k].x, level.points[k].y, 0, 0, 0, 0);
        std::copy(indices.begin(), indices.end(), l->indexDataAsUInt());
        fill->markDirty(QSGNode::DirtyGeometry);
        lines->markDirty(QSGNode::DirtyGeometry);
    }

    void setColours(const MeshLevel &level, const DistrictLayer::Style &style)
    {
        auto *fv = fill->geometry()->vertexDataAsColoredPoint2D();
        auto *lv = lines->geometry()->vertexDataAsColoredPoint2D();
        const int fillVertices = fill->geometry()->vertexCount();
        const int lineVertices = lines->geometry()->vertexCount();
        bool opaqueFills = true, opaqueLines = true;
        for (size_t d = 0; d + 1 < level.districtPoints.size(); ++d) {
            const Rgba f = premultiplied(d < style.fills.size() ? style.fills[d] : QColor(Qt::lightGray));
            const Rgba o = premultiplied(d < style.outlines.size() ? style.outlines[d] : QColor(Qt::gray));
            opaqueFills = opaqueFills && f.a == 255;
            opaqueLines = opaqueLines && o.a == 255;
            for (auto k = level.districtFillPoints[d]; k < level.districtFillPoints[d + 1] && int(k) < fillVertices; ++k)
                fv[k].r = f.r, fv[k].g = f.g, fv[k].b = f.b, fv[k].a = f.a;
            for (auto k = level.districtPoints[d]; k < level.districtPoints[d + 1] && int(k) < lineVertices; ++k)
                lv[k].r = o.r, lv[k].g = o.g, lv[k].b = o.b, lv[k].a = o.a;
        }
        setBlending(fill, !opaqueFills);
        setBlending(lines, !opaqueLines);
        fill->markDirty(QSGNode::DirtyGeometry);
        lines->markDirty(QSGNode::DirtyGeometry);
    }

    void setWide(const std::vector<DistrictLayer::WideVertex> &vertices)
    {
        QSGGeometry *g = wide->geometry();
        g->allocate(int(vertices.size()));
        static_assert(sizeof(DistrictLayer::WideVertex) == sizeof(QSGGeometry::ColoredPoint2D));
        if (!vertices.empty())
            std::memcpy(g->vertexData(), vertices.data(), vertices.size() * sizeof(DistrictLayer::WideVertex));
        setBlending(wide, std::any_of(vertices.begin(), vertices.end(), [](const auto &v) { return v.a != 255; }));
        wide->markDirty(QSGNode::DirtyGeometry);
    }

    // Opaque colours draw without blending: the renderer then puts the node in its opaque pass
    // (front to back, depth-tested), which costs a software rasteriser (llvmpipe) far less.
    static void setBlending(QSGGeometryNode *node, bool blend)
    {
        if (bool(node->material()->flags() & QSGMaterial::Blending) == blend)
            return;
        node->material()->setFlag(QSGMaterial::Blending, blend);
        node->markDirty(QSGNode::DirtyMaterial);
    }

    QSGGeometryNode *fill = nullptr;
    QSGGeometryNode *lines = nullptr;
    QSGGeometryNode *wide = nullptr;
};

// --- software backend: a render node that paints with QPainter -----------------------------------

class PaintedMeshNode : public QSGRenderNode
{
public:
    explicit PaintedMeshNode(QQuickWindow *window) : m_window(window) { }

    void sync(const std::shared_ptr<const MeshLevel> &level, const std::shared_ptr<const DistrictLayer::Style> &style,
            const QRectF &bounds, int contextFrom, const QRectF &clip)
    {
        if (level != m_level || contextFrom != m_contextFrom || clip != m_clip) {
            m_level = level;
            m_contextFrom = contextFrom;
            m_clip = clip;
            m_fills.clear();
            m_rings.clear();
        }
        m_style = style;
        m_bounds = bounds;
    }

    StateFlags changedStates() const override { return {}; }
    RenderingFlags flags() const override { return BoundedRectRendering; }
    QRectF rect() const override { return m_bounds; }

    void render(const RenderState *state) override
    {
        if (!m_level || !m_style)
            return;
        auto *painter = static_cast<QPainter *>(
                m_window->rendererInterface()->getResource(m_window, QSGRendererInterface::PainterResource));
        if (!painter)
            return;
        buildPaths();
        if (const QRegion *clip = state->clipRegion(); clip && !clip->isEmpty())
            painter->setClipRegion(*clip, Qt::ReplaceClip);
        QTransform t = matrix()->toTransform();
        // Qt Location hands a 4x4 matrix whose last row only rescales: make it affine, or QPainter
        // would take its slow perspective path.
        if (t.m13() == 0 && t.m23() == 0 && t.m33() != 0 && t.m33() != 1) {
            const qreal w = t.m33();
            t = QTransform(t.m11() / w, t.m12() / w, 0, t.m21() / w, t.m22() / w, 0, t.dx() / w, t.dy() / w, 1);
        }
        painter->setTransform(t);
        painter->setOpacity(inheritedOpacity());
        // Fills and 1-pixel outlines without antialiasing (as the OpenGL path; much cheaper to
        // paint), wide outlines antialiased as Qt Location's own polygons are with this backend.
        painter->setRenderHint(QPainter::Antialiasing, false);
        const auto &style = *m_style;
        const size_t n = m_fills.size();
        painter->setPen(Qt::NoPen);
        for (size_t di = 0; di < n; ++di) {
            painter->setBrush(di < style.fills.size() ? style.fills[di] : QColor(Qt::lightGray));
            painter->drawPath(m_fills[di]);
        }
        painter->setBrush(Qt::NoBrush);
        // The context's borders first (cities, then provinces), the districts' over them.
        std::vector<size_t> order;
        order.reserve(n);
        for (size_t di = n; di-- > std::min(n, size_t(std::max(m_contextFrom, 0)));)
            order.push_back(di);
        for (size_t di = 0; di < std::min(n, size_t(std::max(m_contextFrom, 0))); ++di)
            order.push_back(di);
        for (int pass = 0; pass < 2; ++pass) { // 1-pixel outlines, then the wide ones on top
            painter->setRenderHint(QPainter::Antialiasing, pass == 1);
            for (size_t di : order) {
                const float w = di < style.widths.size() ? style.widths[di] : 1.0f;
                if ((w > 1) != (pass == 1) || w <= 0)
                    continue;
                QPen pen(di < style.outlines.size() ? style.outlines[di] : QColor(Qt::gray), w);
                pen.setCosmetic(true);
                pen.setJoinStyle(Qt::BevelJoin);
                painter->setPen(pen);
                for (const QPolygonF &ring : m_rings[di])
                    painter->drawPolyline(ring);
            }
        }
    }

private:
    void buildPaths()
    {
        if (!m_fills.empty() || !m_level)
            return;
        const MeshLevel &level = *m_level;
        const size_t n = level.districtPoints.empty() ? 0 : level.districtPoints.size() - 1;
        m_fills.assign(n, QPainterPath());
        m_rings.assign(n, {});
        for (size_t di = 0; di < n; ++di) {
            m_fills[di].setFillRule(Qt::OddEvenFill);
            const bool filled = level.districtTriangles[di] < level.districtTriangles[di + 1];
            const bool context = int(di) >= m_contextFrom;
            for (auto r = level.districtRings[di]; r < level.districtRings[di + 1]; ++r) {
                const MeshRing &ring = level.rings[r];
                QPolygonF poly;
                poly.reserve(qsizetype(ring.count) + 1);
                for (std::uint32_t k = 0; k < ring.count; ++k)
                    poly << QPointF(level.points[ring.first + k].x, level.points[ring.first + k].y);
                poly << poly.front();
                if (filled)
                    m_fills[di].addPolygon(poly);
                if (!context) {
                    m_rings[di].push_back(std::move(poly));
                    continue;
                }
                // the context's clip edges are not borders: split the ring there
                QPolygonF part;
                for (std::uint32_t k = 0; k < ring.count; ++k) {
                    const MeshPoint &a = level.points[ring.first + k];
                    const MeshPoint &b = level.points[ring.first + (k + 1 == ring.count ? 0 : k + 1)];
                    if (onClipEdge(a, b, m_clip)) {
                        if (part.size() > 1)
                            m_rings[di].push_back(part);
                        part.clear();
                        continue;
                    }
                    if (part.isEmpty())
                        part << QPointF(a.x, a.y);
                    part << QPointF(b.x, b.y);
                }
                if (part.size() > 1)
                    m_rings[di].push_back(part);
            }
        }
    }

    QQuickWindow *m_window;
    std::shared_ptr<const MeshLevel> m_level;
    std::shared_ptr<const DistrictLayer::Style> m_style;
    QRectF m_bounds;
    int m_contextFrom = 0;
    QRectF m_clip;
    std::vector<QPainterPath> m_fills;
    std::vector<std::vector<QPolygonF>> m_rings;
};

bool isSoftware(QQuickWindow *window)
{
    return window && window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software;
}

} // namespace

// --- DistrictLayer -------------------------------------------------------------------------------

DistrictLayer::DistrictLayer(QQuickItem *parent) : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
    m_style = std::make_shared<Style>();
}

DistrictLayer::~DistrictLayer() = default;

void DistrictLayer::setGeometry(const DistrictGeometry &geometry)
{
    if (geometry == m_geometry)
        return;
    m_geometry = geometry;
    rebuildFromGeometry();
    Q_EMIT geometryChanged();
}

void DistrictLayer::rebuildFromGeometry()
{
    // (the window's data comes without the land around it, which DataSession reads once a frame
    // with the districts is on screen, then hands over as new geometry: it never delays the first picture)
    const Dataset *data = m_geometry.dataset();
    setDistricts(m_geometry.polygons(), data && m_showContext ? &data->context : nullptr);
}

void DistrictLayer::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    styleChanged();
    Q_EMIT darkChanged();
}

void DistrictLayer::setShowContext(bool show)
{
    if (show == m_showContext)
        return;
    m_showContext = show;
    if (m_geometry.dataset())
        rebuildFromGeometry();
    Q_EMIT showContextChanged();
}

QColor DistrictLayer::contextLabelColor() const
{
    return palette::contextLabel(m_dark);
}

void DistrictLayer::setModel(QAbstractItemModel *model)
{
    if (model == m_model)
        return;
    for (const auto &c : m_modelConnections)
        disconnect(c);
    m_modelConnections.clear();
    m_model = model;
    if (model) {
        auto read = [this] { scheduleModelRead(); };
        m_modelConnections = {
                connect(model, &QAbstractItemModel::modelReset, this, read),
                connect(model, &QAbstractItemModel::rowsInserted, this, read),
                connect(model, &QAbstractItemModel::rowsRemoved, this, read),
                connect(model, &QAbstractItemModel::dataChanged, this, read),
                connect(model, &QObject::destroyed, this, read),
        };
    }
    readModel();
    Q_EMIT modelChanged();
}

void DistrictLayer::scheduleModelRead()
{
    if (m_modelReadPending)
        return;
    m_modelReadPending = true;
    QMetaObject::invokeMethod(
            this, [this] { readModel(); }, Qt::QueuedConnection);
}

void DistrictLayer::readModel()
{
    m_modelReadPending = false;
    std::vector<std::vector<Polygon>> districts;
    QAbstractItemModel *model = m_model;
    if (model) {
        const auto roles = model->roleNames();
        const int districtRole = roles.key("districtIndex", -1);
        const int ringRole = roles.key("ring", -1);
        const int holesRole = roles.key("holes", -1);
        auto toRing = [](const QVariantList &coords) {
            Ring ring;
            ring.reserve(size_t(coords.size()) + 1);
            for (const QVariant &v : coords) {
                const auto c = v.value<QGeoCoordinate>();
                if (c.isValid())
                    ring.push_back({c.longitude(), c.latitude()});
            }
            if (!ring.empty() && !(ring.front() == ring.back()))
                ring.push_back(ring.front());
            return ring;
        };
        if (districtRole >= 0 && ringRole >= 0) {
            for (int row = 0, rows = model->rowCount(); row < rows; ++row) {
                const QModelIndex index = model->index(row, 0);
                const int di = model->data(index, districtRole).toInt();
                if (di < 0 || di > 100000)
                    continue;
                Polygon poly {toRing(model->data(index, ringRole).toList()), {}};
                if (holesRole >= 0)
                    for (const QVariant &h : model->data(index, holesRole).toList())
                        poly.holes.push_back(toRing(h.toList()));
                if (districts.size() <= size_t(di))
                    districts.resize(size_t(di) + 1);
                districts[size_t(di)].push_back(std::move(poly));
            }
        }
    }
    setDistricts(districts);
}

void DistrictLayer::setDistricts(const std::vector<std::vector<Polygon>> &districts, const ContextSet *context)
{
    m_districtCount = int(districts.size());
    m_contextProvince.clear();
    MeshOptions options = m_options;
    if (context && !context->isEmpty()) {
        std::vector<std::vector<Polygon>> all = districts;
        options.outlineOnly.assign(districts.size(), false);
        for (const ContextArea &a : context->areas) {
            all.push_back(a.polygons);
            const bool province = a.level == ContextArea::Level::Province;
            m_contextProvince.push_back(province);
            options.outlineOnly.push_back(!province); // inside its province: its fill is there already
        }
        m_mesh = DistrictMesh(all, options);
        const Vec2 nw = m_mesh.project({context->bounds.minLon, context->bounds.maxLat});
        const Vec2 se = m_mesh.project({context->bounds.maxLon, context->bounds.minLat});
        m_contextClip = QRectF(QPointF(nw.x, nw.y), QPointF(se.x, se.y));
    } else {
        m_mesh = DistrictMesh(districts, options);
        m_contextClip = QRectF();
    }
    styleChanged();
    m_levels.assign(size_t(m_mesh.levelCount()), nullptr);
    m_level.reset();
    m_levelIndex = -1;
    m_meshDirty = true;
    m_wideDirty = true;
    setImplicitSize(m_mesh.width(), m_mesh.height());
    setSize(QSizeF(m_mesh.width(), m_mesh.height()));
    Q_EMIT meshChanged();
    polish();
    update();
}

QGeoCoordinate DistrictLayer::origin() const
{
    if (m_mesh.isEmpty())
        return {};
    return QGeoCoordinate(m_mesh.origin().lat, m_mesh.origin().lon);
}

void DistrictLayer::setFills(const QVariantList &fills)
{
    m_fillsList = fills;
    styleChanged();
    Q_EMIT fillsChanged();
}

void DistrictLayer::setOutlines(const QVariantList &outlines)
{
    m_outlinesList = outlines;
    styleChanged();
    Q_EMIT outlinesChanged();
}

void DistrictLayer::setOutlineWidths(const QVariantList &widths)
{
    m_widthsList = widths;
    styleChanged();
    Q_EMIT outlineWidthsChanged();
}

void DistrictLayer::styleChanged()
{
    auto style = std::make_shared<Style>();
    for (const QVariant &v : m_fillsList)
        style->fills.push_back(toColor(v, QColor(0xf4, 0xef, 0xe4)));
    for (const QVariant &v : m_outlinesList)
        style->outlines.push_back(toColor(v, QColor(0x7d, 0x87, 0x96)));
    for (const QVariant &v : m_widthsList) {
        bool ok = false;
        const double w = v.toDouble(&ok);
        style->widths.push_back(ok && std::isfinite(w) ? float(std::clamp(w, 0.0, 64.0)) : 1.0f);
    }
    if (!m_contextProvince.empty()) { // the context's style follows the districts'
        const auto n = size_t(m_districtCount);
        style->fills.resize(n, QColor(Qt::lightGray));
        style->outlines.resize(n, QColor(Qt::gray));
        style->widths.resize(n, 1.0f);
        for (const bool province : m_contextProvince) {
            style->fills.push_back(palette::contextLand(m_dark));
            style->outlines.push_back(province ? palette::contextProvinceBorder(m_dark) : palette::contextCityBorder(m_dark));
            style->widths.push_back(1.0f);
        }
    }
    // the wide outlines depend on the widths and the outline colours, not on the fills
    if (!m_style || style->widths != m_style->widths || style->outlines != m_style->outlines)
        m_wideDirty = true;
    m_style = std::move(style);
    m_styleDirty = true;
    polish();
    update();
}

void DistrictLayer::setMapZoomLevel(qreal zoom)
{
    if (zoom == m_zoom)
        return;
    m_zoom = zoom;
    polish();
    Q_EMIT mapZoomLevelChanged();
}

void DistrictLayer::updatePolish()
{
    if (m_mesh.isEmpty())
        return;
    const int wanted = m_mesh.levelFor(m_zoom);
    if (wanted != m_levelIndex) {
        auto &slot = m_levels[size_t(wanted)];
        if (!slot)
            slot = std::make_shared<const MeshLevel>(m_mesh.buildLevel(wanted));
        m_level = slot;
        m_levelIndex = wanted;
        m_meshDirty = true;
        m_styleDirty = true;
        m_wideDirty = true;
        update();
        Q_EMIT levelChanged();
    }
    // Wide outlines keep their width in pixels: rebuild them when the scale moved by more than 1%.
    const bool anyWide = std::any_of(m_style->widths.begin(), m_style->widths.end(), [](float w) { return w > 1; });
    if (!anyWide) {
        if (m_wide && !m_wide->empty()) {
            m_wide = std::make_shared<const std::vector<WideVertex>>();
            m_wideNodeDirty = true;
            update();
        }
        m_wideDirty = false;
    } else if (m_wideDirty || std::abs(m_zoom - m_wideZoom) > 0.014) {
        buildWideOutlines();
        update();
    }
}

void DistrictLayer::buildWideOutlines()
{
    auto out = std::make_shared<std::vector<WideVertex>>();
    const MeshLevel &level = *m_level;
    const Style &style = *m_style;
    const double unitsPerPixel = m_mesh.unitsPerPixel(m_zoom);
    for (size_t di = 0; di < style.widths.size() && di + 1 < level.districtRings.size(); ++di) {
        const float w = style.widths[di];
        if (!(w > 1))
            continue;
        const Rgba c = premultiplied(di < style.outlines.size() ? style.outlines[di] : QColor(Qt::gray));
        const double half = w / 2 * unitsPerPixel;
        auto put = [&](double x, double y) { out->push_back({float(x), float(y), c.r, c.g, c.b, c.a}); };
        for (auto r = level.districtRings[di]; r < level.districtRings[di + 1]; ++r) {
            const MeshRing &ring = level.rings[r];
            const auto at = [&](std::uint32_t k) {
                const MeshPoint &p = level.points[ring.first + (k % ring.count)];
                return Vec2 {p.x, p.y};
            };
            // offset of each edge's side, then a quad per edge and a bevel at each corner
            Vec2 prevNormal {0, 0};
            bool havePrev = false;
            for (std::uint32_t k = 0; k <= ring.count; ++k) {
                const Vec2 a = at(k), b = at(k + 1);
                const double dx = b.x - a.x, dy = b.y - a.y;
                const double len = std::hypot(dx, dy);
                if (len == 0)
                    continue;
                const Vec2 n {-dy / len * half, dx / len * half};
                if (k < ring.count) {
                    put(a.x + n.x, a.y + n.y), put(a.x - n.x, a.y - n.y), put(b.x + n.x, b.y + n.y);
                    put(b.x + n.x, b.y + n.y), put(a.x - n.x, a.y - n.y), put(b.x - n.x, b.y - n.y);
                }
                if (havePrev) { // the join at a
                    put(a.x, a.y), put(a.x + prevNormal.x, a.y + prevNormal.y), put(a.x + n.x, a.y + n.y);
                    put(a.x, a.y), put(a.x - prevNormal.x, a.y - prevNormal.y), put(a.x - n.x, a.y - n.y);
                }
                prevNormal = n;
                havePrev = true;
            }
        }
    }
    m_wide = std::move(out);
    m_wideZoom = m_zoom;
    m_wideDirty = false;
    m_wideNodeDirty = true;
}

QSGNode *DistrictLayer::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    QQuickWindow *win = window();
    if (!m_level || !win) {
        delete oldNode;
        m_meshDirty = m_styleDirty = m_wideNodeDirty = true;
        m_renderedThisFrame = false;
        return nullptr;
    }
    m_renderedThisFrame = true;
    if (isSoftware(win)) {
        auto *node = static_cast<PaintedMeshNode *>(oldNode);
        if (!node)
            node = new PaintedMeshNode(win);
        node->sync(m_level, m_style, QRectF(0, 0, width(), height()), contextFrom(), m_contextClip);
        node->markDirty(QSGNode::DirtyMaterial);
        m_meshDirty = m_styleDirty = m_wideNodeDirty = false;
        return node;
    }
    if (!QSGRendererInterface::isApiRhiBased(win->rendererInterface()->graphicsApi())) {
        delete oldNode;
        return nullptr;
    }
    auto *node = static_cast<MeshNode *>(oldNode);
    if (!node) {
        node = new MeshNode;
        m_meshDirty = m_styleDirty = m_wideNodeDirty = true;
    }
    if (m_meshDirty) {
        node->setMesh(*m_level, contextFrom(), m_contextClip);
        m_styleDirty = true;
    }
    if (m_styleDirty)
        node->setColours(*m_level, *m_style);
    if (m_wideNodeDirty)
        node->setWide(m_wide ? *m_wide : std::vector<WideVertex> {});
    m_meshDirty = m_styleDirty = m_wideNodeDirty = false;
    return node;
}

void DistrictLayer::itemChange(ItemChange change, const ItemChangeData &value)
{
    if (change == ItemSceneChange) {
        disconnect(m_frameConnection);
        if (value.window)
            m_frameConnection = connect(
                    value.window, &QQuickWindow::frameSwapped, this, &DistrictLayer::frameSwapped, Qt::QueuedConnection);
        m_meshDirty = m_styleDirty = m_wideNodeDirty = true;
    }
    QQuickItem::itemChange(change, value);
}

void DistrictLayer::frameSwapped()
{
    if (!m_renderedThisFrame || !isVisible())
        return;
    ++m_renderedFrames;
    Q_EMIT renderedFramesChanged();
}

} // namespace sim
