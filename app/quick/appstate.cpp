// SPDX-License-Identifier: MIT
#include "appstate.h"

#include "choropleth.h"
#include "datasession.h"
#include "exporter.h"
#include "selection.h"
#include "layout/windowgeometry.h"

#include <QGuiApplication>
#include <QLocale>
#include <QScreen>
#include <QSettings>

namespace sim {

namespace {
StartupOptions &startupOptions()
{
    static StartupOptions options;
    return options;
}

/** --lang, else the language chosen last time, else the system's. */
Lang startLanguage(const QString &option)
{
    QString lang = option;
    if (lang.isEmpty()) {
        const QString saved = QSettings().value(QStringLiteral("language")).toString();
        if (saved == QLatin1String("zh") || saved == QLatin1String("en"))
            lang = saved; // anything else in the file is ignored
    }
    if (lang.isEmpty())
        return QLocale::system().language() == QLocale::Chinese ? Lang::Zh : Lang::En;
    return lang == QLatin1String("zh") ? Lang::Zh : Lang::En;
}
} // namespace

void AppState::setStartupOptions(const StartupOptions &options)
{
    startupOptions() = options;
}

AppState *AppState::create(QQmlEngine *engine, QJSEngine *)
{
    return new AppState(startupOptions(), engine);
}

AppState::AppState(const StartupOptions &o, QQmlEngine *engine, QObject *parent)
    : QObject(parent), m_session(new DataSession(engine, startLanguage(o.language), o.watch, o.settingsReset, o.theme, this)),
      m_selection(new Selection(m_session, this)), m_choropleth(new Choropleth(m_session, this)),
      m_exporter(new Exporter(m_session, m_selection, this)), m_baseMap(new BaseMap(o.tiles, o.tilesAttribution, this)),
      m_startView(o.view.isEmpty() ? QStringLiteral("map") : o.view), m_startViewChosen(!o.view.isEmpty())
{
    const QString dir = o.dataDir.isEmpty() ? bundledDataDir() : o.dataDir;
    if (QFuture<DatasetLoad> preload = o.preload; preload.isValid() && dir == o.dataDir)
        m_session->load(dir, preload.result()); // (waits if it is not done yet)
    else
        m_session->load(dir);
    if (!m_session->loaded())
        return;
    m_choropleth->setMetricKey(o.metric);
    if (const QStringList pair = o.compare.split(QLatin1Char(',')); pair.size() == 2) {
        m_selection->select(m_session->findDistrict(pair[0]));
        if (m_selection->selectedIndex() >= 0)
            m_selection->setCompareIndex(m_session->findDistrict(pair[1]));
    } else if (!o.district.isEmpty()) {
        m_selection->select(m_session->findDistrict(o.district));
    } else if (o.at) {
        m_selection->select(m_session->districtAt(o.at->lat, o.at->lon));
    }
}

AppState::~AppState() = default;

QVariantMap AppState::fitSavedWindow(qreal x, qreal y, qreal width, qreal height, qreal minimumWidth, qreal minimumHeight) const
{
    const bool positioned = qIsFinite(x) && qIsFinite(y);
    const QSize size(qRound(width), qRound(height));
    std::optional<QPoint> position;
    if (positioned)
        position = QPoint(qRound(x), qRound(y));
    // the screen under the saved window's centre, else the primary one
    QScreen *screen = positioned ? QGuiApplication::screenAt(QRect(*position, size).center()) : nullptr;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect();
    const WindowPlacement p = fitWindowGeometry(size, position, available, QSize(qRound(minimumWidth), qRound(minimumHeight)));
    QVariantMap result {{QStringLiteral("width"), p.size.width()}, {QStringLiteral("height"), p.size.height()}};
    if (p.position) {
        result.insert(QStringLiteral("x"), p.position->x());
        result.insert(QStringLiteral("y"), p.position->y());
    }
    return result;
}

} // namespace sim
