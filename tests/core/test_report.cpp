// SPDX-License-Identifier: MIT
// The district summary PDF, checked the way a reader meets it: poppler's pdftotext must extract
// every name exactly (Chinese included), pdffonts must show every font embedded, pdfinfo the page
// count, pdftoppm a map with the district highlighted. And failures must never leave a broken
// file or destroy an existing one.
#include "analysis/compare.h"
#include "data/dataset.h"
#include "text/format.h"
#include "render/mappainter.h"
#include "report/report.h"
#include "testdata.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cstdio>
#include <map>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace sim;
using Language = ReportOptions::Language;

namespace {

struct Tool {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Tool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    Tool t;
    if (!p.waitForStarted(10000)) {
        t.err = program + QStringLiteral(" did not start (poppler-utils installed?)");
        return t;
    }
    if (!p.waitForFinished(60000)) {
        p.kill();
        t.err = program + QStringLiteral(" timed out");
        return t;
    }
    t.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    t.out = p.readAllStandardOutput();
    t.err = QString::fromUtf8(p.readAllStandardError());
    return t;
}

/** The text without any white space: pdftotext breaks lines where the layout wrapped them. */
QString squeeze(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s)
        if (!c.isSpace())
            out += c;
    return out;
}

QString pdfText(const QString &pdf)
{
    const Tool t = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    EXPECT_EQ(t.exitCode, 0) << t.err.toStdString();
    return QString::fromUtf8(t.out);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const char *tag(Language l)
{
    return l == Language::Zh ? "zh" : l == Language::En ? "en" : "both";
}

/** The bundled data's districts exported into one temporary directory, each (district, language)
    once, when a test first asks for it (ctest runs each test in its own process). */
class BundledExports : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        // SIM_REPORT_OUTPUT=DIR keeps the exports there, to look at them.
        const QString keep = qEnvironmentVariable("SIM_REPORT_OUTPUT");
        s_dir = std::make_unique<QTemporaryDir>(keep.isEmpty() ? QDir::tempPath() + QStringLiteral("/sim-report-XXXXXX")
                                                               : QDir(keep).filePath(QStringLiteral("exports-XXXXXX")));
        ASSERT_TRUE(s_dir->isValid());
        s_dir->setAutoRemove(keep.isEmpty());
        if (!keep.isEmpty())
            std::printf("[ report   ] exports kept in %s\n", qPrintable(s_dir->path()));
    }
    static void TearDownTestSuite()
    {
        s_dir.reset();
        s_pages.clear();
    }

    /** The export of `district` in `lang` (made now if it is not there yet). */
    static QString file(int district, Language lang)
    {
        const QString path = s_dir->filePath(
                QStringLiteral("%1-%2.pdf").arg(simtest::bundled().districts[size_t(district)].id, QLatin1String(tag(lang))));
        if (!s_pages.count({district, lang})) {
            ReportOptions options;
            options.language = lang;
            options.generated = QDateTime(QDate(2025, 6, 1), QTime(9, 30));
            int pages = 0;
            const auto error = writeDistrictReport(simtest::bundled(), district, options, path, &pages);
            EXPECT_FALSE(error) << error->toStdString();
            s_pages[{district, lang}] = pages;
        }
        return path;
    }
    static int pages(int district, Language lang)
    {
        file(district, lang);
        return s_pages[{district, lang}];
    }
    /** Every (district, language). */
    static std::vector<std::pair<int, Language>> all()
    {
        std::vector<std::pair<int, Language>> v;
        for (Language lang : {Language::Zh, Language::En, Language::Both})
            for (size_t i = 0; i < simtest::bundled().districts.size(); ++i)
                v.emplace_back(int(i), lang);
        return v;
    }
    static bool havePoppler()
    {
        for (const char *tool : {"pdftotext", "pdffonts", "pdfinfo", "pdftoppm"})
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                return false;
        return true;
    }

    static inline std::unique_ptr<QTemporaryDir> s_dir;
    static inline std::map<std::pair<int, Language>, int> s_pages;
};

void expectContains(const QString &text, const QString &wanted, const char *what)
{
    EXPECT_TRUE(squeeze(text).contains(squeeze(wanted)))
            << what << " not found exactly in the PDF text: " << wanted.toStdString();
}

} // namespace

