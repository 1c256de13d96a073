// SPDX-License-Identifier: MIT
#pragma once

#include "data/dataset.h"
#include "models.h"

#include <QColor>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace sim {

class DataSession;

/**
 * The map coloured by a metric: which metric (none: neutral colours), its classes as a fill per
 * district (analysis/choropleth.h), the legend, and the metrics a user can choose from.
 */
class Choropleth : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by App.choropleth")
    /** The metric the map is coloured by; empty for neutral colours. An unknown key is ignored. */
    Q_PROPERTY(QString metricKey READ metricKey WRITE setMetricKey NOTIFY metricChanged)
    /** "Label (year), unit" in the current language; empty without a metric. */
    Q_PROPERTY(QString metricTitle READ metricTitle NOTIFY metricChanged)
    /** The metric's name alone in the current language (the closed picker); "none"'s entry without a metric. */
    Q_PROPERTY(QString metricName READ metricName NOTIFY metricChanged)
    /** "Source: …" (or how a derived count is counted) in the current language. */
    Q_PROPERTY(QString metricSource READ metricSource NOTIFY metricChanged)
    /** Fill colour of each district for the current metric (by district index; empty list: neutral). */
    Q_PROPERTY(QList<QColor> fills READ fills NOTIFY metricChanged)
    /** What the hover tooltip says of each district (by index): "Name", or "Name\nMetric: value". */
    Q_PROPERTY(QStringList descriptions READ descriptions NOTIFY metricChanged)
    Q_PROPERTY(sim::LegendModel *legend READ legend CONSTANT)
    /** The metrics to choose from: "none" first. */
    Q_PROPERTY(sim::MetricListModel *metrics READ metrics CONSTANT)

public:
    explicit Choropleth(DataSession *session, QObject *parent = nullptr);

    QString metricKey() const { return m_metricKey; }
    void setMetricKey(const QString &key);
    QString metricTitle() const;
    QString metricName() const;
    QString metricSource() const;
    QList<QColor> fills() const { return m_fills; }
    QStringList descriptions() const { return m_descriptions; }
    LegendModel *legend() { return &m_legend; }
    MetricListModel *metrics() { return &m_metrics; }

    /** A district label's text colour on `fill` in the theme (WCAG ≥ 4.5:1; palette::labelColorsOn). */
    Q_INVOKABLE QColor labelColor(const QColor &fill, bool dark) const;
    /** The halo drawn around that label's letters (palette::labelColorsOn). */
    Q_INVOKABLE QColor labelHalo(const QColor &fill, bool dark) const;
    /** `outline` made visible (≥ 3:1) around a district filled with `fill` (palette::outlineOn). */
    Q_INVOKABLE QColor outlineOn(const QColor &outline, const QColor &fill) const;

Q_SIGNALS:
    void metricChanged();

private:
    void refresh();
    const Metric *metric() const;

    DataSession *m_session;
    QString m_metricKey;
    QList<QColor> m_fills;
    QStringList m_descriptions;
    LegendModel m_legend;
    MetricListModel m_metrics;
};

} // namespace sim
