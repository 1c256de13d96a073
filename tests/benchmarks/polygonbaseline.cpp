// SPDX-License-Identifier: MIT
#include "polygonbaseline.h"

#include <QGeoCoordinate>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QVariant>

#include <cstdio>

namespace simbench {

RingModel::RingModel(const sim::Dataset &data, QObject *parent) : QAbstractListModel(parent)
{
    for (size_t d = 0; d < data.shapes.size(); ++d) {
        for (const auto &poly : data.shapes[d].polygons) {
            QVariantList path;
            path.reserve(qsizetype(poly.outer.size()));
            for (const auto &p : poly.outer)
                path << QVariant::fromValue(QGeoCoordinate(p.lat, p.lon));
            m_rows.push_back({int(d), std::move(path)});
        }
    }
}

int RingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case DistrictRole:
        return r.district;
    case PathRole:
        return r.path;
    default:
        return {};
    }
}

QHash<int, QByteArray> RingModel::roleNames() const
{
    return {{DistrictRole, "districtIndex"}, {PathRole, "ring"}};
}

Renderer rendererFromName(const QString &name)
{
    if (name == QLatin1String("none"))
        return Renderer::None;
    if (name == QLatin1String("polygons"))
        return Renderer::Polygons;
    return Renderer::Layer;
}

RendererSwitch::RendererSwitch(QQmlEngine *engine, QObject *districtMap, const sim::Dataset &data)
    : m_engine(engine), m_map(districtMap), m_rings(data)
{ }

RendererSwitch::~RendererSwitch()
{
    delete m_view;
}

void RendererSwitch::set(Renderer renderer)
{
    m_map->setProperty("showDistricts", renderer == Renderer::Layer);
    if (renderer == Renderer::Polygons && !m_view) {
        // Styled by the map's own fillFor/outlineFor/outlineWidthFor, as DistrictLayer is.
        QQmlComponent component(m_engine);
        component.setData(R"(
            import QtQuick
            import QtLocation
            MapItemView {
                required property var hostMap
                Component.onCompleted: hostMap.addMapItemView(this)
                delegate: MapPolygon {
                    required property int districtIndex
                    required property var ring
                    path: ring
                    z: border.width > 1 ? 2 : 1
                    color: hostMap.fillFor(districtIndex)
                    border.color: hostMap.outlineFor(districtIndex)
                    border.width: hostMap.outlineWidthFor(districtIndex)
                }
            })",
                QUrl(QStringLiteral("file:///sim_framebench_polygons.qml")));
        m_view = component.createWithInitialProperties({{QStringLiteral("hostMap"), QVariant::fromValue(m_map)}});
        if (!m_view)
            std::fprintf(stderr, "the MapPolygon baseline could not be made: %s\n", qPrintable(component.errorString()));
        // under the district labels, as the districts are (the labels' view is the map's child too)
        auto *view = qobject_cast<QQuickItem *>(m_view);
        auto *labels = m_map->findChild<QQuickItem *>(QStringLiteral("districtLabels"));
        if (view && labels && view->parentItem() == labels->parentItem())
            view->stackBefore(labels);
    }
    if (m_view)
        m_view->setProperty("model",
                renderer == Renderer::Polygons ? QVariant::fromValue<QObject *>(&m_rings)
                                               : QVariant::fromValue<QObject *>(nullptr));
}

} // namespace simbench