TEST_F(BundledExports, ChineseTextIsExtractedExactly)
{
    ASSERT_TRUE(havePoppler()) << "pdftotext, pdffonts, pdfinfo and pdftoppm (poppler-utils) are needed";
    const Dataset &data = simtest::bundled();
    static const QRegularExpression radicals(QStringLiteral("[\\x{2E80}-\\x{2FDF}]"));
    for (size_t i = 0; i < data.districts.size(); ++i) {
        const District &d = data.districts[i];
        SCOPED_TRACE(d.id.toStdString());
        const QString text = pdfText(file(int(i), Language::Zh));
        expectContains(text, d.name.zh, "the district's name");
        expectContains(text, d.brand.text.zh, "the brand");
        expectContains(text, d.summary.text.zh, "the summary");
        for (const ProfileItem &p : d.platforms)
            expectContains(text, p.name.zh, "a platform");
        for (const ProfileItem &p : d.policies)
            expectContains(text, p.name.zh, "a policy");
        for (const ProfileItem &x : d.initiatives)
            expectContains(text, x.name.zh, "an initiative");
        for (const Industry &x : d.industries)
            expectContains(text, x.name.zh, "a focus industry");
        for (const Figure &f : d.figures) {
            expectContains(text, formatFigure(f, data.unit(f.unit), Lang::Zh), "a figure (with its qualifier)");
            expectContains(text, f.source.quote, "a source sentence");
        }
        for (const Metric &m : data.metrics)
            expectContains(text, formatMetricValue(m, m.values[i], data.unit(m.unit), Lang::Zh), "a metric value");
        for (const Source &s : data.sources) {
            expectContains(text, s.title.zh, "a data source");
            expectContains(text, s.licence.zh, "a data source's licence");
        }
        // The trap this font choice avoids: ideographs extracted as look-alike Kangxi radicals.
        EXPECT_FALSE(text.contains(radicals)) << "Kangxi/CJK radicals in the text layer: " << text.toStdString();
        EXPECT_FALSE(text.contains(QChar(0xFFFD))) << "replacement characters in the text layer";
    }
}

TEST_F(BundledExports, EnglishTextIsExtractedExactly)
{
    ASSERT_TRUE(havePoppler());
    const Dataset &data = simtest::bundled();
    for (size_t i = 0; i < data.districts.size(); ++i) {
        const District &d = data.districts[i];
        SCOPED_TRACE(d.id.toStdString());
        const QString text = pdfText(file(int(i), Language::En));
        expectContains(text, d.name.en, "the district's name");
        expectContains(text, d.name.zh, "the district's Chinese name (subtitle)");
        expectContains(text, d.brand.text.en, "the brand");
        for (const ProfileItem &p : d.platforms) {
            expectContains(text, p.name.en, "a platform");
            expectContains(text, p.description.en, "a platform's description");
        }
        for (const ProfileItem &p : d.policies)
            expectContains(text, p.name.en, "a policy");
        for (const ProfileItem &x : d.initiatives)
            expectContains(text, x.name.en, "an initiative");
        for (const Figure &f : d.figures)
            expectContains(text, formatFigure(f, data.unit(f.unit), Lang::En), "a figure (with its qualifier)");
        for (const Source &s : data.sources) {
            expectContains(text, s.title.en, "a data source");
            expectContains(text, s.licence.en, "a data source's licence");
            if (!s.url.isEmpty())
                expectContains(text, s.url, "a data source's URL");
        }
        EXPECT_FALSE(text.contains(QStringLiteral("概况"))) << "Chinese headings in an English export";
        EXPECT_TRUE(text.contains(QStringLiteral("data version ") + data.version));
    }
}

TEST_F(BundledExports, BilingualExportHasBothLanguages)
{
    ASSERT_TRUE(havePoppler());
    const Dataset &data = simtest::bundled();
    for (size_t i = 0; i < data.districts.size(); ++i) {
        const District &d = data.districts[i];
        SCOPED_TRACE(d.id.toStdString());
        const QString text = pdfText(file(int(i), Language::Both));
        for (const QString &s : {d.name.zh, d.name.en, d.brand.text.zh, d.brand.text.en})
            expectContains(text, s, "a name or brand");
        for (const ProfileItem &p : d.platforms) {
            expectContains(text, p.name.zh, "a platform (zh)");
            expectContains(text, p.name.en, "a platform (en)");
        }
        for (const QString &heading : {QStringLiteral("创新平台"), QStringLiteral("Platforms"), QStringLiteral("原文出处"),
                     QStringLiteral("Source sentences"), QStringLiteral("数据来源"), QStringLiteral("Data sources")})
            EXPECT_TRUE(text.contains(heading)) << heading.toStdString();
    }
}

