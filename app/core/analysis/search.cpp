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

/** The first letters of the words of an English label, small words left out: "ai" for "Shanghai
    Artificial Intelligence Ecosystem Fund" gives "saief", "brain-computer interface" "bci". */
QString initialsOf(const QString &en)
{
    static const QStringList small = {QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("and"), QStringLiteral("also"),
            QStringLiteral("at"), QStringLiteral("by"), QStringLiteral("for"), QStringLiteral("in"), QStringLiteral("of"),
            QStringLiteral("on"), QStringLiteral("the"), QStringLiteral("to"), QStringLiteral("with")};
    QString out;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty() && !small.contains(word))
            out += word.at(0);
        word.clear();
    };
    for (QChar c : en.toCaseFolded()) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    return out;
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
        e.initials = initialsOf(label.en);
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

namespace {

bool isLatinWordChar(QChar c)
{
    return c.unicode() < 128 && c.isLetterOrNumber();
}

bool isLatinQuery(const QString &q)
{
    for (QChar c : q)
        if (c.unicode() >= 128 && c.isLetter())
            return false;
    return true;
}

/**
 * How `query` sits in `text` (both case-folded; text is "zh|en"): the best of every occurrence.
 * A Latin query is matched by whole words and word starts (Latin letters and digits make words;
 * anything else, Han characters included, separates them); inside a word only when `inside` says.
 * A Chinese query has no word boundaries to respect: any occurrence counts, the label's start best.
 */
int matchScore(const QString &text, const QString &query, bool latin, bool inside)
{
    int best = 0;
    for (qsizetype at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + 1)) {
        const qsizetype after = at + query.size();
        const bool labelStart = at == 0 || text.at(at - 1) == QLatin1Char('|');
        const bool wordStart = labelStart || !isLatinWordChar(text.at(at - 1));
        const bool wordEnd = after >= text.size() || !isLatinWordChar(text.at(after));
        const bool wholeLabel = labelStart && (after >= text.size() || text.at(after) == QLatin1Char('|'));
        int score = 0;
        if (wholeLabel)
            score = 120; // the label itself
        else if (labelStart)
            score = 100; // the label starts with it
        else if (!latin)
            score = 60; // inside a Chinese label
        else if (wordStart && wordEnd)
            score = 85; // a whole word: "AI" in "AI Innovation Centre"
        else if (wordStart)
            score = 75; // a word's start: "bio" in "Zhangjiang biomedicine"
        else if (inside)
            score = 40; // inside a word: only for longer queries
        best = std::max(best, score);
    }
    return best;
}

} // namespace

std::vector<SearchHit> SearchIndex::find(const QString &query, size_t maxResults) const
{
    const QString plain = query.trimmed().toCaseFolded();
    if (plain.isEmpty())
        return {};
    const bool latin = isLatinQuery(plain);
    const QString folded = fold(plain);
    // "AI", "5G": two Latin letters are inside too many words (Shanghai, Brain, blockchain)
    const bool inside = !latin || folded.size() > 2;
    const bool acronym = latin && plain.size() >= 2 && folded == plain;
    std::vector<SearchHit> hits;
    for (const Entry &e : m_entries) {
        int score = matchScore(e.plain, plain, latin, inside);
        if (score < 80 && acronym && e.initials.contains(plain))
            score = 80; // the initials of consecutive words: "AI" → "Artificial Intelligence"
        if (score == 0 && folded.size() >= 2) {
            // pinyin and spelling variants ("pudong", "jing an", "Pǔdōng"): spaces and marks folded away
            if (const qsizetype f = e.folded.indexOf(folded); f >= 0) {
                if (f == 0 || e.folded.at(f - 1) == QLatin1Char('|'))
                    score = 90;
                else if (inside)
                    score = 50;
            }
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
