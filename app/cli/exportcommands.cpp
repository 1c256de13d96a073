// SPDX-License-Identifier: MIT
#include "exportcommands.h"

#include "data/dataset.h"
#include "export/mapimage.h"
#include "export/tablefile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <cstdio>

namespace sim::cli {

namespace {

const QString exportTableName = QStringLiteral("export-table");
const QString exportMapName = QStringLiteral("export-map");

void print(FILE *out, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), out);
    std::fputc('\n', out);
}

QString kilobytes(const QString &path) { return QString::number((QFileInfo(path).size() + 1023) / 1024); }

/** --lang, or the system's language (as the application starts in). */
std::optional<Lang> language(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("lang")))
        return QLocale::system().language() == QLocale::Chinese ? Lang::Zh : Lang::En;
    const QString value = parser.value(QStringLiteral("lang"));
    if (value == QLatin1String("zh"))
        return Lang::Zh;
    if (value == QLatin1String("en"))
        return Lang::En;
    print(stderr, QStringLiteral("--lang takes zh or en, not \"%1\"").arg(value));
    return std::nullopt;
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
    if (!isInsideDirectory(QFileInfo(file).absolutePath(), dataDir))
        return false;
    print(stderr, insideDataDirMessage(file, dataDir));
    return true;
}

int exportTable(const QCommandLineParser &parser, const QString &dataDir)
{
    const QString file = parser.value(exportTableName);
    if (!tableFormatOf(file)) {
        print(stderr, QStringLiteral("--export-table takes a file name ending in .csv or .xlsx, not \"%1\"").arg(file));
        return 2;
    }
    const auto lang = language(parser);
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
    print(stdout, QStringLiteral("Wrote %1 (%2 districts × %3 metrics, %4, %5 KB)")
                      .arg(QDir::toNativeSeparators(file)).arg(data->districts.size()).arg(data->metrics.size())
                      .arg(*tableFormatOf(file) == TableFormat::Csv ? QStringLiteral("CSV") : QStringLiteral("XLSX"), kilobytes(file)));
    return 0;
}

int exportMap(const QCommandLineParser &parser, const QString &dataDir)
{
    const QString file = parser.value(exportMapName);
    const auto format = mapImageFormatOf(file);
    if (!format) {
        print(stderr, QStringLiteral("--export-map takes a file name ending in .png or .svg, not \"%1\"").arg(file));
        return 2;
    }
    MapImageOptions options;
    const auto lang = language(parser);
    if (!lang)
        return 2;
    options.lang = *lang;
    if (parser.isSet(QStringLiteral("size"))) {
        // The size asked for is the size written: no high-DPI doubling.
        const QString text = parser.value(QStringLiteral("size"));
        const auto m = QRegularExpression(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$")).match(text);
        const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (w < 16 || h < 16 || w > 20000 || h > 20000) {
            print(stderr, QStringLiteral("--size takes WxH in pixels between 16x16 and 20000x20000, e.g. 1600x1200; got \"%1\"").arg(text));
            return 2;
        }
        options.size = QSize(w, h);
        options.devicePixelRatio = 1;
    }
    if (insideData(file, dataDir))
        return 2;
    const auto data = load(dataDir);
    if (!data)
        return 1;
    if (parser.isSet(QStringLiteral("metric"))) {
        options.metric = parser.value(QStringLiteral("metric"));
        if (!data->metric(options.metric)) {
            QStringList keys;
            for (const Metric &m : data->metrics)
                keys << m.key;
            print(stderr, QStringLiteral("No metric has the key \"%1\". The metrics are: %2").arg(options.metric, keys.join(QStringLiteral(", "))));
            return 2;
        }
    }
    if (parser.isSet(QStringLiteral("district"))) {
        const QString name = parser.value(QStringLiteral("district"));
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
    print(stdout, QStringLiteral("Wrote %1 (%2x%3 %4, %5 KB)")
                      .arg(QDir::toNativeSeparators(file))
                      .arg(qRound(options.size.width() * dpr)).arg(qRound(options.size.height() * dpr))
                      .arg(*format == MapImageFormat::Png ? QStringLiteral("px PNG") : QStringLiteral("SVG"), kilobytes(file)));
    return 0;
}

} // namespace

bool isExportArgument(const QByteArray &arg)
{
    return arg.startsWith("--export-table") || arg.startsWith("--export-map");
}

void addExportOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(exportTableName,
        QStringLiteral("Write every district × every metric (with unit, year and source) as a CSV (UTF-8) or XLSX file and exit (no window). Language: --lang."),
        QStringLiteral("FILE.csv|FILE.xlsx")));
    parser.addOption(QCommandLineOption(exportMapName,
        QStringLiteral("Write the map (legend, scale bar, north arrow) as a PNG or SVG file and exit (no window); with --metric KEY coloured by a metric, "
                       "--district ID highlighted, --size WxH pixels (default 1600x1200 at 2x for high-DPI: 3200x2400), --lang zh|en."),
        QStringLiteral("FILE.png|FILE.svg")));
}

std::optional<int> runExportCommands(const QCommandLineParser &parser, const QString &dataDir)
{
    const bool table = parser.isSet(exportTableName);
    const bool map = parser.isSet(exportMapName);
    if (!table && !map)
        return std::nullopt;
    if (table && map) {
        print(stderr, QStringLiteral("--export-table and --export-map cannot be combined: run them one after the other"));
        return 2;
    }
    if (parser.isSet(QStringLiteral("export-pdf")) || parser.isSet(QStringLiteral("export-all"))) {
        print(stderr, QStringLiteral("--export-%1 cannot be combined with --export-pdf or --export-all").arg(table ? QStringLiteral("table") : QStringLiteral("map")));
        return 2;
    }
    return table ? exportTable(parser, dataDir) : exportMap(parser, dataDir);
}

} // namespace sim::cli
