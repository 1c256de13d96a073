// SPDX-License-Identifier: MIT
#include "models.h"

#include <QtConcurrent/QtConcurrentRun>

#include "text/format.h"
#include "render/maprules.h"
#include "text/vocabulary.h"

#include <limits>

namespace sim {

namespace {
QGeoCoordinate toGeo(LonLat p)
{
    return QGeoCoordinate(p.lat, p.lon);
}
} // namespace

// --- DistrictListModel -------------------------------------------------------------------------

void DistrictListModel::reset(std::shared_ptr<const Dataset> data, Lang lang)
{
    beginResetModel();
    m_data = std::move(data);
    m_lang = lang;
    endResetModel();
}

void DistrictListModel::setLanguage(Lang lang)
{
    m_lang = lang;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1)); // (every role: names, brands, map labels)
}

int DistrictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_data ? 0 : int(m_data->districts.size());
}

QVariant DistrictListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_data)
        return {};
    const auto &d = m_data->districts[size_t(index.row())];
    switch (role) {
    case IndexRole:
        return index.row();
    case IdRole:
        return d.id;
    case AdcodeRole:
        return d.adcode;
    case NameZhRole:
        return d.name.zh;
    case NameEnRole:
        return d.name.en;
    case Qt::DisplayRole:
    case NameRole:
        return d.name.get(m_lang);
    case BrandRole:
        return d.brand.text.get(m_lang);
    case LabelRole:
        return QVariant::fromValue(toGeo(m_data->shapes[size_t(index.row())].label));
    case SpanRole: {
        const Bounds &b = m_data->shapes[size_t(index.row())].bounds;
        return b.maxLon - b.minLon;
    }
    case MapLabelRole:
        return mapLabel(d, m_lang);
    default:
        return {};
    }
}

QHash<int, QByteArray> DistrictListModel::roleNames() const
{
    return {{IndexRole, "districtIndex"}, {IdRole, "districtId"}, {AdcodeRole, "adcode"}, {NameZhRole, "nameZh"},
            {NameEnRole, "nameEn"}, {NameRole, "name"}, {BrandRole, "brand"}, {LabelRole, "labelCoordinate"},
            {SpanRole, "lonSpan"}, {MapLabelRole, "mapLabel"}};
}

// --- ProfileModel ------------------------------------------------------------------------------

void ProfileModel::show(const std::shared_ptr<const Dataset> &data, int district, Lang lang)
{
    beginResetModel();
    m_rows.clear();
    if (data && district >= 0 && size_t(district) < data->districts.size()) {
        const District &d = data->districts[size_t(district)];
        const bool zh = lang == Lang::Zh;
        auto sourceTitle = [&](const SourceRef &s) {
            const Source *src = data->source(s.ref);
            return src ? src->title.get(lang) : s.ref;
        };
        auto yearText = [&](std::optional<int> y) {
            return y ? (zh ? QStringLiteral("%1年").arg(*y) : QString::number(*y)) : QString();
        };
        auto join = [](const QString &a, const QString &b) {
            return a.isEmpty() ? b : b.isEmpty() ? a : a + QStringLiteral(" · ") + b;
        };
        const QString sFigures = sectionTitle(Section::Figures).get(lang);
        const QString sMetrics = sectionTitle(Section::Metrics).get(lang);

        for (const Section section : kItemSections) {
            const QString key = sectionKey(section), title = sectionTitle(section).get(lang);
            for (const ProfileItem &x : d.items(section))
                m_rows.push_back({key, title, x.id, x.name.get(lang), join(kindLabel(x.kind, lang), yearText(x.year)),
                        x.description.get(lang), {}, {}, x.source.quote, sourceTitle(x.source)});
        }
        for (const auto &x : d.figures)
            m_rows.push_back({QStringLiteral("figures"), sFigures, x.id, x.label.get(lang), {}, {},
                    formatFigure(x, data->unit(x.unit), lang), {}, x.source.quote, sourceTitle(x.source)});
        for (const auto &m : data->metrics) {
            const auto value = m.values[size_t(district)];
            const QString rankLine = sim::metricRankText(m, size_t(district), lang);
            QString detail;
            if (const Source *src = data->source(m.source))
                detail = join(src->title.get(lang), m.year ? yearText(m.year) : QString());
            else if (m.isDerived())
                detail = derivedCountNote(*data, m.derivedFrom).get(lang);
            m_rows.push_back({QStringLiteral("metrics"), sMetrics, m.key, m.label.get(lang), {}, detail,
                    formatMetricValue(m, value, data->unit(m.unit), lang), rankLine, {}, {}});
        }
    }
    endResetModel();
}

int ProfileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProfileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case SectionRole:
        return r.section;
    case SectionTitleRole:
        return r.sectionTitle;
    case ItemIdRole:
        return r.itemId;
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case SubtitleRole:
        return r.subtitle;
    case DetailRole:
        return r.detail;
    case ValueRole:
        return r.value;
    case RankRole:
        return r.rank;
    case SourceQuoteRole:
        return r.sourceQuote;
    case SourceTitleRole:
        return r.sourceTitle;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfileModel::roleNames() const
{
    return {{SectionRole, "section"}, {SectionTitleRole, "sectionTitle"}, {ItemIdRole, "itemId"}, {TitleRole, "title"},
            {SubtitleRole, "subtitle"}, {DetailRole, "detail"}, {ValueRole, "value"}, {RankRole, "rank"},
            {SourceQuoteRole, "sourceQuote"}, {SourceTitleRole, "sourceTitle"}};
}

int ProfileModel::rowOf(const QString &itemId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].itemId == itemId)
            return int(i);
    return -1;
}

} // namespace sim

namespace sim {

// --- MetricListModel ---------------------------------------------------------------------------

void MetricListModel::reset(std::shared_ptr<const Dataset> data, Lang lang)
{
    beginResetModel();
    m_data = std::move(data);
    m_lang = lang;
    endResetModel();
}

int MetricListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_data ? 0 : int(m_data->metrics.size()) + 1;
}

QVariant MetricListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_data)
        return {};
    if (index.row() == 0) {
        switch (role) {
        case KeyRole:
            return QString();
        case Qt::DisplayRole:
        case LabelRole:
            return m_lang == Lang::Zh ? QStringLiteral("无（中性底色）") : QStringLiteral("None (neutral colours)");
        default:
            return QString();
        }
    }
    const Metric &m = m_data->metrics[size_t(index.row() - 1)];
    switch (role) {
    case KeyRole:
        return m.key;
    case Qt::DisplayRole:
    case LabelRole: {
        const QString unit = unitLabel(m_data->unit(m.unit), m_lang);
        return unit.isEmpty() ? m.label.get(m_lang) : m.label.get(m_lang) + QStringLiteral(" (") + unit + QLatin1Char(')');
    }
    case UnitRole:
        return unitLabel(m_data->unit(m.unit), m_lang);
    default:
        return {};
    }
}

QHash<int, QByteArray> MetricListModel::roleNames() const
{
    return {{KeyRole, "key"}, {LabelRole, "label"}, {UnitRole, "unit"}};
}

QString MetricListModel::nameAt(int row) const
{
    if (!m_data || row < 0 || row >= rowCount())
        return {};
    if (row == 0)
        return data(index(0), LabelRole).toString();
    return m_data->metrics[size_t(row - 1)].label.get(m_lang);
}

int MetricListModel::indexOfKey(const QString &key) const
{
    if (key.isEmpty() || !m_data)
        return 0;
    for (size_t i = 0; i < m_data->metrics.size(); ++i)
        if (m_data->metrics[i].key == key)
            return int(i) + 1;
    return 0;
}

// --- LegendModel -------------------------------------------------------------------------------

void LegendModel::show(const Dataset *data, const Metric *metric, const Classification &classes, Lang lang)
{
    beginResetModel();
    m_rows.clear();
    if (data && metric)
        for (const LegendEntry &e : legendEntries(*metric, classes, lang))
            m_rows.emplace_back(e.color, e.label);
    endResetModel();
}

int LegendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LegendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &[color, label] = m_rows[size_t(index.row())];
    switch (role) {
    case ColorRole:
        return color;
    case Qt::DisplayRole:
    case LabelRole:
        return label;
    default:
        return {};
    }
}

QHash<int, QByteArray> LegendModel::roleNames() const
{
    return {{ColorRole, "color"}, {LabelRole, "label"}};
}

// --- SearchModel -------------------------------------------------------------------------------

void SearchModel::reset(std::shared_ptr<const Dataset> data, Lang lang)
{
    m_lang = lang;
    if (data != m_data) { // (the index does not depend on the language)
        const bool wasPrepared = m_building.isValid() || m_index;
        m_data = std::move(data);
        m_index.reset();
        m_building = {};
        if (wasPrepared)
            prepare(); // a reload: the user has searched before
    }
    refresh();
}

void SearchModel::prepare()
{
    if (m_data && !m_index && !m_building.isValid())
        m_building = QtConcurrent::run([data = m_data] { return SearchIndex(*data); });
}

const SearchIndex &SearchModel::searchIndex()
{
    if (!m_index) {
        prepare();
        m_index = m_building.isValid() ? m_building.result() : SearchIndex(); // waits if still building
        m_building = {};
    }
    return *m_index;
}

QList<int> SearchModel::districtsNamed(const QString &query)
{
    QList<int> out;
    if (!m_data)
        return out;
    if (query.trimmed().isEmpty()) {
        for (int d = 0; d < int(m_data->districts.size()); ++d)
            out << d;
        return out;
    }
    for (const SearchHit &h : searchIndex().find(query, std::numeric_limits<size_t>::max()))
        if (h.itemId.isEmpty() && !out.contains(h.district))
            out << h.district;
    std::sort(out.begin(), out.end());
    return out;
}

void SearchModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    refresh();
    Q_EMIT queryChanged();
}

void SearchModel::refresh()
{
    const int before = count();
    beginResetModel();
    m_hits = m_data && !m_query.isEmpty() ? searchIndex().find(m_query) : std::vector<SearchHit> {};
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_data)
        return {};
    const SearchHit &h = m_hits[size_t(index.row())];
    switch (role) {
    case DistrictRole:
        return h.district;
    case ItemIdRole:
        return h.itemId;
    case SectionRole:
        return h.section;
    case Qt::DisplayRole:
    case TitleRole:
        return h.label.get(m_lang);
    case SubtitleRole: {
        const District &d = m_data->districts[size_t(h.district)];
        if (h.itemId.isEmpty())
            return m_lang == Lang::Zh ? d.name.en : d.name.zh;
        const auto section = sectionFromKey(h.section);
        return d.name.get(m_lang) + QStringLiteral(" · ") + (section ? itemNoun(*section).get(m_lang) : h.section);
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    return {{DistrictRole, "districtIndex"}, {ItemIdRole, "itemId"}, {SectionRole, "section"}, {TitleRole, "title"},
            {SubtitleRole, "subtitle"}};
}

} // namespace sim

