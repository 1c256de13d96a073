// SPDX-License-Identifier: MIT
#pragma once

#include "basemap.h"
#include "choropleth.h"
#include "data/dataset.h"
#include "datasession.h"
#include "exporter.h"
#include "io/settingsfile.h"
#include "selection.h"

#include <QFuture>
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

class QQmlEngine;
class QJSEngine;

namespace sim {

/** What the command line asks of the UI before it starts. */
struct StartupOptions {
    QString dataDir; ///< empty: the bundled data
    QString language; ///< "zh", "en" or empty (the saved choice, else the system language)
    QString district; ///< id or name to select at start
    std::optional<LonLat> at; ///< select the district containing this point
    QString theme; ///< "dark", "light" or empty (follow the platform)
    QString metric; ///< metric key to colour the map by at start
    QString compare; ///< "A,B": start comparing these two districts
    QString view; ///< "map", "table", "chart" or empty (the map)
    std::optional<SettingsReset> settingsReset; ///< the settings file was damaged and set aside
    /** The data directory being loaded already (started on a worker thread before the QML
        engine, so that both happen at once); used when it is for dataDir. */
    QFuture<DatasetLoad> preload;
    bool watch = true; ///< reload the data directory when its files change (--no-watch: off)
    QString tiles; ///< --tiles URL_TEMPLATE (checked), or empty: the saved one, if any
    std::optional<QString> tilesAttribution; ///< --tiles-attribution
};

/**
 * The QML singleton `App`: makes the session's parts from the start options and hands them to
 * the views, which take each as a required property —
 *  - `session` (DataSession): the data shown, reloads, problems, notices, language, search;
 *  - `selection` (Selection): selected, compared, hovered and highlighted, picking;
 *  - `choropleth` (Choropleth): the metric the map is coloured by, fills, legend;
 *  - `exporter` (Exporter): saving files from the window;
 *  - `baseMap` (BaseMap): what lies under the districts (the offline land around, or tiles).
 */
class AppState : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(sim::DataSession *session READ session CONSTANT)
    Q_PROPERTY(sim::Selection *selection READ selection CONSTANT)
    Q_PROPERTY(sim::Choropleth *choropleth READ choropleth CONSTANT)
    Q_PROPERTY(sim::Exporter *exporter READ exporter CONSTANT)
    Q_PROPERTY(sim::BaseMap *baseMap READ baseMap CONSTANT)
    /** The view to start with (--view): "map", "table" or "chart". */
    Q_PROPERTY(QString startView READ startView CONSTANT)
    /** Whether --view chose the start view (else the window restores the view it was closed in). */
    Q_PROPERTY(bool startViewChosen READ startViewChosen CONSTANT)

public:
    AppState(const StartupOptions &options, QQmlEngine *engine, QObject *parent = nullptr);
    ~AppState() override;

    static AppState *create(QQmlEngine *, QJSEngine *);
    /** Set before the QML engine creates the singleton. */
    static void setStartupOptions(const StartupOptions &options);

    DataSession *session() const { return m_session; }
    Selection *selection() const { return m_selection; }
    Choropleth *choropleth() const { return m_choropleth; }
    Exporter *exporter() const { return m_exporter; }
    BaseMap *baseMap() const { return m_baseMap; }
    QString startView() const { return m_startView; }
    bool startViewChosen() const { return m_startViewChosen; }

    /**
     * The window geometry saved at the last close (logical pixels), fitted to the available area of
     * the screen it would open on (layout/windowgeometry.h: never larger than that area, at least
     * `minimumWidth` × `minimumHeight`, moved inside it). `x`, `y` NaN: no saved position. Returns
     * {width, height} and, when a position was saved, {x, y}.
     */
    Q_INVOKABLE QVariantMap fitSavedWindow(
            qreal x, qreal y, qreal width, qreal height, qreal minimumWidth, qreal minimumHeight) const;

private:
    // children of this object (QML reads them through CONSTANT properties)
    DataSession *m_session;
    Selection *m_selection;
    Choropleth *m_choropleth;
    Exporter *m_exporter;
    BaseMap *m_baseMap;
    QString m_startView;
    bool m_startViewChosen;
};

} // namespace sim