TEST_F(BundledExports, FontsAreEmbedded)
{
    ASSERT_TRUE(havePoppler());
    for (const auto &[district, lang] : all()) {
        const QString pdf = file(district, lang);
        SCOPED_TRACE(pdf.toStdString());
        const Tool t = run(QStringLiteral("pdffonts"), {pdf});
        ASSERT_EQ(t.exitCode, 0) << t.err.toStdString();
        // name type encoding emb sub uni object ID: find the columns from the dashes under them.
        const QStringList lines = QString::fromUtf8(t.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        ASSERT_GE(lines.size(), 3) << "no fonts at all: was the text drawn as paths?";
        const QString header = lines[0];
        const int emb = int(header.indexOf(QLatin1String(" emb ")) + 1);
        ASSERT_GT(emb, 0) << header.toStdString();
        for (qsizetype l = 2; l < lines.size(); ++l)
            EXPECT_EQ(lines[l].mid(emb, 3), QStringLiteral("yes")) << "not embedded: " << lines[l].toStdString();
    }
}

TEST_F(BundledExports, PageCountAndFooterOnEveryPage)
{
    ASSERT_TRUE(havePoppler());
    const Dataset &data = simtest::bundled();
    static const QRegularExpression pagesLine(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    for (const auto &[district, lang] : all()) {
        const QString pdf = file(district, lang);
        SCOPED_TRACE(pdf.toStdString());
        const Tool info = run(QStringLiteral("pdfinfo"), {pdf});
        ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
        const auto m = pagesLine.match(QString::fromUtf8(info.out));
        ASSERT_TRUE(m.hasMatch()) << info.out.toStdString();
        const int n = m.captured(1).toInt();
        EXPECT_EQ(n, pages(district, lang));
        EXPECT_GE(n, 1);
        EXPECT_LE(n, 6);
        EXPECT_LT(QFileInfo(pdf).size(), 500 * 1024) << "a one-district summary should stay small";
        if (lang == Language::En) {
            const QString text = pdfText(pdf);
            for (int p = 1; p <= n; ++p)
                EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(n))) << "page " << p;
            EXPECT_FALSE(text.contains(QStringLiteral("Page %1 of").arg(n + 1)));
            EXPECT_TRUE(text.contains(QStringLiteral("Generated 2025-06-01 09:30")));
            EXPECT_TRUE(text.contains(data.version));
        }
    }
}

namespace {
/** Pixels within `tolerance` of `colour` in each channel, in [x0, x1) of the image's width fraction. */
int countColour(const QImage &image, const QColor &colour, double x0 = 0, double x1 = 1, int tolerance = 3)
{
    int n = 0;
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = int(x0 * img.width()); x < int(x1 * img.width()); ++x)
            if (std::abs(qRed(line[x]) - colour.red()) <= tolerance && std::abs(qGreen(line[x]) - colour.green()) <= tolerance
                    && std::abs(qBlue(line[x]) - colour.blue()) <= tolerance)
                ++n;
    }
    return n;
}

QImage firstPage(const QString &pdf, const QString &dir)
{
    const QString prefix = QDir(dir).filePath(QFileInfo(pdf).completeBaseName());
    const Tool t = run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), QStringLiteral("-f"), QStringLiteral("1"),
                    QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, prefix});
    EXPECT_EQ(t.exitCode, 0) << t.err.toStdString();
    return QImage(prefix + QStringLiteral(".png"));
}
} // namespace

