// SPDX-License-Identifier: MIT
// The district summary as a PDF: a small flow layout on QTextLayout (every text measured before
// anything is drawn, so a second pass knows the page count), the maps from paintMap, QPdfWriter.
#include "report/report.h"

#include "analysis/compare.h"
#include "text/format.h"
#include "render/mappainter.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextLayout>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <tuple>

namespace sim {

// ---------------------------------------------------------------------------------------------
// Options, file names

std::optional<ReportOptions::Language> reportLanguageFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("zh"))
        return ReportOptions::Language::Zh;
    if (t == QLatin1String("en"))
        return ReportOptions::Language::En;
    if (t == QLatin1String("both"))
        return ReportOptions::Language::Both;
    return std::nullopt;
}

QString sanitizeFileName(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || c.isSpace() || QStringView(u"<>:\"/\\|?*").contains(c))
            out += QLatin1Char('-');
        else if (u == u'\'' || u == 0x2019 || u == 0x2018 || u == u'`')
            continue; // Jing'an → Jingan
        else if (c.category() == QChar::Other_Format || c.category() == QChar::Other_NotAssigned)
            continue;
        else
            out += c;
    }
    // No runs of dashes; no dots or dashes at either end (hidden files, Windows trims dots).
    while (out.contains(QLatin1String("--")))
        out.replace(QLatin1String("--"), QLatin1String("-"));
    auto trimmable = [](QChar c) { return c == QLatin1Char('-') || c == QLatin1Char('.'); };
    while (!out.isEmpty() && trimmable(out.front()))
        out.remove(0, 1);
    while (!out.isEmpty() && trimmable(out.back()))
        out.chop(1);
    if (out.size() > 120) {
        out.truncate(120);
        if (out.back().isHighSurrogate())
            out.chop(1);
        while (!out.isEmpty() && trimmable(out.back()))
            out.chop(1);
    }
    static const QStringList reserved = {
        QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"), QStringLiteral("NUL"),
        QStringLiteral("COM1"), QStringLiteral("COM2"), QStringLiteral("COM3"), QStringLiteral("COM4"),
        QStringLiteral("COM5"), QStringLiteral("COM6"), QStringLiteral("COM7"), QStringLiteral("COM8"),
        QStringLiteral("COM9"), QStringLiteral("LPT1"), QStringLiteral("LPT2"), QStringLiteral("LPT3"),
        QStringLiteral("LPT4"), QStringLiteral("LPT5"), QStringLiteral("LPT6"), QStringLiteral("LPT7"),
        QStringLiteral("LPT8"), QStringLiteral("LPT9")};
    const QString stem = out.section(QLatin1Char('.'), 0, 0);
    if (reserved.contains(stem, Qt::CaseInsensitive))
        out.prepend(QLatin1Char('_'));
    if (out.isEmpty())
        out = QStringLiteral("district");
    return out;
}

QString suggestedReportFileName(const District &district, ReportOptions::Language language)
{
    QString stem;
    switch (language) {
    case ReportOptions::Language::Zh: stem = district.name.zh; break;
    case ReportOptions::Language::En: stem = district.name.en; break;
    case ReportOptions::Language::Both: stem = district.name.zh + QLatin1Char('-') + district.name.en; break;
    }
    if (stem.trimmed().isEmpty())
        stem = district.id;
    // Sanitise the name alone, so the suffix always survives truncation.
    return sanitizeFileName(sanitizeFileName(stem).left(90) + QStringLiteral("-innovation-summary.pdf"));
}

QString atlasReportFileName(const District &district)
{
    return sanitizeFileName(sanitizeFileName(district.id).left(90) + QStringLiteral("-innovation-summary.pdf"));
}

// ---------------------------------------------------------------------------------------------
// The font

