// SPDX-License-Identifier: MIT
#include "io/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace sim {

QString couldNotWrite(const QString &path, const QString &why)
{
    return QStringLiteral("Could not write %1: %2").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), why);
}

std::optional<QString> writeFileAtomically(const QString &path, const std::function<std::optional<QString>(QIODevice &)> &write)
{
    if (path.isEmpty())
        return QStringLiteral("Could not write the file: no file name was given");
    if (QFileInfo(path).isDir())
        return couldNotWrite(path, QStringLiteral("it is a directory"));
    // Everything goes to a temporary file beside the target, renamed over it only when complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return couldNotWrite(path, file.errorString());
    if (const auto error = write(file)) {
        file.cancelWriting();
        return couldNotWrite(path, *error);
    }
    if (file.error() != QFileDevice::NoError) {
        const QString why = file.errorString();
        file.cancelWriting();
        return couldNotWrite(path, why);
    }
    if (!file.commit())
        return couldNotWrite(path, file.errorString());
    return std::nullopt;
}

QString CheckedDevice::reason() const
{
    const QString why = m_target.errorString();
    return why.isEmpty() || why == QLatin1String("Unknown error") ? QStringLiteral("a write failed") : why;
}

qint64 CheckedDevice::writeData(const char *data, qint64 size)
{
    if (m_failed)
        return -1;
    for (qint64 done = 0; done < size;) {
        const qint64 n = m_target.write(data + done, size - done);
        if (n <= 0) {
            m_failed = true;
            return -1;
        }
        done += n;
    }
    return size;
}

} // namespace sim