TEST_F(BundledExports, TheMapHighlightsTheDistrict)
{
    ASSERT_TRUE(havePoppler());
    const Dataset &data = simtest::bundled();
    const QColor highlight = MapStyle {}.highlightFill;
    QTemporaryDir pngs;
    std::vector<int> leftHalf(data.districts.size());
    for (size_t i = 0; i < data.districts.size(); ++i) {
        SCOPED_TRACE(data.districts[i].id.toStdString());
        const QImage page = firstPage(file(int(i), Language::Zh), pngs.path());
        ASSERT_FALSE(page.isNull());
        const int total = countColour(page, highlight);
        // The close-up alone fills a good part of a 170-pixel square with the district.
        EXPECT_GT(total, 1500);
        EXPECT_LT(total, page.width() * page.height() / 5) << "the highlight colour is all over the page";
        leftHalf[i] = countColour(page, highlight, 0, 0.5); // the map of the whole city
        EXPECT_GT(leftHalf[i], 10);
    }
    // The city map highlights the right district: Pudong covers far more of it than Huangpu.
    const int pudong = leftHalf[size_t(data.indexOfId(QStringLiteral("pudong")))];
    const int huangpu = leftHalf[size_t(data.indexOfId(QStringLiteral("huangpu")))];
    EXPECT_GT(pudong, 20 * huangpu) << "pudong " << pudong << ", huangpu " << huangpu;
}

TEST(MapPainter, HighlightOnlyWhereAsked)
{
    const Dataset &data = simtest::bundled();
    const MapStyle style;
    QImage image(400, 400, QImage::Format_RGB32);
    auto render = [&](int highlight, std::span<const QColor> fills = {}) {
        image.fill(Qt::white);
        QPainter p(&image);
        paintMap(p, data, QRectF(0, 0, 400, 400), data.bounds, style, fills, highlight, Lang::Zh, false);
    };
    render(-1);
    EXPECT_EQ(countColour(image, style.highlightFill, 0, 1, 2), 0);
    const int land = countColour(image, style.land, 0, 1, 2);
    EXPECT_GT(land, 400 * 400 / 5);
    render(data.indexOfId(QStringLiteral("pudong")));
    const int pudong = countColour(image, style.highlightFill, 0, 1, 2);
    EXPECT_GT(pudong, 400 * 400 / 50);
    render(data.indexOfId(QStringLiteral("huangpu")));
    EXPECT_LT(countColour(image, style.highlightFill, 0, 1, 2), pudong / 10);
    // A per-district fill (choropleth) replaces the land colour.
    std::vector<QColor> fills(data.districts.size(), QColor(200, 30, 30));
    render(-1, fills);
    EXPECT_EQ(countColour(image, style.land, 0, 1, 2), 0);
    EXPECT_GT(countColour(image, QColor(200, 30, 30), 0, 1, 2), land / 2);
}

TEST(MapPainter, TransformKeepsTheAspectAndCentres)
{
    const Dataset &data = simtest::bundled();
    const QRectF target(10, 20, 300, 100); // much wider than Shanghai
    const QTransform t = mapTransform(target, data.bounds);
    EXPECT_DOUBLE_EQ(t.m11(), t.m22());
    const Mercator nw = toMercator({data.bounds.minLon, data.bounds.maxLat});
    const Mercator se = toMercator({data.bounds.maxLon, data.bounds.minLat});
    const QRectF mapped = t.mapRect(QRectF(QPointF(nw.x, nw.y), QPointF(se.x, se.y)));
    EXPECT_NEAR(mapped.top(), target.top(), 1e-6);
    EXPECT_NEAR(mapped.bottom(), target.bottom(), 1e-6);
    EXPECT_NEAR(mapped.center().x(), target.center().x(), 1e-6);
    EXPECT_LT(mapped.width(), target.width());
}

TEST(Report, NoDataIsShownAsNoDataNeverZero)
{
    const DatasetLoad load = loadDataset(simtest::fixture("three-districts"));
    ASSERT_NE(load.dataset, nullptr) << toStrings(load.problems).join(QLatin1Char('\n')).toStdString();
    const Dataset &data = *load.dataset;
    QTemporaryDir dir;
    ReportOptions options;
    options.language = Language::En;
    const QString pdf = dir.filePath(QStringLiteral("gamma.pdf"));
    const auto error = writeDistrictReport(data, data.indexOfId(QStringLiteral("gamma")), options, pdf);
    ASSERT_FALSE(error) << error->toStdString();
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("no data")));
    EXPECT_FALSE(squeeze(text).contains(QStringLiteral("0km²"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("None named in the source."))) << "gamma has no platforms";
}

