// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "models.h"

#include <QGeoRectangle>
#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace sim {

/** What the command line asks of the UI before it starts. */
struct StartupOptions {
    QString dataDir;  ///< empty: the bundled data
    QString language; ///< "zh", "en" or empty (system language)
    QString district; ///< id or name to select at start
    std::optional<LonLat> at; ///< select the district containing this point
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
    Q_PROPERTY(DistrictListModel *districts READ districts CONSTANT)
    Q_PROPERTY(RingModel *rings READ rings CONSTANT)
    Q_PROPERTY(ProfileModel *profile READ profile CONSTANT)

public:
    /** Made by the QML engine through create(), from the startup options. */
    explicit AppController(const StartupOptions &options, QObject *parent = nullptr);

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

    /** Index of the district containing the WGS84 point, or -1. */
    Q_INVOKABLE int districtAt(double latitude, double longitude) const;
    /** Index of the district with this id, adcode or name, or -1. */
    Q_INVOKABLE int findDistrict(const QString &idOrName) const;
    Q_INVOKABLE QString districtName(int index) const;

    DistrictListModel *districts() { return &m_districts; }
    RingModel *rings() { return &m_rings; }
    ProfileModel *profile() { return &m_profile; }

Q_SIGNALS:
    void datasetChanged();
    void languageChanged();
    void selectionChanged();

private:
    void refreshProfile();

    std::shared_ptr<const Dataset> m_data;
    QStringList m_problems;
    QString m_dataDir;
    Lang m_lang = Lang::Zh;
    int m_selected = -1;
    DistrictListModel m_districts;
    RingModel m_rings;
    ProfileModel m_profile;
};

} // namespace sim
