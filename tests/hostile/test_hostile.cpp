// SPDX-License-Identifier: MIT
// Hostile inputs: every case of tests/hostile/cases must produce exactly its expected problems
// (or load, when it expects none), without crashing, hanging or eating memory. Also the inputs
// the fuzzers once crashed on (tests/hostile/regressions), and a few pathological shapes.
//
// `tst_hostile --prepare NAME PARENT` makes a case's data directory for the validator CLI tests
// (cli.cmake) and prints `dir=PATH` (and `unprivileged=1` when it only bites without root).
#include "../fuzz/targets.h"
#include "geo/boundaries.h"
#include "cases.h"
#include "data/dataset.h"
#include "geo/geometry.h"
#include "geo/hitindex.h"
#include "data/jsonfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <random>
#include <sys/resource.h>
#include <unistd.h>

using namespace sim;

// Readable gtest output for Qt strings.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
inline void PrintTo(const QStringList &l, std::ostream *os)
{
    *os << "{\n";
    for (const auto &s : l)
        *os << "  \"" << s.toStdString() << "\"\n";
    *os << "}";
}
QT_END_NAMESPACE

namespace {

long maxRssKiB()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

/** Runs f with the effective user "nobody" when we are root (whose powers ignore file modes). */
class Unprivileged
{
public:
    Unprivileged()
    {
        if (geteuid() != 0)
            return;
        if (seteuid(65534) != 0) {
            m_failed = true;
            return;
        }
        m_switched = true;
    }
    ~Unprivileged()
    {
        if (m_switched && seteuid(0) != 0)
            std::abort(); // the rest of the tests must not run as someone else
    }
    Unprivileged(const Unprivileged &) = delete;
    Unprivileged &operator=(const Unprivileged &) = delete;
    [[nodiscard]] bool failed() const { return m_failed; }

private:
    bool m_switched = false;
    bool m_failed = false;
};

/**
 * The temporary directory is its owner's alone; "nobody" must be able to reach the case. Group
 * too: an effective user id of nobody keeps root's groups, so the group bits are what count.
 */
void openUp(const QString &dir)
{
    QFile::setPermissions(dir,
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                    | QFile::ExeOther);
}

QStringList problemLines(const DatasetLoad &load, const QString &dir)
{
    QStringList out = toStrings(load.problems);
    out.replaceInStrings(dir, QStringLiteral("DIR"));
    return out;
}

bool anyError(const QStringList &lines)
{
    return std::any_of(lines.begin(), lines.end(), [](const QString &l) { return l.contains(QLatin1String(": error: ")); });
}

std::string testName(const QString &name)
{
    std::string n = name.toStdString();
    for (char &c : n)
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    return n;
}

} // namespace

// --- the corpus ---------------------------------------------------------------------------------

class HostileCase : public ::testing::TestWithParam<QString>
{ };

TEST_P(HostileCase, ReportsExactlyTheExpectedProblems)
{
    const QString name = GetParam();
    QTemporaryDir parent;
    ASSERT_TRUE(parent.isValid());
    const hostile::Prepared prepared = hostile::prepare(name, parent.path());
    ASSERT_FALSE(prepared.dir.isEmpty()) << prepared.error.toStdString();
    const QStringList expected = hostile::expectedLines(name);

    DatasetLoad load;
    const long rssBefore = maxRssKiB();
    QElapsedTimer timer;
    timer.start();
    if (prepared.needsUnprivileged && geteuid() == 0) {
        openUp(parent.path());
        Unprivileged nobody;
        if (nobody.failed())
            GTEST_SKIP() << "running as root, and cannot switch to an unprivileged user (seteuid) to test unreadable files";
        load = loadDataset(prepared.dir);
    } else {
        load = loadDataset(prepared.dir);
    }
    const qint64 ms = timer.elapsed();

    EXPECT_EQ(problemLines(load, prepared.dir), expected);
    EXPECT_EQ(load.dataset != nullptr, !anyError(expected)) << "loads exactly when there are no errors";
    // Refusing bad data is quick and never reads a whole huge file into memory (loading good
    // data, the bundled one included, may take more).
    EXPECT_LT(ms, 20000) << "took " << ms << " ms";
    if (anyError(expected)) {
        EXPECT_LT(maxRssKiB() - rssBefore, 64 * 1024) << "memory grew by " << (maxRssKiB() - rssBefore) << " KiB";
    }
}

INSTANTIATE_TEST_SUITE_P(
        Corpus, HostileCase, ::testing::ValuesIn(hostile::caseNames()), [](const auto &param) { return testName(param.param); });

TEST(HostileCorpus, IsNotEmpty)
{
    EXPECT_GE(hostile::caseNames().size(), 30);
}

// --- the JSON reader on inputs generated here -----------------------------------------------------

