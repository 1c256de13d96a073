// SPDX-License-Identifier: MIT
#include "selection.h"

#include "datasession.h"
#include "render/palette.h"

namespace sim {

DistrictFacts DistrictFacts::of(const Dataset *data, int index, Lang lang)
{
    DistrictFacts f;
    if (!data || index < 0 || size_t(index) >= data->districts.size())
        return f;
    const District &d = data->districts[size_t(index)];
    f.valid = true;
    f.index = index;
    f.id = d.id;
    f.nameZh = d.name.zh;
    f.nameEn = d.name.en;
    f.name = d.name.get(lang);
    f.brand = d.brand.text.get(lang);
    f.brandSource = d.brand.source.quote;
    f.summary = d.summary.text.get(lang);
    for (const auto &x : d.industries)
        f.industries << x.name.get(lang);
    f.bounds = toGeoRectangle(data->shapes[size_t(index)].bounds);
    return f;
}

QColor Selection::colorA()
{
    return palette::compareA();
}
QColor Selection::colorB()
{
    return palette::compareB();
}

Selection::Selection(DataSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(session, &DataSession::datasetChanged, this, &Selection::datasetChanged);
    connect(session, &DataSession::languageChanged, this, &Selection::languageChanged);
    m_data = session->dataset();
}

int Selection::valid(int index) const
{
    return m_data && index >= 0 && size_t(index) < m_data->districts.size() ? index : -1;
}

void Selection::datasetChanged()
{
    // What the user was looking at, by id: indexes may change with the new data.
    const bool keep = m_session->reloading();
    const QString selectedId = keep && m_selected >= 0 ? m_data->districts[size_t(m_selected)].id : QString();
    const QString compareId = keep && m_compare >= 0 ? m_data->districts[size_t(m_compare)].id : QString();
    m_data = m_session->dataset();
    m_selected = m_data && !selectedId.isEmpty() ? m_data->indexOfId(selectedId) : -1;
    m_compare = m_data && m_selected >= 0 && !compareId.isEmpty() ? m_data->indexOfId(compareId) : -1;
    if (m_compare == m_selected)
        m_compare = -1;
    if (m_selected < 0 || !keep)
        m_picking = NotPicking;
    if (m_selected < 0)
        m_highlighted.clear();
    m_hovered = -1;
    refresh();
    Q_EMIT selectionChanged();
    Q_EMIT highlightChanged();
    Q_EMIT hoverChanged();
    Q_EMIT compareChanged();
}

void Selection::languageChanged()
{
    refresh();
    Q_EMIT selectionChanged();
    Q_EMIT hoverChanged();
    Q_EMIT compareChanged();
}

void Selection::refresh()
{
    const Lang lang = m_session->lang();
    m_selectedFacts = DistrictFacts::of(m_data.get(), m_selected, lang);
    m_comparedFacts = DistrictFacts::of(m_data.get(), m_compare, lang);
    m_profile.show(m_data, m_selected, lang);
    m_comparison.show(m_data.get(), m_selected, m_compare, lang);
    m_metricComparison.show(m_data.get(), m_selected, m_compare, lang);
}

void Selection::select(int index)
{
    index = valid(index);
    if (index == m_selected)
        return;
    m_selected = index;
    m_highlighted.clear();
    if (m_selected < 0 || m_selected == m_compare)
        m_compare = -1; // a comparison needs two different districts
    refresh();
    Q_EMIT selectionChanged();
    Q_EMIT highlightChanged();
    Q_EMIT compareChanged();
}

void Selection::setCompareIndex(int index)
{
    index = valid(index);
    if (m_selected < 0 || index == m_selected)
        index = -1;
    m_picking = NotPicking;
    m_compare = index;
    refresh();
    Q_EMIT compareChanged();
}

QGeoRectangle Selection::comparedBounds() const
{
    if (m_compare < 0)
        return {};
    Bounds b = m_data->shapes[size_t(m_selected)].bounds;
    b.add(m_data->shapes[size_t(m_compare)].bounds);
    return toGeoRectangle(b);
}

void Selection::setPicking(Picking picking)
{
    if (picking != NotPicking && picking != PickingFirst && picking != PickingSecond)
        picking = NotPicking;
    if (picking == m_picking)
        return;
    m_picking = picking;
    Q_EMIT compareChanged();
}

void Selection::pick(int index)
{
    if (index < 0)
        return;
    if (m_picking == PickingFirst) {
        const int other = m_compare;
        m_picking = NotPicking;
        select(index);
        setCompareIndex(other);
    } else {
        setCompareIndex(index);
    }
}

void Selection::swapCompare()
{
    if (m_compare < 0)
        return;
    const int a = m_selected;
    const int b = m_compare;
    m_compare = -1;
    select(b);
    setCompareIndex(a);
}

void Selection::leaveCompare()
{
    m_picking = NotPicking;
    setCompareIndex(-1);
}

void Selection::setHoveredIndex(int index)
{
    index = valid(index);
    if (index == m_hovered)
        return;
    m_hovered = index;
    Q_EMIT hoverChanged();
}

void Selection::setHighlightedItemId(const QString &id)
{
    if (id == m_highlighted)
        return;
    m_highlighted = id;
    Q_EMIT highlightChanged();
}

void Selection::chooseSearchResult(int row)
{
    SearchModel *search = m_session->search();
    const QModelIndex index = search->index(row);
    if (!index.isValid())
        return;
    const int district = index.data(SearchModel::DistrictRole).toInt();
    if (m_picking != NotPicking) {
        pick(district);
        return;
    }
    select(district);
    setHighlightedItemId(index.data(SearchModel::ItemIdRole).toString());
}

} // namespace sim
