// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace sim {

/**
 * The one rule for every file the application writes on the user's request (PDF, table, map
 * image…), shared by the window and the command line: the target must be a local file outside the
 * data directory, which the application never writes to (it is the user's, or a maintainer's).
 *
 * Returns the message to show (translated, naming both paths) when `path` lies inside `dataDir`
 * (symbolic links resolved, see isInsideDirectory), or std::nullopt when writing there is allowed.
 * An empty `dataDir` allows everything.
 */
std::optional<QString> dataDirectoryRefusal(const QString &path, const QString &dataDir);

/** The first of `candidates` that is an existing directory (absolute, cleaned), or "" when none is. */
QString firstExistingFolder(const QStringList &candidates);

/**
 * The folder a save dialog opens in and its proposed file goes to: the user's Documents folder if
 * it exists, else the home directory, else the current directory — always one that exists, so the
 * dialog lists real files and saving the proposed name cannot fail for a missing folder.
 */
QString defaultSaveFolder();

} // namespace sim