TEST(Report, ComposesIntoAnyDevice)
{
    const Dataset &data = simtest::bundled();
    QBuffer buffer;
    ReportOptions options;
    const ReportResult r = composeDistrictReport(data, 0, options, buffer);
    ASSERT_FALSE(r.error) << r.error->toStdString();
    EXPECT_GE(r.pages, 1);
    EXPECT_TRUE(buffer.data().startsWith("%PDF-"));
    EXPECT_TRUE(buffer.data().trimmed().endsWith("%%EOF"));

    // The whole atlas in memory (no disk): how long a summary takes, how big it is.
    QElapsedTimer timer;
    timer.start();
    qint64 bytes = 0, largest = 0;
    for (size_t i = 0; i < data.districts.size(); ++i) {
        QBuffer b;
        const ReportResult ri = composeDistrictReport(data, int(i), options, b);
        ASSERT_FALSE(ri.error);
        bytes += b.size();
        largest = std::max<qint64>(largest, b.size());
    }
    const qint64 ms = timer.elapsed();
    std::printf(
            "[ report   ] 16 bilingual summaries composed in %lld ms (%.0f ms each), %.0f KB each on average, largest %.0f KB\n",
            static_cast<long long>(ms), double(ms) / 16, double(bytes) / 16 / 1024, double(largest) / 1024);
    EXPECT_LT(largest, 500 * 1024);
    EXPECT_LT(ms, 16 * 2000) << "far slower than expected";

    const ReportResult bad = composeDistrictReport(data, int(data.districts.size()), options, buffer);
    ASSERT_TRUE(bad.error);
    EXPECT_TRUE(bad.error->contains(QStringLiteral("no district number 16")));
}

namespace {
/** A device that takes `limit` bytes, then fails every write (a full disk). */
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 limit) : m_limit(limit) { open(QIODevice::WriteOnly); }
    qint64 written = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (written + size > m_limit) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        written += size;
        return size;
    }

private:
    qint64 m_limit;
};
} // namespace

TEST(Report, AFailingDeviceIsReported)
{
    FullDevice full(20000);
    const ReportResult r = composeDistrictReport(simtest::bundled(), 0, ReportOptions {}, full);
    ASSERT_TRUE(r.error);
    EXPECT_TRUE(r.error->contains(QStringLiteral("No space left on device"))) << r.error->toStdString();
}

TEST(Report, UnwritableDirectoryGivesAnErrorAndNoFile)
{
    const Dataset &data = simtest::bundled();
    QTemporaryDir dir;
    // A "directory" that is a regular file: unwritable even for root.
    const QString notADir = dir.filePath(QStringLiteral("plain-file"));
    {
        QFile f(notADir);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    const QString target = notADir + QStringLiteral("/report.pdf");
    const auto error = writeDistrictReport(data, 0, ReportOptions {}, target);
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->contains(target)) << "the message must name the file: " << error->toStdString();
    EXPECT_FALSE(QFileInfo::exists(target));

    const QString missing = dir.filePath(QStringLiteral("no/such/dir/report.pdf"));
    const auto error2 = writeDistrictReport(data, 0, ReportOptions {}, missing);
    ASSERT_TRUE(error2);
    EXPECT_TRUE(error2->contains(missing)) << error2->toStdString();

    // A target that is a directory.
    const auto error3 = writeDistrictReport(data, 0, ReportOptions {}, dir.path());
    ASSERT_TRUE(error3);
    EXPECT_TRUE(QFileInfo(dir.path()).isDir());

#ifdef Q_OS_UNIX
    if (::geteuid() != 0) { // permissions do not stop root
        const QString ro = dir.filePath(QStringLiteral("read-only"));
        ASSERT_TRUE(QDir().mkpath(ro));
        QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const QString inRo = ro + QStringLiteral("/report.pdf");
        const auto error4 = writeDistrictReport(data, 0, ReportOptions {}, inRo);
        QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        ASSERT_TRUE(error4);
        EXPECT_TRUE(error4->contains(inRo)) << error4->toStdString();
        EXPECT_FALSE(QFileInfo::exists(inRo));
    }
#endif
}

