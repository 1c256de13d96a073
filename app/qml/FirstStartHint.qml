// SPDX-License-Identifier: MIT
// A bar between the toolbar and the map (it covers no district) until the user dismisses it or
// opens a district: what to do first, and that zooming in shows the names of the small central
// districts. (Main.qml remembers its dismissal.)
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ShanghaiInnovationMap

Pane {
    id: hint
    objectName: "firstStartHint"
    /** The user closed the hint, or opened a district (then it is no longer needed). */
    signal dismissed()
    padding: 8
    leftPadding: 12
    rightPadding: 12
    background: Rectangle {
        color: Qt.tint(hint.palette.window, Qt.alpha(hint.palette.highlight, 0.12))
        Rectangle { // (a line under it, as under the toolbar)
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: hint.palette.mid
        }
    }

    Connections {
        target: App.selection
        enabled: hint.visible
        function onSelectionChanged() { if (App.selection.selectedIndex >= 0) hint.dismissed() }
    }

    contentItem: RowLayout {
        spacing: 12
        Label {
            text: qsTr("Welcome")
            font.bold: true
            font.pixelSize: 15
            Layout.alignment: Qt.AlignVCenter
        }
        Label {
            objectName: "firstStartHintText"
            text: qsTr("Click a district (or press Tab, then Enter) to read its profile. Zoom in with the mouse wheel or + to see the names of the small central districts. Ctrl+F searches; F1 shows every key.")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "firstStartHintDismiss"
            text: qsTr("Got it")
            Layout.alignment: Qt.AlignVCenter
            onClicked: hint.dismissed()
        }
    }
}
