// SPDX-License-Identifier: MIT
#include "cli/commandline.h"

#include "about/buildinfo.h"
#include "basemap/tiletemplate.h"
#include "data/dataset.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <array>
#include <cstring>
#include <map>

namespace sim::cli {

namespace {

constexpr std::array kOptions = {
        OptionSpec {Opt::Data, "data", "DIR", "Load the data directory DIR instead of the bundled data."},
        OptionSpec {Opt::Validate, "validate", nullptr, "Check the data directory, print every problem, exit non-zero on errors.",
                true},
        OptionSpec {Opt::Lang, "lang", "zh|en", "Interface and data language: zh or en (default: the system's)."},
        OptionSpec {
                Opt::District, "district", "ID|NAME", "Start with this district selected (id, adcode, Chinese or English name)."},
        OptionSpec {Opt::At, "at", "LAT,LON", "Start with the district containing this WGS84 point selected."},
        OptionSpec {Opt::Screenshot, "screenshot", "FILE", "Render the window, save it as a PNG image to FILE and exit."},
        OptionSpec {Opt::Size, "size", "WxH", "Window size, e.g. 1280x800."},
        OptionSpec {Opt::Theme, "theme", "dark|light", "Colour theme: dark or light (default: the platform's)."},
        OptionSpec {Opt::Metric, "metric", "KEY", "Colour the map by this metric (e.g. population-density)."},
        OptionSpec {
                Opt::View, "view", "map|table|chart", "Start with this view: the map, the district table or the ranking chart."},
        OptionSpec {Opt::Compare, "compare", "A,B", "Start comparing two districts (ids or names), e.g. pudong,minhang."},
        OptionSpec {Opt::NoWatch, "no-watch", nullptr, "Do not reload the data when its files change."},
        OptionSpec {Opt::ExportPdf, "export-pdf", "FILE",
                "Write the summary of the district chosen with --district or --at (or, with --compare A,B, the comparison of the "
                "two) as a PDF to FILE and exit (no window).",
                true},
        OptionSpec {Opt::ExportAll, "export-all", "DIR",
                "Write one PDF summary per district into DIR (created if missing) and exit.", true},
        OptionSpec {Opt::PdfLang, "pdf-lang", "zh|en|both", "Language of the PDF summaries: zh, en or both (default: both)."},
        OptionSpec {Opt::ExportTable, "export-table", "FILE.csv|FILE.xlsx",
                "Write every district × every metric (with unit, year and source) as a CSV (UTF-8) or XLSX file and exit (no "
                "window). Language: --lang.",
                true},
        OptionSpec {Opt::ExportMap, "export-map", "FILE.png|FILE.svg",
                "Write the map (legend, scale bar, north arrow) as a PNG or SVG file and exit (no window); with --metric KEY "
                "coloured by a metric, "
                "--district ID highlighted, --size WxH pixels (default 1600x1200 at 2x for high-DPI: 3200x2400), --lang zh|en.",
                true},
        OptionSpec {Opt::Tiles, "tiles", "URL_TEMPLATE",
                "Show a tile base map under the districts from this server, e.g. "
                "https://tile.openstreetmap.org/{z}/{x}/{y}.png (remembered; the toolbar's Base map switches back to the "
                "offline land around the city)."},
        OptionSpec {Opt::TilesAttribution, "tiles-attribution", "TEXT",
                "With --tiles: the attribution the tile server asks for, shown on the map (default: \"© OpenStreetMap "
                "contributors\")."},
        OptionSpec {Opt::ImportBoundaries, "import-boundaries", "FILE",
                "Turn a published boundary file (DataV/GeoJSON, ECharts, Amap; or a directory of them) into boundaries.geojson "
                "for the data directory given with --out, and exit.",
                true},
        OptionSpec {Opt::Out, "out", "DIR", "With --import-boundaries: the data directory to write into."},
        OptionSpec {Opt::Datum, "datum", "gcj02|wgs84", "With --import-boundaries: the source's datum (default: detected)."},
        OptionSpec {Opt::Force, "force", nullptr, "With --import-boundaries: replace an existing boundary file."},
};

QString latin(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

std::span<const OptionSpec> options()
{
    return kOptions;
}

std::optional<LonLat> parseLatLon(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 2)
        return std::nullopt;
    bool okLat = false, okLon = false;
    const double lat = parts[0].trimmed().toDouble(&okLat);
    const double lon = parts[1].trimmed().toDouble(&okLon);
    if (!okLat || !okLon || lat < -90 || lat > 90 || lon < -180 || lon > 180)
        return std::nullopt;
    return LonLat {lon, lat};
}

bool needsNoDisplay(int argc, const char *const *argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (!std::strcmp(a, "--help") || !std::strcmp(a, "-h") || !std::strcmp(a, "--version") || !std::strcmp(a, "-v"))
            return true;
        if (std::strncmp(a, "--", 2) != 0)
            continue;
        for (const OptionSpec &o : kOptions) {
            const size_t n = std::strlen(o.name);
            if (o.headless && !std::strncmp(a + 2, o.name, n) && (a[2 + n] == '\0' || a[2 + n] == '='))
                return true;
        }
    }
    return false;
}

CommandLine parse(const QStringList &arguments)
{
    CommandLine cmd;
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Shanghai's 16 districts and their innovation work on a map. Click a district for its profile."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    std::map<Opt, QCommandLineOption> byId;
    for (const OptionSpec &o : kOptions) {
        QCommandLineOption option(latin(o.name), latin(o.help));
        if (o.valueName)
            option.setValueName(latin(o.valueName));
        parser.addOption(option);
        byId.emplace(o.id, option);
    }
    if (!parser.parse(arguments)) {
        cmd.error = parser.errorText();
        return cmd;
    }
    if (parser.isSet(help) || parser.isSet(version)) {
        cmd.answered = true;
        // --version says more than Qt's: the libraries, the data directory, the licences
        const QString dir = parser.isSet(byId.at(Opt::Data)) ? parser.value(byId.at(Opt::Data)) : bundledDataDir();
        cmd.answer = parser.isSet(help) ? parser.helpText() : versionText(dir);
        return cmd;
    }
    if (!parser.positionalArguments().isEmpty()) {
        cmd.error = QStringLiteral("Unexpected argument \"%1\" (see --help).").arg(parser.positionalArguments().constFirst());
        return cmd;
    }
    auto isSet = [&](Opt id) { return parser.isSet(byId.at(id)); };
    auto value = [&](Opt id) { return parser.value(byId.at(id)); };

    cmd.dataDirGiven = isSet(Opt::Data);
    cmd.dataDir = cmd.dataDirGiven ? value(Opt::Data) : bundledDataDir();
    cmd.validate = isSet(Opt::Validate);
    cmd.watch = !isSet(Opt::NoWatch);
    cmd.exportPdf = value(Opt::ExportPdf);
    cmd.exportAll = value(Opt::ExportAll);
    cmd.screenshot = value(Opt::Screenshot);
    cmd.exportTable = value(Opt::ExportTable);
    cmd.exportMap = value(Opt::ExportMap);
    cmd.importBoundaries = value(Opt::ImportBoundaries);
    cmd.out = value(Opt::Out);
    cmd.datum = value(Opt::Datum);
    cmd.force = isSet(Opt::Force);
    if (isSet(Opt::District))
        cmd.district = value(Opt::District);
    if (isSet(Opt::Metric))
        cmd.metric = value(Opt::Metric);

    if (isSet(Opt::Lang)) {
        cmd.language = value(Opt::Lang);
        if (cmd.language != QLatin1String("zh") && cmd.language != QLatin1String("en")) {
            cmd.error = QStringLiteral("--lang takes zh or en, not \"%1\"").arg(cmd.language);
            return cmd;
        }
    }
    if (isSet(Opt::Theme)) {
        cmd.theme = value(Opt::Theme);
        if (cmd.theme != QLatin1String("dark") && cmd.theme != QLatin1String("light")) {
            cmd.error = QStringLiteral("--theme takes dark or light, not \"%1\"").arg(cmd.theme);
            return cmd;
        }
    }
    if (isSet(Opt::View)) {
        cmd.view = value(Opt::View);
        if (cmd.view != QLatin1String("map") && cmd.view != QLatin1String("table") && cmd.view != QLatin1String("chart")) {
            cmd.error = QStringLiteral("--view takes map, table or chart, not \"%1\"").arg(cmd.view);
            return cmd;
        }
    }
    if (isSet(Opt::PdfLang)) {
        cmd.pdfLanguage = value(Opt::PdfLang);
        if (cmd.pdfLanguage != QLatin1String("zh") && cmd.pdfLanguage != QLatin1String("en")
                && cmd.pdfLanguage != QLatin1String("both")) {
            cmd.error = QStringLiteral("--pdf-lang takes zh, en or both, not \"%1\"").arg(cmd.pdfLanguage);
            return cmd;
        }
    }
    if (isSet(Opt::Compare)) {
        const QStringList pair = value(Opt::Compare).split(QLatin1Char(','));
        if (pair.size() != 2 || pair[0].trimmed().isEmpty() || pair[1].trimmed().isEmpty()) {
            cmd.error = QStringLiteral("--compare takes two districts separated by a comma, e.g. pudong,minhang");
            return cmd;
        }
        cmd.compare = QStringList {pair[0].trimmed(), pair[1].trimmed()};
    }
    if (isSet(Opt::At)) {
        cmd.atText = value(Opt::At);
        cmd.at = parseLatLon(*cmd.atText);
        if (!cmd.at) {
            cmd.error = QStringLiteral("--at takes LAT,LON in WGS84 degrees, e.g. 31.2397,121.4998; got \"%1\"").arg(*cmd.atText);
            return cmd;
        }
    }
    if (isSet(Opt::Tiles)) {
        QString why;
        cmd.tiles = parseTileTemplate(value(Opt::Tiles), why).url;
        if (cmd.tiles.isEmpty()) {
            cmd.error = QStringLiteral("--tiles: %1").arg(why);
            return cmd;
        }
    }
    if (isSet(Opt::TilesAttribution)) {
        cmd.tilesAttribution = value(Opt::TilesAttribution).trimmed();
        if (cmd.tilesAttribution->isEmpty() || cmd.tilesAttribution->size() > 300) {
            cmd.error = QStringLiteral("--tiles-attribution takes the text to show on the map (1 to 300 characters)");
            return cmd;
        }
    }
    if (isSet(Opt::Size)) {
        const QStringList wh = value(Opt::Size).split(QLatin1Char('x'));
        const int w = wh.size() == 2 ? wh[0].toInt() : 0;
        const int h = wh.size() == 2 ? wh[1].toInt() : 0;
        if (w < 16 || h < 16 || w > 20000 || h > 20000) {
            cmd.error = QStringLiteral("--size takes WxH in pixels between 16x16 and 20000x20000, e.g. 1600x1200; got \"%1\"")
                                .arg(value(Opt::Size));
            return cmd;
        }
        cmd.size = std::pair {w, h};
    }

    // Combinations that cannot mean anything.
    if (cmd.district && cmd.at)
        cmd.error = QStringLiteral("--district and --at cannot be combined");
    else if (cmd.compare && (cmd.district || cmd.at))
        cmd.error = QStringLiteral("--compare names both districts: it cannot be combined with --district or --at");
    else if (!cmd.exportPdf.isEmpty() && !cmd.exportAll.isEmpty())
        cmd.error = QStringLiteral("--export-pdf and --export-all cannot be combined");
    else if (cmd.compare && !cmd.exportAll.isEmpty())
        cmd.error = QStringLiteral("--compare and --export-all cannot be combined");
    else if (!cmd.exportTable.isEmpty() && !cmd.exportMap.isEmpty())
        cmd.error = QStringLiteral("--export-table and --export-map cannot be combined: run them one after the other");
    else if ((!cmd.exportTable.isEmpty() || !cmd.exportMap.isEmpty()) && (!cmd.exportPdf.isEmpty() || !cmd.exportAll.isEmpty()))
        cmd.error = QStringLiteral("--export-%1 cannot be combined with --export-pdf or --export-all")
                            .arg(cmd.exportTable.isEmpty() ? QStringLiteral("map") : QStringLiteral("table"));
    else if (!cmd.exportPdf.isEmpty() && !cmd.district && !cmd.at && !cmd.compare)
        cmd.error = QStringLiteral("--export-pdf needs the district: --district ID|NAME or --at LAT,LON");
    return cmd;
}

} // namespace sim::cli
