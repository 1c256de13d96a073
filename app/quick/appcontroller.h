// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"
#include "io/datawatcher.h"
#include "io/settingsfile.h"
#include "models.h"

#include <QFuture>
#include <QGeoRectangle>
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;
class QTranslator;

namespace sim {

/** What the command line asks of the UI before it starts. */
struct StartupOptions {
    QString dataDir;  ///< empty: the bundled data
    QString language; ///< "zh", "en" or empty (system language)
    QString district; ///< id or name to select at start
    std::optional<LonLat> at; ///< select the district containing this point
    QString theme;    ///< "dark", "light" or empty (follow the platform)
    QString metric;   ///< metric key to colour the map by at start
    QString compare;  ///< "A,B": start comparing these two districts
    std::optional<SettingsReset> settingsReset; ///< the settings file was damaged and set aside
    /** The data directory being loaded already (main() starts it on a worker thread before the
        QML engine, so that both happen at once); used when it is for dataDir. */
    QFuture<DatasetLoad> preload;
    bool watch = true; ///< reload the data directory when its files change (--no-watch: off)
};

/**
 * The one session object the QML talks to: the loaded dataset (or its problems), the selection,
 * the language, and the models the map and the panel show. A QML singleton.
 */
class AppController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool loaded READ loaded NOTIFY datasetChanged)
    Q_PROPERTY(QStringList problems READ problems NOTIFY datasetChanged)
    Q_PROPERTY(QString dataDir READ dataDir NOTIFY datasetChanged)
    Q_PROPERTY(QString dataVersion READ dataVersion NOTIFY datasetChanged)
    /** The warnings of the data being shown (it loaded, but something is doubtful). */
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY datasetChanged)
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
    Q_PROPERTY(QString regionName READ regionName NOTIFY languageChanged)
    Q_PROPERTY(QGeoRectangle bounds READ bounds NOTIFY datasetChanged)
    Q_PROPERTY(int districtCount READ districtCount NOTIFY datasetChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int selectedIndex READ selectedIndex WRITE select NOTIFY selectionChanged)
    /** The selected district's id ("pudong"), or "". */
    Q_PROPERTY(QString selectedId READ selectedId NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedNameZh READ selectedNameZh NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedNameEn READ selectedNameEn NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedBrand READ selectedBrand NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedSummary READ selectedSummary NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedBrandSource READ selectedBrandSource NOTIFY selectionChanged)
    Q_PROPERTY(QGeoRectangle selectedBounds READ selectedBounds NOTIFY selectionChanged)
    Q_PROPERTY(QStringList selectedIndustries READ selectedIndustries NOTIFY selectionChanged)
    /** The dataset's sources, one line each: title, publisher, year, URL, licence. */
    Q_PROPERTY(QStringList sourceLines READ sourceLines NOTIFY selectionChanged)
    /** "dark", "light" or "" (follow the platform); from --theme. */
    Q_PROPERTY(QString themeOverride READ themeOverride CONSTANT)
    Q_PROPERTY(DistrictListModel *districts READ districts CONSTANT)
    Q_PROPERTY(RingModel *rings READ rings CONSTANT)
    Q_PROPERTY(ProfileModel *profile READ profile CONSTANT)
    Q_PROPERTY(MetricListModel *metrics READ metrics CONSTANT)
    Q_PROPERTY(LegendModel *legend READ legend CONSTANT)
    Q_PROPERTY(SearchModel *search READ search CONSTANT)
    /** The district under the pointer (or keyboard focus), -1 for none. */
    Q_PROPERTY(int hoveredIndex READ hoveredIndex WRITE setHoveredIndex NOTIFY hoverChanged)
    /** "Name: value of the current metric" for the hovered district. */
    Q_PROPERTY(QString hoverText READ hoverText NOTIFY hoverChanged)
    /** The metric the map is coloured by; empty for neutral colours. */
    Q_PROPERTY(QString metricKey READ metricKey WRITE setMetricKey NOTIFY metricChanged)
    Q_PROPERTY(QString metricTitle READ metricTitle NOTIFY metricChanged)
    Q_PROPERTY(QString metricSource READ metricSource NOTIFY metricChanged)
    /** Fill colour of each district for the current metric (empty list: neutral). */
    Q_PROPERTY(QList<QColor> districtFills READ districtFills NOTIFY metricChanged)
    Q_PROPERTY(CompareModel *comparison READ comparison CONSTANT)
    Q_PROPERTY(MetricCompareModel *metricComparison READ metricComparison CONSTANT)
    /** The second district of a comparison (the first is the selected one), or -1. */
    Q_PROPERTY(int compareIndex READ compareIndex WRITE setCompareIndex NOTIFY compareChanged)
    /** 0: a map click selects; 1: it replaces the first district; 2: it picks the second. */
    Q_PROPERTY(int pickingSide READ pickingSide WRITE setPickingSide NOTIFY compareChanged)
    Q_PROPERTY(bool pickingCompare READ pickingCompare NOTIFY compareChanged)
    Q_PROPERTY(QString compareNameA READ compareNameA NOTIFY compareChanged)
    Q_PROPERTY(QString compareNameB READ compareNameB NOTIFY compareChanged)
    Q_PROPERTY(QString compareBrandA READ compareBrandA NOTIFY compareChanged)
    Q_PROPERTY(QString compareBrandB READ compareBrandB NOTIFY compareChanged)
    Q_PROPERTY(QGeoRectangle comparedBounds READ comparedBounds NOTIFY compareChanged)
    /** The two comparison colours (Okabe–Ito blue and orange: colour-blind safe), map and view alike. */
    Q_PROPERTY(QColor colorA READ colorA CONSTANT)
    Q_PROPERTY(QColor colorB READ colorB CONSTANT)
    /** The profile item a search result pointed at, to highlight in the panel. */
    Q_PROPERTY(QString highlightedItemId READ highlightedItemId WRITE setHighlightedItemId NOTIFY highlightChanged)

