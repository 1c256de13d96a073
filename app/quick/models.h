// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"

#include <QAbstractListModel>
#include <QGeoCoordinate>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace sim {

/**
 * The districts of the loaded dataset, one row each, in dataset order (by adcode).
 * Roles: districtIndex, districtId, adcode, nameZh, nameEn, name (in the current language),
 * brand (current language), labelCoordinate (QGeoCoordinate where the label sits),
 * lonSpan (the district's width in degrees of longitude, to decide when its label fits).
 */
class DistrictListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by AppController")
public:
    enum Role { IndexRole = Qt::UserRole + 1, IdRole, AdcodeRole, NameZhRole, NameEnRole, NameRole, BrandRole, LabelRole, SpanRole };
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
 * Every ring of every district's boundary as a path of QGeoCoordinates, for MapPolygon.
 * Roles: districtIndex, ring (list of QGeoCoordinate, the outer ring of one polygon).
 */
class RingModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by AppController")
public:
    enum Role { DistrictRole = Qt::UserRole + 1, PathRole };
    using QAbstractListModel::QAbstractListModel;

    void reset(const std::shared_ptr<const Dataset> &data);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row {
        int district;
        QVariantList path;
    };
    std::vector<Row> m_rows;
};

/**
 * The selected district's profile as grouped rows for a sectioned ListView.
 * Roles: section (industries, platforms, policies, initiatives, figures, metrics), sectionTitle,
 * itemId, title, subtitle (kind, year), detail (description), value (figure or metric value),
 * rank (metrics: "3 / 16"), sourceQuote, sourceTitle.
 */
class ProfileModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by AppController")
public:
    enum Role {
        SectionRole = Qt::UserRole + 1, SectionTitleRole, ItemIdRole, TitleRole, SubtitleRole, DetailRole,
        ValueRole, RankRole, SourceQuoteRole, SourceTitleRole
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

} // namespace sim
