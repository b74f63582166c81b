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
    Verdict verdict = Verdict::Unclear;
    std::string reason; // English, for the report; the Qt side words it for the operator
};

SanEvidence assessSanEvidence(const Volume &volume);

// Product ids of the arrays HP Secure Path 4.0 drives (EVA: HSV1xx, MA/EMA: HSG80, MSA1000, XP:
// OPEN-x).
bool isSecurePathArray(const std::string &vendor, const std::string &product);

} // namespace spuw::live
