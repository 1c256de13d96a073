// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

namespace sim {

class DataSession;
class Selection;

/**
 * Files the user saves from the window: the names proposed in the save dialog (in the user's
 * Documents folder, else the home or current directory) and the exports themselves — the selected
 * district's PDF summary, the comparison's, the district table (CSV/XLSX) and the map picture
 * (PNG/SVG) — written atomically, only to local files outside the data directory (the same
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
    /** file: URL proposed for the district table: "上海各区指标.xlsx" / "shanghai-districts.xlsx"
        (the UI's language) with `suffix` "csv" or "xlsx". */
    Q_INVOKABLE QUrl suggestedTableUrl(const QString &suffix) const;
    /** Writes every district × every metric (export/tablefile.h) in the UI's language; CSV or
        XLSX by the file's suffix. */
    Q_INVOKABLE QString exportTable(const QUrl &file);
    /** file: URL proposed for the map picture ("shanghai-map-population-density.png"), `suffix` "png" or "svg". */
    Q_INVOKABLE QUrl suggestedMapUrl(const QString &suffix, const QString &metric) const;
    /** Writes the map picture (export/mapimage.h: 1600×1200, PNG at twice the pixels, or SVG) coloured
        by `metric` (empty: plain), the selected district highlighted, in the UI's language. */
    Q_INVOKABLE QString exportMap(const QUrl &file, const QString &metric);

    /** Opens a saved file in the desktop's application for it (QDesktopServices); false if none could. */
    Q_INVOKABLE bool openFile(const QUrl &file) const;
    /** Opens the folder that holds a saved file in the desktop's file manager; false if none could. */
    Q_INVOKABLE bool showInFolder(const QUrl &file) const;

private:
    /** The local file an export goes to, or "" with the reason in `error`. */
    QString exportPath(const QUrl &file, QString &error) const;
    /** Checks `file` (exportPath) and runs `write` on its path: "" or the error, for QML. */
    QString exportTo(const QUrl &file, const std::function<std::optional<QString>(const QString &path)> &write) const;

    DataSession *m_session;
    Selection *m_selection;
};

} // namespace sim