public:
    /** Made by the QML engine through create(), from the startup options. */
    AppController(const StartupOptions &options, QQmlEngine *engine, QObject *parent = nullptr);
    ~AppController() override;

    static AppController *create(QQmlEngine *, QJSEngine *);
    /** Set before the QML engine creates the singleton. */
    static void setStartupOptions(const StartupOptions &options);

    /** Loads a data directory; on failure keeps nothing half-loaded and lists the problems. */
    Q_INVOKABLE bool load(const QString &dir);
    /** Like load(dir), with the result of loadDataset(dir) already at hand. */
    bool load(const QString &dir, DatasetLoad &&loaded);
    /**
     * Reads the data directory again (the watcher calls this when its files change). Valid new
     * data replaces what is shown, keeping the selection, comparison, metric and view. Invalid new
     * data changes nothing on screen: the last good data stays, and reloadProblems says why.
     */
    Q_INVOKABLE void reload();

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

    int selectedIndex() const { return m_selected; }
    Q_INVOKABLE void select(int index);
    Q_INVOKABLE void clearSelection() { select(-1); }
    QString selectedId() const { return m_selected >= 0 ? m_data->districts[size_t(m_selected)].id : QString(); }
    QString selectedNameZh() const;
    QString selectedNameEn() const;
    QString selectedBrand() const;
    QString selectedSummary() const;
    QString selectedBrandSource() const;
    QGeoRectangle selectedBounds() const;
    QStringList selectedIndustries() const;
    QStringList sourceLines() const;
    QString themeOverride() const { return m_theme; }

    /** Index of the district containing the WGS84 point, or -1. */
    Q_INVOKABLE int districtAt(double latitude, double longitude) const;
    /** Index of the district with this id, adcode or name, or -1. */
    Q_INVOKABLE int findDistrict(const QString &idOrName) const;
    Q_INVOKABLE QString districtName(int index) const;

    DistrictListModel *districts() { return &m_districts; }
    RingModel *rings() { return &m_rings; }
    ProfileModel *profile() { return &m_profile; }
    MetricListModel *metrics() { return &m_metrics; }
    LegendModel *legend() { return &m_legend; }
    SearchModel *search() { return &m_search; }

    int hoveredIndex() const { return m_hovered; }
    void setHoveredIndex(int index);
    QString hoverText() const;
    QString metricKey() const { return m_metricKey; }
    void setMetricKey(const QString &key);
    QString metricTitle() const;
    QString metricSource() const;
    QList<QColor> districtFills() const { return m_fills; }
    QString highlightedItemId() const { return m_highlighted; }
    void setHighlightedItemId(const QString &id);

    CompareModel *comparison() { return &m_comparison; }
    MetricCompareModel *metricComparison() { return &m_metricComparison; }
    int compareIndex() const { return m_compare; }
    void setCompareIndex(int index);
    int pickingSide() const { return m_picking; }
    void setPickingSide(int side);
    bool pickingCompare() const { return m_picking != 0; }
    QString compareNameA() const { return districtName(m_compare >= 0 ? m_selected : -1); }
    QString compareNameB() const { return districtName(m_compare); }
    QString compareBrandA() const;
    QString compareBrandB() const;
    QGeoRectangle comparedBounds() const;
    static QColor colorA() { return QColor(0x00, 0x72, 0xB2); }
    static QColor colorB() { return QColor(0xE6, 0x9F, 0x00); }
    /** Compares the selected district with `index`. */
    Q_INVOKABLE void compareWith(int index) { setCompareIndex(index); }
    Q_INVOKABLE void swapCompare();
    Q_INVOKABLE void leaveCompare();
    /** A map click or a chosen search result while picking: replaces the side being picked. */
    Q_INVOKABLE void pick(int index);

    /** file: URL of the name proposed for the selected district's PDF summary (bilingual) in the
        user's Documents folder; empty without a selection. */
    Q_INVOKABLE QUrl suggestedPdfUrl() const;
    /** Writes the selected district's summary (Chinese and English) to a local file: URL
        atomically; returns "" on success, else the message to show. */
    Q_INVOKABLE QString exportPdf(const QUrl &file);
    /** Like suggestedPdfUrl/exportPdf, for the comparison of the two districts being compared. */
    Q_INVOKABLE QUrl suggestedComparePdfUrl() const;
    Q_INVOKABLE QString exportComparePdf(const QUrl &file);

    /** Selects the district of search result `row` and highlights the item it names. */
    Q_INVOKABLE void chooseSearchResult(int row);

Q_SIGNALS:
    void datasetChanged();
    void languageChanged();
    void selectionChanged();
    void hoverChanged();
    void metricChanged();
    void highlightChanged();
    void compareChanged();
    void reloadChanged();
    void noticeChanged();

private:
    void refreshProfile();
    void refreshMetric();
    void applyTranslator();
    void refreshCompare();
    void adopt(DatasetLoad &&load, bool keepState);
    /** The local file an export goes to, or "" with the reason in `error` (not a local file, or
        inside the data directory, which the application never writes to). */
    QString exportPath(const QUrl &file, QString &error) const;

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
    int m_selected = -1;
    int m_hovered = -1;
    int m_compare = -1;
    int m_picking = 0;
    QString m_metricKey;
    QString m_highlighted;
    QList<QColor> m_fills;
    DistrictListModel m_districts;
    RingModel m_rings;
    ProfileModel m_profile;
    MetricListModel m_metrics;
    LegendModel m_legend;
    SearchModel m_search;
    CompareModel m_comparison;
    MetricCompareModel m_metricComparison;
    QString m_theme;
    QQmlEngine *m_engine = nullptr;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace sim
