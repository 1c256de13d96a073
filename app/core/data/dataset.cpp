// SPDX-License-Identifier: MIT
#include "data/dataset.h"

#include "data/glossary.h"
#include "data/jsonfile.h"
#include "geo/topology.h"
#include "text/vocabulary.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <future>
#include <map>
#include <set>

namespace sim {

using json = nlohmann::json;

// ---------------------------------------------------------------------------------------------
// Metric and Dataset queries

std::optional<int> Metric::rank(size_t d) const
{
    if (d >= values.size() || !values[d])
        return std::nullopt;
    const double v = *values[d];
    int better = 0;
    for (const auto &other : values) {
        if (!other)
            continue;
        if (direction == Direction::LowerIsBetter ? *other < v : *other > v)
            ++better;
    }
    return better + 1;
}

bool Metric::isTied(size_t d) const
{
    if (d >= values.size() || !values[d])
        return false;
    for (size_t i = 0; i < values.size(); ++i)
        if (i != d && values[i] && *values[i] == *values[d])
            return true;
    return false;
}

int Metric::countWithData() const
{
    return int(std::count_if(values.begin(), values.end(), [](const auto &v) { return v.has_value(); }));
}

int Dataset::indexOfId(const QString &districtId) const
{
    for (size_t i = 0; i < districts.size(); ++i)
        if (districts[i].id == districtId)
            return int(i);
    return -1;
}

int Dataset::indexOfAdcode(int adcode) const
{
    for (size_t i = 0; i < districts.size(); ++i)
        if (districts[i].adcode == adcode)
            return int(i);
    return -1;
}

int Dataset::find(const QString &idOrName) const
{
    const QString q = idOrName.trimmed();
    if (q.isEmpty())
        return -1;
    bool isNumber = false;
    const int code = q.toInt(&isNumber);
    if (isNumber)
        return indexOfAdcode(code);
    auto norm = [](QString s) {
        s = s.toCaseFolded().remove(QLatin1Char(' ')).remove(QLatin1Char('\'')).remove(QChar(0x2019));
        for (const char *suffix : {"newarea", "district"})
            if (s.endsWith(QLatin1String(suffix)))
                s.chop(qsizetype(qstrlen(suffix)));
        for (const QString &suffix : {QStringLiteral("新区"), QStringLiteral("区")})
            if (s.endsWith(suffix) && s.size() > suffix.size())
                s.chop(suffix.size());
        return s;
    };
    const QString nq = norm(q);
    for (size_t i = 0; i < districts.size(); ++i) {
        const auto &d = districts[i];
        if (d.id == q || norm(d.id) == nq || norm(d.name.zh) == nq || norm(d.name.en) == nq)
            return int(i);
    }
    return -1;
}

const std::vector<ProfileItem> &District::items(Section section) const
{
    static const std::vector<ProfileItem> none;
    switch (section) {
    case Section::Platforms:
        return platforms;
    case Section::Policies:
        return policies;
    case Section::Initiatives:
        return initiatives;
    default:
        return none;
    }
}

const ProfileItem *District::item(const QString &itemId) const
{
    for (const Section section : kItemSections)
        for (const ProfileItem &x : items(section))
            if (x.id == itemId)
                return &x;
    return nullptr;
}

const Source *Dataset::source(const QString &sid) const
{
    for (const auto &s : sources)
        if (s.id == sid)
            return &s;
    return nullptr;
}

const Unit *Dataset::unit(const QString &key) const
{
    for (const auto &u : units)
        if (u.key == key)
            return &u;
    return nullptr;
}

const Metric *Dataset::metric(const QString &key) const
{
    for (const auto &m : metrics)
        if (m.key == key)
            return &m;
    return nullptr;
}

bool isInsideDirectory(const QString &path, const QString &dir)
{
    const QString root = QFileInfo(dir).canonicalFilePath();
    if (root.isEmpty())
        return false;
    QString p = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    while (!QFileInfo::exists(p) && p != QDir::rootPath() && !p.isEmpty())
        p = QFileInfo(p).absolutePath();
    const QString real = QFileInfo(p).canonicalFilePath();
    return !real.isEmpty() && (real == root || real.startsWith(root + QLatin1Char('/')));
}

QString bundledDataDir()
{
    const QString env = qEnvironmentVariable("SIM_DATA_DIR");
    if (!env.isEmpty())
        return env;
    if (QCoreApplication::instance()) {
        const QString installed
                = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/shanghai-innovation-map/data");
        if (QFileInfo::exists(installed + QStringLiteral("/dataset.json")))
            return QDir::cleanPath(installed);
    }
    return QStringLiteral(SIM_SOURCE_DATA_DIR);
}

// ---------------------------------------------------------------------------------------------
// Loading

namespace {

std::vector<ProfileItem> &itemsOf(District &d, Section section)
{
    return const_cast<std::vector<ProfileItem> &>(std::as_const(d).items(section));
}

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return re;
}

/** Reads one file of the dataset; knows the sources, so it can check ids and quotes. */
class ContentReader : public JsonChecker
{
public:
    ContentReader(QString file, Problems &problems, const std::map<QString, QString> &sourceTexts)
        : JsonChecker(std::move(file), problems), m_sourceTexts(sourceTexts)
    { }

