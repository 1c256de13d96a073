// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace sim {

/**
 * One folder's entries for the app's save dialog (SaveDialog.qml), read with QDir: its subfolders
 * first, then its files that match the name filters; each group sorted by name with QCollator
 * (numbers compared as numbers). Hidden entries are left out. The listing is read when the folder
 * or the filters change and on refresh(); a folder that does not exist (or cannot be read) gives an
 * empty listing with `exists` false — never an error dialog.
 *
 * Roles: name (the entry's file name), isFolder (bool), url (a file: URL of the entry).
 */
class FolderListing : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    /** The folder listed, a file: URL (set it to list another folder). */
    Q_PROPERTY(QUrl folder READ folder WRITE setFolder NOTIFY folderChanged)
    /** The folder as a local path with "/" separators, for showing ("" when `folder` is not local). */
    Q_PROPERTY(QString path READ path NOTIFY folderChanged)
    /** Whether `folder` is an existing, readable directory. */
    Q_PROPERTY(bool exists READ exists NOTIFY listingChanged)
    /**
     * Filters as a file dialog takes them: "PDF files (*.pdf)" (the patterns between the brackets,
     * separated by spaces) or bare patterns ("*.pdf"); empty lists every file. Case-insensitive.
     */
    Q_PROPERTY(QStringList nameFilters READ nameFilters WRITE setNameFilters NOTIFY nameFiltersChanged)
    /** The number of subfolders in the listing (they are its first rows). */
    Q_PROPERTY(int folderCount READ folderCount NOTIFY listingChanged)
public:
    enum Role { NameRole = Qt::UserRole + 1, IsFolderRole, UrlRole };

    explicit FolderListing(QObject *parent = nullptr);

    QUrl folder() const { return m_folder; }
    void setFolder(const QUrl &folder);
    QString path() const;
    bool exists() const { return m_exists; }
    QStringList nameFilters() const { return m_nameFilters; }
    void setNameFilters(const QStringList &filters);
    int folderCount() const { return m_folderCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Reads the folder again. */
    Q_INVOKABLE void refresh();
    /** The folder above `folder`, by name (whether or not `folder` exists; itself for "/"). */
    Q_INVOKABLE QUrl parentFolder() const;
    /** The user's home folder. */
    Q_INVOKABLE QUrl homeFolder() const;
    /**
     * A folder typed by the user as a URL: an absolute path, "~" or "~/…" (the home folder), a
     * file: URL, or a path relative to `folder`; cleaned ("a/../b" → "b"). Empty text gives `folder`.
     */
    Q_INVOKABLE QUrl folderFromText(const QString &text) const;
    /** The name of row `row` and whether it is a folder ("" / false outside the listing). */
    Q_INVOKABLE QString nameAt(int row) const;
    Q_INVOKABLE bool isFolderAt(int row) const;
    /** The URL of `name` inside `folder`. */
    Q_INVOKABLE QUrl fileInFolder(const QString &name) const;
    /** Whether a local file: URL names an existing directory / an existing entry that is not one. */
    Q_INVOKABLE bool isFolder(const QUrl &url) const;
    Q_INVOKABLE bool isFile(const QUrl &url) const;

signals:
    void folderChanged();
    void nameFiltersChanged();
    void listingChanged();

private:
    struct Entry {
        QString name;
        bool isFolder = false;
    };
    QUrl m_folder;
    QStringList m_nameFilters;
    QStringList m_patterns;
    QList<Entry> m_entries;
    int m_folderCount = 0;
    bool m_exists = false;
};

} // namespace sim
