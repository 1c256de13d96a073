// SPDX-License-Identifier: MIT
// The names of the land around the districts (江苏省 / Jiangsu, 苏州市 / Suzhou …): small, light and
// under the district labels; never clicked, hovered or focused. A label shows only where it is on
// the map and clear of every district label (DistrictMap.layoutLabels).
pragma ComponentBehavior: Bound
import QtQuick
import QtLocation
import QtPositioning

MapItemView {
    id: view

    required property Map hostMap
    required property var labels
    required property color textColor
    required property color haloColor
    /** Boxes (map pixels) of the district labels placed: a context label never covers one. */
    property var occupied: []

    model: labels
    delegate: MapQuickItem {
        id: item
        required property var modelData
        readonly property bool province: modelData.province
        coordinate: modelData.coordinate
        anchorPoint.x: text.width / 2
        anchorPoint.y: text.height / 2
        z: 0.5
        visible: {
            const map = view.hostMap
            // (the camera and the size: the binding is evaluated again when they change)
            if (map.zoomLevel < 0 || !map.center.isValid || map.width <= 0 || map.height <= 0)
                return false
            const p = map.fromCoordinate(item.coordinate, false)
            const w = text.implicitWidth, h = text.implicitHeight
            if (!(p.x - w / 2 >= 0 && p.y - h / 2 >= 0 && p.x + w / 2 <= map.width && p.y + h / 2 <= map.height))
                return false
            return view.occupied.every(o => p.x + w / 2 < o.x || o.x + o.width < p.x - w / 2
                                       || p.y + h / 2 < o.y || o.y + o.height < p.y - h / 2)
        }
        sourceItem: Text {
            id: text
            text: item.modelData.name
            font.pixelSize: item.province ? 13 : 11
            font.letterSpacing: item.province ? 2 : 0.5
            color: view.textColor
            style: Text.Outline
            styleColor: view.haloColor
        }
    }
}
