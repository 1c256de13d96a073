// SPDX-License-Identifier: MIT
#include "districttablemodel.h"

#include "datasession.h"

#include <QClipboard>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace sim {

void DistrictTableModel::reset(std::shared_ptr<const Dataset> data)
{
    const QString sortKey = m_sortColumn > 0 && size_t(m_sortColumn - 1) < m_table.columns.size()
            ? m_table.columns[size_t(m_sortColumn - 1)].key
            : QString();
    beginResetModel();
    m_data = std::move(data);
    m_table = m_data ? buildDistrictTable(*m_data) : DistrictTable {};
    if (!sortKey.isEmpty()) {
        const int c = m_table.columnOf(sortKey);
        m_sortColumn = c < 0 ? -1 : c + 1;
    }
    rebuild();
    endResetModel();
    emit sortChanged();
    emit districtCountChanged();
}

bool DistrictTableModel::loadDirectory(const QString &dir)
{
    const DatasetLoad load = loadDataset(dir);
    if (!load.dataset)
        return false;
    reset(load.dataset);
    return true;
}

void DistrictTableModel::setLanguage(const QString &language)
{
    const Lang lang = language == QLatin1String("en") ? Lang::En : Lang::Zh;
    if (lang == m_lang)
        return;
    m_lang = lang;
    if (!m_order.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    emit languageChanged();
}

void DistrictTableModel::setSession(DataSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &DataSession::datasetChanged, this, [this] {
            reset(m_session->dataset());
            applyFilterText();
        });
        connect(m_session, &DataSession::languageChanged, this, [this] { setLanguage(m_session->language()); });
        m_lang = m_session->lang();
        reset(m_session->dataset());
        applyFilterText();
        emit languageChanged();
    }
    emit sessionChanged();
}

void DistrictTableModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    applyFilterText();
    emit filterTextChanged();
}

void DistrictTableModel::applyFilterText()
{
    if (m_filterText.trimmed().isEmpty() || !m_session)
        clearFilter();
    else
        setVisibleDistricts(m_session->search()->districtsNamed(m_filterText));
}

void DistrictTableModel::setRankColumn(int column)
{
    if (column == m_rankColumn)
        return;
    m_rankColumn = column;
    if (rowCount() > 0)
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    emit rankColumnChanged();
}

QString DistrictTableModel::rankText(size_t row, size_t column) const
{
    const auto &rank = m_table.rows[row].ranks[column];
    if (!rank)
        return {};
    int sharing = 0;
    for (const TableRow &other : m_table.rows)
        if (other.ranks[column] == rank)
            ++sharing;
    return (sharing > 1 ? QStringLiteral("=") : QString()) + QString::number(*rank);
}

void DistrictTableModel::setFilter(std::function<bool(int)> accept)
{
    beginResetModel();
    m_filter = std::move(accept);
    rebuild();
    endResetModel();
    emit districtCountChanged();
}

void DistrictTableModel::setVisibleDistricts(const QList<int> &districts)
{
    const QSet<int> keep(districts.begin(), districts.end());
    setFilter([keep](int d) { return keep.contains(d); });
}

void DistrictTableModel::clearFilter()
{
    setFilter({});
}

void DistrictTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column < 0 ? -1 : column;
    m_descending = order == Qt::DescendingOrder;
    rebuild();
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emit sortChanged();
}

void DistrictTableModel::sortByHeader(int column)
{
    if (column == m_sortColumn)
        sort(column, m_descending ? Qt::AscendingOrder : Qt::DescendingOrder);
    else
        sort(column, column == 0 ? Qt::AscendingOrder : Qt::DescendingOrder);
}

void DistrictTableModel::rebuild()
{
    TableSort s;
    s.column = m_sortColumn < 0 ? TableSort::Adcode : m_sortColumn == 0 ? TableSort::Name : m_sortColumn - 1;
    s.descending = m_descending;
    m_order.clear();
    for (int row : sortedRows(m_table, s))
        if (!m_filter || m_filter(m_table.rows[size_t(row)].district))
            m_order.push_back(row);
}

int DistrictTableModel::rowOfDistrict(int districtIndex) const
{
    for (size_t r = 0; r < m_order.size(); ++r)
        if (m_table.rows[size_t(m_order[r])].district == districtIndex)
            return int(r);
    return -1;
}

QString DistrictTableModel::districtIdAt(int row) const
{
    return row >= 0 && size_t(row) < m_order.size() ? m_table.rows[size_t(m_order[size_t(row)])].id : QString();
}

int DistrictTableModel::columnOfMetric(const QString &key) const
{
    const int c = m_table.columnOf(key);
    return c < 0 ? -1 : c + 1;
}

