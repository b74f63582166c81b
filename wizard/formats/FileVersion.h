#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace spuw::formats {

// A Windows four-part file version a.b.c.d, as VS_FIXEDFILEINFO stores it.
struct FileVersion
{
    std::array<std::uint16_t, 4> parts{};

    static FileVersion fromMsLs(std::uint32_t ms, std::uint32_t ls);
    // Parses "3.6.2.670"; missing trailing parts are zero. Empty on anything else.
    static std::optional<FileVersion> parse(const std::string &text);
    std::string toString() const;

    friend bool operator==(const FileVersion &a, const FileVersion &b) { return a.parts == b.parts; }
    friend bool operator!=(const FileVersion &a, const FileVersion &b) { return !(a == b); }
    friend bool operator<(const FileVersion &a, const FileVersion &b) { return a.parts < b.parts; }
    friend bool operator>(const FileVersion &a, const FileVersion &b) { return b < a; }
};

} // namespace spuw::formats
