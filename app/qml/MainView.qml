// SPDX-License-Identifier: MIT
// The main screen: a toolbar (search, metric, zoom, reset, language), the map with its legend and
// scale bar, and the district panel beside the map (never over it).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ShanghaiInnovationMap

Item {
    id: root
    property alias map: districtMap
    property bool dark: false
    /** The toolbar's actions (buttons, or entries of its "⋯" menu when the window is narrow). */
    property alias actionBar: actionBar

    /** Whether the first-start hint is shown (Main.qml: until the user dismisses it, remembered). */
    property bool showFirstStartHint: false
    /** The user dismissed the first-start hint (or opened a district, which makes it needless). */
    signal firstStartHintDismissed()

    /** Opens the help: the keyboard and what each view does (F1). */
    function showHelp() { helpDialog.open() }

    Shortcut {
        sequence: "F1" // (StandardKey.HelpContents too would make it ambiguous where that is F1)
        onActivated: root.showHelp()
    }
    Shortcut {
        sequence: "Ctrl+Q"
        context: Qt.ApplicationShortcut
        // closing the window (not Qt.quit()) so that it saves its size, view and metric as usual
        onActivated: root.Window.window ? root.Window.window.close() : Qt.quit()
    }

    /** The view filling the window beside the panel: "map", "table" or "chart" (the view bar's tabs). */
    property alias viewMode: viewBar.mode

    Shortcut {
        sequence: "Escape"
        enabled: App.selection.selectedIndex >= 0 && !search.activeFocus
        // one step back at a time: stop picking, then leave compare, then close the panel
        onActivated: {
            if (App.selection.pickingCompare)
                App.selection.picking = Selection.NotPicking
            else if (App.selection.compareIndex >= 0)
                App.selection.leaveCompare()
            else
                App.selection.clearSelection()
            if (viewBar.mode === "map")
                districtMap.forceActiveFocus()
        }
    }
    Shortcut {
        // read the data files again (they are also watched: this is for when watching cannot see
        // a change, e.g. on some network file systems)
        sequences: [StandardKey.Refresh, "Ctrl+R"]
        onActivated: App.session.reload()
    }
    Shortcut {
        // export the open district's PDF summary (the panel's "Export PDF…")
        sequence: "Ctrl+E"
        enabled: App.selection.selectedIndex >= 0 && App.selection.compareIndex < 0
        onActivated: panel.prepareSaveDialog().open()
    }
    Shortcut {
        sequences: [StandardKey.Find]
        onActivated: {
            search.forceActiveFocus()
            search.selectAll()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: App.session.loaded

        ToolBar {
            objectName: "toolBar"
            Layout.fillWidth: true
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 12
                anchors.rightMargin: 8
                spacing: 8
                Label {
                    objectName: "toolbarTitle"
                    // (the window's title says it too: the first thing to give way to a narrow window)
                    visible: root.width >= 1260
                    text: qsTr("Shanghai Innovation Map")
                    font.pixelSize: 17
                    font.bold: true
                    Layout.rightMargin: 12
                }
                SearchBox {
                    id: search
                    Layout.preferredWidth: Math.min(320, root.width * 0.3)
                    onChosen: districtMap.forceActiveFocus()
                }
                Label {
                    visible: root.width >= 1150
                    text: qsTr("Colour by")
                    Layout.leftMargin: 8
                }
                ComboBox {
                    id: metricPicker
                    objectName: "metricPicker"
                    Layout.preferredWidth: Math.min(250, root.width * 0.22)
                    model: App.choropleth.metrics
                    textRole: "label"
                    // closed: the metric's name (the legend gives its unit); open: every label with
                    // its unit in full, the list as wide as the widest
                    displayText: App.choropleth.metricName
                    // a name longer than the box ends in "…" (not cut mid-letter); the tooltip and
                    // the open list give it whole
                    contentItem: Label {
                        objectName: "metricPickerText"
                        leftPadding: 4
                        rightPadding: 4
                        text: metricPicker.displayText
                        color: metricPicker.palette.buttonText
                        elide: Text.ElideRight
                        verticalAlignment: Text.AlignVCenter
                    }
                    implicitContentWidthPolicy: ComboBox.WidestText
                    popup.width: Math.max(width, implicitContentWidth + leftPadding + rightPadding)
                    ToolTip.visible: hovered && !popup.visible
                    ToolTip.delay: 500
                    ToolTip.text: currentText
                    valueRole: "key"
                    Accessible.name: qsTr("Colour the map by")
                    currentIndex: App.choropleth.metrics.indexOfKey(App.choropleth.metricKey)
                    onActivated: App.choropleth.metricKey = currentValue
                    Connections {
                        target: App.session
                        function onLanguageChanged() { metricPicker.currentIndex = App.choropleth.metrics.indexOfKey(App.choropleth.metricKey) }
                    }
                }
                // the rest of the row: as many actions as fit, the others in a "⋯" menu
                ActionBar {
                    id: actionBar
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0 // only the room the search and the picker leave
                    Layout.fillHeight: true
                    ToolbarAction {
                        name: "zoomOutButton"
                        text: "−"
                        pixelSize: 18
                        priority: 1
                        group: "zoom"
                        description: qsTr("Zoom out")
                        toolTip: qsTr("Zoom out (-)")
                        onTriggered: districtMap.zoomBy(-1)
                    }
                    ToolbarAction {
                        name: "zoomInButton"
                        text: "+"
                        pixelSize: 18
                        priority: 1
                        group: "zoom"
                        description: qsTr("Zoom in")
                        toolTip: qsTr("Zoom in (+)")
                        onTriggered: districtMap.zoomBy(1)
                    }
                    ToolbarAction {
                        name: "baseMapButton"
                        text: qsTr("Base map")
                        priority: 2
                        description: qsTr("Choose what lies under the districts")
                        onTriggered: baseMapMenu.popup(actionBar, actionBar.width - baseMapMenu.width, actionBar.height)
                    }
                    ToolbarAction {
                        name: "resetViewButton"
                        text: qsTr("Reset view")
                        priority: 3
                        description: qsTr("Reset the view to the whole city")
                        toolTip: qsTr("Show the whole city (0)")
                        onTriggered: { districtMap.startupFraming = false; districtMap.resetView() }
                    }
                    ToolbarAction {
                        name: "languageButton"
                        // the name of the other language, in that language
                        text: App.session.language === "zh" ? "English" : "中文"
                        priority: 4
                        description: qsTr("Switch language")
                        onTriggered: App.session.language = App.session.language === "zh" ? "en" : "zh"
                    }
                    ToolbarAction {
                        name: "helpButton"
                        text: qsTr("Help")
                        priority: 2
                        description: qsTr("Help: the keyboard and what each view does")
                        toolTip: qsTr("Help (F1)")
                        onTriggered: root.showHelp()
                    }
                    ToolbarAction {
                        name: "aboutButton"
                        text: qsTr("About")
                        priority: 0
                        description: qsTr("About this application")
                        onTriggered: aboutDialog.open()
                    }
                }
                BaseMapMenu {
                    id: baseMapMenu
                    baseMap: App.baseMap
                }
            }
        }

        DataBanner {
            Layout.fillWidth: true
            Layout.fillHeight: false // (a layout in a layout would otherwise share the height with the map)
            dark: root.dark
        }

        FirstStartHint { // (a bar above the map, not over it: it hides no district)
            visible: root.showFirstStartHint
            Layout.fillWidth: true
            onDismissed: {
                root.showFirstStartHint = false
                root.firstStartHintDismissed()
            }
        }

        ViewBar {
            id: viewBar
            Layout.fillWidth: true
            session: App.session
            selection: App.selection
            choropleth: App.choropleth
            exporter: App.exporter
            mode: App.startView
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true
                DistrictMap {
                    id: districtMap
                    session: App.session
                    selection: App.selection
                    choropleth: App.choropleth
                    anchors.fill: parent
                    dark: root.dark
                    baseMap: App.baseMap
                    // (the whole-city view keeps the districts clear of the legend)
                    reservedLeft: legend.visible ? legend.x + legend.width : 0
                    reservedLeftTop: legend.visible ? legend.y : 0
                    focus: true
                    onDistrictMenuRequested: (index, position) => districtMenu.openFor(index, position)
                    DistrictMenu {
                        id: districtMenu
                        onExportPdfRequested: Qt.callLater(() => panel.prepareSaveDialog().open())
                    }
                }
                Rectangle {
                    objectName: "pickBanner"
                    visible: App.selection.pickingCompare
                    anchors.top: parent.top
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.topMargin: 12
                    width: pickText.implicitWidth + 24
                    height: pickText.implicitHeight + 14
                    radius: height / 2
                    color: App.selection.picking === Selection.PickingFirst ? App.selection.colorA : App.selection.colorB
                    Label {
                        id: pickText
                        anchors.centerIn: parent
                        color: "white"
                        font.bold: true
                        text: qsTr("Click a district (or search for one) to compare with %1 · Esc cancels")
                              .arg(App.selection.picking === Selection.PickingFirst ? App.selection.compared.name : App.session.districtName(App.selection.selectedIndex))
                    }
                }
                Rectangle {
                    id: reloadToast
                    objectName: "reloadToast"
                    anchors.bottom: parent.bottom
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.bottomMargin: 16
                    width: toastText.implicitWidth + 28
                    height: toastText.implicitHeight + 14
                    radius: height / 2
                    color: root.dark ? "#e8eaed" : "#2b343e"
                    opacity: 0
                    visible: opacity > 0
                    Label {
                        id: toastText
                        anchors.centerIn: parent
                        color: root.dark ? "#1e2a36" : "white"
                        text: qsTr("Data reloaded at %1").arg(App.session.loadedAt)
                    }
                    Behavior on opacity { NumberAnimation { duration: 200 } }
                    Timer {
                        id: toastTimer
                        property int shownFor: 0 // the reload count last announced
                        interval: 3000
                        onTriggered: reloadToast.opacity = 0
                    }
                    Connections {
                        target: App.session
                        function onReloadChanged() {
                            if (App.session.reloadCount > toastTimer.shownFor) {
                                toastTimer.shownFor = App.session.reloadCount
                                reloadToast.opacity = 0.92
                                toastTimer.restart()
                            }
                        }
                    }
                }
                Legend {
                    id: legend
                    anchors.left: parent.left
                    anchors.bottom: parent.bottom
                    anchors.margins: 12
                }
                ScaleBar {
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    anchors.margins: 14
                    zoomLevel: districtMap.zoomLevel
                    latitude: districtMap.center.latitude
                    dark: root.dark
                }
                // The table and the chart cover the map when chosen. Made a moment after start-up (not
                // with the first frame, not on the first click: making the table takes 0.2-0.3 s on a
                // busy 2-core machine), or at once when chosen before that.
                Timer {
                    id: prepareViews
                    property bool done: false
                    interval: 1500
                    running: App.session.loaded && !done
                    onTriggered: done = true
                }
                Loader {
                    id: tableLoader
                    objectName: "tableLoader"
                    anchors.fill: parent
                    active: prepareViews.done || viewBar.mode === "table"
                    visible: viewBar.mode === "table"
                    sourceComponent: DistrictTableView {
                        session: App.session
                        selection: App.selection
                        choropleth: App.choropleth
                    }
                }
                Loader {
                    id: chartLoader
                    objectName: "chartLoader"
                    anchors.fill: parent
                    active: prepareViews.done || viewBar.mode === "chart"
                    visible: viewBar.mode === "chart"
                    sourceComponent: RankingChart {
                        session: App.session
                        selection: App.selection
                        choropleth: App.choropleth
                    }
                }
                Connections {
                    target: viewBar
                    function onModeChanged() {
                        prepareViews.done = true // (kept from now on)
                        if (viewBar.mode === "map")
                            districtMap.forceActiveFocus() // (the table and the chart take the focus when shown)
                    }
                }
            }
            // Made the first time two districts are compared, not at start: it brings in Qt Graphs
            // (and through it Qt Quick 3D), a large part of the start-up time and memory otherwise.
            Loader {
                id: compareLoader
                objectName: "compareLoader"
                property bool wanted: false
                visible: App.selection.compareIndex >= 0
                onWantedChanged: if (wanted) setSource(Qt.resolvedUrl("compare/CompareView.qml"),
                                                       { session: App.session, selection: App.selection, exporter: App.exporter })
                Layout.preferredWidth: Math.min(760, root.width * 0.58)
                Layout.fillHeight: true
                Connections {
                    target: App.selection
                    function onCompareChanged() {
                        if (App.selection.compareIndex >= 0)
                            compareLoader.wanted = true
                    }
                }
                Component.onCompleted: wanted = App.selection.compareIndex >= 0
            }
            DistrictPanel {
                id: panel
                session: App.session
                selection: App.selection
                exporter: App.exporter
                visible: App.selection.selectedIndex >= 0 && App.selection.compareIndex < 0
                Layout.preferredWidth: Math.min(420, root.width * 0.4)
                Layout.fillHeight: true
                onCloseRequested: {
                    App.selection.clearSelection()
                    districtMap.forceActiveFocus()
                }
            }
        }
    }

    ErrorView {
        anchors.fill: parent
        visible: !App.session.loaded
    }

    AboutDialog {
        id: aboutDialog
    }
    HelpDialog {
        id: helpDialog
    }
}
