// SPDX-License-Identifier: MIT
// Shanghai Innovation Map: parse the command line, then either answer it headless (--validate)
// or load the QML module and hand over.
#include "appcontroller.h"
#include "dataset.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>

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

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication::setApplicationName(QStringLiteral("shanghai-innovation-map"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Shanghai Innovation Map"));
    QGuiApplication::setOrganizationName(QStringLiteral("ShanghaiInnovationMap"));
    QGuiApplication::setApplicationVersion(QStringLiteral(SIM_VERSION));

    // Headless commands never need a display: decide before the application object exists.
    bool headless = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        headless = headless || a == "--validate" || a == "--help" || a == "-h" || a == "--version" || a == "-v";
    }
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QGuiApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Shanghai's 16 districts and their innovation work on a map. Click a district for its profile."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOpt(QStringLiteral("data"), QStringLiteral("Load the data directory DIR instead of the bundled data."), QStringLiteral("DIR"));
    const QCommandLineOption validateOpt(QStringLiteral("validate"), QStringLiteral("Check the data directory, print every problem, exit non-zero on errors."));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("Interface and data language: zh or en (default: the system's)."), QStringLiteral("zh|en"));
    const QCommandLineOption districtOpt(QStringLiteral("district"), QStringLiteral("Start with this district selected (id, adcode, Chinese or English name)."), QStringLiteral("ID|NAME"));
    const QCommandLineOption atOpt(QStringLiteral("at"), QStringLiteral("Start with the district containing this WGS84 point selected."), QStringLiteral("LAT,LON"));
    const QCommandLineOption screenshotOpt(QStringLiteral("screenshot"), QStringLiteral("Render the window, save it as a PNG image to FILE and exit."), QStringLiteral("FILE"));
    const QCommandLineOption sizeOpt(QStringLiteral("size"), QStringLiteral("Window size, e.g. 1280x800."), QStringLiteral("WxH"));
    const QCommandLineOption themeOpt(QStringLiteral("theme"), QStringLiteral("Colour theme: dark or light (default: the platform's)."), QStringLiteral("dark|light"));
    const QCommandLineOption metricOpt(QStringLiteral("metric"), QStringLiteral("Colour the map by this metric (e.g. population-density)."), QStringLiteral("KEY"));
    parser.addOptions({dataOpt, validateOpt, langOpt, districtOpt, atOpt, screenshotOpt, sizeOpt, themeOpt, metricOpt});
    parser.process(app);

    const QString dataDir = parser.isSet(dataOpt) ? parser.value(dataOpt) : sim::bundledDataDir();
    if (parser.isSet(validateOpt))
        return validate(dataDir);

    sim::StartupOptions options;
    options.dataDir = dataDir;
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
    if (parser.isSet(atOpt)) {
        options.at = parseLatLon(parser.value(atOpt));
        if (!options.at) {
            print(stderr, QStringLiteral("--at takes LAT,LON in WGS84 degrees, e.g. 31.2397,121.4998; got \"%1\"").arg(parser.value(atOpt)));
            return 2;
        }
    }
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
