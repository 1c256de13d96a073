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
            // (a district of data just replaced may outlive the fills for a moment)
            const fill = map.choropleth.fills[index]
            if (fill === undefined)
                return landColor
            return hovered ? Qt.lighter(fill, 1.12) : fill
        }
        if (index === map.selection.selectedIndex)
            return comparing ? Qt.tint(landColor, Qt.alpha(map.selection.colorA, 0.45)) : selectedColor
        if (index === map.selection.compareIndex)
            return Qt.tint(landColor, Qt.alpha(map.selection.colorB, 0.45))
        return hovered ? hoverColor : landColor
    }
    function outlineFor(index) {
        // the marking outlines keep ≥ 3:1 against the district's fill (the blue one on blue classes)
        if (index === map.selection.selectedIndex)
            return map.choropleth.outlineOn(comparing ? map.selection.colorA : selectedOutline, fillFor(index))
        if (index === map.selection.compareIndex)
            return map.choropleth.outlineOn(map.selection.colorB, fillFor(index))
        return index === focusIndex ? map.choropleth.outlineOn(focusOutline, fillFor(index)) : outlineColor
    }
    function outlineWidthFor(index) {
        return index === map.selection.selectedIndex || index === map.selection.compareIndex || index === focusIndex ? 3 : 1
    }

    function resetView() {
        if (!map.session.loaded || width <= 0 || height <= 0)
            return
        flyAnimation.stop()
        frameRect = null
        const margin = Math.min(width, height) * 0.04
        map.fitViewportToGeoShape(map.session.bounds, margin)
        keepClearOfLeft(map.session.bounds, margin)
        userMovedView = false
    }

    /** Pixels at the map's left edge that something drawn over the map covers (the legend): the
        whole-city view and the framing of a selection or a comparison keep the districts clear of them. */
    property real reservedLeft: 0
    /** Where that covered strip begins from the top (the legend sits in the bottom-left corner):
        a framed district above it is clear of it. 0: the whole strip. */
    property real reservedLeftTop: 0
    /** Whether the geographic rectangle lies clear of what reservedLeft/reservedLeftTop cover. */
    function clearOfLeft(rect, margin) {
        if (reservedLeft <= 0)
            return true
        const r = screenRect(rect)
        return r.x >= reservedLeft + margin / 2 - 0.5 || r.y + r.height <= reservedLeftTop - margin / 2 + 0.5
    }
    onReservedLeftChanged: Qt.callLater(frameIfUntouched)
    /** After a fit: moves (and if it must, zooms out) the view so that `rect` lies right of
        reservedLeft — zooming out to no less than three quarters of the fit: where the map is too
        narrow for that (a panel beside it), the city keeps its size and moves right as far as it goes. */
    function keepClearOfLeft(rect, margin) {
        const left = reservedLeft > 0 ? reservedLeft + margin / 2 : 0
        let r = screenRect(rect)
        if (left <= 0 || r.x >= left || r.width <= 0)
            return
        const room = width - left - margin
        const scale = Math.max(0.75, Math.min(1, room / r.width))
        if (scale < 1)
            map.zoomLevel = Math.max(minimumZoomLevel, map.zoomLevel + Math.log2(scale))
        r = screenRect(rect)
        // centred in what is left, or as far right as it goes
        const dx = r.width <= room ? left + (width - margin - left) / 2 - (r.x + r.width / 2)
                                   : Math.max(0, width - margin / 2 - (r.x + r.width))
        map.alignCoordinateToPoint(map.center, Qt.point(width / 2 + dx, height / 2))
        // Still over the legend (a narrow map)? Above it, then, where that leaves room: the legend
        // covers only the strip's lower part.
        if (clearOfLeft(rect, margin) || reservedLeftTop <= 0)
            return
        r = screenRect(rect)
        const above = reservedLeftTop - margin
        if (r.height > above)
            return
        const dy = margin / 2 + above / 2 - (r.y + r.height / 2)
        map.alignCoordinateToPoint(map.center, Qt.point(width / 2, height / 2 + dy))
    }

    /**
     * Animates the view to the rectangle: centred on it, at the zoom that fits it with `margin`
     * pixels around (`keepZoom`: at the current zoom where it fits at that zoom; `tiny`: a little
     * less close than the fit, so that a small district is seen with its surroundings).
     */
    function flyTo(rect, margin, keepZoom, tiny) {
        if (!rect.isValid || width <= 0 || height <= 0)
            return
        flyAnimation.stop()
        // copy: a value read from a property is a live reference in QML
        const c0 = QtPositioning.coordinate(map.center.latitude, map.center.longitude)
        const z0 = map.zoomLevel
        map.fitViewportToGeoShape(rect, margin)
        keepClearOfLeft(rect, margin) // (the legend: the framed districts land right of it where they can)
        const fit = map.zoomLevel
        centerAnimation.to = QtPositioning.coordinate(map.center.latitude, map.center.longitude)
        zoomAnimation.to = tiny ? Math.max(z0, Math.min(fit - 2, 13))
                         : keepZoom ? Math.min(fit, z0) : Math.min(fit, 13.5)
        map.center = c0
        map.zoomLevel = z0
        flyAnimation.restart()
        userMovedView = true
    }

    // Framing: what the view shows after a selection or a comparison — the district, or both
    // compared districts — until the user moves the view. The view moves only when it must: when
    // part of it is off screen (then it pans, zooming out only if it does not fit) or when it is too
    // small to see (then it zooms in, not all the way). A district already in view keeps the view.
    property var frameRect: null
    property real frameMarginRatio: 0.1
    // The view the framing last left (centre and zoom); when the view is no longer there, someone
    // else moved it (a restored view, a script): the framing is then over.
    property var frameView: null
    function noteFrameView() {
        frameView = { latitude: map.center.latitude, longitude: map.center.longitude, zoom: map.zoomLevel }
    }
    function viewIsFramed() {
        return !frameView || (Math.abs(frameView.zoom - map.zoomLevel) < 1e-9
                              && Math.abs(frameView.latitude - map.center.latitude) < 1e-9
                              && Math.abs(frameView.longitude - map.center.longitude) < 1e-9)
    }
    /** The rectangle on screen (x, y, width, height) of a geographic rectangle. */
    function screenRect(rect) {
        const tl = map.fromCoordinate(rect.topLeft, false)
        const br = map.fromCoordinate(rect.bottomRight, false)
        return Qt.rect(tl.x, tl.y, br.x - tl.x, br.y - tl.y)
    }
    /** Whether the geographic rectangle lies wholly inside the map's visible area, `inset` pixels in. */
    function showsWhole(rect, inset) {
        const r = screenRect(rect)
        return r.x >= inset && r.y >= inset && r.x + r.width <= width - inset && r.y + r.height <= height - inset
    }
    function frameSelection() {
        if (map.selection.compareIndex >= 0) {
            frameRect = map.selection.comparedBounds
            frameMarginRatio = 0.08
        } else if (map.selection.selectedIndex >= 0) {
            frameRect = map.selection.selected.bounds
            frameMarginRatio = 0.1
        } else {
            frameRect = null // (a click in water: the view stays as it is)
        }
        frameView = null
        if (frameRect)
            userMovedView = true // from now on the view stays where the user's choices leave it
        // now (and again when the panel beside the map has its size, and when a flight ends)
        applyFrame()
    }
    /** Moves the view if the framed districts are not whole in it, or too small (`ended`: a flight just ended). */
    function applyFrame(ended) {
        if (!frameRect || !frameRect.isValid || width <= 0 || height <= 0 || map.session.reloading || (flyAnimation.running && !ended))
            return
        if (!ended && !viewIsFramed()) {
            frameRect = null
            return
        }
        const margin = Math.min(width, height) * frameMarginRatio
        const r = screenRect(frameRect)
        const tiny = Math.max(r.width, r.height) < Math.min(width, height) * 0.15
        // (after a flight, whatever room it found beside the legend is accepted: never a flight again for it)
        if ((!tiny || ended) && showsWhole(frameRect, margin / 3) && (ended || clearOfLeft(frameRect, margin))) {
            noteFrameView()
            return
        }
        flyTo(frameRect, margin, true, tiny)
    }
    /** Pans (at the same zoom) so that the point lies inside the view, `inset` pixels in. */
    function bringIntoView(coordinate, inset) {
        const p = map.fromCoordinate(coordinate, false)
        if (p.x >= inset && p.y >= inset && p.x <= width - inset && p.y <= height - inset)
            return
        flyAnimation.stop()
        centerAnimation.to = coordinate
        zoomAnimation.to = map.zoomLevel
        flyAnimation.restart()
        userMovedView = true
    }

    function zoomBy(delta, point) {
        flyAnimation.stop()
        frameRect = null
        startupFraming = false
        const p = point === undefined ? Qt.point(width / 2, height / 2) : point
        const c = map.toCoordinate(p, false)
        map.zoomLevel = Math.max(minimumZoomLevel, Math.min(maximumZoomLevel, map.zoomLevel + delta))
        map.alignCoordinateToPoint(c, p)
        userMovedView = true
    }

    function panBy(dx, dy) {
        flyAnimation.stop()
        frameRect = null
        startupFraming = false
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

    // Labels: which show is the rule the PDF's maps follow too (MapRules.placeLabels: the selected
    // first, then the larger districts; a label shows where it fits and overlaps no other).
    property var labelRegistry: []
    function layoutLabels() {
        const items = labelRegistry.filter(l => l !== undefined)
        const boxes = [], emphasised = [], sizes = [], fits = []
        for (const l of items) {
            const p = map.fromCoordinate(l.coordinate, false)
            const w = l.sourceItem.implicitWidth + 6
            const h = l.sourceItem.implicitHeight + 2
            const inView = p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height
            boxes.push(inView ? Qt.rect(p.x - w / 2, p.y - h / 2, w, h) : Qt.rect(0, 0, 0, 0))
            emphasised.push(l.selected)
            sizes.push(l.lonSpan)
            fits.push(l.pixelWidth > w * 0.9)
        }
        const shown = MapRules.placeLabels(boxes, emphasised, sizes, fits)
        items.forEach((l, i) => l.placed = shown[i])
        // the context's names keep clear of the district labels that show
        contextLabels.occupied = boxes.filter((b, i) => shown[i])
    }
    onZoomLevelChanged: Qt.callLater(layoutLabels)
    onCenterChanged: Qt.callLater(layoutLabels)
    // Until the user moves the view, it keeps framing the whole city as the window resizes.
    // When the map narrows or widens because a panel beside it opens or closes, what is at its left
    // edge stays there (the map does not jump); the framed districts are then brought into view.
    property real pendingShift: 0 // pixels the centre moves east to keep the left edge in place
    // Started with a district (--district, --compare): until the user does anything, it is framed
    // afresh from the whole city whenever the window changes size (it gets its size after start).
    property bool startupFraming: false
    function frameIfUntouched() {
        if (startupFraming) {
            pendingShift = 0
            resetView()
            frameSelection()
            applyFrame()
            flyAnimation.complete() // (at once: nobody has seen the view yet)
            layoutLabels()
            return
        }
        const framed = frameRect && !flyAnimation.running && viewIsFramed()
        if (pendingShift !== 0 && userMovedView) {
            // in Web Mercator a pixel is 360 / (256 · 2^zoom) degrees of longitude
            const shift = pendingShift * 360 / (256 * Math.pow(2, map.zoomLevel))
            map.center = QtPositioning.coordinate(map.center.latitude, map.center.longitude + shift)
            if (flyAnimation.running) { // (and where a flight is going: a running animation keeps its target)
                const to = QtPositioning.coordinate(centerAnimation.to.latitude, centerAnimation.to.longitude + shift)
                flyAnimation.stop()
                centerAnimation.to = to
                flyAnimation.restart()
            }
        }
        pendingShift = 0
        if (framed)
            noteFrameView() // (the shift was ours)
        if (!userMovedView)
            resetView()
        applyFrame()
        layoutLabels()
    }
    property real lastWidth: 0
    onWidthChanged: {
        if (userMovedView && lastWidth > 0 && width > 0)
            pendingShift += (width - lastWidth) / 2
        lastWidth = width
        Qt.callLater(frameIfUntouched)
    }
    onHeightChanged: Qt.callLater(frameIfUntouched)
    Component.onCompleted: {
        lastWidth = width
        startupFraming = map.selection.selectedIndex >= 0
        Qt.callLater(frameIfUntouched)
    }
    onFocusIndexChanged: {
        map.selection.hoveredIndex = focusIndex
        // Tab to a district off screen brings it into view
        if (focusIndex >= 0 && labelRegistry[focusIndex])
            bringIntoView(labelRegistry[focusIndex].coordinate, 40)
    }
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
            map.startupFraming = false
            if (!map.session.reloading)
                map.frameSelection()
            Qt.callLater(map.layoutLabels)
        }
        function onCompareChanged() {
            map.startupFraming = false
            if (!map.session.reloading)
                map.frameSelection()
            Qt.callLater(map.layoutLabels)
        }
    }

    ParallelAnimation {
        id: flyAnimation
        // (the map may have changed size during the flight: check that the frame is still whole)
        onFinished: map.applyFrame(true)
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

    // The districts are drawn by DistrictLayer: every district in one scene-graph item, projected to
    // Web Mercator once; Qt Location only scales and moves it (the MapQuickItem's zoomLevel), so a
    // camera change costs almost nothing, whatever the detail of the boundaries. (The frame benchmark's
    // MapPolygon baseline lives in tests/benchmarks/, not here.)
    /** Whether the district layer (with the land around the city under it) is drawn. Labels stay.
        False only for the frame benchmark's floor and its MapPolygon baseline. */
    property bool showDistricts: true
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
        visible: map.showDistricts
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
            // the land around the districts is read once they are on screen (the first frame never waits)
            onRenderedFramesChanged: map.session.readContext()
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
        labels: map.showDistricts && districtLayer.contextCount > 0 ? map.session.contextLabels : []
        textColor: districtLayer.contextLabelColor
        haloColor: map.color
    }

    MapItemView {
        objectName: "districtLabels"
        model: map.session.districts
        delegate: MapQuickItem {
            id: labelItem
            required property int districtIndex
            required property var labelCoordinate
            required property string mapLabel
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
                // "Huangpu", not "Huangpu District": the label rule of the PDF too (sim::mapLabel)
                text: labelItem.mapLabel
                onTextChanged: Qt.callLater(map.layoutLabels) // (another language: other sizes)
                font.pixelSize: labelItem.selected ? 15 : 13
                font.bold: labelItem.selected
                // ≥ 4.5:1 against the district's own fill, in either theme (palette::labelColorsOn)
                color: map.choropleth.labelColor(map.fillFor(labelItem.districtIndex), map.dark)
                style: Text.Outline
                styleColor: map.choropleth.labelHalo(map.fillFor(labelItem.districtIndex), map.dark)
            }
            Component.onCompleted: {
                map.labelRegistry[districtIndex] = labelItem
                Qt.callLater(map.layoutLabels)
            }
            // (when the data is replaced, the new delegates may be made before the old go)
            Component.onDestruction: if (map.labelRegistry[districtIndex] === labelItem) map.labelRegistry[districtIndex] = undefined
        }
    }

    PinchHandler {
        id: pinch
        target: null
        grabPermissions: PointerHandler.TakeOverForbidden
        onActiveChanged: if (active) map.pinchStart = map.toCoordinate(pinch.centroid.position, false)
        onScaleChanged: (delta) => {
            flyAnimation.stop()
            map.frameRect = null
            map.startupFraming = false
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

    /** Right-click or the Menu key on a district: its menu (MainView opens it). */
    signal districtMenuRequested(int index, point position)

    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: (eventPoint) => {
            const index = map.districtAtPoint(eventPoint.position)
            if (index >= 0)
                map.districtMenuRequested(index, eventPoint.position)
        }
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
            map.startupFraming = false; map.resetView(); break
        case Qt.Key_Menu:
        case Qt.Key_F10: {
            if (event.key === Qt.Key_F10 && !(event.modifiers & Qt.ShiftModifier))
                return
            const index = navigating ? map.focusIndex : map.selection.selectedIndex
            if (index < 0 || !labelRegistry[index])
                return
            map.districtMenuRequested(index, map.fromCoordinate(labelRegistry[index].coordinate, false))
            break
        }
        default:
            return
        }
        event.accepted = true
    }
}
