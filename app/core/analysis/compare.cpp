// SPDX-License-Identifier: MIT
#include "analysis/compare.h"
#include "text/vocabulary.h"

#include "text/format.h"

#include <algorithm>

namespace sim {

std::vector<MetricComparison> compareMetrics(const Dataset &data, size_t a, size_t b)
{
    std::vector<MetricComparison> out;
    for (const Metric &m : data.metrics) {
        MetricComparison c;
        c.metric = &m;
        c.a = m.values[a];
        c.b = m.values[b];
        if (c.a && c.b) {
            c.difference = *c.a - *c.b;
            if (*c.b != 0)
                c.ratio = *c.a / *c.b;
        }
        c.rankA = m.rank(a);
        c.rankB = m.rank(b);
        c.tiedA = m.isTied(a);
        c.tiedB = m.isTied(b);
        for (const auto &v : m.values)
            if (v && (!c.max || *v > *c.max))
                c.max = *v;
        out.push_back(c);
    }
    return out;
}

namespace {

struct Entry {
    QString key; ///< what makes two entries "the same": industry id, or Chinese name
    Text text;
};

template<typename Items, typename Key, typename Label>
std::vector<Entry> entries(const Items &items, Key key, Label label)
{
    std::vector<Entry> out;
    for (const auto &x : items)
        out.push_back({key(x), label(x)});
    return out;
}

void align(std::vector<AlignedItem> &out, const QString &section, std::vector<Entry> left, std::vector<Entry> right)
{
    auto inOther = [](const Entry &e, const std::vector<Entry> &other) {
        return std::any_of(other.begin(), other.end(), [&](const Entry &o) { return o.key == e.key; });
    };
    // shared entries first, in the same row on both sides
    std::vector<Entry> sharedLeft, restLeft, restRight;
    for (const auto &e : left)
        (inOther(e, right) ? sharedLeft : restLeft).push_back(e);
    for (const auto &e : right)
        if (!inOther(e, left))
            restRight.push_back(e);
    for (const auto &e : sharedLeft) {
        const auto match = std::find_if(right.begin(), right.end(), [&](const Entry &o) { return o.key == e.key; });
        out.push_back({section, e.text, match->text, true, true});
    }
    const size_t n = std::max(restLeft.size(), restRight.size());
    for (size_t i = 0; i < n; ++i) {
        AlignedItem row {section, {}, {}, false, false};
        if (i < restLeft.size())
            row.left = restLeft[i].text;
        if (i < restRight.size())
            row.right = restRight[i].text;
        out.push_back(row);
    }
}

} // namespace

std::vector<AlignedItem> alignProfiles(const Dataset &data, size_t a, size_t b)
{
    const District &da = data.districts[a];
    const District &db = data.districts[b];
    std::vector<AlignedItem> out;
    auto byName = [](const auto &x) { return x.name.zh; };
    auto name = [](const auto &x) { return x.name; };
    align(out, QStringLiteral("industries"),
            entries(
                    da.industries, [](const Industry &x) { return x.id; }, name),
            entries(
                    db.industries, [](const Industry &x) { return x.id; }, name));
    for (const Section section : kItemSections)
        align(out, sectionKey(section), entries(da.items(section), byName, name), entries(db.items(section), byName, name));
    auto figureText = [&](const Figure &f) {
        return Text {f.label.zh + QStringLiteral("：") + formatFigure(f, data.unit(f.unit), Lang::Zh),
                f.label.en + QStringLiteral(": ") + formatFigure(f, data.unit(f.unit), Lang::En)};
    };
    auto figureKey = [&](const Figure &f) { return f.id + QLatin1Char('@') + QString::number(a); }; // figures are never "shared"
    std::vector<Entry> fa, fb;
    for (const auto &f : da.figures)
        fa.push_back({figureKey(f), figureText(f)});
    for (const auto &f : db.figures)
        fb.push_back({f.id + QLatin1Char('@') + QString::number(b), figureText(f)});
    align(out, QStringLiteral("figures"), fa, fb);
    return out;
}

} // namespace sim
