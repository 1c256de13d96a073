// SPDX-License-Identifier: MIT
// The tile base map: raster tiles from the server the user named (--tiles URL_TEMPLATE), under the
// districts' map, following its camera. Qt Location's osm plugin with the custom server only: the
// providers repository is off, so nothing is fetched that the user did not ask for. Not
// interactive (the districts' map above takes every input); tiles arrive asynchronously and never
// block the window.
import QtQuick
import QtLocation
import QtPositioning
import ShanghaiInnovationMap

Map {
    id: tiles
    objectName: "tileBaseMap"

    required property BaseMap baseMap
    required property Map follow
    required property color background

    enabled: false
    copyrightsVisible: false
    center: follow.center
    zoomLevel: follow.zoomLevel
    minimumZoomLevel: 0
    maximumZoomLevel: 19
    color: background
    plugin: Plugin {
        name: "osm"
        PluginParameter { name: "osm.mapping.custom.host"; value: tiles.baseMap.customHost }
        PluginParameter { name: "osm.mapping.custom.datacopyright"; value: tiles.baseMap.attribution }
        PluginParameter { name: "osm.mapping.providersrepository.disabled"; value: true }
        PluginParameter { name: "osm.mapping.prefetching_style"; value: "NoPrefetching" }
        PluginParameter { name: "osm.mapping.cache.directory"; value: tiles.baseMap.cacheDirectory }
        PluginParameter { name: "osm.useragent"; value: "ShanghaiInnovationMap" }
    }
    // the plugin's one map type for the custom server
    activeMapType: {
        for (const t of supportedMapTypes)
            if (t.style === MapType.CustomMap)
                return t
        return supportedMapTypes.length > 0 ? supportedMapTypes[supportedMapTypes.length - 1] : null
    }
}
