#include "FileVersion.h"

#include <cctype>

namespace spuw::formats {

FileVersion FileVersion::fromMsLs(std::uint32_t ms, std::uint32_t ls)
{
    FileVersion v;
    v.parts = {static_cast<std::uint16_t>(ms >> 16), static_cast<std::uint16_t>(ms & 0xFFFF),
        static_cast<std::uint16_t>(ls >> 16), static_cast<std::uint16_t>(ls & 0xFFFF)};
    return v;
}

std::optional<FileVersion> FileVersion::parse(const std::string &text)
{
    FileVersion v;
    std::size_t part = 0;
    std::uint32_t value = 0;
    bool digits = false;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : '.';
        if (std::isdigit(static_cast<unsigned char>(c))) {
            value = value * 10 + static_cast<std::uint32_t>(c - '0');
            if (value > 0xFFFF)
                return std::nullopt;
            digits = true;
        } else if (c == '.') {
            if (!digits || part >= 4)
                return std::nullopt;
            v.parts[part++] = static_cast<std::uint16_t>(value);
            value = 0;
            digits = false;
        } else {
            return std::nullopt;
        }
    }
    return v;
}

std::string FileVersion::toString() const
{
    return std::to_string(parts[0]) + '.' + std::to_string(parts[1]) + '.' + std::to_string(parts[2]) + '.'
        + std::to_string(parts[3]);
}

} // namespace spuw::formats
