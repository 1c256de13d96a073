// SPDX-License-Identifier: MIT
// Google Benchmark for the core, each figure beside its baseline:
//  - the data layer: load + validate the whole data directory (bundled, and 10× denser boundaries);
//  - hit testing (point → district) at full detail: sim::HitIndex against GDAL/OGR's own
//    Contains over the same polygons (and OGR's GEOS-prepared geometries, for reference);
//  - the map's geometry preparation: projection, junctions and simplification significance,
//    then the levels of detail (selection + triangulation), for the real and the 10× boundaries;
//  - composing one district's PDF summary, and the 16-district atlas.
// After the runs, a summary prints the medians, the ratios and whether each target is met.
#include "data/dataset.h"
#include "dense.h"
#include "export/mapimage.h"
#include "export/table.h"
#include "export/tablefile.h"
#include "geo/districtmesh.h"
#include "geo/hitindex.h"
#include "geo/topology.h"
#include "report/report.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>
#include <ogr_api.h>
#include <ogr_geometry.h>

#include <cstdio>
#include <map>
#include <memory>
#include <random>

namespace {

QString g_dataDir = QStringLiteral(SIM_DATA_DIR);
QString g_denseDir; // the 10× boundaries (written at start)
constexpr int kDense = 10;

const sim::Dataset &data()
{
    static const sim::DatasetLoad load = sim::loadDataset(g_dataDir);
    if (!load.dataset) {
        std::fprintf(stderr, "the data in %s does not load\n", qPrintable(g_dataDir));
        std::exit(1);
    }
    return *load.dataset;
}

std::vector<std::vector<sim::Polygon>> polygons()
{
    std::vector<std::vector<sim::Polygon>> out;
    for (const auto &s : data().shapes)
        out.push_back(s.polygons);
    return out;
}

const std::vector<std::vector<sim::Polygon>> &densePolygons()
{
    static const auto dense = simbench::densify(polygons(), kDense);
    return dense;
}

size_t vertexCount(const std::vector<std::vector<sim::Polygon>> &districts)
{
    size_t n = 0;
    for (const auto &polys : districts)
        for (const auto &p : polys) {
            n += p.outer.size();
            for (const auto &h : p.holes)
                n += h.size();
        }
    return n;
}

/** Points spread uniformly over the bounds of the city (about half of them inside a district). */
const std::vector<sim::LonLat> &points()
{
    static const std::vector<sim::LonLat> pts = [] {
        std::mt19937 rng(42);
        const sim::Bounds b = data().bounds;
        std::uniform_real_distribution<double> lon(b.minLon, b.maxLon), lat(b.minLat, b.maxLat);
        std::vector<sim::LonLat> out(20000);
        for (auto &p : out)
            p = {lon(rng), lat(rng)};
        return out;
    }();
    return pts;
}

// --- data layer ------------------------------------------------------------------------------

void BM_DataLoadAndValidate(benchmark::State &state)
{
    data(); // GDAL's one-time driver registration happens outside the timing
    for (auto _ : state) {
        const sim::DatasetLoad load = sim::loadDataset(g_dataDir);
        if (!load.dataset)
            state.SkipWithError("does not load");
        benchmark::DoNotOptimize(load.dataset.get());
    }
}
BENCHMARK(BM_DataLoadAndValidate)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

void BM_DataLoadAndValidate_Dense10x(benchmark::State &state)
{
    data();
    for (auto _ : state) {
        const sim::DatasetLoad load = sim::loadDataset(g_denseDir);
        if (!load.dataset) {
            state.SkipWithError("the 10x data does not load");
            break;
        }
        benchmark::DoNotOptimize(load.dataset.get());
    }
}
BENCHMARK(BM_DataLoadAndValidate_Dense10x)->Unit(benchmark::kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true);

void BM_Topology_Check(benchmark::State &state)
{
    std::vector<const sim::DistrictShape *> shapes;
    for (const auto &s : data().shapes)
        shapes.push_back(&s);
    for (auto _ : state) {
        const sim::Problems problems = sim::checkTopology(shapes, QStringLiteral("boundaries.geojson"));
        benchmark::DoNotOptimize(problems.size());
    }
}
BENCHMARK(BM_Topology_Check)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

// --- hit testing -----------------------------------------------------------------------------

constexpr size_t kHitPoints = 20000; // per iteration, HitIndex
constexpr size_t kOgrPoints = 400; // per iteration, OGR (much slower)

void BM_HitTest_HitIndex(benchmark::State &state)
{
    const sim::HitIndex &index = data().hitIndex;
    const auto &pts = points();
    for (auto _ : state) {
        int sum = 0;
        for (size_t i = 0; i < kHitPoints; ++i)
            sum += index.districtAt(pts[i]);
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(kHitPoints));
}
BENCHMARK(BM_HitTest_HitIndex)->Unit(benchmark::kMicrosecond)->Repetitions(5)->ReportAggregatesOnly(true);

void BM_HitTest_HitIndex_Dense10x(benchmark::State &state)
{
    const sim::HitIndex index(densePolygons());
    const auto &pts = points();
    for (auto _ : state) {
        int sum = 0;
        for (size_t i = 0; i < kHitPoints; ++i)
            sum += index.districtAt(pts[i]);
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(kHitPoints));
}
BENCHMARK(BM_HitTest_HitIndex_Dense10x)->Unit(benchmark::kMicrosecond)->Repetitions(3)->ReportAggregatesOnly(true);

void BM_HitIndex_Build(benchmark::State &state)
{
    const auto polys = polygons();
    for (auto _ : state) {
        sim::HitIndex index(polys);
        benchmark::DoNotOptimize(&index);
    }
}
BENCHMARK(BM_HitIndex_Build)->Unit(benchmark::kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true);

/** The districts as OGR geometries (one MultiPolygon each), made from the very same rings. */
struct OgrDistricts {
    std::vector<std::unique_ptr<OGRMultiPolygon>> geoms;
    std::vector<OGREnvelope> envelopes;
    std::vector<OGRPreparedGeometryH> prepared;
    OgrDistricts()
    {
        for (const auto &shape : data().shapes) {
            auto mp = std::make_unique<OGRMultiPolygon>();
            for (const auto &poly : shape.polygons) {
                OGRPolygon p;
                auto ring = [](const sim::Ring &r) {
                    auto *lr = new OGRLinearRing;
                    for (const auto &pt : r)
                        lr->addPoint(pt.lon, pt.lat);
                    return lr;
                };
                p.addRingDirectly(ring(poly.outer));
                for (const auto &h : poly.holes)
                    p.addRingDirectly(ring(h));
                mp->addGeometry(&p);
            }
            OGREnvelope env;
            mp->getEnvelope(&env);
            envelopes.push_back(env);
            prepared.push_back(OGRCreatePreparedGeometry(OGRGeometry::ToHandle(mp.get())));
            geoms.push_back(std::move(mp));
        }
    }
    ~OgrDistricts()
    {
        for (auto p : prepared)
            OGRDestroyPreparedGeometry(p);
    }
    int contains(const sim::LonLat &q) const
    {
        const OGRPoint pt(q.lon, q.lat);
        for (size_t d = 0; d < geoms.size(); ++d) {
            const OGREnvelope &e = envelopes[d];
            if (q.lon < e.MinX || q.lon > e.MaxX || q.lat < e.MinY || q.lat > e.MaxY)
                continue;
            if (geoms[d]->Contains(&pt))
                return int(d);
        }
        return -1;
    }
    int preparedContains(const sim::LonLat &q) const
    {
        OGRPoint pt(q.lon, q.lat);
        for (size_t d = 0; d < geoms.size(); ++d) {
            const OGREnvelope &e = envelopes[d];
            if (q.lon < e.MinX || q.lon > e.MaxX || q.lat < e.MinY || q.lat > e.MaxY)
                continue;
            if (OGRPreparedGeometryContains(prepared[d], OGRGeometry::ToHandle(&pt)))
                return int(d);
        }
        return -1;
    }
};

const OgrDistricts &ogr()
{
    static const OgrDistricts o;
    return o;
}

void BM_HitTest_OGRContains(benchmark::State &state)
{
    const auto &o = ogr();
    const auto &pts = points();
    for (auto _ : state) {
        int sum = 0;
        for (size_t i = 0; i < kOgrPoints; ++i)
            sum += o.contains(pts[i]);
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(kOgrPoints));
}
BENCHMARK(BM_HitTest_OGRContains)->Unit(benchmark::kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true);

void BM_HitTest_OGRPreparedContains(benchmark::State &state)
{
    const auto &o = ogr();
    const auto &pts = points();
    for (auto _ : state) {
        int sum = 0;
        for (size_t i = 0; i < kOgrPoints; ++i)
            sum += o.preparedContains(pts[i]);
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(kOgrPoints));
}
BENCHMARK(BM_HitTest_OGRPreparedContains)->Unit(benchmark::kMicrosecond)->Repetitions(3)->ReportAggregatesOnly(true);

// --- the map's geometry ----------------------------------------------------------------------

void prepareOnly(benchmark::State &state, const std::vector<std::vector<sim::Polygon>> &polys)
{
    for (auto _ : state) {
        sim::DistrictMesh mesh(polys);
        benchmark::DoNotOptimize(&mesh);
    }
    state.counters["points"] = double(vertexCount(polys));
}

void buildLevel(benchmark::State &state, const std::vector<std::vector<sim::Polygon>> &polys, double zoom)
{
    const sim::DistrictMesh mesh(polys);
    const int level = mesh.levelFor(zoom);
    size_t kept = 0;
    for (auto _ : state) {
        const sim::MeshLevel lv = mesh.buildLevel(level);
        kept = lv.points.size();
        benchmark::DoNotOptimize(lv.triangles.data());
    }
    state.counters["points"] = double(kept);
}

void prepareAll(benchmark::State &state, const std::vector<std::vector<sim::Polygon>> &polys)
{
    for (auto _ : state) {
        sim::DistrictMesh mesh(polys);
        for (int i = 0; i < mesh.levelCount(); ++i) {
            const sim::MeshLevel lv = mesh.buildLevel(i);
            benchmark::DoNotOptimize(lv.triangles.data());
        }
    }
}

void BM_Geometry_Prepare(benchmark::State &s)
{
    prepareOnly(s, polygons());
}
void BM_Geometry_LevelWholeCity(benchmark::State &s)
{
    buildLevel(s, polygons(), 9.4);
}
void BM_Geometry_LevelFullDetail(benchmark::State &s)
{
    buildLevel(s, polygons(), 99);
}
void BM_Geometry_PrepareAllLevels(benchmark::State &s)
{
    prepareAll(s, polygons());
}
void BM_Geometry_Prepare_Dense10x(benchmark::State &s)
{
    prepareOnly(s, densePolygons());
}
void BM_Geometry_LevelWholeCity_Dense10x(benchmark::State &s)
{
    buildLevel(s, densePolygons(), 9.4);
}
void BM_Geometry_LevelFullDetail_Dense10x(benchmark::State &s)
{
    buildLevel(s, densePolygons(), 99);
}
void BM_Geometry_PrepareAllLevels_Dense10x(benchmark::State &s)
{
    prepareAll(s, densePolygons());
}
BENCHMARK(BM_Geometry_Prepare)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_Geometry_LevelWholeCity)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_Geometry_LevelFullDetail)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_Geometry_PrepareAllLevels)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_Geometry_Prepare_Dense10x)->Unit(benchmark::kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true);
BENCHMARK(BM_Geometry_LevelWholeCity_Dense10x)->Unit(benchmark::kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true);
BENCHMARK(BM_Geometry_LevelFullDetail_Dense10x)->Unit(benchmark::kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true);
BENCHMARK(BM_Geometry_PrepareAllLevels_Dense10x)->Unit(benchmark::kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true);

