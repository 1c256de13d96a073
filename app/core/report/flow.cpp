// SPDX-License-Identifier: MIT
#include "report/flow.h"

#include <QPdfWriter>

#include <algorithm>

namespace sim::pdf {

ReportFlow::ReportFlow(const Dataset &data, const ReportOptions &options, const ReportFont &fonts, QPaintDevice *device)
    : m_data(data), m_options(options), m_family(fonts.family), m_latin(fonts.latinFamily), m_device(device)
{
    m_generated = options.generated.isValid() ? options.generated : QDateTime::currentDateTime();
    m_page = QRectF(0, 0, 595.276 * kU, 841.89 * kU);
    m_body = QRectF(kMarginX * kU, kMarginTop * kU, m_page.width() - 2 * kMarginX * kU,
            m_page.height() - (kMarginTop + kMarginBottom) * kU);
}

QFont ReportFlow::font(const Style &s, QStringView text) const
{
    QFont f;
    f.setFamilies(families(text));
    f.setPointSizeF(s.size);
    f.setBold(s.bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    // No ligatures: the text layer would say "ﬁ" (U+FB01) where the data says "fi".
    f.setFeature(QFont::Tag("liga"), 0);
    f.setFeature(QFont::Tag("clig"), 0);
    return f;
}

Laid ReportFlow::lay(const Para &p, qreal width) const
{
    Laid l;
    l.style = p.style;
    l.pitch = p.style.size * p.style.leading * kU;
    l.layout = std::make_shared<QTextLayout>(p.text, font(p.style, p.text), m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    l.layout->setTextOption(option);
    Formats formats = p.formats;
    for (auto &f : formats)
        f.format.setFontFamilies(families(QStringView(p.text).mid(f.start, f.length)));
    l.layout->setFormats(formats);
    l.layout->beginLayout();
    qreal y = 0;
    const QString &text = p.text;
    for (QTextLine line = l.layout->createLine(); line.isValid(); line = l.layout->createLine()) {
        line.setLineWidth(std::max<qreal>(width, kU));
        // Never end a line at a hyphen: pdftotext would join "three-" + "year" as "threeyear".
        // Break before the hyphenated word instead (when the line has another break).
        const int start = line.textStart();
        const int end = start + line.textLength();
        if (end > start && end < text.size() && (text[end - 1] == QLatin1Char('-') || text[end - 1] == QChar(0x2010))) {
            int space = end - 2;
            while (space > start && !text[space].isSpace())
                --space;
            if (space > start)
                line.setNumColumns(space + 1 - start, std::max<qreal>(width, kU));
        }
        line.setPosition(QPointF(0, y));
        y += l.pitch;
    }
    l.layout->endLayout();
    return l;
}

void ReportFlow::paragraph(
        const Para &p, qreal indent, qreal spaceBefore, int keepFirst, std::function<void(QPainter &, const QRectF &)> decoration)
{
    const Laid l = lay(p, m_body.width() - indent);
    const qreal x = m_body.left() + indent;
    for (int i = 0; i < l.lines(); ++i) {
        Row r;
        r.height = l.pitch;
        r.spaceBefore = i == 0 ? spaceBefore : 0;
        r.keepWithNext = i == 0 ? std::max(keepFirst, l.lines() > 1 ? 1 : 0) : (i + 2 == l.lines() ? 1 : 0);
        r.paint = [l, i, x, decoration, this](QPainter &painter, qreal top) {
            if (decoration)
                decoration(painter, QRectF(m_body.left(), top, m_body.width(), l.pitch));
            l.drawLine(painter, i, x, top);
        };
        addRow(std::move(r));
    }
}

void ReportFlow::hanging(const QString &markerText, const Style &markerStyle, const Paras &paras, qreal indent, qreal spaceBefore)
{
    const Laid m = lay(markerText, markerStyle, indent);
    const size_t from = m_rows.size();
    bool first = true;
    for (const Para &p : paras) {
        if (p.text.isEmpty())
            continue;
        const Laid l = lay(p, m_body.width() - indent);
        for (int i = 0; i < l.lines(); ++i) {
            Row r;
            r.height = l.pitch;
            r.spaceBefore = first && i == 0 ? spaceBefore : 0;
            r.keepWithNext = 0;
            const bool drawMarker = first && i == 0;
            r.paint = [l, m, i, drawMarker, indent, this](QPainter &painter, qreal top) {
                if (drawMarker)
                    m.drawLine(painter, 0, m_body.left(), top + (l.pitch - m.pitch) / 2);
                l.drawLine(painter, i, m_body.left() + indent, top);
            };
            addRow(std::move(r));
        }
        first = false;
    }
    keepTogether(from);
}

void ReportFlow::tableRow(std::vector<Cell> cells, qreal spaceBefore, bool stripe, int keepWithNext)
{
    struct CellLaid {
        Cell cell;
        std::vector<Laid> parts;
        qreal height = 0;
    };
    std::vector<CellLaid> laid;
    qreal height = 0;
    for (Cell &c : cells) {
        CellLaid cl {c, {}, 0};
        for (const Para &p : c.paras) {
            if (p.text.isEmpty())
                continue;
            cl.parts.push_back(lay(p, c.width));
            cl.height += cl.parts.back().height();
        }
        height = std::max(height, cl.height);
        laid.push_back(std::move(cl));
    }
    const qreal pad = 3 * kU;
    // A row taller than half a page would not fit on one: flow its cells one after the other.
    if (height + 2 * pad > m_body.height() / 2) {
        bool first = true;
        for (const Cell &c : cells) {
            for (const Para &p : c.paras) {
                if (!p.text.isEmpty())
                    paragraph(p, c.x, first ? spaceBefore : 0);
                first = false;
            }
        }
        return;
    }
    Row r;
    r.height = height + 2 * pad;
    r.spaceBefore = spaceBefore;
    r.keepWithNext = keepWithNext;
    r.paint = [laid, stripe, pad, h = r.height, this](QPainter &painter, qreal top) {
        if (stripe) {
            painter.fillRect(QRectF(m_body.left(), top, m_body.width(), h), kColors.stripe);
        }
        painter.setPen(QPen(kColors.rule, 0.5 * kU));
        painter.drawLine(QPointF(m_body.left(), top + h), QPointF(m_body.right(), top + h));
        for (const CellLaid &c : laid) {
            qreal y = top + pad;
            for (const Laid &l : c.parts) {
                for (int i = 0; i < l.lines(); ++i) {
                    const qreal x = m_body.left() + c.cell.x + (c.cell.alignRight ? c.cell.width - l.naturalWidth(i) : 0);
                    l.drawLine(painter, i, x, y);
                    y += l.pitch;
                }
            }
        }
    };
    addRow(std::move(r));
}

void ReportFlow::heading(const QString &zhText, const QString &enText)
{
    Runs runs;
    if (zh())
        runs.add(zhText, kHeading);
    if (both())
        runs.add(QStringLiteral("  "), kHeading);
    if (en())
        runs.add(enText, both() ? Style {10, false, kColors.muted, 1.4} : kHeading);
    const Laid l = lay(runs.para(), m_body.width());
    const qreal gap = 4 * kU;
    for (int i = 0; i < l.lines(); ++i) {
        const bool last = i + 1 == l.lines();
        Row r;
        r.height = l.pitch + (last ? gap : 0);
        r.spaceBefore = i == 0 ? 18 * kU : 0;
        r.keepWithNext = 1; // with what follows it (a table or an item keeps itself together)
        r.paint = [l, i, last, this](QPainter &painter, qreal top) {
            if (i == 0)
                painter.fillRect(QRectF(m_body.left(), top + l.pitch * 0.22, 2.5 * kU, l.pitch * 0.56), kColors.accent);
            l.drawLine(painter, i, m_body.left() + 8 * kU, top);
            if (last) {
                painter.setPen(QPen(kColors.rule, 0.6 * kU));
                const qreal y = top + l.pitch + 1.5 * kU;
                painter.drawLine(QPointF(m_body.left(), y), QPointF(m_body.right(), y));
            }
        };
        addRow(std::move(r));
    }
}

void ReportFlow::emptyNote()
{
    paragraph(bi(QStringLiteral("原文未列出。"), QStringLiteral("None named in the source."), kSmall, QStringLiteral(" ")), 0,
            2 * kU);
}

// ---------------------------------------------------------------------------------------------
// Citations

int ReportFlow::cite(const SourceRef &ref, const QString &whoZh, const QString &whoEn)
{
    auto it = std::find_if(m_citations.begin(), m_citations.end(),
            [&](const Citation &c) { return c.ref.ref == ref.ref && c.ref.quote == ref.quote; });
    if (it == m_citations.end()) {
        m_citations.push_back({ref, {}, {}});
        it = std::prev(m_citations.end());
    }
    if (!it->whoZh.contains(whoZh))
        it->whoZh << whoZh;
    if (!it->whoEn.contains(whoEn))
        it->whoEn << whoEn;
    return int(it - m_citations.begin()) + 1;
}

QString ReportFlow::marker(const std::vector<int> &numbers) const
{
    std::vector<int> n = numbers;
    std::sort(n.begin(), n.end());
    n.erase(std::unique(n.begin(), n.end()), n.end());
    QStringList parts;
    for (int x : n)
        parts << QString::number(x);
    return parts.isEmpty() ? QString() : QStringLiteral("[") + parts.join(QStringLiteral(", ")) + QStringLiteral("]");
}

int ReportFlow::sourceNumber(const QString &sourceId) const
{
    for (size_t i = 0; i < m_data.sources.size(); ++i)
        if (m_data.sources[i].id == sourceId)
            return int(i) + 1;
    return 0;
}

QString ReportFlow::sourceTitle(const QString &sourceId, Lang lang) const
{
    const Source *s = m_data.source(sourceId);
    if (!s)
        return sourceId;
    return QStringLiteral("[S%1] ").arg(sourceNumber(sourceId)) + s->title.get(lang);
}

void ReportFlow::sourceSentences()
{
    heading(QStringLiteral("原文出处"), QStringLiteral("Source sentences"));
    // The note stays with the first sentence.
    if (zh())
        paragraph(Para {QStringLiteral("上文每一项后的编号指向下列原文句子（逐字引用）。"), kSmall, {}}, 0, 2 * kU, 1);
    if (en())
        paragraph(Para {QStringLiteral(
                                "Each number above points to the sentence below, quoted word for word in the original Chinese."),
                          kSmall, {}},
                0, zh() ? 0 : 2 * kU, 1);
    const qreal indent = 22 * kU;
    const Style num {8, true, kColors.accent, 1.55};
    for (size_t k = 0; k < m_citations.size(); ++k) {
        const Citation &c = m_citations[k];
        Paras paras;
        paras.push_back({c.ref.quote, kQuote, {}});
        if (zh())
            paras.push_back({QStringLiteral("出处：") + sourceTitle(c.ref.ref, Lang::Zh), kSmall, {}});
        if (en())
            paras.push_back({QStringLiteral("From: ") + sourceTitle(c.ref.ref, Lang::En), kSmall, {}});
        if (zh())
            paras.push_back({QStringLiteral("用于：") + c.whoZh.join(QStringLiteral("；")), kSmall, {}});
        if (en())
            paras.push_back({QStringLiteral("Used for: ") + c.whoEn.join(QStringLiteral("; ")), kSmall, {}});
        hanging(QStringLiteral("[%1]").arg(k + 1), num, paras, indent, 6 * kU);
    }
}

void ReportFlow::dataSources()
{
    heading(QStringLiteral("数据来源"), QStringLiteral("Data sources"));
    const qreal indent = 22 * kU;
    const Style num {8, true, kColors.accent, 1.55};
    const Style titleStyle {9, true, kColors.ink, 1.5};
    for (size_t k = 0; k < m_data.sources.size(); ++k) {
        const Source &s = m_data.sources[k];
        Paras paras;
        if (zh())
            paras.push_back({s.title.zh, titleStyle, {}});
        if (en())
            paras.push_back({s.title.en, both() ? Style {8.5, false, kColors.ink, 1.45} : titleStyle, {}});
        const QString year = s.year ? QString::number(*s.year) : QString();
        auto withYear = [&](const QString &publisher, Lang lang) {
            if (year.isEmpty())
                return publisher;
            return publisher + (lang == Lang::Zh ? QStringLiteral("，%1年").arg(year) : QStringLiteral(", ") + year);
        };
        if (zh())
            paras.push_back({QStringLiteral("发布：") + withYear(s.publisher.zh, Lang::Zh), kSmall, {}});
        if (en())
            paras.push_back({QStringLiteral("Publisher: ") + withYear(s.publisher.en, Lang::En), kSmall, {}});
        if (both()) {
            Runs r;
            r.add(QStringLiteral("网址"), kSmall).add(QStringLiteral(" / URL: "), kSmall);
            if (s.url.isEmpty())
                r.add(QStringLiteral("无"), kSmall).add(QStringLiteral(" / none"), kSmall);
            else
                r.add(s.url, kSmall);
            paras.push_back(r.para());
        } else if (zh()) {
            paras.push_back({QStringLiteral("网址：") + (s.url.isEmpty() ? QStringLiteral("无") : s.url), kSmall, {}});
        } else {
            paras.push_back({QStringLiteral("URL: ") + (s.url.isEmpty() ? QStringLiteral("none") : s.url), kSmall, {}});
        }
        if (zh())
            paras.push_back({QStringLiteral("许可：") + s.licence.zh, kSmall, {}});
        if (en())
            paras.push_back({QStringLiteral("Licence: ") + s.licence.en, kSmall, {}});
        // What it is used for in this report.
        QStringList useZh, useEn;
        if (std::any_of(m_citations.begin(), m_citations.end(), [&](const Citation &c) { return c.ref.ref == s.id; })) {
            const Text use = contentUse();
            useZh << use.zh;
            useEn << use.en;
        }
        if (std::any_of(m_data.metrics.begin(), m_data.metrics.end(), [&](const Metric &m) { return m.source == s.id; })) {
            useZh << QStringLiteral("可比指标");
            useEn << QStringLiteral("comparable metrics");
        }
        if (!useZh.isEmpty()) {
            if (zh())
                paras.push_back({QStringLiteral("本报告用于：") + useZh.join(QStringLiteral("、")), kSmall, {}});
            if (en())
                paras.push_back({QStringLiteral("Used here for: ") + useEn.join(QStringLiteral(", ")), kSmall, {}});
        }
        hanging(QStringLiteral("[S%1]").arg(k + 1), num, paras, indent, 7 * kU);
    }
}

int ReportFlow::paginate()
{
    m_placed.clear();
    int page = 0;
    qreal y = m_body.top();
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        const bool atTop = y <= m_body.top();
        qreal space = atTop ? 0 : r.spaceBefore;
        // This row and the rows it keeps with it: the chain of keepWithNext.
        qreal need = space + r.height;
        size_t j = i;
        int keep = r.keepWithNext;
        while (keep > 0 && j + 1 < m_rows.size()) {
            ++j;
            need += m_rows[j].spaceBefore + m_rows[j].height;
            keep = std::max(keep - 1, m_rows[j].keepWithNext);
            if (need > m_body.height())
                break;
        }
        // A group taller than a page cannot be kept together: then only the row itself must fit.
        if (need > m_body.height())
            need = space + r.height;
        if (!atTop && y + need > m_body.bottom() + 0.01) {
            ++page;
            y = m_body.top();
            space = 0;
        }
        m_placed.push_back({page, y + space, i});
        y += space + r.height;
    }
    m_pages = page + 1;
    return m_pages;
}

void ReportFlow::paintChrome(QPainter &p, int page, int pages)
{
    const qreal x0 = m_body.left(), x1 = m_body.right();
    if (page == 0) {
        p.fillRect(QRectF(0, 0, m_page.width(), 6 * kU), kColors.accent);
    } else {
        // A running head: which district, and the brand.
        Runs head;
        runningHead(head);
        const Laid left = lay(head.para(), m_body.width() * 0.7);
        const Laid right = lay(QStringLiteral("Shanghai Innovation Map"), kFooter, m_body.width() * 0.3);
        const qreal y = (kMarginTop - 26) * kU;
        left.drawLine(p, 0, x0, y);
        right.drawLine(p, 0, x1 - right.naturalWidth(0), y);
        p.setPen(QPen(kColors.rule, 0.5 * kU));
        p.drawLine(QPointF(x0, y + left.pitch + 2 * kU), QPointF(x1, y + left.pitch + 2 * kU));
    }
    // The footer: when, which data, which page.
    const QString when = m_generated.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    Runs meta, pageText;
    if (zh()) {
        meta.add(QStringLiteral("生成于 %1 · 数据版本 %2").arg(when, m_data.version), kFooter);
        pageText.add(QStringLiteral("第 %1 页，共 %2 页").arg(page + 1).arg(pages), kFooter);
    }
    if (both()) {
        meta.add(QStringLiteral(" · "), kFooter);
        pageText.add(QStringLiteral(" · "), kFooter);
    }
    if (en()) {
        meta.add(QStringLiteral("Generated %1 · data version %2").arg(when, m_data.version), kFooter);
        pageText.add(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages), kFooter);
    }
    const Laid right = lay(pageText.para(), m_body.width() * 0.4);
    const qreal rightW = right.naturalWidth(0);
    const Laid left = lay(meta.para(), m_body.width() - rightW - 12 * kU);
    const qreal y = m_page.height() - (kMarginBottom - 24) * kU;
    p.setPen(QPen(kColors.rule, 0.5 * kU));
    p.drawLine(QPointF(x0, y - 4 * kU), QPointF(x1, y - 4 * kU));
    for (int i = 0; i < left.lines(); ++i)
        left.drawLine(p, i, x0, y + i * left.pitch);
    right.drawLine(p, 0, x1 - rightW, y);
}

void ReportFlow::paint(QPainter &painter, QPdfWriter &writer)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    int page = 0;
    paintChrome(painter, 0, m_pages);
    for (const Placed &pl : m_placed) {
        while (pl.page > page) {
            writer.newPage();
            ++page;
            paintChrome(painter, page, m_pages);
        }
        m_rows[pl.row].paint(painter, pl.top);
    }
}

} // namespace sim::pdf
