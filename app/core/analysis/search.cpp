// SPDX-License-Identifier: MIT
#include "analysis/search.h"
#include "text/vocabulary.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <mutex>

namespace sim {

namespace {

icu::Transliterator *transliterator()
{
    // Han → pinyin with tone marks, then marks → ASCII, then lower case. Made once: costly.
    static std::unique_ptr<icu::Transliterator> instance;
    static std::once_flag once;
    std::call_once(once, [] {
        UErrorCode status = U_ZERO_ERROR;
        instance.reset(icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            instance.reset();
    });
    return instance.get();
}

std::mutex &transliteratorMutex()
{
    static std::mutex m;
    return m;
}

} // namespace

QString SearchIndex::fold(const QString &text)
{
    icu::UnicodeString u(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    if (icu::Transliterator *t = transliterator()) {
        const std::lock_guard lock(transliteratorMutex()); // transliterate() is not thread-safe
        t->transliterate(u);
    }
    QString out = QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length()).toLower();
    out.removeIf([](QChar c) { return !(c.isLetterOrNumber() && c.unicode() < 128); });
    return out;
}

SearchIndex::SearchIndex(const Dataset &data)
{
    auto add = [this](int district, const QString &section, const QString &itemId, const Text &label) {
        Entry e;
        e.hit = {district, section, itemId, label, 0};
        e.plain = (label.zh + QLatin1Char('|') + label.en).toCaseFolded();
        e.folded = fold(label.zh) + QLatin1Char('|') + fold(label.en);
        m_entries.push_back(std::move(e));
    };
    for (size_t i = 0; i < data.districts.size(); ++i) {
        const District &d = data.districts[i];
        const int di = int(i);
        add(di, QStringLiteral("district"), {}, d.name);
        for (const Section section : kItemSections)
            for (const ProfileItem &x : d.items(section))
                add(di, sectionKey(section), x.id, x.name);
        for (const auto &x : d.industries)
            add(di, QStringLiteral("industries"), x.id, x.name);
    }
}

std::vector<SearchHit> SearchIndex::find(const QString &query, size_t maxResults) const
{
    const QString plain = query.trimmed().toCaseFolded();
    if (plain.isEmpty())
        return {};
    const QString folded = fold(plain);
    std::vector<SearchHit> hits;
    for (const Entry &e : m_entries) {
        int score = 0;
        if (const qsizetype at = e.plain.indexOf(plain); at >= 0)
            score = at == 0 || e.plain.at(at - 1) == QLatin1Char('|') ? 100 : 60;
        else if (folded.size() >= 2) {
            if (const qsizetype f = e.folded.indexOf(folded); f >= 0)
                score = f == 0 || e.folded.at(f - 1) == QLatin1Char('|') ? 90 : 50;
        }
        if (score == 0)
            continue;
        if (e.hit.itemId.isEmpty())
            score += 20; // a district before the items that merely mention it
        SearchHit h = e.hit;
        h.score = score;
        hits.push_back(std::move(h));
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) { return a.score > b.score; });
    if (hits.size() > maxResults)
        hits.resize(maxResults);
    return hits;
}

} // namespace sim
