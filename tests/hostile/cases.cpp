// SPDX-License-Identifier: MIT
#include "cases.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <nlohmann/json.hpp>

#include <cmath>
#include <functional>
#include <map>
#include <numbers>

namespace hostile {

namespace {

using json = nlohmann::json;

QString casesDir()
{
    return QStringLiteral(SIM_HOSTILE_CASES_DIR);
}

bool copyTree(const QString &from, const QString &to, QString &error)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = to + src.mid(from.size());
        QDir().mkpath(QFileInfo(dst).path());
        QFile::remove(dst);
        if (!QFile::copy(src, dst)) {
            error = QStringLiteral("cannot copy %1 to %2").arg(src, dst);
            return false;
        }
        QFile::setPermissions(dst, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Applies f to every [lon, lat] position of every feature's geometry.
void eachPosition(json &geojson, const std::function<void(double &, double &)> &f)
{
    std::function<void(json &)> walk = [&](json &v) {
        if (v.is_array() && v.size() >= 2 && v[0].is_number() && v[1].is_number()) {
            double lon = v[0].get<double>(), lat = v[1].get<double>();
            f(lon, lat);
            v[0] = lon;
            v[1] = lat;
        } else if (v.is_array()) {
            for (auto &c : v)
                walk(c);
        }
    };
    for (auto &feature : geojson["features"])
        walk(feature["geometry"]["coordinates"]);
}

bool transformBoundaries(const QString &dir, const std::function<void(double &, double &)> &f)
{
    const QString path = dir + QStringLiteral("/boundaries.geojson");
    const QByteArray bytes = readAll(path);
    json doc = json::parse(bytes.begin(), bytes.end());
    eachPosition(doc, f);
    return writeAll(path, QByteArray::fromStdString(doc.dump()));
}

// A chain of opening brackets `levels` deep, closed again: 2 × levels bytes.
QByteArray nested(int levels)
{
    return QByteArray(levels, '[') + QByteArray(levels, ']');
}

using Generator = std::function<bool(const QString &dir, Prepared &)>;

const std::map<QString, Generator> &generators()
{
    static const std::map<QString, Generator> g = {
            // 100 MB of valid GeoJSON (white space is JSON): must be refused by its size, at once.
            {QStringLiteral("huge-file"),
                    [](const QString &dir, Prepared &) {
                        QFile f(dir + QStringLiteral("/boundaries.geojson"));
                        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                            return false;
                        const QByteArray head = "{\"type\":\"FeatureCollection\",\"features\":[";
                        const QByteArray tail = "]}\n";
                        const qint64 total = 100LL * 1024 * 1024;
                        f.write(head);
                        const QByteArray chunk(1024 * 1024, ' ');
                        qint64 left = total - head.size() - tail.size();
                        while (left > 0) {
                            const qint64 n = std::min<qint64>(left, chunk.size());
                            if (f.write(chunk.constData(), n) != n)
                                return false;
                            left -= n;
                        }
                        return f.write(tail) == tail.size();
                    }},
            // 100,000 levels of nesting in a data file and in the boundaries.
            {QStringLiteral("deep-nesting"),
                    [](const QString &dir, Prepared &) {
                        const QString metrics = dir + QStringLiteral("/metrics.json");
                        QByteArray m = readAll(metrics);
                        m.replace("7800.5", nested(100000));
                        const QString boundaries = dir + QStringLiteral("/boundaries.geojson");
                        QByteArray b = readAll(boundaries);
                        b.replace("\"name_en\":\"Alpha District\"", "\"name_en\":\"Alpha District\",\"deep\":" + nested(100000));
                        return writeAll(metrics, m) && writeAll(boundaries, b);
                    }},
            // Directories where files belong.
            {QStringLiteral("directory-as-file"),
                    [](const QString &dir, Prepared &) {
                        bool ok = true;
                        for (const char *name : {"/districts.json", "/boundaries.geojson"}) {
                            ok = ok && QFile::remove(dir + QLatin1String(name))
                                    && QDir().mkpath(dir + QLatin1String(name) + QStringLiteral("/inside"));
                        }
                        return ok;
                    }},
            // Files nobody but their owner may read (mode 000): only bites without root's powers.
            {QStringLiteral("unreadable-file"),
                    [](const QString &dir, Prepared &p) {
                        p.needsUnprivileged = true;
                        QFile::setPermissions(dir,
                                QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                        | QFile::ReadOther | QFile::ExeOther);
                        return QFile::setPermissions(dir + QStringLiteral("/metrics.json"), {})
                                && QFile::setPermissions(dir + QStringLiteral("/boundaries.geojson"), {});
                    }},
            // A data directory others may list but not enter (mode 0744): "permission denied", not
            // "does not exist". Only bites without root's powers.
            {QStringLiteral("data-dir-not-enterable"),
                    [](const QString &dir, Prepared &p) {
                        p.needsUnprivileged = true;
                        return QFile::setPermissions(dir,
                                QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ReadOther);
                    }},
            // Symbolic links that lead round in circles.
            {QStringLiteral("symlink-loop"),
                    [](const QString &dir, Prepared &) {
                        return QFile::remove(dir + QStringLiteral("/districts.json"))
                                && QFile::link(QStringLiteral("districts.json"), dir + QStringLiteral("/districts.json"))
                                && QFile::remove(dir + QStringLiteral("/boundaries.geojson"))
                                && QFile::link(QStringLiteral("loop.geojson"), dir + QStringLiteral("/boundaries.geojson"))
                                && QFile::link(QStringLiteral("boundaries.geojson"), dir + QStringLiteral("/loop.geojson"));
                    }},
            // The data directory itself is a link to itself.
            {QStringLiteral("symlink-loop-data-dir"),
                    [](const QString &dir, Prepared &) { return QDir(dir).removeRecursively() && QFile::link(dir, dir); }},
            // A source text that is a device, not a file: must not be read (it never ends).
            {QStringLiteral("source-text-is-a-device"),
                    [](const QString &dir, Prepared &) {
                        return QFile::remove(dir + QStringLiteral("/sources/notes.txt"))
                                && QFile::link(QStringLiteral("/dev/zero"), dir + QStringLiteral("/sources/notes.txt"));
                    }},
            // The real boundaries, as Chinese web maps have them (GCJ-02): a warning, and it loads.
            {QStringLiteral("gcj02-boundaries"),
                    [](const QString &dir, Prepared &) {
                        return transformBoundaries(dir, [](double &lon, double &lat) { toGcj02(lon, lat); });
                    }},
            // The real boundaries, all moved 2 km north-east: a different warning, and it loads.
            {QStringLiteral("shifted-boundaries"),
                    [](const QString &dir, Prepared &) {
                        return transformBoundaries(dir, [](double &lon, double &lat) {
                            lon += 0.015;
                            lat += 0.0135;
                        });
                    }},
    };
    return g;
}

} // namespace

QStringList caseNames()
{
    return QDir(casesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QStringList expectedLines(const QString &name)
{
    QStringList out;
    const QString text = QString::fromUtf8(readAll(casesDir() + QLatin1Char('/') + name + QStringLiteral("/expected.txt")));
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString l = line.endsWith(QLatin1Char('\r')) ? line.chopped(1) : line;
        if (!l.trimmed().isEmpty() && !l.startsWith(QLatin1Char('#')))
            out << l;
    }
    return out;
}

bool basedOnBundled(const QString &name)
{
    return readAll(casesDir() + QLatin1Char('/') + name + QStringLiteral("/base")).trimmed() == "bundled";
}

QString copyBase(bool bundled, const QString &dir)
{
    QString error;
    QFileInfo info(dir);
    if (info.isSymLink() || info.isFile())
        QFile::remove(dir);
    QDir(dir).removeRecursively();
    if (!QDir().mkpath(dir))
        return QStringLiteral("cannot make %1").arg(dir);
    copyTree(bundled ? QStringLiteral(SIM_DATA_DIR) : QStringLiteral(SIM_FIXTURE_DIR), dir, error);
    return error;
}

Prepared prepare(const QString &name, const QString &parent, const QString &dirName)
{
    Prepared p;
    const QString src = casesDir() + QLatin1Char('/') + name;
    if (!QFileInfo(src + QStringLiteral("/expected.txt")).isFile()) {
        p.error = QStringLiteral("no case \"%1\" (no %2/expected.txt)").arg(name, src);
        return p;
    }
    const QString dir = parent + QLatin1Char('/') + (dirName.isEmpty() ? name : dirName);
    if (const QFileInfo old(dir); old.isSymLink() || old.isFile())
        QFile::remove(dir);
    QDir(dir).removeRecursively();
    if (!QDir().mkpath(dir)) {
        p.error = QStringLiteral("cannot make %1").arg(dir);
        return p;
    }
    const bool bundled = basedOnBundled(name);
    if (!copyTree(bundled ? QStringLiteral(SIM_DATA_DIR) : QStringLiteral(SIM_FIXTURE_DIR), dir, p.error))
        return p;
    // the overlay: every file of the case but its own control files
    QDirIterator it(src, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString rel = file.mid(src.size() + 1);
        if (rel == QLatin1String("expected.txt") || rel == QLatin1String("base") || rel == QLatin1String("remove"))
            continue;
        const QString dst = dir + QLatin1Char('/') + rel;
        QDir().mkpath(QFileInfo(dst).path());
        QFile::remove(dst);
        if (!QFile::copy(file, dst)) {
            p.error = QStringLiteral("cannot copy %1").arg(file);
            return p;
        }
        QFile::setPermissions(dst, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    for (const QString &line : QString::fromUtf8(readAll(src + QStringLiteral("/remove"))).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            QFile::remove(dir + QLatin1Char('/') + line.trimmed());
    }
    p.dir = dir;
    if (const auto g = generators().find(name); g != generators().end() && !g->second(dir, p)) {
        p.error = QStringLiteral("cannot generate the case \"%1\" in %2").arg(name, dir);
        p.dir.clear();
    }
    return p;
}

void toGcj02(double &lon, double &lat)
{
    // Krasovsky 1940 ellipsoid, as the GCJ-02 algorithm uses it.
    constexpr double pi = std::numbers::pi;
    constexpr double semiMajor = 6378245.0;
    constexpr double eccSquared = 0.00669342162296594323;
    const double x = lon - 105.0;
    const double y = lat - 35.0;
    // the same sine terms for both, on x for longitude and on y for latitude
    auto waves = [&](double t, double amplitude) {
        return (20.0 * std::sin(6.0 * x * pi) + 20.0 * std::sin(2.0 * x * pi)) * 2.0 / 3.0
                + (20.0 * std::sin(t * pi) + 40.0 * std::sin(t / 3.0 * pi)) * 2.0 / 3.0
                + (amplitude * std::sin(t / 12.0 * pi) + 2 * amplitude * std::sin(t / 30.0 * pi)) * 2.0 / 3.0;
    };
    const double latWaves = waves(y, 160.0);
    const double lonWaves = waves(x, 150.0);
    double dLat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x)) + latWaves;
    double dLon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x)) + lonWaves;
    const double phi = lat * pi / 180.0;
    const double w = 1.0 - eccSquared * std::sin(phi) * std::sin(phi);
    dLat = dLat * 180.0 / (semiMajor * (1.0 - eccSquared) / (w * std::sqrt(w)) * pi);
    dLon = dLon * 180.0 / (semiMajor / std::sqrt(w) * std::cos(phi) * pi);
    lon += dLon;
    lat += dLat;
}

} // namespace hostile
