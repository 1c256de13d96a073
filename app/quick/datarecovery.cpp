// SPDX-License-Identifier: MIT
#include "datarecovery.h"

#include "data/dataset.h"
#include "import/boundaryimport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace sim {

namespace {
/** Copies the data directory `from` into `to` (every file and folder but boundaries.geojson and its manifest). */
bool copyDataFiles(const QString &from, const QString &to, QString &error)
{
    const QDir src(from);
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = src.relativeFilePath(path);
        if (rel == QLatin1String("boundaries.geojson") || rel == QLatin1String("boundaries.import.json"))
            continue;
        const QString target = to + QLatin1Char('/') + rel;
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(path, target)) {
            error = QStringLiteral("%1: cannot copy to %2").arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target));
            return false;
        }
    }
    return true;
}
} // namespace

DataRecovery::DataRecovery(QObject *parent) : QObject(parent)
{ }

QString DataRecovery::bundledDataDir() const
{
    return sim::bundledDataDir();
}

QString DataRecovery::localPath(const QUrl &url) const
{
    return url.isLocalFile() ? QDir::toNativeSeparators(url.toLocalFile()) : QString();
}

QVariantMap DataRecovery::importBoundaries(const QUrl &source, const QUrl &folder) const
{
    QStringList report;
    const auto fail = [&](const QString &why) {
        report << why;
        return QVariantMap {
                {QStringLiteral("ok"), false}, {QStringLiteral("dir"), localPath(folder)}, {QStringLiteral("report"), report}};
    };
    if (!source.isLocalFile() || !QFileInfo::exists(source.toLocalFile()))
        return fail(QStringLiteral("%1: no such file").arg(source.isLocalFile() ? source.toLocalFile() : source.toString()));
    if (!folder.isLocalFile())
        return fail(QStringLiteral("%1: not a local folder").arg(folder.toString()));
    const QString dir = QDir::cleanPath(folder.toLocalFile());
    const QString bundled = QDir::cleanPath(bundledDataDir());
    if (isInsideDirectory(dir, bundled))
        return fail(QStringLiteral("%1: is inside the bundled data directory; choose a new folder elsewhere").arg(dir));
    if (QDir d(dir); d.exists() && !d.isEmpty())
        return fail(QStringLiteral("%1: the folder is not empty; choose a new or empty folder").arg(dir));
    if (!QDir().mkpath(dir))
        return fail(QStringLiteral("%1: cannot make the folder").arg(dir));
    if (QString error; !copyDataFiles(bundled, dir, error))
        return fail(error);
    report << QStringLiteral("Copied the bundled data (without its boundaries) from %1 to %2").arg(bundled, dir);
    BoundaryImportOptions options;
    options.outDir = dir;
    options.force = true;
    const BoundaryImportResult result = sim::importBoundaries(source.toLocalFile(), options);
    report << result.report;
    for (const auto &p : result.problems)
        report << p.toString();
    return {{QStringLiteral("ok"), result.ok}, {QStringLiteral("dir"), dir}, {QStringLiteral("report"), report}};
}

} // namespace sim
