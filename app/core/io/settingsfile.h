// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <optional>

namespace sim {

/**
 * The user's settings file (QSettings, INI format on Linux). QSettings writes it atomically
 * (a temporary file renamed over the old one), but a file damaged some other way — a full disk in
 * another program, a bad copy, an editor — must not stop the app or be silently thrown away.
 */

/** The file QSettings() uses for this application's user settings on Unix
    ($XDG_CONFIG_HOME/ORGANIZATION/APPLICATION.conf), worked out without QSettings reading it. */
QString userSettingsPath();

/** Why the settings file at `path` cannot be trusted, or nothing when it is fine or absent. */
std::optional<QString> settingsFileProblem(const QString &path);

struct SettingsReset {
    QString problem; ///< what was wrong with the file
    QString keptAs; ///< where the damaged file was moved (nothing is deleted); empty if it could not be
};

/**
 * Checks the settings file; a damaged one is renamed to "<path>.damaged-<time>" so that the app
 * starts with defaults. Returns what happened, or nothing when the file was fine.
 */
std::optional<SettingsReset> setAsideDamagedSettings(const QString &path);

} // namespace sim
