// SPDX-License-Identifier: MIT
#include "exporter.h"

#include "datasession.h"
#include "export/mapimage.h"
#include "export/tablefile.h"
#include "io/exporttarget.h"
#include "report/report.h"
#include "selection.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace sim {

namespace {
QUrl inDocuments(const QString &fileName)
{
    return QUrl::fromLocalFile(QDir(defaultSaveFolder()).filePath(fileName));
}
} // namespace

Exporter::Exporter(DataSession *session, Selection *selection, QObject *parent)
    : QObject(parent), m_session(session), m_selection(selection)
{ }

QString Exporter::exportPath(const QUrl &file, QString &error) const
{
    if (file.isEmpty()) {
        error = QCoreApplication::translate("Exporter", "No file was chosen.");
        return {};
    }
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.scheme().isEmpty() ? file.toString() : QString();
    if (path.isEmpty()) {
        error = QCoreApplication::translate("Exporter", "Only local files can be written: %1").arg(file.toDisplayString());
        return {};
    }
    if (const auto refusal = dataDirectoryRefusal(path, m_session->dataDir())) {
        error = *refusal;
        return {};
    }
    return path;
}

QString Exporter::exportTo(const QUrl &file, const std::function<std::optional<QString>(const QString &path)> &write) const
{
    QString error;
    const QString path = exportPath(file, error);
    if (path.isEmpty())
        return error;
    return write(path).value_or(QString());
}

QUrl Exporter::saveFolderUrl() const
{
    return QUrl::fromLocalFile(defaultSaveFolder());
}

QUrl Exporter::suggestedPdfUrl() const
{
    const auto &data = m_session->dataset();
    const int a = m_selection->selectedIndex();
    if (!data || a < 0)
        return {};
    return inDocuments(suggestedReportFileName(data->districts[size_t(a)], ReportOptions::Language::Both));
}

QString Exporter::exportPdf(const QUrl &file)
{
    const auto data = m_session->completeDataset(); // with the land around the districts
    const int a = m_selection->selectedIndex();
    if (!data || a < 0)
        return QCoreApplication::translate("Exporter", "No district is selected.");
    // ReportOptions' default: Chinese and English, best for handing on
    return exportTo(file, [&](const QString &path) { return writeDistrictReport(*data, a, ReportOptions {}, path); });
}

QUrl Exporter::suggestedComparePdfUrl() const
{
    const auto &data = m_session->dataset();
    const int a = m_selection->selectedIndex(), b = m_selection->compareIndex();
    if (!data || a < 0 || b < 0)
        return {};
    return inDocuments(
            suggestedCompareFileName(data->districts[size_t(a)], data->districts[size_t(b)], ReportOptions::Language::Both));
}

QString Exporter::exportComparePdf(const QUrl &file)
{
    const auto data = m_session->completeDataset(); // with the land around the districts
    const int a = m_selection->selectedIndex(), b = m_selection->compareIndex();
    if (!data || a < 0 || b < 0)
        return QCoreApplication::translate("Exporter", "Two districts must be compared first.");
    return exportTo(file, [&](const QString &path) { return writeCompareReport(*data, a, b, ReportOptions {}, path); });
}

bool Exporter::openFile(const QUrl &file) const
{
    return file.isLocalFile() && QFileInfo(file.toLocalFile()).isFile() && QDesktopServices::openUrl(file);
}

bool Exporter::showInFolder(const QUrl &file) const
{
    if (!file.isLocalFile())
        return false;
    const QFileInfo info(file.toLocalFile());
    return info.dir().exists() && QDesktopServices::openUrl(QUrl::fromLocalFile(info.absolutePath()));
}

QUrl Exporter::suggestedTableUrl(const QString &suffix) const
{
    const QString base = m_session->lang() == Lang::Zh ? QStringLiteral("上海各区指标") : QStringLiteral("shanghai-districts");
    return inDocuments(base + QLatin1Char('.') + suffix);
}

QString Exporter::exportTable(const QUrl &file)
{
    const auto data = m_session->dataset();
    if (!data)
        return QCoreApplication::translate("Exporter", "No data is loaded.");
    return exportTo(file, [&](const QString &path) { return writeDistrictTable(*data, path, m_session->lang()); });
}

QUrl Exporter::suggestedMapUrl(const QString &suffix, const QString &metric) const
{
    QString base = m_session->lang() == Lang::Zh ? QStringLiteral("上海地图") : QStringLiteral("shanghai-map");
    if (!metric.isEmpty())
        base += QLatin1Char('-') + metric;
    return inDocuments(base + QLatin1Char('.') + suffix);
}

QString Exporter::exportMap(const QUrl &file, const QString &metric)
{
    const auto data = m_session->completeDataset(); // with the land around the districts
    if (!data)
        return QCoreApplication::translate("Exporter", "No data is loaded.");
    MapImageOptions options;
    options.metric = metric;
    options.highlight = m_selection->selectedIndex();
    options.lang = m_session->lang();
    return exportTo(file, [&](const QString &path) { return writeMapImage(*data, options, path); });
}

} // namespace sim