TEST(Report, AFailedExportKeepsTheExistingFile)
{
    const Dataset &data = simtest::bundled();
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("summary.pdf"));
    const QByteArray precious = "an earlier export that must survive\n";
    {
        QFile f(target);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(precious);
    }
    // Failing before anything is written: an unknown district.
    ASSERT_TRUE(writeDistrictReport(data, 99, ReportOptions {}, target));
    EXPECT_EQ(readAll(target), precious);

#ifdef Q_OS_LINUX
    // Failing half-way through writing: the file-size limit makes writes fail like a full disk
    // (for root too). The new PDF is far larger than the limit.
    struct rlimit old { };
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &old), 0);
    auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = old;
    small.rlim_cur = 16 * 1024;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const auto error = writeDistrictReport(data, 0, ReportOptions {}, target);
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    ASSERT_TRUE(error) << "the write should have failed";
    EXPECT_TRUE(error->contains(target)) << error->toStdString();
    EXPECT_EQ(readAll(target), precious) << "the existing file was damaged";
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("summary.pdf")})
            << "a temporary file was left behind";
#endif

    // And a successful export replaces it.
    ASSERT_FALSE(writeDistrictReport(data, 0, ReportOptions {}, target));
    EXPECT_TRUE(readAll(target).startsWith("%PDF-"));
}

TEST(ReportFileNames, SuggestedNames)
{
    const Dataset &data = simtest::bundled();
    const District &pudong = data.districts[size_t(data.indexOfId(QStringLiteral("pudong")))];
    EXPECT_EQ(suggestedReportFileName(pudong, Language::Zh), QStringLiteral("浦东新区-innovation-summary.pdf"));
    EXPECT_EQ(suggestedReportFileName(pudong, Language::En), QStringLiteral("Pudong-New-Area-innovation-summary.pdf"));
    EXPECT_EQ(suggestedReportFileName(pudong, Language::Both), QStringLiteral("浦东新区-Pudong-New-Area-innovation-summary.pdf"));
    const District &jingan = data.districts[size_t(data.indexOfId(QStringLiteral("jingan")))];
    EXPECT_EQ(suggestedReportFileName(jingan, Language::En), QStringLiteral("Jingan-District-innovation-summary.pdf"));
    EXPECT_EQ(atlasReportFileName(pudong), QStringLiteral("pudong-innovation-summary.pdf"));

    District odd;
    odd.id = QStringLiteral("odd");
    odd.name = {QStringLiteral("a/b\\c:d*e?f\"g<h>i|j"), QStringLiteral("  ..Hidden  name..  ")};
    EXPECT_EQ(suggestedReportFileName(odd, Language::Zh), QStringLiteral("a-b-c-d-e-f-g-h-i-j-innovation-summary.pdf"));
    EXPECT_EQ(suggestedReportFileName(odd, Language::En), QStringLiteral("Hidden-name-innovation-summary.pdf"));
    odd.name.en = QString(300, QLatin1Char('x'));
    const QString longName = suggestedReportFileName(odd, Language::En);
    EXPECT_LE(longName.size(), 120);
    EXPECT_TRUE(longName.endsWith(QStringLiteral("-innovation-summary.pdf")));
}

TEST(ReportFileNames, Sanitize)
{
    EXPECT_EQ(sanitizeFileName(QStringLiteral("Jing'an District")), QStringLiteral("Jingan-District"));
    EXPECT_EQ(sanitizeFileName(QStringLiteral("../../etc/passwd")), QStringLiteral("etc-passwd"));
    EXPECT_EQ(sanitizeFileName(QStringLiteral("con")), QStringLiteral("_con"));
    EXPECT_EQ(sanitizeFileName(QStringLiteral("NUL.pdf")), QStringLiteral("_NUL.pdf"));
    EXPECT_EQ(sanitizeFileName(QStringLiteral("tab\there\nnewline")), QStringLiteral("tab-here-newline"));
    EXPECT_EQ(sanitizeFileName(QString()), QStringLiteral("district"));
    EXPECT_EQ(sanitizeFileName(QStringLiteral("/:*?")), QStringLiteral("district"));
    EXPECT_EQ(sanitizeFileName(QStringLiteral("浦东新区")), QStringLiteral("浦东新区"));
}

