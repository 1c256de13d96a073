// SPDX-License-Identifier: MIT
// The map's frame-time and start-up harness (the real QML module, the real DistrictMap).
//
//   sim_framebench --frames [--data DIR] [--rounds N] [--frames-per-run N] [--label TEXT]
//                  [--max-floor-ratio R] [--max-baseline-ratio R]
//       One window with the real DistrictMap, Pudong selected; a scripted pan/zoom sequence
//       (zoom and centre change every frame) is played with the districts drawn three ways, in
//       rounds so that the ratios hold on a noisy machine: "none" (the floor: the same Qt Location
//       map without districts), "layer" (ours: DistrictLayer) and "polygons" (the baseline: a
//       MapPolygon per ring); and ours without the land around the districts (the context, which
//       "ours" draws in the same nodes), for the context's cost. Prints median and p90 frame times (intervals between
//       QQuickWindow::frameSwapped) and the ratios.
//   sim_framebench --startup [--runs N] [--data DIR]
//       Starts itself N times each as the real application window (Main.qml), as the same with
//       MapPolygons, as an empty Qt Location map window and, when the data has the land around the
//       districts (its context file), as the application on a copy of the data without it; prints
//       process start → first frame with the districts drawn, and resident memory 1 s after that.
//   sim_framebench --views [--runs N] [--data DIR]
//       The real application window (Main.qml, 1280×800): switching from the map to the table and
//       to the chart (the first switch makes the view; the next ones only show it), and sorting the
//       table by a header (population, density, name). Each measured from the change to the next
//       frame swapped with it on screen; the first switch and the others are reported apart (the
//       window makes both views 1.5 s after start-up: the first switch is a user's first click).
//   sim_framebench --make-dense DIR [--factor N] [--data DIR]
//       Writes the synthetic denser data directory (see dense.h).
#include "appstate.h"
#include "datasession.h"
#include "selection.h"
#include "dense.h"
#include "polygonbaseline.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <QEventLoop>
#include <QFile>
#include <QGeoCoordinate>
#include <QGuiApplication>
#include <QImage>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <numbers>

#include <sys/resource.h>

Q_IMPORT_QML_PLUGIN(ShanghaiInnovationMapPlugin)

