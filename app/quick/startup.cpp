// SPDX-License-Identifier: MIT
#include "startup.h"

#include "appstate.h"
#include "choropleth.h"
#include "datasession.h"
#include "selection.h"
#include "io/settingsfile.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTextStream>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace sim {

namespace {

StartupOptions startupOptions(const cli::CommandLine &cmd, QTextStream &err)
{
    StartupOptions options;
    options.dataDir = cmd.dataDir;
    options.watch = cmd.watch;
    options.language = cmd.language;
    options.theme = cmd.theme;
    options.district = cmd.district.value_or(QString());
    options.metric = cmd.metric.value_or(QString());
    options.view = cmd.view;
    options.at = cmd.at;
    options.tiles = cmd.tiles;
    options.tilesAttribution = cmd.tilesAttribution;
    if (cmd.compare)
        options.compare = cmd.compare->join(QLatin1Char(','));
    // A damaged settings file is set aside (never deleted) and the app starts with defaults.
    const QString settingsPath = userSettingsPath();
    if (const auto reset = setAsideDamagedSettings(settingsPath)) {
        options.settingsReset = reset; // shown in the window too, translated
        err << (reset->keptAs.isEmpty() ? QStringLiteral("Your settings file %1 is damaged (%2) and could not be moved aside; "
                                                         "the application uses its default settings.")
                                                  .arg(QDir::toNativeSeparators(settingsPath), reset->problem)
                                        : QStringLiteral("Your settings file was damaged (%1), so the application started with "
                                                         "its default settings. The damaged file was kept as %2.")
                                                  .arg(reset->problem, QDir::toNativeSeparators(reset->keptAs)))
            << Qt::endl;
    }
    // Read the data on a worker thread while the QML engine starts (both take a few hundred ms); the
    // land around the districts is read after that (DataSession), so it never delays the first frame.
    // A --screenshot is a picture of the whole map, the same every time: it reads the land with the
    // data (read later, it arrived before the picture or not depending on how busy the machine was).
    const ContextLoading context = cmd.screenshot.isEmpty() ? ContextLoading::Later : ContextLoading::WithData;
    options.preload = QtConcurrent::run([dir = cmd.dataDir, context] { return loadDataset(dir, context); });
    return options;
}

/** Start options that named nothing: said on stderr; with --screenshot (no one to see the window) an exit code. */
int checkStart(const AppState &app, const cli::CommandLine &cmd, QTextStream &err)
{
    const DataSession &session = *app.session();
    const Selection &c = *app.selection();
    if (!session.loaded()) {
        err << QStringLiteral("The data in %1 could not be loaded:").arg(cmd.dataDir) << Qt::endl;
        for (const QString &p : session.problems())
            err << p << Qt::endl;
        return 0; // the window shows the problems
    }
    QString problem;
    if (cmd.district && c.selectedIndex() < 0)
        problem = QStringLiteral("No district matches \"%1\".").arg(*cmd.district);
    else if (cmd.compare && c.compareIndex() < 0)
        problem = QStringLiteral("Cannot compare \"%1\": name two different districts that exist.")
                          .arg(cmd.compare->join(QLatin1Char(',')));
    else if (cmd.metric && app.choropleth()->metricKey() != *cmd.metric)
        problem = QStringLiteral("No metric has the key \"%1\".").arg(*cmd.metric);
    else if (cmd.at && c.selectedIndex() < 0)
        problem = QStringLiteral("No district contains the point %1.").arg(*cmd.atText);
    if (problem.isEmpty())
        return 0;
    err << problem << Qt::endl;
    return cmd.screenshot.isEmpty() ? 0 : 2;
}

/** Saves the window as a PNG once its first frame is drawn and the map has laid out, then exits. */
void screenshotAfterFirstFrame(QQuickWindow *window, const QString &file)
{
    auto once = std::make_shared<bool>(false);
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [window, file, once] {
        if (std::exchange(*once, true))
            return;
        QTimer::singleShot(1500, window, [window, file] {
            const QImage image = window->grabWindow();
            QTextStream out(stdout), err(stderr);
            if (image.isNull() || !image.save(file, "PNG")) {
                err << QStringLiteral("Could not save the screenshot to %1").arg(file) << Qt::endl;
                QCoreApplication::exit(1);
                return;
            }
            out << QStringLiteral("Saved %1 (%2x%3)").arg(file).arg(image.width()).arg(image.height()) << Qt::endl;
            QCoreApplication::exit(0);
        });
    });
}

} // namespace

int runApplication(QGuiApplication &app, const cli::CommandLine &cmd, QTextStream &, QTextStream &err)
{
    AppState::setStartupOptions(startupOptions(cmd, err));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QQmlApplicationEngine engine;
    QObject::connect(
            &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(3); }, Qt::QueuedConnection);
    engine.loadFromModule("ShanghaiInnovationMap", "Main");
    if (engine.rootObjects().isEmpty())
        return 3;
    if (auto *state = engine.singletonInstance<AppState *>("ShanghaiInnovationMap", "App"))
        if (const int code = checkStart(*state, cmd, err))
            return code;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (window && cmd.size)
        window->resize(cmd.size->first, cmd.size->second);
    if (window && !cmd.screenshot.isEmpty())
        screenshotAfterFirstFrame(window, cmd.screenshot);
    return app.exec();
}

} // namespace sim
