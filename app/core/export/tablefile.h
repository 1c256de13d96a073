// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"
#include "export/table.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace sim {

/** The spreadsheet formats the district table is exported to. */
enum class TableFormat { Csv, Xlsx };

/** The format a file name asks for by its suffix (".csv", ".xlsx", any case); std::nullopt otherwise. */
std::optional<TableFormat> tableFormatOf(const QString &path);

/**
 * The district table as CSV (RFC 4180: fields separated by commas, text fields in double quotes
 * with quotes doubled — by libcsv's csv_write —, records ended by CRLF), UTF-8 with a byte-order
 * mark so that Excel on a Chinese Windows reads it as UTF-8. The layout, one rectangular block and
 * one list of sources:
 *
 *   "id","adcode","区"|"District", then per metric its header with the unit:
 *        "人口密度（人/平方公里）" / "Population density (persons/km²)"
 *   16 records, one per district in official (adcode) order: id, adcode, name in `lang`, then the
 *        values as plain numbers in the metric's own unit, as in metrics.json ("578.58" 万人; no
 *        thousands separators, '.' as decimal point); an empty field where there is no data
 *   an empty record
 *   "metric","label","unit","year","source","url": the header of the sources
 *   one record per metric: key, label, unit, year (empty for derived counts), source title (or
 *        how the count is made), URL
 */
QByteArray districtTableCsv(const DistrictTable &table, Lang lang);

/**
 * Writes the district table of `data` to `path` in the format its suffix names (tableFormatOf),
 * atomically (QSaveFile): on any failure — unknown suffix, `path` inside the data directory
 * (data.dir, never written to), unwritable directory, full disk — what was at `path` before is
 * left byte for byte, and the error names the file. Returns the error, or std::nullopt.
 *
 * XLSX (through libxlsxwriter): sheet "districts" with a bold header row (units in the headers,
 * the year and source as a comment on each metric's header), frozen under the header and beside
 * the names; values as numeric cells in the metric's unit with a number format of the metric's
 * decimals, no-data cells left empty (never 0); sheet "sources" laid out like the CSV's sources.
 */
std::optional<QString> writeDistrictTable(const Dataset &data, const QString &path, Lang lang);

/** The message for a path inside the data directory (the same for every export). */
QString insideDataDirMessage(const QString &path, const QString &dataDir);

} // namespace sim
