// SPDX-License-Identifier: MIT
#pragma once

// The PDF reports' flow layout, shared by the district summary and the comparison: text measured
// with QTextLayout before anything is drawn (so a second pass knows the page count), unbreakable
// rows kept together where asked, the page chrome (running head, footer with the data version and
// "page N of M"), numbered source sentences and the dataset's sources. Internal to report/.

#include "data/dataset.h"
#include "report/report.h"
#include "text/vocabulary.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QPainter>
#include <QTextLayout>

#include <functional>
#include <memory>
#include <vector>

class QPdfWriter;

namespace sim::pdf {

constexpr int kDpi = 300;
constexpr qreal kU = kDpi / 72.0; // device pixels per point

// Page geometry in points (A4 portrait: 595.28 × 841.89).
constexpr qreal kMarginX = 50;
constexpr qreal kMarginTop = 54;
constexpr qreal kMarginBottom = 60;

struct Palette {
    QColor ink {0x1b, 0x26, 0x33};
    QColor text {0x2a, 0x35, 0x42};
    QColor muted {0x5d, 0x69, 0x77};
    QColor faint {0x8b, 0x96, 0xa2};
    QColor accent {0x1a, 0x56, 0x96};
    QColor accentSoft {0xe9, 0xf1, 0xf9};
    QColor rule {0xd3, 0xda, 0xe2};
    QColor stripe {0xf5, 0xf7, 0xf9};
};
inline const Palette kColors;

struct Style {
    qreal size = 9.5; ///< points
    bool bold = false;
    QColor color = kColors.text;
    qreal leading = 1.5; ///< line pitch as a multiple of the size
};

// The styles of the report (sizes in points).
inline const Style kEyebrow {7.5, true, kColors.accent, 1.4};
inline const Style kBrandLine {7.5, false, kColors.muted, 1.4};
inline const Style kTitle {25, true, kColors.ink, 1.25};
inline const Style kSubtitle {13, false, kColors.muted, 1.35};
inline const Style kBrand {12, true, kColors.accent, 1.45};
inline const Style kBrandEn {10, false, kColors.accent, 1.45};
inline const Style kCalloutLabel {7.5, false, kColors.muted, 1.5};
inline const Style kHeading {12.5, true, kColors.ink, 1.4};
inline const Style kBody {9.5, false, kColors.text, 1.55};
inline const Style kBodyEn {9, false, kColors.muted, 1.5};
inline const Style kItem {10, true, kColors.ink, 1.45};
inline const Style kItemEn {9.5, false, kColors.ink, 1.4};
inline const Style kFigure {11, true, kColors.accent, 1.4};
inline const Style kFigureEn {9, true, kColors.accent, 1.45};
inline const Style kTableHead {7.5, true, kColors.muted, 1.6};
inline const Style kCell {9, false, kColors.text, 1.45};
inline const Style kCellEn {8.5, false, kColors.muted, 1.4};
inline const Style kSmall {7.5, false, kColors.muted, 1.45};
inline const Style kQuote {9, false, kColors.text, 1.55};
inline const Style kCaption {7.5, false, kColors.muted, 1.4};
inline const Style kFooter {7, false, kColors.faint, 1.4};

using Formats = QList<QTextLayout::FormatRange>;

struct Para {
    QString text;
    Style style;
    Formats formats;
};
using Paras = std::vector<Para>;

/** A piece of text laid out at a width: the layout, its lines' pitch, its height. */
struct Laid {
    std::shared_ptr<QTextLayout> layout;
    Style style;
    qreal pitch = 0; // device pixels
    [[nodiscard]] int lines() const { return layout ? layout->lineCount() : 0; }
    [[nodiscard]] qreal height() const { return pitch * lines(); }
    [[nodiscard]] qreal naturalWidth(int line) const { return layout->lineAt(line).naturalTextWidth(); }
    /** Draws line `i` in the band [top, top + pitch) starting at x. */
    void drawLine(QPainter &p, int i, qreal x, qreal top) const
    {
        const QTextLine line = layout->lineAt(i);
        p.setPen(style.color);
        line.draw(&p, QPointF(x, top + (pitch - line.height()) / 2 - line.y()));
    }
};

/** One unbreakable horizontal strip of the flow: a line of text, a table row, the maps. */
struct Row {
    qreal height = 0; // device pixels
    qreal spaceBefore = 0; // dropped at the top of a page
    int keepWithNext = 0; // rows after this one that must go on the same page
    std::function<void(QPainter &, qreal top)> paint;
};

inline QTextCharFormat charFormat(const Style &s)
{
    QTextCharFormat f;
    f.setFontPointSize(s.size);
    f.setFontWeight(s.bold ? QFont::Bold : QFont::Normal);
    f.setForeground(s.color);
    return f;
}

/** Text built from runs of different styles (one layout; the first run's style is the base). */
struct Runs {
    QString text;
    Formats formats;
    Style base;
    bool first = true;
    Runs &add(const QString &s, const Style &style)
    {
        if (s.isEmpty())
            return *this;
        if (first) {
            base = style;
            first = false;
        }
        formats.append({int(text.size()), int(s.size()), charFormat(style)});
        text += s;
        return *this;
    }
    [[nodiscard]] Para para() const { return {text, base, formats}; }
};

/** True when the text has Chinese characters or CJK punctuation (set in the Chinese font). */
inline bool hasChinese(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
                || (u >= 0xFF00 && u <= 0xFFEF) || c.isSurrogate())
            return true;
    }
    return false;
}

