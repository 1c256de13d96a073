// SPDX-License-Identifier: MIT
// The frame benchmark's baseline renderer: one Qt Location MapPolygon per district ring, which Qt
// Location re-projects and re-triangulates on every camera change (the app's renderer before
// DistrictLayer). It lives here, not in the application: only the benchmarks draw districts this way.
#pragma once

#include "data/dataset.h"

#include <QAbstractListModel>
#include <QVariantList>

#include <memory>
#include <vector>

class QObject;
class QQmlEngine;

namespace simbench {

/**
 * Every outer ring of every district's boundary as a path of QGeoCoordinates (WGS84), for MapPolygon.
 * Roles: districtIndex (int), ring (list of QGeoCoordinate). Holes are left out, as the former renderer did.
 */
class RingModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { DistrictRole = Qt::UserRole + 1, PathRole };
    explicit RingModel(const sim::Dataset &data, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row {
        int district;
        QVariantList path;
    };
    std::vector<Row> m_rows;
};

/** What draws the districts of a DistrictMap in a benchmark. */
enum class Renderer {
    Layer, ///< the application's DistrictLayer ("ours")
    None, ///< no districts: the floor (the same map, labels included)
    Polygons ///< a MapPolygon per ring (the baseline)
};

/** Parses "layer", "none" or "polygons"; anything else is Layer. */
Renderer rendererFromName(const QString &name);

/**
 * Switches a DistrictMap (the real QML item, with its `showDistricts` property) between the three
 * renderers. The MapPolygons are made in a MapItemView added to the map on the first switch to
 * Polygons and kept (their model is unset while another renderer draws).
 */
class RendererSwitch
{
public:
    RendererSwitch(QQmlEngine *engine, QObject *districtMap, const sim::Dataset &data);
    ~RendererSwitch();
    void set(Renderer renderer);

private:
    QQmlEngine *m_engine;
    QObject *m_map;
    RingModel m_rings;
    QObject *m_view = nullptr;
};

} // namespace simbench
