// SPDX-License-Identifier: MIT
#include "models.h"

#include "format.h"

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
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {NameRole, BrandRole});
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
    case IndexRole: return index.row();
    case IdRole: return d.id;
    case AdcodeRole: return d.adcode;
    case NameZhRole: return d.name.zh;
    case NameEnRole: return d.name.en;
    case Qt::DisplayRole:
    case NameRole: return d.name.get(m_lang);
    case BrandRole: return d.brand.text.get(m_lang);
    case LabelRole: return QVariant::fromValue(toGeo(m_data->shapes[size_t(index.row())].label));
    case SpanRole: {
        const Bounds &b = m_data->shapes[size_t(index.row())].bounds;
        return b.maxLon - b.minLon;
    }
    default: return {};
    }
}

QHash<int, QByteArray> DistrictListModel::roleNames() const
{
    return {{IndexRole, "districtIndex"}, {IdRole, "districtId"}, {AdcodeRole, "adcode"},
            {NameZhRole, "nameZh"}, {NameEnRole, "nameEn"}, {NameRole, "name"},
            {BrandRole, "brand"}, {LabelRole, "labelCoordinate"}, {SpanRole, "lonSpan"}};
}

// --- RingModel ---------------------------------------------------------------------------------

void RingModel::reset(const std::shared_ptr<const Dataset> &data)
{
    beginResetModel();
    m_rows.clear();
    if (data) {
        for (size_t d = 0; d < data->shapes.size(); ++d) {
            for (const auto &poly : data->shapes[d].polygons) {
                QVariantList path;
                path.reserve(qsizetype(poly.outer.size()));
                for (const auto &p : poly.outer)
                    path << QVariant::fromValue(toGeo(p));
                m_rows.push_back({int(d), std::move(path)});
            }
        }
    }
    endResetModel();
}

int RingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case DistrictRole: return r.district;
    case PathRole: return r.path;
    default: return {};
    }
}

QHash<int, QByteArray> RingModel::roleNames() const
{
    return {{DistrictRole, "districtIndex"}, {PathRole, "ring"}};
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
        const QString sPlatforms = zh ? QStringLiteral("创新平台") : QStringLiteral("Platforms");
        const QString sPolicies = zh ? QStringLiteral("政策与规划") : QStringLiteral("Policies and plans");
        const QString sInitiatives = zh ? QStringLiteral("举措与活动") : QStringLiteral("Initiatives and events");
        const QString sFigures = zh ? QStringLiteral("关键数据") : QStringLiteral("Key figures");
        const QString sMetrics = zh ? QStringLiteral("可比指标") : QStringLiteral("Comparable metrics");

        for (const auto &x : d.platforms)
            m_rows.push_back({QStringLiteral("platforms"), sPlatforms, x.id, x.name.get(lang), kindLabel(x.kind, lang),
                              x.description.get(lang), {}, {}, x.source.quote, sourceTitle(x.source)});
        for (const auto &x : d.policies)
            m_rows.push_back({QStringLiteral("policies"), sPolicies, x.id, x.title.get(lang),
                              join(kindLabel(x.kind, lang), yearText(x.year)), x.description.get(lang), {}, {},
                              x.source.quote, sourceTitle(x.source)});
        for (const auto &x : d.initiatives)
            m_rows.push_back({QStringLiteral("initiatives"), sInitiatives, x.id, x.name.get(lang),
                              join(kindLabel(x.kind, lang), yearText(x.year)), x.description.get(lang), {}, {},
                              x.source.quote, sourceTitle(x.source)});
        for (const auto &x : d.figures)
            m_rows.push_back({QStringLiteral("figures"), sFigures, x.id, x.label.get(lang), {}, {},
                              formatFigure(x, data->unit(x.unit), lang), {}, x.source.quote, sourceTitle(x.source)});
        for (const auto &m : data->metrics) {
            const auto value = m.values[size_t(district)];
            const auto rank = m.rank(size_t(district));
            QString rankText;
            if (rank)
                rankText = zh ? QStringLiteral("第%1位 / %2").arg(*rank).arg(m.countWithData())
                              : QStringLiteral("rank %1 of %2").arg(*rank).arg(m.countWithData());
            QString detail;
            if (const Source *src = data->source(m.source))
                detail = join(src->title.get(lang), m.year ? yearText(m.year) : QString());
            else if (m.isDerived())
                detail = zh ? QStringLiteral("由本区数据计数得出") : QStringLiteral("counted from this district's data");
            m_rows.push_back({QStringLiteral("metrics"), sMetrics, m.key, m.label.get(lang), {}, detail,
                              formatMetricValue(m, value, data->unit(m.unit), lang), rankText, {}, {}});
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
    case SectionRole: return r.section;
    case SectionTitleRole: return r.sectionTitle;
    case ItemIdRole: return r.itemId;
    case Qt::DisplayRole:
    case TitleRole: return r.title;
    case SubtitleRole: return r.subtitle;
    case DetailRole: return r.detail;
    case ValueRole: return r.value;
    case RankRole: return r.rank;
    case SourceQuoteRole: return r.sourceQuote;
    case SourceTitleRole: return r.sourceTitle;
    default: return {};
    }
}

