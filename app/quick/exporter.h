// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace sim {

class DataSession;
class Selection;

/**
 * Files the user saves from the window: the names proposed in the save dialog (in the user's
 * Documents folder, else the home or current directory) and the exports themselves — the selected district's PDF summary and the
 * comparison's — written atomically, only to local files outside the data directory (the same
 * rule as the command line: io/exporttarget.h). Each export returns "" or the message to show.
 */
class Exporter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by App.exporter")
public:
    Exporter(DataSession *session, Selection *selection, QObject *parent = nullptr);

    /** file: URL of the folder the save dialogs open in: Documents, else home, else the current directory (one that exists). */
    Q_INVOKABLE QUrl saveFolderUrl() const;
    /** file: URL of the name proposed for the selected district's PDF summary (bilingual); empty without a selection. */
    Q_INVOKABLE QUrl suggestedPdfUrl() const;
    /** Writes the selected district's summary (Chinese and English) to a local file: URL. */
    Q_INVOKABLE QString exportPdf(const QUrl &file);
    /** Like suggestedPdfUrl/exportPdf, for the comparison of the two districts being compared. */
    Q_INVOKABLE QUrl suggestedComparePdfUrl() const;
    Q_INVOKABLE QString exportComparePdf(const QUrl &file);

    /** Opens a saved file in the desktop's application for it (QDesktopServices); false if none could. */
    Q_INVOKABLE bool openFile(const QUrl &file) const;
    /** Opens the folder that holds a saved file in the desktop's file manager; false if none could. */
    Q_INVOKABLE bool showInFolder(const QUrl &file) const;

private:
    /** The local file an export goes to, or "" with the reason in `error`. */
    QString exportPath(const QUrl &file, QString &error) const;

    DataSession *m_session;
    Selection *m_selection;
};

} // namespace sim
