// SPDX-License-Identifier: MIT
#pragma once

#include "report/flow.h"

namespace sim::pdf {

/**
 * The comparison of two districts, laid out like the district summary: both names and brands in
 * the comparison colours (render/palette.h), a map with both, the metrics table (values,
 * difference, ratio, ranks; "no data" never as zero), the aligned profiles and the sources.
 */
class CompareReport final : public ReportFlow
{
public:
    CompareReport(const Dataset &data, int a, int b, const ReportOptions &options, const ReportFont &fonts, QPaintDevice *device)
        : ReportFlow(data, options, fonts, device), m_index(a), m_other(b), m_d(data.districts[size_t(a)]),
          m_b(&data.districts[size_t(b)])
    { }
    void build() override;
    [[nodiscard]] QString documentTitle() const override;

private:
    [[nodiscard]] Text contentUse() const override;
    void runningHead(Runs &head) const override;
    void compareTitleBlock();
    void compareMap();
    void compareMetricsTable();
    void compareProfiles();

    int m_index; // district A
    int m_other; // district B
    const District &m_d; // A's data
    const District *m_b; // B's data
};

} // namespace sim::pdf