TEST(ReportOptions, LanguageFromString)
{
    EXPECT_EQ(reportLanguageFromString(QStringLiteral("zh")), Language::Zh);
    EXPECT_EQ(reportLanguageFromString(QStringLiteral("EN")), Language::En);
    EXPECT_EQ(reportLanguageFromString(QStringLiteral("both")), Language::Both);
    EXPECT_FALSE(reportLanguageFromString(QStringLiteral("fr")));
}

TEST(ReportFont, WenQuanYiIsLoadedFromItsFile)
{
    const ReportFont &font = reportFont();
    ASSERT_TRUE(font.error.isEmpty()) << font.error.toStdString();
    EXPECT_EQ(font.family, QStringLiteral("WenQuanYi Micro Hei")) << "fallback: " << font.warning.toStdString();
    EXPECT_TRUE(font.file.endsWith(QStringLiteral("wqy-microhei.ttc")) || !qEnvironmentVariableIsEmpty("SIM_REPORT_FONT"));
}

// ---------------------------------------------------------------------------------------------
// The comparison of two districts (issue 6): the same quality rules as the summary.

namespace {

bool haveTools()
{
    for (const char *tool : {"pdftotext", "pdffonts", "pdfinfo"})
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            return false;
    return true;
}

void expectFontsEmbedded(const QString &pdf)
{
    const Tool t = run(QStringLiteral("pdffonts"), {pdf});
    ASSERT_EQ(t.exitCode, 0) << t.err.toStdString();
    const QStringList lines = QString::fromUtf8(t.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 3) << "no fonts at all: was the text drawn as paths?";
    const int emb = int(lines[0].indexOf(QLatin1String(" emb ")) + 1);
    ASSERT_GT(emb, 0);
    for (qsizetype l = 2; l < lines.size(); ++l)
        EXPECT_EQ(lines[l].mid(emb, 3), QStringLiteral("yes")) << "not embedded: " << lines[l].toStdString();
}

QString signedDifference(const Metric &m, double d, const Unit *unit, Lang lang)
{
    return (d > 0 ? QStringLiteral("+") : QString()) + formatMetricValue(m, d, unit, lang);
}

} // namespace

TEST(CompareReport, TwoPairsExtractExactly)
{
    ASSERT_TRUE(haveTools()) << "pdftotext, pdffonts and pdfinfo (poppler-utils) are needed";
    const Dataset &data = simtest::bundled();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const auto &[idA, idB] : {std::pair {"pudong", "minhang"}, std::pair {"xuhui", "changning"}}) {
        const int a = data.find(QLatin1String(idA));
        const int b = data.find(QLatin1String(idB));
        ASSERT_GE(a, 0);
        ASSERT_GE(b, 0);
        for (Language lang : {Language::Both, Language::Zh, Language::En}) {
            SCOPED_TRACE(std::string(idA) + "," + idB + " " + tag(lang));
            ReportOptions options;
            options.language = lang;
            options.generated = QDateTime(QDate(2025, 6, 1), QTime(9, 30));
            const QString pdf = dir.filePath(
                    QStringLiteral("%1-%2-%3.pdf").arg(QLatin1String(idA), QLatin1String(idB), QLatin1String(tag(lang))));
            QElapsedTimer timer;
            timer.start();
            int pages = 0;
            const auto error = writeCompareReport(data, a, b, options, pdf, &pages);
            ASSERT_FALSE(error) << error->toStdString();
            std::printf("[ compare  ] %s,%s %s: %d page(s), %lld KB, %lld ms\n", idA, idB, tag(lang), pages,
                    (QFileInfo(pdf).size() + 1023) / 1024, timer.elapsed());
            EXPECT_GE(pages, 2);
            const QString text = pdfText(pdf);
            const District &da = data.districts[size_t(a)];
            const District &db = data.districts[size_t(b)];
            const bool zh = lang != Language::En, en = lang != Language::Zh;
            for (const District *d : {&da, &db}) {
                expectContains(text, d->name.zh, "a name (zh)");
                expectContains(text, d->name.en, "a name (en)");
                if (zh)
                    expectContains(text, d->brand.text.zh, "a brand (zh)");
                if (en)
                    expectContains(text, d->brand.text.en, "a brand (en)");
            }
            for (const MetricComparison &c : compareMetrics(data, size_t(a), size_t(b))) {
                const Metric &m = *c.metric;
                const Unit *unit = data.unit(m.unit);
                for (Lang l : {Lang::Zh, Lang::En}) {
                    if ((l == Lang::Zh && !zh) || (l == Lang::En && !en))
                        continue;
                    expectContains(text, m.label.get(l), "a metric's label");
                    expectContains(text, formatMetricValue(m, c.a, unit, l), "A's value (or no data)");
                    expectContains(text, formatMetricValue(m, c.b, unit, l), "B's value (or no data)");
                    if (c.difference)
                        expectContains(text, signedDifference(m, *c.difference, unit, l), "the difference");
                    if (c.ratio)
                        expectContains(text, QStringLiteral("×") + formatNumber(*c.ratio, 2, l), "the ratio");
                }
            }
            for (const Source &s : data.sources) {
                if (zh)
                    expectContains(text, s.title.zh, "a data source");
                if (en)
                    expectContains(text, s.title.en, "a data source");
            }
            if (zh) {
                EXPECT_TRUE(text.contains(QStringLiteral("第 1 页，共 %1 页").arg(pages)));
            }
            if (en) {
                EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
            }
            EXPECT_FALSE(text.contains(QChar(0xFFFD))) << "replacement characters in the text layer";
            // Xuhui and Changning both name artificial intelligence: marked as shared.
            if (QLatin1String(idA) == QLatin1String("xuhui")) {
                const QString marker = lang == Language::Both ? QStringLiteral("人工智能共有·shared")
                        : lang == Language::Zh                ? QStringLiteral("人工智能共有")
                                                              : QStringLiteral("artificial intelligenceshared");
                EXPECT_TRUE(squeeze(text).contains(squeeze(marker))) << marker.toStdString();
            }
            expectFontsEmbedded(pdf);
        }
    }
}

