// SPDX-License-Identifier: MIT
#pragma once

#include "cli/commandline.h"

class QTextStream;

namespace sim::cli {

/** Exit codes of the headless commands. */
enum ExitCode : int {
    Success = 0,
    Failed = 1, ///< the data could not be loaded, or a file could not be written
    BadRequest = 2, ///< the arguments ask for something that does not exist or cannot be done
    NoDisplay = 3, ///< the window was asked for, but there is no display to open it on
};

/**
 * --validate: loads the data directory, prints every problem (errors to `err`, warnings to `out`)
 * and a one-line verdict. Success when the data loads, Failed otherwise.
 */
int validate(const CommandLine &cmd, QTextStream &out, QTextStream &err);

/**
 * --export-pdf (one district by --district or --at, or a comparison with --compare) and
 * --export-all DIR (one PDF per district): written atomically, never into the data directory.
 * Prints "Wrote …" per file to `out`, problems to `err`. Needs a QGuiApplication (fonts).
 */
int exportPdf(const CommandLine &cmd, QTextStream &out, QTextStream &err);

/** Runs the headless command `cmd` asks for (cmd.headlessCommand() must be true). */
int runHeadless(const CommandLine &cmd, QTextStream &out, QTextStream &err);

} // namespace sim::cli
