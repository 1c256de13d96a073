// SPDX-License-Identifier: MIT
#pragma once

#include "basemap/tiletemplate.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <optional>

class QNetworkReply;

namespace sim {

/**
 * What lies under the districts: "none" (the offline land around the city from the data
 * directory, the default) or "tiles" (raster tiles from a server the user named with --tiles
 * URL_TEMPLATE, read through Qt Location's osm plugin with the providers repository turned off).
 * The mode, the template and the attribution are remembered in the settings (baseMap/…); a
 * template there that is not usable is ignored with a notice.
 *
 * Tiles never block the window: Qt Location fetches them asynchronously. When tiles are switched
 * on, one tile of the city is fetched here as well (8 s at most); if the server does not answer,
 * answers an error or something that is not an image, `notice` says that the tiles could not be
 * loaded, and the map stays usable.
 */
class BaseMap : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by App.baseMap")
    /** "none" or "tiles". Remembered. */
    Q_PROPERTY(QString mode READ mode WRITE setMode NOTIFY changed)
    /** Tiles are shown: mode "tiles" with a usable template. */
    Q_PROPERTY(bool tiles READ tiles NOTIFY changed)
    /** A tile server is configured (the "tiles" choice is possible). */
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(QString urlTemplate READ urlTemplate NOTIFY changed)
    /** For the osm plugin's osm.mapping.custom.host (TileTemplate::customHost). */
    Q_PROPERTY(QString customHost READ customHost NOTIFY changed)
    /** The server named in the menu: "tile.openstreetmap.org" (or host:port). */
    Q_PROPERTY(QString server READ server NOTIFY changed)
    /** Shown on the map while tiles are: what the server asks for ("© OpenStreetMap contributors"). */
    Q_PROPERTY(QString attribution READ attribution NOTIFY changed)
    /** Where the osm plugin keeps the tiles of this server (the user's cache directory). */
    Q_PROPERTY(QString cacheDirectory READ cacheDirectory NOTIFY changed)
    /** A problem to show: a bad setting ignored, or tiles that could not be loaded. */
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)

public:
    /** `tilesOption`/`attribution`: from the command line (empty/unset: the settings' values). */
    BaseMap(const QString &tilesOption, const std::optional<QString> &attribution, QObject *parent = nullptr);

    QString mode() const { return m_mode; }
    void setMode(const QString &mode);
    bool tiles() const { return m_mode == QLatin1String("tiles") && available(); }
    bool available() const { return !m_template.url.isEmpty(); }
    QString urlTemplate() const { return m_template.url; }
    QString customHost() const { return m_template.customHost; }
    QString server() const { return m_template.host(); }
    QString attribution() const { return m_attribution; }
    QString cacheDirectory() const;
    QString notice() const { return m_notice; }
    Q_INVOKABLE void dismissNotice();

Q_SIGNALS:
    void changed();
    void noticeChanged();

private:
    void probe();
    void cancelProbe();
    void setNotice(const QString &notice);

    QString m_mode = QStringLiteral("none");
    TileTemplate m_template;
    QString m_attribution;
    QString m_notice;
    bool m_tileNotice = false; // the notice is about tiles that could not be loaded
    QNetworkAccessManager *m_network = nullptr; // made on first use
    QPointer<QNetworkReply> m_probe;
};

} // namespace sim
