// SPDX-License-Identifier: MIT
// The map of the districts: a Qt Location map (no network: the itemsoverlay plugin draws no
// tiles) with the districts' filled, outlined boundaries (DistrictLayer) and a label per district.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtLocation
import QtPositioning
import ShanghaiInnovationMap

Map {
    id: map
    objectName: "districtMap"

    required property DataSession session
    required property Selection selection
    required property Choropleth choropleth

    /** District with the keyboard focus ring (Tab / arrows), or -1. */
    property int focusIndex: -1
    property geoCoordinate pinchStart
    property bool userMovedView: false
    readonly property bool animating: flyAnimation.running
    property bool dark: false
    /** What lies under the districts (App.baseMap); null: the offline land around the city. */
    property BaseMap baseMap: null
    /** Tiles under the districts: fills become translucent, the offline context is left out. */
    readonly property bool tiles: baseMap !== null && baseMap.tiles
    readonly property color waterColor: dark ? "#1d2833" : "#d5e4ee"

    readonly property color landColor: dark ? "#3a4350" : "#f4efe4"
    readonly property color hoverColor: dark ? "#4d5a6b" : "#e6dcc6"
    readonly property color selectedColor: dark ? "#2f6fb0" : "#9cc3ea"
    readonly property color outlineColor: dark ? "#8c98a8" : "#7d8796"
    readonly property color selectedOutline: dark ? "#ffd54f" : "#c2185b"
    readonly property color focusOutline: dark ? "#8ec5ff" : "#1f5fa8"
    readonly property bool coloured: map.choropleth.metricKey !== ""

    plugin: Plugin { name: "itemsoverlay" }
    color: tiles ? "transparent" : waterColor
    copyrightsVisible: false
    minimumZoomLevel: 7
    maximumZoomLevel: 16
    activeFocusOnTab: true
    Accessible.role: Accessible.Graphic
    Accessible.name: focusIndex >= 0 ? map.session.districtName(focusIndex) : qsTr("Map of the districts. Tab moves between districts, Enter opens one.")

    // How each district is drawn. Every renderer of the districts takes its style from these
    // three functions, so selection, comparison, hover, keyboard focus and the choropleth look
    // the same whatever draws the polygons.
    readonly property bool comparing: map.selection.compareIndex >= 0
    function fillFor(index) {
        const hovered = index === map.selection.hoveredIndex
        if (coloured) {
            const fill = map.choropleth.fills[index]
            return hovered ? Qt.lighter(fill, 1.12) : fill
        }
        if (index === map.selection.selectedIndex)
            return comparing ? Qt.tint(landColor, Qt.alpha(map.selection.colorA, 0.45)) : selectedColor
        if (index === map.selection.compareIndex)
            return Qt.tint(landColor, Qt.alpha(map.selection.colorB, 0.45))
        return hovered ? hoverColor : landColor
    }
    function outlineFor(index) {
        if (index === map.selection.selectedIndex)
            return comparing ? map.selection.colorA : selectedOutline
        if (index === map.selection.compareIndex)
            return map.selection.colorB
        return index === focusIndex ? focusOutline : outlineColor
    }
    function outlineWidthFor(index) {
        return index === map.selection.selectedIndex || index === map.selection.compareIndex || index === focusIndex ? 3 : 1
    }

    function resetView() {
        if (!map.session.loaded || width <= 0 || height <= 0)
            return
        flyAnimation.stop()
        map.fitViewportToGeoShape(map.session.bounds, Math.min(width, height) * 0.04)
        userMovedView = false
    }

    /** Animates the view so that the rectangle fills it. */
    function flyTo(rect, margin) {
        if (!rect.isValid || width <= 0 || height <= 0)
            return
        // copy: a value read from a property is a live reference in QML
        const c0 = QtPositioning.coordinate(map.center.latitude, map.center.longitude)
        const z0 = map.zoomLevel
        map.fitViewportToGeoShape(rect, margin)
        centerAnimation.to = QtPositioning.coordinate(map.center.latitude, map.center.longitude)
        zoomAnimation.to = Math.min(map.zoomLevel, 13.5)
        map.center = c0
        map.zoomLevel = z0
        flyAnimation.restart()
        userMovedView = true
    }

    function zoomBy(delta, point) {
        flyAnimation.stop()
        const p = point === undefined ? Qt.point(width / 2, height / 2) : point
        const c = map.toCoordinate(p, false)
        map.zoomLevel = Math.max(minimumZoomLevel, Math.min(maximumZoomLevel, map.zoomLevel + delta))
        map.alignCoordinateToPoint(c, p)
        userMovedView = true
    }

    function panBy(dx, dy) {
        flyAnimation.stop()
        map.pan(dx, dy)
        userMovedView = true
    }

    function districtAtPoint(point) {
        const c = map.toCoordinate(point, false)
        return c.isValid ? map.session.districtAt(c.latitude, c.longitude) : -1
    }

    // Keyboard focus moves to the nearest district in the arrow's direction.
    function neighbour(from, dx, dy) {
        const here = map.fromCoordinate(labelRegistry[from].coordinate, false)
        let best = -1
        let bestCost = Infinity
        for (let i = 0; i < labelRegistry.length; ++i) {
            if (i === from || !labelRegistry[i])
                continue
            const p = map.fromCoordinate(labelRegistry[i].coordinate, false)
            const along = (p.x - here.x) * dx + (p.y - here.y) * dy
            if (along <= 0)
                continue
            const across = Math.abs((p.x - here.x) * dy - (p.y - here.y) * dx)
            const cost = along + 2 * across
            if (cost < bestCost) {
                bestCost = cost
                best = i
            }
        }
        return best
    }

    // Labels: the largest districts first; a label shows only where it overlaps no other.
    property var labelRegistry: []
    function layoutLabels() {
        const items = labelRegistry.filter(l => l !== undefined)
        items.sort((a, b) => (b.selected - a.selected) || (b.lonSpan - a.lonSpan))
        const placed = []
        for (const l of items) {
            const p = map.fromCoordinate(l.coordinate, false)
            const w = l.sourceItem.implicitWidth + 6
            const h = l.sourceItem.implicitHeight + 2
            const r = Qt.rect(p.x - w / 2, p.y - h / 2, w, h)
            const inView = p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height
            const fits = l.selected || l.pixelWidth > w * 0.9
            const free = placed.every(o => r.x + r.width < o.x || o.x + o.width < r.x || r.y + r.height < o.y || o.y + o.height < r.y)
            l.placed = inView && fits && free
            if (l.placed)
                placed.push(r)
        }
        contextLabels.occupied = placed
    }
    onZoomLevelChanged: Qt.callLater(layoutLabels)
    onCenterChanged: Qt.callLater(layoutLabels)
    // Until the user moves the view, it keeps framing the whole city as the window resizes.
    function frameIfUntouched() {
        if (!userMovedView)
            resetView()
        layoutLabels()
    }
    onWidthChanged: Qt.callLater(frameIfUntouched)
    onHeightChanged: Qt.callLater(frameIfUntouched)
    Component.onCompleted: Qt.callLater(frameIfUntouched)
    onFocusIndexChanged: map.selection.hoveredIndex = focusIndex
    onActiveFocusChanged: if (!activeFocus) focusIndex = -1

    Connections {
        target: map.session
        function onDatasetChanged() {
            map.focusIndex = -1
            if (!map.session.reloading) // a reload of changed files keeps the view
                map.resetView()
            Qt.callLater(map.layoutLabels)
        }
    }
    Connections {
        target: map.selection
        function onSelectionChanged() {
            if (map.session.reloading)
                Qt.callLater(map.layoutLabels)
            else if (map.selection.compareIndex >= 0)
                map.flyTo(map.selection.comparedBounds, Math.min(map.width, map.height) * 0.08)
            else if (map.selection.selectedIndex >= 0)
                map.flyTo(map.selection.selected.bounds, Math.min(map.width, map.height) * 0.12)
            Qt.callLater(map.layoutLabels)
        }
        function onCompareChanged() {
            if (map.selection.compareIndex >= 0 && !map.session.reloading)
                map.flyTo(map.selection.comparedBounds, Math.min(map.width, map.height) * 0.08)
            Qt.callLater(map.layoutLabels)
        }
    }

    ParallelAnimation {
        id: flyAnimation
        CoordinateAnimation {
            id: centerAnimation
            target: map
            property: "center"
            duration: 450
            easing.type: Easing.InOutCubic
        }
        NumberAnimation {
            id: zoomAnimation
            target: map
            property: "zoomLevel"
            duration: 450
            easing.type: Easing.InOutCubic
        }
    }

    // What draws the districts:
    // - "layer": DistrictLayer, every district in one scene-graph item, projected to Web Mercator
    //   once; Qt Location only scales and moves it (the MapQuickItem's zoomLevel), so a camera
    //   change costs almost nothing, whatever the detail of the boundaries;
    // - "polygons": one MapPolygon per ring, which Qt Location re-projects and re-triangulates on
    //   every camera change (the benchmarks' baseline);
    // - "none": no districts (the benchmarks' floor).
    property string districtRenderer: "layer"
    // The layer's per-district style, from fillFor/outlineFor/outlineWidthFor (re-evaluated when
    // anything they read changes: selection, comparison, hover, focus, metric).
    readonly property var districtStyle: {
        const fills = [], outlines = [], widths = []
        for (let i = 0; i < map.session.districtCount; ++i) {
            fills.push(map.tiles ? Qt.alpha(fillFor(i), 0.55) : fillFor(i))
            outlines.push(outlineFor(i))
            widths.push(outlineWidthFor(i))
        }
        return { fills: fills, outlines: outlines, widths: widths }
    }

    MapQuickItem {
        id: districtLayerItem
        visible: map.districtRenderer === "layer"
        coordinate: districtLayer.origin
        zoomLevel: districtLayer.baseZoomLevel
        anchorPoint: Qt.point(0, 0)
        // below the labels: a MapItemView is an item of its own (z 0), declared after this one
        z: 0
        sourceItem: DistrictLayer {
            id: districtLayer
            objectName: "districtLayer"
            geometry: map.session.geometry
            mapZoomLevel: map.zoomLevel
            fills: map.districtStyle.fills
            outlines: map.districtStyle.outlines
            outlineWidths: map.districtStyle.widths
            dark: map.dark
            showContext: !map.tiles
        }
    }

    // The tile base map, under everything the map draws (z < 0: below the map's own content).
    Loader {
        anchors.fill: parent
        z: -1
        active: map.tiles
        sourceComponent: TileBaseMap {
            baseMap: map.baseMap
            follow: map
            background: map.waterColor
        }
    }
    BaseMapNotice {
        baseMap: map.baseMap
        dark: map.dark
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.topMargin: 8
        z: 12
    }
    Text {
        objectName: "tileAttribution"
        visible: map.tiles
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.rightMargin: 4
        anchors.bottomMargin: 30 // above the scale bar
        z: 12
        text: map.baseMap ? map.baseMap.attribution : ""
        font.pixelSize: 11
        color: "#333333"
        style: Text.Outline
        styleColor: "#ffffff"
    }

    // The names of the land around the districts, under the district labels.
    ContextLabels {
        id: contextLabels
        hostMap: map
        labels: map.districtRenderer === "layer" && districtLayer.contextCount > 0 ? map.session.contextLabels : []
        textColor: districtLayer.contextLabelColor
        haloColor: map.color
    }

    MapItemView {
        model: map.districtRenderer === "polygons" ? map.session.rings : null
        delegate: MapPolygon {
            required property int districtIndex
            required property var ring
            path: ring
            z: border.width > 1 ? 2 : 1
            color: map.fillFor(districtIndex)
            border.color: map.outlineFor(districtIndex)
            border.width: map.outlineWidthFor(districtIndex)
        }
    }

    MapItemView {
        model: map.session.districts
        delegate: MapQuickItem {
            id: labelItem
            required property int districtIndex
            required property var labelCoordinate
            required property string name
            required property real lonSpan
            readonly property bool selected: districtIndex === map.selection.selectedIndex || districtIndex === map.selection.compareIndex
            readonly property real pixelWidth: lonSpan * 256 * Math.pow(2, map.zoomLevel) / 360
            property bool placed: false
            coordinate: labelCoordinate
            anchorPoint.x: label.width / 2
            anchorPoint.y: label.height / 2
            z: 3
            visible: placed
            sourceItem: Text {
                id: label
                // "Huangpu" reads better on a map than "Huangpu District"; the panel has the full name
                text: labelItem.name.replace(/ District$/, "")
                font.pixelSize: labelItem.selected ? 15 : 13
                font.bold: labelItem.selected
                color: map.dark ? "#f0f0f0" : "#1e2a36"
                style: Text.Outline
                styleColor: map.dark ? "#1d2833" : "#ffffff"
            }
            Component.onCompleted: {
                map.labelRegistry[districtIndex] = labelItem
                Qt.callLater(map.layoutLabels)
            }
            Component.onDestruction: map.labelRegistry[districtIndex] = undefined
        }
    }

    PinchHandler {
        id: pinch
        target: null
        grabPermissions: PointerHandler.TakeOverForbidden
        onActiveChanged: if (active) map.pinchStart = map.toCoordinate(pinch.centroid.position, false)
        onScaleChanged: (delta) => {
            flyAnimation.stop()
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
        onTranslationChanged: (delta) => map.panBy(-delta.x, -delta.y)
    }

    TapHandler {
        onTapped: (eventPoint) => {
            map.forceActiveFocus()
            const index = map.districtAtPoint(eventPoint.position)
            if (map.selection.pickingCompare && index >= 0)
                map.selection.pick(index) // a district for the comparison
            else
                map.selection.select(index)
        }
        onDoubleTapped: (eventPoint) => map.zoomBy(1, eventPoint.position)
    }

    HoverHandler {
        id: hover
        onPointChanged: if (hover.hovered) map.selection.hoveredIndex = map.districtAtPoint(hover.point.position)
        onHoveredChanged: if (!hovered) map.selection.hoveredIndex = map.focusIndex
        cursorShape: map.selection.hoveredIndex >= 0 ? Qt.PointingHandCursor : Qt.ArrowCursor
    }

    // The hover tooltip: the district's name and, when the map is coloured by a metric, its value.
    Rectangle {
        id: tooltip
        objectName: "hoverTooltip"
        readonly property point anchor: hover.hovered ? hover.point.position
            : (map.focusIndex >= 0 && map.labelRegistry[map.focusIndex]
               ? map.fromCoordinate(map.labelRegistry[map.focusIndex].coordinate, false) : Qt.point(0, 0))
        visible: map.selection.hoveredIndex >= 0 && (hover.hovered || map.focusIndex >= 0)
        x: Math.min(anchor.x + 14, map.width - width - 4)
        y: Math.min(anchor.y + 18, map.height - height - 4)
        z: 10
        width: tipText.implicitWidth + 16
        height: tipText.implicitHeight + 10
        radius: 4
        color: map.dark ? "#26313d" : "#ffffff"
        border.color: map.dark ? "#5a6878" : "#b8c2cc"
        Text {
            id: tipText
            objectName: "hoverTooltipText"
            anchors.centerIn: parent
            text: map.selection.hoveredIndex >= 0 ? map.choropleth.descriptions[map.selection.hoveredIndex] : ""
            color: map.dark ? "#f0f0f0" : "#1e2a36"
            font.pixelSize: 13
        }
    }

    // A frame that shows the map has the keyboard focus.
    Rectangle {
        anchors.fill: parent
        color: "transparent"
        border.color: map.focusOutline
        border.width: 2
        visible: map.activeFocus
        z: 20
    }

    Keys.onPressed: (event) => {
        const step = 80
        const navigating = map.focusIndex >= 0
        switch (event.key) {
        case Qt.Key_Tab:
            if (map.focusIndex >= map.session.districtCount - 1)
                return // leave the map
            map.focusIndex = map.focusIndex + 1
            break
        case Qt.Key_Backtab:
            if (map.focusIndex <= 0) {
                map.focusIndex = -1
                return
            }
            map.focusIndex = map.focusIndex - 1
            break
        case Qt.Key_Return:
        case Qt.Key_Enter:
        case Qt.Key_Space:
            if (!navigating)
                return
            if (map.selection.pickingCompare)
                map.selection.pick(map.focusIndex)
            else
                map.selection.select(map.focusIndex)
            break
        case Qt.Key_Escape:
            if (map.selection.selectedIndex >= 0)
                map.selection.clearSelection()
            else if (navigating)
                map.focusIndex = -1
            else
                return
            break
        case Qt.Key_Plus:
        case Qt.Key_Equal:
            map.zoomBy(1); break
        case Qt.Key_Minus:
            map.zoomBy(-1); break
        case Qt.Key_Left:
        case Qt.Key_Right:
        case Qt.Key_Up:
        case Qt.Key_Down: {
            const dx = event.key === Qt.Key_Left ? -1 : event.key === Qt.Key_Right ? 1 : 0
            const dy = event.key === Qt.Key_Up ? -1 : event.key === Qt.Key_Down ? 1 : 0
            if (navigating && !(event.modifiers & Qt.ShiftModifier)) {
                const next = map.neighbour(map.focusIndex, dx, dy)
                if (next >= 0)
                    map.focusIndex = next
            } else {
                map.panBy(dx * step, dy * step)
            }
            break
        }
        case Qt.Key_0:
            map.resetView(); break
        default:
            return
        }
        event.accepted = true
    }
}
