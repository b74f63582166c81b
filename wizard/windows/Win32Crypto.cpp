#include "Win32Crypto.h"

#include <windows.h>

#include <wincrypt.h>

namespace spuw::live {

namespace {

// One verify-only context for the process (no key container is created or touched).
HCRYPTPROV provider()
{
    static const HCRYPTPROV p = [] {
        HCRYPTPROV h = 0;
        if (!CryptAcquireContextW(&h, nullptr, nullptr, PROV_RSA_FULL, CRYPT_VERIFYCONTEXT | CRYPT_SILENT))
            return HCRYPTPROV(0);
        return h;
    }();
    return p;
}

} // namespace

bool cryptoRandom(std::uint8_t *out, std::size_t size)
{
    const HCRYPTPROV p = provider();
    return p != 0 && size <= 0xFFFFFFFFu && CryptGenRandom(p, static_cast<DWORD>(size), out) != FALSE;
}

agent::Bytes cryptoSha1(const agent::Bytes &message)
{
    const HCRYPTPROV p = provider();
    HCRYPTHASH hash = 0;
    if (p == 0 || !CryptCreateHash(p, CALG_SHA1, 0, 0, &hash))
        return {};
    agent::Bytes out(20);
    DWORD size = static_cast<DWORD>(out.size());
    const bool ok = CryptHashData(hash, message.data(), static_cast<DWORD>(message.size()), 0)
        && CryptGetHashParam(hash, HP_HASHVAL, out.data(), &size, 0) && size == out.size();
    CryptDestroyHash(hash);
    if (!ok)
        return {};
    return out;
}

agent::Bytes cryptoHmacSha1(const agent::Bytes &key, const agent::Bytes &message)
{
    return agent::hmacOver(cryptoSha1, key, message);
}

} // namespace spuw::live
