#pragma once

#include "ByteSource.h"

#include <array>
#include <cstdint>
#include <string>

namespace spuw::formats {

// The header of a Windows kernel crash dump (MEMORY.DMP, Minidump\*.dmp). Only the header page is
// read, whatever the size of the dump.
struct CrashDumpHeader
{
    enum class Error {
        None,
        CannotOpen,
        Truncated, // shorter than the header the signature promises
        UserModeMinidump, // "MDMP": an application's minidump, not a kernel crash dump
        NotADump,
    };
    static constexpr std::uint32_t kUnset = 0x45474150; // "PAGE": the filler of unused fields

    Error error = Error::None;
    std::string errorDetail;
    int bits = 0; // 32 (PAGEDUMP) or 64 (PAGEDU64)
    std::uint32_t majorVersion = 0; // 0xF free build, 0xC checked build
    std::uint32_t build = 0; // MinorVersion: 2195 for Windows 2000, 3790 for Server 2003
    std::uint32_t machine = 0; // 0x14C x86, 0x8664 x64
    std::uint32_t processors = 0;
    std::uint32_t bugCheckCode = 0;
    std::array<std::uint64_t, 4> parameters{};
    std::uint32_t dumpType = kUnset; // 1 full, 2 kernel, 3 header only, 4 small, 5/6 bitmap
    std::uint32_t productType = kUnset; // 1 workstation, 2 domain controller, 3 server
    std::uint32_t suiteMask = kUnset;

    bool ok() const { return error == Error::None; }
    // The stop code without the 0x10000000 flag that marks dumps with extended parameters, so that
    // 0x100000C2 is recognised as 0xC2 BAD_POOL_CALLER.
    std::uint32_t stopCode() const { return bugCheckCode & ~0x10000000u; }
};

const char *toString(CrashDumpHeader::Error error);

CrashDumpHeader readCrashDumpHeader(ByteSource &source);
CrashDumpHeader readCrashDumpHeader(const std::string &path);

} // namespace spuw::formats
