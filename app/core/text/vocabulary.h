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

/** A rank among the districts with data: "第3位 / 16", "3rd of 16". */
QString rankText(int rank, int count, Lang lang);
/** "3rd", "11th", "22nd". */
QString ordinalEn(int n);

/** "no data" in the language: a missing figure is never shown as zero. */
QString noDataText(Lang lang);

} // namespace sim
