// SPDX-License-Identifier: MIT
#include "appcontroller.h"

#include "analysis/choropleth.h"
#include "text/format.h"
#include "report/report.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QLocale>
#include <QQmlEngine>
#include <QSettings>
#include <QTime>
#include <QTranslator>

namespace sim {

namespace {
StartupOptions &startupOptions()
{
    static StartupOptions options;
    return options;
}

QGeoRectangle toGeo(const Bounds &b)
{
    if (b.isEmpty())
        return {};
    return QGeoRectangle(QGeoCoordinate(b.maxLat, b.minLon), QGeoCoordinate(b.minLat, b.maxLon));
}
} // namespace

void AppController::setStartupOptions(const StartupOptions &options)
{
    startupOptions() = options;
}

AppController *AppController::create(QQmlEngine *engine, QJSEngine *)
{
    return new AppController(startupOptions(), engine);
}

AppController::AppController(const StartupOptions &o, QQmlEngine *engine, QObject *parent)
    : QObject(parent), m_watch(o.watch), m_settingsReset(o.settingsReset), m_theme(o.theme), m_engine(engine)
{
    connect(&m_watcher, &DataWatcher::changed, this, &AppController::reload);
    // --lang, else the language chosen last time, else the system's
    QString lang = o.language;
    if (lang.isEmpty()) {
        const QString saved = QSettings().value(QStringLiteral("language")).toString();
        if (saved == QLatin1String("zh") || saved == QLatin1String("en"))
            lang = saved; // anything else in the file is ignored
    }
    if (lang.isEmpty())
        lang = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
    m_lang = lang == QLatin1String("zh") ? Lang::Zh : Lang::En;
    applyTranslator();
    const QString dir = o.dataDir.isEmpty() ? bundledDataDir() : o.dataDir;
    if (QFuture<DatasetLoad> preload = o.preload; preload.isValid() && dir == o.dataDir)
        load(dir, preload.result()); // (waits if it is not done yet)
    else
        load(dir);
    if (loaded()) {
        setMetricKey(o.metric);
        if (const QStringList pair = o.compare.split(QLatin1Char(',')); pair.size() == 2) {
            select(findDistrict(pair[0]));
            if (m_selected >= 0)
                setCompareIndex(findDistrict(pair[1]));
        } else if (!o.district.isEmpty())
            select(findDistrict(o.district));
        else if (o.at)
            select(districtAt(o.at->lat, o.at->lon));
    }
}

AppController::~AppController() = default;

bool AppController::load(const QString &dir)
{
    return load(dir, loadDataset(dir));
}

bool AppController::load(const QString &dir, DatasetLoad &&loaded)
{
    m_dataDir = dir;
    m_watcher.watch(m_watch ? dir : QString());
    adopt(std::move(loaded), false);
    return this->loaded();
}

QString AppController::notice() const
{
    if (!m_settingsReset)
        return {};
    if (m_settingsReset->keptAs.isEmpty())
        return QCoreApplication::translate("AppController", "Your settings file is damaged (%1) and could not be moved aside; the application uses its default settings.")
            .arg(m_settingsReset->problem);
    return QCoreApplication::translate("AppController", "Your settings file was damaged (%1), so the application started with its default settings. The damaged file was kept as %2.")
        .arg(m_settingsReset->problem, QDir::toNativeSeparators(m_settingsReset->keptAs));
}

void AppController::dismissNotice()
{
    if (!m_settingsReset)
        return;
    m_settingsReset.reset();
    Q_EMIT noticeChanged();
}

void AppController::reload()
{
    if (m_dataDir.isEmpty())
        return;
    DatasetLoad load = loadDataset(m_dataDir);
    m_watcher.rearm(); // files replaced by a rename are no longer watched
    if (!load.dataset && m_data) {
        // Keep showing the last good data; say what is wrong with the files now.
        const QStringList problems = toStrings(load.problems);
        if (problems != m_reloadProblems) {
            m_reloadProblems = problems;
            Q_EMIT reloadChanged();
        }
        return;
    }
    if (load.dataset && m_data && load.dataset->version == m_data->version
        && toStrings(load.problems) == m_problems) {
        // The same content (a touch, or a fix undone): only the error notice goes.
        if (!m_reloadProblems.isEmpty()) {
            m_reloadProblems.clear();
            Q_EMIT reloadChanged();
        }
        return;
    }
    const bool hadData = m_data != nullptr;
    adopt(std::move(load), hadData);
    if (hadData && m_data)
        ++m_reloadCount;
    Q_EMIT reloadChanged();
}

void AppController::adopt(DatasetLoad &&load, bool keepState)
{
    // What the user was looking at, by id: indexes may change with the new data.
    const QString selectedId = keepState && m_selected >= 0 ? m_data->districts[size_t(m_selected)].id : QString();
    const QString compareId = keepState && m_compare >= 0 ? m_data->districts[size_t(m_compare)].id : QString();

    m_problems = toStrings(load.problems);
    m_reloadProblems.clear();
    m_data = std::move(load.dataset);
    m_loadedAt = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    m_selected = m_data && !selectedId.isEmpty() ? m_data->indexOfId(selectedId) : -1;
    m_compare = m_data && m_selected >= 0 && !compareId.isEmpty() ? m_data->indexOfId(compareId) : -1;
    if (m_compare == m_selected)
        m_compare = -1;
    if (m_selected < 0 || !keepState)
        m_picking = 0;
    if (m_selected < 0)
        m_highlighted.clear();
    m_hovered = -1;
    if (m_data && !m_data->metric(m_metricKey))
        m_metricKey.clear();
    m_districts.reset(m_data, m_lang);
    m_rings.reset(m_data);
    m_metrics.reset(m_data, m_lang);
    m_search.reset(m_data, m_lang);
    refreshProfile();
    refreshMetric();
    refreshCompare();
    m_reloading = keepState;
    Q_EMIT datasetChanged();
    Q_EMIT metricChanged();
    Q_EMIT selectionChanged();
    Q_EMIT highlightChanged();
    Q_EMIT hoverChanged();
    Q_EMIT compareChanged();
    m_reloading = false;
}

void AppController::applyTranslator()
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    if (m_lang == Lang::Zh) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(QStringLiteral(":/i18n/shanghai-innovation-map_zh_CN.qm"))) {
            QCoreApplication::installTranslator(translator.get());
            m_translator = std::move(translator);
        }
    }
    if (m_engine)
        m_engine->retranslate();
}

