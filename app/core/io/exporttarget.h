// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
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

} // namespace sim
