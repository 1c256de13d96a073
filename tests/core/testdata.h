// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <memory>
#include <ostream>

// Readable gtest output for Qt strings.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
inline void PrintTo(const QStringList &l, std::ostream *os)
{
    *os << "{\n";
    for (const auto &s : l)
        *os << "  \"" << s.toStdString() << "\"\n";
    *os << "}";
}

namespace simtest {

inline QString dataDir()
{
    return QStringLiteral(SIM_DATA_DIR);
}
inline QString fixture(const char *name)
{
    return QStringLiteral(SIM_FIXTURES_DIR "/") + QLatin1String(name);
}

/** The bundled data, loaded once for all tests. */
/** Copies the data directory `from` (files and subfolders) into `to`, for a test to change. */
inline void copyDataDir(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = to + src.mid(from.size());
        QDir().mkpath(QFileInfo(dst).path());
        QFile::copy(src, dst);
    }
}

inline const sim::Dataset &bundled()
{
    static const sim::DatasetLoad load = sim::loadDataset(dataDir());
    if (!load.dataset)
        throw std::runtime_error("the bundled data does not load");
    return *load.dataset;
}

} // namespace simtest
