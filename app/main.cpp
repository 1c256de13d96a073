// SPDX-License-Identifier: MIT
// Shanghai Innovation Map: parse the command line, then either answer it headless (--validate,
// --export-pdf, --export-all) or load the QML module and hand over.
#include "about/buildinfo.h"
#include "appcontroller.h"
#include "data/dataset.h"
#include "report/report.h"
#include "io/settingsfile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimeZone>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(ShanghaiInnovationMapPlugin)

namespace {

void print(FILE *out, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), out);
    std::fputc('\n', out);
}

int validate(const QString &dir)
{
    const sim::DatasetLoad load = sim::loadDataset(dir);
    for (const auto &p : load.problems)
        print(p.isError() ? stderr : stdout, p.toString());
    if (!load.dataset) {
        print(stderr, QStringLiteral("%1: invalid: %2 problem(s)").arg(QDir(dir).absolutePath()).arg(load.problems.size()));
        return 1;
    }
    const auto &d = *load.dataset;
    print(stdout, QStringLiteral("%1: valid: %2 districts, %3 metrics, data version %4")
                      .arg(d.dir).arg(d.districts.size()).arg(d.metrics.size()).arg(d.version));
    return 0;
}

std::optional<sim::LonLat> parseLatLon(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 2)
        return std::nullopt;
    bool okLat = false, okLon = false;
    const double lat = parts[0].trimmed().toDouble(&okLat);
    const double lon = parts[1].trimmed().toDouble(&okLon);
    if (!okLat || !okLon || lat < -90 || lat > 90 || lon < -180 || lon > 180)
        return std::nullopt;
    return sim::LonLat{lon, lat};
}

// --export-pdf / --export-all: district summaries as PDF files, without a window.
struct ExportRequest {
    QString dataDir;
    std::optional<QString> district; // --district
    std::optional<QString> at;       // --at
    QString file;                    // --export-pdf
    QString allDir;                  // --export-all
    QString language;                // --pdf-lang
    std::optional<QString> compare;  // --compare A,B: the comparison instead of one district
};

