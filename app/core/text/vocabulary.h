// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"

#include <QString>
#include <QStringList>

namespace sim {

// The words the application uses for the parts of a district's profile (Section, data/dataset.h),
// in one place: the panel, the PDF reports, search results and the comparison all read them from
// here, and the validator takes the kinds it accepts from here (data/schema/ must list the same:
// tests/core checks it).

/** The section's key as the data and the models spell it: "industries", "platforms", … */
QString sectionKey(Section section);
/** The section of a key, or std::nullopt. */
std::optional<Section> sectionFromKey(const QString &key);
/** The section's heading: 创新平台 / "Platforms", … — the same on screen and on paper. */
Text sectionTitle(Section section);
/** What one item of the section is called in a list of search results: 平台 / "platform", … */
Text itemNoun(Section section);

/** The kinds an item of the section may have (platforms, policies, initiatives; none for others). */
QStringList kindsOf(Section section);
/** A kind's name for a reader ("park" → 园区 / "Park"); an unknown kind as it is. */
QString kindLabel(const QString &kind, Lang lang);

/**
 * A rank among the districts with data: "第3位 / 16", "3rd of 16". Districts with the same value
 * share a rank (the next one skips: 1, 2, =3, =3, 5) and a tied rank says so: "并列第3位 / 16",
 * "=3rd of 16". Every place that shows a rank (panel, compare, PDF) writes it with this function.
 */
QString rankText(int rank, int count, Lang lang, bool tied = false);
/** The rank of `district` in `metric` with rankText (ties marked); "" when the district has no data. */
QString metricRankText(const Metric &metric, size_t district, Lang lang);
/** "3rd", "11th", "22nd". */
QString ordinalEn(int n);

/**
 * What a derived count (Metric::derivedFrom: "platforms", "policies", …) counts, said plainly for
 * the line under its label wherever it appears (legend, panel, compare, PDF, table exports): the
 * items one section of one report names for each district, not all a district has —
 * "Counts the platforms that section “8.1 …” of the Shanghai science and technology progress
 * report (year 2024) names for each district; not all of a district's platforms." The section and
 * report are the source of the counted items (data/dataset.json). An empty `derivedFrom` speaks
 * of the counts in general ("items").
 */
Text derivedCountNote(const Dataset &data, const QString &derivedFrom);

/** "no data" in the language: a missing figure is never shown as zero. */
QString noDataText(Lang lang);

} // namespace sim
