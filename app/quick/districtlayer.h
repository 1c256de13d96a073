// SPDX-License-Identifier: MIT
#pragma once

#include "datasession.h"
#include "geo/districtmesh.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QGeoCoordinate>
#include <QPointer>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

#include <limits>
#include <memory>
#include <vector>

namespace sim {

/**
 * Draws every district in one scene-graph item: the boundaries are projected to Web Mercator once
 * (DistrictMesh) and the item is meant to sit in a MapQuickItem whose zoomLevel is baseZoomLevel,
 * so that Qt Location only scales and moves it when the camera changes; nothing is re-projected
 * or re-triangulated per frame. The level of detail follows mapZoomLevel (shared borders
 * simplified together, below a pixel of difference).
 *
 * Scene graph (RHI: OpenGL, Vulkan, Metal, D3D): one geometry node for all fills and one for all
 * 1-pixel outlines, with per-vertex colours; outlines wider than one pixel (the selection) are a
 * third node on top, rebuilt when the zoom changes. With the software backend (no geometry nodes
 * there) a render node paints the same with QPainter.
 *
 * The style is per district: `fills`, `outlines` (colours) and `outlineWidths` (pixels), lists
 * indexed by district. The geometry is `geometry` (App.session.geometry: every district's polygons,
 * holes included, straight from the dataset), or `model` for other sources: one row per polygon
 * with the roles `districtIndex` (int) and `ring` (list of QGeoCoordinate: the outer ring), and
 * optionally `holes` (list of lists of QGeoCoordinate).
 *
 * With `geometry`, the land around the districts (the dataset's context: neighbouring provinces
 * and cities) is part of the same mesh and the same nodes, under the districts: filled in
 * palette::contextLand (provinces; a city inside its province adds only its border), city borders
 * and the slightly stronger province borders in palette::contextCityBorder / contextProvinceBorder,
 * light or dark after `dark`; segments on the edge of the context's bounds (its clip) are not
 * drawn (the window's DataSession reads it only once a frame with the districts is on screen, so
 * that it never delays the first picture). Mesh index d < districtCount is district d; the context follows. `showContext` false
 * leaves it out (a tile base map shows the land itself).
 */
class DistrictLayer : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sim::DistrictGeometry geometry READ geometry WRITE setGeometry NOTIFY geometryChanged)
    Q_PROPERTY(QAbstractItemModel *model READ model WRITE setModel NOTIFY modelChanged)
    Q_PROPERTY(QVariantList fills READ fills WRITE setFills NOTIFY fillsChanged)
    Q_PROPERTY(QVariantList outlines READ outlines WRITE setOutlines NOTIFY outlinesChanged)
    Q_PROPERTY(QVariantList outlineWidths READ outlineWidths WRITE setOutlineWidths NOTIFY outlineWidthsChanged)
    /** The map's zoom level: chooses the level of detail and the width of wide outlines. */
    Q_PROPERTY(qreal mapZoomLevel READ mapZoomLevel WRITE setMapZoomLevel NOTIFY mapZoomLevelChanged)
    /** The item's units are map pixels at this zoom level: the MapQuickItem's zoomLevel. */
    Q_PROPERTY(qreal baseZoomLevel READ baseZoomLevel CONSTANT)
    /** Where the item's top-left corner is on the map: the MapQuickItem's coordinate. */
    Q_PROPERTY(QGeoCoordinate origin READ origin NOTIFY meshChanged)
    /** Points of every ring at full detail, and drawn at the current level of detail. */
    Q_PROPERTY(int pointCount READ pointCount NOTIFY meshChanged)
    Q_PROPERTY(int drawnPointCount READ drawnPointCount NOTIFY levelChanged)
    Q_PROPERTY(int level READ level NOTIFY levelChanged)
    /** The context's colours follow the dark theme. */
    Q_PROPERTY(bool dark READ dark WRITE setDark NOTIFY darkChanged)
    /** Whether the land around the districts (geometry's dataset context) is drawn. */
    Q_PROPERTY(bool showContext READ showContext WRITE setShowContext NOTIFY showContextChanged)
    /** How many context areas are in the mesh (0 without a context file or with showContext false). */
    Q_PROPERTY(int contextCount READ contextCount NOTIFY meshChanged)
    /** The colour of the context's labels (palette::contextLabel for the theme). */
    Q_PROPERTY(QColor contextLabelColor READ contextLabelColor NOTIFY darkChanged)
    /** Frames the layer has been drawn in (for tests and benchmarks). */
    Q_PROPERTY(int renderedFrames READ renderedFrames NOTIFY renderedFramesChanged)

