#include "PeVersionReader.h"

#include <algorithm>
#include <array>
#include <vector>

namespace spuw::formats {

namespace {

constexpr std::uint16_t kOptionalMagicPe32 = 0x10B;
constexpr std::uint16_t kOptionalMagicPe32Plus = 0x20B;
constexpr std::uint32_t kRtVersion = 16;
constexpr std::uint32_t kFixedFileInfoSignature = 0xFEEF04BD;
constexpr std::uint16_t kMaxSections = 96; // the PE loader's own limit
constexpr std::uint32_t kMaxEntriesPerDirectory = 4096;

struct Section
{
    std::uint32_t virtualAddress;
    std::uint32_t virtualSize;
    std::uint32_t rawSize;
    std::uint32_t rawOffset;
};

PeVersionInfo fail(PeVersionInfo::Error error, std::string detail)
{
    PeVersionInfo info;
    info.error = error;
    info.errorDetail = std::move(detail);
    return info;
}

// Maps an RVA to a file offset through the section table; false when no section holds it.
bool rvaToOffset(const std::vector<Section> &sections, std::uint32_t rva, std::uint32_t length, std::uint64_t &offset)
{
    for (const Section &s : sections) {
        const std::uint32_t extent = std::max(s.virtualSize, s.rawSize);
        if (rva >= s.virtualAddress && rva - s.virtualAddress < extent) {
            const std::uint32_t delta = rva - s.virtualAddress;
            if (static_cast<std::uint64_t>(delta) + length > s.rawSize)
                return false; // lies in the uninitialised tail: no bytes on disk
            offset = static_cast<std::uint64_t>(s.rawOffset) + delta;
            return true;
        }
    }
    return false;
}

// The resource tree is walked at fixed depth (type, name, language): a subdirectory pointer where a
// data entry must be, or an entry pointing outside the resource data, is an error, so a loop in
// the directory can never be followed.
struct ResourceWalker
{
    ByteSource &src;
    std::uint64_t base; // file offset of the resource directory
    std::uint32_t size; // size of the resource data directory

