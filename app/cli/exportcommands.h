// SPDX-License-Identifier: MIT
#pragma once

#include "cli/commandline.h"

namespace sim::cli {

/**
 * --export-table FILE.csv|FILE.xlsx or --export-map FILE.png|FILE.svg (with --metric, --district,
 * --size, --lang): no window, no display needed. Returns the exit code: 0 written ("Wrote …" on
 * stdout); 2 bad arguments — unknown suffix, --size out of range, unknown --metric or --district,
 * a file inside the data directory; 1 the data does not load or the file could not be written
 * (the message on stderr).
 */
int exportTableOrMap(const CommandLine &cmd);

} // namespace sim::cli
