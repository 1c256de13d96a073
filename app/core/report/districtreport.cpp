// SPDX-License-Identifier: MIT
#include "report/districtreport.h"

#include "render/mappainter.h"
#include "text/format.h"

#include <algorithm>

namespace sim::pdf {

void DistrictReport::titleBlock()
{
    // Eyebrow: what this is, and the application's brand.
    {
        const qreal w = m_body.width();
        Cell left {0, w * 0.6,
                {bi(QStringLiteral("区科技创新概览"), QStringLiteral("DISTRICT INNOVATION SUMMARY"), kEyebrow,
                        QStringLiteral(" · "))},
                false};
        Cell right {w * 0.6, w * 0.4, {Para {QStringLiteral("Shanghai Innovation Map"), kBrandLine, {}}}, true};
        std::vector<Cell> cells {left, right};
        std::vector<Laid> laid;
        for (const Cell &c : cells)
            laid.push_back(lay(c.paras.front(), c.width));
        Row r;
        r.height = std::max(laid[0].height(), laid[1].height());
        r.paint = [laid, cells, this](QPainter &painter, qreal top) {
            for (size_t k = 0; k < laid.size(); ++k)
                for (int i = 0; i < laid[k].lines(); ++i)
                    laid[k].drawLine(painter, i,
                            m_body.left() + cells[k].x + (cells[k].alignRight ? cells[k].width - laid[k].naturalWidth(i) : 0),
                            top + i * laid[k].pitch);
        };
        addRow(std::move(r));
    }
    // The district's names: the report's language first, the other one under it.
    const Lang first = primary();
    paragraph(m_d.name.get(first), kTitle, 0, 8 * kU);
    paragraph(m_d.name.get(first == Lang::Zh ? Lang::En : Lang::Zh), kSubtitle, 0, 1 * kU);
    paragraph(bi(m_data.title.zh, m_data.title.en, kSmall, QStringLiteral(" · ")), 0, 2 * kU);

    // The innovation brand, in a callout.
    const int n = cite(m_d.brand.source, QStringLiteral("创新品牌"), QStringLiteral("innovation brand"));
    auto band = [](QPainter &painter, const QRectF &r) {
        painter.fillRect(r, kColors.accentSoft);
        painter.fillRect(QRectF(r.left(), r.top(), 3 * kU, r.height()), kColors.accent);
    };
    const qreal indent = 14 * kU;
    Row pad;
    pad.height = 6 * kU;
    pad.spaceBefore = 12 * kU;
    pad.keepWithNext = 2;
    pad.paint = [band, this](QPainter &painter, qreal top) { band(painter, QRectF(m_body.left(), top, m_body.width(), 6 * kU)); };
    addRow(pad);
    Para label = bi(QStringLiteral("创新品牌"), QStringLiteral("Innovation brand"), kCalloutLabel, QStringLiteral(" · "));
    label.formats.append({int(label.text.size()), int(marker({n}).size()) + 2, charFormat(kCalloutLabel)});
    label.text += QStringLiteral("  ") + marker({n});
    paragraph(label, indent, 0, 1, band);
    if (zh())
        paragraph(Para {m_d.brand.text.zh, kBrand, {}}, indent, 0, 1, band);
    if (en())
        paragraph(Para {m_d.brand.text.en, both() ? kBrandEn : kBrand, {}}, indent, 0, 1, band);
    Row end = pad;
    end.spaceBefore = 0;
    end.keepWithNext = 0;
    addRow(end);
}

void DistrictReport::maps()
{
    const qreal gap = 14 * kU;
    const qreal w = (m_body.width() - gap) / 2;
    const qreal mapH = w;
    const Lang labelLang = primary();
    const QString nameP = m_d.name.get(primary());

    MapStyle city;
    city.labelFont = QFont(m_family);
    city.labelFont.setPointSizeF(6);
    city.labelFont.setHintingPreference(QFont::PreferNoHinting);
    city.scaleBar = true;
    MapStyle close = city;
    close.land = QColor(0xf9, 0xf7, 0xf2);
    close.outline = QColor(0xb4, 0xbc, 0xc6);
    close.label = QColor(0x70, 0x7b, 0x88);
    close.labelFont.setPointSizeF(7);
    close.bilingualLabels = both();
    close.highlightOutlineWidth = 1.8;

    const Bounds cityView = padded(m_data.bounds, 0.03);
    const Bounds closeView = padded(m_data.shapes[size_t(m_index)].bounds, 0.2);

    // Captions.
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
    const Laid cap1
            = caption(1, QStringLiteral("%1在上海市的位置").arg(m_d.name.zh), QStringLiteral("%1 in Shanghai").arg(m_d.name.en));
    const Laid cap2 = caption(
            2, QStringLiteral("%1及相邻各区").arg(m_d.name.zh), QStringLiteral("%1 and its neighbours").arg(m_d.name.en));
    const qreal capH = std::max(cap1.height(), cap2.height());

    // Legend: the highlight, the other districts, where the boundaries come from.
    const qreal swatch = 7 * kU;
    const Laid key1 = lay(nameP, kCaption, w);
    const Laid key2 = lay(bi(QStringLiteral("其他区"), QStringLiteral("other districts"), kCaption, QStringLiteral(" / ")), w);
    const Laid noteLaid
            = lay(bi(QStringLiteral("Web墨卡托投影。行政边界的来源与许可见“数据来源”。"),
                          QStringLiteral("Web Mercator projection. For the boundaries’ origin and licence see “Data sources”."),
                          kCaption, QStringLiteral(" ")),
                    m_body.width());
    const qreal legendH = key1.pitch + noteLaid.height();

    Row r;
    r.spaceBefore = 16 * kU;
    r.height = mapH + 4 * kU + capH + 5 * kU + legendH;
    r.paint = [=, this](QPainter &painter, qreal top) {
        const QRectF left(m_body.left(), top, w, mapH);
        const QRectF right(m_body.left() + w + gap, top, w, mapH);
        paintMap(painter, m_data, left, cityView, city, {}, m_index, labelLang, true);
        paintMap(painter, m_data, right, closeView, close, {}, m_index, labelLang, true);
        qreal y = top + mapH + 4 * kU;
        for (int i = 0; i < cap1.lines(); ++i)
            cap1.drawLine(painter, i, left.left(), y + i * cap1.pitch);
        for (int i = 0; i < cap2.lines(); ++i)
            cap2.drawLine(painter, i, right.left(), y + i * cap2.pitch);
        y += capH + 5 * kU;
        qreal x = m_body.left();
        auto key = [&](const Laid &text, const QColor &fill, const QColor &outline, qreal width) {
            painter.setPen(QPen(outline, width * kU));
            painter.setBrush(fill);
            painter.drawRect(QRectF(x, y + (text.pitch - swatch) / 2, swatch, swatch));
            x += swatch + 4 * kU;
            text.drawLine(painter, 0, x, y);
            x += text.naturalWidth(0) + 14 * kU;
        };
        key(key1, city.highlightFill, city.highlightOutline, 1.0);
        key(key2, city.land, city.outline, 0.5);
        y += key1.pitch;
        for (int i = 0; i < noteLaid.lines(); ++i)
            noteLaid.drawLine(painter, i, m_body.left(), y + i * noteLaid.pitch);
    };
    addRow(std::move(r));
}

void DistrictReport::summary()
{
    heading(QStringLiteral("概况"), QStringLiteral("Summary"));
    const int n = cite(m_d.summary.source, QStringLiteral("概况"), QStringLiteral("summary"));
    if (zh()) {
        Runs r;
        r.add(m_d.summary.text.zh, kBody).add(QStringLiteral(" ") + marker({n}), Style {7, false, kColors.accent, 1.5});
        paragraph(r.para(), 0, 2 * kU);
    }
    if (en()) {
        Runs r;
        r.add(m_d.summary.text.en, both() ? kBodyEn : kBody);
        if (!zh())
            r.add(QStringLiteral(" ") + marker({n}), Style {7, false, kColors.accent, 1.5});
        paragraph(r.para(), 0, zh() ? 5 * kU : 2 * kU);
    }
}

void DistrictReport::industries()
{
    heading(sectionTitle(Section::Industries));
    if (m_d.industries.empty()) {
        emptyNote();
        return;
    }
    std::vector<int> numbers;
    QStringList zhNames, enNames;
    for (const Industry &i : m_d.industries) {
        numbers.push_back(
                cite(i.source, QStringLiteral("重点产业：") + i.name.zh, QStringLiteral("focus industry: ") + i.name.en));
        zhNames << i.name.zh;
        enNames << i.name.en;
    }
    const Style mk {7, false, kColors.accent, 1.5};
    const Style zhStyle {10, true, kColors.ink, 1.6};
    if (zh()) {
        Runs r;
        r.add(zhNames.join(QStringLiteral(" · ")), zhStyle).add(QStringLiteral(" ") + marker(numbers), mk);
        paragraph(r.para(), 0, 2 * kU);
    }
    if (en()) {
        Runs r;
        r.add(enNames.join(QStringLiteral(" · ")), both() ? kItemEn : zhStyle);
        if (!zh())
            r.add(QStringLiteral(" ") + marker(numbers), mk);
        paragraph(r.para(), 0, zh() ? 1 * kU : 2 * kU);
    }
}

void DistrictReport::figures()
{
    heading(sectionTitle(Section::Figures));
    if (m_d.figures.empty()) {
        emptyNote();
        return;
    }
    const qreal w = m_body.width();
    const qreal valueW = w * 0.3;
    const Style mk {7, false, kColors.accent, 1.5};
    auto relatedName = [this](const QString &id) -> const Text * {
        const ProfileItem *x = m_d.item(id);
        return x ? &x->name : nullptr;
    };
    const size_t from = m_rows.size();
    bool stripe = false;
    for (const Figure &f : m_d.figures) {
        const Unit *unit = m_data.unit(f.unit);
        const int n = cite(f.source, QStringLiteral("关键数据：") + formatFigure(f, unit, Lang::Zh),
                QStringLiteral("key figure: ") + formatFigure(f, unit, Lang::En));
        Cell value {6 * kU, valueW - 12 * kU, {}, false};
        Cell label {valueW, w - valueW - 6 * kU, {}, false};
        if (zh())
            value.paras.push_back({formatFigure(f, unit, Lang::Zh), kFigure, {}});
        if (en())
            value.paras.push_back({formatFigure(f, unit, Lang::En), both() ? kFigureEn : kFigure, {}});
        if (zh()) {
            Runs r;
            r.add(f.label.zh, kCell).add(QStringLiteral(" ") + marker({n}), mk);
            label.paras.push_back(r.para());
        }
        if (en()) {
            Runs r;
            r.add(f.label.en, both() ? kCellEn : kCell);
            if (!zh())
                r.add(QStringLiteral(" ") + marker({n}), mk);
            label.paras.push_back(r.para());
        }
        if (const Text *rel = relatedName(f.relatesTo)) {
            if (zh())
                label.paras.push_back({QStringLiteral("关于：") + rel->zh, kSmall, {}});
            if (en())
                label.paras.push_back({QStringLiteral("Relates to: ") + rel->en, kSmall, {}});
        }
        tableRow({value, label}, 0, stripe);
        stripe = !stripe;
    }
    keepTogether(from);
}

void DistrictReport::metrics()
{
    heading(QStringLiteral("可比指标与排名"), QStringLiteral("Comparable metrics and rank"));
    if (m_data.metrics.empty()) {
        emptyNote();
        return;
    }
    const qreal w = m_body.width();
    const qreal labelW = w * 0.5, valueW = w * 0.27, rankW = w - labelW - valueW;
    auto cells = [&](Paras a, Paras b, Paras c) {
        return std::vector<Cell> {{6 * kU, labelW - 12 * kU, std::move(a), false}, {labelW, valueW - 12 * kU, std::move(b), true},
                {labelW + valueW, rankW - 6 * kU, std::move(c), true}};
    };
    const size_t from = m_rows.size();
    tableRow(cells({bi(QStringLiteral("指标"), QStringLiteral("Metric"), kTableHead, QStringLiteral(" · "))},
                     {bi(QStringLiteral("数值"), QStringLiteral("Value"), kTableHead, QStringLiteral(" · "))},
                     {bi(QStringLiteral("排名"), QStringLiteral("Rank"), kTableHead, QStringLiteral(" · "))}),
            2 * kU, false, 1);
    bool stripe = true;
    for (const Metric &m : m_data.metrics) {
        const std::optional<double> v = size_t(m_index) < m.values.size() ? m.values[size_t(m_index)] : std::nullopt;
        const std::optional<int> rank = m.rank(size_t(m_index));
        const Unit *unit = m_data.unit(m.unit);
        Paras label, value, ranks;
        const QString yearZh = m.year ? QStringLiteral("（%1年）").arg(*m.year) : QString();
        const QString yearEn = m.year ? QStringLiteral(" (%1)").arg(*m.year) : QString();
        if (zh()) {
            label.push_back({m.label.zh + yearZh, kCell, {}});
            value.push_back({formatMetricValue(m, v, unit, Lang::Zh), v ? Style {9, true, kColors.ink, 1.45} : kCell, {}});
            ranks.push_back({rank ? metricRankText(m, size_t(m_index), Lang::Zh) : QStringLiteral("—"), kCell, {}});
        }
        if (en()) {
            const Style s = both() ? kCellEn : kCell;
            label.push_back({m.label.en + yearEn, s, {}});
            value.push_back({formatMetricValue(m, v, unit, Lang::En), v && !both() ? Style {9, true, kColors.ink, 1.45} : s, {}});
            ranks.push_back(
                    {rank ? metricRankText(m, size_t(m_index), Lang::En) : (both() ? QString() : QStringLiteral("—")), s, {}});
        }
        tableRow(cells(label, value, ranks), 0, stripe);
        stripe = !stripe;
    }
    keepTogether(from);

    // Where the values come from, and what a rank means.
    std::vector<QString> seen;
    QStringList zhNotes, enNotes;
    bool derived = false;
    for (const Metric &m : m_data.metrics) {
        if (m.isDerived()) {
            derived = true;
            continue;
        }
        if (std::find(seen.begin(), seen.end(), m.source) != seen.end())
            continue;
        seen.push_back(m.source);
        zhNotes << QStringLiteral("来源：") + sourceTitle(m.source, Lang::Zh) + QStringLiteral("。");
        enNotes << QStringLiteral("Source: ") + sourceTitle(m.source, Lang::En) + QStringLiteral(".");
    }
    if (derived) {
        const Text note = derivedCountNote(m_data, {}); // what the counts count, and from where
        zhNotes << note.zh;
        enNotes << note.en;
    }
    zhNotes << QStringLiteral("排名在有数据的区之间计算：第1位为数值最大者（“越低越好”的指标为最小者）；数值相同的区名次并列（标"
                              "为“并列”）；“暂无数据”的区不参与排名，也不计为零。");
    enNotes << QStringLiteral(
            "Ranks are among the districts with data: 1st is the largest value (the smallest where lower is better); "
            "districts with the same value share a rank (marked “=”); a district with no data takes no rank and is never counted "
            "as zero.");
    if (zh())
        paragraph(zhNotes.join(QString()), kSmall, 0, 5 * kU);
    if (en())
        paragraph(enNotes.join(QLatin1Char(' ')), kSmall, 0, zh() ? 1 * kU : 5 * kU);
}

void DistrictReport::item(const ProfileItem &x, int citation)
{
    const Text &name = x.name, &description = x.description;
    const QString &kind = x.kind;
    const std::optional<int> year = x.year;
    const Style tag {7.5, false, kColors.muted, 1.45};
    const Style mk {7, false, kColors.accent, 1.45};
    const qreal indent = 10 * kU;
    auto bullet = [](QPainter &painter, const QRectF &r) {
        const qreal s = 3.2 * kU;
        painter.fillRect(QRectF(r.left() + 1 * kU, r.center().y() - s / 2, s, s), kColors.accent);
    };
    auto tags = [&](Lang lang) {
        QString t = kindLabel(kind, lang);
        if (year)
            t += (t.isEmpty() ? QString() : QStringLiteral(" · "))
                    + (lang == Lang::Zh ? QStringLiteral("%1年").arg(*year) : QString::number(*year));
        return t;
    };
    const size_t from = m_rows.size();
    bool firstLine = true;
    auto titleLine = [&](Lang lang, const Style &s) {
        Runs r;
        r.add(name.get(lang), s).add(QStringLiteral("\u2002") + tags(lang), tag);
        if (firstLine)
            r.add(QStringLiteral("\u2002") + marker({citation}), mk);
        const Laid l = lay(r.para(), m_body.width() - indent);
        for (int i = 0; i < l.lines(); ++i) {
            Row row;
            row.height = l.pitch;
            row.spaceBefore = firstLine && i == 0 ? 7 * kU : 0;
            row.keepWithNext = 2;
            const bool b = firstLine && i == 0;
            row.paint = [l, i, b, bullet, indent, this](QPainter &painter, qreal top) {
                if (b)
                    bullet(painter, QRectF(m_body.left(), top, indent, l.pitch));
                l.drawLine(painter, i, m_body.left() + indent, top);
            };
            addRow(std::move(row));
        }
        firstLine = false;
    };
    if (zh())
        titleLine(Lang::Zh, kItem);
    if (en())
        titleLine(Lang::En, both() ? kItemEn : kItem);
    if (zh())
        paragraph(description.zh, kBody, indent, 1 * kU);
    if (en())
        paragraph(description.en, both() ? kBodyEn : kBody, indent, 1 * kU);
    keepTogether(from);
}

void DistrictReport::items(Section section)
{
    heading(sectionTitle(section));
    const std::vector<ProfileItem> &list = m_d.items(section);
    if (list.empty())
        emptyNote();
    const Text noun = itemNoun(section);
    for (const ProfileItem &x : list)
        item(x, cite(x.source, noun.zh + QStringLiteral("：") + x.name.zh, noun.en + QStringLiteral(": ") + x.name.en));
}

void DistrictReport::build()
{
    titleBlock();
    maps();
    summary();
    industries();
    figures();
    metrics();
    for (const Section section : kItemSections)
        items(section);
    sourceSentences();
    dataSources();
}

QString DistrictReport::documentTitle() const
{
    return pick(m_d.name.zh + QStringLiteral("科技创新概览"), m_d.name.en + QStringLiteral(": innovation summary"),
            QStringLiteral(" — "));
}

Text DistrictReport::contentUse() const
{
    return {QStringLiteral("本区的创新内容与原文句子"), QStringLiteral("the district's innovation content and source sentences")};
}

void DistrictReport::runningHead(Runs &head) const
{
    if (zh())
        head.add(m_d.name.zh + QStringLiteral(" · 区科技创新概览"), kFooter);
    if (both())
        head.add(QStringLiteral(" · "), kFooter);
    if (en())
        head.add(m_d.name.en + QStringLiteral(" · District innovation summary"), kFooter);
}

} // namespace sim::pdf
