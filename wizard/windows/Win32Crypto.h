#pragma once

// Windows only: the agent's crypto from Windows 2000's own CryptoAPI (no primitives of our own):
// CryptGenRandom, and SHA-1 through CryptCreateHash(CALG_SHA1) with HMAC (RFC 2104) built over it,
// because CALG_HMAC needs a plaintext key import that is documented as unsupported before XP.

#include "AgentProtocol.h"

namespace spuw::live {

// False when no provider could be acquired or CryptGenRandom failed.
bool cryptoRandom(std::uint8_t *out, std::size_t size);
// 20 bytes, or empty when CryptoAPI failed.
agent::Bytes cryptoSha1(const agent::Bytes &message);
agent::Bytes cryptoHmacSha1(const agent::Bytes &key, const agent::Bytes &message);

} // namespace spuw::live
