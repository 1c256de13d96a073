// SPDX-License-Identifier: MIT
#include "render/palette.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace sim::palette {

namespace {
double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
            float(a.blueF() + (b.blueF() - a.blueF()) * t), a.alphaF());
}

const QColor kLightThemeLabel {0x1e, 0x2a, 0x36};
const QColor kDarkThemeLabel {0xf0, 0xf0, 0xf0};
const QColor kDarkHalo {0x1d, 0x28, 0x33};
const QColor kLightHalo {0xff, 0xff, 0xff};
} // namespace

double relativeLuminance(const QColor &color)
{
    const QColor c = color.toRgb();
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

LabelColors labelColorsOn(const QColor &fill, bool darkTheme)
{
    const std::array<QColor, 4> candidates = {darkTheme ? kDarkThemeLabel : kLightThemeLabel,
            darkTheme ? kLightThemeLabel : kDarkThemeLabel, QColor(Qt::black), QColor(Qt::white)};
    QColor text = candidates.front();
    for (const QColor &c : candidates) {
        if (contrastRatio(c, fill) >= kTextContrast) {
            text = c;
            break;
        }
        if (contrastRatio(c, fill) > contrastRatio(text, fill))
            text = c;
    }
    const bool lightText = relativeLuminance(text) > 0.5;
    return {text, lightText ? kDarkHalo : kLightHalo};
}

QColor outlineOn(const QColor &outline, const QColor &fill)
{
    if (contrastRatio(outline, fill) >= kOutlineContrast)
        return outline;
    for (int step = 1; step <= 10; ++step) {
        const double t = step / 10.0;
        const QColor lighter = mix(outline, Qt::white, t), darker = mix(outline, Qt::black, t);
        const double cl = contrastRatio(lighter, fill), cd = contrastRatio(darker, fill);
        if (cl >= kOutlineContrast || cd >= kOutlineContrast)
            return cl >= cd ? lighter : darker;
    }
    return relativeLuminance(fill) > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
}

std::vector<QColor> choroplethClasses(int classes)
{
    // ColorBrewer YlGnBu, sequential and colour-blind safe; indexed by class count.
    static const std::array<std::vector<const char *>, 6> p = {{
            {},
            {"#41b6c4"},
            {"#a1dab4", "#225ea8"},
            {"#edf8b1", "#7fcdbb", "#2c7fb8"},
            {"#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"},
            {"#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"},
    }};
    std::vector<QColor> out;
    if (classes < 1 || classes > 5)
        return out;
    for (const char *hex : p[size_t(classes)])
        out.emplace_back(QString::fromLatin1(hex));
    return out;
}

QColor noData()
{
    return {0xd9, 0xd9, 0xd9};
}

} // namespace sim::palette
