// libFuzzer target for the agent protocol's frame reader and both sessions: whatever arrives over
// the network is input like any file. The MAC is a cheap stand-in (the fuzzer could never forge
// a real HMAC), so the sessions' later states are reached too; every frame is also fed to the
// wizard's side as an answer.
#include "AgentProtocol.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

namespace {

using namespace spuw::agent;

// Not a MAC: 20 bytes from the key and the message, so a fuzzer can produce valid tags.
Bytes fakeMac(const Bytes &key, const Bytes &message)
{
    Bytes out(kTagSize, 0);
    for (std::size_t i = 0; i < key.size(); ++i)
        out[i % kTagSize] = static_cast<std::uint8_t>(out[i % kTagSize] + key[i]);
    for (std::size_t i = 0; i < message.size(); ++i)
        out[i % kTagSize] = static_cast<std::uint8_t>(out[i % kTagSize] ^ message[i]);
    return out;
}

bool zeroRandom(std::uint8_t *out, std::size_t n)
{
    std::memset(out, 0, n);
    return true;
}

class Answers final : public ServerSession::Handler
{
public:
    Answer answer(Operation op) override { return {Answer::Status::Ok, operationName(op)}; }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // An exact-size copy, so ASan sees any read past what "the network" delivered.
    const std::vector<std::uint8_t> bytes(data, data + size);
    const Bytes secret = PairingCode::secret("ACDEFHJKMNPRTWXYACDEFHJKMNPR");

    // The agent's side, fed in two pieces as a network would.
    ServerSession server(secret, fakeMac, zeroRandom);
    Answers answers;
    const std::size_t half = size / 2;
    for (const auto &piece : {std::make_pair(std::size_t(0), half), std::make_pair(half, size - half)}) {
        const auto out = server.receive(bytes.data() + piece.first, piece.second, answers);
        if (out.send.size() > kMaxResponseFrame + kLengthSize)
            __builtin_trap();
        if (out.close)
            break;
    }

    // The wizard's side: every frame in the input offered as the agent's answer.
    ClientSession client(secret, fakeMac, zeroRandom);
    client.hello();
    FrameReader reader(kMaxResponseFrame);
    reader.feed(bytes.data(), bytes.size());
    Frame f;
    std::string problem;
    int frames = 0;
    while (reader.next(&f, &problem) == FrameReader::Status::Ready && ++frames < 64) {
        if (f.payload.size() > size)
            __builtin_trap();
        Bytes auth;
        Answer a;
        if (!client.paired()) {
            if (client.onChallenge(f, &auth, &problem) == ClientSession::Verdict::Ok)
                client.onReady(f, &problem);
        } else {
            client.request(Operation::Probe);
            client.onResponse(f, &a, &problem);
        }
    }
    return 0;
}
