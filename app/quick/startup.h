// SPDX-License-Identifier: MIT
#pragma once

#include "cli/commandline.h"

class QGuiApplication;
class QTextStream;

namespace sim {

/**
 * Starts the window for a command line that asks for no headless command: checks the settings
 * file (a damaged one is set aside and the user told), hands the options to the QML session,
 * reads the data on a worker thread while the QML engine starts, loads the module
 * ShanghaiInnovationMap, reports start options that name nothing (an unknown district or metric)
 * and, with --screenshot FILE, saves the first rendered frame and exits. Returns the exit code.
 */
int runApplication(QGuiApplication &app, const cli::CommandLine &cmd, QTextStream &out, QTextStream &err);

} // namespace sim