namespace sim {

// --- CompareModel ------------------------------------------------------------------------------

void CompareModel::show(const Dataset *data, int a, int b, Lang lang)
{
    beginResetModel();
    m_lang = lang;
    m_rows.clear();
    if (data && a >= 0 && b >= 0)
        m_rows = alignProfiles(*data, size_t(a), size_t(b));
    endResetModel();
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AlignedItem &r = m_rows[size_t(index.row())];
    switch (role) {
    case SectionRole:
        return r.section;
    case SectionTitleRole: {
        const auto section = sectionFromKey(r.section);
        return section ? sectionTitle(*section).get(m_lang) : r.section;
    }
    case LeftRole:
        return r.left.get(m_lang);
    case RightRole:
        return r.right.get(m_lang);
    case LeftSharedRole:
        return r.leftShared;
    case RightSharedRole:
        return r.rightShared;
    case FirstInSectionRole:
        return index.row() == 0 || m_rows[size_t(index.row()) - 1].section != r.section;
    default:
        return {};
    }
}

QHash<int, QByteArray> CompareModel::roleNames() const
{
    return {{SectionRole, "section"}, {SectionTitleRole, "sectionTitle"}, {LeftRole, "leftText"}, {RightRole, "rightText"},
            {LeftSharedRole, "leftShared"}, {RightSharedRole, "rightShared"}, {FirstInSectionRole, "firstInSection"}};
}

// --- MetricCompareModel ------------------------------------------------------------------------

void MetricCompareModel::show(const Dataset *data, int a, int b, Lang lang)
{
    beginResetModel();
    m_rows.clear();
    if (data && a >= 0 && b >= 0) {
        for (const MetricComparison &c : compareMetrics(*data, size_t(a), size_t(b))) {
            const Metric &m = *c.metric;
            const Unit *unit = data->unit(m.unit);
            Row r;
            r.key = m.key;
            r.label = m.label.get(lang);
            r.unit = unitLabel(unit, lang);
            r.valueA = formatMetricValue(m, c.a, unit, lang);
            r.valueB = formatMetricValue(m, c.b, unit, lang);
            if (c.difference)
                r.difference
                        = (*c.difference > 0 ? QStringLiteral("+") : QString()) + formatMetricValue(m, c.difference, unit, lang);
            else
                r.difference = QStringLiteral("—");
            r.ratio = formatRatio(c.ratio, lang);
            const int n = m.countWithData();
            auto rankText = [&](std::optional<int> rank, bool tied) {
                if (!rank)
                    return noDataText(lang);
                return sim::rankText(*rank, n, lang, tied);
            };
            r.rankA = rankText(c.rankA, c.tiedA);
            r.rankB = rankText(c.rankB, c.tiedB);
            if (const Source *src = data->source(m.source))
                r.source = src->title.get(lang) + (m.year ? QStringLiteral(" · %1").arg(*m.year) : QString());
            else if (m.isDerived())
                r.source = derivedCountNote(*data, m.derivedFrom).get(lang);
            if (c.max && *c.max > 0) {
                r.shareA = c.a ? *c.a / *c.max * 100 : -1;
                r.shareB = c.b ? *c.b / *c.max * 100 : -1;
            }
            m_rows.push_back(std::move(r));
        }
    }
    endResetModel();
    Q_EMIT changed();
}

int MetricCompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MetricCompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case KeyRole:
        return r.key;
    case Qt::DisplayRole:
    case LabelRole:
        return r.label;
    case UnitRole:
        return r.unit;
    case ValueARole:
        return r.valueA;
    case ValueBRole:
        return r.valueB;
    case DifferenceRole:
        return r.difference;
    case RatioRole:
        return r.ratio;
    case RankARole:
        return r.rankA;
    case RankBRole:
        return r.rankB;
    case SourceRole:
        return r.source;
    case ShareARole:
        return r.shareA;
    case ShareBRole:
        return r.shareB;
    default:
        return {};
    }
}

QHash<int, QByteArray> MetricCompareModel::roleNames() const
{
    return {{KeyRole, "key"}, {LabelRole, "label"}, {UnitRole, "unit"}, {ValueARole, "valueA"}, {ValueBRole, "valueB"},
            {DifferenceRole, "difference"}, {RatioRole, "ratio"}, {RankARole, "rankA"}, {RankBRole, "rankB"},
            {SourceRole, "source"}, {ShareARole, "shareA"}, {ShareBRole, "shareB"}};
}

// The chart shows only the metrics both districts have data for: a missing value is never a zero bar.
QStringList MetricCompareModel::categories() const
{
    QStringList out;
    for (const Row &r : m_rows)
        if (r.shareA >= 0 && r.shareB >= 0)
            out << r.label;
    return out;
}

QVariantList MetricCompareModel::sharesA() const
{
    QVariantList out;
    for (const Row &r : m_rows)
        if (r.shareA >= 0 && r.shareB >= 0)
            out << r.shareA;
    return out;
}

QVariantList MetricCompareModel::sharesB() const
{
    QVariantList out;
    for (const Row &r : m_rows)
        if (r.shareA >= 0 && r.shareB >= 0)
            out << r.shareB;
    return out;
}

} // namespace sim