namespace {

void out(const QString &s)
{
    std::fputs(qPrintable(s), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

struct Stats {
    double median = 0, p90 = 0, mean = 0;
    size_t n = 0;
};
Stats stats(std::vector<double> v)
{
    Stats s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    auto q = [&](double f) {
        const double pos = f * double(v.size() - 1);
        const auto lo = size_t(std::floor(pos));
        const auto hi = std::min(lo + 1, v.size() - 1);
        return v[lo] + (v[hi] - v[lo]) * (pos - double(lo));
    };
    s.median = q(0.5);
    s.p90 = q(0.9);
    double sum = 0;
    for (double x : v)
        sum += x;
    s.mean = sum / double(v.size());
    s.n = v.size();
    return s;
}

QString num(double v, int prec = 2)
{
    return QString::number(v, 'f', prec);
}

void target(const QString &what, const QString &goal, const QString &measured, bool met)
{
    out(QStringLiteral("target | %1 | %2 | %3 | %4")
                    .arg(what.leftJustified(52), goal.leftJustified(12), measured.leftJustified(26),
                            met ? QStringLiteral("met") : QStringLiteral("NOT MET")));
}

bool waitUntil(const std::function<bool()> &ready, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!ready()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

long rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

// --- frames --------------------------------------------------------------------------------------

struct Camera {
    double lat, lon, zoom;
};

/** Zoom between 9 (the whole city) and 12.5 and back twice, while the centre circles the city. */
std::vector<Camera> cameraPath(int frames, double zoomMin = 9, double zoomMax = 12.5)
{
    std::vector<Camera> seq;
    const double mid = (zoomMin + zoomMax) / 2, amp = (zoomMax - zoomMin) / 2;
    for (int i = 0; i < frames; ++i) {
        const double t = double(i) / frames;
        const double a = 2 * std::numbers::pi * t;
        seq.push_back({31.20 + 0.12 * std::sin(a), 121.50 + 0.18 * std::sin(1.5 * a), mid - amp * std::cos(2 * a)});
    }
    return seq;
}

class FrameDriver : public QObject
{
public:
    FrameDriver(QQuickWindow *window, QObject *map) : m_window(window), m_map(map) { m_clock.start(); }

    /** Plays the path, one camera per frame; returns the frame intervals (ms) after `warmup` frames. */
    std::vector<double> play(const std::vector<Camera> &path, int warmup)
    {
        m_path = &path;
        m_stamps.assign(path.size() + 1, 0);
        m_swaps = 0;
        m_next = 0;
        m_progress = 0;
        QEventLoop loop;
        m_loop = &loop;
        const auto c = connect(
                m_window, &QQuickWindow::frameSwapped, this,
                [this] {
                    const int i = m_swaps.fetch_add(1);
                    if (i < int(m_stamps.size()))
                        m_stamps[size_t(i)] = m_clock.nsecsElapsed();
                    QMetaObject::invokeMethod(
                            this, [this] { advance(); }, Qt::QueuedConnection);
                },
                Qt::DirectConnection);
        QTimer watchdog;
        int lastProgress = -1;
        connect(&watchdog, &QTimer::timeout, this, [&] {
            if (m_progress == lastProgress)
                m_window->update(); // nothing changed on screen: ask for a frame anyway
            lastProgress = m_progress;
        });
        watchdog.start(500);
        apply(0);
        m_window->update();
        const double cpu0 = cpuMs();
        loop.exec();
        const double frames = double(std::min(int(m_stamps.size()), m_swaps.load()));
        m_cpuPerFrame = frames > 0 ? (cpuMs() - cpu0) / frames : 0;
        m_loop = nullptr; // frames already queued must not touch the camera or the loop any more
        disconnect(c);
        std::vector<double> ms;
        const int swaps = std::min(int(m_stamps.size()), m_swaps.load());
        for (int i = warmup + 1; i < swaps; ++i)
            ms.push_back(double(m_stamps[size_t(i)] - m_stamps[size_t(i - 1)]) / 1e6);
        return ms;
    }

    /** CPU time of the whole process (GUI, render and rasteriser threads) per frame of the last play(). */
    double cpuPerFrame() const { return m_cpuPerFrame; }

private:
    static double cpuMs()
    {
        rusage u {};
        getrusage(RUSAGE_SELF, &u);
        return (double(u.ru_utime.tv_sec) + double(u.ru_stime.tv_sec)) * 1e3
                + (double(u.ru_utime.tv_usec) + double(u.ru_stime.tv_usec)) / 1e3;
    }
    void apply(size_t i)
    {
        const Camera &c = (*m_path)[i];
        m_map->setProperty("zoomLevel", c.zoom);
        m_map->setProperty("center", QVariant::fromValue(QGeoCoordinate(c.lat, c.lon)));
    }
    void advance()
    {
        if (!m_loop)
            return;
        ++m_progress;
        if (++m_next >= m_path->size() || m_swaps.load() >= int(m_stamps.size())) {
            m_loop->quit();
            return;
        }
        apply(m_next);
    }

    QQuickWindow *m_window;
    QObject *m_map;
    QElapsedTimer m_clock;
    const std::vector<Camera> *m_path = nullptr;
    std::vector<qint64> m_stamps;
    std::atomic<int> m_swaps {0};
    size_t m_next = 0;
    int m_progress = 0;
    QEventLoop *m_loop = nullptr;
    double m_cpuPerFrame = 0;
};

int runFrames(const QCommandLineParser &args, const QString &dataDir)
{
    const int rounds = std::max(1, args.value(QStringLiteral("rounds")).toInt());
    const int perRun = std::max(20, args.value(QStringLiteral("frames-per-run")).toInt());
    const int warmup = 15;
    const QString label = args.value(QStringLiteral("label"));
    const QStringList zooms = args.value(QStringLiteral("zoom-range")).split(QLatin1Char(','));
    const double zoomMin = zooms.value(0, QStringLiteral("9")).toDouble(),
                 zoomMax = zooms.value(1, QStringLiteral("12.5")).toDouble();

    sim::StartupOptions options;
    options.dataDir = dataDir;
    options.language = QStringLiteral("en");
    sim::AppState::setStartupOptions(options);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QQmlApplicationEngine engine;
    engine.loadData(R"(
        import QtQuick
        import ShanghaiInnovationMap
        Window {
            width: 1280; height: 800; visible: true; title: "sim_framebench"
            DistrictMap { objectName: "benchMap"; anchors.fill: parent; showDistricts: false
                          session: App.session; selection: App.selection; choropleth: App.choropleth }
        })",
            QUrl(QStringLiteral("file:///sim_framebench.qml")));
    if (engine.rootObjects().isEmpty())
        return 3;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    auto *map = window ? window->findChild<QObject *>(QStringLiteral("benchMap")) : nullptr;
    auto *state = engine.singletonInstance<sim::AppState *>("ShanghaiInnovationMap", "App");
    if (!window || !map || !state || !state->session()->loaded()) {
        out(QStringLiteral("the map or its data did not load"));
        return 3;
    }
    QString renderer = QStringLiteral("software scene graph");
    QMetaObject::Connection probe;
    if (window->rendererInterface()->graphicsApi() != QSGRendererInterface::Software) {
        renderer = QStringLiteral("RHI");
        probe = QObject::connect(
                window, &QQuickWindow::beforeRendering, window,
                [&renderer] {
                    if (auto *ctx = QOpenGLContext::currentContext())
                        renderer = QStringLiteral("OpenGL: ")
                                + QString::fromLatin1(reinterpret_cast<const char *>(ctx->functions()->glGetString(GL_RENDERER)));
                },
                Qt::DirectConnection);
    }
    waitUntil([&] { return window->isExposed(); }, 10000);
    settle(300);
    QObject::disconnect(probe);
    state->selection()->select(state->session()->findDistrict(QStringLiteral("pudong")));
    settle(1000); // the fly-to animation

    auto *layer = window->findChild<QQuickItem *>(QStringLiteral("districtLayer"));
    out(QStringLiteral("== Frame times: %1, %2x%3, %4 (%5), %6 districts ==")
                    .arg(label, QString::number(window->width()), QString::number(window->height()),
                            QGuiApplication::platformName(), renderer, QString::number(state->session()->districtCount())));
    out(QStringLiteral("   %1 rounds x %2 frames per variant (after %3 warm-up frames); zoom %4..%5 and centre change every "
                       "frame; Pudong selected")
                    .arg(rounds)
                    .arg(perRun)
                    .arg(warmup)
                    .arg(zoomMin)
                    .arg(zoomMax));

    const std::vector<Camera> path = cameraPath(perRun + warmup + 1, zoomMin, zoomMax);
    QStringList variants {
            QStringLiteral("none"), QStringLiteral("layer"), QStringLiteral("polygons"), QStringLiteral("layer-no-context")};
    if (args.isSet(QStringLiteral("only"))) // for profiling one variant: the others are not played
        for (QString &v : variants)
            if (v != args.value(QStringLiteral("only")))
                v = QStringLiteral("skip");
    const QStringList names {QStringLiteral("floor: the map without districts"), QStringLiteral("ours: DistrictLayer"),
            QStringLiteral("baseline: a MapPolygon per ring"), QStringLiteral("ours without the context")};
    const int variantCount = int(variants.size());
    std::vector<std::vector<double>> all(static_cast<size_t>(variantCount));
    std::vector<std::vector<double>> roundMedians(static_cast<size_t>(variantCount));
    std::vector<std::vector<double>> cpu(static_cast<size_t>(variantCount));
    FrameDriver driver(window, map);
    simbench::RendererSwitch renderers(&engine, map, *state->session()->dataset());
    for (int r = 0; r < rounds; ++r) {
        for (int v = 0; v < variantCount; ++v) {
            if (variants[v] == QLatin1String("skip")) {
                roundMedians[size_t(v)].push_back(0);
                all[size_t(v)].push_back(1);
                cpu[size_t(v)].push_back(1);
                continue;
            }
            const bool noContext = variants[v] == QLatin1String("layer-no-context");
            if (layer)
                layer->setProperty("showContext", !noContext);
            renderers.set(simbench::rendererFromName(noContext ? QStringLiteral("layer") : variants[v]));
            settle(100);
            const std::vector<double> ms = driver.play(path, warmup);
            cpu[size_t(v)].push_back(driver.cpuPerFrame());
            roundMedians[size_t(v)].push_back(stats(ms).median);
            all[size_t(v)].insert(all[size_t(v)].end(), ms.begin(), ms.end());
        }
    }
    if (layer)
        layer->setProperty("showContext", true);
    renderers.set(simbench::Renderer::Layer);
    settle(100);
    out(QStringLiteral("   boundary points: %1 (DistrictLayer draws %2 at the last zoom)")
                    .arg(layer ? layer->property("pointCount").toInt() : 0)
                    .arg(layer ? layer->property("drawnPointCount").toInt() : 0));
    std::vector<Stats> s, c;
    for (int v = 0; v < variantCount; ++v) {
        s.push_back(stats(all[size_t(v)]));
        c.push_back(stats(cpu[size_t(v)]));
        QStringList per;
        for (double m : roundMedians[size_t(v)])
            per << num(m, 1);
        out(QStringLiteral("   %1 median %2 ms   p90 %3 ms   mean %4 ms   CPU %5 ms/frame   (n=%6; round medians %7)")
                        .arg(names[v].leftJustified(34), num(s.back().median).rightJustified(7),
                                num(s.back().p90).rightJustified(7), num(s.back().mean).rightJustified(7),
                                num(c.back().median).rightJustified(6), QString::number(s.back().n),
                                per.join(QStringLiteral(", "))));
    }
    const double toFloor = s[1].median / s[0].median;
    const double toBaseline = s[1].median / s[2].median;
    const double p90ToFloor = s[1].p90 / s[0].p90;
    out(QStringLiteral("   ratios (medians): ours/floor %1   ours/baseline %2   baseline/floor %3   (p90: ours/floor %4; CPU per "
                       "frame: ours/floor %5, ours/baseline %6)")
                    .arg(num(toFloor), num(toBaseline), num(s[2].median / s[0].median), num(p90ToFloor),
                            num(c[1].median / c[0].median), num(c[1].median / c[2].median)));
    if (variants[3] != QLatin1String("skip"))
        out(QStringLiteral("   the context: ours/floor %1 with it, %2 without it (%3 context areas)")
                        .arg(num(toFloor), num(s[3].median / s[0].median))
                        .arg(layer ? layer->property("contextCount").toInt() : 0));
    if (args.isSet(QStringLiteral("max-floor-ratio"))) {
        const double max = args.value(QStringLiteral("max-floor-ratio")).toDouble();
        target(QStringLiteral("frame time vs floor, %1").arg(label), QStringLiteral("<= %1x").arg(max),
                QStringLiteral("%1x (%2 vs %3 ms)").arg(num(toFloor), num(s[1].median, 1), num(s[0].median, 1)), toFloor <= max);
    }
    if (args.isSet(QStringLiteral("max-baseline-ratio"))) {
        const double max = args.value(QStringLiteral("max-baseline-ratio")).toDouble();
        target(QStringLiteral("frame time vs MapPolygon, %1").arg(label), QStringLiteral("<= %1x").arg(max),
                QStringLiteral("%1x (%2 vs %3 ms)").arg(num(toBaseline), num(s[1].median, 1), num(s[2].median, 1)),
                toBaseline <= max);
    }
    return 0;
}

// --- start-up --------------------------------------------------------------------------------

int runStartupChild(const QString &kind, const QString &dataDir)
{
    const bool trace = qEnvironmentVariableIsSet("SIM_BENCH_TRACE");
    QElapsedTimer loadTimer;
    loadTimer.start();
    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;
    QObject *map = nullptr;
    if (kind == QLatin1String("empty")) {
        engine.loadData(R"(
            import QtQuick
            import QtLocation
            import QtPositioning
            Window {
                width: 1280; height: 800; visible: true
                Map {
                    anchors.fill: parent
                    plugin: Plugin { name: "itemsoverlay" }
                    center: QtPositioning.coordinate(31.2, 121.45)
                    zoomLevel: 9.4
                }
            })",
                QUrl(QStringLiteral("file:///empty.qml")));
    } else {
        sim::StartupOptions options;
        options.dataDir = dataDir;
        options.preload = QtConcurrent::run(
                [dataDir] { return sim::loadDataset(dataDir, sim::ContextLoading::Later); }); // as the app does
        sim::AppState::setStartupOptions(options);
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        engine.loadFromModule("ShanghaiInnovationMap", "Main");
    }
    if (engine.rootObjects().isEmpty())
        return 3;
    if (trace)
        out(QStringLiteral("TRACE QML loaded in %1 ms").arg(loadTimer.elapsed()));
    window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 3;
    window->resize(1280, 800);
    map = window->findChild<QObject *>(QStringLiteral("districtMap"));
    // The baseline: the same window with a MapPolygon per ring instead of the layer, made as soon as
    // the data (read on a worker thread) is there, as the former renderer's model was.
    std::unique_ptr<simbench::RendererSwitch> baseline;
    if (kind == QLatin1String("polygons") && map) {
        auto *session = engine.singletonInstance<sim::AppState *>("ShanghaiInnovationMap", "App")->session();
        auto makePolygons = [&, session] {
            if (!baseline && session->dataset()) {
                baseline = std::make_unique<simbench::RendererSwitch>(&engine, map, *session->dataset());
                baseline->set(simbench::Renderer::Polygons);
            }
        };
        makePolygons();
        QObject::connect(session, &sim::DataSession::datasetChanged, window, makePolygons);
    }

    auto drawn = [&] {
        if (kind == QLatin1String("empty"))
            return true;
        if (kind == QLatin1String("polygons")) {
            if (!map)
                return false;
            // MapPolygons are items of their MapItemView, itself an item of the map
            int polygons = 0;
            std::function<void(QQuickItem *)> count = [&](QQuickItem *parent) {
                for (QQuickItem *item : parent->childItems()) {
                    polygons += QByteArray(item->metaObject()->className()).contains("Polygon") ? 1 : 0;
                    count(item);
                }
            };
            count(static_cast<QQuickItem *>(map));
            return polygons > 0;
        }
        auto *layer = window->findChild<QQuickItem *>(QStringLiteral("districtLayer"));
        return layer && layer->property("renderedFrames").toInt() >= 1;
    };
    bool done = false;
    static QElapsedTimer sinceStart;
    sinceStart.start();
    QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [&] {
                if (trace)
                    out(QStringLiteral("TRACE frame at %1 ms, drawn %2").arg(sinceStart.elapsed()).arg(drawn()));
                if (done || !drawn())
                    return;
                done = true;
                out(QStringLiteral("FIRST_FRAME"));
                QTimer::singleShot(1000, window, [] {
                    out(QStringLiteral("RSS_KB %1").arg(rssKb()));
                    QCoreApplication::exit(0);
                });
            },
            Qt::QueuedConnection);
    QTimer::singleShot(30000, window, [] { QCoreApplication::exit(4); });
    return QGuiApplication::exec();
}

int runStartupCompare(const QCommandLineParser &args, const QString &dataDir)
{
    const int runs = std::max(1, args.value(QStringLiteral("runs")).toInt());
    QStringList kinds {QStringLiteral("empty"), QStringLiteral("app"), QStringLiteral("polygons")};
    QStringList names {QStringLiteral("an empty Qt Location map window"), QStringLiteral("the application (DistrictLayer)"),
            QStringLiteral("the application with MapPolygons")};
    QStringList dataDirs {dataDir, dataDir, dataDir};
    // The land around the districts (issue 14: start-up at most 5 % more): the same application on a
    // copy of the data without the context file, when the data has one.
    QTemporaryDir noContext;
    bool hadContext = false;
    if (const QString error = simbench::writeDataDirWithoutContext(dataDir, noContext.path(), hadContext); !error.isEmpty()) {
        out(QStringLiteral("cannot write the data without its context: ") + error);
        return 1;
    }
    if (hadContext) {
        kinds << QStringLiteral("app");
        names << QStringLiteral("the application, data without context");
        dataDirs << noContext.path();
    }
    const int kindCount = int(kinds.size());
    std::vector<std::vector<double>> firstMs(static_cast<size_t>(kindCount)), rssMb(static_cast<size_t>(kindCount));
    for (int r = -1; r < runs; ++r) { // run -1 warms the file cache and is not counted
        for (int k = 0; k < kindCount; ++k) {
            QProcess p;
            p.setProgram(QCoreApplication::applicationFilePath());
            p.setArguments({QStringLiteral("--startup-child"), kinds[k], QStringLiteral("--data"), dataDirs[k]});
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QElapsedTimer t;
            t.start();
            p.start();
            double first = -1;
            long rss = -1;
            QByteArray buffer;
            while (rss < 0 && p.waitForReadyRead(30000)) {
                buffer += p.readAllStandardOutput();
                if (first < 0 && buffer.contains("FIRST_FRAME"))
                    first = double(t.nsecsElapsed()) / 1e6;
                const qsizetype at = buffer.indexOf("RSS_KB ");
                if (at >= 0 && buffer.indexOf('\n', at) > at)
                    rss = buffer.mid(at + 7, buffer.indexOf('\n', at) - at - 7).trimmed().toLong();
            }
            p.waitForFinished(10000);
            if (first < 0 || rss < 0) {
                out(QStringLiteral("start-up run of \"%1\" failed (exit %2): %3")
                                .arg(kinds[k])
                                .arg(p.exitCode())
                                .arg(QString::fromLocal8Bit(buffer)));
                return 1;
            }
            if (r >= 0) {
                firstMs[size_t(k)].push_back(first);
                rssMb[size_t(k)].push_back(double(rss) / 1024);
            }
        }
    }
    out(QStringLiteral("== Start-up: process start to first frame with the districts drawn; resident memory 1 s later (%1 runs "
                       "each, interleaved, %2) ==")
                    .arg(runs)
                    .arg(QGuiApplication::platformName().isEmpty() ? qEnvironmentVariable("QT_QPA_PLATFORM")
                                                                   : QGuiApplication::platformName()));
    std::vector<Stats> t, m;
    for (int k = 0; k < kindCount; ++k) {
        t.push_back(stats(firstMs[size_t(k)]));
        m.push_back(stats(rssMb[size_t(k)]));
        out(QStringLiteral("   %1 first frame median %2 ms (p90 %3)   RSS median %4 MB")
                        .arg(names[k].leftJustified(34), num(t.back().median, 0).rightJustified(5), num(t.back().p90, 0),
                                num(m.back().median, 1)));
    }
    const double ts = t[1].median / t[0].median, ms = m[1].median / m[0].median;
    out(QStringLiteral("   ratios: start-up app/empty %1 (MapPolygons/empty %2)   memory app/empty %3 (MapPolygons/empty %4)")
                    .arg(num(ts), num(t[2].median / t[0].median), num(ms), num(m[2].median / m[0].median)));
    target(QStringLiteral("start-up to first frame vs empty map window"), QStringLiteral("<= 1.3x"),
            QStringLiteral("%1x (%2 vs %3 ms)").arg(num(ts), num(t[1].median, 0), num(t[0].median, 0)), ts <= 1.3);
    target(QStringLiteral("resident memory vs empty map window"), QStringLiteral("<= 1.3x"),
            QStringLiteral("%1x (%2 vs %3 MB)").arg(num(ms), num(m[1].median, 1), num(m[0].median, 1)), ms <= 1.3);
    if (kindCount > 3) {
        const double withContext = t[1].median / t[3].median;
        out(QStringLiteral("   the context: start-up with it / without it %1 (%2 vs %3 ms)   memory %4 (%5 vs %6 MB)")
                        .arg(num(withContext), num(t[1].median, 0), num(t[3].median, 0), num(m[1].median / m[3].median),
                                num(m[1].median, 1), num(m[3].median, 1)));
        target(QStringLiteral("start-up with the context vs without it"), QStringLiteral("<= 1.05x"),
                QStringLiteral("%1x (%2 vs %3 ms)").arg(num(withContext), num(t[1].median, 0), num(t[3].median, 0)),
                withContext <= 1.05);
    }
    return 0;
}

// --- pictures, to compare the renderers ------------------------------------------------------

int runShot(const QCommandLineParser &args, const QString &dataDir)
{
    sim::StartupOptions options;
    options.dataDir = dataDir;
    options.language = QStringLiteral("en");
    options.theme = QStringLiteral("light");
    options.district = args.value(QStringLiteral("district"));
    options.metric = args.value(QStringLiteral("metric"));
    sim::AppState::setStartupOptions(options);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QQmlApplicationEngine engine;
    engine.loadFromModule("ShanghaiInnovationMap", "Main");
    if (engine.rootObjects().isEmpty())
        return 3;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 3;
    window->resize(1280, 800);
    auto *map = window->findChild<QObject *>(QStringLiteral("districtMap"));
    if (!map)
        return 3;
    waitUntil([&] { return window->isExposed(); }, 10000);
    settle(1500);
    auto *state = engine.singletonInstance<sim::AppState *>("ShanghaiInnovationMap", "App");
    if (!state->session()->dataset())
        return 3;
    simbench::RendererSwitch renderers(&engine, map, *state->session()->dataset());
    renderers.set(simbench::rendererFromName(args.value(QStringLiteral("renderer"))));
    settle(500);
    if (args.isSet(QStringLiteral("zoom"))) {
        map->setProperty("zoomLevel", args.value(QStringLiteral("zoom")).toDouble());
        settle(500);
    }
    if (args.isSet(QStringLiteral("hover"))) {
        state->selection()->setHoveredIndex(state->session()->findDistrict(args.value(QStringLiteral("hover"))));
        settle(300);
    }
    if (qEnvironmentVariableIsSet("SIM_BENCH_DEBUG")) {
        for (QQuickItem *item : static_cast<QQuickItem *>(map)->childItems())
            out(QStringLiteral("item %1 z=%2 visible=%3 placed=%4 pos=%5,%6 size=%7x%8")
                            .arg(QString::fromLatin1(item->metaObject()->className()))
                            .arg(item->z())
                            .arg(item->isVisible())
                            .arg(item->property("placed").toString())
                            .arg(item->x())
                            .arg(item->y())
                            .arg(item->width())
                            .arg(item->height()));
    }
    const QImage image = window->grabWindow();
    if (image.isNull() || !image.save(args.value(QStringLiteral("shot"))))
        return 1;
    out(QStringLiteral("Saved %1").arg(args.value(QStringLiteral("shot"))));
    return 0;
}

// --- views (issue 15) -----------------------------------------------------------------------------

/** The time from `change` to the next frame swapped after it, in ms. */
double msToFrame(QQuickWindow *window, const std::function<void()> &change)
{
    bool swapped = false;
    const auto c = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] { swapped = true; });
    QElapsedTimer t;
    t.start();
    change();
    window->requestUpdate();
    waitUntil([&] { return swapped; }, 10000);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    QObject::disconnect(c);
    return ms;
}