namespace {

bool haveGuiApp() { return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr; }

QString familyOf(int id)
{
    const QStringList families = QFontDatabase::applicationFontFamilies(id);
    for (const QString &f : families)
        if (f.compare(QLatin1String("WenQuanYi Micro Hei"), Qt::CaseInsensitive) == 0)
            return f;
    for (const QString &f : families)
        if (!f.contains(QLatin1String("Mono"), Qt::CaseInsensitive))
            return f;
    return families.value(0);
}

ReportFont findReportFont()
{
    ReportFont font;
    const QString override = qEnvironmentVariable("SIM_REPORT_FONT");
    if (!override.isEmpty()) {
        const int id = QFileInfo::exists(override) ? QFontDatabase::addApplicationFont(override) : -1;
        if (id < 0 || familyOf(id).isEmpty()) {
            font.error = QStringLiteral("SIM_REPORT_FONT=%1: not a font file that can be loaded").arg(override);
            return font;
        }
        font.family = familyOf(id);
        font.file = override;
        return font;
    }

    // WenQuanYi Micro Hei: where Debian/Ubuntu, Fedora and Arch put it, then any font directory.
    const QStringList names = {QStringLiteral("wqy-microhei.ttc"), QStringLiteral("wqy-microhei.ttf")};
    QStringList files;
    for (const char *dir : {"/usr/share/fonts/truetype/wqy", "/usr/share/fonts/wqy-microhei",
                            "/usr/share/fonts/wenquanyi/wqy-microhei", "/usr/share/fonts/wenquanyi"})
        for (const QString &n : names)
            files << QLatin1String(dir) + QLatin1Char('/') + n;
    QStringList dirs = QStandardPaths::standardLocations(QStandardPaths::FontsLocation);
    dirs << QStringLiteral("/usr/share/fonts") << QStringLiteral("/usr/local/share/fonts")
         << QDir::homePath() + QStringLiteral("/.local/share/fonts") << QDir::homePath() + QStringLiteral("/.fonts");
    auto tryFile = [&font](const QString &file) {
        if (!QFileInfo(file).isFile())
            return false;
        const int id = QFontDatabase::addApplicationFont(file);
        if (id < 0 || familyOf(id).isEmpty())
            return false;
        font.family = familyOf(id);
        font.file = file;
        return true;
    };
    for (const QString &f : files)
        if (tryFile(f))
            return font;
    for (const QString &dir : dirs) {
        QDirIterator it(dir, names, QDir::Files, QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext())
            if (tryFile(it.next()))
                return font;
    }

    // A fallback: any font that covers Simplified Chinese (the text layer may not extract exactly).
    const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    auto pick = [&chinese](const char *part) {
        for (const QString &f : chinese)
            if (f.contains(QLatin1String(part), Qt::CaseInsensitive))
                return f;
        return QString();
    };
    QString family = pick("WenQuanYi Micro Hei");
    if (family.isEmpty()) {
        for (const char *part : {"WenQuanYi", "Source Han Sans", "Noto Sans CJK", "Noto Sans SC", "PingFang",
                                 "Microsoft YaHei", "SimHei", "SimSun", "Droid Sans Fallback"}) {
            family = pick(part);
            if (!family.isEmpty())
                break;
        }
        if (family.isEmpty() && !chinese.isEmpty())
            family = chinese.front();
        if (!family.isEmpty())
            font.warning = QStringLiteral("WenQuanYi Micro Hei was not found; the PDF uses \"%1\", whose text may not be "
                                          "extracted exactly (some ideographs can come out as Kangxi radicals). "
                                          "Install fonts-wqy-microhei or set SIM_REPORT_FONT.").arg(family);
    }
    if (family.isEmpty()) {
        font.error = QStringLiteral("no font with Chinese characters was found for the PDF: install WenQuanYi Micro Hei "
                                    "(Debian/Ubuntu: fonts-wqy-microhei, Fedora: wqy-microhei-fonts, Arch: wqy-microhei) "
                                    "or set SIM_REPORT_FONT to a .ttf/.ttc file");
        return font;
    }
    font.family = family;
    return font;
}

} // namespace

const ReportFont &reportFont()
{
    static const ReportFont noApp = [] {
        ReportFont f;
        f.error = QStringLiteral("the PDF report needs a QGuiApplication (fonts)");
        return f;
    }();
    if (!haveGuiApp())
        return noApp;
    static const ReportFont font = [] {
        ReportFont f = findReportFont();
        if (f.error.isEmpty()) {
            const QStringList all = QFontDatabase::families();
            for (const char *latin : {"DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica Neue", "Helvetica"}) {
                if (all.contains(QLatin1String(latin), Qt::CaseInsensitive)) {
                    f.latinFamily = QLatin1String(latin);
                    break;
                }
            }
        }
        if (!f.warning.isEmpty())
            qWarning("%s", qPrintable(f.warning));
        return f;
    }();
    return font;
}

// ---------------------------------------------------------------------------------------------
// The layout

namespace {

constexpr int kDpi = 300;
constexpr qreal kU = kDpi / 72.0; // device pixels per point

// Page geometry in points (A4 portrait: 595.28 × 841.89).
constexpr qreal kMarginX = 50;
constexpr qreal kMarginTop = 54;
constexpr qreal kMarginBottom = 60;

struct Palette {
    QColor ink{0x1b, 0x26, 0x33};
    QColor text{0x2a, 0x35, 0x42};
    QColor muted{0x5d, 0x69, 0x77};
    QColor faint{0x8b, 0x96, 0xa2};
    QColor accent{0x1a, 0x56, 0x96};
    QColor accentSoft{0xe9, 0xf1, 0xf9};
    QColor rule{0xd3, 0xda, 0xe2};
    QColor stripe{0xf5, 0xf7, 0xf9};
};
const Palette kColors;

struct Style {
    qreal size = 9.5; ///< points
    bool bold = false;
    QColor color = kColors.text;
    qreal leading = 1.5; ///< line pitch as a multiple of the size
};

// The styles of the report (sizes in points).
const Style kEyebrow{7.5, true, kColors.accent, 1.4};
const Style kBrandLine{7.5, false, kColors.muted, 1.4};
const Style kTitle{25, true, kColors.ink, 1.25};
const Style kSubtitle{13, false, kColors.muted, 1.35};
const Style kBrand{12, true, kColors.accent, 1.45};
const Style kBrandEn{10, false, kColors.accent, 1.45};
const Style kCalloutLabel{7.5, false, kColors.muted, 1.5};
const Style kHeading{12.5, true, kColors.ink, 1.4};
const Style kBody{9.5, false, kColors.text, 1.55};
const Style kBodyEn{9, false, kColors.muted, 1.5};
const Style kItem{10, true, kColors.ink, 1.45};
const Style kItemEn{9.5, false, kColors.ink, 1.4};
const Style kFigure{11, true, kColors.accent, 1.4};
const Style kFigureEn{9, true, kColors.accent, 1.45};
const Style kTableHead{7.5, true, kColors.muted, 1.6};
const Style kCell{9, false, kColors.text, 1.45};
const Style kCellEn{8.5, false, kColors.muted, 1.4};
const Style kSmall{7.5, false, kColors.muted, 1.45};
const Style kQuote{9, false, kColors.text, 1.55};
const Style kCaption{7.5, false, kColors.muted, 1.4};
const Style kFooter{7, false, kColors.faint, 1.4};

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
    qreal height = 0;      // device pixels
    qreal spaceBefore = 0; // dropped at the top of a page
    int keepWithNext = 0;  // rows after this one that must go on the same page
    std::function<void(QPainter &, qreal top)> paint;
};

