// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace sim::cli {

/**
 * `--import-boundaries FILE --out DIR [--datum gcj02|wgs84] [--force]`: runs the boundary importer
 * (import/boundaryimport.h), prints its problems (errors to stderr) and its report (stdout).
 * `datum` is empty (detect), "gcj02" or "wgs84". Returns the exit code: 0 written, 1 refused,
 * 2 a bad argument.
 */
int runImportBoundaries(const QString &source, const QString &outDir, const QString &datum, bool force);

} // namespace sim::cli
