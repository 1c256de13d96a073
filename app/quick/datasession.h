// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"
#include "io/datawatcher.h"
#include "io/settingsfile.h"
#include "models.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QGeoRectangle>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QTranslator;

namespace sim {

/**
 * The district boundaries of the data being shown, as one value for DistrictLayer: the polygons
 * with their holes, straight from the Dataset (no QVariant lists of coordinates in between).
 */
class DistrictGeometry
{
    Q_GADGET
    QML_VALUE_TYPE(districtGeometry)
    Q_PROPERTY(int districtCount READ districtCount CONSTANT)
public:
    DistrictGeometry() = default;
    explicit DistrictGeometry(std::shared_ptr<const Dataset> data) : m_data(std::move(data)) { }
    int districtCount() const { return m_data ? int(m_data->shapes.size()) : 0; }
    /** polygons()[d] is district d's polygons (outer rings and holes), WGS84. */
    std::vector<std::vector<Polygon>> polygons() const;
    const Dataset *dataset() const { return m_data.get(); }
    friend bool operator==(const DistrictGeometry &a, const DistrictGeometry &b) { return a.m_data == b.m_data; }

private:
    std::shared_ptr<const Dataset> m_data;
};

/**
 * The data being shown and the language it is shown in: loads a data directory (or keeps its
 * problems), watches it and reloads it when its files change (valid new data replaces the old,
 * invalid new data leaves the last good data on screen with the problems in reloadProblems),
 * notices that are not about the data (a damaged settings file), the district list, search and
 * the language (UI translation and data texts).
 */
class DataSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by App.session")
    Q_PROPERTY(bool loaded READ loaded NOTIFY datasetChanged)
    /** The problems of the data directory: errors when nothing loaded, else warnings. */
    Q_PROPERTY(QStringList problems READ problems NOTIFY problemsChanged)
    Q_PROPERTY(QString dataDir READ dataDir NOTIFY datasetChanged)
    Q_PROPERTY(QString dataVersion READ dataVersion NOTIFY datasetChanged)
    /** The warnings of the data being shown (it loaded, but something is doubtful). */
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY problemsChanged)
    /** True while datasetChanged is emitted for a reload of the same directory: keep the view. */
    Q_PROPERTY(bool reloading READ reloading NOTIFY datasetChanged)
    /** When the data being shown was read ("HH:mm:ss", local time). */
    Q_PROPERTY(QString loadedAt READ loadedAt NOTIFY datasetChanged)
    /** The problems of the newest version of the files, when it could not replace the data being
        shown (the last good data stays on screen); empty when the files are fine. */
    Q_PROPERTY(QStringList reloadProblems READ reloadProblems NOTIFY reloadChanged)
    /** The data on screen is older than the files, which have errors (see reloadProblems). */
    Q_PROPERTY(bool stale READ stale NOTIFY reloadChanged)
    /** How many times changed files replaced the data being shown. */
    Q_PROPERTY(int reloadCount READ reloadCount NOTIFY reloadChanged)
    /** Something the user should know that is not about the data (e.g. settings were reset). */
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    /** Whether the data directory is watched for changes. */
    Q_PROPERTY(bool watching READ watching CONSTANT)
    Q_PROPERTY(QString regionName READ regionName NOTIFY textsChanged)
    /** The box around every district (WGS84). */
    Q_PROPERTY(QGeoRectangle bounds READ bounds NOTIFY datasetChanged)
    Q_PROPERTY(int districtCount READ districtCount NOTIFY datasetChanged)
    /** "zh" or "en": the UI's and the data's language. Remembered in the settings. */
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /** "dark", "light" or "" (follow the platform); from --theme. */
    Q_PROPERTY(QString themeOverride READ themeOverride CONSTANT)
    /** The dataset's sources, one line each: title, publisher, year, URL, licence. */
    Q_PROPERTY(QStringList sourceLines READ sourceLines NOTIFY textsChanged)
    Q_PROPERTY(sim::DistrictGeometry geometry READ geometry NOTIFY geometryChanged)
    /** The names of the land around the districts (data's context file), for quiet map labels: one
        map per area with `name` (current language), `coordinate` and `province` (bool). */
    Q_PROPERTY(QVariantList contextLabels READ contextLabels NOTIFY textsChanged)
    Q_PROPERTY(sim::DistrictListModel *districts READ districts CONSTANT)
    Q_PROPERTY(sim::SearchModel *search READ search CONSTANT)

