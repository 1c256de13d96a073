// SPDX-License-Identifier: MIT
#include "io/settingsfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringDecoder>

namespace sim {

QString userSettingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QLatin1Char('/')
            + QCoreApplication::organizationName() + QLatin1Char('/') + QCoreApplication::applicationName()
            + QStringLiteral(".conf");
}

std::optional<QString> settingsFileProblem(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return std::nullopt;
    if (!info.isFile())
        return QStringLiteral("it is not a regular file");
    constexpr qint64 limit = 1 << 20; // ours is a few hundred bytes
    if (info.size() > limit)
        return QStringLiteral("it is %1 bytes long, far more than settings ever take").arg(info.size());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("it cannot be read: %1").arg(file.errorString());
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0'))
        return QStringLiteral("it contains NUL bytes (binary data)");
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (utf8.hasError())
        return QStringLiteral("it is not valid UTF-8 text");
    // What QSettings' INI format writes: blank lines, comments, [groups] and key=value lines.
    int lineNo = 0;
    // (Not QSettings itself: it would cache the damaged content under this path.)
    for (const QStringView line : QStringView(text).split(u'\n')) {
        ++lineNo;
        const QStringView t = line.trimmed();
        if (t.isEmpty() || t.startsWith(u';') || t.startsWith(u'#'))
            continue;
        if (t.startsWith(u'[') ? !t.endsWith(u']') : !t.contains(u'='))
            return QStringLiteral("line %1 is neither a [group] nor a key=value line").arg(lineNo);
    }
    return std::nullopt;
}

std::optional<SettingsReset> setAsideDamagedSettings(const QString &path)
{
    const auto problem = settingsFileProblem(path);
    if (!problem)
        return std::nullopt;
    SettingsReset reset {*problem, {}};
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFileInfo::exists(target) || QFileInfo(target).isSymLink(); ++n)
        target = path + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    if (QFile::rename(path, target))
        reset.keptAs = target;
    return reset;
}

} // namespace sim
