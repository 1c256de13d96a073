// SPDX-License-Identifier: MIT
#include "data/glossary.h"

#include "data/jsonfile.h"

#include <algorithm>
#include <set>

namespace sim {

using json = nlohmann::json;

namespace {

/** The Chinese as compared: without quotation marks and book-title marks. */
QString normalisedZh(QString s)
{
    for (const QChar c : {QChar(0x201C), QChar(0x201D), QChar(u'"'), QChar(0x300A), QChar(0x300B), QChar(0x300C), QChar(0x300D),
                 QChar(0x300E), QChar(0x300F)})
        s.remove(c);
    return s;
}

/** The English as compared: without double quotation marks, case folded. */
QString normalisedEn(QString s)
{
    for (const QChar c : {QChar(0x201C), QChar(0x201D), QChar(u'"')})
        s.remove(c);
    return s.toCaseFolded();
}

struct PreparedTerm {
    const GlossaryTerm *term;
    QString zh, en; // normalised
};

void walk(const json &value, const std::string &ptr, const std::vector<PreparedTerm> &terms, const QString &glossaryName,
        const QString &file, Problems &problems)
{
    if (value.is_array()) {
        for (size_t i = 0; i < value.size(); ++i)
            walk(value[i], JsonChecker::child(ptr, i), terms, glossaryName, file, problems);
        return;
    }
    if (!value.is_object())
        return;
    const auto zhIt = value.find("zh");
    const auto enIt = value.find("en");
    if (zhIt != value.end() && enIt != value.end() && zhIt->is_string() && enIt->is_string()) {
        const QString zh = normalisedZh(QString::fromStdString(zhIt->get<std::string>()));
        const QString enText = QString::fromStdString(enIt->get<std::string>());
        const QString en = normalisedEn(enText);
        std::vector<bool> covered(size_t(zh.size()), false);
        for (const PreparedTerm &t : terms) { // longest first
            bool found = false;
            for (qsizetype at = zh.indexOf(t.zh); at >= 0; at = zh.indexOf(t.zh, at + 1)) {
                const auto from = covered.begin() + at;
                const auto to = from + t.zh.size();
                if (std::any_of(from, to, [](bool b) { return b; }))
                    continue; // inside a longer term's occurrence: that term decides
                std::fill(from, to, true);
                found = true;
            }
            if (found && !en.contains(t.en))
                problems.push_back({Problem::Severity::Error, file, QString::fromStdString(JsonChecker::child(ptr, "en")),
                        QStringLiteral("the Chinese has \"%1\", but the English does not use its rendering in %2, "
                                       "\"%3\": \"%4\"")
                                .arg(t.term->zh, glossaryName, t.term->en, enText)});
        }
    }
    for (const auto &[key, v] : value.items())
        if (v.is_structured())
            walk(v, JsonChecker::child(ptr, key.c_str()), terms, glossaryName, file, problems);
}

} // namespace

std::optional<Glossary> readGlossary(const QString &path, Problems &problems)
{
    const auto doc = readJsonFile(path, problems);
    if (!doc)
        return std::nullopt;
    const size_t before = problems.size();
    JsonChecker r(path, problems);
    if (!r.object(*doc, "", {"terms"}))
        return std::nullopt;
    Glossary g;
    std::set<QString> seen;
    if (const json *terms = r.array(*doc, "terms", "")) {
        for (size_t i = 0; i < terms->size(); ++i) {
            const std::string p = JsonChecker::child("/terms", i);
            const json &o = (*terms)[i];
            if (!r.object(o, p, {"zh", "en", "origin", "note"}))
                continue;
            GlossaryTerm t;
            t.zh = r.string(o, "zh", p).value_or(QString());
            t.en = r.string(o, "en", p).value_or(QString());
            t.origin = r.oneOf(o, "origin", p, {"official", "our-translation"}).value_or(QString());
            t.note = r.string(o, "note", p).value_or(QString());
            if (!t.zh.isEmpty() && normalisedZh(t.zh).isEmpty())
                r.error(JsonChecker::child(p, "zh"), QStringLiteral("the term is only quotation marks"));
            else if (!t.zh.isEmpty() && !seen.insert(normalisedZh(t.zh)).second)
                r.error(JsonChecker::child(p, "zh"), QStringLiteral("duplicate glossary term \"%1\"").arg(t.zh));
            g.terms.push_back(std::move(t));
        }
    }
    if (hasErrors(Problems(problems.begin() + qsizetype(before), problems.end())))
        return std::nullopt;
    return g;
}

void checkRenderings(
        const Glossary &glossary, const QString &glossaryName, const json &doc, const QString &file, Problems &problems)
{
    std::vector<PreparedTerm> terms;
    for (const auto &t : glossary.terms)
        terms.push_back({&t, normalisedZh(t.zh), normalisedEn(t.en)});
    std::stable_sort(
            terms.begin(), terms.end(), [](const PreparedTerm &a, const PreparedTerm &b) { return a.zh.size() > b.zh.size(); });
    walk(doc, "", terms, glossaryName, file, problems);
}

void checkGlossary(const QString &glossaryPath, const QString &glossaryName, const QString &contentPath, Problems &problems)
{
    const auto glossary = readGlossary(glossaryPath, problems);
    if (!glossary)
        return;
    Problems ignored; // the loader reports the content file's own problems
    const auto doc = readJsonFile(contentPath, ignored);
    if (!doc)
        return;
    checkRenderings(*glossary, glossaryName, *doc, contentPath, problems);
}

} // namespace sim
