// SPDX-License-Identifier: MIT
// The menu of a district (right-click on the map, or the Menu key / Shift+F10 on the district with
// the keyboard focus): open it, compare it, export its PDF summary.
import QtQuick
import QtQuick.Controls
import ShanghaiInnovationMap

Menu {
    id: menu
    objectName: "districtMenu"
    /** The district the menu is about. */
    property int districtIndex: -1
    /** Asked to export the district's PDF summary (it is selected first). */
    signal exportPdfRequested()

    readonly property int selectedIndex: App.selection.selectedIndex
    readonly property string name: App.session.districtName(districtIndex)

    /** Opens the menu for `index` at `point` (in `parentItem`'s coordinates). */
    function openFor(index: int, point: point) {
        if (index < 0)
            return
        districtIndex = index
        popup(point.x, point.y)
    }

    MenuItem {
        objectName: "districtMenuOpen"
        text: qsTr("Open %1").arg(menu.name)
        onTriggered: App.selection.select(menu.districtIndex)
    }
    MenuItem {
        objectName: "districtMenuCompare"
        text: menu.selectedIndex >= 0 && menu.selectedIndex !== menu.districtIndex
              ? qsTr("Compare with %1").arg(App.session.districtName(menu.selectedIndex))
              : qsTr("Compare with…")
        onTriggered: {
            if (menu.selectedIndex >= 0 && menu.selectedIndex !== menu.districtIndex) {
                App.selection.compareWith(menu.districtIndex)
            } else {
                App.selection.select(menu.districtIndex)
                App.selection.picking = Selection.PickingSecond
            }
        }
    }
    MenuItem {
        objectName: "districtMenuExport"
        text: qsTr("Export PDF…")
        onTriggered: {
            App.selection.select(menu.districtIndex)
            menu.exportPdfRequested()
        }
    }
}
