// SPDX-License-Identifier: MIT
// libFuzzer: one file of the three-district fixture replaced by the input (the first byte says
// which), then the whole loader and validator (sim::loadDataset) and what the UI reads from it.
#include "targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static simfuzz::DatasetWorkspace workspace(QStringLiteral(SIM_FIXTURE_DIR));
    workspace.run(data, size);
    return 0;
}
