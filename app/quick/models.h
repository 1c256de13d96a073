// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/choropleth.h"
#include "analysis/compare.h"
#include "data/dataset.h"
#include "analysis/search.h"

#include <QAbstractListModel>
#include <QFuture>
#include <QGeoCoordinate>
#include <QtQml/qqmlregistration.h>
#include <memory>
#include <optional>

namespace sim {

/**
 * The districts of the loaded dataset, one row each, in dataset order (by adcode).
 * Roles: districtIndex, districtId, adcode, nameZh, nameEn, name (in the current language),
 * brand (current language), labelCoordinate (QGeoCoordinate where the label sits),
 * lonSpan (the district's width in degrees of longitude, to decide when its label fits),
 * mapLabel (the name as a map label shows it, current language: sim::mapLabel).
 */
class DistrictListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by App")
public:
    enum Role {
        IndexRole = Qt::UserRole + 1,
        IdRole,
        AdcodeRole,
        NameZhRole,
        NameEnRole,
        NameRole,
        BrandRole,
        LabelRole,
        SpanRole,
        MapLabelRole
    };
    Q_ENUM(Role)
    using QAbstractListModel::QAbstractListModel;

    void reset(std::shared_ptr<const Dataset> data, Lang lang);
    void setLanguage(Lang lang);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::shared_ptr<const Dataset> m_data;
    Lang m_lang = Lang::Zh;
};

/**
 * The selected district's profile as grouped rows for a sectioned ListView.
 * (Focus industries are shown as chips in the panel's header: Selection.selected.industries.)
 * Roles: section (platforms, policies, initiatives, figures, metrics), sectionTitle,
 * itemId, title, subtitle (kind, year), detail (description), value (figure or metric value),
 * rank (metrics: "3 / 16"), sourceQuote, sourceTitle.
 */
class ProfileModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by App")
public:
    enum Role {
        SectionRole = Qt::UserRole + 1,
        SectionTitleRole,
        ItemIdRole,
        TitleRole,
        SubtitleRole,
        DetailRole,
        ValueRole,
        RankRole,
        SourceQuoteRole,
        SourceTitleRole
    };
    using QAbstractListModel::QAbstractListModel;

    void show(const std::shared_ptr<const Dataset> &data, int district, Lang lang);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    /** Row of the item with this id, or -1 (for search results that point into the profile). */
    Q_INVOKABLE int rowOf(const QString &itemId) const;

private:
    struct Row {
        QString section, sectionTitle, itemId, title, subtitle, detail, value, rank, sourceQuote, sourceTitle;
    };
    std::vector<Row> m_rows;
};

/**
 * The metrics a choropleth can show: "none" first, then every metric of the dataset (reference
 * metrics and derived counts). Roles: key, label (current language), unit.
 */
class MetricListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by App")
public:
    enum Role { KeyRole = Qt::UserRole + 1, LabelRole, UnitRole };
    using QAbstractListModel::QAbstractListModel;

    void reset(std::shared_ptr<const Dataset> data, Lang lang);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    Q_INVOKABLE int indexOfKey(const QString &key) const;
    /** Row `row`'s metric name without its unit (the closed picker shows it; the list shows the label with the unit). */
    Q_INVOKABLE QString nameAt(int row) const;

private:
    std::shared_ptr<const Dataset> m_data;
    Lang m_lang = Lang::Zh;
};

/** The choropleth legend: one row per class, then "no data" when some district lacks a value. Roles: color, label. */
class LegendModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by App")
public:
    enum Role { ColorRole = Qt::UserRole + 1, LabelRole };
    using QAbstractListModel::QAbstractListModel;

    void show(const Dataset *data, const Metric *metric, const Classification &classes, Lang lang);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<std::pair<QColor, QString>> m_rows;
};

/**
 * Search results for the current query. Roles: districtIndex, itemId, section, title,
 * subtitle (the district's name and what the item is).
 */
class SearchModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by App")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role { DistrictRole = Qt::UserRole + 1, ItemIdRole, SectionRole, TitleRole, SubtitleRole };
    using QAbstractListModel::QAbstractListModel;

    void reset(std::shared_ptr<const Dataset> data, Lang lang);
    /** Starts building the index in the background (the search field calls this when it gets
        focus, so that typing finds it ready); searching before it is ready waits for it. */
    Q_INVOKABLE void prepare();
    /** The districts (indices, official order) whose Chinese or English name or pinyin matches
        `query` ("pudong", "浦东", "Jing'an"): the table view's filter. Empty query: every district. */
    Q_INVOKABLE QList<int> districtsNamed(const QString &query);
    QString query() const { return m_query; }
    void setQuery(const QString &query);
    int count() const { return int(m_hits.size()); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void queryChanged();
    void countChanged();

private:
    void refresh();
    const SearchIndex &searchIndex();
    std::shared_ptr<const Dataset> m_data;
    // Built on a worker thread, and only once someone is about to search: the first pinyin
    // transliteration makes ICU compile its Han-Latin rules (0.4-0.6 s of CPU, 7 MB), which would
    // otherwise compete with the first frame on a 2-core machine.
    QFuture<SearchIndex> m_building;
    std::optional<SearchIndex> m_index;
    Lang m_lang = Lang::Zh;
    QString m_query;
    std::vector<SearchHit> m_hits;
};

/**
 * Two districts' profiles side by side. Roles: section, sectionTitle, leftText, rightText (texts in the
 * current language, empty where that district has fewer items), leftShared, rightShared,
 * firstInSection.
 */
class CompareModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by App")
public:
    enum Role {
        SectionRole = Qt::UserRole + 1,
        SectionTitleRole,
        LeftRole,
        RightRole,
        LeftSharedRole,
        RightSharedRole,
        FirstInSectionRole
    };
    Q_ENUM(Role)
    using QAbstractListModel::QAbstractListModel;

    void show(const Dataset *data, int a, int b, Lang lang);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<AlignedItem> m_rows;
    Lang m_lang = Lang::Zh;
};

/**
 * The comparable metrics of two districts. Roles: key, label, unit, valueA, valueB (formatted,
 * "no data" where missing), difference, ratio, rankA, rankB, source, shareA, shareB (value as a
 * percentage of the largest district's value, -1 without data: for the bar chart).
 */
class MetricCompareModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by App")
    Q_PROPERTY(QStringList categories READ categories NOTIFY changed)
    Q_PROPERTY(QVariantList sharesA READ sharesA NOTIFY changed)
    Q_PROPERTY(QVariantList sharesB READ sharesB NOTIFY changed)
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        LabelRole,
        UnitRole,
        ValueARole,
        ValueBRole,
        DifferenceRole,
        RatioRole,
        RankARole,
        RankBRole,
        SourceRole,
        ShareARole,
        ShareBRole
    };
    using QAbstractListModel::QAbstractListModel;

    void show(const Dataset *data, int a, int b, Lang lang);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    QStringList categories() const;
    QVariantList sharesA() const; ///< (QVariantList: what Qt Graphs' BarSet.values takes)
    QVariantList sharesB() const;

Q_SIGNALS:
    void changed();

private:
    struct Row {
        QString key, label, unit, valueA, valueB, difference, ratio, rankA, rankB, source;
        qreal shareA = -1, shareB = -1;
    };
    std::vector<Row> m_rows;
};

} // namespace sim
