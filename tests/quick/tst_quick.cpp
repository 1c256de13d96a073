// SPDX-License-Identifier: MIT
#include "appcontroller.h"

#include <QFile>
#include <QFileInfo>
#include <QQmlEngineExtensionPlugin>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QUrl>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(ShanghaiInnovationMapPlugin)

/** What the QML tests may ask of their environment: where to save screenshots (SIM_SCREENSHOT_DIR),
    the size and first bytes of a file. */
class TestEnv : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString screenshotDir READ screenshotDir CONSTANT)
public:
    QString screenshotDir() const { return qEnvironmentVariable("SIM_SCREENSHOT_DIR"); }
    /** The size in bytes of a local file (a file: URL or a path), -1 when there is none. */
    Q_INVOKABLE qint64 fileSize(const QUrl &file) const
    {
        const QFileInfo info(file.isLocalFile() ? file.toLocalFile() : file.toString());
        return info.isFile() ? info.size() : -1;
    }
    /** The first bytes of a local file, as Latin-1 text ("%PDF-…"). */
    Q_INVOKABLE QString fileHead(const QUrl &file, int bytes) const
    {
        QFile f(file.isLocalFile() ? file.toLocalFile() : file.toString());
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.read(bytes)) : QString();
    }
    Q_INVOKABLE bool removeFile(const QUrl &file) const
    {
        return QFile::remove(file.isLocalFile() ? file.toLocalFile() : file.toString());
    }
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
