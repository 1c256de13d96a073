// SPDX-License-Identifier: MIT
#include "export/tablefile.h"

#include "text/format.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include "io/atomicfile.h"
#include "io/exporttarget.h"


#include <csv.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <memory>
#include <variant>

namespace sim {

namespace {

/** A number as CSV and spreadsheets read it: shortest exact form, no grouping, '.' as point. */
QByteArray plainNumber(double value)
{
    return QByteArray::number(value, 'f', QLocale::FloatingPointShortest);
}

struct CsvWriter {
    QByteArray out;
    bool first = true;

    void text(const QString &field)
    {
        const QByteArray utf8 = field.toUtf8();
        // csv_write quotes the field and doubles its quotes (RFC 4180); first ask for the size.
        const size_t needed = csv_write(nullptr, 0, utf8.constData(), size_t(utf8.size()));
        QByteArray quoted(qsizetype(needed), Qt::Uninitialized);
        csv_write(quoted.data(), needed, utf8.constData(), size_t(utf8.size()));
        separate();
        out += quoted;
    }
    void number(std::optional<double> value)
    {
        separate();
        if (value)
            out += plainNumber(*value);
    }
    void integer(qint64 value)
    {
        separate();
        out += QByteArray::number(value);
    }
    void endRecord()
    {
        out += "\r\n";
        first = true;
    }

private:
    void separate()
    {
        if (!first)
            out += ',';
        first = false;
    }
};

QString nameHeader(Lang lang)
{
    return lang == Lang::Zh ? QStringLiteral("区") : QStringLiteral("District");
}

QStringList sourceHeaders(Lang lang)
{
    if (lang == Lang::Zh)
        return {QStringLiteral("metric"), QStringLiteral("指标"), QStringLiteral("单位"), QStringLiteral("年份"),
                QStringLiteral("来源"), QStringLiteral("网址")};
    return {QStringLiteral("metric"), QStringLiteral("label"), QStringLiteral("unit"), QStringLiteral("year"),
            QStringLiteral("source"), QStringLiteral("url")};
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/** Checks that apply to every table export; the error, or std::nullopt. */
std::optional<QString> checkTarget(const Dataset &data, const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral("Could not write the table: no file name was given");
    if (!tableFormatOf(path))
        return QStringLiteral("Could not write %1: the file name must end in .csv or .xlsx").arg(shown(path));
    if (QFileInfo(path).isDir())
        return QStringLiteral("Could not write %1: it is a directory").arg(shown(path));
    if (!data.dir.isEmpty() && isInsideDirectory(QFileInfo(path).absolutePath(), data.dir))
        return insideDataDirMessage(path, data.dir);
    return std::nullopt;
}

std::optional<QString> saveAtomically(const QString &path, const QByteArray &bytes)
{
    return writeFileAtomically(path, [&](QIODevice &file) -> std::optional<QString> {
        if (file.write(bytes) != bytes.size())
            return file.errorString();
        return std::nullopt;
    });
}

/** The XLSX file's bytes, made in memory by libxlsxwriter; or the library's error. */
std::variant<QByteArray, QString> districtTableXlsx(const Dataset &data, const DistrictTable &table, Lang lang)
{
    const char *buffer = nullptr;
    size_t size = 0;
    const QByteArray tmp = QDir::tempPath().toLocal8Bit();
    lxw_workbook_options options {};
    options.tmpdir = tmp.constData();
    options.output_buffer = &buffer;
    options.output_buffer_size = &size;
    lxw_workbook *book = workbook_new_opt(nullptr, &options);
    if (!book)
        return QStringLiteral("libxlsxwriter could not create a workbook");

    const QByteArray title = data.title.get(lang).toUtf8();
    const QByteArray comments = QStringLiteral("data version %1").arg(data.version).toUtf8();
    lxw_doc_properties properties {};
    properties.title = title.constData();
    properties.comments = comments.constData();
    workbook_set_properties(book, &properties);

    lxw_format *headerFormat = workbook_add_format(book);
    format_set_bold(headerFormat);
    format_set_text_wrap(headerFormat);
    format_set_align(headerFormat, LXW_ALIGN_VERTICAL_TOP);
    format_set_bottom(headerFormat, LXW_BORDER_THIN);

    // Sheet "districts": the table.
    lxw_worksheet *sheet = workbook_add_worksheet(book, "districts");
    auto put = [](lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const QString &s, lxw_format *f = nullptr) {
        worksheet_write_string(ws, r, c, s.toUtf8().constData(), f);
    };
    put(sheet, 0, 0, QStringLiteral("id"), headerFormat);
    put(sheet, 0, 1, QStringLiteral("adcode"), headerFormat);
    put(sheet, 0, 2, nameHeader(lang), headerFormat);
    std::vector<lxw_format *> numberFormats;
    for (size_t c = 0; c < table.columns.size(); ++c) {
        const TableColumn &col = table.columns[c];
        const auto xc = lxw_col_t(3 + c);
        put(sheet, 0, xc, table.header(c, lang), headerFormat);
        // The year and source on hover, as in the table view.
        QString note = col.source.get(lang);
        if (col.year)
            note = (lang == Lang::Zh ? QStringLiteral("%1年；来源：%2") : QStringLiteral("%1; source: %2"))
                           .arg(*col.year)
                           .arg(note);
        worksheet_write_comment(sheet, 0, xc, note.toUtf8().constData());
        lxw_format *f = workbook_add_format(book);
        const QByteArray pattern = col.decimals > 0 ? QByteArray("#,##0.") + QByteArray(col.decimals, '0') : QByteArray("#,##0");
        format_set_num_format(f, pattern.constData());
        numberFormats.push_back(f);
        worksheet_set_column(sheet, xc, xc, 16, nullptr);
    }
    worksheet_set_column(sheet, 0, 0, 12, nullptr);
    worksheet_set_column(sheet, 1, 1, 9, nullptr);
    worksheet_set_column(sheet, 2, 2, lang == Lang::Zh ? 12 : 20, nullptr);
    worksheet_set_row(sheet, 0, 45, nullptr);
    for (size_t r = 0; r < table.rows.size(); ++r) {
        const TableRow &row = table.rows[r];
        const auto xr = lxw_row_t(1 + r);
        put(sheet, xr, 0, row.id);
        worksheet_write_number(sheet, xr, 1, row.adcode, nullptr);
        put(sheet, xr, 2, row.name.get(lang));
        for (size_t c = 0; c < table.columns.size(); ++c)
            if (row.values[c]) // no data: an empty cell, never 0
                worksheet_write_number(sheet, xr, lxw_col_t(3 + c), *row.values[c], numberFormats[c]);
    }
    worksheet_freeze_panes(sheet, 1, 3);

    // Sheet "sources": where every column comes from.
    lxw_worksheet *sources = workbook_add_worksheet(book, "sources");
    const QStringList headers = sourceHeaders(lang);
    for (int c = 0; c < headers.size(); ++c)
        put(sources, 0, lxw_col_t(c), headers[c], headerFormat);
    for (size_t i = 0; i < table.columns.size(); ++i) {
        const TableColumn &col = table.columns[i];
        const auto xr = lxw_row_t(1 + i);
        put(sources, xr, 0, col.key);
        put(sources, xr, 1, col.label.get(lang));
        put(sources, xr, 2, unitLabel(&col.unit, lang));
        if (col.year)
            worksheet_write_number(sources, xr, 3, *col.year, nullptr);
        put(sources, xr, 4, col.source.get(lang));
        if (!col.sourceUrl.isEmpty())
            put(sources, xr, 5, col.sourceUrl);
    }
    worksheet_freeze_panes(sources, 1, 0);
    worksheet_set_column(sources, 0, 0, 18, nullptr);
    worksheet_set_column(sources, 1, 1, 28, nullptr);
    worksheet_set_column(sources, 2, 3, 12, nullptr);
    worksheet_set_column(sources, 4, 4, 70, nullptr);
    worksheet_set_column(sources, 5, 5, 40, nullptr);

    const lxw_error error = workbook_close(book);
    std::unique_ptr<char, decltype(&std::free)> owned(const_cast<char *>(buffer), &std::free);
    if (error != LXW_NO_ERROR)
        return QStringLiteral("libxlsxwriter: %1").arg(QString::fromUtf8(lxw_strerror(error)));
    return QByteArray(buffer, qsizetype(size));
}

} // namespace

std::optional<TableFormat> tableFormatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return TableFormat::Csv;
    if (suffix == QLatin1String("xlsx"))
        return TableFormat::Xlsx;
    return std::nullopt;
}

QString insideDataDirMessage(const QString &path, const QString &dataDir)
{
    return dataDirectoryRefusal(path, dataDir).value_or(QString()); // the one rule: io/exporttarget.h
}

QByteArray districtTableCsv(const DistrictTable &table, Lang lang)
{
    CsvWriter w;
    w.out = QByteArray("\xEF\xBB\xBF");
    w.text(QStringLiteral("id"));
    w.text(QStringLiteral("adcode"));
    w.text(nameHeader(lang));
    for (size_t c = 0; c < table.columns.size(); ++c)
        w.text(table.header(c, lang));
    w.endRecord();
    for (const TableRow &row : table.rows) {
        w.text(row.id);
        w.integer(row.adcode);
        w.text(row.name.get(lang));
        for (const auto &v : row.values)
            w.number(v);
        w.endRecord();
    }
    w.endRecord(); // an empty record between the table and its sources
    for (const QString &h : sourceHeaders(lang))
        w.text(h);
    w.endRecord();
    for (const TableColumn &col : table.columns) {
        w.text(col.key);
        w.text(col.label.get(lang));
        w.text(unitLabel(&col.unit, lang));
        if (col.year)
            w.integer(*col.year);
        else
            w.number(std::nullopt);
        w.text(col.source.get(lang));
        w.text(col.sourceUrl);
        w.endRecord();
    }
    return w.out;
}

std::optional<QString> writeDistrictTable(const Dataset &data, const QString &path, Lang lang)
{
    if (auto error = checkTarget(data, path))
        return error;
    const DistrictTable table = buildDistrictTable(data);
    if (*tableFormatOf(path) == TableFormat::Csv)
        return saveAtomically(path, districtTableCsv(table, lang));
    auto xlsx = districtTableXlsx(data, table, lang);
    if (const QString *error = std::get_if<QString>(&xlsx))
        return QStringLiteral("Could not write %1: %2").arg(shown(path), *error);
    return saveAtomically(path, std::get<QByteArray>(xlsx));
}

} // namespace sim
