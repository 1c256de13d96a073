// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"
#include "models.h"

#include <QColor>
#include <QGeoRectangle>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace sim {

class DataSession;

/** What the panel, the compare view and the map show of one district, in the current language. */
class DistrictFacts
{
    Q_GADGET
    QML_VALUE_TYPE(districtFacts)
    Q_PROPERTY(bool valid MEMBER valid)
    Q_PROPERTY(int index MEMBER index)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString nameZh MEMBER nameZh)
    Q_PROPERTY(QString nameEn MEMBER nameEn)
    /** The name in the current language. */
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString brand MEMBER brand)
    /** The sentence the brand is quoted from. */
    Q_PROPERTY(QString brandSource MEMBER brandSource)
    Q_PROPERTY(QString summary MEMBER summary)
    /** The focus industries' names. */
    Q_PROPERTY(QStringList industries MEMBER industries)
    /** The box around the district (WGS84). */
    Q_PROPERTY(QGeoRectangle bounds MEMBER bounds)
public:
    bool valid = false;
    int index = -1;
    QString id, nameZh, nameEn, name, brand, brandSource, summary;
    QStringList industries;
    QGeoRectangle bounds;

    /** District `index` of `data` in `lang`; an invalid value for -1 or no data. */
    static DistrictFacts of(const Dataset *data, int index, Lang lang);
    friend bool operator==(const DistrictFacts &, const DistrictFacts &) = default;
};

/**
 * Which districts the user is looking at: the selected one (its panel is open), the one it is
 * compared with, the one under the pointer or keyboard focus, the profile item a search result
 * pointed at, and whether a map click picks a district for the comparison. Survives a reload of
 * the data by district id. Owns the models of what is selected: the profile and the comparison.
 */
class Selection : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by App.selection")
public:
    /** What a click on a district (or a chosen search result) does. */
    enum Picking {
        NotPicking = 0, ///< it selects the district
        PickingFirst = 1, ///< it replaces the first district of the comparison
        PickingSecond = 2, ///< it picks (or replaces) the second
    };
    Q_ENUM(Picking)

private:
    Q_PROPERTY(int selectedIndex READ selectedIndex WRITE select NOTIFY selectionChanged)
    Q_PROPERTY(sim::DistrictFacts selected READ selected NOTIFY selectionChanged)
    /** The second district of a comparison (the first is the selected one), or -1. */
    Q_PROPERTY(int compareIndex READ compareIndex WRITE setCompareIndex NOTIFY compareChanged)
    Q_PROPERTY(sim::DistrictFacts compared READ compared NOTIFY compareChanged)
    /** Both compared districts' box; invalid when not comparing. */
    Q_PROPERTY(QGeoRectangle comparedBounds READ comparedBounds NOTIFY compareChanged)
    Q_PROPERTY(sim::Selection::Picking picking READ picking WRITE setPicking NOTIFY compareChanged)
    Q_PROPERTY(bool pickingCompare READ pickingCompare NOTIFY compareChanged)
    /** The district under the pointer (or keyboard focus), -1 for none. */
    Q_PROPERTY(int hoveredIndex READ hoveredIndex WRITE setHoveredIndex NOTIFY hoverChanged)
    /** The profile item a search result pointed at, to highlight in the panel. */
    Q_PROPERTY(QString highlightedItemId READ highlightedItemId WRITE setHighlightedItemId NOTIFY highlightChanged)
    Q_PROPERTY(sim::ProfileModel *profile READ profile CONSTANT)
    Q_PROPERTY(sim::CompareModel *comparison READ comparison CONSTANT)
    Q_PROPERTY(sim::MetricCompareModel *metricComparison READ metricComparison CONSTANT)
    /** The two comparison colours (render/palette.h: the same in the PDF). */
    Q_PROPERTY(QColor colorA READ colorA CONSTANT)
    Q_PROPERTY(QColor colorB READ colorB CONSTANT)

public:
    explicit Selection(DataSession *session, QObject *parent = nullptr);

    int selectedIndex() const { return m_selected; }
    Q_INVOKABLE void select(int index);
    Q_INVOKABLE void clearSelection() { select(-1); }
    DistrictFacts selected() const { return m_selectedFacts; }
    int compareIndex() const { return m_compare; }
    void setCompareIndex(int index);
    DistrictFacts compared() const { return m_comparedFacts; }
    QGeoRectangle comparedBounds() const;
    Picking picking() const { return m_picking; }
    void setPicking(Picking picking);
    bool pickingCompare() const { return m_picking != NotPicking; }
    int hoveredIndex() const { return m_hovered; }
    void setHoveredIndex(int index);
    QString highlightedItemId() const { return m_highlighted; }
    void setHighlightedItemId(const QString &id);
    ProfileModel *profile() { return &m_profile; }
    CompareModel *comparison() { return &m_comparison; }
    MetricCompareModel *metricComparison() { return &m_metricComparison; }
    static QColor colorA();
    static QColor colorB();

    /** Compares the selected district with `index`. */
    Q_INVOKABLE void compareWith(int index) { setCompareIndex(index); }
    Q_INVOKABLE void swapCompare();
    Q_INVOKABLE void leaveCompare();
    /** A map click or a chosen search result while picking: replaces the side being picked. */
    Q_INVOKABLE void pick(int index);
    /** Selects the district of search result `row` and highlights the item it names. */
    Q_INVOKABLE void chooseSearchResult(int row);

Q_SIGNALS:
    void selectionChanged();
    void compareChanged();
    void hoverChanged();
    void highlightChanged();

private:
    void datasetChanged();
    void languageChanged();
    void refresh();
    int valid(int index) const;

    DataSession *m_session;
    std::shared_ptr<const Dataset> m_data; // the data the indexes refer to
    int m_selected = -1;
    int m_compare = -1;
    int m_hovered = -1;
    Picking m_picking = NotPicking;
    QString m_highlighted;
    DistrictFacts m_selectedFacts, m_comparedFacts;
    ProfileModel m_profile;
    CompareModel m_comparison;
    MetricCompareModel m_metricComparison;
};

} // namespace sim
