// SPDX-License-Identifier: MIT
// The window. Remembers its geometry, the last view and the chosen metric (QSettings); follows
// the platform's light/dark setting unless --theme says otherwise.
import QtQuick
import QtQuick.Controls
import QtCore
import QtPositioning
import ShanghaiInnovationMap

ApplicationWindow {
    id: window
    // first start: 1280×800, or nine tenths of a smaller screen (the available area, in the
    // logical pixels of the scale factor): never larger than the screen
    width: Math.min(1280, Math.round(Screen.desktopAvailableWidth * 0.9))
    height: Math.min(800, Math.round(Screen.desktopAvailableHeight * 0.9))
    minimumWidth: Math.min(640, Screen.desktopAvailableWidth)
    minimumHeight: Math.min(420, Screen.desktopAvailableHeight)
    visible: true
    title: qsTr("Shanghai Innovation Map")

    readonly property bool dark: App.session.themeOverride === "dark"
        || (App.session.themeOverride === "" && Application.styleHints.colorScheme === Qt.ColorScheme.Dark)

    palette.window: dark ? "#1f262e" : "#f3f3f3"
    palette.windowText: dark ? "#e8eaed" : "#1e2a36"
    palette.base: dark ? "#252d36" : "#ffffff"
    palette.alternateBase: dark ? "#2b343e" : "#f4f6f8"
    palette.text: dark ? "#e8eaed" : "#1e2a36"
    palette.button: dark ? "#2b343e" : "#f0f0f0"
    palette.buttonText: dark ? "#e8eaed" : "#1e2a36"
    palette.highlight: dark ? "#5aa9f0" : "#1f6fc0"
    palette.highlightedText: "#ffffff"
    palette.mid: dark ? "#4a5561" : "#c4c9cf"
    palette.placeholderText: dark ? "#9aa4ae" : "#7a8592"

    // Saved when the window closes; every value read back is checked, so that a hand-edited or
    // damaged value falls back to the default instead of a window off-screen or a map at zoom 1e9.
    // (A settings file that is not even INI text is set aside before the app starts: main.cpp.)
    Settings {
        id: settings
        category: "window"
        property real x: NaN
        property real y: NaN
        property real width: NaN
        property real height: NaN
        property var maximized: false // (var: a bool property would read "perhaps" as true)
        property real centerLatitude: NaN
        property real centerLongitude: NaN
        property real zoomLevel: NaN
        property string metricKey: ""
        property string viewMode: "" // "map", "table" or "chart"
    }

    Settings {
        id: hints
        category: "hints"
        property bool firstStartHintDismissed: false
    }

    MainView {
        id: mainView
        anchors.fill: parent
        dark: window.dark
        showFirstStartHint: !hints.firstStartHintDismissed
        onFirstStartHintDismissed: hints.firstStartHintDismissed = true
    }

    // Started on data that failed to load, then recovered (Try again, the bundled data, another
    // folder): the remembered metric, map view and view (map, table, chart) are restored as at a normal start.
    // (set once at start, not bound to App.session.loaded: a binding would turn true with the
    // recovery itself, before the handler below could restore anything)
    property bool restoredAfterLoad: false
    Connections {
        target: App.session
        function onDatasetChanged() {
            if (!App.session.loaded || window.restoredAfterLoad)
                return
            window.restoredAfterLoad = true
            window.restoreMetricAndView()
        }
    }

    function within(value, low, high) { return typeof value === "number" && isFinite(value) && value >= low && value <= high }

    Component.onCompleted: {
        restoredAfterLoad = App.session.loaded
        // the saved geometry, fitted to the available area of its screen (App.fitSavedWindow: a
        // size saved at another scale factor or on a larger screen must not open the window with
        // its controls off screen; a window saved tiny grows to the minimum; one saved off screen
        // is moved back onto it)
        if (within(settings.width, 1, 1e5) && within(settings.height, 1, 1e5)) {
            const positioned = within(settings.x, -1e5, 1e5) && within(settings.y, -1e5, 1e5)
            const fitted = App.fitSavedWindow(positioned ? settings.x : NaN, positioned ? settings.y : NaN,
                                              settings.width, settings.height, window.minimumWidth, window.minimumHeight)
            window.width = fitted.width
            window.height = fitted.height
            if (fitted.x !== undefined) {
                window.x = fitted.x
                window.y = fitted.y
            }
        }
        if (settings.maximized === true || settings.maximized === "true")
            window.showMaximized()
        restoreMetricAndView()
    }
    function restoreMetricAndView() {
        if (App.choropleth.metricKey === "") // --metric wins over the saved choice (an unknown key is ignored)
            App.choropleth.metricKey = String(settings.metricKey)
        // the view the window was closed in (map, table, chart), unless --view chose one
        if (!App.startViewChosen && ["map", "table", "chart"].includes(settings.viewMode))
            mainView.viewMode = settings.viewMode
        // the last view, unless the command line selected a district
        const lat = settings.centerLatitude, lon = settings.centerLongitude, zoom = settings.zoomLevel
        if (within(zoom, mainView.map.minimumZoomLevel, mainView.map.maximumZoomLevel)
                && within(lat, -85, 85) && within(lon, -180, 180) && App.selection.selectedIndex < 0) {
            Qt.callLater(() => {
                mainView.map.center = QtPositioning.coordinate(lat, lon)
                mainView.map.zoomLevel = zoom
                mainView.map.userMovedView = true
            })
        }
    }
    onClosing: {
        settings.maximized = window.visibility === Window.Maximized
        if (!settings.maximized) {
            settings.x = window.x
            settings.y = window.y
            settings.width = window.width
            settings.height = window.height
        }
        if (App.session.loaded) { // (a failed load keeps the remembered choice)
            settings.metricKey = App.choropleth.metricKey
            settings.viewMode = mainView.viewMode
        }
        if (mainView.map.userMovedView) {
            settings.centerLatitude = mainView.map.center.latitude
            settings.centerLongitude = mainView.map.center.longitude
            settings.zoomLevel = mainView.map.zoomLevel
        } else {
            settings.zoomLevel = NaN
        }
    }
}