namespace {
QStringList parseProblems(const QByteArray &bytes, bool expectDocument = false)
{
    Problems problems;
    const auto doc = parseJson(bytes, QStringLiteral("f.json"), problems);
    EXPECT_EQ(doc.has_value(), expectDocument);
    return toStrings(problems);
}
} // namespace

TEST(HostileJson, AMillionLevelsOfNestingAreRefusedWithoutRecursion)
{
    EXPECT_EQ(parseProblems(QByteArray(1000000, '[')),
            QStringList {QStringLiteral("f.json:1:65: error: arrays and objects are nested more than 64 levels deep")});
    QByteArray objects;
    for (int i = 0; i < 200000; ++i)
        objects += "{\"a\":";
    EXPECT_EQ(parseProblems(objects),
            QStringList {QStringLiteral("f.json:1:321: error: arrays and objects are nested more than 64 levels deep")});
    // 64 levels are fine
    EXPECT_EQ(parseProblems(QByteArray(64, '[') + QByteArray(64, ']'), true), QStringList());
}

TEST(HostileJson, NumbersThatOverflowAreErrorsNotCrashes)
{
    EXPECT_EQ(
            parseProblems("{\"a\": 1e999}"), QStringList {QStringLiteral("f.json:1:11: error: number overflow parsing '1e999'")});
    EXPECT_EQ(parseProblems("[-1e400]"), QStringList {QStringLiteral("f.json:1:7: error: number overflow parsing '-1e400'")});
    // an integer too long for 64 bits is read as a double; one too long for a double overflows
    EXPECT_EQ(parseProblems("[" + QByteArray(400, '9') + "]"),
            QStringList {
                    QStringLiteral("f.json:1:401: error: number overflow parsing '%1'").arg(QString(400, QLatin1Char('9')))});
    EXPECT_EQ(parseProblems("[1e308, 18446744073709551615, -9223372036854775808, 5e-324, 1e-999]", true), QStringList());
}

TEST(HostileJson, NaNAndInfinityAreNotJson)
{
    EXPECT_EQ(parseProblems("[NaN]"),
            QStringList {
                    QStringLiteral("f.json:1:2: error: syntax error while parsing value - invalid literal; last read: '[N'")});
    EXPECT_EQ(parseProblems("[-Infinity]"),
            QStringList {QStringLiteral("f.json:1:3: error: syntax error while parsing value - invalid number; expected digit "
                                        "after '-'; last read: '-I'")});
}

TEST(HostileJson, ByteOrderMarkAndCrlfAreAccepted)
{
    EXPECT_EQ(parseProblems("\xEF\xBB\xBF{\r\n  \"a\": [1,\r\n 2]\r\n}\r\n", true), QStringList());
    // ... but only at the very start
    const QStringList late = parseProblems(" \xEF\xBB\xBF{}");
    ASSERT_EQ(late.size(), 1);
    EXPECT_TRUE(late[0].startsWith(QStringLiteral("f.json:1:2: error: syntax error while parsing value - invalid literal")))
            << late[0].toStdString();
}

TEST(HostileJson, DuplicateMembersAreErrors)
{
    EXPECT_EQ(parseProblems("{\"a\": {\"b/c\": 1, \"b/c\": 2}, \"list\": [{}, {\"x\": 1, \"x\": 1}]}"),
            (QStringList {QStringLiteral("f.json:/a/b~1c: error: the member appears more than once in its object"),
                    QStringLiteral("f.json:/list/1/x: error: the member appears more than once in its object")}));
}

// --- the boundary loader on inputs generated here -------------------------------------------------

TEST(HostileBoundaries, MoreThanTheLimitIsRefusedUnread)
{
    QByteArray big(kMaxDataFileBytes + 1, ' ');
    big.replace(0, 1, "{");
    const BoundaryLoad load = loadBoundariesFromBytes(big, QStringLiteral("b.geojson"));
    EXPECT_EQ(toStrings(load.problems),
            QStringList {QStringLiteral("b.geojson: error: the file is 65 MB; data files may be at most 64 MB")});
}

