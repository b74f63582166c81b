#include "CrashDumpReader.h"

#include <cstring>
#include <vector>

namespace spuw::formats {

namespace {

CrashDumpHeader fail(CrashDumpHeader::Error error, std::string detail)
{
    CrashDumpHeader h;
    h.error = error;
    h.errorDetail = std::move(detail);
    return h;
}

} // namespace

const char *toString(CrashDumpHeader::Error error)
{
    switch (error) {
    case CrashDumpHeader::Error::None: return "no error";
    case CrashDumpHeader::Error::CannotOpen: return "cannot open file";
    case CrashDumpHeader::Error::Truncated: return "truncated crash dump header";
    case CrashDumpHeader::Error::UserModeMinidump: return "user-mode minidump, not a kernel crash dump";
    case CrashDumpHeader::Error::NotADump: return "not a kernel crash dump";
    }
    return "unknown error";
}

CrashDumpHeader readCrashDumpHeader(const std::string &path)
{
    FileSource source(path);
    if (!source.isOpen())
        return fail(CrashDumpHeader::Error::CannotOpen, "cannot open " + path);
    return readCrashDumpHeader(source);
}

CrashDumpHeader readCrashDumpHeader(ByteSource &src)
{
    using E = CrashDumpHeader::Error;
    std::uint8_t sig[8] = {};
    if (!src.read(0, 8, sig)) {
        const bool startsLikeDump = src.size() >= 4 && src.read(0, 4, sig) && std::memcmp(sig, "PAGE", 4) == 0;
        return fail(startsLikeDump ? E::Truncated : E::NotADump, "fewer than 8 bytes");
    }
    if (std::memcmp(sig, "MDMP", 4) == 0)
        return fail(E::UserModeMinidump, "MDMP signature");
    if (std::memcmp(sig, "PAGE", 4) != 0)
        return fail(E::NotADump, "no PAGE signature");

    CrashDumpHeader h;
    std::size_t needed = 0;
    if (std::memcmp(sig + 4, "DUMP", 4) == 0) {
        h.bits = 32;
        needed = 0xF9C; // through SuiteMask
    } else if (std::memcmp(sig + 4, "DU64", 4) == 0) {
        h.bits = 64;
        needed = 0x1048;
    } else {
        return fail(E::NotADump, "PAGE signature without DUMP or DU64");
    }
    std::vector<std::uint8_t> b(needed);
    if (!src.read(0, needed, b.data()))
        return fail(E::Truncated, "header shorter than " + std::to_string(needed) + " bytes");

    h.majorVersion = le32(&b[0x08]);
    h.build = le32(&b[0x0C]);
    if (h.bits == 32) {
        h.machine = le32(&b[0x20]);
        h.processors = le32(&b[0x24]);
        h.bugCheckCode = le32(&b[0x28]);
        for (int i = 0; i < 4; ++i)
            h.parameters[static_cast<std::size_t>(i)] = le32(&b[0x2C + 4 * i]);
        h.dumpType = le32(&b[0xF88]);
        h.productType = le32(&b[0xF94]);
        h.suiteMask = le32(&b[0xF98]);
    } else {
        h.machine = le32(&b[0x30]);
        h.processors = le32(&b[0x34]);
        h.bugCheckCode = le32(&b[0x38]);
        for (int i = 0; i < 4; ++i)
            h.parameters[static_cast<std::size_t>(i)] = le64(&b[0x40 + 8 * i]);
        h.dumpType = le32(&b[0xF98]);
        h.productType = le32(&b[0x1040]);
        h.suiteMask = le32(&b[0x1044]);
    }
    return h;
}

} // namespace spuw::formats
