// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace sim {

/**
 * A raster tile server as a URL template (the XYZ / "slippy map" scheme of OpenStreetMap: 256-pixel
 * tiles in Web Mercator, {z} the zoom level, {x} the column from the west, {y} the row from the
 * north), e.g. "https://tile.openstreetmap.org/{z}/{x}/{y}.png" or
 * "https://tiles.example.org/v1/{x}/{y}/{z}@2x.png?key=K".
 *
 * The map reads the tiles through Qt Location's `osm` plugin. Its custom server parameter
 * (`osm.mapping.custom.host`) takes a template with %z, %x and %y, to which the plugin always
 * appends "%z/%x/%y.png"; the plugin fills the first %z, %x and %y and copies the rest. So the
 * template is handed over with its placeholders as %z, %x, %y and a "#" after it: what the plugin
 * appends becomes the URL's fragment, which an HTTP client never sends. Any order and any query
 * work; {s} (a choice of subdomains), {r}, {-y} and other placeholders do not.
 *
 * The tiles must be WGS84 Web Mercator tiles (OpenStreetMap and most servers). Tiles of Chinese web
 * maps (Amap, Tencent) are in GCJ-02: the districts would sit about 480 m off their streets. Nothing
 * can tell that from the URL; the README says so.
 */
struct TileTemplate {
    QString url; ///< as given (trimmed), e.g. "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    /// for osm.mapping.custom.host, e.g. "https://tile.openstreetmap.org/%z/%x/%y.png#"
    QString customHost;

    /** The URL of one tile. */
    [[nodiscard]] QString tileUrl(int z, int x, int y) const;
    /** "tile.openstreetmap.org" (or host:port): the server named in messages. */
    [[nodiscard]] QString host() const;
};

/**
 * Checks a URL template: http or https, a host, each of {z}, {x} and {y} exactly once, no other
 * {placeholder}, no "#". Returns the template, or sets `why` to the reason it cannot be used (one
 * sentence, quoting the value) and returns an empty template.
 */
TileTemplate parseTileTemplate(const QString &text, QString &why);

/** The attribution shown on the map when none is configured. */
inline const QString kDefaultTileAttribution = QStringLiteral("© OpenStreetMap contributors");

} // namespace sim