QHash<int, QByteArray> ProfileModel::roleNames() const
{
    return {{SectionRole, "section"}, {SectionTitleRole, "sectionTitle"}, {ItemIdRole, "itemId"},
            {TitleRole, "title"}, {SubtitleRole, "subtitle"}, {DetailRole, "detail"}, {ValueRole, "value"},
            {RankRole, "rank"}, {SourceQuoteRole, "sourceQuote"}, {SourceTitleRole, "sourceTitle"}};
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
        case KeyRole: return QString();
        case Qt::DisplayRole:
        case LabelRole: return m_lang == Lang::Zh ? QStringLiteral("无（中性底色）") : QStringLiteral("None (neutral colours)");
        default: return QString();
        }
    }
    const Metric &m = m_data->metrics[size_t(index.row() - 1)];
    switch (role) {
    case KeyRole: return m.key;
    case Qt::DisplayRole:
    case LabelRole: {
        const QString unit = unitLabel(m_data->unit(m.unit), m_lang);
        return unit.isEmpty() ? m.label.get(m_lang) : m.label.get(m_lang) + QStringLiteral(" (") + unit + QLatin1Char(')');
    }
    case UnitRole: return unitLabel(m_data->unit(m.unit), m_lang);
    default: return {};
    }
}

QHash<int, QByteArray> MetricListModel::roleNames() const
{
    return {{KeyRole, "key"}, {LabelRole, "label"}, {UnitRole, "unit"}};
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
    if (data && metric) {
        const int decimals = metric->isDerived() ? 0 : metric->decimals;
        for (int i = 0; i < classes.classCount(); ++i) {
            const double lo = classes.breaks[size_t(i)];
            const double hi = classes.breaks[size_t(i) + 1];
            QString label = formatNumber(lo, decimals, lang);
            if (!classes.discrete && hi != lo)
                label += QStringLiteral(" – ") + formatNumber(hi, decimals, lang);
            m_rows.emplace_back(classes.colors[size_t(i)], label);
        }
        if (metric->countWithData() < int(metric->values.size()))
            m_rows.emplace_back(classes.noData, noDataText(lang));
    }
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
    case ColorRole: return color;
    case Qt::DisplayRole:
    case LabelRole: return label;
    default: return {};
    }
}

QHash<int, QByteArray> LegendModel::roleNames() const
{
    return {{ColorRole, "color"}, {LabelRole, "label"}};
}

// --- SearchModel -------------------------------------------------------------------------------

void SearchModel::reset(std::shared_ptr<const Dataset> data, Lang lang)
{
    m_data = std::move(data);
    m_index = m_data ? SearchIndex(*m_data) : SearchIndex();
    m_lang = lang;
    refresh();
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
    m_hits = m_data ? m_index.find(m_query) : std::vector<SearchHit>{};
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
    case DistrictRole: return h.district;
    case ItemIdRole: return h.itemId;
    case SectionRole: return h.section;
    case Qt::DisplayRole:
    case TitleRole: return h.label.get(m_lang);
    case SubtitleRole: {
        const District &d = m_data->districts[size_t(h.district)];
        if (h.itemId.isEmpty())
            return m_lang == Lang::Zh ? d.name.en : d.name.zh;
        static const QHash<QString, std::pair<const char *, const char *>> what = {
            {QStringLiteral("platforms"), {"平台", "platform"}},
            {QStringLiteral("policies"), {"政策", "policy"}},
            {QStringLiteral("initiatives"), {"举措", "initiative"}},
            {QStringLiteral("industries"), {"重点产业", "focus industry"}},
        };
        const auto w = what.value(h.section);
        return d.name.get(m_lang) + QStringLiteral(" · ") + QString::fromUtf8(m_lang == Lang::Zh ? w.first : w.second);
    }
    default: return {};
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    return {{DistrictRole, "districtIndex"}, {ItemIdRole, "itemId"}, {SectionRole, "section"},
            {TitleRole, "title"}, {SubtitleRole, "subtitle"}};
}

} // namespace sim