public:
    explicit DistrictLayer(QQuickItem *parent = nullptr);
    ~DistrictLayer() override;

    DistrictGeometry geometry() const { return m_geometry; }
    void setGeometry(const DistrictGeometry &geometry);
    QAbstractItemModel *model() const { return m_model; }
    void setModel(QAbstractItemModel *model);
    QVariantList fills() const { return m_fillsList; }
    void setFills(const QVariantList &fills);
    QVariantList outlines() const { return m_outlinesList; }
    void setOutlines(const QVariantList &outlines);
    QVariantList outlineWidths() const { return m_widthsList; }
    void setOutlineWidths(const QVariantList &widths);
    qreal mapZoomLevel() const { return m_zoom; }
    void setMapZoomLevel(qreal zoom);
    qreal baseZoomLevel() const { return m_options.baseZoom; }
    QGeoCoordinate origin() const;
    int pointCount() const { return int(m_mesh.pointCount()); }
    int drawnPointCount() const { return m_level ? int(m_level->points.size()) : 0; }
    int level() const { return m_levelIndex; }
    int renderedFrames() const { return m_renderedFrames; }
    bool dark() const { return m_dark; }
    void setDark(bool dark);
    bool showContext() const { return m_showContext; }
    void setShowContext(bool show);
    int contextCount() const { return int(m_contextProvince.size()); }
    QColor contextLabelColor() const;

    /** Sets the geometry directly (districts[d] is district d's polygons), without a model;
        `context`: the land drawn around them (none when null). */
    void setDistricts(const std::vector<std::vector<Polygon>> &districts, const ContextSet *context = nullptr);

    /** The per-district style as the scene graph uses it. */
    struct Style {
        std::vector<QColor> fills;
        std::vector<QColor> outlines;
        std::vector<float> widths;
    };
    /** One vertex of the wide outlines: local units, premultiplied colour. */
    struct WideVertex {
        float x, y;
        unsigned char r, g, b, a;
    };

Q_SIGNALS:
    void geometryChanged();
    void modelChanged();
    void fillsChanged();
    void outlinesChanged();
    void outlineWidthsChanged();
    void mapZoomLevelChanged();
    void meshChanged();
    void levelChanged();
    void renderedFramesChanged();
    void darkChanged();
    void showContextChanged();

protected:
    void updatePolish() override;
    QSGNode *updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *data) override;
    void itemChange(ItemChange change, const ItemChangeData &value) override;

private:
    void readModel();
    void scheduleModelRead();
    void styleChanged();
    void buildWideOutlines();
    void frameSwapped();
    void rebuildFromGeometry();
    /** The first mesh index that is context (none: past every index). */
    int contextFrom() const { return m_contextProvince.empty() ? std::numeric_limits<int>::max() : m_districtCount; }

    DistrictGeometry m_geometry;
    QPointer<QAbstractItemModel> m_model;
    std::vector<QMetaObject::Connection> m_modelConnections;
    bool m_modelReadPending = false;
    MeshOptions m_options;
    DistrictMesh m_mesh;
    std::vector<std::shared_ptr<const MeshLevel>> m_levels; // built on first use
    std::shared_ptr<const MeshLevel> m_level;
    int m_levelIndex = -1;
    qreal m_zoom = 10;
    int m_districtCount = 0; // mesh index >= this: context
    std::vector<bool> m_contextProvince; // by context index: a province (else a city)
    QRectF m_contextClip; // the context's bounds in local units: segments on its edges are not borders
    bool m_dark = false;
    bool m_showContext = true;

    QVariantList m_fillsList, m_outlinesList, m_widthsList;
    std::shared_ptr<const Style> m_style;
    std::shared_ptr<const std::vector<WideVertex>> m_wide; // wide outlines at m_wideZoom
    qreal m_wideZoom = -1;
    bool m_wideDirty = true;

    // what the scene graph has
    bool m_meshDirty = true; // level or geometry changed
    bool m_styleDirty = true; // colours changed
    bool m_wideNodeDirty = true;
    int m_renderedFrames = 0;
    bool m_renderedThisFrame = false;
    QMetaObject::Connection m_frameConnection;
};

} // namespace sim
