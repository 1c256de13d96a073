// SPDX-License-Identifier: MIT
#include "about/buildinfo.h"

#include "sim_buildversion.h" // generated at every build (cmake/Version.cmake)

#include <QCoreApplication>
#include <QDir>

#include <gdal.h>

namespace sim {

QString BuildInfo::version() const
{
    return gitDescribe.isEmpty() ? projectVersion : QStringLiteral("%1 (git %2)").arg(projectVersion, gitDescribe);
}

BuildInfo buildInfo()
{
    BuildInfo b;
    b.projectVersion = QStringLiteral(SIM_PROJECT_VERSION);
    b.gitDescribe = QStringLiteral(SIM_GIT_DESCRIBE);
    b.qtBuild = QStringLiteral(QT_VERSION_STR);
    b.qtRuntime = QString::fromLatin1(qVersion());
    b.gdal = QString::fromLatin1(GDALVersionInfo("RELEASE_NAME"));
    return b;
}

QString versionText(const QString &dataDir)
{
    const BuildInfo b = buildInfo();
    const QString qt = b.qtRuntime == b.qtBuild ? b.qtRuntime : QStringLiteral("%1 (built with %2)").arg(b.qtRuntime, b.qtBuild);
    return QStringLiteral("%1 %2\nQt %3, GDAL %4\nData directory: %5\n"
                          "Code licence: %6. The data has its own terms, one per source (the About box, "
                          "SOURCES.md in the data directory); the bundled district boundaries are Amap's "
                          "and not under an open-data licence.")
            .arg(QCoreApplication::applicationName(), b.version(), qt, b.gdal,
                    QDir::toNativeSeparators(QDir(dataDir).absolutePath()), codeLicence());
}

} // namespace sim
