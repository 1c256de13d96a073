// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import QtPositioning
import ShanghaiInnovationMap

Item {
    id: root
    width: 1200
    height: 800

    MainView {
        id: view
        anchors.fill: parent
    }

    TestCase {
        name: "Map"
        when: windowShown

        function pointOf(lat, lon) {
            return view.map.fromCoordinate(QtPositioning.coordinate(lat, lon), false)
        }

        function clickAt(lat, lon) {
            const p = pointOf(lat, lon)
            verify(p.x > 0 && p.x < view.map.width && p.y > 0 && p.y < view.map.height, "the point is on screen")
            mouseClick(view.map, p.x, p.y)
            wait(400) // let a following click not count as a double click
        }

        function init() {
            AppController.language = "zh"
            AppController.clearSelection()
            view.map.resetView()
            wait(50)
        }

        function test_all_districts_loaded() {
            verify(AppController.loaded)
            compare(AppController.districtCount, 16)
            compare(AppController.problems.length, 0)
        }

        function test_click_opens_panel_and_escape_clears() {
            const panel = findChild(view, "districtPanel")
            verify(!panel.visible)
            clickAt(31.1950, 121.4370) // Xujiahui
            tryCompare(AppController, "selectedIndex", AppController.findDistrict("xuhui"))
            tryVerify(() => panel.visible)
            compare(findChild(view, "panelNameZh").text, "徐汇区")
            compare(findChild(view, "panelNameEn").text, "Xuhui District")
            verify(findChild(view, "panelBrand").text.indexOf("科创绣带") >= 0)
            keyClick(Qt.Key_Escape)
            tryCompare(AppController, "selectedIndex", -1)
            tryVerify(() => !panel.visible)
        }

        function test_click_on_an_island_selects_its_district() {
            clickAt(31.3900, 121.7100) // Changxing Island
            tryCompare(AppController, "selectedIndex", AppController.findDistrict("chongming"))
            compare(findChild(view, "panelNameZh").text, "崇明区")
        }

        function test_click_outside_clears_selection() {
            clickAt(31.2397, 121.4998) // Lujiazui
            tryCompare(AppController, "selectedIndex", AppController.findDistrict("pudong"))
            clickAt(31.0500, 122.1500) // the sea
            tryCompare(AppController, "selectedIndex", -1)
        }

        function test_selection_survives_zoom_and_pan() {
            clickAt(31.2304, 121.4737) // People's Square
            const huangpu = AppController.findDistrict("huangpu")
            tryCompare(AppController, "selectedIndex", huangpu)
            view.map.forceActiveFocus()
            const zoom = view.map.zoomLevel
            keyClick(Qt.Key_Plus)
            verify(view.map.zoomLevel > zoom)
            keyClick(Qt.Key_Left)
            keyClick(Qt.Key_Minus)
            compare(AppController.selectedIndex, huangpu)
            mouseClick(findChild(view, "resetViewButton"))
            tryCompare(view.map, "zoomLevel", zoom)
        }

        function test_panel_lists_the_districts_platforms() {
            AppController.select(AppController.findDistrict("jingan"))
            const list = findChild(view, "profileList")
            tryVerify(() => list.count > 0)
            const row = AppController.profile.rowOf("digital-communication-chain-valley")
            verify(row >= 0, "数通链谷 is in Jing'an's profile")
        }

        function test_language_switch_changes_data_text() {
            AppController.select(AppController.findDistrict("minhang"))
            const brand = findChild(view, "panelBrand")
            verify(brand.text.indexOf("大零号湾") >= 0)
            mouseClick(findChild(view, "languageButton"))
            compare(AppController.language, "en")
            tryVerify(() => brand.text.indexOf("Grand Neo Bay") >= 0)
        }
    }
}
