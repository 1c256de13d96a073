// SPDX-License-Identifier: MIT
// The PDF reports: checks, the PDF writer, atomic output. What goes on the pages is in
// districtreport.cpp and comparereport.cpp, over the flow layout of flow.cpp.
#include "report/report.h"

#include "io/atomicfile.h"
#include "report/comparereport.h"
#include "report/districtreport.h"

#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace sim {

std::optional<ReportOptions::Language> reportLanguageFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("zh"))
        return ReportOptions::Language::Zh;
    if (t == QLatin1String("en"))
        return ReportOptions::Language::En;
    if (t == QLatin1String("both"))
        return ReportOptions::Language::Both;
    return std::nullopt;
}

namespace {

/** The district summary (other < 0) or the comparison of district with other. */
ReportResult compose(const Dataset &data, int district, int other, const ReportOptions &options, QIODevice &device)
{
    ReportResult result;
    auto valid = [&data](int i) { return i >= 0 && size_t(i) < data.districts.size() && size_t(i) < data.shapes.size(); };
    if (!valid(district)) {
        result.error
                = QStringLiteral("there is no district number %1 (the data has %2)").arg(district).arg(data.districts.size());
        return result;
    }
    if (other >= 0 || other < -1) {
        if (!valid(other)) {
            result.error
                    = QStringLiteral("there is no district number %1 (the data has %2)").arg(other).arg(data.districts.size());
            return result;
        }
        if (other == district) {
            result.error = QStringLiteral("a district cannot be compared with itself");
            return result;
        }
    }
    const ReportFont &font = reportFont();
    if (!font.error.isEmpty()) {
        result.error = font.error;
        return result;
    }
    if (!device.isOpen() && !device.open(QIODevice::WriteOnly)) {
        result.error = QStringLiteral("cannot open the output: %1").arg(device.errorString());
        return result;
    }
    if (!device.isWritable()) {
        result.error = QStringLiteral("the output is not open for writing");
        return result;
    }

    CheckedDevice checked(device);
    QPdfWriter writer(&checked);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setResolution(pdf::kDpi);
    writer.setCreator(QStringLiteral("Shanghai Innovation Map"));

    std::unique_ptr<pdf::ReportFlow> report;
    if (other >= 0)
        report = std::make_unique<pdf::CompareReport>(data, district, other, options, font, &writer);
    else
        report = std::make_unique<pdf::DistrictReport>(data, district, options, font, &writer);
    writer.setTitle(report->documentTitle());
    report->build();
    result.pages = report->paginate();

    QPainter painter;
    if (!painter.begin(&writer)) {
        result.error = QStringLiteral("the PDF writer could not start");
        return result;
    }
    report->paint(painter, writer);
    if (!painter.end()) {
        result.error = QStringLiteral("the PDF writer could not finish");
        return result;
    }
    if (checked.failed())
        result.error = QStringLiteral("writing the PDF failed: %1").arg(checked.reason());
    return result;
}

/** Writes atomically (io/atomicfile.h); `other` as in compose(). */
std::optional<QString> writeReport(
        const Dataset &data, int district, int other, const ReportOptions &options, const QString &path, int *pages)
{
    if (district < 0 || size_t(district) >= data.districts.size())
        return couldNotWrite(path, QStringLiteral("there is no district number %1").arg(district));
    if (other != -1 && (other < 0 || size_t(other) >= data.districts.size()))
        return couldNotWrite(path, QStringLiteral("there is no district number %1").arg(other));
    if (other == district)
        return couldNotWrite(path, QStringLiteral("a district cannot be compared with itself"));
    if (path.isEmpty())
        return QStringLiteral("Could not write the PDF: no file name was given");
    const ReportFont &font = reportFont();
    if (!font.error.isEmpty() && !QFileInfo(path).isDir())
        return couldNotWrite(path, font.error);
    int composed = 0;
    const auto error = writeFileAtomically(path, [&](QIODevice &file) {
        const ReportResult result = compose(data, district, other, options, file);
        composed = result.pages;
        return result.error;
    });
    if (!error && pages)
        *pages = composed;
    return error;
}

} // namespace

ReportResult composeDistrictReport(const Dataset &data, int district, const ReportOptions &options, QIODevice &device)
{
    return compose(data, district, -1, options, device);
}

ReportResult composeCompareReport(const Dataset &data, int a, int b, const ReportOptions &options, QIODevice &device)
{
    if (b < 0) {
        ReportResult result;
        result.error = QStringLiteral("there is no district number %1 (the data has %2)").arg(b).arg(data.districts.size());
        return result;
    }
    return compose(data, a, b, options, device);
}

std::optional<QString> writeDistrictReport(
        const Dataset &data, int district, const ReportOptions &options, const QString &path, int *pages)
{
    return writeReport(data, district, -1, options, path, pages);
}

std::optional<QString> writeCompareReport(
        const Dataset &data, int a, int b, const ReportOptions &options, const QString &path, int *pages)
{
    if (b < 0)
        return couldNotWrite(path, QStringLiteral("there is no district number %1").arg(b));
    return writeReport(data, a, b, options, path, pages);
}

} // namespace sim
