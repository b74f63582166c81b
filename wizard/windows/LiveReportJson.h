#pragma once

#include "LiveReport.h"

#include <string>

namespace spuw::live {

// The report as JSON (schema LiveReport::kSchema): what spuw-live-probe.exe prints, so a server's
// facts can be carried to another machine and read there by the Qt side (LiveFacts).
std::string toJson(const LiveReport &report);

// A JSON string literal: quotes, backslashes and control characters escaped; the UTF-8 passes through.
std::string jsonString(const std::string &text);

} // namespace spuw::live