QTextCharFormat charFormat(const Style &s)
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
bool hasChinese(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) ||
            (u >= 0xFF00 && u <= 0xFFEF) || c.isSurrogate())
            return true;
    }
    return false;
}

QString ordinalEn(int n)
{
    const int t = n % 100;
    const char *suffix = (t >= 11 && t <= 13) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return QString::number(n) + QLatin1String(suffix);
}

class Report
{
public:
    /** `other` ≥ 0: the comparison of `district` (A) with `other` (B) instead of a district summary. */
    Report(const Dataset &data, int district, const ReportOptions &options, const ReportFont &fonts, QPaintDevice *device,
           int other = -1)
        : m_data(data), m_index(district), m_d(data.districts[size_t(district)]), m_options(options),
          m_family(fonts.family), m_latin(fonts.latinFamily), m_device(device), m_other(other),
          m_b(other >= 0 ? &data.districts[size_t(other)] : nullptr)
    {
        m_generated = options.generated.isValid() ? options.generated : QDateTime::currentDateTime();
        m_page = QRectF(0, 0, 595.276 * kU, 841.89 * kU);
        m_body = QRectF(kMarginX * kU, kMarginTop * kU, m_page.width() - 2 * kMarginX * kU,
                        m_page.height() - (kMarginTop + kMarginBottom) * kU);
    }

    void build();
    void buildCompare();
    int paginate();
    void paint(QPainter &painter, QPdfWriter &writer);
    [[nodiscard]] QString documentTitle() const;

private:
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
    [[nodiscard]] Para bi(const QString &zhText, const QString &enText, const Style &s,
                          const QString &sep = QStringLiteral("  ")) const
    {
        if (!both())
            return {zh() ? zhText : enText, s, {}};
        Runs r;
        r.add(zhText, s).add(sep, s).add(enText, s);
        return r.para();
    }
    [[nodiscard]] QFont font(const Style &s, QStringView text) const
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
    [[nodiscard]] Laid lay(const Para &p, qreal width) const;
    [[nodiscard]] Laid lay(const QString &text, const Style &s, qreal width) const { return lay(Para{text, s, {}}, width); }

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
        paragraph(Para{text, s, {}}, indent, spaceBefore);
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
    void emptyNote();

    // Sections.
    void titleBlock();
    void maps();
    void summary();
    void industries();
    void figures();
    void metrics();
    void platforms();
    void policies();
    void initiatives();
    void sourceSentences();
    void dataSources();

    // The comparison's sections.
    void compareTitleBlock();
    void compareMap();
    void compareMetricsTable();
    void compareProfiles();

    /** The number of a source sentence in the "sources" section; registers who cites it. */
    int cite(const SourceRef &ref, const QString &whoZh, const QString &whoEn);
    [[nodiscard]] QString marker(const std::vector<int> &numbers) const;
    [[nodiscard]] int sourceNumber(const QString &sourceId) const;
    [[nodiscard]] QString sourceTitle(const QString &sourceId, Lang lang) const;
    void item(const Text &name, const QString &kind, std::optional<int> year, const Text &description, int citation);

    void paintChrome(QPainter &p, int page, int pages);

    const Dataset &m_data;
    int m_index;
    const District &m_d;
    ReportOptions m_options;
    QString m_family; // the Chinese font
    QString m_latin;  // for text without Chinese, or empty
    QPaintDevice *m_device;
    QDateTime m_generated;
    QRectF m_page, m_body;
    std::vector<Row> m_rows;
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

    int m_other = -1;              // the comparison's second district, or -1
    const District *m_b = nullptr; // its data
};

Laid Report::lay(const Para &p, qreal width) const
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

void Report::paragraph(const Para &p, qreal indent, qreal spaceBefore, int keepFirst,
                       std::function<void(QPainter &, const QRectF &)> decoration)
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

void Report::hanging(const QString &markerText, const Style &markerStyle, const Paras &paras, qreal indent, qreal spaceBefore)
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

void Report::tableRow(std::vector<Cell> cells, qreal spaceBefore, bool stripe, int keepWithNext)
{
    struct CellLaid {
        Cell cell;
        std::vector<Laid> parts;
        qreal height = 0;
    };
    std::vector<CellLaid> laid;
    qreal height = 0;
    for (Cell &c : cells) {
        CellLaid cl{c, {}, 0};
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
                    const qreal x = m_body.left() + c.cell.x +
                                    (c.cell.alignRight ? c.cell.width - l.naturalWidth(i) : 0);
                    l.drawLine(painter, i, x, y);
                    y += l.pitch;
                }
            }
        }
    };
    addRow(std::move(r));
}

