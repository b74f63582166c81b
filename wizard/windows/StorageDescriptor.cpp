#include "StorageDescriptor.h"

#include "ByteSource.h"

namespace spuw::live {

namespace {

constexpr std::size_t kFixedPart = 36; // up to RawPropertiesLength, before RawDeviceProperties

std::string stringAt(const std::uint8_t *data, std::size_t limit, std::uint32_t offset)
{
    if (offset == 0 || offset < kFixedPart || offset >= limit)
        return {};
    std::string s;
    for (std::size_t i = offset; i < limit && data[i] != 0; ++i)
        s.push_back(data[i] >= 0x20 && data[i] < 0x7F ? static_cast<char>(data[i]) : '?');
    const auto first = s.find_first_not_of(' ');
    if (first == std::string::npos)
        return {};
    return s.substr(first, s.find_last_not_of(' ') - first + 1);
}

} // namespace

StorageDescriptor parseStorageDescriptor(const std::uint8_t *data, std::size_t size)
{
    StorageDescriptor d;
    if (data == nullptr || size < kFixedPart) {
        d.error = "the descriptor is " + std::to_string(size) + " bytes, shorter than its fixed part (36)";
        return d;
    }
    const std::uint32_t declared = formats::le32(data + 4);
    if (declared < kFixedPart) {
        d.error = "the descriptor declares a size of " + std::to_string(declared) + " bytes";
        return d;
    }
    // Strings may only come from bytes both the descriptor and the buffer hold.
    const std::size_t limit = declared < size ? declared : size;
    d.removableMedia = data[10] != 0;
    d.vendor = stringAt(data, limit, formats::le32(data + 12));
    d.product = stringAt(data, limit, formats::le32(data + 16));
    d.revision = stringAt(data, limit, formats::le32(data + 20));
    d.busType = static_cast<int>(formats::le32(data + 28) & 0xFF);
    d.ok = true;
    return d;
}

std::string busTypeName(int busType)
{
    switch (busType) {
    case 0: return "unknown bus";
    case 1: return "SCSI";
    case 2: return "ATAPI";
    case 3: return "ATA";
    case 4: return "IEEE 1394";
    case 5: return "SSA";
    case 6: return "Fibre Channel";
    case 7: return "USB";
    case 8: return "RAID";
    case 9: return "iSCSI";
    case 10: return "SAS";
    case 11: return "SATA";
    case 12: return "SD";
    case 13: return "MMC";
    case 14: return "virtual";
    case 15: return "file-backed virtual";
    case 16: return "Storage Spaces";
    case 17: return "NVMe";
    default: return "bus type " + std::to_string(busType);
    }
}

} // namespace spuw::live
