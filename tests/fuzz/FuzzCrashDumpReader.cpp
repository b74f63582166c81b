// libFuzzer target for the kernel crash dump header reader.
#include "CrashDumpReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    spuw::formats::MemorySource source(data, size);
    const auto header = spuw::formats::readCrashDumpHeader(source);
    if (header.ok() && header.bits != 32 && header.bits != 64)
        __builtin_trap();
    if (source.bytesRead() > 0x2000 + 8)
        __builtin_trap(); // only the header page may be read
    return 0;
}