/**
 * A report as a flow of rows: a subclass adds its sections in build() through paragraph(),
 * hanging(), tableRow(), heading(), addRow(); paginate() places the rows on A4 pages; paint()
 * draws them with the page chrome.
 */
class ReportFlow
{
public:
    ReportFlow(const Dataset &data, const ReportOptions &options, const ReportFont &fonts, QPaintDevice *device);
    virtual ~ReportFlow() = default;

    virtual void build() = 0;
    [[nodiscard]] virtual QString documentTitle() const = 0;
    int paginate();
    void paint(QPainter &painter, QPdfWriter &writer);

protected:
    using Language = ReportOptions::Language;
    [[nodiscard]] bool zh() const { return m_options.language != Language::En; }
    [[nodiscard]] bool en() const { return m_options.language != Language::Zh; }
    [[nodiscard]] bool both() const { return m_options.language == Language::Both; }
    [[nodiscard]] Lang primary() const { return m_options.language == Language::En ? Lang::En : Lang::Zh; }
    /** zh, en or "zh en" / "zh · en" depending on the language. */
    [[nodiscard]] QString pick(const QString &zhText, const QString &enText, const QString &sep = QStringLiteral("  ")) const
    {
        if (!both())
            return zh() ? zhText : enText;
        return zhText + sep + enText;
    }
    /** The font families for a run of text: a Latin font for text without Chinese, where installed. */
    [[nodiscard]] QStringList families(QStringView text) const
    {
        if (m_latin.isEmpty() || hasChinese(text))
            return {m_family};
        return {m_latin, m_family};
    }
    /** Like pick(), as a paragraph whose Chinese and English parts are separate runs (own fonts). */
    [[nodiscard]] Para bi(
            const QString &zhText, const QString &enText, const Style &s, const QString &sep = QStringLiteral("  ")) const
    {
        if (!both())
            return {zh() ? zhText : enText, s, {}};
        Runs r;
        r.add(zhText, s).add(sep, s).add(enText, s);
        return r.para();
    }
    [[nodiscard]] QFont font(const Style &s, QStringView text) const;
    [[nodiscard]] Laid lay(const Para &p, qreal width) const;
    [[nodiscard]] Laid lay(const QString &text, const Style &s, qreal width) const { return lay(Para {text, s, {}}, width); }

    // Adding to the flow.
    void addRow(Row row) { m_rows.push_back(std::move(row)); }
    /** Rows from `from` on go on one page where they fit (an item, a small table, a source entry). */
    void keepTogether(size_t from)
    {
        for (size_t k = from; k + 1 < m_rows.size(); ++k)
            m_rows[k].keepWithNext = std::max(m_rows[k].keepWithNext, 1);
    }
    /** A paragraph: one row per line; `keepFirst` keeps its first line with that many rows after it. */
    void paragraph(const Para &p, qreal indent = 0, qreal spaceBefore = 0, int keepFirst = 0,
            std::function<void(QPainter &, const QRectF &)> decoration = {});
    void paragraph(const QString &text, const Style &s, qreal indent = 0, qreal spaceBefore = 0)
    {
        paragraph(Para {text, s, {}}, indent, spaceBefore);
    }
    /** A paragraph with a hanging marker ("[3]") in the indent of its first line. */
    void hanging(const QString &marker, const Style &markerStyle, const Paras &paras, qreal indent, qreal spaceBefore);
    struct Cell {
        qreal x = 0, width = 0; // relative to the body, in device pixels
        Paras paras;
        bool alignRight = false;
    };
    void tableRow(std::vector<Cell> cells, qreal spaceBefore, bool stripe, int keepWithNext = 0);
    void heading(const QString &zhText, const QString &enText);
    void heading(const Text &title) { heading(title.zh, title.en); }
    void emptyNote();

    // Citations, and the sections every report ends with.
    /** The number of a source sentence in the "sources" section; registers who cites it. */
    int cite(const SourceRef &ref, const QString &whoZh, const QString &whoEn);
    [[nodiscard]] QString marker(const std::vector<int> &numbers) const;
    [[nodiscard]] int sourceNumber(const QString &sourceId) const;
    [[nodiscard]] QString sourceTitle(const QString &sourceId, Lang lang) const;
    /** The numbered source sentences cited so far, with who cites each. */
    void sourceSentences();
    /** The dataset's sources with their licences and what the report uses each for. */
    void dataSources();

    /** What the report uses the cited content sources for ("本区的创新内容与原文句子"…). */
    [[nodiscard]] virtual Text contentUse() const = 0;
    /** The running head of pages after the first (which report, which district). */
    virtual void runningHead(Runs &head) const = 0;

    const Dataset &m_data;
    ReportOptions m_options;
    QString m_family; // the Chinese font
    QString m_latin; // for text without Chinese, or empty
    QPaintDevice *m_device;
    QDateTime m_generated;
    QRectF m_page, m_body;
    std::vector<Row> m_rows;

private:
    void paintChrome(QPainter &p, int page, int pages);

    struct Placed {
        int page;
        qreal top;
        size_t row;
    };
    std::vector<Placed> m_placed;
    int m_pages = 0;

    struct Citation {
        SourceRef ref;
        QStringList whoZh, whoEn;
    };
    std::vector<Citation> m_citations;
};

} // namespace sim::pdf
