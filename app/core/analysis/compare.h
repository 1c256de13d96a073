// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"

#include <optional>
#include <vector>

namespace sim {

/** One comparable metric for two districts a and b. */
struct MetricComparison {
    const Metric *metric = nullptr;
    std::optional<double> a;
    std::optional<double> b;
    std::optional<double> difference; ///< a − b, when both have data
    std::optional<double> ratio; ///< a ÷ b, when both have data and b ≠ 0
    std::optional<int> rankA;
    std::optional<int> rankB;
    bool tiedA = false; ///< another district shares a's rank (the same value)
    bool tiedB = false;
    std::optional<double> max; ///< the largest value among all districts (for bar scales)
};

std::vector<MetricComparison> compareMetrics(const Dataset &data, size_t a, size_t b);

/** One line of the aligned profile columns: the k-th item of a section in each district. */
struct AlignedItem {
    QString section; ///< "industries", "platforms", "policies", "initiatives", "figures"
    Text left; ///< empty when district a has fewer items in this section
    Text right;
    bool leftShared = false; ///< the item (by id for industries, by name otherwise) is in both
    bool rightShared = false;
};

/**
 * The two profiles side by side, section by section; shared focus industries (same id in the
 * shared vocabulary) and items with the same name in both districts are listed first and marked.
 */
std::vector<AlignedItem> alignProfiles(const Dataset &data, size_t a, size_t b);

} // namespace sim
