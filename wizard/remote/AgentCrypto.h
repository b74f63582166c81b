#pragma once

#include "AgentProtocol.h"

namespace spuw {

// The wizard's crypto for the agent protocol: Qt's own HMAC-SHA1 (QMessageAuthenticationCode) and
// the system's random source (QRandomGenerator::system()).
struct AgentCrypto
{
    static agent::Bytes hmacSha1(const agent::Bytes &key, const agent::Bytes &message);
    static bool random(std::uint8_t *out, std::size_t size);
};

} // namespace spuw
