// SPDX-License-Identifier: MIT
// The toolbar's "Base map" choice: the offline land around the city (the default) or tiles from the
// server named with --tiles (remembered). Without a server, the tiles entry says how to name one.
import QtQuick
import QtQuick.Controls
import ShanghaiInnovationMap

ToolButton {
    id: button
    objectName: "baseMapButton"

    required property BaseMap baseMap

    text: qsTr("Base map")
    Accessible.name: qsTr("Choose what lies under the districts")
    onClicked: menu.open()

    Menu {
        id: menu
        y: button.height
        MenuItem {
            objectName: "baseMapNone"
            text: qsTr("Land around the city (offline)")
            checkable: true
            checked: button.baseMap.mode === "none"
            onTriggered: button.baseMap.mode = "none"
        }
        MenuItem {
            objectName: "baseMapTiles"
            text: button.baseMap.available ? qsTr("Map tiles from %1").arg(button.baseMap.customHost)
                                           : qsTr("Map tiles (start with --tiles URL_TEMPLATE)")
            enabled: button.baseMap.available
            checkable: true
            checked: button.baseMap.mode === "tiles"
            onTriggered: button.baseMap.mode = "tiles"
        }
    }
}