TEST(CompareReport, PudongMinhangLandArea)
{
    ASSERT_TRUE(haveTools());
    const Dataset &data = simtest::bundled();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("pm.pdf"));
    ReportOptions options; // both languages
    const auto error
            = writeCompareReport(data, data.find(QStringLiteral("pudong")), data.find(QStringLiteral("minhang")), options, pdf);
    ASSERT_FALSE(error) << error->toStdString();
    const QString text = squeeze(pdfText(pdf));
    // Written out by hand: the formatting a reader sees.
    for (const char *s : {"1,210.41", "370.75", "+839.66", "×3.26", "浦东新区", "闵行区", "Pudong New Area", "Minhang District",
                 "两区概况对照", "Profiles side by side", "Data sources"})
        EXPECT_TRUE(text.contains(squeeze(QString::fromUtf8(s)))) << s;
}

TEST(CompareReport, FailuresLeaveNoFile)
{
    const Dataset &data = simtest::bundled();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("x.pdf"));
    const int a = data.find(QStringLiteral("pudong"));
    auto e = writeCompareReport(data, a, a, {}, pdf);
    ASSERT_TRUE(e);
    EXPECT_TRUE(e->contains(QStringLiteral("itself"))) << e->toStdString();
    e = writeCompareReport(data, a, 99, {}, pdf);
    ASSERT_TRUE(e);
    EXPECT_TRUE(e->contains(QStringLiteral("no district number 99"))) << e->toStdString();
    e = writeCompareReport(data, a, -1, {}, pdf);
    ASSERT_TRUE(e);
    EXPECT_FALSE(QFileInfo::exists(pdf));
    QBuffer buffer;
    EXPECT_TRUE(composeCompareReport(data, a, a, {}, buffer).error);
}

TEST(ReportFileNames, SuggestedCompareName)
{
    const Dataset &data = simtest::bundled();
    const District &a = data.districts[size_t(data.find(QStringLiteral("pudong")))];
    const District &b = data.districts[size_t(data.find(QStringLiteral("jingan")))];
    EXPECT_EQ(suggestedCompareFileName(a, b, Language::Zh), QStringLiteral("浦东新区-vs-静安区-innovation-comparison.pdf"));
    EXPECT_EQ(suggestedCompareFileName(a, b, Language::En),
            QStringLiteral("Pudong-New-Area-vs-Jingan-District-innovation-comparison.pdf"));
}

// The report needs fonts, so a QGuiApplication (offscreen: no display needed).
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
