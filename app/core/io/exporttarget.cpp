// SPDX-License-Identifier: MIT
#include "io/exporttarget.h"

#include "data/dataset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace sim {

std::optional<QString> dataDirectoryRefusal(const QString &path, const QString &dataDir)
{
    if (path.isEmpty() || dataDir.isEmpty())
        return std::nullopt;
    // A directory to write into (an atlas) is checked itself; a file by the folder it goes to.
    const QFileInfo info(path);
    const QString where = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    if (!isInsideDirectory(where, dataDir))
        return std::nullopt;
    return QCoreApplication::translate(
            "Export", "%1 is inside the data directory %2, which this application never writes to. Choose another folder.")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(dataDir));
}

QString firstExistingFolder(const QStringList &candidates)
{
    for (const QString &c : candidates)
        if (!c.isEmpty() && QFileInfo(c).isDir())
            return QDir::cleanPath(QFileInfo(c).absoluteFilePath());
    return {};
}

QString defaultSaveFolder()
{
    return firstExistingFolder(
            {QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), QDir::homePath(), QDir::currentPath()});
}

} // namespace sim
