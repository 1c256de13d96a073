// SPDX-License-Identifier: MIT
// A small notice on the map about the base map: tiles that could not be loaded, or a tile server
// in the settings that was ignored. The map stays usable; ✕ dismisses it.
import QtQuick
import QtQuick.Controls
import ShanghaiInnovationMap

Rectangle {
    id: notice
    objectName: "baseMapNotice"

    property BaseMap baseMap: null
    property bool dark: false

    visible: baseMap !== null && baseMap.notice !== ""
    width: Math.min(parent.width - 24, row.implicitWidth + 16)
    height: row.implicitHeight + 10
    radius: 4
    color: dark ? "#4a3b12" : "#fff4d6"
    border.color: dark ? "#8a6d1f" : "#e0b84a"
    Row {
        id: row
        anchors.centerIn: parent
        spacing: 8
        Label {
            objectName: "baseMapNoticeText"
            text: notice.baseMap ? notice.baseMap.notice : ""
            width: Math.min(implicitWidth, notice.parent.width - 80)
            wrapMode: Text.Wrap
            anchors.verticalCenter: parent.verticalCenter
        }
        ToolButton {
            text: "✕"
            Accessible.name: qsTr("Dismiss")
            onClicked: if (notice.baseMap) notice.baseMap.dismissNotice()
        }
    }
}
