// SPDX-License-Identifier: MIT
// The tile base map against a real HTTP server on 127.0.0.1 (tests/quick/tile_server.py starts it
// and runs this file alone: ctest -R quick_tiles). "pattern": the server's tiles (a known
// two-colour pattern) are on screen outside the districts and show through their translucent
// fills; "query": the same with a template whose placeholders are out of order, in a query;
// "hang": a server that accepts and never answers leaves the window answering clicks at once, and
// a notice says the tiles could not be loaded. Only run through tile_server.py (skipped without it).
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
        name: "Tiles"
        when: windowShown

        // The tiles' colours (tile_server.py) and the districts' fill over them (DistrictMap:
        // landColor #f4efe4 at 55 % over the tiles).
        readonly property var magenta: [255, 0, 255]
        readonly property var green: [0, 160, 0]
        function blend(c) { return [0.55 * 0xf4 + 0.45 * c[0], 0.55 * 0xef + 0.45 * c[1], 0.55 * 0xe4 + 0.45 * c[2]] }
        function near(pixel, c) {
            return Math.abs(pixel.r * 255 - c[0]) <= 6 && Math.abs(pixel.g * 255 - c[1]) <= 6 && Math.abs(pixel.b * 255 - c[2]) <= 6
        }

        function pointOf(lat, lon) {
            return view.map.fromCoordinate(QtPositioning.coordinate(lat, lon), false)
        }

        // Samples a grid over the map: [outside districts matching a tile colour, outside total,
        // inside matching a blended colour, inside total].
        function sample() {
            const image = grabImage(view.map)
            const counts = [0, 0, 0, 0]
            for (let x = 20; x < view.map.width - 20; x += 23) {
                for (let y = 20; y < view.map.height - 40; y += 23) {
                    const c = view.map.toCoordinate(Qt.point(x, y), false)
                    const inside = App.session.districtAt(c.latitude, c.longitude) >= 0
                    const p = image.pixel(x, y)
                    if (inside) {
                        counts[3]++
                        if (near(p, blend(magenta)) || near(p, blend(green)))
                            counts[2]++
                    } else {
                        counts[1]++
                        if (near(p, magenta) || near(p, green))
                            counts[0]++
                    }
                }
            }
            return counts
        }

        function findChild(item, name) {
            if (item.objectName === name)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = findChild(item.children[i], name)
                if (found)
                    return found
            }
            return null
        }

        function test_tiles() {
            if (TestEnv.tilesMode === "")
                skip("needs the local tile server: ctest -R quick_tiles")
            verify(App.baseMap.tiles, "--tiles turned the tiles on")
            compare(App.baseMap.mode, "tiles")
            const attribution = findChild(view.map, "tileAttribution")
            verify(attribution && attribution.visible)
            compare(attribution.text, "© OpenStreetMap contributors")
            tryVerify(() => !view.map.animating, 3000)

            if (TestEnv.tilesMode === "pattern" || TestEnv.tilesMode === "query") {
                // the tiles arrive, and the pattern is everywhere the districts are not ...
                let counts = [0, 1, 0, 1]
                tryVerify(() => { counts = sample(); return counts[0] > 0.8 * counts[1] }, 15000,
                          "the tiles' pattern outside the districts")
                // ... and under them, through the translucent fills
                verify(counts[3] > 50)
                verify(counts[2] > 0.6 * counts[3], "pattern under the districts: " + counts[2] + " of " + counts[3])
                compare(App.baseMap.notice, "")
            } else {
                // the server never answers: clicks still select at once
                const pudong = App.session.findDistrict("pudong")
                const p = pointOf(31.19, 121.66)
                const t0 = Date.now()
                mouseClick(view.map, p.x, p.y)
                tryVerify(() => App.selection.selectedIndex === pudong, 1000, "a click selects Pudong within a second")
                verify(Date.now() - t0 < 1000)
                // and after the check's 8 s, the notice says what happened
                tryVerify(() => App.baseMap.notice.indexOf(App.baseMap.server) >= 0, 20000)
                console.log("the notice: " + App.baseMap.notice)
                const notice = findChild(view.map, "baseMapNotice")
                verify(notice && notice.visible)
            }
        }

        function test_switchingOffShowsTheLandAround() {
            if (TestEnv.tilesMode === "")
                skip("needs the local tile server: ctest -R quick_tiles")
            App.baseMap.mode = "none"
            verify(!App.baseMap.tiles)
            const layer = findChild(view.map, "districtLayer")
            tryVerify(() => layer.contextCount === 5, 2000)
            App.baseMap.mode = "tiles"
            verify(App.baseMap.tiles)
            tryVerify(() => layer.contextCount === 0, 2000)
        }
    }
}
