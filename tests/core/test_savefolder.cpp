// SPDX-License-Identifier: MIT
// The folder the save dialogs open in (issue 16): always one that exists — Documents, else the
// home directory, else the current directory — so the proposed file can be saved as it is.
#include "io/exporttarget.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

/** Sets HOME (and clears XDG_CONFIG_HOME, which may name another Documents) for one test. */
class HomeIs
{
public:
    explicit HomeIs(const QString &home)
        : m_home(qgetenv("HOME")), m_config(qgetenv("XDG_CONFIG_HOME")), m_hadConfig(qEnvironmentVariableIsSet("XDG_CONFIG_HOME"))
    {
        qputenv("HOME", home.toLocal8Bit());
        qunsetenv("XDG_CONFIG_HOME");
    }
    ~HomeIs()
    {
        qputenv("HOME", m_home);
        if (m_hadConfig)
            qputenv("XDG_CONFIG_HOME", m_config);
    }

private:
    QByteArray m_home, m_config;
    bool m_hadConfig;
};

} // namespace

TEST(SaveFolder, FirstExistingFolderSkipsMissingAndEmptyOnes)
{
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    ASSERT_TRUE(QDir(tmp.path()).mkpath(QStringLiteral("b")));
    const QString missing = tmp.filePath(QStringLiteral("a"));
    const QString b = tmp.filePath(QStringLiteral("b"));
    EXPECT_EQ(sim::firstExistingFolder({QString(), missing, b + QStringLiteral("/./"), tmp.path()}), QDir::cleanPath(b));
    EXPECT_EQ(sim::firstExistingFolder({missing}), QString());
    EXPECT_EQ(sim::firstExistingFolder({}), QString());
}

TEST(SaveFolder, AFileIsNotAFolder)
{
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    QFile f(tmp.filePath(QStringLiteral("Documents")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    EXPECT_EQ(sim::firstExistingFolder({f.fileName(), tmp.path()}), QDir::cleanPath(tmp.path()));
}

TEST(SaveFolder, DocumentsWhenItExists)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    ASSERT_TRUE(QDir(home.path()).mkpath(QStringLiteral("Documents")));
    const HomeIs h(home.path());
    EXPECT_EQ(sim::defaultSaveFolder(), QDir::cleanPath(home.filePath(QStringLiteral("Documents"))));
}

TEST(SaveFolder, HomeWhenThereIsNoDocumentsFolder)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const HomeIs h(home.path());
    EXPECT_EQ(sim::defaultSaveFolder(), QDir::cleanPath(home.path()));
}

TEST(SaveFolder, CurrentDirectoryWhenHomeDoesNotExist)
{
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    const HomeIs h(tmp.filePath(QStringLiteral("gone")));
    EXPECT_EQ(sim::defaultSaveFolder(), QDir::cleanPath(QDir::currentPath()));
}
