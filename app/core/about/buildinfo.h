// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace sim {

/** What the program says about itself (--version, the About box). */
struct BuildInfo {
    QString projectVersion; ///< the CMake project version, e.g. "0.1.0"
    QString gitDescribe; ///< `git describe --tags --always --dirty` at build time; empty outside a git checkout
    QString qtBuild; ///< the Qt version compiled against (QT_VERSION_STR)
    QString qtRuntime; ///< the Qt version running (qVersion())
    QString gdal; ///< the GDAL library running (GDALVersionInfo("RELEASE_NAME"))

    /** "0.1.0 (git 449efd1-dirty)", or "0.1.0" outside a git checkout. */
    [[nodiscard]] QString version() const;
};

/** The versions of this build and of the libraries it runs with. */
BuildInfo buildInfo();

/** The licence of the program's code (SPDX identifier; the text is the LICENSE file). */
inline QString codeLicence()
{
    return QStringLiteral("MIT");
}

/** The text `--version` prints: program and version, Qt and GDAL, the data directory `dataDir`
    (as given; made absolute), the code's licence and where the data's licences are. */
QString versionText(const QString &dataDir);

} // namespace sim
