// SPDX-License-Identifier: MIT
#include "export/table.h"

#include "text/format.h"
#include "text/vocabulary.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace sim {

DistrictTable buildDistrictTable(const Dataset &data)
{
    DistrictTable table;
    table.columns.reserve(data.metrics.size());
    for (const Metric &m : data.metrics) {
        TableColumn c;
        c.key = m.key;
        c.label = m.label;
        if (const Unit *u = data.unit(m.unit))
            c.unit = *u;
        else
            c.unit.key = m.unit;
        c.year = m.year;
        c.decimals = m.isDerived() ? 0 : m.decimals;
        c.derived = m.isDerived();
        c.direction = m.direction;
        if (m.isDerived()) {
            c.source = derivedCountNote(data, m.derivedFrom); // what is counted, from where
        } else {
            c.sourceId = m.source;
            if (const Source *s = data.source(m.source)) {
                c.source = s->title;
                c.sourceUrl = s->url;
            } else {
                c.source = {m.source, m.source};
            }
        }
        table.columns.push_back(std::move(c));
    }
    table.rows.reserve(data.districts.size());
    for (size_t d = 0; d < data.districts.size(); ++d) {
        const District &district = data.districts[d];
        TableRow row;
        row.district = int(d);
        row.id = district.id;
        row.adcode = district.adcode;
        row.name = district.name;
        row.values.reserve(data.metrics.size());
        row.ranks.reserve(data.metrics.size());
        for (const Metric &m : data.metrics) {
            row.values.push_back(d < m.values.size() ? m.values[d] : std::nullopt);
            row.ranks.push_back(m.rank(d));
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

QString DistrictTable::formatted(size_t row, size_t column, Lang lang) const
{
    if (row >= rows.size() || column >= columns.size())
        return {};
    const TableColumn &c = columns[column];
    Metric m; // formatMetricValue reads the decimals only
    m.decimals = c.decimals;
    return formatMetricValue(m, rows[row].values[column], &c.unit, lang);
}

QString DistrictTable::header(size_t column, Lang lang) const
{
    if (column >= columns.size())
        return {};
    const TableColumn &c = columns[column];
    const QString unit = unitLabel(&c.unit, lang);
    if (unit.isEmpty())
        return c.label.get(lang);
    return lang == Lang::Zh ? c.label.zh + QStringLiteral("（") + unit + QStringLiteral("）")
                            : c.label.en + QStringLiteral(" (") + unit + QLatin1Char(')');
}

int DistrictTable::columnOf(const QString &key) const
{
    for (size_t i = 0; i < columns.size(); ++i)
        if (columns[i].key == key)
            return int(i);
    return -1;
}

std::vector<int> sortedRows(const DistrictTable &table, const TableSort &sort)
{
    std::vector<int> order(table.rows.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    // The official order first: every sort below is stable, so it breaks ties.
    std::stable_sort(order.begin(), order.end(),
            [&](int a, int b) { return table.rows[size_t(a)].adcode < table.rows[size_t(b)].adcode; });
    if (sort.column == TableSort::Name) {
        // Chinese names in pinyin order by the place name's own reading: ICU's pinyin collation reads
        // 长宁 as zhǎng, so the official romanised (English) name is the key in both languages.
        QCollator collator(QLocale(QLocale::English, QLocale::UnitedStates));
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const int c = collator.compare(table.rows[size_t(a)].name.en, table.rows[size_t(b)].name.en);
            return sort.descending ? c > 0 : c < 0;
        });
    } else if (sort.column >= 0 && size_t(sort.column) < table.columns.size()) {
        const size_t col = size_t(sort.column);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const std::optional<double> &va = table.rows[size_t(a)].values[col];
            const std::optional<double> &vb = table.rows[size_t(b)].values[col];
            if (!va || !vb)
                return va.has_value() && !vb.has_value(); // no data after every value, either way
            return sort.descending ? *va > *vb : *va < *vb;
        });
    } else if (sort.column == TableSort::Adcode && sort.descending) {
        std::reverse(order.begin(), order.end());
    }
    return order;
}

} // namespace sim
