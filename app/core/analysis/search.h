// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"

#include <QString>
#include <vector>

namespace sim {

/** One search result: a district, or an item (platform, policy, …) of a district. */
struct SearchHit {
    int district = -1;
    QString section; ///< "district", "industries", "platforms", "policies", "initiatives"
    QString itemId; ///< empty for the district itself
    Text label;
    int score = 0; ///< higher is better
};

/**
 * Finds districts by Chinese name, English name or pinyin (with or without tones, spaces or
 * apostrophes: "pudong", "Jing'an", "jingan", "Pǔdōng"), and items by their names ("G60",
 * "大零号湾", "数通链谷"). Pinyin comes from ICU's Han-Latin transliteration; ICU picks one
 * reading per character, so a polyphonic character may be read differently from the place
 * name's usual reading (长宁 → "zhangning"): district names also match their official English
 * (pinyin) names, which covers them.
 *
 * Ranking, best first: the whole label; a label that starts with the query (or its pinyin); for a
 * Latin query a whole word of the label ("AI" in "Shanghai AI Lab"), then a word's start ("bio" in
 * "biomedicine"); a Chinese query anywhere in a Chinese label; last, a Latin query inside a word
 * ("hang" in "Minhang") — never for queries of one or two letters and digits ("AI" does not find
 * "Shanghai" or "blockchain"). A Latin query also matches as the initials of consecutive words of
 * the English label ("AI" → "Artificial Intelligence", "BCI" → "Brain-Computer Interface"),
 * ranked between whole words and word starts. A district ranks before the items of the same match; equal matches
 * keep the data's order (the districts in official order, each followed by its platforms, policies,
 * initiatives and industries).
 */
class SearchIndex
{
public:
    SearchIndex() = default;
    explicit SearchIndex(const Dataset &data);

    [[nodiscard]] std::vector<SearchHit> find(const QString &query, size_t maxResults = 12) const;

    /** Lower-case ASCII letters and digits only: tones, spaces and punctuation dropped, Han → pinyin. */
    static QString fold(const QString &text);

private:
    struct Entry {
        SearchHit hit;
        QString plain; ///< zh + en, case-folded, for substring search of what was typed
        QString folded; ///< fold(zh) + "|" + fold(en)
        QString initials; ///< the first letters of the English label's words, "and", "of"… left out: "ai" for "artificial intelligence"
    };
    std::vector<Entry> m_entries;
};

} // namespace sim
