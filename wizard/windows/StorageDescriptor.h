#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace spuw::live {

// STORAGE_DEVICE_DESCRIPTOR as IOCTL_STORAGE_QUERY_PROPERTY returns it (StorageDeviceProperty).
// Parsed from bytes, so it is tested and fuzzed on any system; the strings are at offsets the
// descriptor itself gives and are checked against both the descriptor's Size and the buffer.
struct StorageDescriptor
{
    bool ok = false;
    std::string error;
    int busType = -1;
    bool removableMedia = false;
    std::string vendor;
    std::string product;
    std::string revision;
};

StorageDescriptor parseStorageDescriptor(const std::uint8_t *data, std::size_t size);

// "Fibre Channel", "iSCSI", "SCSI"... ; "bus type N" for values this build does not know.
std::string busTypeName(int busType);

} // namespace spuw::live
