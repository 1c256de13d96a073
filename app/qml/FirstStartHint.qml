// SPDX-License-Identifier: MIT
// Shown over the map until the user dismisses it or opens a district: what to do first, and that
// zooming in shows the names of the small central districts. (Main.qml remembers its dismissal.)
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ShanghaiInnovationMap

Pane {
    id: hint
    objectName: "firstStartHint"
    /** The user closed the hint, or opened a district (then it is no longer needed). */
    signal dismissed()
    padding: 12
    width: Math.min(360, parent ? parent.width - 24 : 360)
    background: Rectangle {
        color: hint.palette.window
        opacity: 0.96
        radius: 8
        border.color: hint.palette.highlight
    }

    Connections {
        target: App.selection
        enabled: hint.visible
        function onSelectionChanged() { if (App.selection.selectedIndex >= 0) hint.dismissed() }
    }

    contentItem: ColumnLayout {
        spacing: 6
        Label {
            text: qsTr("Welcome")
            font.bold: true
            font.pixelSize: 15
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
            Layout.alignment: Qt.AlignRight
            onClicked: hint.dismissed()
        }
    }
}
