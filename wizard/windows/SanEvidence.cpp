#include "SanEvidence.h"

#include "StorageDescriptor.h"

#include <algorithm>
#include <cctype>

namespace spuw::live {

namespace {

std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return s;
}

bool startsWith(const std::string &s, const char *prefix)
{
    return s.rfind(prefix, 0) == 0;
}

std::string device(const Volume &v)
{
    std::string d = v.vendor;
    if (!v.product.empty())
        d += (d.empty() ? "" : " ") + v.product;
    return d;
}

} // namespace

bool isSecurePathArray(const std::string &vendor, const std::string &product)
{
    const std::string v = upper(vendor);
    const std::string p = upper(product);
    const bool hpFamily = v == "HP" || v == "COMPAQ" || v == "DEC" || v == "HITACHI";
    if (!hpFamily)
        return false;
    return startsWith(p, "HSV") || startsWith(p, "HSG") || startsWith(p, "MSA1000") || startsWith(p, "MSA1500")
        || startsWith(p, "OPEN-");
}

std::string englishText(const SanEvidence &e)
{
    const std::string device = e.device.empty() ? std::string("no vendor or product id") : e.device;
    switch (e.text) {
    case SanEvidence::Text::NetworkDrive: return "a network drive";
    case SanEvidence::Text::OpticalDrive: return "a CD/DVD drive";
    case SanEvidence::Text::RamDisk: return "a RAM disk";
    case SanEvidence::Text::RemovableDrive: return "a removable drive";
    case SanEvidence::Text::DriveType: return "Windows reports drive type " + std::to_string(e.driveType);
    case SanEvidence::Text::NoBus:
        return "the disk did not say which bus it is on" + (e.detail.empty() ? "" : " (" + e.detail + ")");
    case SanEvidence::Text::SanBus: return e.bus + " disk (" + device + ")";
    case SanEvidence::Text::LocalBus: return "a local " + e.bus + " disk (" + device + ")";
    case SanEvidence::Text::SecurePathArray: return e.bus + " disk of an HP StorageWorks array (" + device + ")";
    case SanEvidence::Text::BusSaysNothing: return e.bus + " disk (" + device + "): local or SAN, the bus does not say";
    }
    return {};
}

namespace {

SanEvidence evidence(SanEvidence::Verdict verdict, SanEvidence::Text text, const Volume &volume, std::string bus = {})
{
    SanEvidence e;
    e.verdict = verdict;
    e.text = text;
    e.bus = std::move(bus);
    e.device = device(volume);
    e.detail = volume.error;
    e.driveType = volume.driveType;
    e.reason = englishText(e);
    return e;
}

} // namespace

SanEvidence assessSanEvidence(const Volume &volume)
{
    using V = SanEvidence::Verdict;
    using T = SanEvidence::Text;
    switch (volume.driveType) {
    case 3: break; // fixed: look at the disk
    case 4: return evidence(V::PointsAway, T::NetworkDrive, volume);
    case 5: return evidence(V::PointsAway, T::OpticalDrive, volume);
    case 6: return evidence(V::PointsAway, T::RamDisk, volume);
    case 2:
        if (!volume.queried)
            return evidence(V::PointsAway, T::RemovableDrive, volume);
        break;
    default: return evidence(V::Unclear, T::DriveType, volume);
    }
    if (!volume.queried)
        return evidence(V::Unclear, T::NoBus, volume);
    const std::string bus = busTypeName(volume.busType);
    switch (volume.busType) {
    case 6: // Fibre Channel
    case 9: // iSCSI
        return evidence(V::PointsToSan, T::SanBus, volume, bus);
    case 2:
    case 3:
    case 4:
    case 7:
    case 11:
    case 12:
    case 13:
    case 17: return evidence(V::PointsAway, T::LocalBus, volume, bus);
    default: break;
    }
    if (isSecurePathArray(volume.vendor, volume.product))
        return evidence(V::PointsToSan, T::SecurePathArray, volume, bus);
    return evidence(V::Unclear, T::BusSaysNothing, volume, bus);
}

} // namespace spuw::live