void Report::heading(const QString &zhText, const QString &enText)
{
    Runs runs;
    if (zh())
        runs.add(zhText, kHeading);
    if (both())
        runs.add(QStringLiteral("  "), kHeading);
    if (en())
        runs.add(enText, both() ? Style{10, false, kColors.muted, 1.4} : kHeading);
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

void Report::emptyNote()
{
    paragraph(bi(QStringLiteral("原文未列出。"), QStringLiteral("None named in the source."), kSmall, QStringLiteral(" ")), 0, 2 * kU);
}

// ---------------------------------------------------------------------------------------------
// Citations

int Report::cite(const SourceRef &ref, const QString &whoZh, const QString &whoEn)
{
    auto it = std::find_if(m_citations.begin(), m_citations.end(), [&](const Citation &c) {
        return c.ref.ref == ref.ref && c.ref.quote == ref.quote;
    });
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

QString Report::marker(const std::vector<int> &numbers) const
{
    std::vector<int> n = numbers;
    std::sort(n.begin(), n.end());
    n.erase(std::unique(n.begin(), n.end()), n.end());
    QStringList parts;
    for (int x : n)
        parts << QString::number(x);
    return parts.isEmpty() ? QString() : QStringLiteral("[") + parts.join(QStringLiteral(", ")) + QStringLiteral("]");
}

int Report::sourceNumber(const QString &sourceId) const
{
    for (size_t i = 0; i < m_data.sources.size(); ++i)
        if (m_data.sources[i].id == sourceId)
            return int(i) + 1;
    return 0;
}

QString Report::sourceTitle(const QString &sourceId, Lang lang) const
{
    const Source *s = m_data.source(sourceId);
    if (!s)
        return sourceId;
    return QStringLiteral("[S%1] ").arg(sourceNumber(sourceId)) + s->title.get(lang);
}

// ---------------------------------------------------------------------------------------------
// Sections

void Report::titleBlock()
{
    // Eyebrow: what this is, and the application's brand.
    {
        const qreal w = m_body.width();
        Cell left{0, w * 0.6, {bi(QStringLiteral("区科技创新概览"), QStringLiteral("DISTRICT INNOVATION SUMMARY"), kEyebrow,
                                    QStringLiteral(" · "))}, false};
        Cell right{w * 0.6, w * 0.4, {Para{QStringLiteral("Shanghai Innovation Map"), kBrandLine, {}}}, true};
        std::vector<Cell> cells{left, right};
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
        paragraph(Para{m_d.brand.text.zh, kBrand, {}}, indent, 0, 1, band);
    if (en())
        paragraph(Para{m_d.brand.text.en, both() ? kBrandEn : kBrand, {}}, indent, 0, 1, band);
    Row end = pad;
    end.spaceBefore = 0;
    end.keepWithNext = 0;
    addRow(end);
}

void Report::maps()
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
    const Style capBold{7.5, true, kColors.ink, 1.4};
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
    const Laid cap1 = caption(1, QStringLiteral("%1在上海市的位置").arg(m_d.name.zh),
                              QStringLiteral("%1 in Shanghai").arg(m_d.name.en));
    const Laid cap2 = caption(2, QStringLiteral("%1及相邻各区").arg(m_d.name.zh),
                              QStringLiteral("%1 and its neighbours").arg(m_d.name.en));
    const qreal capH = std::max(cap1.height(), cap2.height());

    // Legend: the highlight, the other districts, where the boundaries come from.
    const qreal swatch = 7 * kU;
    const Laid key1 = lay(nameP, kCaption, w);
    const Laid key2 = lay(bi(QStringLiteral("其他区"), QStringLiteral("other districts"), kCaption, QStringLiteral(" / ")), w);
    const Laid noteLaid = lay(bi(QStringLiteral("Web墨卡托投影。行政边界的来源与许可见“数据来源”。"),
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

void Report::summary()
{
    heading(QStringLiteral("概况"), QStringLiteral("Summary"));
    const int n = cite(m_d.summary.source, QStringLiteral("概况"), QStringLiteral("summary"));
    if (zh()) {
        Runs r;
        r.add(m_d.summary.text.zh, kBody).add(QStringLiteral(" ") + marker({n}), Style{7, false, kColors.accent, 1.5});
        paragraph(r.para(), 0, 2 * kU);
    }
    if (en()) {
        Runs r;
        r.add(m_d.summary.text.en, both() ? kBodyEn : kBody);
        if (!zh())
            r.add(QStringLiteral(" ") + marker({n}), Style{7, false, kColors.accent, 1.5});
        paragraph(r.para(), 0, zh() ? 5 * kU : 2 * kU);
    }
}

void Report::industries()
{
    heading(QStringLiteral("重点产业"), QStringLiteral("Focus industries"));
    if (m_d.industries.empty()) {
        emptyNote();
        return;
    }
    std::vector<int> numbers;
    QStringList zhNames, enNames;
    for (const Industry &i : m_d.industries) {
        numbers.push_back(cite(i.source, QStringLiteral("重点产业：") + i.name.zh, QStringLiteral("focus industry: ") + i.name.en));
        zhNames << i.name.zh;
        enNames << i.name.en;
    }
    const Style mk{7, false, kColors.accent, 1.5};
    const Style zhStyle{10, true, kColors.ink, 1.6};
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

void Report::figures()
{
    heading(QStringLiteral("关键数据"), QStringLiteral("Key figures"));
    if (m_d.figures.empty()) {
        emptyNote();
        return;
    }
    const qreal w = m_body.width();
    const qreal valueW = w * 0.3;
    const Style mk{7, false, kColors.accent, 1.5};
    auto relatedName = [this](const QString &id) -> const Text * {
        for (const auto &p : m_d.platforms)
            if (p.id == id)
                return &p.name;
        for (const auto &p : m_d.policies)
            if (p.id == id)
                return &p.title;
        for (const auto &p : m_d.initiatives)
            if (p.id == id)
                return &p.name;
        return nullptr;
    };
    const size_t from = m_rows.size();
    bool stripe = false;
    for (const Figure &f : m_d.figures) {
        const Unit *unit = m_data.unit(f.unit);
        const int n = cite(f.source, QStringLiteral("关键数据：") + formatFigure(f, unit, Lang::Zh),
                           QStringLiteral("key figure: ") + formatFigure(f, unit, Lang::En));
        Cell value{6 * kU, valueW - 12 * kU, {}, false};
        Cell label{valueW, w - valueW - 6 * kU, {}, false};
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
        if (const Text *rel = relatedName(f.relatesTo))
        {
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

void Report::metrics()
{
    heading(QStringLiteral("可比指标与排名"), QStringLiteral("Comparable metrics and rank"));
    if (m_data.metrics.empty()) {
        emptyNote();
        return;
    }
    const qreal w = m_body.width();
    const qreal labelW = w * 0.5, valueW = w * 0.27, rankW = w - labelW - valueW;
    auto cells = [&](Paras a, Paras b, Paras c) {
        return std::vector<Cell>{{6 * kU, labelW - 12 * kU, std::move(a), false},
                                 {labelW, valueW - 12 * kU, std::move(b), true},
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
        const int count = m.countWithData();
        const Unit *unit = m_data.unit(m.unit);
        Paras label, value, rankText;
        const QString yearZh = m.year ? QStringLiteral("（%1年）").arg(*m.year) : QString();
        const QString yearEn = m.year ? QStringLiteral(" (%1)").arg(*m.year) : QString();
        if (zh()) {
            label.push_back({m.label.zh + yearZh, kCell, {}});
            value.push_back({formatMetricValue(m, v, unit, Lang::Zh), v ? Style{9, true, kColors.ink, 1.45} : kCell, {}});
            rankText.push_back({rank ? QStringLiteral("第%1位 / %2").arg(*rank).arg(count) : QStringLiteral("—"), kCell, {}});
        }
        if (en()) {
            const Style s = both() ? kCellEn : kCell;
            label.push_back({m.label.en + yearEn, s, {}});
            value.push_back({formatMetricValue(m, v, unit, Lang::En),
                             v && !both() ? Style{9, true, kColors.ink, 1.45} : s, {}});
            rankText.push_back({rank ? QStringLiteral("%1 of %2").arg(ordinalEn(*rank)).arg(count)
                                     : (both() ? QString() : QStringLiteral("—")), s, {}});
        }
        tableRow(cells(label, value, rankText), 0, stripe);
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
        zhNotes << QStringLiteral("各类数量由本数据集统计。");
        enNotes << QStringLiteral("Counts are computed from this dataset.");
    }
    zhNotes << QStringLiteral("排名在有数据的区之间计算：第1位为数值最大者（“越低越好”的指标为最小者）；“暂无数据”的区不参与排名，也不计为零。");
    enNotes << QStringLiteral("Ranks are among the districts with data: 1st is the largest value (the smallest where lower is better); "
                              "a district with no data takes no rank and is never counted as zero.");
    if (zh())
        paragraph(zhNotes.join(QString()), kSmall, 0, 5 * kU);
    if (en())
        paragraph(enNotes.join(QLatin1Char(' ')), kSmall, 0, zh() ? 1 * kU : 5 * kU);
}

void Report::item(const Text &name, const QString &kind, std::optional<int> year, const Text &description, int citation)
{
    const Style tag{7.5, false, kColors.muted, 1.45};
    const Style mk{7, false, kColors.accent, 1.45};
    const qreal indent = 10 * kU;
    auto bullet = [](QPainter &painter, const QRectF &r) {
        const qreal s = 3.2 * kU;
        painter.fillRect(QRectF(r.left() + 1 * kU, r.center().y() - s / 2, s, s), kColors.accent);
    };
    auto tags = [&](Lang lang) {
        QString t = kindLabel(kind, lang);
        if (year)
            t += (t.isEmpty() ? QString() : QStringLiteral(" · ")) +
                 (lang == Lang::Zh ? QStringLiteral("%1年").arg(*year) : QString::number(*year));
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

void Report::platforms()
{
    heading(QStringLiteral("平台与载体"), QStringLiteral("Platforms"));
    if (m_d.platforms.empty())
        emptyNote();
    for (const Platform &p : m_d.platforms)
        item(p.name, p.kind, std::nullopt, p.description,
             cite(p.source, QStringLiteral("平台：") + p.name.zh, QStringLiteral("platform: ") + p.name.en));
}

void Report::policies()
{
    heading(QStringLiteral("政策与规划"), QStringLiteral("Policies and plans"));
    if (m_d.policies.empty())
        emptyNote();
    for (const Policy &p : m_d.policies)
        item(p.title, p.kind, p.year, p.description,
             cite(p.source, QStringLiteral("政策：") + p.title.zh, QStringLiteral("policy: ") + p.title.en));
}

void Report::initiatives()
{
    heading(QStringLiteral("举措与活动"), QStringLiteral("Initiatives and events"));
    if (m_d.initiatives.empty())
        emptyNote();
    for (const Initiative &p : m_d.initiatives)
        item(p.name, p.kind, p.year, p.description,
             cite(p.source, QStringLiteral("举措：") + p.name.zh, QStringLiteral("initiative: ") + p.name.en));
}

void Report::sourceSentences()
{
    heading(QStringLiteral("原文出处"), QStringLiteral("Source sentences"));
    // The note stays with the first sentence.
    if (zh())
        paragraph(Para{QStringLiteral("上文每一项后的编号指向下列原文句子（逐字引用）。"), kSmall, {}}, 0, 2 * kU, 1);
    if (en())
        paragraph(Para{QStringLiteral("Each number above points to the sentence below, quoted word for word in the original Chinese."),
                       kSmall, {}},
                  0, zh() ? 0 : 2 * kU, 1);
    const qreal indent = 22 * kU;
    const Style num{8, true, kColors.accent, 1.55};
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

void Report::dataSources()
{
    heading(QStringLiteral("数据来源"), QStringLiteral("Data sources"));
    const qreal indent = 22 * kU;
    const Style num{8, true, kColors.accent, 1.55};
    const Style titleStyle{9, true, kColors.ink, 1.5};
    for (size_t k = 0; k < m_data.sources.size(); ++k) {
        const Source &s = m_data.sources[k];
        Paras paras;
        if (zh())
            paras.push_back({s.title.zh, titleStyle, {}});
        if (en())
            paras.push_back({s.title.en, both() ? Style{8.5, false, kColors.ink, 1.45} : titleStyle, {}});
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
            if (m_b) {
                useZh << QStringLiteral("两区的创新品牌与概况");
                useEn << QStringLiteral("both districts' innovation content");
            } else {
                useZh << QStringLiteral("本区的创新内容与原文句子");
                useEn << QStringLiteral("the district's innovation content and source sentences");
            }
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

void Report::build()
{
    titleBlock();
    maps();
    summary();
    industries();
    figures();
    metrics();
    platforms();
    policies();
    initiatives();
    sourceSentences();
    dataSources();
}

// ---------------------------------------------------------------------------------------------
// The comparison of two districts (A: m_d, B: *m_b)

// The app's comparison colours (AppController::colorA/colorB): Okabe–Ito blue and orange.
const QColor kColorA{0x00, 0x72, 0xB2};
const QColor kColorB{0xE6, 0x9F, 0x00};
/** A light tint of a comparison colour, for map fills under dark labels. */
QColor tint(const QColor &c, qreal amount)
{
    return QColor::fromRgbF(float(1 - amount + c.redF() * amount), float(1 - amount + c.greenF() * amount),
                            float(1 - amount + c.blueF() * amount));
}
// Orange on white is too light for text: a darker shade of it for B's names and brand.
const QColor kTextB{0xb3, 0x6b, 0x00};

void Report::compareTitleBlock()
{
    {
        const qreal w = m_body.width();
        const Laid left = lay(bi(QStringLiteral("区科技创新对比"), QStringLiteral("DISTRICT INNOVATION COMPARISON"), kEyebrow,
                                 QStringLiteral(" · ")), w * 0.6);
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
        add(Para{d.name.get(first), Style{22, true, ink, 1.25}, {}}, 10 * kU);
        add(Para{d.name.get(second), Style{12, false, kColors.muted, 1.35}, {}}, 1 * kU);
        add(bi(QStringLiteral("创新品牌"), QStringLiteral("Innovation brand"), kCalloutLabel, QStringLiteral(" · ")), 8 * kU);
        if (zh())
            add(Para{d.brand.text.zh, Style{11, true, ink, 1.45}, {}}, 1 * kU);
        if (en())
            add(Para{d.brand.text.en, both() ? Style{9.5, false, ink, 1.45} : Style{11, true, ink, 1.45}, {}}, 1 * kU);
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

void Report::compareMap()
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

    const Style capBold{7.5, true, kColors.ink, 1.4};
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
    const Laid noteLaid = lay(bi(QStringLiteral("Web墨卡托投影。行政边界的来源与许可见“数据来源”。"),
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
            for (auto [index, colour] : {std::pair{m_index, kColorA}, std::pair{m_other, kColorB}}) {
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

void Report::compareMetricsTable()
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
        return std::vector<Cell>{{4 * kU, labelW - 8 * kU, std::move(label), false},
                                 {labelW, valW - 6 * kU, std::move(a), true},
                                 {labelW + valW, valW - 6 * kU, std::move(b), true},
                                 {labelW + 2 * valW, diffW - 6 * kU, std::move(diff), true},
                                 {labelW + 2 * valW + diffW, ratioW - 4 * kU, std::move(ratio), true}};
    };
    const Style headA{7.5, true, kColorA, 1.6};
    const Style headB{7.5, true, kTextB, 1.6};
    const size_t from = m_rows.size();
    tableRow(cells({bi(QStringLiteral("指标"), QStringLiteral("Metric"), kTableHead, QStringLiteral(" · "))},
                   {Para{m_d.name.get(primary()), headA, {}}}, {Para{m_b->name.get(primary()), headB, {}}},
                   {bi(QStringLiteral("差值"), QStringLiteral("Difference"), kTableHead, QStringLiteral(" · "))},
                   {bi(QStringLiteral("比值"), QStringLiteral("Ratio"), kTableHead, QStringLiteral(" · "))}),
             2 * kU, false, 1);
    bool stripe = true;
    const Style valueStyle{9, true, kColors.ink, 1.45};
    for (const MetricComparison &c : rows) {
        const Metric &m = *c.metric;
        const Unit *unit = m_data.unit(m.unit);
        const int count = m.countWithData();
        Paras label, a, b, diff, ratio;
        auto rankText = [&](std::optional<int> rank, Lang lang) {
            if (!rank)
                return QStringLiteral("—");
            return lang == Lang::Zh ? QStringLiteral("第%1位 / %2").arg(*rank).arg(count)
                                    : QStringLiteral("%1 of %2").arg(ordinalEn(*rank)).arg(count);
        };
        for (Lang lang : {Lang::Zh, Lang::En}) {
            if ((lang == Lang::Zh && !zh()) || (lang == Lang::En && !en()))
                continue;
            const bool secondary = lang == Lang::En && both();
            const Style s = secondary ? kCellEn : kCell;
            const QString year = m.year ? (lang == Lang::Zh ? QStringLiteral("（%1年）").arg(*m.year)
                                                            : QStringLiteral(" (%1)").arg(*m.year))
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
            a.push_back({rankText(c.rankA, lang), kSmall, {}});
            push(b, formatMetricValue(m, c.b, unit, lang), c.b && !secondary ? valueStyle : s);
            b.push_back({rankText(c.rankB, lang), kSmall, {}});
            push(diff, c.difference ? (*c.difference > 0 ? QStringLiteral("+") : QString()) +
                                          formatMetricValue(m, c.difference, unit, lang)
                                    : QStringLiteral("—"),
                 s);
            push(ratio, c.ratio ? QStringLiteral("×") + formatNumber(*c.ratio, 2, lang) : QStringLiteral("—"), s);
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

void Report::compareProfiles()
{
    heading(QStringLiteral("两区概况对照"), QStringLiteral("Profiles side by side"));
    {
        Runs note;
        if (zh())
            note.add(QStringLiteral("同一行并列两区同一类别的各项；两区共有的项目（同一重点产业或同名项目）排在前面，并标注“共有”。"), kSmall);
        if (both())
            note.add(QStringLiteral(" "), kSmall);
        if (en())
            note.add(QStringLiteral("Each row sets the two districts' items of a section side by side; items both have (the same "
                                    "focus industry, or the same name) come first, marked “shared”."), kSmall);
        paragraph(note.para(), 0, 2 * kU);
    }
    const std::vector<AlignedItem> items = alignProfiles(m_data, size_t(m_index), size_t(m_other));
    const qreal w = m_body.width();
    const qreal colW = (w - 12 * kU) / 2;
    const Style sharedStyle{7, true, kColors.accent, 1.45};
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
                r.add(both() ? QStringLiteral("  共有 · shared") : lang == Lang::Zh ? QStringLiteral("  共有") : QStringLiteral("  shared"),
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
    const Style headA{7.5, true, kColorA, 1.6};
    const Style headB{7.5, true, kTextB, 1.6};
    for (const auto &[key, zhTitle, enTitle] : sections) {
        // A sub-heading with the two names over the columns.
        const Style sub{10, true, kColors.ink, 1.45};
        Runs title;
        if (zh())
            title.add(zhTitle, sub);
        if (both())
            title.add(QStringLiteral("  "), sub).add(enTitle, Style{9, false, kColors.muted, 1.45});
        else if (en())
            title.add(enTitle, sub);
        const size_t from = m_rows.size();
        tableRow({Cell{0, w, {title.para()}, false}}, 12 * kU, false, 1);
        tableRow({Cell{4 * kU, colW - 8 * kU, {Para{m_d.name.get(primary()), headA, {}}}, false},
                  Cell{colW + 12 * kU, colW - 4 * kU, {Para{m_b->name.get(primary()), headB, {}}}, false}},
                 0, false, 1);
        bool any = false;
        bool stripe = true;
        for (const AlignedItem &it : items) {
            if (it.section != key)
                continue;
            any = true;
            tableRow({Cell{4 * kU, colW - 8 * kU, side(it.left, it.leftShared), false},
                      Cell{colW + 12 * kU, colW - 4 * kU, side(it.right, it.rightShared), false}},
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

void Report::buildCompare()
{
    compareTitleBlock();
    compareMap();
    compareMetricsTable();
    compareProfiles();
    dataSources();
}

int Report::paginate()
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

QString Report::documentTitle() const
{
    if (m_b)
        return pick(m_d.name.zh + QStringLiteral("与") + m_b->name.zh + QStringLiteral("科技创新对比"),
                    m_d.name.en + QStringLiteral(" and ") + m_b->name.en + QStringLiteral(": innovation comparison"),
                    QStringLiteral(" — "));
    return pick(m_d.name.zh + QStringLiteral("科技创新概览"), m_d.name.en + QStringLiteral(": innovation summary"),
                QStringLiteral(" — "));
}

void Report::paintChrome(QPainter &p, int page, int pages)
{
    const qreal x0 = m_body.left(), x1 = m_body.right();
    if (page == 0) {
        p.fillRect(QRectF(0, 0, m_page.width(), 6 * kU), kColors.accent);
    } else {
        // A running head: which district, and the brand.
        Runs head;
        if (m_b) {
            if (zh())
                head.add(m_d.name.zh + QStringLiteral(" 与 ") + m_b->name.zh + QStringLiteral(" · 区科技创新对比"), kFooter);
            if (both())
                head.add(QStringLiteral(" · "), kFooter);
            if (en())
                head.add(m_d.name.en + QStringLiteral(" vs ") + m_b->name.en + QStringLiteral(" · District comparison"), kFooter);
        } else {
            if (zh())
                head.add(m_d.name.zh + QStringLiteral(" · 区科技创新概览"), kFooter);
            if (both())
                head.add(QStringLiteral(" · "), kFooter);
            if (en())
                head.add(m_d.name.en + QStringLiteral(" · District innovation summary"), kFooter);
        }
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

void Report::paint(QPainter &painter, QPdfWriter &writer)
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

} // namespace

// ---------------------------------------------------------------------------------------------
// Writing

namespace {

/** Passes writes on to a device and remembers whether one failed (QPdfWriter does not check). */
class CheckedDevice final : public QIODevice
{
public:
    explicit CheckedDevice(QIODevice &target) : m_target(target) { open(QIODevice::WriteOnly); }
    [[nodiscard]] bool failed() const { return m_failed; }
    [[nodiscard]] QString reason() const
    {
        const QString why = m_target.errorString();
        return why.isEmpty() || why == QLatin1String("Unknown error") ? QStringLiteral("a write failed") : why;
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_failed)
            return -1;
        for (qint64 done = 0; done < size;) {
            const qint64 n = m_target.write(data + done, size - done);
            if (n <= 0) {
                m_failed = true;
                return -1;
            }
            done += n;
        }
        return size;
    }

private:
    QIODevice &m_target;
    bool m_failed = false;
};

} // namespace

namespace {

/** The district summary (other < 0) or the comparison of district with other. */
ReportResult compose(const Dataset &data, int district, int other, const ReportOptions &options, QIODevice &device)
{
    ReportResult result;
    auto valid = [&data](int i) { return i >= 0 && size_t(i) < data.districts.size() && size_t(i) < data.shapes.size(); };
    if (!valid(district)) {
        result.error = QStringLiteral("there is no district number %1 (the data has %2)").arg(district).arg(data.districts.size());
        return result;
    }
    if (other >= 0 || other < -1) {
        if (!valid(other)) {
            result.error = QStringLiteral("there is no district number %1 (the data has %2)").arg(other).arg(data.districts.size());
            return result;
        }
        if (other == district) {
            result.error = QStringLiteral("a district cannot be compared with itself");
            return result;
        }
    }
    const ReportFont &font = reportFont();
    if (!font.error.isEmpty()) {
        result.error = font.error;
        return result;
    }
    if (!device.isOpen() && !device.open(QIODevice::WriteOnly)) {
        result.error = QStringLiteral("cannot open the output: %1").arg(device.errorString());
        return result;
    }
    if (!device.isWritable()) {
        result.error = QStringLiteral("the output is not open for writing");
        return result;
    }

    CheckedDevice checked(device);
    QPdfWriter writer(&checked);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setResolution(kDpi);
    writer.setCreator(QStringLiteral("Shanghai Innovation Map"));

    Report report(data, district, options, font, &writer, other);
    writer.setTitle(report.documentTitle());
    if (other >= 0)
        report.buildCompare();
    else
        report.build();
    result.pages = report.paginate();

    QPainter painter;
    if (!painter.begin(&writer)) {
        result.error = QStringLiteral("the PDF writer could not start");
        return result;
    }
    report.paint(painter, writer);
    if (!painter.end()) {
        result.error = QStringLiteral("the PDF writer could not finish");
        return result;
    }
    if (checked.failed())
        result.error = QStringLiteral("writing the PDF failed: %1").arg(checked.reason());
    return result;
}

/** Writes atomically through QSaveFile; `other` as in compose(). */
std::optional<QString> writeReport(const Dataset &data, int district, int other, const ReportOptions &options,
                                   const QString &path, int *pages)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (district < 0 || size_t(district) >= data.districts.size())
        return QStringLiteral("Could not write %1: there is no district number %2").arg(shown).arg(district);
    if (other != -1 && (other < 0 || size_t(other) >= data.districts.size()))
        return QStringLiteral("Could not write %1: there is no district number %2").arg(shown).arg(other);
    if (other == district)
        return QStringLiteral("Could not write %1: a district cannot be compared with itself").arg(shown);
    if (path.isEmpty())
        return QStringLiteral("Could not write the PDF: no file name was given");
    if (QFileInfo(path).isDir())
        return QStringLiteral("Could not write %1: it is a directory").arg(shown);
    const ReportFont &font = reportFont();
    if (!font.error.isEmpty())
        return QStringLiteral("Could not write %1: %2").arg(shown, font.error);

    // Everything goes to a temporary file beside the target, renamed over it only when complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("Could not write %1: %2").arg(shown, file.errorString());
    const ReportResult result = compose(data, district, other, options, file);
    if (result.error) {
        file.cancelWriting();
        return QStringLiteral("Could not write %1: %2").arg(shown, *result.error);
    }
    if (file.error() != QFileDevice::NoError) {
        const QString why = file.errorString();
        file.cancelWriting();
        return QStringLiteral("Could not write %1: %2").arg(shown, why);
    }
    if (!file.commit())
        return QStringLiteral("Could not write %1: %2").arg(shown, file.errorString());
    if (pages)
        *pages = result.pages;
    return std::nullopt;
}

} // namespace

ReportResult composeDistrictReport(const Dataset &data, int district, const ReportOptions &options, QIODevice &device)
{
    return compose(data, district, -1, options, device);
}

ReportResult composeCompareReport(const Dataset &data, int a, int b, const ReportOptions &options, QIODevice &device)
{
    if (b < 0) {
        ReportResult result;
        result.error = QStringLiteral("there is no district number %1 (the data has %2)").arg(b).arg(data.districts.size());
        return result;
    }
    return compose(data, a, b, options, device);
}

std::optional<QString> writeDistrictReport(const Dataset &data, int district, const ReportOptions &options,
                                           const QString &path, int *pages)
{
    return writeReport(data, district, -1, options, path, pages);
}

std::optional<QString> writeCompareReport(const Dataset &data, int a, int b, const ReportOptions &options,
                                          const QString &path, int *pages)
{
    if (b < 0)
        return QStringLiteral("Could not write %1: there is no district number %2")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())).arg(b);
    return writeReport(data, a, b, options, path, pages);
}

QString suggestedCompareFileName(const District &a, const District &b, ReportOptions::Language language)
{
    auto name = [language](const District &d) {
        QString n = language == ReportOptions::Language::En ? d.name.en : d.name.zh;
        return n.trimmed().isEmpty() ? d.id : n;
    };
    const QString stem = sanitizeFileName(name(a)).left(50) + QStringLiteral("-vs-") + sanitizeFileName(name(b)).left(50);
    return sanitizeFileName(stem + QStringLiteral("-innovation-comparison.pdf"));
}

} // namespace sim
