// SPDX-License-Identifier: MIT
// The analyst's views in the window (issue 15): the Map / Table / Chart tabs and their shortcuts,
// the table sorted by a header click in both directions (exact order), "no data" last, the
// pinyin filter, the selection shared between the rows and the map, Ctrl-click → compare,
// Ctrl+C (the clipboard's exact text), the ranking chart and the Export… menu's exports.
import QtCore
import QtQuick
import QtTest
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
        name: "Views"
        when: windowShown

        readonly property var populationDescending: ["pudong", "minhang", "baoshan", "songjiang", "jiading", "qingpu", "putuo",
            "yangpu", "fengxian", "xuhui", "jingan", "jinshan", "changning", "hongkou", "chongming", "huangpu"]
        readonly property string tempDir: StandardPaths.writableLocation(StandardPaths.TempLocation).toString()

        function tableView() {
            view.viewMode = "table"
            tryVerify(() => findChild(view, "districtTableView") !== null && findChild(view, "districtTableView").visible)
            return findChild(view, "districtTableView")
        }
        function ids(model) {
            const out = []
            for (let r = 0; r < model.rowCount(); ++r)
                out.push(model.districtIdAt(r))
            return out
        }
        function cellItem(tv, row, column) {
            tv.table.forceLayout()
            return tv.table.itemAtCell(Qt.point(column, row))
        }
        function headerItem(tv, column) {
            tv.header.forceLayout()
            return tv.header.itemAtCell(Qt.point(column, 0))
        }
        function clickRow(tv, row, modifiers) {
            tv.table.positionViewAtRow(row, TableView.Contain)
            waitForRendering(tv.table)
            const item = cellItem(tv, row, 0)
            verify(item, "row " + row + " is laid out")
            mouseClick(item, 20, item.height / 2, Qt.LeftButton, modifiers === undefined ? Qt.NoModifier : modifiers)
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
            const tv = findChild(view, "districtTableView")
            if (tv) {
                findChild(tv, "tableFilter").text = ""
                tv.sortedByUser = false
                tv.model.sort(-1)
            }
            view.viewMode = "map"
            wait(20)
        }

        function test_tabs_and_shortcuts() {
            compare(view.viewMode, "map")
            mouseClick(findChild(view, "tableTab"))
            compare(view.viewMode, "table")
            const tv = findChild(view, "districtTableView")
            verify(tv && tv.visible)
            tryVerify(() => tv.table.activeFocus, 1000, "the table takes the keyboard")
            keyClick(Qt.Key_3, Qt.ControlModifier)
            compare(view.viewMode, "chart")
            verify(findChild(view, "rankingChart").visible)
            verify(!tv.visible)
            keyClick(Qt.Key_1, Qt.ControlModifier)
            compare(view.viewMode, "map")
            tryVerify(() => view.map.activeFocus)
            keyClick(Qt.Key_2, Qt.ControlModifier)
            compare(view.viewMode, "table")
        }

        function test_sort_by_population_header_both_ways() {
            const tv = tableView()
            const population = tv.model.columnOfMetric("population")
            waitForRendering(tv)
            verify(headerItem(tv, population), "the population header")
            compare(headerItem(tv, population).display, "年末常住人口（万人）")
            mouseClick(headerItem(tv, population))
            compare(tv.model.sortColumn, population)
            compare(tv.model.sortDescending, true)
            compare(ids(tv.model), populationDescending)
            compare(tv.model.rankColumn, population)
            compare(tv.model.headerData(0, Qt.Vertical), "1")
            compare(cellItem(tv, 0, population).display, "578.58万人")
            mouseClick(headerItem(tv, population))
            compare(tv.model.sortDescending, false)
            compare(ids(tv.model), populationDescending.slice().reverse())
            compare(tv.model.headerData(15, Qt.Vertical), "1")
            // from the keyboard: the header takes focus and Space sorts
            headerItem(tv, population).forceActiveFocus()
            keyClick(Qt.Key_Space)
            compare(tv.model.sortDescending, true)
            compare(ids(tv.model)[0], "pudong")
        }

        TextMetrics { id: cellText; font.bold: true }
        /** The widest text of a column over every row shown (the QML way of measuring it). */
        function widestShown(tv, column) {
            let widest = 0
            for (let r = 0; r < tv.model.rowCount(); ++r) {
                cellText.text = tv.model.data(tv.model.index(r, column), Qt.DisplayRole)
                widest = Math.max(widest, cellText.advanceWidth)
            }
            return widest
        }
        function test_columns_are_as_wide_as_their_values_in_both_languages() {
            const tv = tableView()
            const population = tv.model.columnOfMetric("population")
            for (const language of ["zh", "en"]) {
                App.session.language = language
                waitForRendering(tv)
                tv.table.forceLayout()
                for (let c = 0; c < tv.model.columnCount(); ++c) {
                    const widest = widestShown(tv, c)
                    verify(widest > 0, language + ": column " + c + " has text")
                    verify(tv.table.columnWidth(c) >= widest + 24 - 0.5,
                           language + ": column " + c + " is " + tv.table.columnWidth(c) + " px for a text of " + widest + " px")
                }
            }
            // filtering keeps the widths (every district's values count, not only the rows shown)
            const before = tv.table.columnWidth(population)
            findChild(tv, "tableFilter").text = "huangpu"
            tryCompare(tv.model, "districtCount", 1)
            tv.table.forceLayout()
            compare(tv.table.columnWidth(population), before)
            // the English population cells are wider than the Chinese ones: the widths follow the language
            App.session.language = "zh"
            findChild(tv, "tableFilter").text = ""
            tryCompare(tv.model, "districtCount", 16)
            tv.table.forceLayout()
            verify(tv.table.columnWidth(population) < before,
                   "zh " + tv.table.columnWidth(population) + " px, en " + before + " px")
        }

        function test_no_data_last_both_ways() {
            verify(App.session.load(TestEnv.fixtureDir))
            try {
                const tv = tableView()
                const area = tv.model.columnOfMetric("area")
                tv.sortBy(area)
                compare(ids(tv.model), ["beta", "alpha", "gamma"])
                tv.sortBy(area)
                compare(ids(tv.model), ["alpha", "beta", "gamma"])
                compare(tv.model.headerData(2, Qt.Vertical), "–", "no rank without data")
                waitForRendering(tv.table)
                compare(cellItem(tv, 2, area).display, "暂无数据")
                // the chart: two bars, the third district named under it
                view.viewMode = "chart"
                App.choropleth.metricKey = "area"
                const chart = findChild(view, "rankingChart")
                tryVerify(() => chart.visible && chart.bars.length === 2)
                compare(chart.bars.map(b => b.value), [8100, 7800.5])
                compare(chart.missing.length, 1)
                compare(findChild(chart, "chartNoData").text, "暂无数据：" + chart.missing[0])
            } finally {
                verify(App.session.load(TestEnv.dataDir))
            }
        }

        function test_filter_in_pinyin_chinese_and_english() {
            const tv = tableView()
            const filter = findChild(tv, "tableFilter")
            mouseClick(filter)
            keyClick(Qt.Key_M); keyClick(Qt.Key_I); keyClick(Qt.Key_N); keyClick(Qt.Key_H); keyClick(Qt.Key_A); keyClick(Qt.Key_N); keyClick(Qt.Key_G)
            compare(filter.text, "minhang")
            compare(ids(tv.model), ["minhang"])
            filter.text = "jingan"
            compare(ids(tv.model), ["jingan"])
            filter.text = "Jing'an"
            compare(ids(tv.model), ["jingan"])
            filter.text = "浦东"
            compare(ids(tv.model), ["pudong"])
            filter.text = "Putuo"
            compare(ids(tv.model), ["putuo"])
            filter.text = "xyzzy"
            compare(tv.model.districtCount, 0)
            App.session.language = "en"
            filter.text = "chong ming"
            compare(ids(tv.model), ["chongming"])
            compare(findChild(tv, "tableCount").text, "1 of 16 districts")
            filter.text = ""
            compare(tv.model.districtCount, 16)
            compare(findChild(tv, "tableCount").text, "16 districts")
        }

        function test_rows_and_map_share_the_selection() {
            const tv = tableView()
            tv.sortBy(tv.model.columnOfMetric("population")) // pudong first
            clickRow(tv, 1) // minhang
            compare(App.selection.selectedIndex, App.session.findDistrict("minhang"))
            tryVerify(() => findChild(view, "districtPanel").visible, 1000, "the panel opens beside the table")
            verify(cellItem(tv, 1, 0).isSelected)
            // selected on the map (or anywhere else): the row is highlighted and the keyboard is on it
            App.selection.select(App.session.findDistrict("xuhui"))
            const row = tv.model.rowOfDistrict(App.session.findDistrict("xuhui"))
            compare(row, populationDescending.indexOf("xuhui"))
            compare(tv.currentRow, row)
            waitForRendering(tv.table)
            verify(cellItem(tv, row, 0).isSelected)
            verify(!cellItem(tv, 1, 0).isSelected)
            // keyboard only: arrows move, Enter opens
            tv.table.forceActiveFocus()
            keyClick(Qt.Key_Down)
            compare(tv.currentRow, row + 1)
            keyClick(Qt.Key_Return)
            compare(App.session.districtName(App.selection.selectedIndex), "静安区") // the next by population
            shot("table-selected")
        }

        function test_ctrl_click_compares_two_rows() {
            const tv = tableView()
            tv.sortBy(tv.model.columnOfMetric("population"))
            clickRow(tv, 0) // pudong
            clickRow(tv, 1, Qt.ControlModifier) // minhang
            compare(App.selection.selectedIndex, App.session.findDistrict("pudong"))
            compare(App.selection.compareIndex, App.session.findDistrict("minhang"))
            tryVerify(() => findChild(view, "compareView") && findChild(view, "compareView").visible, 5000)
            verify(cellItem(tv, 1, 0).isCompared)
        }

        function test_ctrl_c_copies_the_selected_rows_or_the_table() {
            App.session.language = "en"
            const tv = tableView()
            tv.sortBy(tv.model.columnOfMetric("population"))
            App.selection.select(App.session.findDistrict("pudong"))
            App.selection.compareWith(App.session.findDistrict("minhang"))
            tv.table.forceActiveFocus()
            keyClick(Qt.Key_C, Qt.ControlModifier)
            const header = "District\tLand area (km²)\tResident population (year-end) (10,000 persons)\tPopulation density (persons/km²)"
            const lines = TestEnv.clipboardText().split("\n")
            compare(lines.length, 4)
            compare(lines[0].split("\t").slice(0, 4).join("\t"), header)
            compare(lines[0].split("\t").length, 8)
            compare(lines[1].split("\t").slice(0, 4).join("\t"), "Pudong New Area\t1210.41\t578.58\t4780")
            compare(lines[2].split("\t").slice(0, 4).join("\t"), "Minhang District\t370.75\t272.5\t7350")
            compare(lines[3], "")
            compare(TestEnv.clipboardText(), tv.model.toTsv([0, 1]))
            // nothing selected: the whole table, in the order shown
            App.selection.clearSelection()
            keyClick(Qt.Key_C, Qt.ControlModifier)
            const all = TestEnv.clipboardText().split("\n")
            compare(all.length, 18)
            compare(all.slice(1, 17).map(l => l.split("\t")[0])[15], "Huangpu District")
        }

        function test_ranking_chart() {
            App.choropleth.metricKey = "population"
            App.selection.select(App.session.findDistrict("minhang"))
            view.viewMode = "chart"
            const chart = findChild(view, "rankingChart")
            tryVerify(() => chart && chart.visible && chart.bars.length === 16)
            compare(chart.bars.map(b => b.district), populationDescending.map(id => App.session.findDistrict(id)))
            compare(chart.bars[0].text, "578.58万人")
            compare(chart.bars[0].rank, "1")
            compare(chart.missing.length, 0)
            verify(!findChild(chart, "chartNoData").visible)
            compare(findChild(chart, "chartTitle").text, "年末常住人口（万人）")
            waitForRendering(chart)
            const minhang = findChild(chart, "bar_" + App.session.findDistrict("minhang"))
            verify(minhang)
            compare(findChild(minhang, "barFill").color, App.selection.colorA)
            // bars in proportion: Minhang's 272.5 against Pudong's 578.58
            const pudong = findChild(chart, "bar_" + App.session.findDistrict("pudong"))
            fuzzyCompare(findChild(minhang, "barFill").width / findChild(pudong, "barFill").width, 272.5 / 578.58, 0.01)
            mouseClick(pudong)
            compare(App.selection.selectedIndex, App.session.findDistrict("pudong"))
            compare(findChild(pudong, "barFill").color, App.selection.colorA)
            shot("chart-population")
        }

        function test_export_menu_writes_files_or_says_why_not() {
            const bar = findChild(view, "viewBar")
            const csv = tempDir + "/sim-tst-views.csv"
            TestEnv.removeFile(csv)
            compare(bar.exportTo("csv", csv), "")
            verify(TestEnv.fileSize(csv) > 1000)
            compare(TestEnv.fileHead(csv, 3), "\u00ef\u00bb\u00bf", "UTF-8 with a byte-order mark")
            verify(findChild(view, "exportMessage").text.startsWith("已保存"), findChild(view, "exportMessage").text)
            const png = tempDir + "/sim-tst-views.png"
            TestEnv.removeFile(png)
            App.choropleth.metricKey = "population-density"
            compare(bar.exportTo("png", png), "")
            compare(TestEnv.fileHead(png, 4), "\u0089PNG")
            TestEnv.removeFile(png)
            TestEnv.removeFile(csv)
            // never into the data directory
            const refused = bar.exportTo("svg", "file://" + TestEnv.dataDir + "/map.svg")
            verify(refused !== "", "refused")
            compare(findChild(view, "exportMessage").text, refused)
            verify(bar.exportFailed)
            // the dialog proposes a name in Documents
            const dialog = bar.prepareDialog("xlsx")
            verify(decodeURIComponent(dialog.selectedFile.toString()).endsWith("/上海各区指标.xlsx"), dialog.selectedFile)
        }
    }
}
