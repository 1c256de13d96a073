// SPDX-License-Identifier: MIT
// The command line as a unit: the option table, parsing and its messages, and the headless
// commands (--validate, --export-pdf, --export-all) run in-process with their output captured.
// (tests/smoke starts the real executable for the same commands.)
#include "cli/commandline.h"
#include "cli/commands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <gtest/gtest.h>

using namespace sim::cli;

namespace {

CommandLine parseArgs(std::initializer_list<const char *> args)
{
    QStringList list {QStringLiteral("shanghai-innovation-map")};
    for (const char *a : args)
        list << QString::fromUtf8(a);
    return parse(list);
}

struct Outcome {
    int code = -1;
    QString out, err;
};

Outcome run(std::initializer_list<const char *> args)
{
    Outcome r;
    const CommandLine cmd = parseArgs(args);
    EXPECT_EQ(cmd.error, QString()) << "the arguments should parse";
    QTextStream out(&r.out), err(&r.err);
    r.code = runHeadless(cmd, out, err);
    return r;
}

QByteArray head(const QString &path, qint64 n)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
}

} // namespace

TEST(CommandLine, EveryOptionOfTheTableIsParsedAndListedInHelp)
{
    const CommandLine help = parseArgs({"--help"});
    ASSERT_TRUE(help.answered);
    for (const OptionSpec &o : options())
        EXPECT_TRUE(help.answer.contains(QStringLiteral("--") + QString::fromLatin1(o.name))) << o.name;
}

TEST(CommandLine, ValuesWithAFormAreChecked)
{
    EXPECT_EQ(parseArgs({"--compare", "pudong"}).error,
            QStringLiteral("--compare takes two districts separated by a comma, e.g. pudong,minhang"));
    EXPECT_EQ(parseArgs({"--compare", "pudong,"}).error,
            QStringLiteral("--compare takes two districts separated by a comma, e.g. pudong,minhang"));
    EXPECT_EQ(parseArgs({"--at", "131.2,121.4"}).error,
            QStringLiteral("--at takes LAT,LON in WGS84 degrees, e.g. 31.2397,121.4998; got \"131.2,121.4\""));
    EXPECT_EQ(parseArgs({"--lang", "fr"}).error, QStringLiteral("--lang takes zh or en, not \"fr\""));
    EXPECT_EQ(parseArgs({"--pdf-lang", "de"}).error, QStringLiteral("--pdf-lang takes zh, en or both, not \"de\""));
    EXPECT_EQ(parseArgs({"--theme", "blue"}).error, QStringLiteral("--theme takes dark or light, not \"blue\""));
    EXPECT_EQ(parseArgs({"--view", "grid"}).error, QStringLiteral("--view takes map, table or chart, not \"grid\""));
    EXPECT_EQ(parseArgs({"--view", "chart"}).view, QStringLiteral("chart"));
    EXPECT_EQ(parseArgs({"--size", "0x5"}).error,
            QStringLiteral("--size takes WxH in pixels between 16x16 and 20000x20000, e.g. 1600x1200; got \"0x5\""));
    EXPECT_EQ(parseArgs({"--tiles", "https://{s}.tile.example.org/{z}/{x}/{y}.png"}).error,
            QStringLiteral("--tiles: the template has {s}, which the map cannot fill: only {z}, {x} and {y} (for {s}, name "
                           "one of the servers, e.g. a.tile.example.org): \"https://{s}.tile.example.org/{z}/{x}/{y}.png\""));
    EXPECT_EQ(parseArgs({"--tiles", "http://127.0.0.1:8080/t.png?x={x}&y={y}&z={z}"}).tiles,
            QStringLiteral("http://127.0.0.1:8080/t.png?x={x}&y={y}&z={z}"));
    EXPECT_EQ(parseArgs({"--frobnicate"}).error, QStringLiteral("Unknown option 'frobnicate'."));
    EXPECT_EQ(parseArgs({"pudong"}).error, QStringLiteral("Unexpected argument \"pudong\" (see --help)."));

    const CommandLine ok
            = parseArgs({"--compare", " pudong , minhang ", "--size", "1024x700", "--at", "31.23,121.47", "--no-watch"});
    EXPECT_EQ(ok.error, QStringLiteral("--compare names both districts: it cannot be combined with --district or --at"));
    const CommandLine fine = parseArgs({"--compare", " pudong , minhang ", "--size", "1024x700", "--no-watch"});
    EXPECT_EQ(fine.error, QString());
    EXPECT_EQ(*fine.compare, (QStringList {QStringLiteral("pudong"), QStringLiteral("minhang")}));
    EXPECT_EQ(*fine.size, (std::pair {1024, 700}));
    EXPECT_FALSE(fine.watch);
    EXPECT_FALSE(fine.headlessCommand());
}

TEST(CommandLine, CombinationsThatMeanNothingAreRefused)
{
    EXPECT_EQ(parseArgs({"--district", "pudong", "--at", "31.2,121.4"}).error,
            QStringLiteral("--district and --at cannot be combined"));
    EXPECT_EQ(parseArgs({"--export-pdf", "a.pdf"}).error,
            QStringLiteral("--export-pdf needs the district: --district ID|NAME or --at LAT,LON"));
    EXPECT_EQ(parseArgs({"--export-pdf", "a.pdf", "--export-all", "d"}).error,
            QStringLiteral("--export-pdf and --export-all cannot be combined"));
    EXPECT_EQ(parseArgs({"--compare", "a,b", "--export-all", "d"}).error,
            QStringLiteral("--compare and --export-all cannot be combined"));
}

