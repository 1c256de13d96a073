// SPDX-License-Identifier: MIT
#include "appcontroller.h"

#include <QQmlEngineExtensionPlugin>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(ShanghaiInnovationMapPlugin)

/** What the QML tests may ask of their environment: where to save screenshots (SIM_SCREENSHOT_DIR). */
class TestEnv : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString screenshotDir READ screenshotDir CONSTANT)
public:
    QString screenshotDir() const { return qEnvironmentVariable("SIM_SCREENSHOT_DIR"); }
};

/** Starts every test with the bundled data, in Chinese, as a fresh user would see it. */
class Setup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        sim::StartupOptions options;
        options.language = QStringLiteral("zh");
        sim::AppController::setStartupOptions(options);
        static TestEnv env;
        qmlRegisterSingletonInstance("TestSupport", 1, 0, "TestEnv", &env);
    }
};

QUICK_TEST_MAIN_WITH_SETUP(quick, Setup)

#include "tst_quick.moc"
