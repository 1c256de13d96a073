// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace sim {

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
    QString family; ///< empty when error is set
    QString file; ///< the file it was loaded from (empty when found by family only)
    /** For runs of text without Chinese, when installed (DejaVu Sans, Noto Sans, Liberation Sans…):
        a CJK font sets quotes and apostrophes full-width, which reads badly in English. */
    QString latinFamily;
    QString warning; ///< a fallback font was used: the text layer may not extract exactly
    QString error;
};
const ReportFont &reportFont();

} // namespace sim
