#pragma once

#include "LiveReport.h"

#include <string>

namespace spuw::live {

// What a volume's disk says about whether it is on the SAN. Evidence for the operator, who
// decides: a Fibre Channel bus or an HP StorageWorks array's product id points to the SAN, an ATA
// disk or a network share points away from it, and a plain SCSI disk says nothing either way.
struct SanEvidence
{
    enum class Verdict { PointsToSan, PointsAway, Unclear };
    // Which sentence says it: the wizard shows it in the operator's language by this id (with the
    // parts below); `reason` is the same sentence in English, for what the probe prints.
    enum class Text {
        NetworkDrive, // "a network drive"
        OpticalDrive, // "a CD/DVD drive"
        RamDisk, // "a RAM disk"
        RemovableDrive, // "a removable drive"
        DriveType, // "Windows reports drive type {driveType}"
        NoBus, // "the disk did not say which bus it is on[ ({detail})]"
        SanBus, // "{bus} disk ({device})"
        LocalBus, // "a local {bus} disk ({device})"
        SecurePathArray, // "{bus} disk of an HP StorageWorks array ({device})"
        BusSaysNothing, // "{bus} disk ({device}): local or SAN, the bus does not say"
    };
    Verdict verdict = Verdict::Unclear;
    Text text = Text::BusSaysNothing;
    std::string bus; // the storage bus's name ("Fibre Channel")
    std::string device; // vendor and product ids; empty when the disk gave neither
    std::string detail; // Windows' message when the disk could not be asked
    unsigned driveType = 0;
    std::string reason; // English
};

// The English sentence for an id and its parts (what `reason` holds).
std::string englishText(const SanEvidence &e);

SanEvidence assessSanEvidence(const Volume &volume);

// Product ids of the arrays HP Secure Path 4.0 drives (EVA: HSV1xx, MA/EMA: HSG80, MSA1000, XP:
// OPEN-x).
bool isSecurePathArray(const std::string &vendor, const std::string &product);

} // namespace spuw::live
