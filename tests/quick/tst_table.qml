// SPDX-License-Identifier: MIT
// The district table's model (issue 15; app/quick/districttablemodel): sorting by a header in both
// directions with "no data" last, the name column in pinyin order, ranks, the filter hook, the
// language, and the tab-separated copy. The view in the window: tst_views.qml.
import QtQuick
import QtTest
import ShanghaiInnovationMap
import TestSupport

Item {
    DistrictTableModel { id: table }
    DistrictTableModel { id: three }

    function ids(model) {
        const out = []
        for (let r = 0; r < model.rowCount(); ++r)
            out.push(model.districtIdAt(r))
        return out
    }
    function cell(model, row, column, role) {
        return model.data(model.index(row, column), role)
    }

    TestCase {
        name: "DistrictTable"

        function init() {
            verify(table.loadDirectory(TestEnv.dataDir))
            table.clearFilter()
            table.language = "zh"
            table.sort(-1)
        }

        function test_officialOrderAndColumns() {
            compare(table.rowCount(), 16)
            compare(table.districtCount, 16)
            compare(table.columnCount(), 8) // name + 3 reference metrics + 4 counts
            compare(ids(table)[0], "huangpu")
            compare(table.headerData(0, Qt.Horizontal), "区")
            const population = table.columnOfMetric("population")
            compare(table.headerData(population, Qt.Horizontal), "年末常住人口（万人）")
            compare(table.headerData(population, Qt.Horizontal, DistrictTableModel.YearRole), 2024)
            verify(table.headerData(population, Qt.Horizontal, DistrictTableModel.SourceRole).startsWith("上海统计年鉴2025"))
        }

        function test_sortByPopulationBothWays() {
            const population = table.columnOfMetric("population")
            const ascending = ["huangpu", "chongming", "hongkou", "changning", "jinshan", "jingan", "xuhui", "fengxian",
                               "yangpu", "putuo", "qingpu", "jiading", "songjiang", "baoshan", "minhang", "pudong"]
            table.sortByHeader(population) // first click: largest first
            compare(table.sortColumn, population)
            compare(table.sortDescending, true)
            compare(ids(table), ascending.slice().reverse())
            compare(cell(table, 0, population, DistrictTableModel.RankRole), 1)
            compare(cell(table, 0, population, Qt.DisplayRole), "578.58万人")
            compare(cell(table, 0, population, DistrictTableModel.ValueRole), 578.58)
            table.sortByHeader(population) // again: reversed
            compare(table.sortDescending, false)
            compare(ids(table), ascending)
            compare(cell(table, 15, population, DistrictTableModel.RankRole), 1)
        }

        function test_noDataLastInBothDirections() {
            verify(three.loadDirectory(TestEnv.fixtureDir))
            const area = three.columnOfMetric("area")
            three.sort(area, Qt.AscendingOrder)
            compare(ids(three), ["alpha", "beta", "gamma"])
            three.sort(area, Qt.DescendingOrder)
            compare(ids(three), ["beta", "alpha", "gamma"])
            compare(cell(three, 2, area, DistrictTableModel.HasDataRole), false)
            compare(cell(three, 2, area, DistrictTableModel.ValueRole), undefined)
            compare(cell(three, 2, area, DistrictTableModel.RankRole), undefined)
            compare(cell(three, 2, area, Qt.DisplayRole), "暂无数据")
        }

        function test_nameInPinyinOrderAndLanguage() {
            table.sortByHeader(0)
            compare(table.sortDescending, false)
            const order = ids(table)
            compare(order[0], "baoshan")
            compare(order[1], "changning") // 长宁 Cháng-, not zhǎng
            compare(order[15], "yangpu")
            table.language = "en"
            compare(cell(table, 0, 0, Qt.DisplayRole), "Baoshan District")
            compare(table.headerData(table.columnOfMetric("population-density"), Qt.Horizontal), "Population density (persons/km²)")
        }

        function test_filterHookKeepsTheSort() {
            const density = table.columnOfMetric("population-density")
            table.sort(density, Qt.DescendingOrder)
            table.setVisibleDistricts([10, 0, 15]) // pudong, huangpu, chongming (by index)
            compare(table.districtCount, 3)
            compare(ids(table), ["huangpu", "pudong", "chongming"])
            compare(table.rowOfDistrict(15), 2)
            compare(table.rowOfDistrict(1), -1)
            table.clearFilter()
            compare(table.districtCount, 16)
            compare(ids(table)[0], "hongkou")
        }

        function test_copyAsTabSeparated() {
            table.language = "en"
            table.sort(table.columnOfMetric("population"), Qt.DescendingOrder)
            const lines = table.toTsv([0, 1]).split("\n")
            compare(lines.length, 4) // header, two rows, the final newline
            compare(lines[0].split("\t")[0], "District")
            compare(lines[0].split("\t")[2], "Resident population (year-end) (10,000 persons)")
            compare(lines[1].split("\t").slice(0, 4), ["Pudong New Area", "1210.41", "578.58", "4780"])
            compare(lines[2].split("\t")[0], "Minhang District")
            compare(table.toTsv([]).split("\n").length, 18)
        }
    }
}
