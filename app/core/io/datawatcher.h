// SPDX-License-Identifier: MIT
#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace sim {

/**
 * Tells when the files of a data directory change, so the app can reload them.
 *
 * Watches the directory, its immediate subdirectories (e.g. sources/) and every file in them.
 * Editors and version control often save by writing a new file and renaming it over the old
 * one, which drops the old file from the watch; so after every change the watch is set up again
 * from what is there now. A missing directory is waited for through its nearest existing parent.
 * Changes are gathered for `settleMs` (a save is often several writes) and then reported once.
 * Never follows symbolic links out of the tree and never watches more than `maxPaths` paths, so a
 * hostile directory cannot make it loop or exhaust the system's watches.
 */
class DataWatcher : public QObject
{
    Q_OBJECT
public:
    explicit DataWatcher(QObject *parent = nullptr);

    /** Starts watching `dir` (replacing any earlier directory); an empty path stops watching. */
    void watch(const QString &dir);
    QString directory() const { return m_dir; }
    /** Looks again at what is there and watches it; called after each reload. */
    void rearm();
    /** The paths being watched now (for tests and diagnostics). */
    QStringList watchedPaths() const;

    int settleMs() const { return m_settle.interval(); }
    void setSettleMs(int ms) { m_settle.setInterval(ms); }
    static constexpr int maxPaths = 256;

Q_SIGNALS:
    /** Something in the directory changed and then stayed quiet for settleMs. */
    void changed();

private:
    void noticed(const QString &path);

    QString m_dir;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
};

} // namespace sim
