// libFuzzer target: any bytes given to the PE version reader give a result or an error, never a
// crash, a hang or an out-of-bounds read.
#include "PeVersionReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    spuw::formats::MemorySource source(data, size);
    const auto info = spuw::formats::readPeVersion(source);
    if (info.ok() && info.fileVersion.toString().empty())
        __builtin_trap();
    return 0;
}
