// SPDX-License-Identifier: MIT
#pragma once

#include "geo/geometry.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace sim::cli {

/** Every option of the command line. kOptions (commandline.cpp) describes each one, once. */
enum class Opt {
    Data,
    Validate,
    Lang,
    District,
    At,
    Screenshot,
    Size,
    Theme,
    Metric,
    Compare,
    NoWatch,
    ExportPdf,
    ExportAll,
    PdfLang,
    ImportBoundaries,
    Out,
    Datum,
    Force,
    ExportTable,
    ExportMap,
    Tiles,
    TilesAttribution,
    View,
};

/** One row of the option table: drives QCommandLineParser, --help and the display pre-scan. */
struct OptionSpec {
    Opt id;
    const char *name; ///< without the leading "--"
    const char *valueName; ///< nullptr for a switch
    const char *help;
    /** The option answers without a window (no display needed): --validate, the exports. */
    bool headless = false;
};

/** The whole table, in the order --help lists it. */
std::span<const OptionSpec> options();

/** What the user asked for, checked: values that must have a form (LAT,LON, A,B, zh|en…) have it. */
struct CommandLine {
    /** Non-empty when the arguments are wrong: print it and exit with code 2. */
    QString error;
    /** --help or --version: print `answer` and exit 0. */
    bool answered = false;
    QString answer;

    QString dataDir; ///< --data, or the bundled data directory
    bool dataDirGiven = false;
    bool validate = false;
    QString language; ///< --lang: "zh", "en" or empty
    std::optional<QString> district;
    std::optional<LonLat> at;
    std::optional<QString> atText; ///< --at as typed (for messages)
    std::optional<QStringList> compare; ///< --compare A,B: exactly two names
    QString screenshot;
    std::optional<std::pair<int, int>> size; ///< --size WxH
    QString theme; ///< "dark", "light" or empty
    QString view; ///< "map", "table", "chart" or empty (the map)
    std::optional<QString> metric;
    bool watch = true;
    QString exportPdf;
    QString exportAll;
    QString pdfLanguage; ///< --pdf-lang: "zh", "en", "both" or empty (both)
    QString exportTable; ///< --export-table FILE.csv|FILE.xlsx
    QString exportMap; ///< --export-map FILE.png|FILE.svg
    QString importBoundaries; ///< --import-boundaries FILE|DIR
    QString out; ///< --out DIR (the data directory an import writes into)
    QString datum; ///< --datum: "gcj02", "wgs84" or empty (detected)
    bool force = false; ///< --force: an import may replace an existing boundary file
    QString tiles; ///< --tiles URL_TEMPLATE, checked (basemap/tiletemplate.h); empty when not given
    std::optional<QString> tilesAttribution; ///< --tiles-attribution TEXT

    /** A command that runs without a window (validate, exports) was asked for. */
    [[nodiscard]] bool headlessCommand() const
    {
        return validate || !exportPdf.isEmpty() || !exportAll.isEmpty() || !importBoundaries.isEmpty() || !exportTable.isEmpty()
                || !exportMap.isEmpty();
    }
};

/**
 * Parses `arguments` (as QCoreApplication::arguments(): the program first). Prints nothing and
 * never exits: --help and --version set `answered` and `answer`, bad arguments set `error`.
 * Needs a QCoreApplication (its name and version).
 */
CommandLine parse(const QStringList &arguments);

/**
 * Before any QGuiApplication exists: whether the arguments ask only for something that needs no
 * display (an option of the table marked headless, or --help/--version). Reads the same table as
 * parse(), so that a new headless option is known to both.
 */
bool needsNoDisplay(int argc, const char *const *argv);

/** "31.2304,121.4737" (LAT,LON in WGS84 degrees) → the point; anything else: std::nullopt. */
std::optional<LonLat> parseLatLon(const QString &text);

} // namespace sim::cli
