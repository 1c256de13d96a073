// SPDX-License-Identifier: MIT
#pragma once

#include "geo/boundaries.h"
#include "geo/context.h"
#include "geo/hitindex.h"
#include "data/problem.h"

#include <QString>
#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace sim {

enum class Lang { Zh, En };

/** A text in both languages. */
struct Text {
    QString zh;
    QString en;
    [[nodiscard]] const QString &get(Lang lang) const { return lang == Lang::Zh ? zh : en; }
};

/** Where a fact comes from: a source id of the dataset and the sentence quoted from it. */
struct SourceRef {
    QString ref;
    QString quote;
};

struct Statement { ///< the brand, the summary
    Text text;
    SourceRef source;
};

struct Industry {
    QString id;
    Text name;
    SourceRef source;
};

/**
 * The parts of a district's profile, in the order the panel and the PDF show them. The words for
 * them (titles, nouns, kinds) are in text/vocabulary.h.
 */
enum class Section { Industries, Platforms, Policies, Initiatives, Figures, Metrics };

/** The sections whose entries are named items with a kind (ProfileItem). */
inline constexpr std::array<Section, 3> kItemSections {Section::Platforms, Section::Policies, Section::Initiatives};

/**
 * A named item of a district's profile: a platform (innovation platform or carrier), a policy or
 * plan, or an initiative or event, as one report sentence names it. One type for the three, told
 * apart by `section`; the data file spells the name of a policy "title" and of the others "name".
 */
struct ProfileItem {
    Section section = Section::Platforms;
    QString id;
    Text name; ///< a policy's title
    QString kind; ///< one of kindsOf(section) (text/vocabulary.h)
    std::optional<int> year; ///< the year the source gives; platforms have none
    Text description;
    SourceRef source;
};

/** A figure as the source states it: 约12万平方米 is value 12, unit wan-m2, qualifier "about". */
struct Figure {
    QString id;
    double value = 0;
    QString unit; ///< a Unit key
    QString qualifier; ///< exact, about, more-than, at-least
    Text label; ///< what it counts
    QString relatesTo; ///< id of a platform, policy or initiative of the district, or empty
    SourceRef source;
};

/** The innovation content of one district. */
struct District {
    QString id;
    int adcode = 0;
    Text name;
    Statement brand;
    Statement summary;
    std::vector<Industry> industries;
    std::vector<ProfileItem> platforms;
    std::vector<ProfileItem> policies;
    std::vector<ProfileItem> initiatives;
    std::vector<Figure> figures;

    /** The items of one of kItemSections (an empty list for any other section). */
    [[nodiscard]] const std::vector<ProfileItem> &items(Section section) const;
    /** The item with this id in any item section, or nullptr. */
    [[nodiscard]] const ProfileItem *item(const QString &id) const;
};

struct Source {
    QString id;
    Text title;
    Text publisher;
    std::optional<int> year;
    QString url;
    QString textFile; ///< relative to the data directory, or empty
    Text licence;
};

struct Unit {
    QString key;
    Text name; ///< 万平方米 / "10,000 m²"; empty for plain counts
    double factor = 1; ///< value × factor = amount in baseEn
    QString baseEn;
};

enum class Direction { Neutral, HigherIsBetter, LowerIsBetter };

/** A comparable metric and its value for every district (std::nullopt: no data). */
struct Metric {
    QString key;
    Text label;
    QString unit;
    QString source; ///< source id; empty for derived counts
    std::optional<int> year;
    Direction direction = Direction::Neutral;
    int decimals = 0;
    QString derivedFrom; ///< for counts computed by the program: "platforms", "policies", …
    std::vector<std::optional<double>> values; ///< by district index

    [[nodiscard]] bool isDerived() const { return !derivedFrom.isEmpty(); }
    /** Rank of district d among those with data (1 = largest, or smallest when lower is better). */
    [[nodiscard]] std::optional<int> rank(size_t d) const;
    /** True when another district with data has the same value as d (they share a rank). */
    [[nodiscard]] bool isTied(size_t d) const;
    [[nodiscard]] int countWithData() const;
};

/** A whole data directory, loaded, validated and joined. Immutable once made. */
struct Dataset {
    QString dir;
    QString id;
    Text title;
    Text region;
    QString version; ///< a short hash of the data files' contents
    std::vector<Source> sources;
    std::vector<Unit> units;
    std::vector<District> districts; ///< ordered by adcode
    std::vector<DistrictShape> shapes; ///< shapes[i] is districts[i]'s boundary
    std::vector<Metric> metrics;
    Bounds bounds;
    HitIndex hitIndex;
    /** The land around the districts (the optional context file); empty without one. Drawn only.
        Empty too while it is not read yet (ContextLoading::Later: see contextFile). */
    ContextSet context;
    /** The context file's absolute path when dataset.json names one, else "". */
    QString contextFile;

    [[nodiscard]] int indexOfId(const QString &id) const;
    [[nodiscard]] int indexOfAdcode(int adcode) const;
    /** By id, adcode, or Chinese/English name (case-insensitive, "District"/"区" optional). */
    [[nodiscard]] int find(const QString &idOrName) const;
    [[nodiscard]] int districtAt(LonLat p) const { return hitIndex.districtAt(p); }
    [[nodiscard]] const Source *source(const QString &id) const;
    [[nodiscard]] const Unit *unit(const QString &key) const;
    [[nodiscard]] const Metric *metric(const QString &key) const;
};

struct DatasetLoad {
    std::shared_ptr<const Dataset> dataset; ///< null when there are errors: nothing half-loaded
    Problems problems; ///< every error and warning found, in file order
};

/** When the land around the districts (the optional context file) is read. */
enum class ContextLoading {
    WithData, ///< read and checked with the rest: its errors are the data's errors (the default)
    Later ///< not read: Dataset::context stays empty and the caller reads Dataset::contextFile with
    ///< loadContext() when it likes (the window: after its first frame); the data's version
    ///< still covers the file's bytes
};

/** Loads and validates a data directory (see data/FORMAT.md). */
DatasetLoad loadDataset(const QString &dir, ContextLoading context = ContextLoading::WithData);

/** Whether the directory `path` is `dir` or inside it (symbolic links resolved; a path that does
    not exist yet counts by its nearest existing ancestor). */
bool isInsideDirectory(const QString &path, const QString &dir);

/** The data directory shipped with the application (or SIM_DATA_DIR when set). */
QString bundledDataDir();

} // namespace sim
