#include "AgentCrypto.h"

#include <QByteArray>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace spuw {

agent::Bytes AgentCrypto::hmacSha1(const agent::Bytes &key, const agent::Bytes &message)
{
    const QByteArray mac = QMessageAuthenticationCode::hash(
        QByteArray::fromRawData(reinterpret_cast<const char *>(message.data()), qsizetype(message.size())),
        QByteArray::fromRawData(reinterpret_cast<const char *>(key.data()), qsizetype(key.size())),
        QCryptographicHash::Sha1);
    return agent::Bytes(mac.begin(), mac.end());
}

bool AgentCrypto::random(std::uint8_t *out, std::size_t size)
{
    // The operating system's cryptographically secure generator (getrandom, /dev/urandom, or
    // RtlGenRandom), never the seeded one.
    while (size > 0) {
        const quint32 v = QRandomGenerator::system()->generate();
        for (int i = 0; i < 4 && size > 0; ++i, --size)
            *out++ = static_cast<std::uint8_t>(v >> (8 * i));
    }
    return true;
}

} // namespace spuw
