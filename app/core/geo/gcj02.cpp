// SPDX-License-Identifier: MIT
#include "geo/gcj02.h"

#include <cmath>
#include <numbers>

namespace sim {

LonLat wgs84ToGcj02(LonLat p)
{
    constexpr double pi = std::numbers::pi;
    constexpr double a = 6378245.0; // Krasovsky 1940, as the algorithm uses it
    constexpr double ee = 0.00669342162296594323;
    const double x = p.lon - 105.0, y = p.lat - 35.0;
    double dLat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    dLat += (20.0 * std::sin(6.0 * x * pi) + 20.0 * std::sin(2.0 * x * pi)) * 2.0 / 3.0;
    dLat += (20.0 * std::sin(y * pi) + 40.0 * std::sin(y / 3.0 * pi)) * 2.0 / 3.0;
    dLat += (160.0 * std::sin(y / 12.0 * pi) + 320.0 * std::sin(y * pi / 30.0)) * 2.0 / 3.0;
    double dLon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    dLon += (20.0 * std::sin(6.0 * x * pi) + 20.0 * std::sin(2.0 * x * pi)) * 2.0 / 3.0;
    dLon += (20.0 * std::sin(x * pi) + 40.0 * std::sin(x / 3.0 * pi)) * 2.0 / 3.0;
    dLon += (150.0 * std::sin(x / 12.0 * pi) + 300.0 * std::sin(x / 30.0 * pi)) * 2.0 / 3.0;
    const double radLat = p.lat / 180.0 * pi;
    const double magic = 1 - ee * std::sin(radLat) * std::sin(radLat);
    const double sqrtMagic = std::sqrt(magic);
    dLat = (dLat * 180.0) / ((a * (1 - ee)) / (magic * sqrtMagic) * pi);
    dLon = (dLon * 180.0) / (a / sqrtMagic * std::cos(radLat) * pi);
    return {p.lon + dLon, p.lat + dLat};
}

LonLat gcj02ToWgs84(LonLat p)
{
    // The shift changes slowly with position: subtracting the shift at the current guess converges
    // quickly (each step shrinks the error by ~1e-5).
    LonLat guess = p;
    for (int i = 0; i < 30; ++i) {
        const LonLat there = wgs84ToGcj02(guess);
        const double dLon = there.lon - p.lon, dLat = there.lat - p.lat;
        guess.lon -= dLon;
        guess.lat -= dLat;
        if (std::abs(dLon) < 1e-9 && std::abs(dLat) < 1e-9)
            break;
    }
    return guess;
}

} // namespace sim
