// SPDX-License-Identifier: MIT
// The map of the districts: a Qt Location map (no network: the itemsoverlay plugin draws no
// tiles) with one filled, outlined polygon per boundary ring and a label per district.
pragma ComponentBehavior: Bound
import QtQuick
import QtLocation
import QtPositioning
import ShanghaiInnovationMap

Map {
    id: map
    objectName: "districtMap"

    /** District under the mouse, or -1. */
    property int hoveredIndex: -1
    property geoCoordinate pinchStart
    property bool userMovedView: false

    readonly property bool dark: palette.window.hslLightness < 0.5
    readonly property color landColor: dark ? "#3a4350" : "#f4efe4"
    readonly property color hoverColor: dark ? "#4d5a6b" : "#e6dcc6"
    readonly property color selectedColor: dark ? "#2f6fb0" : "#9cc3ea"
    readonly property color outlineColor: dark ? "#8c98a8" : "#7d8796"
    readonly property color selectedOutline: dark ? "#8ec5ff" : "#1f5fa8"

    plugin: Plugin { name: "itemsoverlay" }
    color: dark ? "#1d2833" : "#d5e4ee"
    copyrightsVisible: false
    minimumZoomLevel: 7
    maximumZoomLevel: 16
    activeFocusOnTab: true
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Map of the districts")

    function resetView() {
        if (!AppController.loaded || width <= 0 || height <= 0)
            return
        map.fitViewportToGeoShape(AppController.bounds, Math.min(width, height) * 0.04)
        userMovedView = false
    }

    function showDistrict(index) {
        if (index < 0)
            return
        map.fitViewportToGeoShape(AppController.selectedBounds, Math.min(width, height) * 0.15)
    }

    function zoomBy(delta, point) {
        const p = point === undefined ? Qt.point(width / 2, height / 2) : point
        const c = map.toCoordinate(p, false)
        map.zoomLevel = Math.max(minimumZoomLevel, Math.min(maximumZoomLevel, map.zoomLevel + delta))
        map.alignCoordinateToPoint(c, p)
        userMovedView = true
    }

    function districtAtPoint(point) {
        const c = map.toCoordinate(point, false)
        return c.isValid ? AppController.districtAt(c.latitude, c.longitude) : -1
    }

    onWidthChanged: if (!userMovedView) Qt.callLater(resetView)
    onHeightChanged: if (!userMovedView) Qt.callLater(resetView)
    Component.onCompleted: Qt.callLater(resetView)

    Connections {
        target: AppController
        function onDatasetChanged() { map.resetView() }
    }

    MapItemView {
        model: AppController.rings
        delegate: MapPolygon {
            required property int districtIndex
            required property var ring
            readonly property bool selected: districtIndex === AppController.selectedIndex
            path: ring
            z: selected ? 2 : 1
            color: selected ? map.selectedColor : districtIndex === map.hoveredIndex ? map.hoverColor : map.landColor
            border.color: selected ? map.selectedOutline : map.outlineColor
            border.width: selected ? 3 : 1
        }
    }

    MapItemView {
        model: AppController.districts
        delegate: MapQuickItem {
            id: labelItem
            required property int districtIndex
            required property var labelCoordinate
            required property string name
            required property real lonSpan
            readonly property bool selected: districtIndex === AppController.selectedIndex
            // a district's label shows once the district is wide enough on screen to hold it
            readonly property real pixelWidth: lonSpan * 256 * Math.pow(2, map.zoomLevel) / 360
            coordinate: labelCoordinate
            anchorPoint.x: label.width / 2
            anchorPoint.y: label.height / 2
            z: 3
            visible: selected || pixelWidth > label.implicitWidth * 1.6
            sourceItem: Text {
                id: label
                text: labelItem.name
                font.pixelSize: labelItem.selected ? 15 : 13
                font.bold: labelItem.selected
                color: map.dark ? "#f0f0f0" : "#1e2a36"
                style: Text.Outline
                styleColor: map.dark ? "#1d2833" : "#ffffff"
            }
        }
    }

    PinchHandler {
        id: pinch
        target: null
        grabPermissions: PointerHandler.TakeOverForbidden
        onActiveChanged: if (active) map.pinchStart = map.toCoordinate(pinch.centroid.position, false)
        onScaleChanged: (delta) => {
            map.zoomLevel += Math.log2(delta)
            map.alignCoordinateToPoint(map.pinchStart, pinch.centroid.position)
            map.userMovedView = true
        }
    }

    WheelHandler {
        id: wheel
        acceptedDevices: Qt.platform.pluginName === "cocoa" || Qt.platform.pluginName === "wayland"
                         ? PointerDevice.Mouse | PointerDevice.TouchPad : PointerDevice.Mouse
        onWheel: (event) => map.zoomBy(event.angleDelta.y / 120 * 0.5, wheel.point.position)
    }

    DragHandler {
        id: drag
        target: null
        onTranslationChanged: (delta) => {
            map.pan(-delta.x, -delta.y)
            map.userMovedView = true
        }
    }

    TapHandler {
        onTapped: (eventPoint) => AppController.select(map.districtAtPoint(eventPoint.position))
        onDoubleTapped: (eventPoint) => map.zoomBy(1, eventPoint.position)
    }

    HoverHandler {
        id: hover
        onPointChanged: map.hoveredIndex = hover.hovered ? map.districtAtPoint(hover.point.position) : -1
        onHoveredChanged: if (!hovered) map.hoveredIndex = -1
        cursorShape: map.hoveredIndex >= 0 ? Qt.PointingHandCursor : Qt.ArrowCursor
    }

    Keys.onPressed: (event) => {
        const step = 80
        switch (event.key) {
        case Qt.Key_Plus:
        case Qt.Key_Equal:
            map.zoomBy(1); break
        case Qt.Key_Minus:
            map.zoomBy(-1); break
        case Qt.Key_Left:
            map.pan(-step, 0); map.userMovedView = true; break
        case Qt.Key_Right:
            map.pan(step, 0); map.userMovedView = true; break
        case Qt.Key_Up:
            map.pan(0, -step); map.userMovedView = true; break
        case Qt.Key_Down:
            map.pan(0, step); map.userMovedView = true; break
        case Qt.Key_0:
            map.resetView(); break
        default:
            return
        }
        event.accepted = true
    }
}
