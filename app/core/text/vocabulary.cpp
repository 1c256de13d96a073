// SPDX-License-Identifier: MIT
#include "text/vocabulary.h"

#include <algorithm>
#include <array>
#include <vector>

namespace sim {

namespace {

struct SectionWords {
    Section section;
    const char *key;
    const char *titleZh, *titleEn;
    const char *nounZh, *nounEn;
};

constexpr std::array kSections = {
        SectionWords {Section::Industries, "industries", "重点产业", "Focus industries", "重点产业", "focus industry"},
        SectionWords {Section::Platforms, "platforms", "创新平台", "Platforms", "平台", "platform"},
        SectionWords {Section::Policies, "policies", "政策与规划", "Policies and plans", "政策", "policy"},
        SectionWords {Section::Initiatives, "initiatives", "举措与活动", "Initiatives and events", "举措", "initiative"},
        SectionWords {Section::Figures, "figures", "关键数据", "Key figures", "数据", "figure"},
        SectionWords {Section::Metrics, "metrics", "可比指标", "Comparable metrics", "指标", "metric"},
};

const SectionWords &words(Section section)
{
    for (const auto &w : kSections)
        if (w.section == section)
            return w;
    return kSections.front();
}

struct Kind {
    const char *key;
    const char *zh, *en;
    std::vector<Section> sections;
};

// The order of each section's kinds is the order data/FORMAT.md and the schemas list them.
const std::vector<Kind> &kinds()
{
    static const std::vector<Kind> all = {
            {"park", "园区", "Park", {Section::Platforms}},
            {"zone", "功能区", "Zone", {Section::Platforms}},
            {"centre", "中心", "Centre", {Section::Platforms}},
            {"base", "基地", "Base", {Section::Platforms}},
            {"institute", "研究机构", "Institute", {Section::Platforms}},
            {"fund", "基金", "Fund", {Section::Platforms}},
            {"alliance", "联盟", "Alliance", {Section::Platforms}},
            {"incubator", "孵化器", "Incubator", {Section::Platforms}},
            {"platform", "平台", "Platform", {Section::Platforms}},
            {"pool", "企业库", "Enterprise pool", {Section::Platforms}},
            {"policy", "政策", "Policy", {Section::Policies}},
            {"plan", "规划/方案", "Plan", {Section::Policies}},
            {"measures", "措施", "Measures", {Section::Policies}},
            {"opinions", "意见", "Opinions", {Section::Policies}},
            {"task-list", "任务分工", "Task list", {Section::Policies}},
            {"scheme", "政策机制", "Scheme", {Section::Policies}},
            {"signing", "签约", "Signing", {Section::Initiatives}},
            {"launch", "揭牌/启动", "Launch", {Section::Initiatives}},
            {"conference", "会议", "Conference", {Section::Initiatives}},
            {"list", "榜单/图谱", "List", {Section::Initiatives}},
            {"first", "全市首个", "City first", {Section::Initiatives}},
            {"project", "项目", "Project", {Section::Initiatives}},
            {"mechanism", "机制", "Mechanism", {Section::Initiatives}},
            {"programme", "计划", "Programme", {Section::Platforms, Section::Initiatives}},
            {"other", "其他", "Other", {Section::Platforms, Section::Initiatives}},
    };
    return all;
}

} // namespace

QString sectionKey(Section section)
{
    return QString::fromLatin1(words(section).key);
}

std::optional<Section> sectionFromKey(const QString &key)
{
    for (const auto &w : kSections)
        if (key == QLatin1String(w.key))
            return w.section;
    return std::nullopt;
}

Text sectionTitle(Section section)
{
    const auto &w = words(section);
    return {QString::fromUtf8(w.titleZh), QString::fromUtf8(w.titleEn)};
}

Text itemNoun(Section section)
{
    const auto &w = words(section);
    return {QString::fromUtf8(w.nounZh), QString::fromUtf8(w.nounEn)};
}

QStringList kindsOf(Section section)
{
    QStringList out;
    // the section's own kinds first (FORMAT.md's order), then the shared ones
    for (const Kind &k : kinds())
        if (k.sections.size() == 1 && *k.sections.begin() == section)
            out << QString::fromLatin1(k.key);
    for (const Kind &k : kinds())
        if (k.sections.size() > 1 && std::find(k.sections.begin(), k.sections.end(), section) != k.sections.end())
            out << QString::fromLatin1(k.key);
    return out;
}

QString kindLabel(const QString &kind, Lang lang)
{
    for (const Kind &k : kinds())
        if (kind == QLatin1String(k.key))
            return QString::fromUtf8(lang == Lang::Zh ? k.zh : k.en);
    return kind;
}

QString ordinalEn(int n)
{
    const int t = n % 100;
    const char *suffix = (t >= 11 && t <= 13) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return QString::number(n) + QLatin1String(suffix);
}

QString rankText(int rank, int count, Lang lang, bool tied)
{
    if (lang == Lang::Zh)
        return (tied ? QStringLiteral("并列第%1位 / %2") : QStringLiteral("第%1位 / %2")).arg(rank).arg(count);
    return (tied ? QStringLiteral("=%1 of %2") : QStringLiteral("%1 of %2")).arg(ordinalEn(rank)).arg(count);
}

QString metricRankText(const Metric &metric, size_t district, Lang lang)
{
    const std::optional<int> rank = metric.rank(district);
    if (!rank)
        return {};
    return rankText(*rank, metric.countWithData(), lang, metric.isTied(district));
}

namespace {
/** The source of the first item of the section in any district (the section of the report that names them). */
const Source *countedSource(const Dataset &data, const QString &derivedFrom)
{
    auto first = [&](const auto &items) -> const Source * {
        for (const auto &x : items)
            if (const Source *s = data.source(x.source.ref))
                return s;
        return nullptr;
    };
    for (const District &d : data.districts) {
        const Source *s = nullptr;
        if (derivedFrom == QLatin1String("platforms"))
            s = first(d.platforms);
        else if (derivedFrom == QLatin1String("policies"))
            s = first(d.policies);
        else if (derivedFrom == QLatin1String("initiatives"))
            s = first(d.initiatives);
        else if (derivedFrom == QLatin1String("figures"))
            s = first(d.figures);
        else if (derivedFrom == QLatin1String("focus_industries") || derivedFrom == QLatin1String("industries"))
            s = first(d.industries);
        if (!s)
            s = data.source(d.brand.source.ref);
        if (s)
            return s;
    }
    return nullptr;
}
} // namespace

Text derivedCountNote(const Dataset &data, const QString &derivedFrom)
{
    Text what {QStringLiteral("条目"), QStringLiteral("items")};
    Text whole {QStringLiteral("全部条目"), QStringLiteral("all of a district's items")};
    if (derivedFrom == QLatin1String("focus_industries") || derivedFrom == QLatin1String("industries")) {
        what = {QStringLiteral("重点产业"), QStringLiteral("focus industries")};
    } else if (const auto section = sectionFromKey(derivedFrom)) {
        const Text title = sectionTitle(*section);
        what = {title.zh, title.en.toLower()};
    }
    if (!derivedFrom.isEmpty())
        whole = {QStringLiteral("全部") + what.zh, QStringLiteral("all of a district's ") + what.en};
    const Source *s = countedSource(data, derivedFrom);
    if (!s)
        return {QStringLiteral("统计本数据集为各区列出的%1，并非各区的%2。").arg(what.zh, whole.zh),
                QStringLiteral("Counts the %1 this dataset lists for each district; not %2.").arg(what.en, whole.en)};
    const QString reportZh = s->publisher.zh.isEmpty() ? QString() : QStringLiteral("《%1》").arg(s->publisher.zh);
    const QString reportEn = s->publisher.en.isEmpty() ? QString() : QStringLiteral(" of the ") + s->publisher.en;
    return {QStringLiteral("统计%1“%2”一节为各区列出的%3，并非各区的%4。").arg(reportZh, s->title.zh, what.zh, whole.zh),
            QStringLiteral("Counts the %1 that section “%2”%3 names for each district; not %4.")
                    .arg(what.en, s->title.en, reportEn, whole.en)};
}

QString noDataText(Lang lang)
{
    return lang == Lang::Zh ? QStringLiteral("暂无数据") : QStringLiteral("no data");
}

} // namespace sim
