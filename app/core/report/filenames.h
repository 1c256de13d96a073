// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"
#include "report/options.h"

#include <QString>

namespace sim {

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
