// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"
#include "export/table.h"

#include <QPointer>

#include <QAbstractTableModel>
#include <QFont>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

namespace sim {

class DataSession;

/**
 * The district table (sim::DistrictTable) for a Qt Quick TableView: one row per district, column 0
 * the district's name, columns 1… the metrics (reference metrics, then derived counts). Sorted by
 * any column in either direction (sort(); "no data" after every value both ways; the name column in
 * pinyin order), filtered by a hook (setFilter(), or setVisibleDistricts() from QML, e.g. the search
 * index's matches).
 *
 * Roles: display (the cell as the panel shows it: "578.58万人", "no data"), value (the number, or
 * undefined when there is no data), rank (1 = first among the districts with data; undefined
 * without), rankText ("3", "=3" when another district shares the rank, "" without data),
 * districtIndex, districtId, hasData. headerData(): the header with its unit (display), and the
 * roles unit, year, source, metricKey for a header's tooltip; vertically, the rankText of the
 * rankColumn (the view's rank column).
 *
 * Given a `session` (App.session), it shows the session's data in its language and follows
 * reloads and language switches; `filterText` keeps the districts whose name matches in Chinese,
 * English or pinyin (the session's search index).
 */
class DistrictTableModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int sortColumn READ sortColumn NOTIFY sortChanged)
    Q_PROPERTY(bool sortDescending READ sortDescending NOTIFY sortChanged)
    Q_PROPERTY(int districtCount READ districtCount NOTIFY districtCountChanged)
    /** The data and language to show (null: none, or what loadDirectory() loaded). */
    Q_PROPERTY(sim::DataSession *session READ session WRITE setSession NOTIFY sessionChanged)
    /** Only the districts whose name matches this (Chinese, English, pinyin); "" shows all. Needs a session. */
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    /** The column whose ranks the vertical header shows (a metric column, 1…); 0 or -1: none. */
    Q_PROPERTY(int rankColumn READ rankColumn WRITE setRankColumn NOTIFY rankColumnChanged)
public:
    enum Role {
        ValueRole = Qt::UserRole + 1,
        RankRole,
        DistrictIndexRole,
        DistrictIdRole,
        HasDataRole,
        UnitRole,
        YearRole,
        SourceRole,
        MetricKeyRole,
        RankTextRole
    };
    Q_ENUM(Role)
    using QAbstractTableModel::QAbstractTableModel;

    /** Shows `data` (null: empty), keeping the sort column (by metric key) and the filter. */
    void reset(std::shared_ptr<const Dataset> data);
    /** Loads a data directory itself (for tools and tests); false when it does not load. */
    Q_INVOKABLE bool loadDirectory(const QString &dir);

    QString language() const { return m_lang == Lang::Zh ? QStringLiteral("zh") : QStringLiteral("en"); }
    void setLanguage(const QString &language);
    int sortColumn() const { return m_sortColumn; }
    bool sortDescending() const { return m_descending; }
    int districtCount() const { return int(m_order.size()); }
    DataSession *session() const { return m_session; }
    void setSession(DataSession *session);
    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    int rankColumn() const { return m_rankColumn; }
    void setRankColumn(int column);

    /** Which districts show (by index into Dataset::districts); an empty function shows all. */
    void setFilter(std::function<bool(int district)> accept);
    /** From QML: only these district indices (in the sorted order); an empty list after clearFilter(). */
    Q_INVOKABLE void setVisibleDistricts(const QList<int> &districts);
    Q_INVOKABLE void clearFilter();

    /** Sorts by `column` (0: name); Qt::DescendingOrder for largest first. -1: the official order. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /** Clicking a header: the first click sorts descending (largest first) for metrics and
        ascending for names, the next click on the same header reverses. */
    Q_INVOKABLE void sortByHeader(int column);

    Q_INVOKABLE int rowOfDistrict(int districtIndex) const;
    Q_INVOKABLE QString districtIdAt(int row) const;
    Q_INVOKABLE int columnOfMetric(const QString &key) const;
    /** The rows as tab-separated text (header line first; plain numbers, no units, empty for no data)
        for the clipboard: pastes into a spreadsheet with one value per cell. Empty list: every row. */
    Q_INVOKABLE QString toTsv(const QList<int> &rows = {}) const;
    /** Puts toTsv(rows) on the clipboard (as text/plain); returns how many rows it holds. */
    Q_INVOKABLE int copyRows(const QList<int> &rows = {}) const;
    /** The largest value of a metric column among the rows shown; 0 when none has data. */
    Q_INVOKABLE double maximum(int column) const;
    /** The width in pixels of the widest text of a column (its cells in every row, shown or filtered
        out, in the current language) in `font`: for a column as wide as its values, whatever the sort. */
    Q_INVOKABLE qreal widestText(int column, const QFont &font) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void languageChanged();
    void sortChanged();
    void districtCountChanged();
    void sessionChanged();
    void filterTextChanged();
    void rankColumnChanged();

private:
    void rebuild();
    void applyFilterText();
    QString rankText(size_t row, size_t column) const;

    std::shared_ptr<const Dataset> m_data;
    DistrictTable m_table;
    Lang m_lang = Lang::Zh;
    int m_sortColumn = -1; ///< model column; -1 the official order
    bool m_descending = false;
    std::function<bool(int)> m_filter;
    std::vector<int> m_order; ///< table rows, sorted and filtered
    QPointer<DataSession> m_session;
    QString m_filterText;
    int m_rankColumn = -1;
};

} // namespace sim
