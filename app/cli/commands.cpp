// SPDX-License-Identifier: MIT
#include "cli/commands.h"

#include "cli/exportcommands.h"
#include "cli/importboundaries.h"
#include "data/dataset.h"
#include "io/exporttarget.h"
#include "report/report.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <QTimeZone>

namespace sim::cli {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

qint64 kilobytes(const QString &path)
{
    return (QFileInfo(path).size() + 1023) / 1024;
}

/** Loads the data or prints why it cannot be loaded. */
std::shared_ptr<const Dataset> loadOrExplain(const QString &dir, QTextStream &err)
{
    DatasetLoad load = loadDataset(dir);
    if (!load.dataset) {
        err << QStringLiteral("The data in %1 could not be loaded:").arg(dir) << Qt::endl;
        for (const auto &p : load.problems)
            if (p.isError())
                err << p.toString() << Qt::endl;
    }
    return load.dataset;
}

/** --district or --at → the district's index, or -1 after saying why. */
int chosenDistrict(const Dataset &data, const CommandLine &cmd, QTextStream &err)
{
    if (cmd.district) {
        const int index = data.find(*cmd.district);
        if (index < 0)
            err << QStringLiteral("No district matches \"%1\".").arg(*cmd.district) << Qt::endl;
        return index;
    }
    const int index = data.districtAt(*cmd.at);
    if (index < 0)
        err << QStringLiteral("No district contains the point %1.").arg(*cmd.atText) << Qt::endl;
    return index;
}

} // namespace

int validate(const CommandLine &cmd, QTextStream &out, QTextStream &err)
{
    const DatasetLoad load = loadDataset(cmd.dataDir);
    for (const auto &p : load.problems)
        (p.isError() ? err : out) << p.toString() << Qt::endl;
    if (!load.dataset) {
        err << QStringLiteral("%1: invalid: %2 problem(s)").arg(QDir(cmd.dataDir).absolutePath()).arg(load.problems.size())
            << Qt::endl;
        return Failed;
    }
    const Dataset &d = *load.dataset;
    out << QStringLiteral("%1: valid: %2 districts, %3 metrics, data version %4")
                    .arg(d.dir)
                    .arg(d.districts.size())
                    .arg(d.metrics.size())
                    .arg(d.version)
        << Qt::endl;
    return Success;
}

int exportPdf(const CommandLine &cmd, QTextStream &out, QTextStream &err)
{
    ReportOptions options;
    if (!cmd.pdfLanguage.isEmpty())
        options.language = *reportLanguageFromString(cmd.pdfLanguage); // (checked by parse())
    // SOURCE_DATE_EPOCH (reproducible builds) fixes the date printed in the footer.
    bool epochOk = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&epochOk);
    options.generated = epochOk ? QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::UTC) : QDateTime::currentDateTime();

    const auto data = loadOrExplain(cmd.dataDir, err);
    if (!data)
        return Failed;
    const QString target = cmd.exportAll.isEmpty() ? cmd.exportPdf : cmd.exportAll;
    if (const auto refusal = dataDirectoryRefusal(target, cmd.dataDir)) {
        err << *refusal << Qt::endl;
        return BadRequest;
    }

    if (!cmd.exportAll.isEmpty()) {
        QDir dir(cmd.exportAll);
        if (!dir.mkpath(QStringLiteral("."))) {
            err << QStringLiteral("Could not create the directory %1").arg(native(dir.absolutePath())) << Qt::endl;
            return Failed;
        }
        for (size_t i = 0; i < data->districts.size(); ++i) {
            const QString path = dir.filePath(atlasReportFileName(data->districts[i]));
            int pages = 0;
            if (const auto error = writeDistrictReport(*data, int(i), options, path, &pages)) {
                err << *error << Qt::endl;
                return Failed;
            }
            out << QStringLiteral("Wrote %1 (%2, %3 page(s), %4 KB)")
                            .arg(native(path), data->districts[i].id)
                            .arg(pages)
                            .arg(kilobytes(path))
                << Qt::endl;
        }
        out << QStringLiteral("Wrote %1 district summaries to %2").arg(data->districts.size()).arg(native(dir.absolutePath()))
            << Qt::endl;
        return Success;
    }

    if (cmd.compare) {
        int index[2];
        for (int k = 0; k < 2; ++k) {
            index[k] = data->find((*cmd.compare)[k]);
            if (index[k] < 0) {
                err << QStringLiteral("No district matches \"%1\".").arg((*cmd.compare)[k]) << Qt::endl;
                return BadRequest;
            }
        }
        if (index[0] == index[1]) {
            err << QStringLiteral("--compare needs two different districts, got \"%1\"").arg(cmd.compare->join(QLatin1Char(',')))
                << Qt::endl;
            return BadRequest;
        }
        int pages = 0;
        if (const auto error = writeCompareReport(*data, index[0], index[1], options, cmd.exportPdf, &pages)) {
            err << *error << Qt::endl;
            return Failed;
        }
        out << QStringLiteral("Wrote %1 (%2 vs %3, %4 page(s), %5 KB)")
                        .arg(native(cmd.exportPdf), data->districts[size_t(index[0])].id, data->districts[size_t(index[1])].id)
                        .arg(pages)
                        .arg(kilobytes(cmd.exportPdf))
            << Qt::endl;
        return Success;
    }

    const int index = chosenDistrict(*data, cmd, err);
    if (index < 0)
        return BadRequest;
    int pages = 0;
    if (const auto error = writeDistrictReport(*data, index, options, cmd.exportPdf, &pages)) {
        err << *error << Qt::endl;
        return Failed;
    }
    out << QStringLiteral("Wrote %1 (%2, %3 page(s), %4 KB)")
                    .arg(native(cmd.exportPdf), data->districts[size_t(index)].id)
                    .arg(pages)
                    .arg(kilobytes(cmd.exportPdf))
        << Qt::endl;
    return Success;
}

int runHeadless(const CommandLine &cmd, QTextStream &out, QTextStream &err)
{
    if (!cmd.exportTable.isEmpty() || !cmd.exportMap.isEmpty())
        return exportTableOrMap(cmd);
    if (!cmd.importBoundaries.isEmpty())
        return runImportBoundaries(cmd.importBoundaries, cmd.out, cmd.datum, cmd.force);
    if (cmd.validate)
        return validate(cmd, out, err);
    return exportPdf(cmd, out, err);
}

} // namespace sim::cli