int runViews(const QCommandLineParser &args, const QString &dataDir)
{
    sim::StartupOptions options;
    options.dataDir = dataDir;
    options.language = QStringLiteral("en");
    options.theme = QStringLiteral("light");
    options.metric = QStringLiteral("population-density");
    sim::AppState::setStartupOptions(options);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QQmlApplicationEngine engine;
    engine.loadFromModule("ShanghaiInnovationMap", "Main");
    if (engine.rootObjects().isEmpty())
        return 3;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    auto *viewBar = window ? window->findChild<QObject *>(QStringLiteral("viewBar")) : nullptr;
    if (!viewBar)
        return 3;
    window->resize(1280, 800);
    waitUntil([&] { return window->isExposed(); }, 10000);
    settle(2500); // (MainView makes the table and the chart 1.5 s after start-up)
    const int runs = std::max(1, args.value(QStringLiteral("runs")).toInt());
    auto setMode = [&](const char *mode) { viewBar->setProperty("mode", QString::fromLatin1(mode)); };
    const double firstTable = msToFrame(window, [&] { setMode("table"); });
    settle(200);
    const double firstChart = msToFrame(window, [&] { setMode("chart"); });
    settle(200);
    std::vector<double> toTable, toChart, toMap, sorts;
    auto *table = window->findChild<QObject *>(QStringLiteral("districtTableView"));
    QObject *model = table ? table->property("model").value<QObject *>() : nullptr;
    if (!model)
        return 3;
    int population = -1, density = -1;
    QMetaObject::invokeMethod(
            model, "columnOfMetric", Q_RETURN_ARG(int, population), Q_ARG(QString, QStringLiteral("population")));
    QMetaObject::invokeMethod(
            model, "columnOfMetric", Q_RETURN_ARG(int, density), Q_ARG(QString, QStringLiteral("population-density")));
    for (int i = 0; i < runs; ++i) {
        toMap.push_back(msToFrame(window, [&] { setMode("map"); }));
        settle(100);
        toTable.push_back(msToFrame(window, [&] { setMode("table"); }));
        settle(100);
        for (int column : {population, density, 0}) {
            sorts.push_back(msToFrame(window, [&] { QMetaObject::invokeMethod(table, "sortBy", Q_ARG(int, column)); }));
            settle(50);
        }
        toChart.push_back(msToFrame(window, [&] { setMode("chart"); }));
        settle(100);
    }
    out(QStringLiteral("first switch to the table: %1 ms; to the chart: %2 ms").arg(num(firstTable), num(firstChart)));
    const Stats t = stats(toTable), c = stats(toChart), m = stats(toMap), s = stats(sorts);
    out(QStringLiteral("switch to the table: median %1 ms, p90 %2 ms (n=%3)").arg(num(t.median), num(t.p90)).arg(t.n));
    out(QStringLiteral("switch to the chart: median %1 ms, p90 %2 ms (n=%3)").arg(num(c.median), num(c.p90)).arg(c.n));
    out(QStringLiteral("switch back to the map: median %1 ms, p90 %2 ms (n=%3)").arg(num(m.median), num(m.p90)).arg(m.n));
    out(QStringLiteral("sort the table by a header: median %1 ms, p90 %2 ms (n=%3)").arg(num(s.median), num(s.p90)).arg(s.n));
    const double worst = std::max({t.median, c.median, s.median});
    target(QStringLiteral("views: switch to table/chart, sort (median, to frame)"), QStringLiteral("< 50 ms"),
            QStringLiteral("%1 ms (worst median)").arg(num(worst)), worst < 50);
    target(QStringLiteral("views: first switch (2.5 s after start)"), QStringLiteral("< 50 ms"),
            QStringLiteral("table %1, chart %2 ms").arg(num(firstTable), num(firstChart)), std::max(firstTable, firstChart) < 50);
    return 0;
}

