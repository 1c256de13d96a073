// SPDX-License-Identifier: MIT
// The window at its smallest supported size (1000×650; run a second time at QT_SCALE_FACTOR=2):
// every toolbar action reachable, the compare table wrapping between words, the framing of a
// selection and a comparison, help, the district menu, keyboard reach into the panel, and the
// data error view's ways out.
import QtQuick
import QtTest
import QtPositioning
import ShanghaiInnovationMap
import TestSupport

Item {
    id: root
    width: 1000
    height: 650

    MainView {
        id: view
        anchors.fill: parent
    }
    FontMetrics { id: metrics }
    SignalSpy { id: dismissSpy; target: view; signalName: "firstStartHintDismissed" }

    TestCase {
        name: "Layout"
        when: windowShown

        function shot(name) {
            if (TestEnv.screenshotDir !== "") {
                wait(150)
                grabImage(root).save(TestEnv.screenshotDir + "/ui-" + name + ".png")
            }
        }
        function settle() {
            wait(50) // (a flight may start once the panel beside the map has its size)
            tryVerify(() => !view.map.animating, 3000)
            wait(400)
        }
        function pointOf(lat, lon) {
            return view.map.fromCoordinate(QtPositioning.coordinate(lat, lon), false)
        }
        function clickAt(lat, lon, button) {
            const p = pointOf(lat, lon)
            verify(p.x > 0 && p.x < view.map.width && p.y > 0 && p.y < view.map.height, "the point is on screen")
            mouseClick(view.map, p.x, p.y, button === undefined ? Qt.LeftButton : button)
            settle()
        }
        /** Whether the item is shown whole inside the window. */
        function inWindow(item) {
            const p = item.mapToItem(root, 0, 0)
            return item.visible && item.width > 0 && p.x >= 0 && p.y >= 0
                && p.x + item.width <= root.width + 0.5 && p.y + item.height <= root.height + 0.5
        }

        function init() {
            root.width = 1000
            root.height = 650
            App.session.language = "zh"
            App.choropleth.metricKey = ""
            App.selection.leaveCompare()
            App.selection.clearSelection()
            if (!App.session.loaded || App.session.dataDir !== TestEnv.dataDir)
                App.session.load(TestEnv.dataDir)
            wait(50)
            view.map.resetView()
            wait(50)
        }

        function checkToolbar(label) {
            const bar = view.actionBar
            verify(bar.actions.length >= 6, label)
            const picker = findChild(view, "metricPicker")
            verify(inWindow(picker), label + ": the metric picker is whole")
            // its text fits, or ends in "…": never cut mid-letter
            const pickerText = picker.contentItem
            verify(pickerText.implicitWidth <= pickerText.width + 0.5 || pickerText.truncated === true,
                   label + ": the metric's name \"" + picker.displayText + "\" is cut")
            const more = findChild(view, "moreButton")
            let shown = 0
            for (let i = 0; i < bar.actions.length; ++i) {
                const action = bar.actions[i]
                const button = findChild(view, action.name)
                verify(button, action.name)
                if (bar.overflowActions.indexOf(action) >= 0) {
                    verify(!button.visible, label + ": " + action.name + " is in the menu, not a button")
                    verify(inWindow(more), label + ": the ⋯ button is whole")
                } else {
                    ++shown
                    verify(inWindow(button), label + ": " + action.name + " is whole in the window")
                }
            }
            // what the menu holds is exactly what has no button, and it opens inside the window
            if (bar.overflowActions.length > 0) {
                mouseClick(more)
                const menu = findChild(view, "moreMenu")
                tryVerify(() => menu.opened)
                compare(menu.count, bar.overflowActions.length, label)
                for (let i = 0; i < menu.count; ++i) {
                    compare(menu.itemAt(i).text, bar.overflowActions[i].text)
                    verify(inWindow(menu.itemAt(i)), label + ": menu entry " + menu.itemAt(i).text + " inside the window")
                }
                menu.close()
                tryVerify(() => !menu.visible)
            }
            return shown
        }

        function test_every_toolbar_action_is_reachable() {
            App.choropleth.metricKey = "platform-count" // (the longest name: it does not fit at 800 px)
            const wide = checkToolbar("1000 px")
            shot("layout-1000")
            root.width = 1600
            wait(100)
            compare(view.actionBar.overflowActions.length, 0, "at 1600 px every action is a button")
            checkToolbar("1600 px")
            // as at a 2× scale factor on a 1600×1000 screen: 800×500 logical pixels
            root.width = 800
            root.height = 500
            wait(100)
            checkToolbar("800 px")
            shot("layout-800")
            // narrower than the window's minimum, in the longer language: some actions give way
            App.session.language = "en"
            root.width = 560
            wait(100)
            const narrow = checkToolbar("560 px, English")
            verify(narrow < view.actionBar.actions.length, "at 560 px some actions go into the menu")
            verify(narrow <= wide)
            shot("layout-560-en")
        }

        function test_an_action_from_the_overflow_menu_works() {
            App.session.language = "en"
            root.width = 560
            wait(100)
            const bar = view.actionBar
            verify(bar.overflowActions.length > 0)
            const language = bar.actions.find(a => a.name === "languageButton")
            const about = bar.actions.find(a => a.name === "aboutButton")
            verify(bar.overflowActions.indexOf(about) >= 0, "About gives way first")
            // the lowest priority goes first: About before the language switch
            if (bar.overflowActions.indexOf(language) >= 0)
                verify(bar.overflowActions.indexOf(about) >= 0)
            mouseClick(findChild(view, "moreButton"))
            const menu = findChild(view, "moreMenu")
            tryVerify(() => menu.opened)
            const item = findChild(menu, "aboutButtonMenu")
            verify(item)
            verify(inWindow(item), "the menu entry is inside the window")
            tryVerify(() => !menu.enter || !menu.enter.running)
            waitForRendering(menu.contentItem)
            mouseClick(item)
            const dialog = findChild(view, "aboutDialog")
            tryVerify(() => dialog.opened)
            dialog.close()
            tryVerify(() => !dialog.visible)
        }

        function checkTableWords(label) {
            const table = findChild(view, "metricTable")
            const compareView = findChild(view, "compareView")
            verify(table, label)
            let cells = 0
            for (let i = 0; i < table.children.length; ++i) {
                const cell = table.children[i]
                if (!cell.visible || cell.text === undefined || cell.text === "")
                    continue
                ++cells
                metrics.font = cell.font
                for (const word of cell.text.split(/\s+/)) {
                    if (/[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(word))
                        continue // Chinese breaks between any two characters
                    verify(metrics.advanceWidth(word) <= cell.width + 1,
                           label + ": \"" + word + "\" of \"" + cell.text + "\" fits its cell (" + cell.width + " px)")
                }
                const right = cell.mapToItem(compareView, cell.width, 0).x
                verify(right <= compareView.width + 0.5, label + ": \"" + cell.text + "\" is not cut off at the right")
            }
            verify(cells >= 6 * 4, label + ": the table has its cells (" + cells + ")")
        }

        function test_compare_table_wraps_between_words() {
            App.session.language = "en"
            App.selection.select(App.session.findDistrict("pudong"))
            App.selection.compareWith(App.session.findDistrict("minhang"))
            tryVerify(() => findChild(view, "compareView") && findChild(view, "compareView").visible)
            settle()
            checkTableWords("English, 1000 px")
            shot("layout-compare-en-1000")
            // the action bar stays in view when the content scrolls
            const content = findChild(view, "compareContent")
            content.contentY = content.contentHeight - content.height
            wait(50)
            verify(inWindow(findChild(view, "swapCompare")))
            verify(inWindow(findChild(view, "leaveCompare")))
            verify(inWindow(findChild(view, "exportComparePdf")))
            App.session.language = "zh"
            wait(100)
            checkTableWords("Chinese, 1000 px")
            root.width = 1100
            wait(100)
            App.session.language = "en"
            wait(100)
            checkTableWords("English, 1100 px")
        }

        function checkBothFramed(label) {
            settle()
            verify(view.map.showsWhole(App.selection.selected.bounds, 0), label + ": the first district is in view")
            verify(view.map.showsWhole(App.selection.compared.bounds, 0), label + ": the second district is in view")
        }

        function test_entering_compare_frames_both_districts() {
            // by "Compare with…" and a click
            clickAt(31.2397, 121.4998) // Lujiazui: Pudong
            const button = findChild(view, "compareButton")
            tryVerify(() => findChild(view, "districtPanel").visible && button.width > 0)
            waitForRendering(view)
            mouseClick(button)
            verify(App.selection.pickingCompare)
            view.map.resetView()
            clickAt(31.0250, 121.4330) // Minhang
            compare(App.selection.compareIndex, App.session.findDistrict("minhang"))
            tryVerify(() => findChild(view, "compareView").visible)
            checkBothFramed("Compare with… + click")
            mouseClick(findChild(view, "swapCompare"))
            checkBothFramed("Swap")
            App.selection.leaveCompare()
            App.selection.clearSelection()
            view.map.resetView()
            // as --compare does (Chongming, the farthest apart from Jinshan)
            App.selection.select(App.session.findDistrict("chongming"))
            App.selection.compareWith(App.session.findDistrict("jinshan"))
            checkBothFramed("directly")
            shot("layout-compare-framed")
        }

        function test_selection_keeps_the_zoom_when_in_view() {
            const zoom = view.map.zoomLevel
            clickAt(31.2397, 121.4998) // Pudong: large, in view
            compare(App.selection.selectedIndex, App.session.findDistrict("pudong"))
            tryVerify(() => findChild(view, "districtPanel").visible)
            settle()
            compare(view.map.zoomLevel, zoom, "Pudong is in view: the zoom stays")
            verify(view.map.showsWhole(App.selection.selected.bounds, 0), "Pudong whole beside the panel")
            // Chongming, whole
            App.selection.select(App.session.findDistrict("chongming"))
            settle()
            verify(view.map.showsWhole(App.selection.selected.bounds, 0), "Chongming whole, its western end too")
            // a click in water: the panel closes, the zoom and the map stay
            const z = view.map.zoomLevel
            const before = pointOf(31.2397, 121.4998)
            clickAt(31.0500, 122.1500)
            compare(App.selection.selectedIndex, -1)
            tryVerify(() => !findChild(view, "districtPanel").visible)
            settle()
            compare(view.map.zoomLevel, z, "a click in water keeps the zoom")
            const after = pointOf(31.2397, 121.4998)
            fuzzyCompare(after.x, before.x, 2, "the map does not jump sideways")
            fuzzyCompare(after.y, before.y, 2, "the map does not jump up or down")
        }

        function test_tab_brings_an_off_screen_district_into_view() {
            view.map.zoomLevel = 12
            view.map.center = QtPositioning.coordinate(31.23, 121.47) // Huangpu, zoomed in
            view.map.userMovedView = true
            wait(50)
            view.map.forceActiveFocus()
            const chongming = App.session.findDistrict("chongming")
            view.map.focusIndex = chongming - 1
            keyClick(Qt.Key_Tab)
            compare(view.map.focusIndex, chongming)
            settle()
            verify(view.map.showsWhole(QtPositioning.rectangle(view.map.labelRegistry[chongming].coordinate, 0.001, 0.001), 0),
                   "Chongming's label point is in view after Tab")
        }

        // "−" and "+" leave the toolbar together (one group), at every width and in both languages
        function test_zoom_buttons_stay_together() {
            const bar = view.actionBar
            const zoomOut = bar.actions.find(a => a.name === "zoomOutButton")
            const zoomIn = bar.actions.find(a => a.name === "zoomInButton")
            let inMenu = 0
            for (const language of ["zh", "en"]) {
                App.session.language = language
                for (let w = 1000; w >= 400; w -= 10) {
                    root.width = w
                    wait(0)
                    const outHidden = bar.overflowActions.indexOf(zoomOut) >= 0
                    const inHidden = bar.overflowActions.indexOf(zoomIn) >= 0
                    compare(outHidden, inHidden, language + " at " + w + " px: − and + in the same place")
                    compare(findChild(view, "zoomOutButton").visible, findChild(view, "zoomInButton").visible,
                            language + " at " + w + " px")
                    if (inHidden)
                        ++inMenu
                }
            }
            verify(inMenu > 0, "at the narrowest widths the zoom buttons are in the menu")
        }

        // Every district's bounding box (north, west, south, east), read once through the selection.
        property var districtBoxes: []
        function boxes() {
            if (districtBoxes.length === 0) {
                const list = []
                for (let i = 0; i < App.session.districtCount; ++i) {
                    App.selection.select(i)
                    const b = App.selection.selected.bounds
                    list.push({ name: App.selection.selected.nameEn, n: b.topLeft.latitude, w: b.topLeft.longitude,
                                s: b.bottomRight.latitude, e: b.bottomRight.longitude })
                }
                App.selection.clearSelection()
                districtBoxes = list
                compare(list.length, 16)
            }
            return districtBoxes
        }
        /** The districts whose on-screen bounding box the item covers (by more than half a pixel). */
        function coveredDistricts(item) {
            const p = item.mapToItem(view.map, 0, 0)
            const covered = []
            for (const b of boxes()) {
                const tl = pointOf(b.n, b.w)
                const br = pointOf(b.s, b.e)
                const overlapX = Math.min(p.x + item.width, br.x) - Math.max(p.x, tl.x)
                const overlapY = Math.min(p.y + item.height, br.y) - Math.max(p.y, tl.y)
                if (overlapX > 0.5 && overlapY > 0.5)
                    covered.push(b.name)
            }
            return covered
        }
        /** The whole city as the window starts: nothing selected, the view reset. */
        function cityAt(w, h) {
            boxes()
            root.width = w
            root.height = h
            wait(50)
            view.map.resetView()
            settle()
        }

        function test_first_start_hint() {
            const hint = findChild(view, "firstStartHint")
            verify(!hint.visible, "hidden unless the window says it is the first start")
            view.showFirstStartHint = true
            tryVerify(() => hint.visible)
            verify(inWindow(hint))
            verify(findChild(hint, "firstStartHintText").text.length > 40)
            dismissSpy.clear()
            mouseClick(findChild(hint, "firstStartHintDismiss"))
            compare(dismissSpy.count, 1, "dismissed: the window remembers it")
            verify(!hint.visible)
            // opening a district dismisses it too
            view.showFirstStartHint = true
            App.selection.select(App.session.findDistrict("xuhui"))
            compare(dismissSpy.count, 2)
            verify(!hint.visible)
        }

        // The hint hides no district (it is a bar above the map), and its text is whole.
        function test_first_start_hint_hides_no_district_data() {
            return [{ tag: "1000x650", w: 1000, h: 650 }, { tag: "1280x800", w: 1280, h: 800 },
                    { tag: "1920x1080", w: 1920, h: 1080 }]
        }
        function test_first_start_hint_hides_no_district(data) {
            for (const language of ["zh", "en"]) {
                App.session.language = language
                boxes() // (before the hint: opening a district dismisses it)
                view.showFirstStartHint = true
                cityAt(data.w, data.h)
                const hint = findChild(view, "firstStartHint")
                verify(inWindow(hint), language + ": the hint is whole in the window: " + JSON.stringify(hint.mapToItem(root, 0, 0)) + " " + hint.width + "x" + hint.height)
                const text = findChild(hint, "firstStartHintText")
                verify(text.height >= text.implicitHeight - 0.5 && !text.truncated, language + ": its text is whole")
                compare(coveredDistricts(hint).join(", "), "", language + ": districts under the hint")
                verify(inWindow(findChild(hint, "firstStartHintDismiss")))
                shot("hint-" + data.tag + "-" + language)
            }
            view.showFirstStartHint = false
        }

        // With a metric chosen, the legend hides no district at the whole-city view.
        function test_legend_hides_no_district_data() {
            return [{ tag: "1100x700", w: 1100, h: 700 }, { tag: "1000x650", w: 1000, h: 650 },
                    { tag: "1280x800", w: 1280, h: 800 }]
        }
        function test_legend_hides_no_district(data) {
            for (const language of ["zh", "en"]) {
                App.session.language = language
                for (const metric of ["population", "population-density", "platform-count"]) {
                    cityAt(data.w, data.h)
                    App.choropleth.metricKey = metric
                    compare(App.choropleth.metricKey, metric)
                    settle()
                    const legend = findChild(view, "legend")
                    verify(inWindow(legend), language + ", " + metric + ": the legend is whole")
                    compare(coveredDistricts(legend).join(", "), "", language + ", " + metric + ": districts under the legend")
                    // … and the city is still drawn large: at least half the map's height
                    let top = Infinity, bottom = -Infinity
                    for (const b of boxes()) {
                        top = Math.min(top, pointOf(b.n, b.w).y)
                        bottom = Math.max(bottom, pointOf(b.s, b.e).y)
                    }
                    verify(bottom - top > view.map.height * 0.6, "the city is " + (bottom - top) + " px high")
                    shot("legend-" + data.tag + "-" + language + "-" + metric)
                }
            }
        }
        /** The whole city's height on screen, in pixels. */
        function cityHeight() {
            let top = Infinity, bottom = -Infinity
            for (const b of boxes()) {
                top = Math.min(top, pointOf(b.n, b.w).y)
                bottom = Math.max(bottom, pointOf(b.s, b.e).y)
            }
            return bottom - top
        }
        // Beside the panel or the comparison the map is narrow: the legend does not shrink the city
        // to a stamp there (at least three quarters of its size without the legend; it may then
        // overlap the western edge).
        function test_legend_beside_a_panel_keeps_the_city_large() {
            cityAt(1000, 650)
            App.selection.select(App.session.findDistrict("jinshan"))
            for (const comparing of [false, true]) {
                if (comparing)
                    App.selection.compareWith(App.session.findDistrict("qingpu"))
                App.choropleth.metricKey = ""
                settle()
                view.map.resetView()
                settle()
                const plain = cityHeight()
                App.choropleth.metricKey = "population"
                settle()
                view.map.resetView()
                settle()
                verify(cityHeight() >= plain * 0.74, (comparing ? "beside the comparison" : "beside the panel")
                       + " the city is " + cityHeight() + " px high, without the legend " + plain)
            }
            shot("legend-compare-1000")
        }

        // Framing a comparison in the narrow map beside it keeps both districts clear of the legend
        // (Jinshan sat under it at 1024×700 with a metric chosen).
        function test_compared_districts_clear_of_the_legend() {
            cityAt(1024, 700)
            App.session.language = "en"
            App.choropleth.metricKey = "population"
            App.selection.select(App.session.findDistrict("jinshan"))
            App.selection.compareWith(App.session.findDistrict("qingpu"))
            settle()
            tryVerify(() => !view.map.animating, 3000)
            settle()
            const legend = findChild(view, "legend")
            verify(inWindow(legend))
            shot("legend-compare-jinshan-qingpu-1024")
            const covered = coveredDistricts(legend).join(", ")
            verify(covered.indexOf("Jinshan") < 0 && covered.indexOf("Qingpu") < 0, "under the legend: " + covered)
        }

        function test_f1_opens_help_and_lists_the_keys() {
            view.map.forceActiveFocus()
            keyClick(Qt.Key_F1)
            const dialog = findChild(view, "helpDialog")
            tryVerify(() => dialog.opened)
            verify(findChild(dialog, "helpKeys").children.length >= 2 * 10)
            shot("layout-help")
            dialog.close()
            tryVerify(() => !dialog.visible)
        }

        function test_right_click_menu_on_a_district() {
            clickAt(31.2397, 121.4998) // open Pudong
            view.map.resetView()
            wait(50)
            const p = pointOf(31.0250, 121.4330) // Minhang
            mouseClick(view.map, p.x, p.y, Qt.RightButton)
            const menu = findChild(view, "districtMenu")
            tryVerify(() => menu.opened)
            compare(menu.districtIndex, App.session.findDistrict("minhang"))
            compare(findChild(menu, "districtMenuCompare").text, "与浦东新区对比")
            mouseClick(findChild(menu, "districtMenuCompare"))
            compare(App.selection.selectedIndex, App.session.findDistrict("pudong"))
            compare(App.selection.compareIndex, App.session.findDistrict("minhang"))
        }

        function test_tab_reaches_the_panel_and_opens_a_source() {
            App.selection.select(App.session.findDistrict("xuhui"))
            tryVerify(() => findChild(view, "districtPanel").visible)
            settle()
            view.map.forceActiveFocus()
            view.map.focusIndex = App.session.districtCount - 1
            keyClick(Qt.Key_Tab) // leaves the map
            const panel = findChild(view, "districtPanel")
            const close = findChild(view, "panelClose")
            let reachedClose = false
            let row = null
            for (let i = 0; i < 30 && !row; ++i) {
                const item = root.Window.activeFocusItem
                verify(item, "something has the focus")
                if (item === close)
                    reachedClose = true
                else if (item.sourceQuote !== undefined && item.sourceQuote !== "")
                    row = item
                if (!row)
                    keyClick(Qt.Key_Tab)
            }
            verify(reachedClose, "Tab reaches the panel's ✕")
            verify(row, "Tab reaches an item of the profile")
            verify(!row.showSource)
            keyClick(Qt.Key_Return)
            verify(row.showSource, "Enter shows the item's source sentence")
            verify(findChild(row, "sourceText").visible)
            verify(findChild(row, "sourceText").text.indexOf(row.sourceQuote) >= 0)
        }

        function test_error_view_ways_out() {
            const missing = TestEnv.tempDir() + "/no-such-data"
            App.session.load(missing)
            verify(!App.session.loaded)
            const errorView = findChild(view, "errorView")
            tryVerify(() => errorView.visible)
            verify(findChild(errorView, "retryButton").visible)
            verify(findChild(errorView, "openFolderButton").visible)
            verify(findChild(errorView, "importBoundariesButton").visible)
            const bundled = findChild(errorView, "bundledDataButton")
            verify(bundled.visible)
            shot("layout-error")
            mouseClick(bundled)
            tryVerify(() => App.session.loaded)
            compare(App.session.dataDir, TestEnv.dataDir)
            verify(!errorView.visible)

            // Import boundaries…: the bundled boundary file into a new folder, then opened
            App.session.load(missing)
            tryVerify(() => errorView.visible)
            const folder = TestEnv.tempDir() + "/imported"
            errorView.runImport("file://" + TestEnv.dataDir + "/boundaries.geojson", "file://" + folder)
            verify(errorView.importOk, errorView.importReport.join("\n"))
            compare(errorView.importedDir, folder)
            verify(TestEnv.fileSize("file://" + folder + "/boundaries.geojson") > 1000)
            verify(findChild(errorView, "problemList").text.indexOf(folder) >= 0, "the report says where")
            const open = findChild(errorView, "openImportedButton")
            verify(open.visible)
            mouseClick(open)
            tryVerify(() => App.session.loaded)
            compare(App.session.dataDir, folder)
            compare(App.session.districtCount, 16)
            // a folder that is not empty is refused, and nothing is written into it
            errorView.runImport("file://" + TestEnv.dataDir + "/boundaries.geojson", "file://" + folder)
            verify(!errorView.importOk)
            compare(errorView.importReport[errorView.importReport.length - 1],
                    folder + ": the folder is not empty; choose a new or empty folder")
        }
    }
}