QString DistrictTableModel::toTsv(const QList<int> &rows) const
{
    auto clean = [](QString s) {
        return s.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    QStringList lines;
    QStringList header {clean(headerData(0, Qt::Horizontal).toString())};
    for (size_t c = 0; c < m_table.columns.size(); ++c)
        header << clean(m_table.header(c, m_lang));
    lines << header.join(QLatin1Char('\t'));
    QList<int> which = rows;
    if (which.isEmpty())
        for (int r = 0; r < rowCount(); ++r)
            which << r;
    for (int r : which) {
        if (r < 0 || r >= rowCount())
            continue;
        const TableRow &row = m_table.rows[size_t(m_order[size_t(r)])];
        QStringList cells {clean(row.name.get(m_lang))};
        for (const auto &v : row.values)
            cells << (v ? QString::number(*v, 'f', QLocale::FloatingPointShortest) : QString());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int DistrictTableModel::copyRows(const QList<int> &rows) const
{
    if (auto *clipboard = QGuiApplication::clipboard())
        clipboard->setText(toTsv(rows));
    int n = 0;
    for (int r : rows)
        n += r >= 0 && r < rowCount();
    return rows.isEmpty() ? rowCount() : n;
}

double DistrictTableModel::maximum(int column) const
{
    double most = 0;
    if (column < 1 || column >= columnCount())
        return most;
    for (int row : m_order)
        if (const auto &v = m_table.rows[size_t(row)].values[size_t(column - 1)]; v && *v > most)
            most = *v;
    return most;
}

int DistrictTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int DistrictTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_data ? 0 : int(m_table.columns.size()) + 1;
}

QVariant DistrictTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const size_t r = size_t(m_order[size_t(index.row())]);
    const TableRow &row = m_table.rows[r];
    switch (role) {
    case DistrictIndexRole:
        return row.district;
    case DistrictIdRole:
        return row.id;
    default:
        break;
    }
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return row.name.get(m_lang);
        case HasDataRole:
            return true;
        default:
            return {};
        }
    }
    const size_t c = size_t(index.column() - 1);
    switch (role) {
    case Qt::DisplayRole:
        return m_table.formatted(r, c, m_lang);
    case ValueRole:
        return row.values[c] ? QVariant(*row.values[c]) : QVariant();
    case RankRole:
        return row.ranks[c] ? QVariant(*row.ranks[c]) : QVariant();
    case RankTextRole:
        return rankText(r, c);
    case HasDataRole:
        return row.values[c].has_value();
    default:
        return {};
    }
}

qreal DistrictTableModel::widestText(int column, const QFont &font) const
{
    if (column < 0 || column >= columnCount())
        return 0;
    const QFontMetricsF metrics(font);
    qreal widest = 0;
    for (size_t r = 0; r < m_table.rows.size(); ++r) {
        const QString text = column == 0 ? m_table.rows[r].name.get(m_lang) : m_table.formatted(r, size_t(column - 1), m_lang);
        widest = std::max(widest, metrics.horizontalAdvance(text));
    }
    return widest;
}

QVariant DistrictTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && section >= 0 && section < rowCount()) {
        if (role != Qt::DisplayRole)
            return {};
        if (m_rankColumn < 1 || m_rankColumn >= columnCount())
            return QString();
        const QString rank = rankText(size_t(m_order[size_t(section)]), size_t(m_rankColumn - 1));
        return rank.isEmpty() ? QStringLiteral("–") : rank;
    }
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(m_lang == Lang::Zh ? QStringLiteral("区") : QStringLiteral("District"))
                                       : QVariant();
    const TableColumn &col = m_table.columns[size_t(section - 1)];
    switch (role) {
    case Qt::DisplayRole:
        return m_table.header(size_t(section - 1), m_lang);
    case UnitRole:
        return m_lang == Lang::Zh ? col.unit.name.zh : col.unit.name.en;
    case YearRole:
        return col.year ? QVariant(*col.year) : QVariant();
    case SourceRole:
        return col.source.get(m_lang);
    case MetricKeyRole:
        return col.key;
    default:
        return {};
    }
}

QHash<int, QByteArray> DistrictTableModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {ValueRole, "value"}, {RankRole, "rank"}, {DistrictIndexRole, "districtIndex"},
            {DistrictIdRole, "districtId"}, {HasDataRole, "hasData"}, {UnitRole, "unit"}, {YearRole, "year"},
            {SourceRole, "source"}, {MetricKeyRole, "metricKey"}, {RankTextRole, "rankText"}};
}

} // namespace sim
