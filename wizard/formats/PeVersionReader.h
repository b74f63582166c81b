#pragma once

#include "ByteSource.h"
#include "FileVersion.h"

#include <cstdint>
#include <string>

namespace spuw::formats {

// What VS_FIXEDFILEINFO of a PE file says. This binary block is what Windows itself reports as
// the file version; the StringFileInfo text may say something else and is not read.
struct PeVersionInfo
{
    enum class Error {
        None,
        CannotOpen,
        NotPe, // no MZ / PE signature, or headers outside the file
        Truncated, // a header or table runs past the end of the file
        NoVersionResource,
        BadResourceDirectory, // offsets outside the resource section, loops, absurd counts
        BadVersionResource, // RT_VERSION present but not a VS_VERSIONINFO with a fixed block
    };

    Error error = Error::None;
    std::string errorDetail; // English, for logs; the Qt side words it for the operator
    bool pe32Plus = false;
    std::uint16_t machine = 0;
    FileVersion fileVersion;
    FileVersion productVersion;
    std::uint32_t fileType = 0; // VFT_DRV = 3
    std::uint32_t fileSubtype = 0; // VFT2_DRV_SYSTEM = 7

    bool ok() const { return error == Error::None; }
};

const char *toString(PeVersionInfo::Error error);

PeVersionInfo readPeVersion(ByteSource &source);
PeVersionInfo readPeVersion(const std::string &path);

} // namespace spuw::formats
