// SPDX-License-Identifier: MIT
// A scale bar for the map's current zoom level at its centre latitude (Web Mercator, 256 px tiles).
import QtQuick
import ShanghaiInnovationMap

Item {
    id: bar
    required property real zoomLevel
    required property real latitude
    property bool dark: false
    property real maxWidth: 120

    readonly property real metresPerPixel: 156543.03392 * Math.cos(latitude * Math.PI / 180) / Math.pow(2, zoomLevel)
    // the PDF's scale bar rounds the same way (MapRules: sim::niceScaleLength, sim::scaleBarText)
    readonly property real niceMetres: MapRules.niceScaleLength(metresPerPixel * maxWidth)
    implicitWidth: niceMetres / metresPerPixel
    implicitHeight: label.implicitHeight + 8
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    Text {
        id: label
        objectName: "scaleBarText"
        anchors.left: parent.left
        anchors.bottom: line.top
        text: MapRules.scaleBarText(bar.niceMetres)
        font.pixelSize: 11
        color: bar.dark ? "#e0e0e0" : "#222"
        style: Text.Outline
        styleColor: bar.dark ? "#1d2833" : "#ffffff"
    }
    Rectangle {
        id: line
        anchors.bottom: parent.bottom
        width: parent.implicitWidth
        height: 5
        color: "transparent"
        border.width: 1.5
        border.color: bar.dark ? "#e0e0e0" : "#222"
    }
}
