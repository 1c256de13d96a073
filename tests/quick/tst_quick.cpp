// SPDX-License-Identifier: MIT
#include "appstate.h"
#include "cases.h"
#include "datasession.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QSaveFile>
#include <QTemporaryDir>
#include <unistd.h>

#include <QClipboard>
#include <QDesktopServices>
#include <QFile>
#include <QGuiApplication>
#include <QFileInfo>
#include <QQmlEngineExtensionPlugin>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QSettings>
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
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(QString fixtureDir READ fixtureDir CONSTANT)
    /** tst_tiles.qml: "pattern" or "hang" (the local tile server of tests/quick/tile_server.py), else "". */
    Q_PROPERTY(QString tilesMode READ tilesMode CONSTANT)
public:
    QString tilesMode() const { return qEnvironmentVariable("SIM_TEST_TILES_MODE"); }
    QString screenshotDir() const { return qEnvironmentVariable("SIM_SCREENSHOT_DIR"); }
    /** The bundled data directory, and the three-district fixture (one district without data). */
    QString dataDir() const { return QStringLiteral(SIM_DATA_DIR); }
    QString fixtureDir() const { return QStringLiteral(SIM_FIXTURE_DIR); }
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
    /** The clipboard's text (the table view's Ctrl+C). */
    Q_INVOKABLE QString clipboardText() const { return QGuiApplication::clipboard()->text(); }
    Q_INVOKABLE bool removeFile(const QUrl &file) const
    {
        return QFile::remove(file.isLocalFile() ? file.toLocalFile() : file.toString());
    }

    // --- live data directories (tst_reload.qml) ---

    /** A fresh directory for this test run (removed at exit). */
    Q_INVOKABLE QString tempDir() { return m_temp.path(); }
    /** Makes `dir` a copy of the bundled data (or the three-district fixture); "" or why not. */
    Q_INVOKABLE QString copyData(const QString &dir, bool bundled) const { return hostile::copyBase(bundled, dir); }
    Q_INVOKABLE QStringList hostileCases() const { return hostile::caseNames(); }
    /** Turns `dir` into the hostile case `name`: {error, expected (DIR replaced), bundled, needsUnprivileged}. */
    Q_INVOKABLE QVariantMap applyHostileCase(const QString &name, const QString &dir) const
    {
        const QFileInfo info(dir);
        const hostile::Prepared p = hostile::prepare(name, info.absolutePath(), info.fileName());
        QStringList expected = hostile::expectedLines(name);
        expected.replaceInStrings(QStringLiteral("DIR"), dir);
        return {{QStringLiteral("error"), p.error}, {QStringLiteral("dir"), p.dir}, {QStringLiteral("expected"), expected},
                {QStringLiteral("bundled"), hostile::basedOnBundled(name)},
                {QStringLiteral("needsUnprivileged"), p.needsUnprivileged}};
    }
    Q_INVOKABLE bool isRoot() const { return geteuid() == 0; }
    Q_INVOKABLE QString readText(const QString &path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    /** Writes a file the way editors save: in place (truncate and write), or as a new file renamed
        over the old one (atomic). */
    Q_INVOKABLE bool writeText(const QString &path, const QString &text, bool atomic) const
    {
        if (atomic) {
            QSaveFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0 && f.commit();
        }
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
    }
    /** Makes a directory (and its parents); whether it exists afterwards. */
    Q_INVOKABLE bool makeDir(const QString &path) const { return QDir().mkpath(path); }
    /** Loads `dir` into the session as the application does at start: the land around the districts
        (its context file) is read afterwards, on a worker thread. */
    Q_INVOKABLE bool loadWithContextLater(QObject *session, const QString &dir) const
    {
        auto *s = qobject_cast<sim::DataSession *>(session);
        return s && s->load(dir, sim::loadDataset(dir, sim::ContextLoading::Later));
    }
    /** Names, sizes, modification times and contents of every file under `dir`, as one hash. */
    Q_INVOKABLE QString treeDigest(const QString &dir) const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QStringList files;
        QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort();
        for (const QString &path : files) {
            const QFileInfo info(path);
            hash.addData(path.toUtf8());
            hash.addData(QByteArray::number(info.size()) + QByteArray::number(info.lastModified().toMSecsSinceEpoch()));
            QFile f(path);
            if (info.isFile() && f.open(QIODevice::ReadOnly))
                hash.addData(f.readAll());
        }
        return QString::fromLatin1(hash.result().toHex());
    }

    // --- the application's settings (tst_window.qml: what the real window saves and restores) ---

    /** A value of the application's settings (QSettings in test mode, as the window's Settings use). */
    Q_INVOKABLE QVariant setting(const QString &key) const { return QSettings().value(key); }
    Q_INVOKABLE void setSetting(const QString &key, const QVariant &value) const { QSettings().setValue(key, value); }
    Q_INVOKABLE void removeSettings(const QString &group) const { QSettings().remove(group); }

    // --- URLs the application asked the desktop to open (QDesktopServices, "file" scheme) ---

    /** Every file: URL passed to QDesktopServices::openUrl since the last clearOpenedUrls(), as strings;
        no test ever starts the desktop's viewer or file manager. */
    Q_INVOKABLE QStringList openedUrls() const { return m_opened; }
    Q_INVOKABLE void clearOpenedUrls() { m_opened.clear(); }

public slots:
    /** The "file" URL handler (Setup). */
    void openUrl(const QUrl &url) { m_opened << url.toString(); }

private:
    QTemporaryDir m_temp;
    QStringList m_opened;
};

/** Starts every test with the bundled data, in Chinese, as a fresh user would see it. */
class Setup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
        // (as main.cpp, so that the window's Settings (tst_window.qml) have where to go)
        QGuiApplication::setOrganizationName(QStringLiteral("ShanghaiInnovationMap"));
        // Settings of this process alone, fresh: ctest runs one process per QML file, two at a
        // time, and one file's remembered window or base map must not reach another.
        static QTemporaryDir settingsDir;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        sim::StartupOptions options;
        options.language = QStringLiteral("zh");
        // tst_tiles.qml runs alone with a local tile server (SIM_TEST_TILES); every other test
        // starts without a base map (its settings are fresh: nothing earlier is remembered)
        options.tiles = qEnvironmentVariable("SIM_TEST_TILES");
        sim::AppState::setStartupOptions(options);
        static TestEnv env;
        qmlRegisterSingletonInstance("TestSupport", 1, 0, "TestEnv", &env);
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &env, "openUrl");
    }
};

QUICK_TEST_MAIN_WITH_SETUP(quick, Setup)

#include "tst_quick.moc"
