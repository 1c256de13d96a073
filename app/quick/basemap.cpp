// SPDX-License-Identifier: MIT
#include "basemap.h"

#include <QCryptographicHash>
#include <QImage>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSettings>
#include <QStandardPaths>

#include <cmath>
#include <numbers>

namespace sim {

namespace {
const QString kModeKey = QStringLiteral("baseMap/mode");
const QString kTilesKey = QStringLiteral("baseMap/tiles");
const QString kAttributionKey = QStringLiteral("baseMap/attribution");
} // namespace

BaseMap::BaseMap(const QString &tilesOption, const std::optional<QString> &attribution, QObject *parent) : QObject(parent)
{
    QSettings settings;
    if (!tilesOption.isEmpty()) { // --tiles (checked by the command line): remembered, and shown
        QString why;
        m_template = parseTileTemplate(tilesOption, why);
        m_attribution = attribution.value_or(kDefaultTileAttribution);
        m_mode = QStringLiteral("tiles");
        settings.setValue(kTilesKey, m_template.url);
        settings.setValue(kAttributionKey, m_attribution);
        settings.setValue(kModeKey, m_mode);
    } else {
        const QString saved = settings.value(kTilesKey).toString();
        if (!saved.isEmpty()) {
            QString why;
            m_template = parseTileTemplate(saved, why);
            if (!why.isEmpty()) // a broken value in the settings file: ignored, and said
                m_notice = tr("The tile server in your settings was ignored: %1").arg(why);
        }
        const QString savedAttribution = settings.value(kAttributionKey).toString().trimmed();
        m_attribution = attribution.value_or(
                savedAttribution.isEmpty() || savedAttribution.size() > 300 ? kDefaultTileAttribution : savedAttribution);
        if (settings.value(kModeKey).toString() == QLatin1String("tiles") && available())
            m_mode = QStringLiteral("tiles");
    }
    if (tiles())
        probe();
}

void BaseMap::setMode(const QString &mode)
{
    const QString m = mode == QLatin1String("tiles") && available() ? mode : QStringLiteral("none");
    if (m == m_mode)
        return;
    m_mode = m;
    QSettings().setValue(kModeKey, m_mode);
    Q_EMIT changed();
    if (tiles())
        probe();
    else
        cancelProbe();
}

void BaseMap::cancelProbe()
{
    if (QNetworkReply *old = m_probe.data()) {
        m_probe = nullptr; // (its finished() then knows it was cancelled, not timed out)
        old->abort();
    }
}

QString BaseMap::cacheDirectory() const
{
    if (!available())
        return {};
    // one directory per server: tiles of different servers never mix
    const QByteArray key = QCryptographicHash::hash(m_template.url.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles/") + QString::fromLatin1(key);
}

void BaseMap::dismissNotice()
{
    setNotice({});
}

void BaseMap::setNotice(const QString &notice)
{
    m_tileNotice = false;
    if (notice == m_notice)
        return;
    m_notice = notice;
    Q_EMIT noticeChanged();
}

void BaseMap::probe()
{
    cancelProbe();
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    // The tile with Shanghai's People's Square at zoom 10 (Web Mercator, as the map asks for it).
    constexpr double lon = 121.4737, lat = 31.2304;
    constexpr int z = 10;
    const double n = std::pow(2.0, z);
    const double rad = lat * std::numbers::pi / 180;
    const int x = int((lon + 180) / 360 * n);
    const int y = int((1 - std::asinh(std::tan(rad)) / std::numbers::pi) / 2 * n);
    QNetworkRequest request(QUrl(m_template.tileUrl(z, x, y)));
    request.setTransferTimeout(8000);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("ShanghaiInnovationMap (tile check)"));
    QNetworkReply *reply = m_network->get(request);
    m_probe = reply;
    const QString host = m_template.host();
    connect(reply, &QNetworkReply::finished, this, [this, reply, host] {
        reply->deleteLater();
        if (m_probe != reply)
            return; // replaced or switched off
        m_probe = nullptr;
        QString why;
        if (reply->error() == QNetworkReply::OperationCanceledError)
            why = tr("no answer within 8 seconds");
        else if (reply->error() != QNetworkReply::NoError)
            why = reply->errorString();
        else if (QImage::fromData(reply->readAll()).isNull())
            why = tr("the answer is not an image");
        if (!why.isEmpty()) {
            setNotice(tr("Map tiles could not be loaded from %1 (%2). The districts are shown without them.").arg(host, why));
            m_tileNotice = true;
        } else if (m_tileNotice) {
            setNotice({});
        }
    });
}

} // namespace sim
