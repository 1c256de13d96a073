// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace sim {

/**
 * A raster tile server as a URL template (the XYZ / "slippy map" scheme of OpenStreetMap: 256-pixel
 * PNG tiles in Web Mercator, {z} the zoom level, {x} the column from the west, {y} the row from the
 * north), e.g. "https://tile.openstreetmap.org/{z}/{x}/{y}.png".
 *
 * The map reads the tiles through Qt Location's `osm` plugin, whose custom server parameter
 * (`osm.mapping.custom.host`) is a prefix to which the plugin appends "%z/%x/%y.png": a template is
 * usable when it is an http or https URL that ends in "{z}/{x}/{y}.png" (anything before that,
 * path included, is the prefix).
 *
 * The tiles must be WGS84 Web Mercator tiles (OpenStreetMap and most servers). Tiles of Chinese web
 * maps (Amap, Tencent) are in GCJ-02: the districts would sit about 480 m off their streets. Nothing
 * can tell that from the URL; the README says so.
 */
struct TileTemplate {
    QString url; ///< as given, e.g. "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    QString prefix; ///< for osm.mapping.custom.host, e.g. "https://tile.openstreetmap.org/"

    /** The URL of one tile. */
    [[nodiscard]] QString tileUrl(int z, int x, int y) const;
    /** "tile.openstreetmap.org" (or host:port): the server named in messages. */
    [[nodiscard]] QString host() const;
};

/**
 * Checks a URL template. Returns the template, or sets `why` to the reason it cannot be used (one
 * sentence, quoting the value) and returns an empty template.
 */
TileTemplate parseTileTemplate(const QString &text, QString &why);

/** The attribution shown on the map when none is configured. */
inline const QString kDefaultTileAttribution = QStringLiteral("© OpenStreetMap contributors");

} // namespace sim