int exportReports(const ExportRequest &req)
{
    if (req.file.isEmpty() && req.allDir.isEmpty()) {
        print(stderr, QStringLiteral("--export-pdf takes a file name, --export-all a directory"));
        return 2;
    }
    if (!req.file.isEmpty() && !req.allDir.isEmpty()) {
        print(stderr, QStringLiteral("--export-pdf and --export-all cannot be combined"));
        return 2;
    }
    if (req.compare && !req.allDir.isEmpty()) {
        print(stderr, QStringLiteral("--compare and --export-all cannot be combined"));
        return 2;
    }
    if (req.compare && (req.district || req.at)) {
        print(stderr, QStringLiteral("--compare names both districts: it cannot be combined with --district or --at"));
        return 2;
    }
    if (req.compare && req.compare->split(QLatin1Char(',')).size() != 2) {
        print(stderr, QStringLiteral("--compare takes two districts separated by a comma, e.g. pudong,minhang"));
        return 2;
    }
    if (!req.file.isEmpty() && !req.district && !req.at && !req.compare) {
        print(stderr, QStringLiteral("--export-pdf needs the district: --district ID|NAME or --at LAT,LON"));
        return 2;
    }
    if (req.district && req.at) {
        print(stderr, QStringLiteral("--district and --at cannot be combined"));
        return 2;
    }
    sim::ReportOptions options;
    if (!req.language.isEmpty()) {
        const auto lang = sim::reportLanguageFromString(req.language);
        if (!lang) {
            print(stderr, QStringLiteral("--pdf-lang takes zh, en or both, not \"%1\"").arg(req.language));
            return 2;
        }
        options.language = *lang;
    }
    // SOURCE_DATE_EPOCH (reproducible builds) fixes the date printed in the footer.
    bool epochOk = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&epochOk);
    options.generated = epochOk ? QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::UTC) : QDateTime::currentDateTime();

    const sim::DatasetLoad load = sim::loadDataset(req.dataDir);
    if (!load.dataset) {
        print(stderr, QStringLiteral("The data in %1 could not be loaded:").arg(req.dataDir));
        for (const auto &p : load.problems)
            if (p.isError())
                print(stderr, p.toString());
        return 1;
    }
    const sim::Dataset &data = *load.dataset;
    // The data directory is the user's (or a maintainer's): never written to.
    const QString target = req.allDir.isEmpty() ? QFileInfo(req.file).absolutePath() : req.allDir;
    if (sim::isInsideDirectory(target, req.dataDir)) {
        print(stderr, QStringLiteral("%1 is inside the data directory %2, which this application never writes to. Choose another folder.")
                          .arg(QDir::toNativeSeparators(req.allDir.isEmpty() ? req.file : req.allDir), QDir::toNativeSeparators(req.dataDir)));
        return 2;
    }

    auto report = [&](int index, const QString &path) {
        int pages = 0;
        if (const auto error = sim::writeDistrictReport(data, index, options, path, &pages)) {
            print(stderr, *error);
            return false;
        }
        print(stdout, QStringLiteral("Wrote %1 (%2, %3 page(s), %4 KB)")
                          .arg(QDir::toNativeSeparators(path), data.districts[size_t(index)].id)
                          .arg(pages).arg((QFileInfo(path).size() + 1023) / 1024));
        return true;
    };

    if (!req.allDir.isEmpty()) {
        QDir dir(req.allDir);
        if (!dir.mkpath(QStringLiteral("."))) {
            print(stderr, QStringLiteral("Could not create the directory %1").arg(QDir::toNativeSeparators(dir.absolutePath())));
            return 1;
        }
        for (size_t i = 0; i < data.districts.size(); ++i)
            if (!report(int(i), dir.filePath(sim::atlasReportFileName(data.districts[i]))))
                return 1;
        print(stdout, QStringLiteral("Wrote %1 district summaries to %2").arg(data.districts.size())
                          .arg(QDir::toNativeSeparators(dir.absolutePath())));
        return 0;
    }

    if (req.compare) {
        const QStringList names = req.compare->split(QLatin1Char(','));
        int indices[2] = {-1, -1};
        for (int k = 0; k < 2; ++k) {
            indices[k] = data.find(names[k].trimmed());
            if (indices[k] < 0) {
                print(stderr, QStringLiteral("No district matches \"%1\".").arg(names[k].trimmed()));
                return 2;
            }
        }
        if (indices[0] == indices[1]) {
            print(stderr, QStringLiteral("--compare needs two different districts, got \"%1\"").arg(*req.compare));
            return 2;
        }
        int pages = 0;
        if (const auto error = sim::writeCompareReport(data, indices[0], indices[1], options, req.file, &pages)) {
            print(stderr, *error);
            return 1;
        }
        print(stdout, QStringLiteral("Wrote %1 (%2 vs %3, %4 page(s), %5 KB)")
                          .arg(QDir::toNativeSeparators(req.file), data.districts[size_t(indices[0])].id,
                               data.districts[size_t(indices[1])].id)
                          .arg(pages).arg((QFileInfo(req.file).size() + 1023) / 1024));
        return 0;
    }

    int index = -1;
    if (req.district) {
        index = data.find(*req.district);
        if (index < 0) {
            print(stderr, QStringLiteral("No district matches \"%1\".").arg(*req.district));
            return 2;
        }
    } else {
        const auto point = parseLatLon(*req.at);
        if (!point) {
            print(stderr, QStringLiteral("--at takes LAT,LON in WGS84 degrees, e.g. 31.2397,121.4998; got \"%1\"").arg(*req.at));
            return 2;
        }
        index = data.districtAt(*point);
        if (index < 0) {
            print(stderr, QStringLiteral("No district contains the point %1.").arg(*req.at));
            return 2;
        }
    }
    return report(index, req.file) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication::setApplicationName(QStringLiteral("shanghai-innovation-map"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Shanghai Innovation Map"));
    QGuiApplication::setOrganizationName(QStringLiteral("ShanghaiInnovationMap"));
    QGuiApplication::setApplicationVersion(sim::buildInfo().version());
    // The installed .desktop file's name (Wayland app id: the window gets its icon and menu entry)
    QGuiApplication::setDesktopFileName(QStringLiteral(SIM_DESKTOP_ID));

    // Headless commands never need a display: decide before the application object exists.
    bool headless = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        headless = headless || a == "--validate" || a == "--help" || a == "-h" || a == "--version" || a == "-v" ||
                   a.startsWith("--export-pdf") || a.startsWith("--export-all");
    }
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QGuiApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Shanghai's 16 districts and their innovation work on a map. Click a district for its profile."));
    parser.addHelpOption();
    // --version says more than Qt's (libraries, data directory, licences): handled below
    const QCommandLineOption versionOpt({QStringLiteral("v"), QStringLiteral("version")},
        QStringLiteral("Show the version, the Qt and GDAL versions, the data directory and the licences, then exit."));
    parser.addOption(versionOpt);
    const QCommandLineOption dataOpt(QStringLiteral("data"), QStringLiteral("Load the data directory DIR instead of the bundled data."), QStringLiteral("DIR"));
    const QCommandLineOption validateOpt(QStringLiteral("validate"), QStringLiteral("Check the data directory, print every problem, exit non-zero on errors."));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("Interface and data language: zh or en (default: the system's)."), QStringLiteral("zh|en"));
    const QCommandLineOption districtOpt(QStringLiteral("district"), QStringLiteral("Start with this district selected (id, adcode, Chinese or English name)."), QStringLiteral("ID|NAME"));
    const QCommandLineOption atOpt(QStringLiteral("at"), QStringLiteral("Start with the district containing this WGS84 point selected."), QStringLiteral("LAT,LON"));
    const QCommandLineOption screenshotOpt(QStringLiteral("screenshot"), QStringLiteral("Render the window, save it as a PNG image to FILE and exit."), QStringLiteral("FILE"));
    const QCommandLineOption sizeOpt(QStringLiteral("size"), QStringLiteral("Window size, e.g. 1280x800."), QStringLiteral("WxH"));
    const QCommandLineOption themeOpt(QStringLiteral("theme"), QStringLiteral("Colour theme: dark or light (default: the platform's)."), QStringLiteral("dark|light"));
    const QCommandLineOption compareOpt(QStringLiteral("compare"), QStringLiteral("Start comparing two districts (ids or names), e.g. pudong,minhang."), QStringLiteral("A,B"));
    const QCommandLineOption noWatchOpt(QStringLiteral("no-watch"), QStringLiteral("Do not reload the data when its files change."));
    const QCommandLineOption metricOpt(QStringLiteral("metric"), QStringLiteral("Colour the map by this metric (e.g. population-density)."), QStringLiteral("KEY"));
    parser.addOptions({dataOpt, validateOpt, langOpt, districtOpt, atOpt, screenshotOpt, sizeOpt, themeOpt, metricOpt, compareOpt, noWatchOpt});
    const QCommandLineOption exportPdfOpt(QStringLiteral("export-pdf"), QStringLiteral("Write the summary of the district chosen with --district or --at (or, with --compare A,B, the comparison of the two) as a PDF to FILE and exit (no window)."), QStringLiteral("FILE"));
    const QCommandLineOption exportAllOpt(QStringLiteral("export-all"), QStringLiteral("Write one PDF summary per district into DIR (created if missing) and exit."), QStringLiteral("DIR"));
    const QCommandLineOption pdfLangOpt(QStringLiteral("pdf-lang"), QStringLiteral("Language of the PDF summaries: zh, en or both (default: both)."), QStringLiteral("zh|en|both"));
    parser.addOptions({exportPdfOpt, exportAllOpt, pdfLangOpt});
    parser.process(app);

    const QString dataDir = parser.isSet(dataOpt) ? parser.value(dataOpt) : sim::bundledDataDir();
    if (parser.isSet(versionOpt)) {
        print(stdout, sim::versionText(dataDir));
        return 0;
    }
    if (parser.isSet(validateOpt))
        return validate(dataDir);
    if (parser.isSet(exportPdfOpt) || parser.isSet(exportAllOpt)) {
        ExportRequest req;
        req.dataDir = dataDir;
        if (parser.isSet(districtOpt))
            req.district = parser.value(districtOpt);
        if (parser.isSet(atOpt))
            req.at = parser.value(atOpt);
        req.file = parser.value(exportPdfOpt);
        req.allDir = parser.value(exportAllOpt);
        req.language = parser.value(pdfLangOpt);
        if (parser.isSet(compareOpt))
            req.compare = parser.value(compareOpt);
        return exportReports(req);
    }

    sim::StartupOptions options;
    options.dataDir = dataDir;
    options.watch = !parser.isSet(noWatchOpt);
    // A damaged settings file is set aside (never deleted) and the app starts with defaults.
    const QString settingsPath = sim::userSettingsPath();
    if (const auto reset = sim::setAsideDamagedSettings(settingsPath)) {
        options.settingsReset = reset; // shown in the window too, translated
        print(stderr, reset->keptAs.isEmpty()
            ? QStringLiteral("Your settings file %1 is damaged (%2) and could not be moved aside; the application uses its default settings.")
                  .arg(QDir::toNativeSeparators(settingsPath), reset->problem)
            : QStringLiteral("Your settings file was damaged (%1), so the application started with its default settings. The damaged file was kept as %2.")
                  .arg(reset->problem, QDir::toNativeSeparators(reset->keptAs)));
    }
    if (parser.isSet(langOpt)) {
        const QString lang = parser.value(langOpt);
        if (lang != QLatin1String("zh") && lang != QLatin1String("en")) {
            print(stderr, QStringLiteral("--lang takes zh or en, not \"%1\"").arg(lang));
            return 2;
        }
        options.language = lang;
    }
    if (parser.isSet(themeOpt)) {
        options.theme = parser.value(themeOpt);
        if (options.theme != QLatin1String("dark") && options.theme != QLatin1String("light")) {
            print(stderr, QStringLiteral("--theme takes dark or light, not \"%1\"").arg(options.theme));
            return 2;
        }
    }
    if (parser.isSet(districtOpt))
        options.district = parser.value(districtOpt);
    if (parser.isSet(metricOpt))
        options.metric = parser.value(metricOpt);
    if (parser.isSet(compareOpt)) {
        options.compare = parser.value(compareOpt);
        if (options.compare.split(QLatin1Char(',')).size() != 2) {
            print(stderr, QStringLiteral("--compare takes two districts separated by a comma, e.g. pudong,minhang"));
            return 2;
        }
    }
    if (parser.isSet(atOpt)) {
        options.at = parseLatLon(parser.value(atOpt));
        if (!options.at) {
            print(stderr, QStringLiteral("--at takes LAT,LON in WGS84 degrees, e.g. 31.2397,121.4998; got \"%1\"").arg(parser.value(atOpt)));
            return 2;
        }
    }
    // Read the data on a worker thread while the QML engine starts (both take a few hundred ms).
    options.preload = QtConcurrent::run([dataDir] { return sim::loadDataset(dataDir); });
    sim::AppController::setStartupOptions(options);

    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QQmlApplicationEngine engine;
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(3); }, Qt::QueuedConnection);
    engine.loadFromModule("ShanghaiInnovationMap", "Main");
    if (engine.rootObjects().isEmpty())
        return 3;

    auto *controller = engine.singletonInstance<sim::AppController *>("ShanghaiInnovationMap", "AppController");
    if (controller && !controller->loaded()) {
        print(stderr, QStringLiteral("The data in %1 could not be loaded:").arg(dataDir));
        for (const QString &p : controller->problems())
            print(stderr, p);
    }
    const bool headlessRun = parser.isSet(screenshotOpt);
    if (controller && controller->loaded()) {
        if (parser.isSet(districtOpt) && controller->selectedIndex() < 0) {
            print(stderr, QStringLiteral("No district matches \"%1\".").arg(parser.value(districtOpt)));
            if (headlessRun)
                return 2;
        }
        if (parser.isSet(compareOpt) && controller->compareIndex() < 0) {
            print(stderr, QStringLiteral("Cannot compare \"%1\": name two different districts that exist.").arg(options.compare));
            if (headlessRun)
                return 2;
        }
        if (parser.isSet(metricOpt) && controller->metricKey() != options.metric) {
            print(stderr, QStringLiteral("No metric has the key \"%1\".").arg(options.metric));
            if (headlessRun)
                return 2;
        }
        if (parser.isSet(atOpt) && controller->selectedIndex() < 0) {
            print(stderr, QStringLiteral("No district contains the point %1.").arg(parser.value(atOpt)));
            if (headlessRun)
                return 2;
        }
    }

    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (window && parser.isSet(sizeOpt)) {
        const QStringList wh = parser.value(sizeOpt).split(QLatin1Char('x'));
        if (wh.size() == 2 && wh[0].toInt() > 0 && wh[1].toInt() > 0)
            window->resize(wh[0].toInt(), wh[1].toInt());
    }
    if (window && headlessRun) {
        const QString file = parser.value(screenshotOpt);
        // Wait for the first frame, then give the map a moment to lay out its items.
        QObject::connect(window, &QQuickWindow::frameSwapped, window, [window, file] {
            static bool once = false;
            if (once)
                return;
            once = true;
            QTimer::singleShot(1500, window, [window, file] {
                const QImage image = window->grabWindow();
                if (image.isNull() || !image.save(file, "PNG")) {
                    print(stderr, QStringLiteral("Could not save the screenshot to %1").arg(file));
                    QCoreApplication::exit(1);
                    return;
                }
                print(stdout, QStringLiteral("Saved %1 (%2x%3)").arg(file).arg(image.width()).arg(image.height()));
                QCoreApplication::exit(0);
            });
        });
    }
    return app.exec();
}
