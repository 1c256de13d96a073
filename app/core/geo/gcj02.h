// SPDX-License-Identifier: MIT
#pragma once

#include "geo/geometry.h"

namespace sim {

/**
 * WGS84 → GCJ-02, the obfuscated datum that Chinese web maps (Amap, Tencent, Google's China
 * tiles) must use: the published approximation of the state algorithm, good to a few metres.
 * Degrees in, degrees out; in Shanghai the shift is about 480 m east-south-east.
 */
LonLat wgs84ToGcj02(LonLat p);

/**
 * GCJ-02 → WGS84: the iterative inverse of wgs84ToGcj02 (fixed-point iteration until the forward
 * formula reproduces `p` to 1e-9°, at most 30 steps), far better than the usual one-step
 * approximation (which is off by up to a few metres).
 */
LonLat gcj02ToWgs84(LonLat p);

} // namespace sim
