// SPDX-License-Identifier: MIT
// The land around the districts (issue 14) is read after the districts, as the application starts:
// the first frame never waits for it. It arrives on the map and in the labels by itself; an export
// made before it arrived waits for it (a PDF or map image always shows it); a broken context file
// leaves the districts usable and says, among the data's warnings, why the land is missing.
import QtQuick
import QtTest
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
        name: "ContextLater"
        when: windowShown

        // a new copy for each test: the session watches the directory it loaded last
        property int copies: 0
        property string dir: ""

        function mapLayer() { return findChild(view, "districtLayer") }
        function landWarning(): bool {
            return App.session.warnings.some(w => w.indexOf("so the land around the districts is not drawn") >= 0)
        }

        function init() {
            App.session.language = "en"
            App.selection.leaveCompare()
            App.selection.clearSelection()
            dir = TestEnv.tempDir() + "/context-later-" + (++copies)
            compare(TestEnv.copyData(dir, true), "")
        }
        function cleanupTestCase() {
            // back to the bundled data, read at once as every other test expects it
            dir = TestEnv.tempDir() + "/context-later-end"
            compare(TestEnv.copyData(dir, true), "")
            verify(App.session.load(dir), App.session.problems.join("\n"))
            App.session.language = "zh"
        }

        function test_the_land_arrives_after_the_districts() {
            verify(TestEnv.loadWithContextLater(App.session, dir), App.session.problems.join("\n"))
            compare(App.session.districtCount, 16)
            // not there yet: it is read on a worker thread and taken in by the event loop
            compare(App.session.contextLabels.length, 0)
            tryCompare(App.session.contextLabels, "length", 5, 10000)
            tryCompare(mapLayer(), "contextCount", 5, 10000)
            const names = App.session.contextLabels.map(l => l.name)
            verify(names.indexOf("Jiangsu") >= 0 && names.indexOf("Suzhou") >= 0, names.join(", "))
            verify(!landWarning(), App.session.warnings.join("\n"))
        }

        function test_an_export_waits_for_the_land() {
            verify(TestEnv.loadWithContextLater(App.session, dir))
            compare(App.session.contextLabels.length, 0)
            const file = Qt.resolvedUrl("file://" + TestEnv.tempDir() + "/context-later.png")
            TestEnv.removeFile(file)
            compare(App.exporter.exportMap(file, ""), "")
            verify(TestEnv.fileSize(file) > 10000)
            // the export took the land in (it did not wait for the event loop)
            compare(App.session.contextLabels.length, 5)
        }

        function test_a_broken_context_file_leaves_the_districts_usable() {
            verify(TestEnv.writeText(dir + "/context.geojson", "{ \"type\": \"FeatureCollection\", \"features\": [", false))
            verify(TestEnv.loadWithContextLater(App.session, dir), App.session.problems.join("\n"))
            compare(App.session.districtCount, 16)
            tryVerify(() => landWarning(), 10000, "the warnings say why the land is missing")
            compare(mapLayer().contextCount, 0)
            compare(App.session.contextLabels.length, 0)
            // and the districts still answer a click
            App.selection.select(App.session.findDistrict("qingpu"))
            compare(App.selection.selected.id, "qingpu")
        }
    }
}
