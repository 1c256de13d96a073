// SPDX-License-Identifier: MIT
#include "io/datawatcher.h"

#include <QDir>
#include <QFileInfo>

namespace sim {

DataWatcher::DataWatcher(QObject *parent) : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(300);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &DataWatcher::noticed);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &DataWatcher::noticed);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        rearm();
        Q_EMIT changed();
    });
}

void DataWatcher::watch(const QString &dir)
{
    m_dir = dir.isEmpty() ? QString() : QDir::cleanPath(QDir(dir).absolutePath());
    m_settle.stop();
    rearm();
}

QStringList DataWatcher::watchedPaths() const
{
    return m_watcher.directories() + m_watcher.files();
}

void DataWatcher::noticed(const QString &)
{
    m_settle.start(); // restarts: report once the burst of changes is over
}

void DataWatcher::rearm()
{
    if (const QStringList old = watchedPaths(); !old.isEmpty())
        m_watcher.removePaths(old);
    if (m_dir.isEmpty())
        return;

    QStringList paths;
    const QFileInfo root(m_dir);
    if (!root.isDir()) {
        // Gone, not there yet, or not a directory: wait for it in the nearest existing parent.
        QString parent = root.absolutePath();
        while (!parent.isEmpty() && !QFileInfo(parent).isDir() && parent != QDir::rootPath())
            parent = QFileInfo(parent).absolutePath();
        if (root.exists()) // a file where the directory should be (a link loop does not "exist")
            paths << m_dir;
        if (QFileInfo(parent).isDir())
            paths << parent;
    } else {
        paths << m_dir;
        const QDir dir(m_dir);
        const auto filters = QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System;
        for (const QFileInfo &entry : dir.entryInfoList(filters, QDir::Name)) {
            if (paths.size() >= maxPaths)
                break;
            if (entry.isSymLink() && !entry.exists())
                continue; // dangling or a loop: nothing to watch
            paths << entry.absoluteFilePath();
            if (entry.isDir() && !entry.isSymLink()) {
                for (const QFileInfo &inner : QDir(entry.absoluteFilePath()).entryInfoList(filters, QDir::Name)) {
                    if (paths.size() >= maxPaths)
                        break;
                    if (!inner.isDir() && inner.exists())
                        paths << inner.absoluteFilePath();
                }
            }
        }
    }
    paths.removeDuplicates();
    m_watcher.addPaths(paths); // paths that cannot be watched (unreadable) are skipped
}

} // namespace sim
