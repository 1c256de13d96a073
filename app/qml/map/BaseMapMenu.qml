// SPDX-License-Identifier: MIT
// The "Base map" choice (the toolbar's Base map action opens it): the offline land around the city
// (the default) or tiles from the server named with --tiles (remembered). Without a server, the
// tiles entry says how to name one.
import QtQuick
import QtQuick.Controls
import ShanghaiInnovationMap

Menu {
    id: menu
    objectName: "baseMapMenu"

    required property BaseMap baseMap

    MenuItem {
        objectName: "baseMapNone"
        text: qsTr("Land around the city (offline)")
        checkable: true
        checked: menu.baseMap.mode === "none"
        onTriggered: menu.baseMap.mode = "none"
    }
    MenuItem {
        objectName: "baseMapTiles"
        text: menu.baseMap.available ? qsTr("Map tiles from %1").arg(menu.baseMap.server)
                                     : qsTr("Map tiles (start with --tiles URL_TEMPLATE)")
        enabled: menu.baseMap.available
        checkable: true
        checked: menu.baseMap.mode === "tiles"
        onTriggered: menu.baseMap.mode = "tiles"
    }
}
