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
            App.session.language = "zh"
            App.choropleth.metricKey = ""
            App.selection.leaveCompare()
            App.selection.clearSelection()
            view.map.resetView()
            wait(50)
        }

        function test_enter_from_the_panel_and_a_map_click() {
            clickAt(31.2397, 121.4998) // Lujiazui: Pudong
            const pudong = App.session.findDistrict("pudong")
            const minhang = App.session.findDistrict("minhang")
            compare(App.selection.selectedIndex, pudong)
            const button = findChild(view, "compareButton")
            tryVerify(() => findChild(view, "districtPanel").visible && button.width > 0)
            waitForRendering(view)
            mouseClick(button)
            verify(App.selection.pickingCompare)
            verify(findChild(view, "pickBanner").visible)
            view.map.resetView()
            clickAt(31.0250, 121.4330) // SJTU Minhang campus
            compare(App.selection.selectedIndex, pudong, "the first district stays")
            compare(App.selection.compareIndex, minhang)
            verify(!App.selection.pickingCompare)
            tryVerify(() => findChild(view, "compareView").visible)
            verify(!findChild(view, "districtPanel").visible)
            // the metrics table, checked against the yearbook table by hand
            compare(findChild(view, "valueA_0").text, "1,210.41平方公里")
            compare(findChild(view, "valueB_0").text, "370.75平方公里")
            compare(findChild(view, "difference_0").text, "+839.66平方公里")
            compare(findChild(view, "difference_2").text, "-2,570人/平方公里")
            compare(App.selection.metricComparison.categories.length, App.selection.metricComparison.rowCount())
            shot("compare-pudong-minhang")
        }

        function test_enter_from_search_while_picking() {
            App.selection.select(App.session.findDistrict("xuhui"))
            App.selection.picking = 2
            const field = findChild(view, "searchField")
            field.forceActiveFocus()
            for (const ch of "changning")
                keySequence(ch)
            tryVerify(() => App.session.search.count > 0)
            keyClick(Qt.Key_Return)
            settle()
            compare(App.selection.selectedIndex, App.session.findDistrict("xuhui"))
            compare(App.selection.compareIndex, App.session.findDistrict("changning"))
            // both name artificial intelligence: marked as shared, first row
            const rows = App.selection.comparison
            compare(rows.data(rows.index(0, 0), CompareModel.SectionRole), "industries")
            compare(rows.data(rows.index(0, 0), CompareModel.LeftRole), "人工智能")
            compare(rows.data(rows.index(0, 0), CompareModel.RightRole), "人工智能")
            compare(rows.data(rows.index(0, 0), CompareModel.LeftSharedRole), true, "the shared industry is marked")
            compare(rows.data(rows.index(0, 0), CompareModel.RightSharedRole), true)
        }

        function test_swap_replace_and_leave() {
            const a = App.session.findDistrict("songjiang")
            const b = App.session.findDistrict("qingpu")
            const c = App.session.findDistrict("jinshan")
            App.selection.select(a)
            App.selection.compareWith(b)
            settle()
            mouseClick(findChild(view, "swapCompare"))
            compare(App.selection.selectedIndex, b)
            compare(App.selection.compareIndex, a)
            App.selection.picking = 2
            App.selection.pick(c) // replace the second
            compare(App.selection.selectedIndex, b)
            compare(App.selection.compareIndex, c)
            App.selection.picking = 1
            App.selection.pick(a) // replace the first
            compare(App.selection.selectedIndex, a)
            compare(App.selection.compareIndex, c)
            mouseClick(findChild(view, "leaveCompare"))
            compare(App.selection.compareIndex, -1)
            compare(App.selection.selectedIndex, a, "leaving compare keeps the first district open")
            tryVerify(() => findChild(view, "districtPanel").visible)
        }

        function test_escape_steps_back() {
            App.selection.select(App.session.findDistrict("jiading"))
            App.selection.compareWith(App.session.findDistrict("baoshan"))
            settle()
            view.map.forceActiveFocus()
            keyClick(Qt.Key_Escape)
            compare(App.selection.compareIndex, -1)
            compare(App.selection.selectedIndex, App.session.findDistrict("jiading"))
            keyClick(Qt.Key_Escape)
            compare(App.selection.selectedIndex, -1)
        }

        function test_language_switch_in_compare() {
            App.selection.select(App.session.findDistrict("pudong"))
            App.selection.compareWith(App.session.findDistrict("minhang"))
            App.session.language = "en"
            compare(App.selection.selected.name, "Pudong New Area")
            compare(findChild(view, "valueA_0").text, "1,210.41 km²")
            verify(App.selection.compared.brand.indexOf("Grand Neo Bay") >= 0)
            shot("compare-en")
        }
    }
}
