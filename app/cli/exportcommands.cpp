// SPDX-License-Identifier: MIT
#include "cli/exportcommands.h"

#include "data/dataset.h"
#include "io/exporttarget.h"
#include "export/mapimage.h"
#include "export/tablefile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <cstdio>

#include <unistd.h>

namespace sim::cli {

namespace {

Q_LOGGING_CATEGORY(lcTiming, "sim.timing", QtWarningMsg)

/** Milliseconds since this process started (Linux: /proc; -1 elsewhere), for the timing log. */
long long msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat")), up(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !up.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' '); // field 3 onwards
    const long ticks = sysconf(_SC_CLK_TCK);
    if (fields.size() < 20 || ticks <= 0)
        return -1;
    const double started = fields[19].toDouble() / double(ticks); // field 22: start time in clock ticks after boot
    return qRound64((up.readAll().split(' ').value(0).toDouble() - started) * 1000);
}

void print(FILE *out, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), out);
    std::fputc('\n', out);
}

QString kilobytes(const QString &path)
{
    return QString::number((QFileInfo(path).size() + 1023) / 1024);
}

/** --lang (checked by parse()), or the system's language (as the application starts in). */
std::optional<Lang> language(const CommandLine &cmd)
{
    if (cmd.language.isEmpty())
        return QLocale::system().language() == QLocale::Chinese ? Lang::Zh : Lang::En;
    return cmd.language == QLatin1String("zh") ? Lang::Zh : Lang::En;
}

std::shared_ptr<const Dataset> load(const QString &dataDir)
{
    const DatasetLoad load = loadDataset(dataDir);
    if (!load.dataset) {
        print(stderr, QStringLiteral("The data in %1 could not be loaded:").arg(dataDir));
        for (const auto &p : load.problems)
            if (p.isError())
                print(stderr, p.toString());
    }
    return load.dataset;
}

bool insideData(const QString &file, const QString &dataDir)
{
    const auto refusal = dataDirectoryRefusal(file, dataDir);
    if (refusal)
        print(stderr, *refusal);
    return refusal.has_value();
}

int exportTable(const CommandLine &cmd)
{
    const QString &dataDir = cmd.dataDir;
    const QString file = cmd.exportTable;
    if (!tableFormatOf(file)) {
        print(stderr, QStringLiteral("--export-table takes a file name ending in .csv or .xlsx, not \"%1\"").arg(file));
        return 2;
    }
    const auto lang = language(cmd);
    if (!lang)
        return 2;
    if (insideData(file, dataDir))
        return 2;
    const auto data = load(dataDir);
    if (!data)
        return 1;
    if (const auto error = writeDistrictTable(*data, file, *lang)) {
        print(stderr, *error);
        return 1;
    }
    print(stdout,
            QStringLiteral("Wrote %1 (%2 districts × %3 metrics, %4, %5 KB)")
                    .arg(QDir::toNativeSeparators(file))
                    .arg(data->districts.size())
                    .arg(data->metrics.size())
                    .arg(*tableFormatOf(file) == TableFormat::Csv ? QStringLiteral("CSV") : QStringLiteral("XLSX"),
                            kilobytes(file)));
    return 0;
}

int exportMap(const CommandLine &cmd)
{
    const QString &dataDir = cmd.dataDir;
    const QString file = cmd.exportMap;
    const auto format = mapImageFormatOf(file);
    if (!format) {
        print(stderr, QStringLiteral("--export-map takes a file name ending in .png or .svg, not \"%1\"").arg(file));
        return 2;
    }
    MapImageOptions options;
    const auto lang = language(cmd);
    if (!lang)
        return 2;
    options.lang = *lang;
    if (cmd.size) {
        // The size asked for is the size written: no high-DPI doubling.
        options.size = QSize(cmd.size->first, cmd.size->second); // (16–20000 px: checked by parse())
        options.devicePixelRatio = 1;
    }
    if (insideData(file, dataDir))
        return 2;
    qCInfo(lcTiming, "export-map: started %lld ms ago (libraries, QGuiApplication, command line)", msSinceProcessStart());
    QElapsedTimer clock;
    clock.start();
    const auto data = load(dataDir);
    if (!data)
        return 1;
    qCInfo(lcTiming, "export-map: data loaded and checked in %lld ms", clock.elapsed());
    if (cmd.metric) {
        options.metric = *cmd.metric;
        if (!data->metric(options.metric)) {
            QStringList keys;
            for (const Metric &m : data->metrics)
                keys << m.key;
            print(stderr,
                    QStringLiteral("No metric has the key \"%1\". The metrics are: %2")
                            .arg(options.metric, keys.join(QStringLiteral(", "))));
            return 2;
        }
    }
    if (cmd.district) {
        const QString name = *cmd.district;
        options.highlight = data->find(name);
        if (options.highlight < 0) {
            print(stderr, QStringLiteral("No district matches \"%1\".").arg(name));
            return 2;
        }
    }
    if (const auto error = writeMapImage(*data, options, file)) {
        print(stderr, *error);
        return 1;
    }
    const qreal dpr = *format == MapImageFormat::Png ? options.devicePixelRatio : 1;
    print(stdout,
            QStringLiteral("Wrote %1 (%2x%3 %4, %5 KB)")
                    .arg(QDir::toNativeSeparators(file))
                    .arg(qRound(options.size.width() * dpr))
                    .arg(qRound(options.size.height() * dpr))
                    .arg(*format == MapImageFormat::Png ? QStringLiteral("px PNG") : QStringLiteral("SVG"), kilobytes(file)));
    return 0;
}

} // namespace

int exportTableOrMap(const CommandLine &cmd)
{
    return cmd.exportTable.isEmpty() ? exportMap(cmd) : exportTable(cmd);
}

} // namespace sim::cli
