// SPDX-License-Identifier: MIT
// The district layer on its own: a DistrictMap made with nothing but its required properties,
// showing the three-district fixture, whose Gamma District has a hole (an enclave of nothing).
// What is on screen must agree with hit testing and the PDF: the hole is not Gamma's.
import QtQuick
import QtTest
import QtPositioning
import ShanghaiInnovationMap
import TestSupport

Item {
    id: root
    width: 640
    height: 640

    DistrictMap {
        id: map
        anchors.fill: parent
        session: App.session
        selection: App.selection
        choropleth: App.choropleth
    }

    TestCase {
        name: "DistrictLayer"
        when: windowShown

        property string fixture: TestEnv.tempDir() + "/layer-fixture"
        property string bundled: TestEnv.tempDir() + "/layer-bundled"

        function initTestCase() {
            compare(TestEnv.copyData(fixture, false), "")
            verify(App.session.load(fixture), App.session.problems.join("\n"))
            App.selection.clearSelection()
            App.choropleth.metricKey = ""
        }

        function cleanupTestCase() {
            // the other test files expect the bundled data
            compare(TestEnv.copyData(bundled, true), "")
            verify(App.session.load(bundled), App.session.problems.join("\n"))
        }

        function pixelAt(image, lat, lon) {
            const p = map.fromCoordinate(QtPositioning.coordinate(lat, lon), false)
            verify(p.x > 0 && p.x < map.width && p.y > 0 && p.y < map.height, "on screen: " + lat + "," + lon)
            return image.pixel(Math.round(p.x), Math.round(p.y))
        }

        function test_a_hole_shows_what_lies_under_it_not_the_district() {
            map.resetView()
            tryVerify(() => findChild(map, "districtLayer").renderedFrames > 0, 3000)
            wait(200)
            const image = grabImage(map)
            const gamma = pixelAt(image, 51.85, 10.3)   // inside Gamma, away from its label
            const hole = pixelAt(image, 51.5, 11.0)     // the middle of Gamma's hole
            verify(!Qt.colorEqual(hole, gamma), "the hole is drawn in Gamma's fill " + gamma)
            verify(Qt.colorEqual(hole, map.color), "the hole shows the map's background " + map.color + ", not " + hole)
            // and the map agrees with what is drawn: nothing there to select
            compare(App.session.districtAt(51.5, 11.0), -1)
            compare(App.session.districtAt(51.85, 10.3), App.session.findDistrict("gamma"))
        }

        function test_the_island_of_a_multipolygon_is_drawn() {
            map.resetView()
            wait(200)
            const image = grabImage(map)
            const island = pixelAt(image, 50.35, 12.65) // Beta's second polygon
            const sea = pixelAt(image, 50.35, 12.35)    // between Beta's two parts
            verify(Qt.colorEqual(sea, map.color))
            verify(!Qt.colorEqual(island, map.color), "Beta's island is drawn")
        }
    }
}