QGeoRectangle AppController::bounds() const
{
    return m_data ? toGeo(m_data->bounds) : QGeoRectangle();
}

void AppController::setLanguage(const QString &language)
{
    const Lang lang = language.startsWith(QLatin1String("en"), Qt::CaseInsensitive) ? Lang::En : Lang::Zh;
    if (lang == m_lang)
        return;
    m_lang = lang;
    QSettings().setValue(QStringLiteral("language"), this->language());
    applyTranslator();
    m_districts.setLanguage(lang);
    m_metrics.reset(m_data, m_lang);
    m_search.reset(m_data, m_lang);
    refreshProfile();
    refreshMetric();
    refreshCompare();
    Q_EMIT languageChanged();
    Q_EMIT noticeChanged();
    Q_EMIT selectionChanged();
    Q_EMIT hoverChanged();
    Q_EMIT compareChanged();
}

void AppController::select(int index)
{
    if (!m_data || index < 0 || size_t(index) >= m_data->districts.size())
        index = -1;
    if (index == m_selected)
        return;
    m_selected = index;
    m_highlighted.clear();
    if (m_selected < 0 || m_selected == m_compare)
        m_compare = -1; // a comparison needs two different districts
    refreshProfile();
    refreshCompare();
    Q_EMIT selectionChanged();
    Q_EMIT highlightChanged();
    Q_EMIT compareChanged();
}

void AppController::setCompareIndex(int index)
{
    if (!m_data || m_selected < 0 || index < 0 || size_t(index) >= m_data->districts.size() || index == m_selected)
        index = -1;
    m_picking = 0;
    m_compare = index;
    refreshCompare();
    Q_EMIT compareChanged();
}

void AppController::setPickingSide(int side)
{
    side = std::clamp(side, 0, 2);
    if (side == m_picking)
        return;
    m_picking = side;
    Q_EMIT compareChanged();
}

void AppController::pick(int index)
{
    if (index < 0)
        return;
    if (m_picking == 1) {
        const int other = m_compare;
        m_picking = 0;
        select(index);
        setCompareIndex(other);
    } else {
        setCompareIndex(index);
    }
}

namespace {
QUrl inDocuments(const QString &fileName)
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return QUrl::fromLocalFile(QDir(dir).filePath(fileName));
}

