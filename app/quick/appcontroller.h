// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "models.h"

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
    Q_PROPERTY(QString regionName READ regionName NOTIFY languageChanged)
    Q_PROPERTY(QGeoRectangle bounds READ bounds NOTIFY datasetChanged)
    Q_PROPERTY(int districtCount READ districtCount NOTIFY datasetChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int selectedIndex READ selectedIndex WRITE select NOTIFY selectionChanged)
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

    bool loaded() const { return m_data != nullptr; }
    QStringList problems() const { return m_problems; }
    QString dataDir() const { return m_dataDir; }
    QString dataVersion() const { return m_data ? m_data->version : QString(); }
    QString regionName() const { return m_data ? m_data->region.get(m_lang) : QString(); }
    QGeoRectangle bounds() const;
    int districtCount() const { return m_data ? int(m_data->districts.size()) : 0; }
    QString language() const { return m_lang == Lang::Zh ? QStringLiteral("zh") : QStringLiteral("en"); }
    void setLanguage(const QString &language);

    int selectedIndex() const { return m_selected; }
    Q_INVOKABLE void select(int index);
    Q_INVOKABLE void clearSelection() { select(-1); }
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

private:
    void refreshProfile();
    void refreshMetric();
    void applyTranslator();
    void refreshCompare();

    std::shared_ptr<const Dataset> m_data;
    QStringList m_problems;
    QString m_dataDir;
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
