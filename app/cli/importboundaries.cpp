// SPDX-License-Identifier: MIT
#include "importboundaries.h"

#include "import/boundaryimport.h"

#include <QDir>
#include <cstdio>

namespace sim::cli {

namespace {
void print(FILE *out, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), out);
    std::fputc('\n', out);
}
} // namespace

int runImportBoundaries(const QString &source, const QString &outDir, const QString &datum, bool force)
{
    if (source.isEmpty()) {
        print(stderr, QStringLiteral("--import-boundaries takes the file to import (or a directory of them)"));
        return 2;
    }
    if (outDir.isEmpty()) {
        print(stderr, QStringLiteral("--import-boundaries needs --out DIR: the data directory to write boundaries.geojson into"));
        return 2;
    }
    BoundaryImportOptions options;
    options.outDir = outDir;
    options.force = force;
    if (datum == QLatin1String("gcj02"))
        options.datum = SourceDatum::Gcj02;
    else if (datum == QLatin1String("wgs84"))
        options.datum = SourceDatum::Wgs84;
    else if (!datum.isEmpty()) {
        print(stderr, QStringLiteral("--datum takes gcj02 or wgs84, not \"%1\"").arg(datum));
        return 2;
    }
    const BoundaryImportResult result = importBoundaries(source, options);
    for (const QString &line : result.report)
        print(stdout, line);
    for (const auto &p : result.problems)
        print(p.isError() ? stderr : stdout, p.toString());
    if (!result.ok) {
        int errors = 0;
        for (const auto &p : result.problems)
            errors += p.isError();
        print(stderr, QStringLiteral("%1: not imported: %2 error(s)").arg(QDir::toNativeSeparators(source)).arg(errors));
        return 1;
    }
    return 0;
}

} // namespace sim::cli