// --- the PDF summaries -----------------------------------------------------------------------

sim::ReportOptions reportOptions()
{
    sim::ReportOptions o;
    o.language = sim::ReportOptions::Language::Both;
    o.generated = QDateTime(QDate(2025, 1, 1), QTime(12, 0), QTimeZone::UTC);
    return o;
}

void BM_Report_DistrictPDF(benchmark::State &state)
{
    const int pudong = data().find(QStringLiteral("pudong"));
    (void)sim::reportFont(); // the font is looked up once per process
    for (auto _ : state) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const sim::ReportResult r = sim::composeDistrictReport(data(), pudong, reportOptions(), buffer);
        if (r.error) {
            state.SkipWithError(qPrintable(*r.error));
            break;
        }
        state.counters["pages"] = r.pages;
        state.counters["KB"] = double(buffer.size()) / 1024;
    }
}
BENCHMARK(BM_Report_DistrictPDF)->Unit(benchmark::kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true);

void BM_Report_Atlas16(benchmark::State &state)
{
    (void)sim::reportFont();
    QTemporaryDir dir;
    for (auto _ : state) {
        for (size_t i = 0; i < data().districts.size(); ++i) {
            const QString path = dir.filePath(sim::atlasReportFileName(data().districts[i]));
            if (const auto error = sim::writeDistrictReport(data(), int(i), reportOptions(), path)) {
                state.SkipWithError(qPrintable(*error));
                return;
            }
        }
    }
}
BENCHMARK(BM_Report_Atlas16)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(3)->ReportAggregatesOnly(true);

