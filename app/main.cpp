// SPDX-License-Identifier: MIT
// Shanghai Innovation Map: read the command line, then either answer it headless (--validate,
// --export-pdf, --export-all: app/cli/) or start the window (app/quick/startup.h).
#include "about/buildinfo.h"
#include "cli/commandline.h"
#include "cli/commands.h"
#include "startup.h"

#include <QGuiApplication>
#include <QQmlEngineExtensionPlugin>
#include <QTextStream>

Q_IMPORT_QML_PLUGIN(ShanghaiInnovationMapPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication::setApplicationName(QStringLiteral("shanghai-innovation-map"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Shanghai Innovation Map"));
    QGuiApplication::setOrganizationName(QStringLiteral("ShanghaiInnovationMap"));
    QGuiApplication::setApplicationVersion(sim::buildInfo().version());
    // The installed .desktop file's name (Wayland app id: the window gets its icon and menu entry)
    QGuiApplication::setDesktopFileName(QStringLiteral(SIM_DESKTOP_ID));

    // Headless commands never need a display: decide before the application object exists.
    if (sim::cli::needsNoDisplay(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const sim::cli::CommandLine cmd = sim::cli::parse(QGuiApplication::arguments());
    if (cmd.answered) {
        out << cmd.answer << Qt::endl;
        return sim::cli::Success;
    }
    if (!cmd.error.isEmpty()) {
        err << cmd.error << Qt::endl;
        return sim::cli::BadRequest;
    }
    if (cmd.headlessCommand())
        return sim::cli::runHeadless(cmd, out, err);
    return sim::runApplication(app, cmd, out, err);
}
