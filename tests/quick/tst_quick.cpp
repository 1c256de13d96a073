// SPDX-License-Identifier: MIT
#include "appcontroller.h"

#include <QQmlEngineExtensionPlugin>
#include <QQuickStyle>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(ShanghaiInnovationMapPlugin)

/** Starts every test with the bundled data, in Chinese, as a fresh user would see it. */
class Setup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        sim::StartupOptions options;
        options.language = QStringLiteral("zh");
        sim::AppController::setStartupOptions(options);
    }
};

QUICK_TEST_MAIN_WITH_SETUP(quick, Setup)

#include "tst_quick.moc"
