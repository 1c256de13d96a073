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

#include <cstdio>
#include <cstring>

Q_IMPORT_QML_PLUGIN(ShanghaiInnovationMapPlugin)

namespace {
/** True when the window would have nowhere to go: no X11 or Wayland display and no platform chosen
    (QT_QPA_PLATFORM or -platform). Qt itself would abort with a plugin message and a core dump. */
bool windowHasNoDisplay(int argc, char *argv[])
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID)
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
            || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return false;
    for (int i = 1; i < argc; ++i)
        if (!std::strcmp(argv[i], "-platform") || !std::strcmp(argv[i], "--platform"))
            return false;
    return true;
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return false;
#endif
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
    if (sim::cli::needsNoDisplay(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    else if (windowHasNoDisplay(argc, argv)) {
        std::fputs("shanghai-innovation-map: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window "
                   "cannot open.\n"
                   "Without a display these work: --validate, --export-pdf FILE, --export-all DIR, --export-table FILE, "
                   "--export-map FILE,\n"
                   "and a picture of the window: QT_QPA_PLATFORM=offscreen shanghai-innovation-map --screenshot FILE.png\n",
                stderr);
        return sim::cli::NoDisplay;
    }
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
