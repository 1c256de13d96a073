// SPDX-License-Identifier: MIT
// The main screen as a user drives it: mouse, keyboard, search, metric picker, language.
import QtQuick
import QtTest
import QtPositioning
import ShanghaiInnovationMap
import TestSupport

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

        // With SIM_SCREENSHOT_DIR set (scripts/screenshots.sh), key states are saved as PNGs.
        function shot(name) {
            if (TestEnv.screenshotDir !== "") {
                wait(100)
                grabImage(root).save(TestEnv.screenshotDir + "/ui-" + name + ".png")
            }
        }

        function pointOf(lat, lon) {
            return view.map.fromCoordinate(QtPositioning.coordinate(lat, lon), false)
        }

        function settle() {
            tryVerify(() => !view.map.animating, 3000)
            wait(400) // so that a following click is not taken as a double click
        }

        function clickAt(lat, lon) {
            const p = pointOf(lat, lon)
            verify(p.x > 0 && p.x < view.map.width && p.y > 0 && p.y < view.map.height, "the point is on screen")
            mouseClick(view.map, p.x, p.y)
            settle()
        }

        function init() {
            App.session.language = "zh"
            App.choropleth.metricKey = ""
            App.selection.clearSelection()
            App.session.search.query = ""
            findChild(view, "searchField").text = ""
            view.map.focusIndex = -1
            view.map.resetView()
            mouseMove(root, 1, 1) // no hover left over
            wait(50)
        }

        function test_the_map_fills_the_window_below_the_toolbar() {
            // (nothing above it but the toolbar and the Map/Table/Chart bar while there is no notice to show)
            verify(!findChild(view, "staleBanner").visible && !findChild(view, "noticeBanner").visible)
            const viewBar = findChild(view, "viewBar")
            compare(view.map.mapToItem(root, 0, 0).y, viewBar.mapToItem(root, 0, 0).y + viewBar.height, "the map starts under the view bar")
            compare(view.map.mapToItem(root, 0, 0).y + view.map.height, root.height, "and reaches the bottom")
            verify(viewBar.height < 40, "a slim view bar: " + viewBar.height)
            verify(view.map.height > root.height - 80, "map height " + view.map.height + " of " + root.height)
            verify(view.map.width > root.width * 0.99, "map width " + view.map.width)
        }

        function test_all_districts_loaded() {
            verify(App.session.loaded)
            compare(App.session.districtCount, 16)
            compare(App.session.problems.length, 0)
        }

        function test_click_opens_panel_and_escape_clears() {
            const panel = findChild(view, "districtPanel")
            verify(!panel.visible)
            clickAt(31.1950, 121.4370) // Xujiahui
            tryCompare(App.selection, "selectedIndex", App.session.findDistrict("xuhui"))
            tryVerify(() => panel.visible)
            compare(findChild(view, "panelNameZh").text, "徐汇区")
            compare(findChild(view, "panelNameEn").text, "Xuhui District")
            verify(findChild(view, "panelBrand").text.indexOf("科创绣带") >= 0)
            const name = findChild(view, "panelNameZh")
            verify(name.mapToItem(root, 0, 0).y >= 0, "the panel opens at its top: names and brand in view")
            keyClick(Qt.Key_Escape)
            tryCompare(App.selection, "selectedIndex", -1)
            tryVerify(() => !panel.visible)
        }

        function test_selection_flies_to_the_district() {
            const zoom = view.map.zoomLevel
            clickAt(31.2304, 121.4737) // People's Square, Huangpu: a small district
            compare(App.selection.selectedIndex, App.session.findDistrict("huangpu"))
            verify(view.map.zoomLevel > zoom + 1, "zoomed in on Huangpu: " + zoom + " → " + view.map.zoomLevel)
            const p = pointOf(31.2304, 121.4737)
            verify(p.x > 0 && p.x < view.map.width && p.y > 0 && p.y < view.map.height, "still in view")
        }

        function test_click_on_an_island_selects_its_district() {
            clickAt(31.3900, 121.7100) // Changxing Island
            tryCompare(App.selection, "selectedIndex", App.session.findDistrict("chongming"))
            compare(findChild(view, "panelNameZh").text, "崇明区")
        }

        function test_click_outside_clears_selection() {
            clickAt(31.2397, 121.4998) // Lujiazui
            tryCompare(App.selection, "selectedIndex", App.session.findDistrict("pudong"))
            view.map.resetView()
            clickAt(31.0500, 122.1500) // the sea
            tryCompare(App.selection, "selectedIndex", -1)
        }

        function test_selection_survives_zoom_and_pan() {
            clickAt(31.2304, 121.4737)
            const huangpu = App.session.findDistrict("huangpu")
            compare(App.selection.selectedIndex, huangpu)
            view.map.forceActiveFocus()
            const zoom = view.map.zoomLevel
            keyClick(Qt.Key_Minus)
            verify(view.map.zoomLevel < zoom)
            keyClick(Qt.Key_Left, Qt.ShiftModifier)
            keyClick(Qt.Key_Plus)
            compare(App.selection.selectedIndex, huangpu)
            mouseClick(findChild(view, "resetViewButton"))
            compare(App.selection.selectedIndex, huangpu)
        }

        function test_hover_shows_tooltip_with_metric() {
            const tip = findChild(view, "hoverTooltip")
            const p = pointOf(31.0960, 121.1890) // Sheshan, Songjiang
            mouseMove(view.map, p.x, p.y)
            tryCompare(App.selection, "hoveredIndex", App.session.findDistrict("songjiang"))
            tryVerify(() => tip.visible)
            compare(findChild(view, "hoverTooltipText").text, "松江区")
            App.choropleth.metricKey = "population"
            compare(findChild(view, "hoverTooltipText").text, "松江区\n年末常住人口：195.89万人")
            shot("hover-tooltip-metric")
            mouseMove(view.map, pointOf(31.05, 122.15).x, pointOf(31.05, 122.15).y) // the sea
            tryCompare(App.selection, "hoveredIndex", -1)
            tryVerify(() => !tip.visible)
        }

        function test_panel_shows_brand_platforms_figures_and_ranks() {
            clickAt(31.2235, 121.4450) // Jing'an Temple
            compare(App.selection.selectedIndex, App.session.findDistrict("jingan"))
            verify(findChild(view, "panelBrand").text.indexOf("国际静安") >= 0)
            const profile = App.selection.profile
            verify(profile.rowOf("digital-communication-chain-valley") >= 0, "数通链谷 is in Jing'an's profile")
            verify(profile.rowOf("land-area") >= 0)
            const list = findChild(view, "profileList")
            tryVerify(() => list.count === profile.rowCount())
        }

        function test_search_by_chinese_english_and_pinyin() {
            const field = findChild(view, "searchField")
            const cases = [["静安", "jingan"], ["Pudong", "pudong"], ["minhang", "minhang"], ["jingan", "jingan"], ["Jing'an", "jingan"]]
            for (const [query, id] of cases) {
                field.forceActiveFocus()
                field.selectAll()
                keyClick(Qt.Key_Delete)
                if (/^[\x20-\x7e]*$/.test(query)) {
                    for (const ch of query)
                        keySequence(ch) // typed
                } else {
                    field.insert(0, query) // as an input method commits it
                }
                tryVerify(() => App.session.search.count > 0, 2000, query)
                keyClick(Qt.Key_Return)
                settle()
                compare(App.selection.selectedIndex, App.session.findDistrict(id), query)
            }
        }

        function test_search_for_a_platform_highlights_it() {
            const field = findChild(view, "searchField")
            field.forceActiveFocus()
            for (const ch of "G60")
                keySequence(ch)
            tryVerify(() => findChild(view, "searchPopup").visible)
            shot("search-g60")
            keyClick(Qt.Key_Return)
            settle()
            compare(App.selection.selectedIndex, App.session.findDistrict("songjiang"))
            verify(App.selection.highlightedItemId !== "")
            const list = findChild(view, "profileList")
            tryCompare(list, "currentIndex", App.selection.profile.rowOf(App.selection.highlightedItemId))
            shot("search-result-highlighted")
        }

        function test_metric_colours_districts_and_legend() {
            const legend = findChild(view, "legend")
            verify(!legend.visible)
            compare(App.choropleth.fills.length, 0)
            const picker = findChild(view, "metricPicker")
            picker.currentIndex = App.choropleth.metrics.indexOfKey("population-density")
            picker.activated(picker.currentIndex)
            compare(App.choropleth.metricKey, "population-density")
            tryVerify(() => legend.visible)
            compare(App.choropleth.fills.length, 16)
            const hongkou = App.session.findDistrict("hongkou")
            const chongming = App.session.findDistrict("chongming")
            verify(!Qt.colorEqual(App.choropleth.fills[hongkou], App.choropleth.fills[chongming]))
            compare(App.choropleth.legend.rowCount(), 5) // five classes, every district has data
            verify(findChild(view, "legendTitle").text.indexOf("人口密度") >= 0)
            picker.currentIndex = 0
            picker.activated(0)
            compare(App.choropleth.metricKey, "")
            tryVerify(() => !legend.visible)
        }

        function test_legend_follows_the_language_at_once() {
            App.choropleth.metricKey = "population-density"
            const legend = findChild(view, "legend")
            tryVerify(() => legend.visible)
            const rows = findChild(view, "legendRows")
            const rowText = (i) => rows.itemAt(i).children[1].text
            compare(rows.count, 5)
            compare(rowText(0), "501 至不足 1,922")
            compare(rowText(4), "22,774 至 28,957")
            verify(findChild(view, "legendTitle").text.indexOf("人口密度") >= 0)
            // the language changes, the metric does not: the legend follows without another step
            App.session.language = "en"
            compare(rowText(0), "501 to under 1,922")
            compare(rowText(2), "4,780 to under 17,893")
            compare(rowText(4), "22,774 to 28,957")
            compare(findChild(view, "legendTitle").text, "Population density (2024), persons/km²")
            App.choropleth.metricKey = "platform-count"
            compare(findChild(view, "legendTitle").text, "Platforms named in the 2024 report section")
            App.session.language = "zh"
            compare(findChild(view, "legendTitle").text, "2024年度报告章节所列平台数")
            App.choropleth.metricKey = "population-density"
            compare(rowText(0), "501 至不足 1,922")
        }

        function test_search_with_no_result_says_so() {
            const field = findChild(view, "searchField")
            field.forceActiveFocus()
            for (const ch of "zhangjiang")
                keySequence(ch)
            const popup = findChild(view, "searchPopup")
            tryVerify(() => popup.visible)
            compare(App.session.search.count, 0)
            const none = findChild(view, "searchNoMatches")
            verify(none.visible)
            compare(none.text, "无匹配结果")
            // a row of its own, not an empty sliver
            verify(popup.height >= none.implicitHeight, "popup " + popup.height + " px for a row of " + none.implicitHeight)
            shot("search-no-matches")
            keyClick(Qt.Key_Escape)
        }

        function test_keyboard_only_selects_and_opens_a_district() {
            view.map.forceActiveFocus()
            keyClick(Qt.Key_Tab)
            compare(view.map.focusIndex, 0) // the first district in the official order
            keyClick(Qt.Key_Tab)
            keyClick(Qt.Key_Tab)
            compare(view.map.focusIndex, 2)
            keyClick(Qt.Key_Right) // spatial move to a neighbour
            verify(view.map.focusIndex !== 2)
            const target = view.map.focusIndex
            compare(App.selection.hoveredIndex, target)
            shot("keyboard-focus")
            keyClick(Qt.Key_Return)
            settle()
            compare(App.selection.selectedIndex, target)
            verify(findChild(view, "districtPanel").visible)
            keyClick(Qt.Key_Escape)
            compare(App.selection.selectedIndex, -1)
            // Ctrl+F goes to the search field
            keySequence(StandardKey.Find)
            verify(findChild(view, "searchField").activeFocus)
        }

        function test_language_switch_changes_ui_and_data_text() {
            App.selection.select(App.session.findDistrict("minhang"))
            settle()
            const brand = findChild(view, "panelBrand")
            const reset = findChild(view, "resetViewButton")
            verify(brand.text.indexOf("大零号湾") >= 0)
            compare(reset.text, "全市视图")
            mouseClick(findChild(view, "languageButton"))
            compare(App.session.language, "en")
            tryVerify(() => brand.text.indexOf("Grand Neo Bay") >= 0)
            tryCompare(reset, "text", "Reset view")
            shot("switched-to-english")
            compare(App.session.districtName(App.session.findDistrict("minhang")), "Minhang District")
        }

        // the names on the map follow the language at once too (they stayed in the old one)
        function test_map_labels_follow_the_language() {
            const label = view.map.labelRegistry[App.session.findDistrict("pudong")]
            verify(label)
            compare(label.mapLabel, "浦东新区")
            App.session.language = "en"
            compare(label.mapLabel, "Pudong New Area")
            App.session.language = "zh"
            compare(label.mapLabel, "浦东新区")
        }
    }
}