// --- the district table and the exports (issue 15) -------------------------------------------

void BM_Table_Build(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(sim::buildDistrictTable(data()).rows.data());
}
BENCHMARK(BM_Table_Build)->Unit(benchmark::kMicrosecond)->Repetitions(3)->ReportAggregatesOnly(true);

/** What a click on a header costs: the table sorted by every column and the name, both ways. */
void BM_Table_SortEveryColumnBothWays(benchmark::State &state)
{
    const sim::DistrictTable table = sim::buildDistrictTable(data());
    int sorts = 0;
    for (auto _ : state) {
        for (int c = sim::TableSort::Name; c < int(table.columns.size()); ++c)
            for (bool down : {false, true}) {
                benchmark::DoNotOptimize(sim::sortedRows(table, {c, down}).data());
                ++sorts;
            }
    }
    state.counters["sorts"] = double(sorts) / double(state.iterations());
}
BENCHMARK(BM_Table_SortEveryColumnBothWays)->Unit(benchmark::kMicrosecond)->Repetitions(3)->ReportAggregatesOnly(true);

void BM_Export_TableCsv(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(sim::districtTableCsv(sim::buildDistrictTable(data()), sim::Lang::Zh).size());
}
BENCHMARK(BM_Export_TableCsv)->Unit(benchmark::kMicrosecond)->Repetitions(3)->ReportAggregatesOnly(true);

