// SPDX-License-Identifier: MIT
#include "datasession.h"

#include "render/mappainter.h"
#include "render/maprules.h"

#include <QCoreApplication>
#include <QDir>
#include <QtConcurrent/QtConcurrentRun>
#include <QQmlEngine>
#include <QSettings>
#include <QTime>
#include <QTranslator>

namespace sim {

QGeoRectangle toGeoRectangle(const Bounds &b)
{
    if (b.isEmpty())
        return {};
    return QGeoRectangle(QGeoCoordinate(b.maxLat, b.minLon), QGeoCoordinate(b.minLat, b.maxLon));
}

std::vector<std::vector<Polygon>> DistrictGeometry::polygons() const
{
    std::vector<std::vector<Polygon>> out;
    if (m_data)
        for (const DistrictShape &shape : m_data->shapes)
            out.push_back(shape.polygons);
    return out;
}

QVariantList DataSession::contextLabels() const
{
    QVariantList out;
    if (!m_data)
        return out;
    for (const ContextArea &a : m_data->context.areas)
        out.append(QVariantMap {{QStringLiteral("name"), mapLabel(a, m_lang)},
                {QStringLiteral("coordinate"), QVariant::fromValue(QGeoCoordinate(a.label.lat, a.label.lon))},
                {QStringLiteral("province"), a.level == ContextArea::Level::Province}});
    return out;
}

DataSession::DataSession(
        QQmlEngine *engine, Lang lang, bool watch, std::optional<SettingsReset> settingsReset, QString theme, QObject *parent)
    : QObject(parent), m_watch(watch), m_settingsReset(std::move(settingsReset)), m_lang(lang), m_theme(std::move(theme)),
      m_engine(engine)
{
    connect(&m_watcher, &DataWatcher::changed, this, &DataSession::reload);
    connect(&m_contextWatcher, &QFutureWatcher<ContextLoad>::finished, this, &DataSession::contextRead);
    applyTranslator();
}

DataSession::~DataSession()
{
    if (m_contextRead.isValid())
        m_contextRead.waitForFinished(); // (it reads files only; nothing to cancel half-way)
}

bool DataSession::load(const QString &dir)
{
    return load(dir, loadDataset(dir));
}

bool DataSession::load(const QString &dir, DatasetLoad &&loaded)
{
    m_dataDir = dir;
    m_watcher.watch(m_watch ? dir : QString());
    adopt(std::move(loaded), false);
    return this->loaded();
}

QString DataSession::notice() const
{
    if (!m_settingsReset)
        return {};
    if (m_settingsReset->keptAs.isEmpty())
        return QCoreApplication::translate("DataSession",
                "Your settings file is damaged (%1) and could not be moved aside; the application uses its default settings.")
                .arg(m_settingsReset->problem);
    return QCoreApplication::translate("DataSession",
            "Your settings file was damaged (%1), so the application started with its default settings. The damaged file was "
            "kept as %2.")
            .arg(m_settingsReset->problem, QDir::toNativeSeparators(m_settingsReset->keptAs));
}

void DataSession::dismissNotice()
{
    if (!m_settingsReset)
        return;
    m_settingsReset.reset();
    Q_EMIT noticeChanged();
}

void DataSession::reload()
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
    if (load.dataset && m_data && load.dataset->version == m_data->version && toStrings(load.problems) == m_problems) {
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

void DataSession::adopt(DatasetLoad &&load, bool keepState)
{
    m_problems = toStrings(load.problems);
    m_reloadProblems.clear();
    m_data = std::move(load.dataset);
    m_loadedAt = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    m_districts.reset(m_data, m_lang);
    m_search.reset(m_data, m_lang);
    // The selection and the choropleth follow (connected first): they keep what they can by id.
    m_reloading = keepState;
    Q_EMIT datasetChanged();
    m_reloading = false;
    Q_EMIT problemsChanged();
    Q_EMIT geometryChanged();
    Q_EMIT textsChanged();
    readContextLater();
}

void DataSession::readContextLater()
{
    m_contextRead = {};
    const bool pending = m_data && !m_data->contextFile.isEmpty() && m_data->context.isEmpty();
    m_contextFor = pending ? m_data.get() : nullptr;
}

void DataSession::readContext()
{
    if (!m_contextFor || m_data.get() != m_contextFor || m_contextRead.isValid())
        return; // nothing left to read, or it is being read
    m_contextRead = QtConcurrent::run([file = m_data->contextFile] { return loadContext(file); });
    m_contextWatcher.setFuture(m_contextRead);
}

void DataSession::contextRead()
{
    if (!m_contextRead.isValid() || !m_data || m_data.get() != m_contextFor)
        return; // taken in already (completeDataset), or other data came meanwhile (it read its own)
    takeContext(m_contextRead.result());
}

void DataSession::takeContext(ContextLoad &&load)
{
    m_contextRead = {};
    m_contextFor = nullptr;
    if (!load.problems.empty() && load.ok()) { // warnings: listed as the data's, as when read with it
        m_problems << toStrings(load.problems);
        Q_EMIT problemsChanged();
    }
    if (!load.ok()) {
        // The districts are shown and fine: the land around them is only background. Say why it
        // is missing among the data's warnings (--validate reports these as errors).
        m_problems << QCoreApplication::translate("DataSession", "%1 has errors, so the land around the districts is not drawn:")
                              .arg(QDir::toNativeSeparators(m_data->contextFile));
        m_problems << toStrings(load.problems);
        Q_EMIT problemsChanged();
        return;
    }
    auto withContext = std::make_shared<Dataset>(*m_data);
    withContext->context = std::move(load.set);
    m_data = std::move(withContext);
    Q_EMIT geometryChanged();
    Q_EMIT textsChanged();
}

std::shared_ptr<const Dataset> DataSession::completeDataset()
{
    if (m_contextFor && m_data.get() == m_contextFor) {
        if (m_contextRead.isValid()) {
            m_contextRead.waitForFinished();
            contextRead();
        } else {
            takeContext(loadContext(m_data->contextFile)); // not started yet: read it now
        }
    }
    return m_data;
}

void DataSession::applyTranslator()
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

QGeoRectangle DataSession::bounds() const
{
    return m_data ? toGeoRectangle(m_data->bounds) : QGeoRectangle();
}

void DataSession::setLanguage(const QString &language)
{
    const Lang lang = language.startsWith(QLatin1String("en"), Qt::CaseInsensitive) ? Lang::En : Lang::Zh;
    if (lang == m_lang)
        return;
    m_lang = lang;
    QSettings().setValue(QStringLiteral("language"), this->language());
    applyTranslator();
    m_districts.setLanguage(lang);
    m_search.reset(m_data, m_lang);
    Q_EMIT languageChanged();
    Q_EMIT noticeChanged();
    Q_EMIT textsChanged();
}

QStringList DataSession::sourceLines() const
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

int DataSession::districtAt(double latitude, double longitude) const
{
    return m_data ? m_data->districtAt({longitude, latitude}) : -1;
}

int DataSession::findDistrict(const QString &idOrName) const
{
    return m_data ? m_data->find(idOrName) : -1;
}

QString DataSession::districtName(int index) const
{
    if (!m_data || index < 0 || size_t(index) >= m_data->districts.size())
        return {};
    return m_data->districts[size_t(index)].name.get(m_lang);
}

} // namespace sim
