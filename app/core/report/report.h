// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"

#include <QDateTime>
#include <QString>

#include <optional>

class QIODevice;

namespace sim {

/** What a district summary (the PDF report) is made with. */
struct ReportOptions {
    enum class Language { Zh, En, Both }; ///< Both: every heading and item in Chinese, then English
    Language language = Language::Both;
    QDateTime generated; ///< printed in the footer; invalid: now
};

/** "zh", "en", "both" → the language; anything else: std::nullopt. */
std::optional<ReportOptions::Language> reportLanguageFromString(const QString &text);

/**
 * The font the report is set in. WenQuanYi Micro Hei is loaded from its file with
 * QFontDatabase::addApplicationFont (SIM_REPORT_FONT=FILE overrides the search; then the usual
 * font directories are searched). It is preferred because its text layer extracts exactly: with
 * Noto Sans CJK, Qt's PDF writer maps some ideographs to look-alike Kangxi radicals (自 → ⾃).
 * When it is missing, any installed font that covers Simplified Chinese is used (with a warning
 * in `warning`); when there is none, `error` says what to install. Needs a QGuiApplication.
 * English text is set in `latinFamily` where one is installed, with the Chinese font behind it.
 * Looked up once; later calls return the same answer.
 */
struct ReportFont {
    QString family;  ///< empty when error is set
    QString file;    ///< the file it was loaded from (empty when found by family only)
    /** For runs of text without Chinese, when installed (DejaVu Sans, Noto Sans, Liberation Sans…):
        a CJK font sets quotes and apostrophes full-width, which reads badly in English. */
    QString latinFamily;
    QString warning; ///< a fallback font was used: the text layer may not extract exactly
    QString error;
};
const ReportFont &reportFont();

struct ReportResult {
    std::optional<QString> error; ///< what went wrong, naming the file; std::nullopt: success
    int pages = 0;
};

/**
 * Composes the A4 portrait summary of district `district` (an index into data.districts) as a
 * PDF into `device` (opened for writing if it is not open yet): title block, a map of the city
 * with the district highlighted and a close-up with its neighbours, summary, focus industries,
 * key figures, comparable metrics with ranks, platforms, policies, initiatives, the source
 * sentence of every item, the dataset's sources, and a footer with the generation date, the data
 * version and "page N of M" on every page. All text is real, searchable text in an embedded font;
 * the maps are vector paths. Needs a QGuiApplication (fonts); the offscreen platform is enough.
 */
ReportResult composeDistrictReport(const Dataset &data, int district, const ReportOptions &options, QIODevice &device);

/**
 * Writes the summary to `path` atomically (QSaveFile): on any failure — unknown district, no
 * usable font, unwritable directory, full disk — nothing is left at `path` but what was there
 * before, and the error names the file. Returns the error, or std::nullopt on success.
 */
std::optional<QString> writeDistrictReport(const Dataset &data, int district, const ReportOptions &options,
                                           const QString &path, int *pages = nullptr);

/**
 * The comparison of districts `a` and `b` (indices into data.districts; different) as an A4 PDF,
 * laid out like the district summary: a title block with both names and brands in the comparison
 * colours (A blue #0072B2, B orange #E69F00, as AppController::colorA/colorB), a vector map of the
 * city and a close-up with both districts in those colours, the metrics table (values, difference
 * a − b, ratio a ÷ b, ranks, units; "no data" never as zero: then "—"), the aligned profiles
 * (sim::alignProfiles, shared items marked), the dataset's sources and the same footer.
 */
ReportResult composeCompareReport(const Dataset &data, int a, int b, const ReportOptions &options, QIODevice &device);

/** Writes the comparison to `path` atomically, like writeDistrictReport. */
std::optional<QString> writeCompareReport(const Dataset &data, int a, int b, const ReportOptions &options,
                                          const QString &path, int *pages = nullptr);

/**
 * A file name that is safe on Windows, macOS and Linux: characters that are reserved somewhere
 * (<>:"/\|?* and controls) and apostrophes dropped or replaced, spaces as '-', no leading or trailing
 * dots or dashes, no reserved device names (CON, NUL…), at most 120 characters; never empty.
 */
QString sanitizeFileName(const QString &name);

/**
 * The name suggested when saving a district's summary: "浦东新区-innovation-summary.pdf" (zh),
 * "Pudong-New-Area-innovation-summary.pdf" (en), "浦东新区-Pudong-New-Area-innovation-summary.pdf"
 * (both); sanitised with sanitizeFileName.
 */
QString suggestedReportFileName(const District &district, ReportOptions::Language language);

/** "浦东新区-vs-闵行区-innovation-comparison.pdf" (zh, both) or "Pudong-New-Area-vs-Minhang-District-…" (en). */
QString suggestedCompareFileName(const District &a, const District &b, ReportOptions::Language language);

/** The file name of a district's summary in an atlas (--export-all): "<id>-innovation-summary.pdf". */
QString atlasReportFileName(const District &district);

} // namespace sim