    std::optional<QString> id(const json &obj, const std::string &ptr, std::set<QString> &seen, const char *what)
    {
        auto s = string(obj, "id", ptr);
        if (!s)
            return std::nullopt;
        if (!idPattern().match(*s).hasMatch()) {
            error(child(ptr, "id"),
                    QStringLiteral("id \"%1\" must be lowercase ASCII letters, digits and single hyphens").arg(*s));
            return std::nullopt;
        }
        if (!seen.insert(*s).second) {
            error(child(ptr, "id"), QStringLiteral("duplicate %1 id \"%2\"").arg(QLatin1String(what), *s));
            return std::nullopt;
        }
        return s;
    }

    Text text(const json &obj, const char *key, const std::string &ptr)
    {
        Text t;
        const json *v = member(obj, key, ptr);
        if (!v)
            return t;
        const std::string p = child(ptr, key);
        if (!object(*v, p, {"zh", "en"}))
            return t;
        t.zh = string(*v, "zh", p).value_or(QString());
        t.en = string(*v, "en", p).value_or(QString());
        return t;
    }

    SourceRef source(const json &obj, const std::string &ptr)
    {
        SourceRef s;
        const json *v = member(obj, "source", ptr);
        if (!v)
            return s;
        const std::string p = child(ptr, "source");
        if (!object(*v, p, {"ref", "quote"}))
            return s;
        s.ref = string(*v, "ref", p).value_or(QString());
        s.quote = string(*v, "quote", p).value_or(QString());
        if (s.ref.isEmpty())
            return s;
        const auto it = m_sourceTexts.find(s.ref);
        if (it == m_sourceTexts.end()) {
            error(child(p, "ref"), QStringLiteral("unknown source \"%1\" (not in dataset.json's sources)").arg(s.ref));
        } else if (!it->second.isNull() && !s.quote.isEmpty() && !it->second.contains(s.quote)) {
            error(child(p, "quote"), QStringLiteral("the quote is not found word for word in source \"%1\"").arg(s.ref));
        }
        return s;
    }

private:
    const std::map<QString, QString> &m_sourceTexts; // source id → its text (null: no text to check)
};

Direction toDirection(const QString &s)
{
    if (s == QLatin1String("higher-is-better"))
        return Direction::HigherIsBetter;
    if (s == QLatin1String("lower-is-better"))
        return Direction::LowerIsBetter;
    return Direction::Neutral;
}

struct Manifest {
    QString id;
    Text title, region;
    QString boundaries, districts, metrics;
    QString glossary; ///< optional: empty when dataset.json names none
    QString context; ///< optional: empty when dataset.json names none
    std::vector<Source> sources;
    std::vector<Unit> units;
    std::map<QString, QString> sourceTexts;
    QStringList sourcePaths; ///< the source texts read, for the data version
};

std::optional<Manifest> readManifest(const QString &dir, Problems &problems)
{
    const QString path = dir + QStringLiteral("/dataset.json");
    const auto doc = readJsonFile(path, problems);
    if (!doc)
        return std::nullopt;
    Manifest m;
    ContentReader r(path, problems, m.sourceTexts);
    const size_t before = problems.size();
    if (!r.object(*doc, "", {"format_version", "id", "title", "region", "files", "sources", "units"}))
        return std::nullopt;
    if (auto v = r.nullableInt(*doc, "format_version", ""); v && *v != 1)
        r.error("/format_version", QStringLiteral("format version %1 is not supported (this program reads version 1)").arg(*v));
    m.id = r.string(*doc, "id", "").value_or(QString());
    m.title = r.text(*doc, "title", "");
    m.region = r.text(*doc, "region", "");
    if (const json *files = r.member(*doc, "files", "");
            files && r.object(*files, "/files", {"boundaries", "districts", "metrics", "glossary", "context"})) {
        m.boundaries = r.string(*files, "boundaries", "/files").value_or(QString());
        m.districts = r.string(*files, "districts", "/files").value_or(QString());
        m.metrics = r.string(*files, "metrics", "/files").value_or(QString());
        m.glossary = r.string(*files, "glossary", "/files", false).value_or(QString());
        m.context = r.string(*files, "context", "/files", false).value_or(QString());
    }
    std::set<QString> ids;
    if (const json *sources = r.array(*doc, "sources", "")) {
        for (size_t i = 0; i < sources->size(); ++i) {
            const std::string p = JsonChecker::child("/sources", i);
            const json &o = (*sources)[i];
            if (!r.object(o, p, {"id", "title", "publisher", "year", "url", "text", "licence"}))
                continue;
            Source s;
            s.id = r.id(o, p, ids, "source").value_or(QString());
            s.title = r.text(o, "title", p);
            s.publisher = r.text(o, "publisher", p);
            s.year = r.nullableInt(o, "year", p);
            s.url = r.nullableString(o, "url", p).value_or(QString());
            s.textFile = r.nullableString(o, "text", p).value_or(QString());
            s.licence = r.text(o, "licence", p);
            QString content; // null: nothing to check quotes against
            if (!s.textFile.isEmpty()) {
                QByteArray bytes;
                if (QDir::isAbsolutePath(s.textFile) || QDir::cleanPath(s.textFile).startsWith(QLatin1String(".."))) {
                    r.error(JsonChecker::child(p, "text"),
                            QStringLiteral("\"%1\" must be a path inside the data directory").arg(s.textFile));
                } else if (const QString textPath = dir + QLatin1Char('/') + s.textFile;
                           !QFileInfo(textPath).exists() && !QFileInfo(textPath).isSymLink()) {
                    // dataset.json names a file that is not there: the manifest's mistake
                    r.error(JsonChecker::child(p, "text"),
                            QStringLiteral("the source text \"%1\" does not exist").arg(s.textFile));
                } else if (const QString why = readDataFile(textPath, bytes); !why.isEmpty()) {
                    // the file itself is broken: name it
                    problems.push_back({Problem::Severity::Error, textPath, {},
                            QStringLiteral("the source text cannot be read: %1").arg(why)});
                } else if (const qsizetype bad = invalidUtf8At(bytes); bad >= 0) {
                    problems.push_back({Problem::Severity::Error, textPath, lineColumnAt(bytes, bad),
                            looksLikeGbk(bytes) ? kGbkHint
                                                : QStringLiteral("ill-formed UTF-8 byte sequence; a source text must be UTF-8")});
                } else {
                    content = QString::fromUtf8(bytes);
                    if (content.isNull())
                        content = QStringLiteral("");
                    m.sourcePaths << textPath; // part of the data version
                }
            }
            if (!s.id.isEmpty())
                m.sourceTexts[s.id] = content;
            m.sources.push_back(std::move(s));
        }
    }
    std::set<QString> unitKeys;
    if (const json *units = r.array(*doc, "units", "")) {
        for (size_t i = 0; i < units->size(); ++i) {
            const std::string p = JsonChecker::child("/units", i);
            const json &o = (*units)[i];
            if (!r.object(o, p, {"key", "zh", "en", "factor", "base_en"}))
                continue;
            Unit u;
            u.key = r.string(o, "key", p).value_or(QString());
            if (!u.key.isEmpty() && !unitKeys.insert(u.key).second)
                r.error(JsonChecker::child(p, "key"), QStringLiteral("duplicate unit key \"%1\"").arg(u.key));
            // a unit's names may be empty (plain counts), but must be strings
            for (const char *k : {"zh", "en", "base_en"}) {
                const json *v = r.member(o, k, p);
                if (v && !v->is_string())
                    r.error(JsonChecker::child(p, k), QStringLiteral("expected a string"));
            }
            // (json::value() would throw for a member of another type: read strings only)
            auto text = [&o](const char *k) {
                const auto it = o.find(k);
                return it != o.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
            };
            u.name.zh = text("zh");
            u.name.en = text("en");
            u.baseEn = text("base_en");
            u.factor = r.number(o, "factor", p).value_or(1);
            if (!(u.factor > 0))
                r.error(JsonChecker::child(p, "factor"), QStringLiteral("the factor must be greater than zero"));
            m.units.push_back(std::move(u));
        }
    }
    if (problems.size() > before && hasErrors(Problems(problems.begin() + qsizetype(before), problems.end())))
        return std::nullopt;
    return m;
}

// Reads districts.json into `out`. Returns false when the file could not be read as a list of
// districts at all (then joins with other files would only repeat that one problem).
bool readDistricts(const QString &path, const Manifest &m, Problems &problems, std::vector<District> &out)
{
    const auto doc = readJsonFile(path, problems);
    if (!doc)
        return false;
    ContentReader r(path, problems, m.sourceTexts);
    if (!r.object(*doc, "", {"districts"}))
        return false;
    const json *list = r.array(*doc, "districts", "");
    if (!list)
        return false;
    std::set<QString> districtIds;
    std::set<int> adcodes;
    std::set<QString> unitKeys;
    for (const auto &u : m.units)
        unitKeys.insert(u.key);

    for (size_t i = 0; i < list->size(); ++i) {
        const std::string p = JsonChecker::child("/districts", i);
        const json &o = (*list)[i];
        if (!r.object(o, p,
                    {"id", "adcode", "name", "brand", "summary", "focus_industries", "platforms", "policies", "initiatives",
                            "figures"}))
            continue;
        District d;
        d.id = r.id(o, p, districtIds, "district").value_or(QString());
        if (auto code = r.nullableInt(o, "adcode", p)) {
            d.adcode = *code;
            if (d.adcode <= 0)
                r.error(JsonChecker::child(p, "adcode"), QStringLiteral("adcode must be a positive whole number"));
            else if (!adcodes.insert(d.adcode).second)
                r.error(JsonChecker::child(p, "adcode"), QStringLiteral("duplicate adcode %1").arg(d.adcode));
        } else if (o.contains("adcode") && o["adcode"].is_null()) {
            r.error(JsonChecker::child(p, "adcode"), QStringLiteral("adcode must be a whole number, not null"));
        }
        d.name = r.text(o, "name", p);
        auto statement = [&](const char *key) {
            Statement s;
            const json *v = r.member(o, key, p);
            if (!v)
                return s;
            const std::string sp = JsonChecker::child(p, key);
            if (!r.object(*v, sp, {"zh", "en", "source"}))
                return s;
            s.text.zh = r.string(*v, "zh", sp).value_or(QString());
            s.text.en = r.string(*v, "en", sp).value_or(QString());
            s.source = r.source(*v, sp);
            return s;
        };
        d.brand = statement("brand");
        d.summary = statement("summary");

        auto eachItem = [&](const char *key, std::initializer_list<const char *> members, auto &&read) {
            const json *items = r.array(o, key, p);
            if (!items)
                return;
            std::set<QString> itemIds;
            for (size_t k = 0; k < items->size(); ++k) {
                const std::string ip = JsonChecker::child(JsonChecker::child(p, key), k);
                const json &item = (*items)[k];
                if (!r.object(item, ip, members))
                    continue;
                read(item, ip, r.id(item, ip, itemIds, "item").value_or(QString()));
            }
        };
        eachItem("focus_industries", {"id", "name", "source"}, [&](const json &it, const std::string &ip, QString id) {
            d.industries.push_back({std::move(id), r.text(it, "name", ip), r.source(it, ip)});
        });
        for (const Section section : kItemSections) {
            // a policy's name is its "title"; platforms have no year
            const bool dated = section != Section::Platforms;
            const char *nameKey = section == Section::Policies ? "title" : "name";
            const QByteArray key = sectionKey(section).toUtf8();
            std::vector<ProfileItem> &into = itemsOf(d, section);
            auto read = [&](const json &it, const std::string &ip, QString id) {
                ProfileItem x;
                x.section = section;
                x.id = std::move(id);
                x.name = r.text(it, nameKey, ip);
                x.kind = r.oneOf(it, "kind", ip, kindsOf(section)).value_or(QString());
                if (dated)
                    x.year = r.nullableInt(it, "year", ip);
                x.description = r.text(it, "description", ip);
                x.source = r.source(it, ip);
                into.push_back(std::move(x));
            };
            if (dated)
                eachItem(key.constData(), {"id", nameKey, "kind", "year", "description", "source"}, read);
            else
                eachItem(key.constData(), {"id", nameKey, "kind", "description", "source"}, read);
        }
        eachItem("figures", {"id", "value", "unit", "qualifier", "label", "relates_to", "source"},
                [&](const json &it, const std::string &ip, QString id) {
                    Figure x;
                    x.id = std::move(id);
                    x.value = r.number(it, "value", ip).value_or(0);
                    if (!it.contains("unit") || it["unit"].is_null()) {
                        r.error(ip, QStringLiteral("the figure has no unit"));
                    } else if (auto u = r.string(it, "unit", ip)) {
                        x.unit = *u;
                        if (!unitKeys.count(x.unit))
                            r.error(JsonChecker::child(ip, "unit"),
                                    QStringLiteral("unknown unit \"%1\" (not in dataset.json's units)").arg(x.unit));
                    }
                    x.qualifier = r.oneOf(it, "qualifier", ip, {"exact", "about", "more-than", "at-least"}).value_or(QString());
                    x.label = r.text(it, "label", ip);
                    x.relatesTo = r.nullableString(it, "relates_to", ip).value_or(QString());
                    if (!it.contains("relates_to"))
                        r.error(ip,
                                QStringLiteral("missing required member \"relates_to\" (use null when the figure stands alone)"));
                    x.source = r.source(it, ip);
                    d.figures.push_back(std::move(x));
                });
        // figures may point at the district's platforms, policies and initiatives
        std::set<QString> targets;
        for (const Section section : kItemSections)
            for (const ProfileItem &x : d.items(section))
                targets.insert(x.id);
        for (size_t k = 0; k < d.figures.size(); ++k)
            if (!d.figures[k].relatesTo.isEmpty() && !targets.count(d.figures[k].relatesTo))
                r.error(JsonChecker::child(JsonChecker::child(JsonChecker::child(p, "figures"), k), "relates_to"),
                        QStringLiteral("\"%1\" is not a platform, policy or initiative of this district")
                                .arg(d.figures[k].relatesTo));
        out.push_back(std::move(d));
    }
    return true;
}

// `districtsKnown` is false when districts.json could not be read: then value keys are not checked.
void readMetrics(const QString &path, const Manifest &m, const std::vector<District> &districts, bool districtsKnown,
        Problems &problems, std::vector<Metric> &out)
{
    const auto doc = readJsonFile(path, problems);
    if (!doc)
        return;
    ContentReader r(path, problems, m.sourceTexts);
    if (!r.object(*doc, "", {"metrics", "derived"}))
        return;
    std::map<QString, size_t> districtIndex;
    for (size_t i = 0; i < districts.size(); ++i)
        districtIndex[districts[i].id] = i;
    std::set<QString> keys, unitKeys;
    for (const auto &u : m.units)
        unitKeys.insert(u.key);
    auto common = [&](const json &o, const std::string &p, Metric &x) {
        if (auto k = r.string(o, "key", p)) {
            x.key = *k;
            if (!idPattern().match(x.key).hasMatch())
                r.error(JsonChecker::child(p, "key"),
                        QStringLiteral("metric key \"%1\" must be lowercase ASCII letters, digits and hyphens").arg(x.key));
            else if (!keys.insert(x.key).second)
                r.error(JsonChecker::child(p, "key"), QStringLiteral("duplicate metric key \"%1\"").arg(x.key));
        }
        x.label = r.text(o, "label", p);
        if (auto u = r.string(o, "unit", p)) {
            x.unit = *u;
            if (!unitKeys.count(x.unit))
                r.error(JsonChecker::child(p, "unit"),
                        QStringLiteral("unknown unit \"%1\" (not in dataset.json's units)").arg(x.unit));
        }
        x.direction
                = toDirection(r.oneOf(o, "direction", p, {"neutral", "higher-is-better", "lower-is-better"}).value_or(QString()));
    };
    if (const json *list = r.array(*doc, "metrics", "")) {
        for (size_t i = 0; i < list->size(); ++i) {
            const std::string p = JsonChecker::child("/metrics", i);
            const json &o = (*list)[i];
            if (!r.object(o, p, {"key", "label", "unit", "source", "year", "direction", "decimals", "values"}))
                continue;
            Metric x;
            common(o, p, x);
            if (auto s = r.string(o, "source", p)) {
                x.source = *s;
                if (!m.sourceTexts.count(x.source))
                    r.error(JsonChecker::child(p, "source"),
                            QStringLiteral("unknown source \"%1\" (not in dataset.json's sources)").arg(x.source));
            }
            x.year = r.nullableInt(o, "year", p);
            x.decimals = std::clamp(r.nullableInt(o, "decimals", p, false).value_or(0), 0, 6);
            x.values.assign(districts.size(), std::nullopt);
            const json *values = r.member(o, "values", p);
            if (values && !values->is_object()) {
                r.error(JsonChecker::child(p, "values"), QStringLiteral("expected an object of district id → value"));
                values = nullptr;
            }
            if (values) {
                for (const auto &[key, v] : values->items()) {
                    const std::string vp = JsonChecker::child(JsonChecker::child(p, "values"), key.c_str());
                    const QString id = QString::fromStdString(key);
                    const auto it = districtIndex.find(id);
                    if (it == districtIndex.end()) {
                        if (districtsKnown)
                            r.error(vp, QStringLiteral("\"%1\" is not a district id of districts.json").arg(id));
                        continue;
                    }
                    if (v.is_null())
                        continue; // explicitly no data
                    if (!v.is_number() || !std::isfinite(v.get<double>())) {
                        r.error(vp, QStringLiteral("expected a number or null"));
                        continue;
                    }
                    x.values[it->second] = v.get<double>();
                }
            }
            out.push_back(std::move(x));
        }
    }
    if (const json *list = r.array(*doc, "derived", "", false)) {
        for (size_t i = 0; i < list->size(); ++i) {
            const std::string p = JsonChecker::child("/derived", i);
            const json &o = (*list)[i];
            if (!r.object(o, p, {"key", "label", "unit", "direction", "count"}))
                continue;
            Metric x;
            common(o, p, x);
            x.derivedFrom = r.oneOf(o, "count", p, {"platforms", "policies", "initiatives", "figures", "focus_industries"})
                                    .value_or(QString());
            x.values.reserve(districts.size());
            for (const auto &d : districts) {
                size_t n = 0;
                if (x.derivedFrom == QLatin1String("figures"))
                    n = d.figures.size();
                else if (x.derivedFrom == QLatin1String("focus_industries"))
                    n = d.industries.size();
                else if (const auto section = sectionFromKey(x.derivedFrom))
                    n = d.items(*section).size();
                x.values.emplace_back(double(n));
            }
            out.push_back(std::move(x));
        }
    }
}

QString relativeSafe(const QString &dir, const QString &name, const QString &what, const QString &manifest, Problems &problems)
{
    if (name.isEmpty())
        return {};
    if (QDir::isAbsolutePath(name) || QDir::cleanPath(name).startsWith(QLatin1String(".."))) {
        problems.push_back({Problem::Severity::Error, manifest, QStringLiteral("/files/") + what,
                QStringLiteral("\"%1\" must be a path inside the data directory").arg(name)});
        return {};
    }
    return dir + QLatin1Char('/') + name;
}

} // namespace

