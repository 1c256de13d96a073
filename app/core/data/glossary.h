// SPDX-License-Identifier: MIT
#pragma once

#include "data/problem.h"

#include <QString>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace sim {

/**
 * One term of the glossary: a Chinese name or term and the one English rendering that every
 * bilingual text using it must contain (see data/FORMAT.md, "glossary.json").
 */
struct GlossaryTerm {
    QString zh; ///< as the Chinese texts write it; quotation marks (“” 《》 「」) are ignored
    QString en; ///< the one English rendering; compared ignoring case and quotation marks
    QString origin; ///< "official" (a published English name) or "our-translation"
    QString note; ///< where an official name comes from, or what our translation renders
};

/** The glossary of a data directory: its terms in file order. */
struct Glossary {
    std::vector<GlossaryTerm> terms;
};

/**
 * Reads and checks a glossary file (an object with "terms": [{zh, en, origin, note}]). Problems
 * name the file and the JSON pointer (a duplicate Chinese term included). Returns nullopt when
 * the file cannot be read or has errors: then nothing is checked against it.
 */
std::optional<Glossary> readGlossary(const QString &path, Problems &problems);

/**
 * Checks every bilingual text of `doc` (each object with string members "zh" and "en", at any
 * depth) against the glossary: when the Chinese contains a term, the English must contain the
 * term's rendering. Where terms overlap in the Chinese (若干政策措施 and 若干政策), the longer
 * one decides. Each miss is an error at `file`:<pointer of the "en" member> naming the term,
 * the glossary's rendering (and `glossaryName`) and the English text found.
 */
void checkRenderings(const Glossary &glossary, const QString &glossaryName, const nlohmann::json &doc, const QString &file,
        Problems &problems);

/**
 * The validator's glossary step: reads the glossary at `glossaryPath` (called `glossaryName` in
 * messages, as dataset.json names it) and checks the content file `contentPath` (districts.json)
 * against it. A content file that does not parse is skipped quietly: the loader reports it.
 */
void checkGlossary(const QString &glossaryPath, const QString &glossaryName, const QString &contentPath, Problems &problems);

} // namespace sim