/** The local path of a file: URL (or a plain path), or an empty string with the reason in `error`. */
QString localPath(const QUrl &file, QString &error)
{
    if (file.isEmpty()) {
        error = QCoreApplication::translate("AppController", "No file was chosen.");
        return {};
    }
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.scheme().isEmpty() ? file.toString() : QString();
    if (path.isEmpty())
        error = QCoreApplication::translate("AppController", "Only local files can be written: %1").arg(file.toDisplayString());
    return path;
}
} // namespace

QString AppController::exportPath(const QUrl &file, QString &error) const
{
    const QString path = localPath(file, error);
    if (path.isEmpty() || m_dataDir.isEmpty() || !isInsideDirectory(QFileInfo(path).absolutePath(), m_dataDir))
        return path;
    error = QCoreApplication::translate("AppController", "%1 is inside the data directory %2, which this application never writes to. Choose another folder.")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(m_dataDir));
    return {};
}

QUrl AppController::suggestedPdfUrl() const
{
    if (!m_data || m_selected < 0)
        return {};
    return inDocuments(suggestedReportFileName(m_data->districts[size_t(m_selected)], ReportOptions::Language::Both));
}

QString AppController::exportPdf(const QUrl &file)
{
    if (!m_data || m_selected < 0)
        return QCoreApplication::translate("AppController", "No district is selected.");
    QString error;
    const QString path = exportPath(file, error);
    if (path.isEmpty())
        return error;
    ReportOptions options; // Both: Chinese and English, best for handing on
    if (const auto failed = writeDistrictReport(*m_data, m_selected, options, path))
        return *failed;
    return {};
}

QUrl AppController::suggestedComparePdfUrl() const
{
    if (!m_data || m_selected < 0 || m_compare < 0)
        return {};
    return inDocuments(suggestedCompareFileName(m_data->districts[size_t(m_selected)], m_data->districts[size_t(m_compare)],
                                                ReportOptions::Language::Both));
}

QString AppController::exportComparePdf(const QUrl &file)
{
    if (!m_data || m_selected < 0 || m_compare < 0)
        return QCoreApplication::translate("AppController", "Two districts must be compared first.");
    QString error;
    const QString path = exportPath(file, error);
    if (path.isEmpty())
        return error;
    ReportOptions options;
    if (const auto failed = writeCompareReport(*m_data, m_selected, m_compare, options, path))
        return *failed;
    return {};
}

void AppController::swapCompare()
{
    if (m_compare < 0)
        return;
    const int a = m_selected;
    const int b = m_compare;
    m_compare = -1;
    select(b);
    setCompareIndex(a);
}

void AppController::leaveCompare()
{
    m_picking = 0;
    setCompareIndex(-1);
}

QString AppController::compareBrandA() const
{
    return m_compare >= 0 ? m_data->districts[size_t(m_selected)].brand.text.get(m_lang) : QString();
}

QString AppController::compareBrandB() const
{
    return m_compare >= 0 ? m_data->districts[size_t(m_compare)].brand.text.get(m_lang) : QString();
}

QGeoRectangle AppController::comparedBounds() const
{
    if (m_compare < 0)
        return {};
    Bounds b = m_data->shapes[size_t(m_selected)].bounds;
    b.add(m_data->shapes[size_t(m_compare)].bounds);
    return toGeo(b);
}

void AppController::refreshCompare()
{
    m_comparison.show(m_data.get(), m_selected, m_compare, m_lang);
    m_metricComparison.show(m_data.get(), m_selected, m_compare, m_lang);
}

void AppController::setHoveredIndex(int index)
{
    if (!m_data || index < 0 || size_t(index) >= m_data->districts.size())
        index = -1;
    if (index == m_hovered)
        return;
    m_hovered = index;
    Q_EMIT hoverChanged();
}

QString AppController::hoverText() const
{
    if (m_hovered < 0)
        return {};
    const QString name = m_data->districts[size_t(m_hovered)].name.get(m_lang);
    const Metric *m = m_data->metric(m_metricKey);
    if (!m)
        return name;
    return name + QStringLiteral("\n") + m->label.get(m_lang) + (m_lang == Lang::Zh ? QStringLiteral("：") : QStringLiteral(": "))
        + formatMetricValue(*m, m->values[size_t(m_hovered)], m_data->unit(m->unit), m_lang);
}

void AppController::setMetricKey(const QString &key)
{
    const QString k = m_data && m_data->metric(key) ? key : QString();
    if (k == m_metricKey)
        return;
    m_metricKey = k;
    refreshMetric();
    Q_EMIT metricChanged();
    Q_EMIT hoverChanged();
}

