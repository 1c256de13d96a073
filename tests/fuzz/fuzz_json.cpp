// SPDX-License-Identifier: MIT
// libFuzzer: the JSON reader (sim::parseJson) and the typed accessors.
#include "targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    simfuzz::runJson(data, size);
    return 0;
}
