// SPDX-License-Identifier: MIT
#include "basemap/tiletemplate.h"

#include <QRegularExpression>
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
    const QUrl u(tileUrl(0, 0, 0));
    return u.port() > 0 ? QStringLiteral("%1:%2").arg(u.host()).arg(u.port()) : u.host();
}

TileTemplate parseTileTemplate(const QString &text, QString &why)
{
    const QString t = text.trimmed();
    const QString shown = t.size() > 200 ? t.left(200) + QStringLiteral("…") : t;
    static const QRegularExpression placeholder(QStringLiteral("\\{[^}]*\\}"));
    for (auto it = placeholder.globalMatch(t); it.hasNext();) {
        const QString p = it.next().captured();
        if (p != QLatin1String("{z}") && p != QLatin1String("{x}") && p != QLatin1String("{y}")) {
            why = QStringLiteral("the template has %1, which the map cannot fill: only {z}, {x} and {y} "
                                 "(for {s}, name one of the servers, e.g. a.tile.example.org): \"%2\"")
                          .arg(p, shown);
            return {};
        }
    }
    QString rest = t;
    rest.remove(QLatin1String("{z}")).remove(QLatin1String("{x}")).remove(QLatin1String("{y}"));
    if (rest.contains(QLatin1Char('#')) || rest.contains(QLatin1Char('{')) || rest.contains(QLatin1Char('}'))) {
        why = QStringLiteral("a tile URL has no # part and no stray braces: \"%1\"").arg(shown);
        return {};
    }
    // (the template as one tile's URL, to check its scheme and host)
    const QUrl url(TileTemplate {t, {}}.tileUrl(0, 0, 0), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if ((scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.host().isEmpty()
            || !t.contains(QLatin1String("{z}")) || !t.contains(QLatin1String("{x}")) || !t.contains(QLatin1String("{y}"))) {
        why = QStringLiteral("not an http(s) URL template with {z}, {x} and {y}, e.g. "
                             "https://tile.openstreetmap.org/{z}/{x}/{y}.png: \"%1\"")
                      .arg(shown);
        return {};
    }
    for (const char *p : {"{z}", "{x}", "{y}"}) {
        if (t.count(QLatin1String(p)) != 1) {
            why = QStringLiteral("%1 must appear once in the template: \"%2\"").arg(QLatin1String(p), shown);
            return {};
        }
    }
    QString host = t;
    host.replace(QLatin1String("{z}"), QLatin1String("%z"))
            .replace(QLatin1String("{x}"), QLatin1String("%x"))
            .replace(QLatin1String("{y}"), QLatin1String("%y"));
    // (the plugin appends "%z/%x/%y.png": after the "#" it is the fragment, never sent)
    return {t, host + QLatin1Char('#')};
}

} // namespace sim
