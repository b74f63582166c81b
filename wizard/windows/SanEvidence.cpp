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
    return d.empty() ? std::string("no vendor or product id") : d;
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

SanEvidence assessSanEvidence(const Volume &volume)
{
    SanEvidence e;
    switch (volume.driveType) {
    case 3: break; // fixed: look at the disk
    case 4:
        e.verdict = SanEvidence::Verdict::PointsAway;
        e.reason = "a network drive";
        return e;
    case 5:
        e.verdict = SanEvidence::Verdict::PointsAway;
        e.reason = "a CD/DVD drive";
        return e;
    case 6:
        e.verdict = SanEvidence::Verdict::PointsAway;
        e.reason = "a RAM disk";
        return e;
    case 2:
        if (!volume.queried) {
            e.verdict = SanEvidence::Verdict::PointsAway;
            e.reason = "a removable drive";
            return e;
        }
        break;
    default: e.reason = "Windows reports drive type " + std::to_string(volume.driveType); return e;
    }
    if (!volume.queried) {
        e.reason = "the disk did not say which bus it is on" + (volume.error.empty() ? "" : " (" + volume.error + ")");
        return e;
    }
    const std::string bus = busTypeName(volume.busType);
    switch (volume.busType) {
    case 6: // Fibre Channel
    case 9: // iSCSI
        e.verdict = SanEvidence::Verdict::PointsToSan;
        e.reason = bus + " disk (" + device(volume) + ")";
        return e;
    case 2:
    case 3:
    case 4:
    case 7:
    case 11:
    case 12:
    case 13:
    case 17:
        e.verdict = SanEvidence::Verdict::PointsAway;
        e.reason = "a local " + bus + " disk (" + device(volume) + ")";
        return e;
    default: break;
    }
    if (isSecurePathArray(volume.vendor, volume.product)) {
        e.verdict = SanEvidence::Verdict::PointsToSan;
        e.reason = bus + " disk of an HP StorageWorks array (" + device(volume) + ")";
        return e;
    }
    e.reason = bus + " disk (" + device(volume) + "): local or SAN, the bus does not say";
    return e;
}

} // namespace spuw::live
