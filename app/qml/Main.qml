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
    width: 1280
    height: 800
    visible: true
    title: qsTr("Shanghai Innovation Map")

    readonly property bool dark: AppController.themeOverride === "dark"
        || (AppController.themeOverride === "" && Qt.styleHints.colorScheme === Qt.ColorScheme.Dark)

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

    Settings {
        id: settings
        category: "window"
        property alias x: window.x
        property alias y: window.y
        property alias width: window.width
        property alias height: window.height
        property bool maximized: false
        property real centerLatitude: NaN
        property real centerLongitude: NaN
        property real zoomLevel: NaN
        property string metricKey: ""
    }

    MainView {
        id: mainView
        anchors.fill: parent
        dark: window.dark
    }

    Component.onCompleted: {
        if (settings.maximized)
            window.showMaximized()
        if (AppController.metricKey === "") // --metric wins over the saved choice
            AppController.metricKey = settings.metricKey
        // the last view, unless the command line selected a district
        if (!isNaN(settings.zoomLevel) && AppController.selectedIndex < 0) {
            Qt.callLater(() => {
                mainView.map.center = QtPositioning.coordinate(settings.centerLatitude, settings.centerLongitude)
                mainView.map.zoomLevel = settings.zoomLevel
                mainView.map.userMovedView = true
            })
        }
    }
    onClosing: {
        settings.maximized = window.visibility === Window.Maximized
        settings.metricKey = AppController.metricKey
        if (mainView.map.userMovedView) {
            settings.centerLatitude = mainView.map.center.latitude
            settings.centerLongitude = mainView.map.center.longitude
            settings.zoomLevel = mainView.map.zoomLevel
        } else {
            settings.zoomLevel = NaN
        }
    }
}