public:
    /** `lang`: the language to start in (not saved: only a choice the user makes is remembered). */
    DataSession(QQmlEngine *engine, Lang lang, bool watch, std::optional<SettingsReset> settingsReset, QString theme,
            QObject *parent = nullptr);
    ~DataSession() override;

    /** Loads a data directory; on failure keeps nothing half-loaded and lists the problems. */
    Q_INVOKABLE bool load(const QString &dir);
    /** Like load(dir), with the result of loadDataset(dir) already at hand. */
    bool load(const QString &dir, DatasetLoad &&loaded);
    /** Reads the data directory again (the watcher calls this when its files change). */
    Q_INVOKABLE void reload();

    const std::shared_ptr<const Dataset> &dataset() const { return m_data; }
    /** The data with the land around the districts read, for what must show it (a PDF, a map image):
        when the context file is still being read in the background, waits for it. */
    std::shared_ptr<const Dataset> completeDataset();
    /** Starts reading the land around the districts on a worker thread when the data left it for
        later (ContextLoading::Later, the window's start); nothing otherwise. The map calls this once
        a frame with the districts is on screen, so the first frame never waits for it. */
    Q_INVOKABLE void readContext();
    Lang lang() const { return m_lang; }

    bool loaded() const { return m_data != nullptr; }
    QStringList problems() const { return m_problems; }
    QString dataDir() const { return m_dataDir; }
    QString dataVersion() const { return m_data ? m_data->version : QString(); }
    QStringList warnings() const { return m_data ? m_problems : QStringList(); }
    bool reloading() const { return m_reloading; }
    QString loadedAt() const { return m_loadedAt; }
    QStringList reloadProblems() const { return m_reloadProblems; }
    bool stale() const { return m_data && !m_reloadProblems.isEmpty(); }
    int reloadCount() const { return m_reloadCount; }
    bool watching() const { return m_watch; }
    QString notice() const;
    Q_INVOKABLE void dismissNotice();
    QString regionName() const { return m_data ? m_data->region.get(m_lang) : QString(); }
    QGeoRectangle bounds() const;
    int districtCount() const { return m_data ? int(m_data->districts.size()) : 0; }
    QString language() const { return m_lang == Lang::Zh ? QStringLiteral("zh") : QStringLiteral("en"); }
    void setLanguage(const QString &language);
    QString themeOverride() const { return m_theme; }
    QStringList sourceLines() const;
    DistrictGeometry geometry() const { return DistrictGeometry(m_data); }
    QVariantList contextLabels() const;

    /** Index of the district containing the WGS84 point, or -1. */
    Q_INVOKABLE int districtAt(double latitude, double longitude) const;
    /** Index of the district with this id, adcode or name, or -1. */
    Q_INVOKABLE int findDistrict(const QString &idOrName) const;
    /** The district's name in the current language; "" for an index that is none. */
    Q_INVOKABLE QString districtName(int index) const;

    DistrictListModel *districts() { return &m_districts; }
    SearchModel *search() { return &m_search; }

Q_SIGNALS:
    void datasetChanged();
    /** The problems (or warnings) changed: with new data, or when the land around the districts
        could not be read after the data was shown. */
    void problemsChanged();
    /** What the map draws changed: new data, or the land around the districts read after it. */
    void geometryChanged();
    void languageChanged();
    void reloadChanged();
    void noticeChanged();
    /** The data or the language changed: texts read from the data (region, sources) too. */
    void textsChanged();

private:
    void adopt(DatasetLoad &&load, bool keepState);
    void applyTranslator();
    /** Notes that the data's context file was left for later (readContext reads it). */
    void readContextLater();
    /** The worker thread has read the context: takes it in. */
    void contextRead();
    /** Puts the context into the data shown (or its errors into the warnings). */
    void takeContext(ContextLoad &&load);

    std::shared_ptr<const Dataset> m_data;
    QStringList m_problems;
    QString m_dataDir;
    QStringList m_reloadProblems;
    QString m_loadedAt;
    int m_reloadCount = 0;
    bool m_reloading = false;
    bool m_watch = true;
    std::optional<SettingsReset> m_settingsReset;
    DataWatcher m_watcher;
    Lang m_lang = Lang::Zh;
    QString m_theme;
    DistrictListModel m_districts;
    SearchModel m_search;
    QQmlEngine *m_engine = nullptr;
    std::unique_ptr<QTranslator> m_translator;
    QFuture<ContextLoad> m_contextRead; ///< valid while the context file is read for m_contextFor
    const Dataset *m_contextFor = nullptr; ///< the data whose context is still to be read and taken in
    QFutureWatcher<ContextLoad> m_contextWatcher;
};

/** toGeo(bounds): a QGeoRectangle for QML, invalid for empty bounds. */
QGeoRectangle toGeoRectangle(const Bounds &b);

} // namespace sim
