// SPDX-License-Identifier: MIT
// The user's settings file (issue 8, "nothing lost"): a damaged one is recognised and set aside,
// never deleted, and the path checked is the one QSettings really uses.
#include "io/settingsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sim;

namespace {

/** All the bytes of a string literal, NULs included. */
template<size_t N>
QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, qsizetype(N - 1));
}

class SettingsFile : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(home.isValid());
        oldHome = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", home.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("SimTest"));
        QCoreApplication::setApplicationName(QStringLiteral("sim-settings-test"));
        path = home.path() + QStringLiteral("/SimTest/sim-settings-test.conf");
        QDir().mkpath(home.path() + QStringLiteral("/SimTest"));
    }
    void TearDown() override
    {
        if (oldHome.isNull())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", oldHome);
    }
    void write(const QByteArray &bytes) const
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    QTemporaryDir home;
    QByteArray oldHome;
    QString path;
};

} // namespace

TEST_F(SettingsFile, PathIsTheOneQSettingsUses)
{
    EXPECT_EQ(userSettingsPath(), path);
    EXPECT_EQ(userSettingsPath(), QSettings().fileName());
}

TEST_F(SettingsFile, WhatQSettingsWritesIsFine)
{
    EXPECT_EQ(settingsFileProblem(path), std::nullopt) << "absent: fine";
    {
        QSettings s(path, QSettings::IniFormat);
        s.setValue(QStringLiteral("language"), QStringLiteral("zh"));
        s.setValue(QStringLiteral("window/zoomLevel"), 10.5);
        s.setValue(QStringLiteral("window/metricKey"), QStringLiteral("人口"));
        s.setValue(QStringLiteral("window/list"), QStringList {QStringLiteral("a"), QStringLiteral("b=c")});
    }
    EXPECT_EQ(settingsFileProblem(path), std::nullopt);
    EXPECT_EQ(setAsideDamagedSettings(path), std::nullopt);
    EXPECT_TRUE(QFile::exists(path)) << "a good file stays where it is";
}

TEST_F(SettingsFile, DamagedFilesAreRecognised)
{
    write(bytes("[General]\nlanguage=zh\n\0\0\0\x01garbage"));
    EXPECT_EQ(settingsFileProblem(path), QStringLiteral("it contains NUL bytes (binary data)"));
    write("[General]\nlanguage=\xff\xfe\n");
    EXPECT_EQ(settingsFileProblem(path), QStringLiteral("it is not valid UTF-8 text"));
    write("[General]\nlanguage=zh\nthis line is half a key\n");
    EXPECT_EQ(settingsFileProblem(path), QStringLiteral("line 3 is neither a [group] nor a key=value line"));
    write("[window\nx=1\n");
    EXPECT_EQ(settingsFileProblem(path), QStringLiteral("line 1 is neither a [group] nor a key=value line"));
    write(QByteArray(2 << 20, 'a'));
    EXPECT_EQ(settingsFileProblem(path), QStringLiteral("it is 2097152 bytes long, far more than settings ever take"));
    QFile::remove(path);
    QDir().mkpath(path);
    EXPECT_EQ(settingsFileProblem(path), QStringLiteral("it is not a regular file"));
}

TEST_F(SettingsFile, ADamagedFileIsSetAsideByteForByte)
{
    const QByteArray damaged = bytes("[window]\nzoomLevel=12\n\0\0\xff half-written");
    ASSERT_EQ(damaged.size(), 38);
    write(damaged);
    const auto reset = setAsideDamagedSettings(path);
    ASSERT_TRUE(reset.has_value());
    EXPECT_EQ(reset->problem, QStringLiteral("it contains NUL bytes (binary data)"));
    EXPECT_FALSE(QFile::exists(path)) << "the app starts with defaults";
    ASSERT_TRUE(reset->keptAs.startsWith(path + QStringLiteral(".damaged-"))) << reset->keptAs.toStdString();
    QFile kept(reset->keptAs);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), damaged) << "nothing the user had is lost";
    // A second damaged file in the same second does not overwrite the first one kept.
    write("not ini");
    const auto again = setAsideDamagedSettings(path);
    ASSERT_TRUE(again.has_value());
    EXPECT_NE(again->keptAs, reset->keptAs);
    EXPECT_TRUE(QFile::exists(reset->keptAs));
    EXPECT_TRUE(QFile::exists(again->keptAs));
    // And QSettings then works from a clean slate.
    QSettings s(path, QSettings::IniFormat);
    EXPECT_EQ(s.status(), QSettings::NoError);
    EXPECT_FALSE(s.contains(QStringLiteral("window/zoomLevel")));
}