QString AppController::metricTitle() const
{
    const Metric *m = m_data ? m_data->metric(m_metricKey) : nullptr;
    if (!m)
        return {};
    const QString unit = unitLabel(m_data->unit(m->unit), m_lang);
    QString title = m->label.get(m_lang);
    if (m->year)
        title += m_lang == Lang::Zh ? QStringLiteral("（%1年）").arg(*m->year) : QStringLiteral(" (%1)").arg(*m->year);
    if (!unit.isEmpty())
        title += m_lang == Lang::Zh ? QStringLiteral("，单位：") + unit : QStringLiteral(", ") + unit;
    return title;
}

QString AppController::metricSource() const
{
    const Metric *m = m_data ? m_data->metric(m_metricKey) : nullptr;
    if (!m)
        return {};
    if (m->isDerived())
        return m_lang == Lang::Zh ? QStringLiteral("由各区数据计数得出") : QStringLiteral("Counted from each district's data");
    const Source *src = m_data->source(m->source);
    return src ? (m_lang == Lang::Zh ? QStringLiteral("来源：") : QStringLiteral("Source: ")) + src->title.get(m_lang) : m->source;
}

void AppController::refreshMetric()
{
    m_fills.clear();
    const Metric *m = m_data ? m_data->metric(m_metricKey) : nullptr;
    if (!m) {
        m_legend.show(nullptr, nullptr, {}, m_lang);
        return;
    }
    const Classification classes = classify(*m);
    for (const auto &v : m->values)
        m_fills.push_back(classes.colorOf(v));
    m_legend.show(m_data.get(), m, classes, m_lang);
}

void AppController::setHighlightedItemId(const QString &id)
{
    if (id == m_highlighted)
        return;
    m_highlighted = id;
    Q_EMIT highlightChanged();
}

void AppController::chooseSearchResult(int row)
{
    const QModelIndex index = m_search.index(row);
    if (!index.isValid())
        return;
    const int district = index.data(SearchModel::DistrictRole).toInt();
    if (m_picking != 0) {
        pick(district);
        return;
    }
    select(district);
    setHighlightedItemId(index.data(SearchModel::ItemIdRole).toString());
}

void AppController::refreshProfile()
{
    m_profile.show(m_data, m_selected, m_lang);
}

QString AppController::selectedNameZh() const
{
    return m_selected >= 0 ? m_data->districts[size_t(m_selected)].name.zh : QString();
}

QString AppController::selectedNameEn() const
{
    return m_selected >= 0 ? m_data->districts[size_t(m_selected)].name.en : QString();
}

QString AppController::selectedBrand() const
{
    return m_selected >= 0 ? m_data->districts[size_t(m_selected)].brand.text.get(m_lang) : QString();
}

QString AppController::selectedSummary() const
{
    return m_selected >= 0 ? m_data->districts[size_t(m_selected)].summary.text.get(m_lang) : QString();
}

QString AppController::selectedBrandSource() const
{
    return m_selected >= 0 ? m_data->districts[size_t(m_selected)].brand.source.quote : QString();
}

QGeoRectangle AppController::selectedBounds() const
{
    return m_selected >= 0 ? toGeo(m_data->shapes[size_t(m_selected)].bounds) : QGeoRectangle();
}

QStringList AppController::selectedIndustries() const
{
    QStringList out;
    if (m_selected >= 0)
        for (const auto &x : m_data->districts[size_t(m_selected)].industries)
            out << x.name.get(m_lang);
    return out;
}

QStringList AppController::sourceLines() const
{
    QStringList out;
    if (!m_data)
        return out;
    for (const Source &s : m_data->sources) {
        QString line = s.title.get(m_lang) + QStringLiteral(" — ") + s.publisher.get(m_lang);
        if (s.year)
            line += QStringLiteral(", %1").arg(*s.year);
        if (!s.url.isEmpty())
            line += QStringLiteral(". ") + s.url;
        line += QStringLiteral(". ") + s.licence.get(m_lang);
        out << line;
    }
    return out;
}

int AppController::districtAt(double latitude, double longitude) const
{
    return m_data ? m_data->districtAt({longitude, latitude}) : -1;
}

int AppController::findDistrict(const QString &idOrName) const
{
    return m_data ? m_data->find(idOrName) : -1;
}

QString AppController::districtName(int index) const
{
    if (!m_data || index < 0 || size_t(index) >= m_data->districts.size())
        return {};
    return m_data->districts[size_t(index)].name.get(m_lang);
}

} // namespace sim
