// SPDX-License-Identifier: MIT
// Comparing two districts, entered each way a user can: the panel's button and a map click,
// search while picking, and directly (as --compare does); swap, replace, leave.
import QtQuick
import QtTest
import QtPositioning
import ShanghaiInnovationMap
import TestSupport

Item {
    id: root
    width: 1400
    height: 860

    MainView {
        id: view
        anchors.fill: parent
    }

    TestCase {
        name: "Compare"
        when: windowShown

        function settle() {
            tryVerify(() => !view.map.animating, 3000)
            wait(400)
        }

        function clickAt(lat, lon) {
            const p = view.map.fromCoordinate(QtPositioning.coordinate(lat, lon), false)
            verify(p.x > 0 && p.x < view.map.width && p.y > 0 && p.y < view.map.height, "the point is on screen")
            mouseClick(view.map, p.x, p.y)
            settle()
        }

        function shot(name) {
            if (TestEnv.screenshotDir !== "") {
                wait(150)
                grabImage(root).save(TestEnv.screenshotDir + "/ui-" + name + ".png")
            }
        }

        function init() {
            AppController.language = "zh"
            AppController.metricKey = ""
            AppController.leaveCompare()
            AppController.clearSelection()
            view.map.resetView()
            wait(50)
        }

        function test_enter_from_the_panel_and_a_map_click() {
            clickAt(31.2397, 121.4998) // Lujiazui: Pudong
            const pudong = AppController.findDistrict("pudong")
            const minhang = AppController.findDistrict("minhang")
            compare(AppController.selectedIndex, pudong)
            const button = findChild(view, "compareButton")
            tryVerify(() => findChild(view, "districtPanel").visible && button.width > 0)
            waitForRendering(view)
            mouseClick(button)
            verify(AppController.pickingCompare)
            verify(findChild(view, "pickBanner").visible)
            view.map.resetView()
            clickAt(31.0250, 121.4330) // SJTU Minhang campus
            compare(AppController.selectedIndex, pudong, "the first district stays")
            compare(AppController.compareIndex, minhang)
            verify(!AppController.pickingCompare)
            tryVerify(() => findChild(view, "compareView").visible)
            verify(!findChild(view, "districtPanel").visible)
            // the metrics table, checked against the yearbook table by hand
            compare(findChild(view, "valueA_0").text, "1,210.41平方公里")
            compare(findChild(view, "valueB_0").text, "370.75平方公里")
            compare(findChild(view, "difference_0").text, "+839.66平方公里")
            compare(findChild(view, "difference_2").text, "-2,570人/平方公里")
            compare(AppController.metricComparison.categories.length, AppController.metricComparison.rowCount())
            shot("compare-pudong-minhang")
        }

        function test_enter_from_search_while_picking() {
            AppController.select(AppController.findDistrict("xuhui"))
            AppController.pickingSide = 2
            const field = findChild(view, "searchField")
            field.forceActiveFocus()
            for (const ch of "changning")
                keySequence(ch)
            tryVerify(() => AppController.search.count > 0)
            keyClick(Qt.Key_Return)
            settle()
            compare(AppController.selectedIndex, AppController.findDistrict("xuhui"))
            compare(AppController.compareIndex, AppController.findDistrict("changning"))
            // both name artificial intelligence: marked as shared, first row
            verify(AppController.comparison.data(AppController.comparison.index(0, 0), 261), "the shared industry is marked") // 261: leftShared
        }

        function test_swap_replace_and_leave() {
            const a = AppController.findDistrict("songjiang")
            const b = AppController.findDistrict("qingpu")
            const c = AppController.findDistrict("jinshan")
            AppController.select(a)
            AppController.compareWith(b)
            settle()
            mouseClick(findChild(view, "swapCompare"))
            compare(AppController.selectedIndex, b)
            compare(AppController.compareIndex, a)
            AppController.pickingSide = 2
            AppController.pick(c) // replace the second
            compare(AppController.selectedIndex, b)
            compare(AppController.compareIndex, c)
            AppController.pickingSide = 1
            AppController.pick(a) // replace the first
            compare(AppController.selectedIndex, a)
            compare(AppController.compareIndex, c)
            mouseClick(findChild(view, "leaveCompare"))
            compare(AppController.compareIndex, -1)
            compare(AppController.selectedIndex, a, "leaving compare keeps the first district open")
            tryVerify(() => findChild(view, "districtPanel").visible)
        }

        function test_escape_steps_back() {
            AppController.select(AppController.findDistrict("jiading"))
            AppController.compareWith(AppController.findDistrict("baoshan"))
            settle()
            view.map.forceActiveFocus()
            keyClick(Qt.Key_Escape)
            compare(AppController.compareIndex, -1)
            compare(AppController.selectedIndex, AppController.findDistrict("jiading"))
            keyClick(Qt.Key_Escape)
            compare(AppController.selectedIndex, -1)
        }

        function test_language_switch_in_compare() {
            AppController.select(AppController.findDistrict("pudong"))
            AppController.compareWith(AppController.findDistrict("minhang"))
            AppController.language = "en"
            compare(AppController.compareNameA, "Pudong New Area")
            compare(findChild(view, "valueA_0").text, "1,210.41 km²")
            verify(AppController.compareBrandB.indexOf("Grand Neo Bay") >= 0)
            shot("compare-en")
        }
    }
}
