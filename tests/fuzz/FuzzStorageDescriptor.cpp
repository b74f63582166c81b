// libFuzzer target for the STORAGE_DEVICE_DESCRIPTOR parser and the SAN evidence built on it: a
// disk's answer comes from its firmware and driver, so it is input like any file.
#include "SanEvidence.h"
#include "StorageDescriptor.h"

#include <cstddef>
#include <cstdint>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // An exact-size copy, so ASan sees any read past what the "driver" returned.
    const std::vector<std::uint8_t> bytes(data, data + size);
    const auto d = spuw::live::parseStorageDescriptor(bytes.data(), bytes.size());
    if (d.ok && (d.vendor.size() > size || d.product.size() > size))
        __builtin_trap();
    spuw::live::Volume v;
    v.driveType = 3;
    v.queried = d.ok;
    v.busType = d.busType;
    v.vendor = d.vendor;
    v.product = d.product;
    if (spuw::live::assessSanEvidence(v).reason.empty())
        __builtin_trap(); // every verdict says why
    return 0;
}
