// SPDX-License-Identifier: MIT
#include "appcontroller.h"

#include <QLocale>

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

AppController *AppController::create(QQmlEngine *, QJSEngine *)
{
    return new AppController(startupOptions());
}

AppController::AppController(const StartupOptions &o, QObject *parent) : QObject(parent)
{
    m_lang = QLocale::system().language() == QLocale::Chinese ? Lang::Zh : Lang::En;
    if (!o.language.isEmpty())
        setLanguage(o.language);
    load(o.dataDir.isEmpty() ? bundledDataDir() : o.dataDir);
    if (loaded()) {
        if (!o.district.isEmpty())
            select(findDistrict(o.district));
        else if (o.at)
            select(districtAt(o.at->lat, o.at->lon));
    }
}

bool AppController::load(const QString &dir)
{
    DatasetLoad load = loadDataset(dir);
    m_dataDir = dir;
    m_problems = toStrings(load.problems);
    m_data = std::move(load.dataset);
    m_selected = -1;
    m_districts.reset(m_data, m_lang);
    m_rings.reset(m_data);
    refreshProfile();
    Q_EMIT datasetChanged();
    Q_EMIT selectionChanged();
    return loaded();
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
    m_districts.setLanguage(lang);
    refreshProfile();
    Q_EMIT languageChanged();
    Q_EMIT selectionChanged();
}

void AppController::select(int index)
{
    if (!m_data || index < 0 || size_t(index) >= m_data->districts.size())
        index = -1;
    if (index == m_selected)
        return;
    m_selected = index;
    refreshProfile();
    Q_EMIT selectionChanged();
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
