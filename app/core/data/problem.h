// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace sim {

/** One thing wrong (or doubtful) in a data file, with where it is. */
struct Problem {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString file; ///< the file's path
    QString location; ///< "line:column", a JSON pointer ("/districts/3/name/en"), or empty
    QString message; ///< what is wrong, for a person

    /** "FILE:LOCATION: error: MESSAGE", the way compilers print it. */
    [[nodiscard]] QString toString() const;
    [[nodiscard]] bool isError() const { return severity == Severity::Error; }
};

using Problems = std::vector<Problem>;

[[nodiscard]] bool hasErrors(const Problems &problems);
[[nodiscard]] QStringList toStrings(const Problems &problems);

} // namespace sim