TEST(CommandLine, TheDisplayPreScanReadsTheSameTable)
{
    auto noDisplay = [](std::vector<const char *> args) {
        args.insert(args.begin(), "shanghai-innovation-map");
        return needsNoDisplay(int(args.size()), args.data());
    };
    for (const OptionSpec &o : options()) {
        const std::string flag = std::string("--") + o.name;
        EXPECT_EQ(noDisplay({flag.c_str()}), o.headless) << flag;
        const std::string withValue = flag + "=x";
        EXPECT_EQ(noDisplay({withValue.c_str()}), o.headless) << withValue;
    }
    EXPECT_TRUE(noDisplay({"--help"}));
    EXPECT_TRUE(noDisplay({"--version"}));
    EXPECT_FALSE(noDisplay({"--export-pdfs"}));
    EXPECT_FALSE(noDisplay({"--district", "pudong"}));
}

TEST(Validate, TheBundledDataIsValid)
{
    const Outcome r = run({"--validate"});
    EXPECT_EQ(r.code, Success);
    EXPECT_TRUE(r.out.contains(QStringLiteral(": valid: 16 districts, 7 metrics, data version "))) << r.out.toStdString();
    EXPECT_EQ(r.err, QString());
}

TEST(Validate, AnEmptyDirectoryIsInvalidAndSaysWhy)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QByteArray path = dir.path().toUtf8();
    const Outcome r = run({"--validate", "--data", path.constData()});
    EXPECT_EQ(r.code, Failed);
    EXPECT_TRUE(r.err.contains(QStringLiteral("dataset.json"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral(": invalid: 1 problem(s)"))) << r.err.toStdString();
}

TEST(ExportPdf, OneDistrictByNameAndByPoint)
{
    QTemporaryDir dir;
    const QByteArray file = dir.filePath(QStringLiteral("pudong.pdf")).toUtf8();
    Outcome r = run({"--district", "浦东新区", "--pdf-lang", "en", "--export-pdf", file.constData()});
    EXPECT_EQ(r.code, Success) << r.err.toStdString();
    EXPECT_EQ(head(QString::fromUtf8(file), 5), QByteArray("%PDF-"));
    EXPECT_TRUE(r.out.contains(QStringLiteral("pudong.pdf (pudong, "))) << r.out.toStdString();

    const QByteArray at = dir.filePath(QStringLiteral("at.pdf")).toUtf8();
    r = run({"--at", "31.2304,121.4737", "--export-pdf", at.constData()}); // People's Square
    EXPECT_EQ(r.code, Success) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("at.pdf (huangpu, "))) << r.out.toStdString();
}

TEST(ExportPdf, NamesThatMatchNothingAreBadRequests)
{
    QTemporaryDir dir;
    const QByteArray file = dir.filePath(QStringLiteral("x.pdf")).toUtf8();
    Outcome r = run({"--district", "atlantis", "--export-pdf", file.constData()});
    EXPECT_EQ(r.code, BadRequest);
    EXPECT_EQ(r.err, QStringLiteral("No district matches \"atlantis\".\n"));
    r = run({"--at", "30.0,120.0", "--export-pdf", file.constData()});
    EXPECT_EQ(r.code, BadRequest);
    EXPECT_EQ(r.err, QStringLiteral("No district contains the point 30.0,120.0.\n"));
    r = run({"--compare", "pudong,浦东新区", "--export-pdf", file.constData()});
    EXPECT_EQ(r.code, BadRequest);
    EXPECT_EQ(r.err, QStringLiteral("--compare needs two different districts, got \"pudong,浦东新区\"\n"));
    EXPECT_FALSE(QFile::exists(QString::fromUtf8(file)));
}

TEST(ExportPdf, NeverIntoTheDataDirectory)
{
    const QString data = QStringLiteral(SIM_DATA_DIR);
    const QByteArray file = QDir(data).filePath(QStringLiteral("sources/pudong.pdf")).toUtf8();
    const Outcome r = run({"--district", "pudong", "--export-pdf", file.constData()});
    EXPECT_EQ(r.code, BadRequest);
    EXPECT_TRUE(r.err.contains(QStringLiteral("which this application never writes to. Choose another folder.")))
            << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(QString::fromUtf8(file)));
    const QByteArray dataDir = data.toUtf8();
    EXPECT_EQ(run({"--export-all", dataDir.constData()}).code, BadRequest);
}

TEST(ExportPdf, TheComparisonOfTwoDistricts)
{
    QTemporaryDir dir;
    const QByteArray file = dir.filePath(QStringLiteral("pm.pdf")).toUtf8();
    const Outcome r = run({"--compare", "pudong,minhang", "--export-pdf", file.constData()});
    EXPECT_EQ(r.code, Success) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("pm.pdf (pudong vs minhang, "))) << r.out.toStdString();
    EXPECT_EQ(head(QString::fromUtf8(file), 5), QByteArray("%PDF-"));
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the PDF needs fonts
    QCoreApplication::setApplicationName(QStringLiteral("shanghai-innovation-map"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
