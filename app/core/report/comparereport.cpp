// SPDX-License-Identifier: MIT
#include "report/comparereport.h"

#include "analysis/compare.h"
#include "render/mappainter.h"
#include "render/palette.h"
#include "text/format.h"

#include <algorithm>
#include <tuple>

namespace sim::pdf {

namespace {
// ---------------------------------------------------------------------------------------------
// The comparison of two districts (A: m_d, B: *m_b)

// The comparison colours, as on screen (render/palette.h).
const QColor kColorA = palette::compareA();
const QColor kColorB = palette::compareB();
/** A light tint of a comparison colour, for map fills under dark labels. */
QColor tint(const QColor &c, qreal amount)
{
    return QColor::fromRgbF(float(1 - amount + c.redF() * amount), float(1 - amount + c.greenF() * amount),
            float(1 - amount + c.blueF() * amount));
}
// Orange on white is too light for text: a darker shade of it for B's names and brand.
const QColor kTextB {0xb3, 0x6b, 0x00};

} // namespace

void CompareReport::compareTitleBlock()
{
    {
        const qreal w = m_body.width();
        const Laid left = lay(bi(QStringLiteral("区科技创新对比"), QStringLiteral("DISTRICT INNOVATION COMPARISON"), kEyebrow,
                                      QStringLiteral(" · ")),
                w * 0.6);
        const Laid right = lay(QStringLiteral("Shanghai Innovation Map"), kBrandLine, w * 0.4);
        Row r;
        r.height = std::max(left.height(), right.height());
        r.paint = [left, right, this](QPainter &painter, qreal top) {
            for (int i = 0; i < left.lines(); ++i)
                left.drawLine(painter, i, m_body.left(), top + i * left.pitch);
            right.drawLine(painter, 0, m_body.right() - right.naturalWidth(0), top);
        };
        addRow(std::move(r));
    }
    // Two columns: A in blue, B in orange — names (the report's language first), brand.
    const qreal gap = 18 * kU;
    const qreal colW = (m_body.width() - gap) / 2;
    const Lang first = primary();
    const Lang second = first == Lang::Zh ? Lang::En : Lang::Zh;
    struct Column {
        std::vector<Laid> parts;
        std::vector<qreal> gaps;
        QColor bar;
        qreal height = 0;
    };
    auto column = [&](const District &d, const QColor &bar, const QColor &ink) {
        Column c;
        c.bar = bar;
        auto add = [&](const Para &p, qreal space) {
            if (p.text.isEmpty())
                return;
            c.parts.push_back(lay(p, colW));
            c.gaps.push_back(space);
            c.height += space + c.parts.back().height();
        };
        add(Para {d.name.get(first), Style {22, true, ink, 1.25}, {}}, 10 * kU);
        add(Para {d.name.get(second), Style {12, false, kColors.muted, 1.35}, {}}, 1 * kU);
        add(bi(QStringLiteral("创新品牌"), QStringLiteral("Innovation brand"), kCalloutLabel, QStringLiteral(" · ")), 8 * kU);
        if (zh())
            add(Para {d.brand.text.zh, Style {11, true, ink, 1.45}, {}}, 1 * kU);
        if (en())
            add(Para {d.brand.text.en, both() ? Style {9.5, false, ink, 1.45} : Style {11, true, ink, 1.45}, {}}, 1 * kU);
        return c;
    };
    const Column colA = column(m_d, kColorA, kColorA);
    const Column colB = column(*m_b, kColorB, kTextB);
    Row r;
    r.spaceBefore = 6 * kU;
    r.height = std::max(colA.height, colB.height) + 4 * kU;
    r.paint = [colA, colB, colW, gap, this](QPainter &painter, qreal top) {
        auto draw = [&](const Column &c, qreal x) {
            painter.fillRect(QRectF(x, top, colW, 4 * kU), c.bar);
            qreal y = top + 4 * kU;
            for (size_t k = 0; k < c.parts.size(); ++k) {
                y += c.gaps[k];
                for (int i = 0; i < c.parts[k].lines(); ++i)
                    c.parts[k].drawLine(painter, i, x, y + i * c.parts[k].pitch);
                y += c.parts[k].height();
            }
        };
        draw(colA, m_body.left());
        draw(colB, m_body.left() + colW + gap);
    };
    addRow(std::move(r));
    cite(m_d.brand.source, m_d.name.zh + QStringLiteral("：创新品牌"), m_d.name.en + QStringLiteral(": innovation brand"));
    cite(m_b->brand.source, m_b->name.zh + QStringLiteral("：创新品牌"), m_b->name.en + QStringLiteral(": innovation brand"));
    paragraph(bi(m_data.title.zh, m_data.title.en, kSmall, QStringLiteral(" · ")), 0, 8 * kU);
}

void CompareReport::compareMap()
{
    const qreal gap = 14 * kU;
    const qreal w = (m_body.width() - gap) / 2;
    const qreal mapH = w;
    const Lang labelLang = primary();

    MapStyle city;
    city.labelFont = QFont(m_family);
    city.labelFont.setPointSizeF(6);
    city.labelFont.setHintingPreference(QFont::PreferNoHinting);
    city.scaleBar = true;
    MapStyle close = city;
    close.labelFont.setPointSizeF(7);
    close.bilingualLabels = both();

    std::vector<QColor> fills(m_data.districts.size());
    fills[size_t(m_index)] = tint(kColorA, 0.55);
    fills[size_t(m_other)] = tint(kColorB, 0.55);
    const Bounds cityView = padded(m_data.bounds, 0.03);
    Bounds pair = m_data.shapes[size_t(m_index)].bounds;
    pair.add(m_data.shapes[size_t(m_other)].bounds);
    const Bounds closeView = padded(pair, 0.12);

    const Style capBold {7.5, true, kColors.ink, 1.4};
    auto caption = [&](int number, const QString &zhText, const QString &enText) {
        Runs r;
        if (zh())
            r.add(QStringLiteral("图%1  ").arg(number), capBold).add(zhText, kCaption);
        if (both())
            r.add(QStringLiteral("\u2028"), kCaption);
        if (en())
            r.add(QStringLiteral("Figure %1. ").arg(number), capBold).add(enText, kCaption);
        return lay(r.para(), w);
    };
    const Laid cap1 = caption(1, QStringLiteral("%1与%2在上海市的位置").arg(m_d.name.zh, m_b->name.zh),
            QStringLiteral("%1 and %2 in Shanghai").arg(m_d.name.en, m_b->name.en));
    const Laid cap2 = caption(2, QStringLiteral("两区及周边"), QStringLiteral("The two districts and their surroundings"));
    const qreal capH = std::max(cap1.height(), cap2.height());
    const qreal swatch = 7 * kU;
    const Laid keyA = lay(m_d.name.get(primary()), kCaption, w);
    const Laid keyB = lay(m_b->name.get(primary()), kCaption, w);
    const Laid noteLaid
            = lay(bi(QStringLiteral("Web墨卡托投影。行政边界的来源与许可见“数据来源”。"),
                          QStringLiteral("Web Mercator projection. For the boundaries’ origin and licence see “Data sources”."),
                          kCaption, QStringLiteral(" ")),
                    m_body.width());

    Row r;
    r.spaceBefore = 14 * kU;
    r.height = mapH + 4 * kU + capH + 5 * kU + keyA.pitch + noteLaid.height();
    r.paint = [=, this](QPainter &painter, qreal top) {
        const QRectF left(m_body.left(), top, w, mapH);
        const QRectF right(m_body.left() + w + gap, top, w, mapH);
        auto outline = [&](const QRectF &target, const Bounds &view, const MapStyle &style) {
            paintMap(painter, m_data, target, view, style, fills, -1, labelLang, true);
            // Both districts' outlines in their colours, on top (clipped to the map).
            painter.save();
            painter.setClipRect(target);
            const QTransform t = mapTransform(target, view);
            painter.setBrush(Qt::NoBrush);
            for (auto [index, colour] : {std::pair {m_index, kColorA}, std::pair {m_other, kColorB}}) {
                painter.setPen(QPen(colour, 1.4 * kU, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                painter.drawPath(districtPath(m_data.shapes[size_t(index)], t, style.simplify * kU));
            }
            painter.restore();
        };
        outline(left, cityView, city);
        outline(right, closeView, close);
        qreal y = top + mapH + 4 * kU;
        for (int i = 0; i < cap1.lines(); ++i)
            cap1.drawLine(painter, i, left.left(), y + i * cap1.pitch);
        for (int i = 0; i < cap2.lines(); ++i)
            cap2.drawLine(painter, i, right.left(), y + i * cap2.pitch);
        y += capH + 5 * kU;
        qreal x = m_body.left();
        auto key = [&](const Laid &text, const QColor &fill, const QColor &line) {
            painter.setPen(QPen(line, 1.0 * kU));
            painter.setBrush(fill);
            painter.drawRect(QRectF(x, y + (text.pitch - swatch) / 2, swatch, swatch));
            x += swatch + 4 * kU;
            text.drawLine(painter, 0, x, y);
            x += text.naturalWidth(0) + 14 * kU;
        };
        key(keyA, tint(kColorA, 0.55), kColorA);
        key(keyB, tint(kColorB, 0.55), kColorB);
        y += keyA.pitch;
        for (int i = 0; i < noteLaid.lines(); ++i)
            noteLaid.drawLine(painter, i, m_body.left(), y + i * noteLaid.pitch);
    };
    addRow(std::move(r));
}

void CompareReport::compareMetricsTable()
{
    heading(QStringLiteral("可比指标"), QStringLiteral("Comparable metrics"));
    const std::vector<MetricComparison> rows = compareMetrics(m_data, size_t(m_index), size_t(m_other));
    if (rows.empty()) {
        emptyNote();
        return;
    }
    const qreal w = m_body.width();
    const qreal labelW = w * 0.27, valW = w * 0.21, diffW = w * 0.19, ratioW = w - labelW - 2 * valW - diffW;
    auto cells = [&](Paras label, Paras a, Paras b, Paras diff, Paras ratio) {
        return std::vector<Cell> {{4 * kU, labelW - 8 * kU, std::move(label), false}, {labelW, valW - 6 * kU, std::move(a), true},
                {labelW + valW, valW - 6 * kU, std::move(b), true}, {labelW + 2 * valW, diffW - 6 * kU, std::move(diff), true},
                {labelW + 2 * valW + diffW, ratioW - 4 * kU, std::move(ratio), true}};
    };
    const Style headA {7.5, true, kColorA, 1.6};
    const Style headB {7.5, true, kTextB, 1.6};
    const size_t from = m_rows.size();
    tableRow(cells({bi(QStringLiteral("指标"), QStringLiteral("Metric"), kTableHead, QStringLiteral(" · "))},
                     {Para {m_d.name.get(primary()), headA, {}}}, {Para {m_b->name.get(primary()), headB, {}}},
                     {bi(QStringLiteral("差值"), QStringLiteral("Difference"), kTableHead, QStringLiteral(" · "))},
                     {bi(QStringLiteral("比值"), QStringLiteral("Ratio"), kTableHead, QStringLiteral(" · "))}),
            2 * kU, false, 1);
    bool stripe = true;
    const Style valueStyle {9, true, kColors.ink, 1.45};
    for (const MetricComparison &c : rows) {
        const Metric &m = *c.metric;
        const Unit *unit = m_data.unit(m.unit);
        const int count = m.countWithData();
        Paras label, a, b, diff, ratio;
        auto rankCell = [&](std::optional<int> rank, bool tied, Lang lang) {
            if (!rank)
                return QStringLiteral("—");
            return sim::rankText(*rank, count, lang, tied);
        };
        for (Lang lang : {Lang::Zh, Lang::En}) {
            if ((lang == Lang::Zh && !zh()) || (lang == Lang::En && !en()))
                continue;
            const bool secondary = lang == Lang::En && both();
            const Style s = secondary ? kCellEn : kCell;
            const QString year = m.year
                    ? (lang == Lang::Zh ? QStringLiteral("（%1年）").arg(*m.year) : QStringLiteral(" (%1)").arg(*m.year))
                    : QString();
            label.push_back({m.label.get(lang) + year, s, {}});
            const QString u = unitLabel(unit, lang);
            if (!u.isEmpty() && !secondary)
                label.push_back({(lang == Lang::Zh ? QStringLiteral("单位：") : QStringLiteral("Unit: ")) + u, kSmall, {}});
            // In both languages, a number that reads the same in English (a count, a ratio) is shown once.
            auto push = [secondary](Paras &cell, const QString &text, const Style &style) {
                if (secondary && !cell.empty() && cell.front().text == text)
                    return;
                cell.push_back({text, style, {}});
            };
            push(a, formatMetricValue(m, c.a, unit, lang), c.a && !secondary ? valueStyle : s);
            a.push_back({rankCell(c.rankA, c.tiedA, lang), kSmall, {}});
            push(b, formatMetricValue(m, c.b, unit, lang), c.b && !secondary ? valueStyle : s);
            b.push_back({rankCell(c.rankB, c.tiedB, lang), kSmall, {}});
            push(diff,
                    c.difference ? (*c.difference > 0 ? QStringLiteral("+") : QString())
                                    + formatMetricValue(m, c.difference, unit, lang)
                                 : QStringLiteral("—"),
                    s);
            push(ratio, formatRatio(c.ratio, lang), s);
        }
        tableRow(cells(label, a, b, diff, ratio), 0, stripe);
        stripe = !stripe;
    }
    keepTogether(from);
    QStringList zhNotes, enNotes;
    zhNotes << QStringLiteral("差值为%1减%2，比值为%1除以%2。").arg(m_d.name.zh, m_b->name.zh);
    enNotes << QStringLiteral("Difference: %1 minus %2; ratio: %1 divided by %2.").arg(m_d.name.en, m_b->name.en);
    zhNotes << QStringLiteral("排名在有数据的区之间计算；“暂无数据”不参与排名，也不计为零，此时差值与比值记为“—”"
                              "（除数为零时比值亦记为“—”）。");
    enNotes << QStringLiteral("Ranks are among the districts with data; a district with no data takes no rank and is never "
                              "counted as zero, and then the difference and ratio are shown as “—” (as is a ratio "
                              "whose divisor is zero).");
    std::vector<QString> seen;
    for (const Metric &m : m_data.metrics) {
        if (m.isDerived() || std::find(seen.begin(), seen.end(), m.source) != seen.end())
            continue;
        seen.push_back(m.source);
        zhNotes << QStringLiteral("来源：") + sourceTitle(m.source, Lang::Zh) + QStringLiteral("。");
        enNotes << QStringLiteral("Source: ") + sourceTitle(m.source, Lang::En) + QStringLiteral(".");
    }
    if (zh())
        paragraph(zhNotes.join(QString()), kSmall, 0, 5 * kU);
    if (en())
        paragraph(enNotes.join(QLatin1Char(' ')), kSmall, 0, zh() ? 1 * kU : 5 * kU);
}

void CompareReport::compareProfiles()
{
    heading(QStringLiteral("两区概况对照"), QStringLiteral("Profiles side by side"));
    {
        Runs note;
        if (zh())
            note.add(QStringLiteral(
                             "同一行并列两区同一类别的各项；两区共有的项目（同一重点产业或同名项目）排在前面，并标注“共有”。"),
                    kSmall);
        if (both())
            note.add(QStringLiteral(" "), kSmall);
        if (en())
            note.add(QStringLiteral("Each row sets the two districts' items of a section side by side; items both have (the same "
                                    "focus industry, or the same name) come first, marked “shared”."),
                    kSmall);
        paragraph(note.para(), 0, 2 * kU);
    }
    const std::vector<AlignedItem> items = alignProfiles(m_data, size_t(m_index), size_t(m_other));
    const qreal w = m_body.width();
    const qreal colW = (w - 12 * kU) / 2;
    const Style sharedStyle {7, true, kColors.accent, 1.45};
    auto side = [&](const Text &text, bool shared) {
        Paras p;
        if (text.zh.isEmpty() && text.en.isEmpty())
            return p;
        for (Lang lang : {Lang::Zh, Lang::En}) {
            if ((lang == Lang::Zh && !zh()) || (lang == Lang::En && !en()))
                continue;
            const bool secondary = lang == Lang::En && both();
            Runs r;
            r.add(text.get(lang), secondary ? kCellEn : kCell);
            if (shared && (lang == Lang::Zh || !zh()))
                r.add(both()                       ? QStringLiteral("  共有 · shared")
                                : lang == Lang::Zh ? QStringLiteral("  共有")
                                                   : QStringLiteral("  shared"),
                        sharedStyle);
            p.push_back(r.para());
        }
        return p;
    };
    static const std::vector<std::tuple<QString, QString, QString>> sections = {
            {QStringLiteral("industries"), QStringLiteral("重点产业"), QStringLiteral("Focus industries")},
            {QStringLiteral("platforms"), QStringLiteral("平台与载体"), QStringLiteral("Platforms")},
            {QStringLiteral("policies"), QStringLiteral("政策与规划"), QStringLiteral("Policies and plans")},
            {QStringLiteral("initiatives"), QStringLiteral("举措与活动"), QStringLiteral("Initiatives and events")},
            {QStringLiteral("figures"), QStringLiteral("关键数据"), QStringLiteral("Key figures")},
    };
    const Style headA {7.5, true, kColorA, 1.6};
    const Style headB {7.5, true, kTextB, 1.6};
    for (const auto &[key, zhTitle, enTitle] : sections) {
        // A sub-heading with the two names over the columns.
        const Style sub {10, true, kColors.ink, 1.45};
        Runs title;
        if (zh())
            title.add(zhTitle, sub);
        if (both())
            title.add(QStringLiteral("  "), sub).add(enTitle, Style {9, false, kColors.muted, 1.45});
        else if (en())
            title.add(enTitle, sub);
        const size_t from = m_rows.size();
        tableRow({Cell {0, w, {title.para()}, false}}, 12 * kU, false, 1);
        tableRow({Cell {4 * kU, colW - 8 * kU, {Para {m_d.name.get(primary()), headA, {}}}, false},
                         Cell {colW + 12 * kU, colW - 4 * kU, {Para {m_b->name.get(primary()), headB, {}}}, false}},
                0, false, 1);
        bool any = false;
        bool stripe = true;
        for (const AlignedItem &it : items) {
            if (it.section != key)
                continue;
            any = true;
            tableRow({Cell {4 * kU, colW - 8 * kU, side(it.left, it.leftShared), false},
                             Cell {colW + 12 * kU, colW - 4 * kU, side(it.right, it.rightShared), false}},
                    0, stripe);
            stripe = !stripe;
        }
        if (!any)
            emptyNote();
        // Keep the sub-heading with at least its first row.
        if (m_rows.size() > from + 2)
            m_rows[from + 1].keepWithNext = std::max(m_rows[from + 1].keepWithNext, 1);
    }
}

void CompareReport::build()
{
    compareTitleBlock();
    compareMap();
    compareMetricsTable();
    compareProfiles();
    dataSources();
}

QString CompareReport::documentTitle() const
{
    return pick(m_d.name.zh + QStringLiteral("与") + m_b->name.zh + QStringLiteral("科技创新对比"),
            m_d.name.en + QStringLiteral(" and ") + m_b->name.en + QStringLiteral(": innovation comparison"),
            QStringLiteral(" — "));
}

Text CompareReport::contentUse() const
{
    return {QStringLiteral("两区的创新品牌与概况"), QStringLiteral("both districts' innovation content")};
}

void CompareReport::runningHead(Runs &head) const
{
    if (zh())
        head.add(m_d.name.zh + QStringLiteral(" 与 ") + m_b->name.zh + QStringLiteral(" · 区科技创新对比"), kFooter);
    if (both())
        head.add(QStringLiteral(" · "), kFooter);
    if (en())
        head.add(m_d.name.en + QStringLiteral(" vs ") + m_b->name.en + QStringLiteral(" · District comparison"), kFooter);
}

} // namespace sim::pdf