DatasetLoad loadDataset(const QString &dirIn, ContextLoading contextLoading)
{
    DatasetLoad result;
    const QString dir = QDir(dirIn).absolutePath();
    const QFileInfo dirInfo(dir);
    if (!dirInfo.isDir()) {
        QString why = QStringLiteral("the data directory does not exist");
        if (blockedByPermissions(dir))
            why = QStringLiteral("permission denied: a directory on the way to the data directory cannot be entered");
        else if (dirInfo.exists())
            why = QStringLiteral("not a directory");
        else if (dirInfo.isSymLink())
            why = QStringLiteral("the data directory is a symbolic link that leads nowhere (a loop, or its target is missing)");
        result.problems.push_back({Problem::Severity::Error, dir, {}, why});
        return result;
    }
    if (blockedByPermissions(dir + QStringLiteral("/dataset.json"))) {
        result.problems.push_back({Problem::Severity::Error, dir, {},
                QStringLiteral("permission denied: the data directory exists but cannot be entered")});
        return result;
    }
    const auto manifest = readManifest(dir, result.problems);
    if (!manifest)
        return result;
    const QString manifestPath = dir + QStringLiteral("/dataset.json");
    const QString boundaryPath
            = relativeSafe(dir, manifest->boundaries, QStringLiteral("boundaries"), manifestPath, result.problems);
    const QString districtsPath
            = relativeSafe(dir, manifest->districts, QStringLiteral("districts"), manifestPath, result.problems);
    const QString metricsPath = relativeSafe(dir, manifest->metrics, QStringLiteral("metrics"), manifestPath, result.problems);
    const QString glossaryPath = relativeSafe(dir, manifest->glossary, QStringLiteral("glossary"), manifestPath, result.problems);
    const QString contextPath = relativeSafe(dir, manifest->context, QStringLiteral("context"), manifestPath, result.problems);
    if (hasErrors(result.problems))
        return result;

    auto data = std::make_shared<Dataset>();
    data->dir = dir;
    data->id = manifest->id;
    data->title = manifest->title;
    data->region = manifest->region;
    data->sources = manifest->sources;
    data->units = manifest->units;

    // The land around the districts (optional, drawn only) is read on a thread of its own meanwhile:
    // it is as large as the districts' file and depends on nothing else here (GDAL and GEOS are used
    // through separate handles). Its problems are reported in the same place as if read in turn.
    std::future<ContextLoad> contextLoad;
    if (!contextPath.isEmpty() && contextLoading == ContextLoading::WithData)
        contextLoad = std::async(std::launch::async, [contextPath] { return loadContext(contextPath); });

    BoundaryLoad boundaries = loadBoundaries(boundaryPath);
    result.problems.insert(result.problems.end(), boundaries.problems.begin(), boundaries.problems.end());

    std::vector<District> districts;
    const bool districtsKnown = readDistricts(districtsPath, *manifest, result.problems, districts);
    std::sort(districts.begin(), districts.end(), [](const District &a, const District &b) { return a.adcode < b.adcode; });
    if (!glossaryPath.isEmpty() && districtsKnown) // optional: one English rendering per term
        checkGlossary(glossaryPath, manifest->glossary, districtsPath, result.problems);

    // Join content and boundaries on adcode; both directions must match.
    // A district whose adcode could not be read was reported already; do not report its boundary too.
    const bool adcodesKnown = std::all_of(districts.begin(), districts.end(), [](const District &d) { return d.adcode > 0; });
    // Checked whenever the boundary file could be read, even with geometry errors: every problem at once.
    if (boundaries.parsed && districtsKnown && adcodesKnown) {
        std::set<int> contentCodes, boundaryCodes;
        for (const auto &f : boundaries.features)
            boundaryCodes.insert(f.adcode);
        for (size_t i = 0; i < districts.size(); ++i) {
            const District &d = districts[i];
            contentCodes.insert(d.adcode);
            if (d.adcode > 0 && boundaries.codesComplete && !boundaryCodes.count(d.adcode))
                result.problems.push_back(
                        {Problem::Severity::Error, districtsPath, QStringLiteral("/districts (id \"%1\")").arg(d.id),
                                QStringLiteral("district %1 (adcode %2) has no boundary in %3")
                                        .arg(d.name.zh)
                                        .arg(d.adcode)
                                        .arg(manifest->boundaries)});
        }
        for (const auto &f : boundaries.features) {
            if (!contentCodes.count(f.adcode))
                // a feature the data does not use (e.g. the whole city beside its districts): not drawn
                result.problems.push_back({Problem::Severity::Warning, boundaryPath, QStringLiteral("/features/%1").arg(f.index),
                        QStringLiteral("the boundary of %1 (adcode %2) has no entry in %3: not used")
                                .arg(f.nameZh)
                                .arg(f.adcode)
                                .arg(manifest->districts)});
        }
    }
    // The districts the data uses must tile: no overlaps (errors), no gaps between them (warnings).
    if (boundaries.ok() && districtsKnown && adcodesKnown) {
        std::vector<const DistrictShape *> used;
        QStringList where;
        for (const auto &d : districts) {
            if (const DistrictShape *shape = boundaries.set.byAdcode(d.adcode)) {
                used.push_back(shape);
                for (const auto &f : boundaries.features)
                    if (f.adcode == d.adcode)
                        where << QStringLiteral("/features/%1").arg(f.index);
            }
        }
        const Problems topology = checkTopology(used, boundaryPath, where);
        result.problems.insert(result.problems.end(), topology.begin(), topology.end());
    }
    ContextLoad context; // optional: the land around the districts, drawn only
    if (contextLoad.valid()) {
        context = contextLoad.get();
        result.problems.insert(result.problems.end(), context.problems.begin(), context.problems.end());
    }

    std::vector<Metric> metrics;
    readMetrics(metricsPath, *manifest, districts, districtsKnown, result.problems, metrics);

    if (hasErrors(result.problems))
        return result; // nothing half-loaded

    for (const auto &d : districts)
        data->shapes.push_back(*boundaries.set.byAdcode(d.adcode));
    data->districts = std::move(districts);
    data->metrics = std::move(metrics);
    for (const auto &shape : data->shapes) // the districts only: a feature the data does not use is not framed
        data->bounds.add(shape.bounds);
    std::vector<std::vector<Polygon>> polygons;
    polygons.reserve(data->shapes.size());
    for (const auto &s : data->shapes)
        polygons.push_back(s.polygons);
    data->hitIndex = HitIndex(polygons);
    data->context = std::move(context.set);
    data->contextFile = contextPath;

    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Every file the program reads: a changed source text (quotes are checked against it) is new data.
    QStringList versioned {manifestPath, boundaryPath, districtsPath, metricsPath, glossaryPath, contextPath};
    versioned += manifest->sourcePaths;
    for (const QString &f : std::as_const(versioned)) {
        if (f.isEmpty())
            continue;
        QFile file(f);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(&file);
    }
    data->version = QString::fromLatin1(hash.result().toHex().left(12));
    result.dataset = std::move(data);
    return result;
}

} // namespace sim
