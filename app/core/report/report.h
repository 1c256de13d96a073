// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"
#include "report/filenames.h"
#include "report/options.h"
#include "report/reportfont.h"

#include <QDateTime>
#include <QString>

#include <optional>

class QIODevice;

namespace sim {

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
std::optional<QString> writeDistrictReport(
        const Dataset &data, int district, const ReportOptions &options, const QString &path, int *pages = nullptr);

/**
 * The comparison of districts `a` and `b` (indices into data.districts; different) as an A4 PDF,
 * laid out like the district summary: a title block with both names and brands in the comparison
 * colours (A blue #0072B2, B orange #E69F00, render/palette.h, as on screen), a vector map of the
 * city and a close-up with both districts in those colours, the metrics table (values, difference
 * a − b, ratio a ÷ b, ranks, units; "no data" never as zero: then "—"), the aligned profiles
 * (sim::alignProfiles, shared items marked), the dataset's sources and the same footer.
 */
ReportResult composeCompareReport(const Dataset &data, int a, int b, const ReportOptions &options, QIODevice &device);

/** Writes the comparison to `path` atomically, like writeDistrictReport. */
std::optional<QString> writeCompareReport(
        const Dataset &data, int a, int b, const ReportOptions &options, const QString &path, int *pages = nullptr);

} // namespace sim
