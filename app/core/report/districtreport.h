// SPDX-License-Identifier: MIT
#pragma once

#include "report/flow.h"

namespace sim::pdf {

/**
 * The summary of one district: title block, a map of the city with the district highlighted and a
 * close-up, summary, focus industries, key figures, metrics with ranks, platforms, policies,
 * initiatives, the numbered source sentences and the dataset's sources.
 */
class DistrictReport final : public ReportFlow
{
public:
    DistrictReport(const Dataset &data, int district, const ReportOptions &options, const ReportFont &fonts, QPaintDevice *device)
        : ReportFlow(data, options, fonts, device), m_index(district), m_d(data.districts[size_t(district)])
    { }
    void build() override;
    [[nodiscard]] QString documentTitle() const override;

private:
    [[nodiscard]] Text contentUse() const override;
    void runningHead(Runs &head) const override;
    void titleBlock();
    void maps();
    void summary();
    void industries();
    void figures();
    void metrics();
    void items(Section section); ///< platforms, policies or initiatives
    void item(const ProfileItem &x, int citation);

    int m_index;
    const District &m_d;
};

} // namespace sim::pdf
