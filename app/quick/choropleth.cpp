// SPDX-License-Identifier: MIT
#include "choropleth.h"

#include "analysis/choropleth.h"
#include "datasession.h"
#include "render/palette.h"
#include "text/format.h"

namespace sim {

Choropleth::Choropleth(DataSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    auto reset = [this] {
        if (!metric())
            m_metricKey.clear(); // the new data has no such metric
        m_metrics.reset(m_session->dataset(), m_session->lang());
        refresh();
        Q_EMIT metricChanged();
    };
    connect(session, &DataSession::datasetChanged, this, reset);
    connect(session, &DataSession::languageChanged, this, reset);
    m_metrics.reset(m_session->dataset(), m_session->lang());
}

const Metric *Choropleth::metric() const
{
    const auto &data = m_session->dataset();
    return data ? data->metric(m_metricKey) : nullptr;
}

void Choropleth::setMetricKey(const QString &key)
{
    const auto &data = m_session->dataset();
    const QString k = data && data->metric(key) ? key : QString();
    if (k == m_metricKey)
        return;
    m_metricKey = k;
    refresh();
    Q_EMIT metricChanged();
}

QString Choropleth::metricTitle() const
{
    const Metric *m = metric();
    if (!m)
        return {};
    const Lang lang = m_session->lang();
    const QString unit = unitLabel(m_session->dataset()->unit(m->unit), lang);
    QString title = m->label.get(lang);
    if (m->year)
        title += lang == Lang::Zh ? QStringLiteral("（%1年）").arg(*m->year) : QStringLiteral(" (%1)").arg(*m->year);
    if (!unit.isEmpty())
        title += lang == Lang::Zh ? QStringLiteral("，单位：") + unit : QStringLiteral(", ") + unit;
    return title;
}

QString Choropleth::metricName() const
{
    const Metric *m = metric();
    return m ? m->label.get(m_session->lang()) : m_metrics.nameAt(0);
}

QString Choropleth::metricSource() const
{
    const Metric *m = metric();
    if (!m)
        return {};
    const Lang lang = m_session->lang();
    if (m->isDerived())
        return derivedCountNote(*m_session->dataset(), m->derivedFrom).get(lang);
    const Source *src = m_session->dataset()->source(m->source);
    return src ? (lang == Lang::Zh ? QStringLiteral("来源：") : QStringLiteral("Source: ")) + src->title.get(lang) : m->source;
}

QColor Choropleth::labelColor(const QColor &fill, bool dark) const
{
    return palette::labelColorsOn(fill, dark).text;
}

QColor Choropleth::labelHalo(const QColor &fill, bool dark) const
{
    return palette::labelColorsOn(fill, dark).halo;
}

QColor Choropleth::outlineOn(const QColor &outline, const QColor &fill) const
{
    return palette::outlineOn(outline, fill);
}

void Choropleth::refresh()
{
    m_fills.clear();
    m_descriptions.clear();
    const Metric *m = metric();
    const Lang lang = m_session->lang();
    if (const auto &data = m_session->dataset()) {
        for (size_t i = 0; i < data->districts.size(); ++i) {
            QString text = data->districts[i].name.get(lang);
            if (m)
                text += QStringLiteral("\n") + m->label.get(lang)
                        + (lang == Lang::Zh ? QStringLiteral("：") : QStringLiteral(": "))
                        + formatMetricValue(*m, m->values[i], data->unit(m->unit), lang);
            m_descriptions << text;
        }
    }
    if (!m) {
        m_legend.show(nullptr, nullptr, {}, lang);
        return;
    }
    const Classification classes = classify(*m);
    for (const auto &v : m->values)
        m_fills.push_back(classes.colorOf(v));
    m_legend.show(m_session->dataset().get(), m, classes, lang);
}

} // namespace sim