void BM_Export_TableXlsx(benchmark::State &state)
{
    QTemporaryDir dir;
    for (auto _ : state)
        if (const auto error = sim::writeDistrictTable(data(), dir.filePath(QStringLiteral("t.xlsx")), sim::Lang::Zh)) {
            state.SkipWithError(qPrintable(*error));
            break;
        }
}
BENCHMARK(BM_Export_TableXlsx)->Unit(benchmark::kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true);

/** The default --export-map picture (1600x1200 at 2x), painted and encoded as PNG. */
void BM_Export_MapPng(benchmark::State &state)
{
    (void)sim::reportFont();
    QTemporaryDir dir;
    sim::MapImageOptions options;
    options.metric = QStringLiteral("population-density");
    for (auto _ : state)
        if (const auto error = sim::writeMapImage(data(), options, dir.filePath(QStringLiteral("m.png")))) {
            state.SkipWithError(qPrintable(*error));
            break;
        }
}
BENCHMARK(BM_Export_MapPng)->Unit(benchmark::kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true);

void BM_Export_MapSvg(benchmark::State &state)
{
    (void)sim::reportFont();
    QTemporaryDir dir;
    sim::MapImageOptions options;
    options.metric = QStringLiteral("population-density");
    for (auto _ : state)
        if (const auto error = sim::writeMapImage(data(), options, dir.filePath(QStringLiteral("m.svg")))) {
            state.SkipWithError(qPrintable(*error));
            break;
        }
}
BENCHMARK(BM_Export_MapSvg)->Unit(benchmark::kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true);

// --- reporting -------------------------------------------------------------------------------

/** Prints like the console reporter and keeps each benchmark's median real time, in ns. */
class Capture : public benchmark::ConsoleReporter
{
public:
    std::map<std::string, double> medianNs;
    std::map<std::string, std::map<std::string, double>> counters;
    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &r : runs) {
            const std::string name = r.run_name.function_name;
            const double ns = r.GetAdjustedRealTime() / benchmark::GetTimeUnitMultiplier(r.time_unit) * 1e9;
            if (r.run_type == Run::RT_Aggregate && r.aggregate_name == "median") {
                medianNs[name] = ns;
                for (const auto &[k, v] : r.counters)
                    counters[name][k] = v.value;
            } else if (r.run_type == Run::RT_Iteration && !medianNs.count(name)) {
                medianNs[name] = ns; // without repetitions
                for (const auto &[k, v] : r.counters)
                    counters[name][k] = v.value;
            }
        }
        ConsoleReporter::ReportRuns(runs);
    }
    bool has(const std::string &n) const { return medianNs.count(n) > 0; }
    double ms(const std::string &n) const { return medianNs.at(n) / 1e6; }
    double ns(const std::string &n) const { return medianNs.at(n); }
};

