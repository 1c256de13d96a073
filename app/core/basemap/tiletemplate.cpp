// SPDX-License-Identifier: MIT
#include "basemap/tiletemplate.h"

#include <QUrl>

namespace sim {

QString TileTemplate::tileUrl(int z, int x, int y) const
{
    QString u = url;
    return u.replace(QLatin1String("{z}"), QString::number(z))
            .replace(QLatin1String("{x}"), QString::number(x))
            .replace(QLatin1String("{y}"), QString::number(y));
}

QString TileTemplate::host() const
{
    const QUrl u(prefix);
    return u.port() > 0 ? QStringLiteral("%1:%2").arg(u.host()).arg(u.port()) : u.host();
}

TileTemplate parseTileTemplate(const QString &text, QString &why)
{
    static const QString tail = QStringLiteral("{z}/{x}/{y}.png");
    const QString t = text.trimmed();
    const QString shown = t.size() > 200 ? t.left(200) + QStringLiteral("…") : t;
    const QUrl url(t.left(t.indexOf(QLatin1Char('{')) < 0 ? t.size() : t.indexOf(QLatin1Char('{'))), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if ((scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.host().isEmpty()
            || !t.contains(QLatin1String("{z}")) || !t.contains(QLatin1String("{x}")) || !t.contains(QLatin1String("{y}"))) {
        why = QStringLiteral("not an http(s) URL template with {z}, {x} and {y}, e.g. "
                             "https://tile.openstreetmap.org/{z}/{x}/{y}.png: \"%1\"")
                      .arg(shown);
        return {};
    }
    if (!t.endsWith(tail) || t.count(QLatin1Char('{')) != 3) {
        why = QStringLiteral("the template must end in {z}/{x}/{y}.png (Qt Location's osm plugin appends exactly that to the "
                             "server's address; no other placeholders, no query after it): \"%1\"")
                      .arg(shown);
        return {};
    }
    return {t, t.left(t.size() - tail.size())};
}

} // namespace sim
