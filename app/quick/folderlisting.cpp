// SPDX-License-Identifier: MIT
#include "folderlisting.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace sim {

FolderListing::FolderListing(QObject *parent) : QAbstractListModel(parent)
{ }

void FolderListing::setFolder(const QUrl &folder)
{
    if (folder == m_folder)
        return;
    m_folder = folder;
    emit folderChanged();
    refresh();
}

QString FolderListing::path() const
{
    return m_folder.isLocalFile() ? QDir::fromNativeSeparators(m_folder.toLocalFile()) : QString();
}

void FolderListing::setNameFilters(const QStringList &filters)
{
    if (filters == m_nameFilters)
        return;
    m_nameFilters = filters;
    m_patterns.clear();
    static const QRegularExpression bracketed(QStringLiteral("\\(([^)]*)\\)"));
    for (const QString &filter : filters) {
        const QRegularExpressionMatch match = bracketed.match(filter);
        const QString patterns = match.hasMatch() ? match.captured(1) : filter;
        m_patterns += patterns.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    emit nameFiltersChanged();
    refresh();
}

void FolderListing::refresh()
{
    beginResetModel();
    m_entries.clear();
    m_folderCount = 0;
    const QFileInfo info(path());
    m_exists = !path().isEmpty() && info.isDir() && info.isReadable();
    if (m_exists) {
        QDir dir(path());
        // (the C locale compares code points: use English rules then, so "folder9" < "folder10")
        QLocale locale;
        if (locale.language() == QLocale::C)
            locale = QLocale(QLocale::English);
        QCollator collator(locale);
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        const auto byName = [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; };
        QStringList folders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        dir.setNameFilters(m_patterns);
        QStringList files = dir.entryList(QDir::Files);
        std::sort(folders.begin(), folders.end(), byName);
        std::sort(files.begin(), files.end(), byName);
        for (const QString &name : std::as_const(folders))
            m_entries.append({name, true});
        for (const QString &name : std::as_const(files))
            m_entries.append({name, false});
        m_folderCount = int(folders.size());
    }
    endResetModel();
    emit listingChanged();
}

int FolderListing::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant FolderListing::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return entry.name;
    case IsFolderRole:
        return entry.isFolder;
    case UrlRole:
        return fileInFolder(entry.name);
    }
    return {};
}

QHash<int, QByteArray> FolderListing::roleNames() const
{
    return {{NameRole, "name"}, {IsFolderRole, "isFolder"}, {UrlRole, "url"}};
}

QUrl FolderListing::parentFolder() const
{
    // by name: the folder above a missing folder is found too
    return path().isEmpty() ? m_folder : QUrl::fromLocalFile(QDir::cleanPath(path() + QStringLiteral("/..")));
}

QUrl FolderListing::homeFolder() const
{
    return QUrl::fromLocalFile(QDir::homePath());
}

QUrl FolderListing::folderFromText(const QString &text) const
{
    QString typed = text.trimmed();
    if (typed.isEmpty())
        return m_folder;
    if (typed.startsWith(QLatin1String("file:")))
        typed = QUrl(typed).toLocalFile();
    else if (typed == QLatin1String("~"))
        typed = QDir::homePath();
    else if (typed.startsWith(QLatin1String("~/")))
        typed = QDir::homePath() + typed.mid(1);
    else if (QDir::isRelativePath(typed))
        typed = path() + QLatin1Char('/') + typed;
    return QUrl::fromLocalFile(QDir::cleanPath(typed));
}

QString FolderListing::nameAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).name : QString();
}

bool FolderListing::isFolderAt(int row) const
{
    return row >= 0 && row < m_entries.size() && m_entries.at(row).isFolder;
}

QUrl FolderListing::fileInFolder(const QString &name) const
{
    return QUrl::fromLocalFile(QDir(path()).filePath(name));
}

bool FolderListing::isFolder(const QUrl &url) const
{
    return url.isLocalFile() && QFileInfo(url.toLocalFile()).isDir();
}

bool FolderListing::isFile(const QUrl &url) const
{
    const QFileInfo info(url.isLocalFile() ? url.toLocalFile() : QString());
    return info.exists() && !info.isDir();
}

} // namespace sim
