// SPDX-License-Identifier: MIT
// What each fuzz target does with one input. Shared by the libFuzzer entry points (fuzz_*.cpp)
// and by tests/hostile, which replays every input in tests/hostile/regressions/ through the same
// code in the normal test suite, so a crash the fuzzer once found stays fixed.
#pragma once

#include "geo/boundaries.h"
#include "data/dataset.h"
#include "text/format.h"
#include "geo/hitindex.h"
#include "data/jsonfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <stdexcept>

namespace simfuzz {

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/** Uses what a loaded dataset offers, the way the UI does, so that bad values surface. */
inline void exercise(const sim::Dataset &d)
{
    for (size_t i = 0; i < d.districts.size(); ++i) {
        const auto &district = d.districts[i];
        (void)d.find(district.id);
        (void)d.find(district.name.en);
        (void)d.districtAt(d.shapes[i].label);
        for (const auto &m : d.metrics) {
            (void)m.rank(i);
            (void)sim::formatMetricValue(m, m.values[i], d.unit(m.unit), sim::Lang::En);
            (void)sim::formatMetricValue(m, m.values[i], d.unit(m.unit), sim::Lang::Zh);
        }
        for (const auto &f : district.figures) {
            (void)sim::formatFigure(f, d.unit(f.unit), sim::Lang::En);
            (void)sim::formatFigure(f, d.unit(f.unit), sim::Lang::Zh);
        }
    }
    (void)d.districtAt(d.bounds.center());
}

/** fuzz_json: the JSON reader and the typed accessors on whatever it produced. */
inline void runJson(const uint8_t *data, size_t size)
{
    sim::Problems problems;
    const auto doc = sim::parseJson(bytesOf(data, size), QStringLiteral("fuzz.json"), problems);
    if (doc) {
        sim::JsonChecker c(QStringLiteral("fuzz.json"), problems);
        if (c.object(*doc, "", {"id", "n", "list", "kind", "text"})) {
            (void)c.string(*doc, "id", "");
            (void)c.nullableString(*doc, "text", "");
            (void)c.number(*doc, "n", "", false);
            (void)c.nullableInt(*doc, "n", "", false);
            (void)c.oneOf(*doc, "kind", "", {"a", "b"});
            if (const auto *list = c.array(*doc, "list", "", false))
                for (size_t i = 0; i < list->size() && i < 64; ++i)
                    (void)c.object((*list)[i], sim::JsonChecker::child("/list", i), {"id"});
        }
    }
    for (const auto &p : problems)
        (void)p.toString();
}

/** fuzz_boundaries: the GeoJSON boundary loader, then the hit index on what it accepted. */
inline void runBoundaries(const uint8_t *data, size_t size)
{
    const sim::BoundaryLoad load = sim::loadBoundariesFromBytes(bytesOf(data, size), QStringLiteral("fuzz.geojson"));
    for (const auto &p : load.problems)
        (void)p.toString();
    if (!load.ok())
        return;
    std::vector<std::vector<sim::Polygon>> polygons;
    for (const auto &d : load.set.districts)
        polygons.push_back(d.polygons);
    const sim::HitIndex index(polygons);
    for (const auto &d : load.set.districts) {
        (void)index.districtAt(d.label);
        (void)index.districtAt(d.bounds.center());
        (void)sim::approximateAreaKm2(d.polygons);
    }
}

/**
 * fuzz_dataset: a copy of the three-district fixture in which one file is replaced by the input:
 * the first byte chooses which (dataset.json, districts.json, metrics.json, boundaries.geojson,
 * sources/notes.txt), the rest is its content. Then the whole loader and validator runs.
 */
class DatasetWorkspace
{
public:
    static constexpr std::array<const char *, 5> files
            = {"dataset.json", "districts.json", "metrics.json", "boundaries.geojson", "sources/notes.txt"};

    explicit DatasetWorkspace(const QString &fixture)
    {
        if (!m_dir.isValid())
            throw std::runtime_error("no temporary directory");
        QDirIterator it(fixture, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString src = it.next();
            const QString dst = m_dir.path() + src.mid(fixture.size());
            QDir().mkpath(QFileInfo(dst).path());
            QFile::copy(src, dst);
        }
        for (size_t i = 0; i < files.size(); ++i) {
            QFile f(path(i));
            if (!f.open(QIODevice::ReadOnly))
                throw std::runtime_error("fixture file missing");
            m_original[i] = f.readAll();
        }
    }

    void run(const uint8_t *data, size_t size)
    {
        if (size == 0)
            return;
        const size_t which = data[0] % files.size();
        if (m_changed < files.size() && m_changed != which)
            write(m_changed, m_original[m_changed]);
        write(which, bytesOf(data + 1, size - 1));
        m_changed = which;
        const sim::DatasetLoad load = sim::loadDataset(m_dir.path());
        for (const auto &p : load.problems)
            (void)p.toString();
        if (load.dataset)
            exercise(*load.dataset);
    }

private:
    QString path(size_t i) const { return m_dir.path() + QLatin1Char('/') + QLatin1String(files[i]); }
    void write(size_t i, const QByteArray &bytes)
    {
        QFile f(path(i));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            throw std::runtime_error("cannot write the fuzz input");
    }

    QTemporaryDir m_dir;
    std::array<QByteArray, files.size()> m_original;
    size_t m_changed = files.size();
};

} // namespace simfuzz
