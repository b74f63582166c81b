#pragma once

// The protocol between the wizard and the agent (spuw-live-probe.exe --serve), in plain C++ so that
// one implementation runs on both sides: the agent (mingw-w64, CryptoAPI) and the wizard (Qt,
// QMessageAuthenticationCode). The MAC and the random source are passed in.
//
// A frame on the wire (integers big-endian):
//   u32 length (of everything after it) | u8 version | u8 type | u32 sequence | nonce[16] | payload | tag[20]
// tag = HMAC-SHA1(key, version .. payload): the pairing secret's during the handshake, the session
// key after it. The handshake, with nonces from both sides:
//   wizard: Hello     nonce Nc                 tag under the pairing secret P
//   agent:  Challenge nonce Na, payload Nc     tag under P: the agent knows P, and answers now
//   wizard: Auth      nonce Nc, payload Na     tag under P: the wizard knows P, and answers now
//   agent:  Ready     nonce Na, payload Nc     tag under K = HMAC(P, "spuw-agent session key" Nc Na)
// then every Request (sequence 1, 2, 3..., a fresh nonce, the operation) is answered by one
// Response with the same sequence and nonce, both under K: a response that is replayed (from this
// session or another), altered, out of order or cut short does not verify.

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace spuw::agent {

using Bytes = std::vector<std::uint8_t>;
// HMAC-SHA1 of message under key: 20 bytes (empty when the crypto provider failed).
using Hmac = std::function<Bytes(const Bytes &key, const Bytes &message)>;
// Fills out with n cryptographically random bytes; false when the provider failed.
using Random = std::function<bool(std::uint8_t *out, std::size_t n)>;
// SHA-1 of message: 20 bytes (empty on failure). The agent's comes from CryptoAPI.
using Sha1 = std::function<Bytes(const Bytes &message)>;

constexpr std::uint8_t kProtocolVersion = 1;
// The agent's TCP port unless --listen says otherwise (KB 817409 gave it its digits).
constexpr std::uint16_t kDefaultPort = 17409;
constexpr std::size_t kNonceSize = 16;
constexpr std::size_t kTagSize = 20;
constexpr std::size_t kLengthSize = 4;
constexpr std::size_t kFixedSize = 1 + 1 + 4 + kNonceSize; // version, type, sequence, nonce
constexpr std::size_t kMinFrame = kFixedSize + kTagSize; // the length field's smallest value
// What each side accepts, checked on the length field before anything is buffered.
constexpr std::size_t kMaxRequestFrame = 512;
constexpr std::size_t kMaxResponseFrame = 1024 * 1024;

// Refused: the agent's last word to a Hello or Auth that is not signed with its pairing code; its
// payload says why. It cannot be authenticated (the two sides share no key), so it only ever
// makes the wizard give up, never believe anything.
enum class FrameType : std::uint8_t {
    Hello = 1,
    Challenge = 2,
    Auth = 3,
    Ready = 4,
    Request = 5,
    Response = 6,
    Refused = 7,
};
enum class Operation : std::uint8_t { Identity = 1, Probe = 2, ArmRestart = 3, DisarmRestart = 4, FinishRun = 5 };
const char *operationName(Operation op);

struct Frame
{
    FrameType type = FrameType::Hello;
    std::uint32_t sequence = 0;
    std::array<std::uint8_t, kNonceSize> nonce{};
    Bytes payload;
    std::array<std::uint8_t, kTagSize> tag{};

    Bytes signedBytes() const; // version .. payload: what the tag covers
    // The whole frame with its tag computed under key; empty when the MAC failed.
    Bytes encode(const Bytes &key, const Hmac &hmac) const;
    bool verify(const Bytes &key, const Hmac &hmac) const;
};

// Cuts a byte stream into frames. A length field above the bound or below the smallest frame is an
// error at once: nothing the peer announces is allocated beyond maxFrame.
class FrameReader
{
public:
    enum class Status { NeedMore, Ready, Error };
    explicit FrameReader(std::size_t maxFrame) : m_max(maxFrame) { }
    void feed(const std::uint8_t *data, std::size_t size);
    Status next(Frame *frame, std::string *error);
    std::size_t buffered() const { return m_buffer.size(); }

private:
    std::size_t m_max;
    Bytes m_buffer;
    std::string m_error;
};

bool constantTimeEqual(const std::uint8_t *a, const std::uint8_t *b, std::size_t size);

// HMAC (RFC 2104) over a SHA-1 function, block size 64: how the agent builds it on CryptoAPI.
Bytes hmacOver(const Sha1 &sha1, const Bytes &key, const Bytes &message);

// The one-time pairing code: 28 letters from an alphabet without look-alikes (16 letters, so
// 4 bits each: 112 bits), printed in groups of four. Its canonical form (the 28 letters, upper
// case) is the pairing secret.
struct PairingCode
{
    static constexpr const char *kAlphabet = "ACDEFHJKMNPRTWXY"; // no B/8, G/6, I/L/1, O/Q/0, S/5, U/V, Z/2
    static constexpr std::size_t kLetters = 28;
    static constexpr std::size_t kRandomBytes = kLetters / 2;
    static constexpr std::size_t kBits = kLetters * 4;

    // "ACDE-FHJK-..." from kRandomBytes random bytes.
    static std::string format(const std::uint8_t *random);
    // Case, blanks and dashes ignored; nothing unless exactly kLetters letters of the alphabet.
    static std::optional<std::string> normalize(const std::string &text);
    // The canonical letters in groups of four, as printed.
    static std::string grouped(const std::string &canonical);
    static Bytes secret(const std::string &canonical) { return Bytes(canonical.begin(), canonical.end()); }
};

Bytes sessionKey(const Bytes &secret, const std::array<std::uint8_t, kNonceSize> &clientNonce,
    const std::array<std::uint8_t, kNonceSize> &agentNonce, const Hmac &hmac);

// What an operation answered, inside a Response: u8 operation | u8 status | data.
struct Answer
{
    enum class Status : std::uint8_t { Ok = 0, Failed = 1, Unknown = 2 };
    Status status = Status::Ok;
    std::string data; // JSON for Identity and Probe, a message for the others and for failures
};

// The agent's side of one connection: bytes in, bytes out. It obeys nothing before the wizard has
// proven the pairing secret, and nothing whose tag, sequence or size is wrong.
class ServerSession
{
public:
    class Handler
    {
    public:
        virtual ~Handler() = default;
        virtual Answer answer(Operation op) = 0;
    };
    struct Output
    {
        Bytes send;
        bool close = false; // close the connection after sending
        bool authFailure = false; // a tag under the pairing secret or the session key was wrong
        bool paired = false; // this call completed the handshake
        bool finished = false; // the run is finished: the agent exits after sending
        std::string problem; // why the connection is closed
    };

    ServerSession(Bytes secret, Hmac hmac, Random random);
    Output receive(const std::uint8_t *data, std::size_t size, Handler &handler);
    bool paired() const { return m_state == State::Session; }

private:
    enum class State { AwaitHello, AwaitAuth, Session, Closed };
    Output handle(const Frame &frame, Handler &handler);
    Output fail(std::string problem, bool authFailure);
    Output refuse(std::string problem);

    Bytes m_secret;
    Hmac m_hmac;
    Random m_random;
    FrameReader m_reader{kMaxRequestFrame};
    State m_state = State::AwaitHello;
    std::array<std::uint8_t, kNonceSize> m_clientNonce{};
    std::array<std::uint8_t, kNonceSize> m_agentNonce{};
    Bytes m_key;
    std::uint32_t m_lastSequence = 0;
};

// The wizard's side: builds what it sends and checks every frame it receives against what it sent.
class ClientSession
{
public:
    enum class Verdict {
        Ok, // the frame is the answer expected now
        WrongPairingCode, // the agent could not prove the pairing secret: another code or another agent
        Rejected, // altered, replayed, out of order, of the wrong kind: the answer is not believed
    };

    ClientSession(Bytes secret, Hmac hmac, Random random);
    Bytes hello(); // empty when the random source failed
    // Challenge, or Refused (WrongPairingCode with the agent's reason in *problem).
    Verdict onChallenge(const Frame &frame, Bytes *auth, std::string *problem);
    Verdict onReady(const Frame &frame, std::string *problem);
    Bytes request(Operation op); // empty before Ready, or when the random source failed
    Verdict onResponse(const Frame &frame, Answer *answer, std::string *problem);
    bool paired() const { return !m_key.empty(); }

private:
    Bytes m_secret;
    Hmac m_hmac;
    Random m_random;
    std::array<std::uint8_t, kNonceSize> m_clientNonce{};
    std::array<std::uint8_t, kNonceSize> m_agentNonce{};
    Bytes m_key;
    std::uint32_t m_sequence = 0;
    std::array<std::uint8_t, kNonceSize> m_requestNonce{};
    Operation m_pending = Operation::Identity;
    bool m_awaiting = false;
};

// Reads "ADDRESS:PORT" (IPv4 dotted quad) for --listen; false on anything else.
bool parseListenAddress(const std::string &text, std::string *address, std::uint16_t *port);

} // namespace spuw::agent
