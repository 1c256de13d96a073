// SPDX-License-Identifier: MIT
// The real window (Main.qml: the application's own ApplicationWindow with its settings), issue 16:
// Ctrl+Q closes it and saves what it remembers; after a failed data load and a recovery (Use the
// bundled data, Try again) the remembered metric, map view and view come back as at a normal start.
// The settings are the test run's own (QStandardPaths test mode), never the user's.
import QtQuick
import QtTest
import ShanghaiInnovationMap
import TestSupport

Item {
    id: root
    width: 200
    height: 200

    Component {
        id: mainWindow
        Main {}
    }

    TestCase {
        name: "Window"
        when: windowShown

        property string live: TestEnv.tempDir() + "/window-data"

        function init() {
            TestEnv.removeSettings("window")
            TestEnv.setSetting("hints/firstStartHintDismissed", true)
            verify(App.session.load(TestEnv.dataDir), App.session.problems.join("\n"))
            App.session.language = "zh"
            App.selection.leaveCompare()
            App.selection.clearSelection()
            App.choropleth.metricKey = ""
        }
        function cleanup() {
            verify(App.session.load(TestEnv.dataDir))
            TestEnv.removeSettings("window")
        }

        function open() {
            const window = createTemporaryObject(mainWindow, root)
            verify(window)
            tryVerify(() => window.visible && window.contentItem.width > 0)
            return window
        }
        function child(window, name) {
            const item = findChild(window.contentItem, name)
            verify(item, name)
            return item
        }

        function test_ctrl_q_closes_the_window_and_saves_it() {
            const window = open()
            window.width = 1111
            window.height = 707
            App.choropleth.metricKey = "population"
            compare(App.choropleth.metricKey, "population")
            child(window, "viewBar").mode = "table"
            window.requestActivate()
            tryVerify(() => window.active)
            keySequence("Ctrl+Q")
            tryVerify(() => !window.visible, 2000, "Ctrl+Q closed the window")
            // what the window remembers, written as it closed
            tryVerify(() => Number(TestEnv.setting("window/width")) === 1111, 3000, "width " + TestEnv.setting("window/width"))
            compare(Number(TestEnv.setting("window/height")), 707)
            compare(String(TestEnv.setting("window/metricKey")), "population")
            compare(String(TestEnv.setting("window/viewMode")), "table")
        }

        function test_the_remembered_view_is_restored_at_start() {
            TestEnv.setSetting("window/metricKey", "population")
            TestEnv.setSetting("window/viewMode", "chart")
            TestEnv.setSetting("window/centerLatitude", 31.2)
            TestEnv.setSetting("window/centerLongitude", 121.5)
            TestEnv.setSetting("window/zoomLevel", 11)
            const window = open()
            const map = child(window, "districtMap")
            compare(App.choropleth.metricKey, "population")
            compare(child(window, "viewBar").mode, "chart")
            tryVerify(() => Math.abs(map.zoomLevel - 11) < 1e-9, 2000, "zoom " + map.zoomLevel)
            fuzzyCompare(map.center.latitude, 31.2, 1e-9)
            fuzzyCompare(map.center.longitude, 121.5, 1e-9)
        }

        // Started on a folder that fails to load, recovered with the error view's buttons.
        function recoverWith(button, repair) {
            TestEnv.setSetting("window/metricKey", "population")
            TestEnv.setSetting("window/viewMode", "table")
            TestEnv.setSetting("window/centerLatitude", 31.05)
            TestEnv.setSetting("window/centerLongitude", 121.25)
            TestEnv.setSetting("window/zoomLevel", 10.5)
            compare(TestEnv.copyData(live, true), "")
            const file = live + "/dataset.json"
            const good = TestEnv.readText(file)
            verify(TestEnv.writeText(file, "{\"format_version\": ", false))
            verify(!App.session.load(live), "the broken folder does not load")
            const window = open()
            verify(child(window, "errorView").visible)
            repair(file, good)
            mouseClick(child(window, button))
            tryVerify(() => App.session.loaded, 5000, App.session.problems.join("\n"))
            verify(!child(window, "errorView").visible)
            // restored exactly as at a normal start
            tryCompare(App.choropleth, "metricKey", "population")
            compare(child(window, "viewBar").mode, "table")
            const map = child(window, "districtMap")
            tryVerify(() => Math.abs(map.zoomLevel - 10.5) < 1e-9, 2000, "zoom " + map.zoomLevel)
            fuzzyCompare(map.center.latitude, 31.05, 1e-9)
            fuzzyCompare(map.center.longitude, 121.25, 1e-9)
        }

        function test_use_the_bundled_data_restores_the_remembered_metric_and_view() {
            recoverWith("bundledDataButton", () => {})
            compare(App.session.dataDir, TestEnv.dataDir)
        }

        function test_try_again_restores_the_remembered_metric_and_view() {
            // (the folder is watched: it may recover on its own as soon as the file is fixed;
            // Try again then just reloads it)
            recoverWith("retryButton", (file, good) => verify(TestEnv.writeText(file, good, true)))
            compare(App.session.dataDir, live)
        }
    }
}
