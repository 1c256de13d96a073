// SPDX-License-Identifier: MIT
#include "data/problem.h"

#include <algorithm>

namespace sim {

QString Problem::toString() const
{
    QString s = file;
    if (!location.isEmpty())
        s += QLatin1Char(':') + location;
    s += severity == Severity::Error ? QStringLiteral(": error: ") : QStringLiteral(": warning: ");
    return s + message;
}

bool hasErrors(const Problems &problems)
{
    return std::any_of(problems.begin(), problems.end(), [](const Problem &p) { return p.isError(); });
}

QStringList toStrings(const Problems &problems)
{
    QStringList out;
    out.reserve(qsizetype(problems.size()));
    for (const auto &p : problems)
        out << p.toString();
    return out;
}

} // namespace sim
