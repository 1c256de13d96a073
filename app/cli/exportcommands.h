// SPDX-License-Identifier: MIT
#pragma once

// The headless table and map exports of the command line (--export-table, --export-map): no
// window, no display needed. Kept apart from main.cpp so that the command line can become
// table-driven without touching them.

#include <QByteArray>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace sim::cli {

/** Whether argv holds one of these commands (main.cpp then chooses the offscreen platform). */
bool isExportArgument(const QByteArray &arg);

/** Adds --export-table and --export-map (they share --lang, --metric, --district and --size with the app). */
void addExportOptions(QCommandLineParser &parser);

/**
 * Runs --export-table or --export-map when one is set: the exit code (0 written, "Wrote …" on
 * stdout; 2 bad arguments — unknown suffix, --lang, --size, --metric or --district, a file inside
 * the data directory —; 1 the data does not load or the file could not be written; the message
 * on stderr). std::nullopt when neither is set.
 */
std::optional<int> runExportCommands(const QCommandLineParser &parser, const QString &dataDir);

} // namespace sim::cli
