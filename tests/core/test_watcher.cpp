// SPDX-License-Identifier: MIT
// DataWatcher (live reload, issue 8): which changes to a data directory it reports, and that it
// keeps seeing them after files are replaced the way editors and version control replace them.
#include "io/datawatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

using namespace sim;

namespace {

void ensureApp()
{
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "tst_core";
        static char *argv[] = {name, nullptr};
        static QCoreApplication app(argc, argv);
    }
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

class Watcher : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(tmp.isValid());
        dir = tmp.path() + QStringLiteral("/data");
        ASSERT_TRUE(QDir().mkpath(dir + QStringLiteral("/sources")));
        ASSERT_TRUE(writeFile(dir + QStringLiteral("/dataset.json"), "{}"));
        ASSERT_TRUE(writeFile(dir + QStringLiteral("/sources/text.txt"), "text"));
        watcher.setSettleMs(100);
        QObject::connect(&watcher, &DataWatcher::changed, [this] { ++changes; });
        watcher.watch(dir);
    }

    /** Runs the event loop until `changes` reaches n (true) or `ms` pass (false). */
    bool waitForChanges(int n, int ms = 5000)
    {
        QElapsedTimer t;
        t.start();
        while (changes < n && t.elapsed() < ms) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(5);
        }
        return changes >= n;
    }
    /** Runs the event loop for `ms` (to see that nothing more is reported). */
    void idle(int ms)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(5);
        }
    }

    bool appReady = (ensureApp(), true); // before the watcher: it needs the event dispatcher
    QTemporaryDir tmp;
    QString dir;
    DataWatcher watcher;
    int changes = 0;
};

} // namespace

TEST_F(Watcher, WatchesTheDirectoryItsSubdirectoriesAndTheirFiles)
{
    const QStringList paths = watcher.watchedPaths();
    EXPECT_TRUE(paths.contains(dir));
    EXPECT_TRUE(paths.contains(dir + QStringLiteral("/dataset.json")));
    EXPECT_TRUE(paths.contains(dir + QStringLiteral("/sources")));
    EXPECT_TRUE(paths.contains(dir + QStringLiteral("/sources/text.txt")));
    idle(300);
    EXPECT_EQ(changes, 0) << "nothing changed, nothing reported";
}

TEST_F(Watcher, ABurstOfWritesIsReportedOnce)
{
    for (int i = 0; i < 5; ++i) {
        ASSERT_TRUE(writeFile(dir + QStringLiteral("/dataset.json"), QByteArray::number(i)));
        QThread::msleep(10);
    }
    ASSERT_TRUE(waitForChanges(1));
    idle(400);
    EXPECT_EQ(changes, 1);
}

TEST_F(Watcher, KeepsSeeingAFileReplacedByRename)
{
    // the way editors save: a new file renamed over the old one (the old inode's watch ends)
    for (int round = 1; round <= 3; ++round) {
        QSaveFile f(dir + QStringLiteral("/dataset.json"));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::number(round));
        ASSERT_TRUE(f.commit());
        ASSERT_TRUE(waitForChanges(round)) << "round " << round;
        idle(200);
    }
    // and an in-place write to the new file is seen too
    ASSERT_TRUE(writeFile(dir + QStringLiteral("/dataset.json"), "in place"));
    EXPECT_TRUE(waitForChanges(4));
}

TEST_F(Watcher, SeesChangesInsideSubdirectories)
{
    ASSERT_TRUE(writeFile(dir + QStringLiteral("/sources/text.txt"), "changed"));
    ASSERT_TRUE(waitForChanges(1));
    ASSERT_TRUE(writeFile(dir + QStringLiteral("/sources/new.txt"), "new"));
    EXPECT_TRUE(waitForChanges(2));
}

TEST_F(Watcher, FollowsADirectoryThatIsRemovedAndMadeAgain)
{
    ASSERT_TRUE(QDir(dir).removeRecursively());
    ASSERT_TRUE(waitForChanges(1));
    EXPECT_TRUE(watcher.watchedPaths().contains(tmp.path())) << "waits in the parent";
    idle(200);
    const int before = changes;
    ASSERT_TRUE(QDir().mkpath(dir));
    ASSERT_TRUE(waitForChanges(before + 1));
    idle(200);
    ASSERT_TRUE(writeFile(dir + QStringLiteral("/dataset.json"), "{}"));
    ASSERT_TRUE(waitForChanges(changes + 1));
    EXPECT_TRUE(watcher.watchedPaths().contains(dir + QStringLiteral("/dataset.json")));
}

TEST_F(Watcher, WaitsForADirectoryThatDoesNotExistYet)
{
    DataWatcher later;
    int seen = 0;
    QObject::connect(&later, &DataWatcher::changed, [&] { ++seen; });
    later.setSettleMs(50);
    const QString future = tmp.path() + QStringLiteral("/future/data");
    later.watch(future);
    EXPECT_EQ(later.watchedPaths(), QStringList {tmp.path()});
    ASSERT_TRUE(QDir().mkpath(future));
    QElapsedTimer t;
    t.start();
    while (seen == 0 && t.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    EXPECT_GE(seen, 1);
}

TEST_F(Watcher, HostileTreesAreBounded)
{
    // a link loop and a link to itself are not followed; thousands of files stop at maxPaths
    ASSERT_TRUE(QFile::link(dir + QStringLiteral("/loop"), dir + QStringLiteral("/loop")));
    ASSERT_TRUE(QFile::link(dir, dir + QStringLiteral("/self")));
    for (int i = 0; i < 600; ++i)
        ASSERT_TRUE(writeFile(dir + QStringLiteral("/sources/f%1.txt").arg(i), "x"));
    watcher.rearm();
    const QStringList paths = watcher.watchedPaths();
    EXPECT_LE(paths.size(), DataWatcher::maxPaths);
    EXPECT_FALSE(paths.contains(dir + QStringLiteral("/loop")));
    EXPECT_FALSE(paths.contains(dir + QStringLiteral("/self/dataset.json")));
}

TEST_F(Watcher, StopsWhenToldTo)
{
    watcher.watch({});
    EXPECT_TRUE(watcher.watchedPaths().isEmpty());
    ASSERT_TRUE(writeFile(dir + QStringLiteral("/dataset.json"), "x"));
    idle(300);
    EXPECT_EQ(changes, 0);
}
