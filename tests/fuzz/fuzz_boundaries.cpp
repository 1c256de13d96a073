// SPDX-License-Identifier: MIT
// libFuzzer: GeoJSON bytes through the GDAL boundary loader (via /vsimem/), then the hit index.
#include "targets.h"

#include <cpl_conv.h>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // GDAL's block cache is sized from the machine's memory; keep the fuzzer's RSS predictable.
    CPLSetConfigOption("GDAL_CACHEMAX", "64");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    simfuzz::runBoundaries(data, size);
    return 0;
}