namespace {
QByteArray bundledBoundaries()
{
    QFile f(QStringLiteral(SIM_DATA_DIR "/boundaries.geojson"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** The bundled boundaries with `move` applied to every position (it gets the district's adcode). */
QStringList shiftedProblems(const std::function<void(int adcode, double &lon, double &lat)> &move)
{
    const QByteArray bytes = bundledBoundaries();
    nlohmann::json doc = nlohmann::json::parse(bytes.begin(), bytes.end());
    int adcode = 0;
    std::function<void(nlohmann::json &)> walk = [&](nlohmann::json &v) {
        if (v.is_array() && v.size() >= 2 && v[0].is_number()) {
            double lon = v[0].get<double>(), lat = v[1].get<double>();
            move(adcode, lon, lat);
            v[0] = lon;
            v[1] = lat;
        } else if (v.is_array()) {
            for (auto &c : v)
                walk(c);
        }
    };
    for (auto &feature : doc["features"]) {
        adcode = feature["properties"]["adcode"].get<int>();
        walk(feature["geometry"]["coordinates"]);
    }
    const BoundaryLoad load = loadBoundariesFromBytes(QByteArray::fromStdString(doc.dump()), QStringLiteral("b.geojson"));
    EXPECT_TRUE(load.ok()) << toStrings(load.problems).join(QLatin1Char('\n')).toStdString();
    return toStrings(load.problems);
}
} // namespace

TEST(HostileBoundaries, TheReferencePositionsAreTheBundledBoundaries)
{
    // Unchanged, or moved less than the threshold (200 m): no warning. That a shift of 150 m
    // passes and one of 300 m does not shows that the built-in reference positions and the
    // bundled boundaries agree to within about 50 m.
    EXPECT_EQ(shiftedProblems([](int, double &, double &) {}), QStringList());
    EXPECT_EQ(shiftedProblems([](int, double &lon, double &) { lon += 150 / 95200.0; }), QStringList());
    EXPECT_EQ(shiftedProblems([](int, double &, double &lat) { lat -= 150 / 111000.0; }), QStringList());
    EXPECT_EQ(shiftedProblems([](int, double &lon, double &) { lon += 300 / 95200.0; }),
            QStringList {QStringLiteral("b.geojson: warning: the boundaries are shifted: 16 of 16 districts lie about 300 m east "
                                        "of their WGS84 position; are they in another coordinate system?")});
}

TEST(HostileBoundaries, OnlyASystematicShiftIsReported)
{
    // One district in GCJ-02 among WGS84 ones is not a datum problem (and no check can tell it
    // from a coarser boundary): no warning.
    EXPECT_EQ(shiftedProblems([](int adcode, double &lon, double &lat) {
        if (adcode == 310104)
            hostile::toGcj02(lon, lat);
    }),
            QStringList());
    // Every district moved its own way, by up to 1 km: not systematic, no warning.
    std::mt19937 random(7);
    std::map<int, std::pair<double, double>> moves;
    EXPECT_EQ(shiftedProblems([&](int adcode, double &lon, double &lat) {
        if (!moves.count(adcode))
            moves[adcode] = {
                    std::uniform_real_distribution<>(-0.01, 0.01)(random), std::uniform_real_distribution<>(-0.01, 0.01)(random)};
        lon += moves[adcode].first;
        lat += moves[adcode].second;
    }),
            QStringList());
}

// --- shapes that are valid but pathological ---------------------------------------------------------

TEST(HostileGeometry, LabelPointOfASliverIsQuick)
{
    // 100° long, a billionth of a degree wide: the first grid used to have 10^11 cells.
    const Polygon sliver {{{0, 0}, {100, 0}, {100, 1e-9}, {0, 1e-9}, {0, 0}}, {}};
    QElapsedTimer timer;
    timer.start();
    const LonLat p = labelPoint({sliver});
    EXPECT_LT(timer.elapsed(), 5000);
    EXPECT_GE(p.lon, 0);
    EXPECT_LE(p.lon, 100);
}

TEST(HostileGeometry, HitIndexOfACombStaysSmallAndCorrect)
{
    // A comb: 20,000 teeth as tall as the whole shape. Every tooth edge crosses every slab, which
    // used to cost edges × slabs entries (here 16 GB).
    Ring comb;
    const int teeth = 20000;
    comb.push_back({0, 0});
    for (int i = 0; i < teeth; ++i) {
        const double x = i * 0.001;
        comb.push_back({x, 1});
        comb.push_back({x + 0.0005, 1});
        comb.push_back({x + 0.0005, 0.001});
        comb.push_back({x + 0.001, 0.001});
    }
    comb.push_back({teeth * 0.001, 0});
    comb.push_back({0, 0});
    const std::vector<std::vector<Polygon>> districts {{Polygon {comb, {}}}};
    const long rssBefore = maxRssKiB();
    QElapsedTimer timer;
    timer.start();
    const HitIndex index(districts);
    EXPECT_LT(timer.elapsed(), 10000);
    EXPECT_LT(maxRssKiB() - rssBefore, 512 * 1024);
    std::mt19937 random(1);
    std::uniform_real_distribution<> lon(-0.5, teeth * 0.001 + 0.5), lat(-0.1, 1.1);
    for (int i = 0; i < 2000; ++i) {
        const LonLat p {lon(random), lat(random)};
        ASSERT_EQ(index.districtAt(p), polygonContains(districts[0][0], p) ? 0 : -1) << p.lon << ", " << p.lat;
    }
}

// --- inputs the fuzzers crashed on ------------------------------------------------------------------

class FuzzRegression : public ::testing::TestWithParam<QString>
{ };

TEST_P(FuzzRegression, NoLongerCrashes)
{
    const QString path = GetParam();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const auto *data = reinterpret_cast<const uint8_t *>(bytes.constData());
    const QString target = QFileInfo(path).dir().dirName();
    if (target == QLatin1String("json")) {
        simfuzz::runJson(data, size_t(bytes.size()));
    } else if (target == QLatin1String("boundaries")) {
        simfuzz::runBoundaries(data, size_t(bytes.size()));
    } else if (target == QLatin1String("dataset")) {
        simfuzz::DatasetWorkspace workspace(QStringLiteral(SIM_FIXTURE_DIR));
        workspace.run(data, size_t(bytes.size()));
    } else {
        FAIL() << "unknown fuzz target folder " << target.toStdString();
    }
    SUCCEED();
}

namespace {
std::vector<QString> regressionFiles()
{
    std::vector<QString> out;
    QDirIterator it(QStringLiteral(SIM_HOSTILE_REGRESSIONS_DIR), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (!f.endsWith(QLatin1String(".md")))
            out.push_back(f);
    }
    std::sort(out.begin(), out.end());
    return out;
}
} // namespace

INSTANTIATE_TEST_SUITE_P(Fuzz, FuzzRegression, ::testing::ValuesIn(regressionFiles()), [](const auto &param) {
    const QFileInfo fi(param.param);
    return testName(fi.dir().dirName() + QLatin1Char('_') + fi.fileName());
});
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(FuzzRegression);

// --- main -----------------------------------------------------------------------------------------

namespace {
/**
 * `--compare CASE DIR EXITCODE STDOUT STDERR`: did the validator print every expected line, no
 * other problem, and exit 1 exactly when one of them is an error (0 otherwise, never a crash)?
 */
int compareCli(const QString &name, const QString &dir, const QString &code, const QString &outFile, const QString &errFile)
{
    QStringList printed;
    for (const QString &file : {outFile, errFile}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            printed += QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    printed.replaceInStrings(dir, QStringLiteral("DIR"));
    const QStringList expected = hostile::expectedLines(name);
    bool same = true;
    auto say = [&](const QString &what, const QString &line) {
        std::fprintf(stderr, "%s: %s\n", what.toUtf8().constData(), line.toUtf8().constData());
        same = false;
    };
    for (const QString &line : expected)
        if (!printed.contains(line))
            say(QStringLiteral("missing"), line);
    for (const QString &line : printed)
        if ((line.contains(QLatin1String(": error: ")) || line.contains(QLatin1String(": warning: ")))
                && !expected.contains(line))
            say(QStringLiteral("unexpected"), line);
    const QString wantCode = anyError(expected) ? QStringLiteral("1") : QStringLiteral("0");
    if (code != wantCode)
        say(QStringLiteral("exit code"), QStringLiteral("%1, expected %2").arg(code, wantCode));
    if (!same) {
        std::fprintf(stderr, "--- what the validator printed:\n");
        for (const QString &line : printed)
            std::fprintf(stderr, "%s\n", line.toUtf8().constData());
    }
    return same ? 0 : 1;
}
} // namespace

int main(int argc, char **argv)
{
    if (argc == 4 && std::string(argv[1]) == "--prepare") {
        const QString parent = QString::fromLocal8Bit(argv[3]);
        QDir().mkpath(parent);
        const hostile::Prepared p = hostile::prepare(QString::fromLocal8Bit(argv[2]), QDir(parent).absolutePath());
        if (p.dir.isEmpty()) {
            std::fprintf(stderr, "tst_hostile: %s\n", p.error.toLocal8Bit().constData());
            return 1;
        }
        std::printf("dir=%s\n", p.dir.toLocal8Bit().constData());
        if (p.needsUnprivileged)
            std::printf("unprivileged=1\n");
        return 0;
    }
    if (argc == 3 && std::string(argv[1]) == "--actual") {
        // what the core reports for a case, to write (and then review!) its expected.txt
        QTemporaryDir parent;
        const hostile::Prepared p = hostile::prepare(QString::fromLocal8Bit(argv[2]), parent.path());
        if (p.dir.isEmpty())
            return 1;
        DatasetLoad load;
        if (p.needsUnprivileged && geteuid() == 0) {
            openUp(parent.path());
            Unprivileged nobody;
            load = loadDataset(p.dir);
        } else {
            load = loadDataset(p.dir);
        }
        for (const QString &line : problemLines(load, p.dir))
            std::printf("%s\n", line.toUtf8().constData());
        return 0;
    }
    if (argc == 7 && std::string(argv[1]) == "--compare")
        return compareCli(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), QString::fromLocal8Bit(argv[4]),
                QString::fromLocal8Bit(argv[5]), QString::fromLocal8Bit(argv[6]));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