void target(const char *what, const char *goal, const QString &measured, bool met)
{
    std::printf("target | %-52s | %-12s | %-26s | %s\n", what, goal, qPrintable(measured), met ? "met" : "NOT MET");
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the PDF needs fonts
    benchmark::Initialize(&argc, argv);
    if (!qEnvironmentVariableIsEmpty("SIM_DATA_DIR"))
        g_dataDir = qEnvironmentVariable("SIM_DATA_DIR");

    QTemporaryDir tmp;
    g_denseDir = tmp.filePath(QStringLiteral("dense10"));
    if (const QString err = simbench::writeDenseDataDir(g_dataDir, g_denseDir, kDense); !err.isEmpty()) {
        std::fprintf(stderr, "cannot write the 10x data: %s\n", qPrintable(err));
        return 1;
    }
    const auto dense = sim::loadDataset(g_denseDir);
    if (!dense.dataset) {
        std::fprintf(stderr, "the 10x data does not load:\n");
        for (const auto &p : dense.problems)
            std::fprintf(stderr, "  %s\n", qPrintable(p.toString()));
        return 1;
    }

    // Same answers, or the comparison means nothing.
    int disagree = 0;
    for (size_t i = 0; i < kOgrPoints; ++i)
        disagree += data().districtAt(points()[i]) != ogr().contains(points()[i]) ? 1 : 0;
    const size_t realPoints = vertexCount(polygons());
    std::printf("data: %zu districts, %zu boundary points (10x set: %zu); hit test: %zu points per iteration "
                "(%zu for OGR); HitIndex and OGR disagree on %d of %zu points\n",
            data().districts.size(), realPoints, vertexCount(densePolygons()), kHitPoints, kOgrPoints, disagree, kOgrPoints);
    std::fflush(stdout);

    Capture rep;
    benchmark::RunSpecifiedBenchmarks(&rep);
    benchmark::Shutdown();

    std::printf("\n== Core figures (medians) ==\n");
    auto line = [](const char *what, const QString &value) { std::printf("  %-58s %s\n", what, qPrintable(value)); };
    auto num = [](double v, int prec = 2) { return QString::number(v, 'f', prec); };
    if (rep.has("BM_DataLoadAndValidate"))
        line("data layer load + validation (bundled)", num(rep.ms("BM_DataLoadAndValidate")) + QStringLiteral(" ms"));
    if (rep.has("BM_DataLoadAndValidate_Dense10x"))
        line("data layer load + validation (10x boundaries)",
                num(rep.ms("BM_DataLoadAndValidate_Dense10x")) + QStringLiteral(" ms"));
    double hitNs = 0, ogrNs = 0, prepNs = 0;
    if (rep.has("BM_HitTest_HitIndex")) {
        hitNs = rep.ns("BM_HitTest_HitIndex") / kHitPoints;
        line("hit test, sim::HitIndex, per point", num(hitNs / 1000, 3) + QStringLiteral(" us"));
    }
    if (rep.has("BM_HitTest_HitIndex_Dense10x"))
        line("hit test, sim::HitIndex, 10x boundaries, per point",
                num(rep.ns("BM_HitTest_HitIndex_Dense10x") / kHitPoints / 1000, 3) + QStringLiteral(" us"));
    if (rep.has("BM_HitTest_OGRContains")) {
        ogrNs = rep.ns("BM_HitTest_OGRContains") / kOgrPoints;
        line("hit test, OGR Contains (envelope check first), per point", num(ogrNs / 1000, 1) + QStringLiteral(" us"));
    }
    if (rep.has("BM_HitTest_OGRPreparedContains")) {
        prepNs = rep.ns("BM_HitTest_OGRPreparedContains") / kOgrPoints;
        line("hit test, OGR prepared (GEOS) Contains, per point", num(prepNs / 1000, 3) + QStringLiteral(" us"));
    }
    if (rep.has("BM_HitIndex_Build"))
        line("hit index build", num(rep.ms("BM_HitIndex_Build")) + QStringLiteral(" ms"));
    for (const char *n : {"BM_Geometry_Prepare", "BM_Geometry_LevelWholeCity", "BM_Geometry_LevelFullDetail",
                 "BM_Geometry_PrepareAllLevels", "BM_Geometry_Prepare_Dense10x", "BM_Geometry_LevelWholeCity_Dense10x",
                 "BM_Geometry_LevelFullDetail_Dense10x", "BM_Geometry_PrepareAllLevels_Dense10x"})
        if (rep.has(n)) {
            QString v = num(rep.ms(n)) + QStringLiteral(" ms");
            if (rep.counters[n].count("points"))
                v += QStringLiteral("  (%1 points)").arg(qint64(rep.counters[n]["points"]));
            line(n + 3, v);
        }
    if (rep.has("BM_Report_DistrictPDF"))
        line("district PDF (Pudong, zh+en)", num(rep.ms("BM_Report_DistrictPDF"), 1) + QStringLiteral(" ms"));
    if (rep.has("BM_Report_Atlas16"))
        line("atlas, 16 district PDFs written", num(rep.ms("BM_Report_Atlas16"), 0) + QStringLiteral(" ms"));
    if (rep.has("BM_Table_Build"))
        line("district table: build", num(rep.ms("BM_Table_Build") * 1000, 1) + QStringLiteral(" us"));
    if (rep.has("BM_Table_SortEveryColumnBothWays"))
        line("district table: one sort (mean of every column, both ways)",
                num(rep.ms("BM_Table_SortEveryColumnBothWays") * 1000 / rep.counters["BM_Table_SortEveryColumnBothWays"]["sorts"],
                        1)
                        + QStringLiteral(" us"));
    for (const char *n : {"BM_Export_TableCsv", "BM_Export_TableXlsx", "BM_Export_MapPng", "BM_Export_MapSvg"})
        if (rep.has(n))
            line(n + 3, num(rep.ms(n), 2) + QStringLiteral(" ms"));

    std::printf("\n");
    if (rep.has("BM_DataLoadAndValidate"))
        target("data layer load + validation", "< 30 ms", num(rep.ms("BM_DataLoadAndValidate")) + QStringLiteral(" ms"),
                rep.ms("BM_DataLoadAndValidate") < 30);
    if (hitNs > 0 && ogrNs > 0)
        target("hit test vs OGR Contains (same polygons)", ">= 20x faster", num(ogrNs / hitNs, 0) + QStringLiteral("x faster"),
                ogrNs / hitNs >= 20);
    if (hitNs > 0)
        target("hit test per point", "< 5 us", num(hitNs / 1000, 3) + QStringLiteral(" us"), hitNs < 5000);
    if (rep.has("BM_Report_DistrictPDF"))
        target("district PDF composition", "< 250 ms", num(rep.ms("BM_Report_DistrictPDF"), 1) + QStringLiteral(" ms"),
                rep.ms("BM_Report_DistrictPDF") < 250);
    if (rep.has("BM_Report_Atlas16"))
        target("16-district atlas", "< 3 s", num(rep.ms("BM_Report_Atlas16") / 1000, 2) + QStringLiteral(" s"),
                rep.ms("BM_Report_Atlas16") < 3000);
    if (rep.has("BM_Table_Build") && rep.has("BM_Table_SortEveryColumnBothWays")) {
        const double ms = rep.ms("BM_Table_Build")
                + rep.ms("BM_Table_SortEveryColumnBothWays") / rep.counters["BM_Table_SortEveryColumnBothWays"]["sorts"];
        target("district table: build + one sort", "< 50 ms", num(ms, 3) + QStringLiteral(" ms"), ms < 50);
    }
    if (rep.has("BM_Export_MapPng"))
        target("map PNG 3200x2400 (paint + encode; start-up not included)", "< 1 s",
                num(rep.ms("BM_Export_MapPng"), 0) + QStringLiteral(" ms"), rep.ms("BM_Export_MapPng") < 1000);
    return disagree == 0 ? 0 : 1;
}