    bool readDirectory(std::uint32_t rel, std::vector<std::array<std::uint32_t, 2>> &entries, std::string &why)
    {
        std::array<std::uint8_t, 16> hdr{};
        if (static_cast<std::uint64_t>(rel) + 16 > size || !src.read(base + rel, 16, hdr.data())) {
            why = "resource directory header outside the resource section";
            return false;
        }
        const std::uint32_t count = static_cast<std::uint32_t>(le16(&hdr[12])) + le16(&hdr[14]);
        if (count > kMaxEntriesPerDirectory
            || static_cast<std::uint64_t>(rel) + 16 + static_cast<std::uint64_t>(count) * 8 > size) {
            why = "resource directory entry count runs past the resource section";
            return false;
        }
        std::vector<std::uint8_t> raw(static_cast<std::size_t>(count) * 8);
        if (count > 0 && !src.read(base + rel + 16, raw.size(), raw.data())) {
            why = "resource directory entries unreadable";
            return false;
        }
        entries.clear();
        for (std::uint32_t i = 0; i < count; ++i)
            entries.push_back({le32(&raw[i * 8]), le32(&raw[i * 8 + 4])});
        return true;
    }
};

} // namespace

const char *toString(PeVersionInfo::Error error)
{
    switch (error) {
    case PeVersionInfo::Error::None: return "no error";
    case PeVersionInfo::Error::CannotOpen: return "cannot open file";
    case PeVersionInfo::Error::NotPe: return "not a PE file";
    case PeVersionInfo::Error::Truncated: return "truncated PE file";
    case PeVersionInfo::Error::NoVersionResource: return "no version resource";
    case PeVersionInfo::Error::BadResourceDirectory: return "damaged resource directory";
    case PeVersionInfo::Error::BadVersionResource: return "damaged version resource";
    }
    return "unknown error";
}

PeVersionInfo readPeVersion(const std::string &path)
{
    FileSource source(path);
    if (!source.isOpen())
        return fail(PeVersionInfo::Error::CannotOpen, "cannot open " + path);
    return readPeVersion(source);
}

PeVersionInfo readPeVersion(ByteSource &src)
{
    using E = PeVersionInfo::Error;
    std::array<std::uint8_t, 64> dos{};
    if (src.size() < 64 || !src.read(0, 64, dos.data()) || dos[0] != 'M' || dos[1] != 'Z')
        return fail(E::NotPe, "no MZ header");
    const std::uint32_t peOffset = le32(&dos[0x3C]);
    std::array<std::uint8_t, 24> coff{};
    if (!src.read(peOffset, coff.size(), coff.data()))
        return fail(E::NotPe, "PE header offset outside the file");
    if (coff[0] != 'P' || coff[1] != 'E' || coff[2] != 0 || coff[3] != 0)
        return fail(E::NotPe, "no PE signature");

    PeVersionInfo info;
    info.machine = le16(&coff[4]);
    const std::uint16_t sectionCount = le16(&coff[6]);
    const std::uint16_t optionalSize = le16(&coff[20]);
    if (sectionCount == 0 || sectionCount > kMaxSections)
        return fail(E::NotPe, "implausible section count");

    const std::uint64_t optOffset = static_cast<std::uint64_t>(peOffset) + 24;
    std::vector<std::uint8_t> opt(optionalSize);
    if (optionalSize < 2 || !src.read(optOffset, opt.size(), opt.data()))
        return fail(E::Truncated, "optional header runs past the end of the file");
    const std::uint16_t magic = le16(&opt[0]);
    std::size_t dirCountAt = 0;
    if (magic == kOptionalMagicPe32) {
        dirCountAt = 92;
    } else if (magic == kOptionalMagicPe32Plus) {
        dirCountAt = 108;
        info.pe32Plus = true;
    } else {
        return fail(E::NotPe, "unknown optional header magic");
    }
    if (opt.size() < dirCountAt + 4)
        return fail(E::NotPe, "optional header too small for data directories");
    const std::uint32_t dirCount = le32(&opt[dirCountAt]);
    const std::size_t resourceEntryAt = dirCountAt + 4 + 2 * 8;
    if (dirCount < 3 || opt.size() < resourceEntryAt + 8)
        return fail(E::NoVersionResource, "no resource data directory");
    const std::uint32_t resourceRva = le32(&opt[resourceEntryAt]);
    const std::uint32_t resourceSize = le32(&opt[resourceEntryAt + 4]);
    if (resourceRva == 0 || resourceSize == 0)
        return fail(E::NoVersionResource, "empty resource data directory");

    std::vector<std::uint8_t> table(static_cast<std::size_t>(sectionCount) * 40);
    if (!src.read(optOffset + optionalSize, table.size(), table.data()))
        return fail(E::Truncated, "section table runs past the end of the file");
    std::vector<Section> sections;
    for (std::uint16_t i = 0; i < sectionCount; ++i) {
        const std::uint8_t *s = &table[i * 40];
        sections.push_back({le32(s + 12), le32(s + 8), le32(s + 16), le32(s + 20)});
    }

    // The directory may claim more than the section holds on disk: use only what is there.
    const Section *home = nullptr;
    for (const Section &s : sections) {
        if (resourceRva >= s.virtualAddress && resourceRva - s.virtualAddress < s.rawSize)
            home = &s;
    }
    if (!home)
        return fail(E::BadResourceDirectory, "resource directory not inside any section");
    const std::uint32_t delta = resourceRva - home->virtualAddress;
    const std::uint32_t usable = std::min(resourceSize, home->rawSize - delta);
    const std::uint64_t resourceBase = static_cast<std::uint64_t>(home->rawOffset) + delta;
    if (resourceBase + usable > src.size())
        return fail(E::Truncated, "resource section runs past the end of the file");

    ResourceWalker walker{src, resourceBase, usable};
    std::vector<std::array<std::uint32_t, 2>> entries;
    std::string why;
    std::uint32_t rel = 0;
    // Level 0: types. Level 1: names (take the first). Level 2: languages (take the first).
    for (int level = 0; level < 3; ++level) {
        if (!walker.readDirectory(rel, entries, why))
            return fail(E::BadResourceDirectory, why);
        const std::array<std::uint32_t, 2> *chosen = nullptr;
        for (const auto &e : entries) {
            if (level > 0 || e[0] == kRtVersion) {
                chosen = &e;
                break;
            }
        }
        if (!chosen)
            return fail(level == 0 ? E::NoVersionResource : E::BadVersionResource,
                level == 0 ? "no RT_VERSION resource" : "RT_VERSION directory is empty");
        const bool isDirectory = ((*chosen)[1] & 0x80000000u) != 0;
        const std::uint32_t target = (*chosen)[1] & 0x7FFFFFFFu;
        if (isDirectory != (level < 2))
            return fail(E::BadResourceDirectory, "resource directory nesting is wrong (loop or truncated tree)");
        if (target >= usable || (level < 2 && target <= rel))
            return fail(E::BadResourceDirectory, "resource directory entry points backwards or outside the section");
        rel = target;
    }

    std::array<std::uint8_t, 16> dataEntry{};
    if (static_cast<std::uint64_t>(rel) + 16 > usable || !src.read(resourceBase + rel, 16, dataEntry.data()))
        return fail(E::BadResourceDirectory, "resource data entry outside the resource section");
    const std::uint32_t dataRva = le32(&dataEntry[0]);
    const std::uint32_t dataSize = le32(&dataEntry[4]);
    constexpr std::uint32_t kNeeded = 40 + 52; // header, key, padding, VS_FIXEDFILEINFO
    if (dataSize < kNeeded)
        return fail(E::BadVersionResource, "version resource too small for VS_FIXEDFILEINFO");
    std::uint64_t dataOffset = 0;
    if (!rvaToOffset(sections, dataRva, kNeeded, dataOffset))
        return fail(E::BadVersionResource, "version resource data not inside any section");
    std::array<std::uint8_t, kNeeded> vi{};
    if (!src.read(dataOffset, vi.size(), vi.data()))
        return fail(E::Truncated, "version resource runs past the end of the file");

    static const char kKey[] = "VS_VERSION_INFO";
    for (std::size_t i = 0; i < sizeof(kKey); ++i) {
        if (le16(&vi[6 + i * 2]) != static_cast<std::uint8_t>(kKey[i]))
            return fail(E::BadVersionResource, "version resource key is not VS_VERSION_INFO");
    }
    const std::uint16_t valueLength = le16(&vi[2]);
    if (valueLength < 52)
        return fail(E::BadVersionResource, "version resource has no VS_FIXEDFILEINFO");
    const std::uint8_t *ffi = &vi[40];
    if (le32(ffi) != kFixedFileInfoSignature)
        return fail(E::BadVersionResource, "VS_FIXEDFILEINFO signature 0xFEEF04BD missing");
    info.fileVersion = FileVersion::fromMsLs(le32(ffi + 8), le32(ffi + 12));
    info.productVersion = FileVersion::fromMsLs(le32(ffi + 16), le32(ffi + 20));
    info.fileType = le32(ffi + 36);
    info.fileSubtype = le32(ffi + 40);
    return info;
}

} // namespace spuw::formats
