// SPDX-License-Identifier: MIT
#include "text/format.h"

#include "text/vocabulary.h"

#include <QLocale>

#include <cmath>
#include <map>

namespace sim {

QString formatNumber(double value, int decimals, Lang lang)
{
    const QLocale locale(
            lang == Lang::Zh ? QLocale::Chinese : QLocale::English, lang == Lang::Zh ? QLocale::China : QLocale::UnitedStates);
    QString s = locale.toString(value, 'f', decimals);
    if (decimals > 0) {
        const QChar point = locale.decimalPoint().at(0);
        if (s.contains(point)) {
            while (s.endsWith(QLatin1Char('0')))
                s.chop(1);
            if (s.endsWith(point))
                s.chop(1);
        }
    }
    return s;
}

namespace {
int decimalsOf(double v)
{
    for (int d = 0; d < 6; ++d)
        if (std::abs(v * std::pow(10, d) - std::round(v * std::pow(10, d))) < 1e-9)
            return d;
    return 6;
}

// English for large amounts: 10 billion yuan, 120,000 m².
QString englishAmount(double amount, const QString &base)
{
    QString number;
    if (amount >= 1e9 && std::fmod(amount, 1e8) == 0)
        number = formatNumber(amount / 1e9, 1, Lang::En) + QStringLiteral(" billion");
    else if (amount >= 1e6 && std::fmod(amount, 1e5) == 0)
        number = formatNumber(amount / 1e6, 1, Lang::En) + QStringLiteral(" million");
    else
        number = formatNumber(amount, decimalsOf(amount), Lang::En);
    return base.isEmpty() ? number : number + QLatin1Char(' ') + base;
}
} // namespace

QString formatRatio(std::optional<double> ratio, Lang lang)
{
    if (!ratio || !std::isfinite(*ratio))
        return QStringLiteral("—");
    const double magnitude = std::abs(*ratio);
    const int decimals = magnitude == 0 || magnitude >= 0.01 ? 2 : 1 - int(std::floor(std::log10(magnitude)));
    return QStringLiteral("×") + formatNumber(*ratio, decimals, lang);
}

QString formatFigure(const Figure &f, const Unit *unit, Lang lang)
{
    const QString number = formatNumber(f.value, decimalsOf(f.value), lang);
    if (lang == Lang::Zh) {
        const QString u = unit ? unit->name.zh : QString();
        if (f.qualifier == QLatin1String("about"))
            return QStringLiteral("约") + number + u;
        if (f.qualifier == QLatin1String("more-than"))
            return number + QStringLiteral("余") + u;
        if (f.qualifier == QLatin1String("at-least"))
            return QStringLiteral("至少") + number + u;
        return number + u;
    }
    QString amount;
    if (unit && unit->factor != 1 && !unit->baseEn.isEmpty())
        amount = englishAmount(f.value * unit->factor, unit->baseEn);
    else if (unit && !unit->name.en.isEmpty())
        amount = number + QLatin1Char(' ') + unit->name.en;
    else
        amount = number;
    if (f.qualifier == QLatin1String("about"))
        return QStringLiteral("about ") + amount;
    if (f.qualifier == QLatin1String("more-than"))
        return QStringLiteral("more than ") + amount;
    if (f.qualifier == QLatin1String("at-least"))
        return QStringLiteral("at least ") + amount;
    return amount;
}

QString unitLabel(const Unit *unit, Lang lang)
{
    if (!unit)
        return {};
    return lang == Lang::Zh ? unit->name.zh : unit->name.en;
}

QString formatMetricValue(const Metric &metric, std::optional<double> value, const Unit *unit, Lang lang)
{
    if (!value)
        return noDataText(lang);
    // In the metric's own unit, as the reference states it and as the legend, the picker, the
    // table exports and the PDF show it: 109.93万人 / "109.93 × 10,000 persons" (never converted)
    const QString number = formatNumber(*value, metric.decimals, lang);
    const QString u = unitLabel(unit, lang);
    if (u.isEmpty())
        return number;
    if (lang == Lang::Zh)
        return number + u;
    // a unit that starts with a number multiplies: "10,000 persons"
    return u.at(0).isDigit() ? number + QStringLiteral(" × ") + u : number + QLatin1Char(' ') + u;
}

} // namespace sim
