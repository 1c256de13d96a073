// SPDX-License-Identifier: MIT
#include "appinfo.h"

#include "about/buildinfo.h"

namespace sim {

AppInfo::AppInfo(QObject *parent) : QObject(parent)
{
    const BuildInfo b = buildInfo();
    m_version = b.version();
    m_qt = b.qtRuntime == b.qtBuild ? b.qtRuntime : QStringLiteral("%1 (built with %2)").arg(b.qtRuntime, b.qtBuild);
    m_gdal = b.gdal;
}

QString AppInfo::codeLicence() const
{
    return sim::codeLicence();
}

} // namespace sim
