// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"

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
inline const sim::Dataset &bundled()
{
    static const sim::DatasetLoad load = sim::loadDataset(dataDir());
    if (!load.dataset)
        throw std::runtime_error("the bundled data does not load");
    return *load.dataset;
}

} // namespace simtest