int runCompareImages(const QString &a, const QString &b, const QString &diffFile)
{
    QImage ia(a), ib(b);
    if (ia.isNull() || ib.isNull() || ia.size() != ib.size()) {
        out(QStringLiteral("cannot compare %1 and %2").arg(a, b));
        return 2;
    }
    ia = ia.convertToFormat(QImage::Format_RGB32);
    ib = ib.convertToFormat(QImage::Format_RGB32);
    QImage diff(ia.size(), QImage::Format_RGB32);
    qint64 differ = 0;
    for (int y = 0; y < ia.height(); ++y) {
        const auto *pa = reinterpret_cast<const QRgb *>(ia.constScanLine(y));
        const auto *pb = reinterpret_cast<const QRgb *>(ib.constScanLine(y));
        auto *pd = reinterpret_cast<QRgb *>(diff.scanLine(y));
        for (int x = 0; x < ia.width(); ++x) {
            const int d = std::abs(qRed(pa[x]) - qRed(pb[x])) + std::abs(qGreen(pa[x]) - qGreen(pb[x]))
                    + std::abs(qBlue(pa[x]) - qBlue(pb[x]));
            differ += d > 24 ? 1 : 0;
            pd[x] = d > 24 ? qRgb(255, 0, 0) : qRgb(qGray(pa[x]) / 2 + 127, qGray(pa[x]) / 2 + 127, qGray(pa[x]) / 2 + 127);
        }
    }
    if (!diffFile.isEmpty())
        diff.save(diffFile);
    if (const QStringList crop = qEnvironmentVariable("SIM_BENCH_CROP").split(QLatin1Char(','));
            crop.size() == 4 && !diffFile.isEmpty()) {
        // a magnified side-by-side view of one region: A | B
        const QRect r(crop[0].toInt(), crop[1].toInt(), crop[2].toInt(), crop[3].toInt());
        const int z = 4;
        QImage side(r.width() * z * 2 + 8, r.height() * z, QImage::Format_RGB32);
        side.fill(Qt::black);
        const QImage ca = ia.copy(r).scaled(r.size() * z), cb = ib.copy(r).scaled(r.size() * z);
        for (int y = 0; y < ca.height(); ++y)
            for (int x = 0; x < ca.width(); ++x) {
                side.setPixel(x, y, ca.pixel(x, y));
                side.setPixel(x + ca.width() + 8, y, cb.pixel(x, y));
            }
        side.save(QString(diffFile).replace(QStringLiteral(".png"), QStringLiteral("-zoom.png")));
    }
    out(QStringLiteral("%1 of %2 pixels differ (%3%)")
                    .arg(differ)
                    .arg(qint64(ia.width()) * ia.height())
                    .arg(100.0 * double(differ) / double(qint64(ia.width()) * ia.height()), 0, 'f', 3));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("shanghai-innovation-map"));
    QCoreApplication::setOrganizationName(QStringLiteral("ShanghaiInnovationMap"));
    // Settings of their own (Qt's test location): what a user's window remembers (its view, size,
    // the first-start hint) never changes what is measured, and no run changes the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    // The parent of the start-up runs needs no window system.
    bool needsGui = true;
    for (int i = 1; i < argc; ++i)
        needsGui = needsGui && QByteArray(argv[i]) != "--startup" && QByteArray(argv[i]) != "--make-dense"
                && QByteArray(argv[i]) != "--compare";
    std::unique_ptr<QCoreApplication> app;
    if (needsGui)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);

    QCommandLineParser args;
    args.addHelpOption();
    args.addOptions({
            {QStringLiteral("frames"), QStringLiteral("Measure frame times.")},
            {QStringLiteral("startup"), QStringLiteral("Measure start-up time and memory.")},
            {QStringLiteral("views"), QStringLiteral("Measure switching to the table and chart views, and sorting.")},
            {QStringLiteral("startup-child"), QStringLiteral("(internal) one start-up run."), QStringLiteral("KIND")},
            {QStringLiteral("make-dense"), QStringLiteral("Write the denser data directory to DIR."), QStringLiteral("DIR")},
            {QStringLiteral("factor"), QStringLiteral("Densification factor."), QStringLiteral("N"), QStringLiteral("10")},
            {QStringLiteral("data"), QStringLiteral("Data directory."), QStringLiteral("DIR"), QStringLiteral(SIM_DATA_DIR)},
            {QStringLiteral("rounds"), QStringLiteral("Rounds of the three variants."), QStringLiteral("N"), QStringLiteral("3")},
            {QStringLiteral("frames-per-run"), QStringLiteral("Frames per variant and round."), QStringLiteral("N"),
                    QStringLiteral("200")},
            {QStringLiteral("runs"), QStringLiteral("Start-up runs per kind."), QStringLiteral("N"), QStringLiteral("5")},
            {QStringLiteral("label"), QStringLiteral("What this run is, for the output."), QStringLiteral("TEXT"),
                    QStringLiteral("bundled data")},
            {QStringLiteral("max-floor-ratio"), QStringLiteral("Target: ours/floor at most R."), QStringLiteral("R")},
            {QStringLiteral("max-baseline-ratio"), QStringLiteral("Target: ours/baseline at most R."), QStringLiteral("R")},
            {QStringLiteral("zoom-range"), QStringLiteral("For --frames: the zoom range of the path."), QStringLiteral("MIN,MAX"),
                    QStringLiteral("9,12.5")},
            {QStringLiteral("only"), QStringLiteral("For --frames: play only this variant (none, layer, polygons)."),
                    QStringLiteral("NAME")},
            {QStringLiteral("shot"), QStringLiteral("Save a picture of the application window to FILE."), QStringLiteral("FILE")},
            {QStringLiteral("renderer"), QStringLiteral("For --shot: layer, polygons or none."), QStringLiteral("NAME"),
                    QStringLiteral("layer")},
            {QStringLiteral("district"), QStringLiteral("For --shot: the district selected."), QStringLiteral("ID")},
            {QStringLiteral("metric"), QStringLiteral("For --shot: the metric shown."), QStringLiteral("KEY")},
            {QStringLiteral("hover"), QStringLiteral("For --shot: the district hovered."), QStringLiteral("ID")},
            {QStringLiteral("zoom"), QStringLiteral("For --shot: the zoom level."), QStringLiteral("Z")},
            {QStringLiteral("compare"), QStringLiteral("Compare two pictures: --compare A B [DIFF]")},
    });
    args.process(*app);
    const QString dataDir = args.value(QStringLiteral("data"));

    if (args.isSet(QStringLiteral("make-dense"))) {
        const QString err = simbench::writeDenseDataDir(
                dataDir, args.value(QStringLiteral("make-dense")), args.value(QStringLiteral("factor")).toInt());
        if (!err.isEmpty()) {
            out(err);
            return 1;
        }
        return 0;
    }
    if (args.isSet(QStringLiteral("compare"))) {
        const QStringList files = args.positionalArguments();
        return files.size() >= 2 ? runCompareImages(files[0], files[1], files.value(2)) : 2;
    }
    if (args.isSet(QStringLiteral("shot")))
        return runShot(args, dataDir);
    if (args.isSet(QStringLiteral("startup-child")))
        return runStartupChild(args.value(QStringLiteral("startup-child")), dataDir);
    if (args.isSet(QStringLiteral("startup")))
        return runStartupCompare(args, dataDir);
    if (args.isSet(QStringLiteral("frames")))
        return runFrames(args, dataDir);
    if (args.isSet(QStringLiteral("views")))
        return runViews(args, dataDir);
    args.showHelp(2);
}
