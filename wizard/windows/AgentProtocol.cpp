#include "AgentProtocol.h"

#include <cstring>

namespace spuw::agent {

namespace {

void putU32(Bytes &out, std::uint32_t v)
{
    out.push_back(static_cast<std::uint8_t>(v >> 24));
    out.push_back(static_cast<std::uint8_t>(v >> 16));
    out.push_back(static_cast<std::uint8_t>(v >> 8));
    out.push_back(static_cast<std::uint8_t>(v));
}

std::uint32_t getU32(const std::uint8_t *p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | std::uint32_t(p[3]);
}

bool validType(std::uint8_t t)
{
    return t >= static_cast<std::uint8_t>(FrameType::Hello) && t <= static_cast<std::uint8_t>(FrameType::Refused);
}

bool sameNonce(const std::array<std::uint8_t, kNonceSize> &a, const Bytes &b)
{
    return b.size() == kNonceSize && constantTimeEqual(a.data(), b.data(), kNonceSize);
}

Bytes nonceBytes(const std::array<std::uint8_t, kNonceSize> &n)
{
    return Bytes(n.begin(), n.end());
}

const char *typeName(FrameType t)
{
    switch (t) {
    case FrameType::Hello: return "Hello";
    case FrameType::Challenge: return "Challenge";
    case FrameType::Auth: return "Auth";
    case FrameType::Ready: return "Ready";
    case FrameType::Request: return "Request";
    case FrameType::Response: return "Response";
    case FrameType::Refused: return "Refused";
    }
    return "?";
}

} // namespace

const char *operationName(Operation op)
{
    switch (op) {
    case Operation::Identity: return "identity";
    case Operation::Probe: return "probe";
    case Operation::ArmRestart: return "arm restart";
    case Operation::DisarmRestart: return "disarm restart";
    case Operation::FinishRun: return "finish run";
    }
    return "unknown";
}

Bytes Frame::signedBytes() const
{
    Bytes out;
    out.reserve(kFixedSize + payload.size());
    out.push_back(kProtocolVersion);
    out.push_back(static_cast<std::uint8_t>(type));
    putU32(out, sequence);
    out.insert(out.end(), nonce.begin(), nonce.end());
    out.insert(out.end(), payload.begin(), payload.end());
    return out;
}

Bytes Frame::encode(const Bytes &key, const Hmac &hmac) const
{
    const Bytes body = signedBytes();
    const Bytes mac = hmac(key, body);
    if (mac.size() != kTagSize)
        return {};
    Bytes out;
    out.reserve(kLengthSize + body.size() + kTagSize);
    putU32(out, static_cast<std::uint32_t>(body.size() + kTagSize));
    out.insert(out.end(), body.begin(), body.end());
    out.insert(out.end(), mac.begin(), mac.end());
    return out;
}

bool Frame::verify(const Bytes &key, const Hmac &hmac) const
{
    const Bytes mac = hmac(key, signedBytes());
    return mac.size() == kTagSize && constantTimeEqual(mac.data(), tag.data(), kTagSize);
}

void FrameReader::feed(const std::uint8_t *data, std::size_t size)
{
    if (!m_error.empty())
        return;
    // Never more than one frame's worth beyond what is already checked: the length field is read
    // as soon as it is complete, and a frame over the bound stops the reader.
    m_buffer.insert(m_buffer.end(), data, data + size);
    if (m_buffer.size() >= kLengthSize) {
        const std::uint32_t length = getU32(m_buffer.data());
        if (length > m_max || length < kMinFrame) {
            m_error = "a frame of " + std::to_string(length) + " bytes (allowed: " + std::to_string(kMinFrame) + " to "
                + std::to_string(m_max) + ")";
            m_buffer.clear();
            m_buffer.shrink_to_fit();
        }
    }
}

FrameReader::Status FrameReader::next(Frame *frame, std::string *error)
{
    if (!m_error.empty()) {
        if (error)
            *error = m_error;
        return Status::Error;
    }
    if (m_buffer.size() < kLengthSize)
        return Status::NeedMore;
    const std::uint32_t length = getU32(m_buffer.data());
    if (m_buffer.size() - kLengthSize < length)
        return Status::NeedMore;
    const std::uint8_t *p = m_buffer.data() + kLengthSize;
    if (p[0] != kProtocolVersion || !validType(p[1])) {
        m_error = p[0] != kProtocolVersion ? "protocol version " + std::to_string(p[0]) + " (this side speaks "
                + std::to_string(kProtocolVersion) + ")"
                                           : "a frame of unknown type " + std::to_string(p[1]);
        m_buffer.clear();
        if (error)
            *error = m_error;
        return Status::Error;
    }
    frame->type = static_cast<FrameType>(p[1]);
    frame->sequence = getU32(p + 2);
    std::memcpy(frame->nonce.data(), p + 6, kNonceSize);
    const std::size_t payloadSize = length - kMinFrame;
    frame->payload.assign(p + kFixedSize, p + kFixedSize + payloadSize);
    std::memcpy(frame->tag.data(), p + kFixedSize + payloadSize, kTagSize);
    m_buffer.erase(m_buffer.begin(), m_buffer.begin() + static_cast<std::ptrdiff_t>(kLengthSize + length));
    // The first length field of what follows is checked at once, as feed() does.
    if (m_buffer.size() >= kLengthSize) {
        const std::uint32_t following = getU32(m_buffer.data());
        if (following > m_max || following < kMinFrame) {
            m_error = "a frame of " + std::to_string(following) + " bytes (allowed: " + std::to_string(kMinFrame)
                + " to " + std::to_string(m_max) + ")";
            m_buffer.clear();
        }
    }
    return Status::Ready;
}

bool constantTimeEqual(const std::uint8_t *a, const std::uint8_t *b, std::size_t size)
{
    std::uint8_t diff = 0;
    for (std::size_t i = 0; i < size; ++i)
        diff = static_cast<std::uint8_t>(diff | (a[i] ^ b[i]));
    return diff == 0;
}

Bytes hmacOver(const Sha1 &sha1, const Bytes &key, const Bytes &message)
{
    constexpr std::size_t kBlock = 64;
    Bytes k = key;
    if (k.size() > kBlock) {
        k = sha1(k);
        if (k.size() != kTagSize)
            return {};
    }
    k.resize(kBlock, 0);
    Bytes inner(kBlock);
    Bytes outer(kBlock);
    for (std::size_t i = 0; i < kBlock; ++i) {
        inner[i] = static_cast<std::uint8_t>(k[i] ^ 0x36);
        outer[i] = static_cast<std::uint8_t>(k[i] ^ 0x5c);
    }
    inner.insert(inner.end(), message.begin(), message.end());
    const Bytes innerHash = sha1(inner);
    if (innerHash.size() != kTagSize)
        return {};
    outer.insert(outer.end(), innerHash.begin(), innerHash.end());
    return sha1(outer);
}

std::string PairingCode::format(const std::uint8_t *random)
{
    std::string letters;
    for (std::size_t i = 0; i < kLetters; ++i) {
        const std::uint8_t byte = random[i / 2];
        letters += kAlphabet[(i % 2 == 0 ? byte >> 4 : byte) & 0x0F];
    }
    return grouped(letters);
}

std::string PairingCode::grouped(const std::string &canonical)
{
    std::string out;
    for (std::size_t i = 0; i < canonical.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out += '-';
        out += canonical[i];
    }
    return out;
}

std::optional<std::string> PairingCode::normalize(const std::string &text)
{
    std::string out;
    for (char c : text) {
        if (c == ' ' || c == '-' || c == '\t')
            continue;
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        if (c == '\0' || std::strchr(kAlphabet, c) == nullptr || out.size() == kLetters)
            return std::nullopt;
        out += c;
    }
    if (out.size() != kLetters)
        return std::nullopt;
    return out;
}

Bytes sessionKey(const Bytes &secret, const std::array<std::uint8_t, kNonceSize> &clientNonce,
    const std::array<std::uint8_t, kNonceSize> &agentNonce, const Hmac &hmac)
{
    const std::string label = "spuw-agent session key";
    Bytes message(label.begin(), label.end());
    message.insert(message.end(), clientNonce.begin(), clientNonce.end());
    message.insert(message.end(), agentNonce.begin(), agentNonce.end());
    return hmac(secret, message);
}

// ---- the agent's side ----

ServerSession::ServerSession(Bytes secret, Hmac hmac, Random random)
    : m_secret(std::move(secret)), m_hmac(std::move(hmac)), m_random(std::move(random))
{ }

ServerSession::Output ServerSession::fail(std::string problem, bool authFailure)
{
    m_state = State::Closed;
    Output out;
    out.close = true;
    out.authFailure = authFailure;
    out.problem = std::move(problem);
    return out;
}

ServerSession::Output ServerSession::refuse(std::string problem)
{
    Output out = fail(problem, true);
    Frame refused;
    refused.type = FrameType::Refused;
    refused.payload.assign(problem.begin(), problem.end());
    // Nothing to sign with that the wizard would accept: an empty key, for the frame's shape only.
    out.send = refused.encode({}, m_hmac);
    return out;
}

ServerSession::Output ServerSession::receive(const std::uint8_t *data, std::size_t size, Handler &handler)
{
    if (m_state == State::Closed)
        return fail("the connection is closed", false);
    m_reader.feed(data, size);
    Output total;
    for (;;) {
        Frame frame;
        std::string error;
        const FrameReader::Status s = m_reader.next(&frame, &error);
        if (s == FrameReader::Status::NeedMore)
            return total;
        if (s == FrameReader::Status::Error) {
            Output out = fail("the wizard sent " + error, false);
            out.send = std::move(total.send);
            return out;
        }
        Output one = handle(frame, handler);
        total.send.insert(total.send.end(), one.send.begin(), one.send.end());
        total.paired = total.paired || one.paired;
        if (one.close || one.finished) {
            one.send = std::move(total.send);
            one.paired = total.paired;
            return one;
        }
    }
}

ServerSession::Output ServerSession::handle(const Frame &frame, Handler &handler)
{
    Output out;
    switch (m_state) {
    case State::AwaitHello: {
        if (frame.type != FrameType::Hello || frame.sequence != 0 || !frame.payload.empty())
            return fail(std::string("expected Hello, got ") + typeName(frame.type), false);
        if (!frame.verify(m_secret, m_hmac))
            return refuse("the Hello is not signed with this agent's pairing code");
        m_clientNonce = frame.nonce;
        if (!m_random(m_agentNonce.data(), kNonceSize))
            return fail("no random numbers from the system (CryptGenRandom failed)", false);
        Frame challenge;
        challenge.type = FrameType::Challenge;
        challenge.nonce = m_agentNonce;
        challenge.payload = nonceBytes(m_clientNonce);
        out.send = challenge.encode(m_secret, m_hmac);
        if (out.send.empty())
            return fail("the MAC failed (CryptoAPI)", false);
        m_state = State::AwaitAuth;
        return out;
    }
    case State::AwaitAuth: {
        if (frame.type != FrameType::Auth || frame.sequence != 0 || !sameNonce(m_agentNonce, frame.payload)
            || frame.nonce != m_clientNonce)
            return fail(std::string("expected Auth for this challenge, got ") + typeName(frame.type), false);
        if (!frame.verify(m_secret, m_hmac))
            return refuse("the Auth is not signed with this agent's pairing code");
        m_key = sessionKey(m_secret, m_clientNonce, m_agentNonce, m_hmac);
        if (m_key.size() != kTagSize)
            return fail("the MAC failed (CryptoAPI)", false);
        Frame ready;
        ready.type = FrameType::Ready;
        ready.nonce = m_agentNonce;
        ready.payload = nonceBytes(m_clientNonce);
        out.send = ready.encode(m_key, m_hmac);
        m_state = State::Session;
        out.paired = true;
        return out;
    }
    case State::Session: {
        if (frame.type != FrameType::Request)
            return fail(std::string("expected Request, got ") + typeName(frame.type), false);
        if (!frame.verify(m_key, m_hmac))
            return fail("a request not signed with the session key", true);
        if (frame.sequence != m_lastSequence + 1)
            return fail("request " + std::to_string(frame.sequence) + " after " + std::to_string(m_lastSequence)
                    + " (replayed or out of order)",
                false);
        if (frame.payload.size() != 1)
            return fail("a request of " + std::to_string(frame.payload.size()) + " bytes", false);
        m_lastSequence = frame.sequence;
        const auto op = static_cast<Operation>(frame.payload[0]);
        Answer a;
        if (frame.payload[0] < static_cast<std::uint8_t>(Operation::Identity)
            || frame.payload[0] > static_cast<std::uint8_t>(Operation::FinishRun)) {
            a.status = Answer::Status::Unknown;
            a.data = "unknown operation " + std::to_string(frame.payload[0]);
        } else {
            a = handler.answer(op);
        }
        Frame response;
        response.type = FrameType::Response;
        response.sequence = frame.sequence;
        response.nonce = frame.nonce;
        // Never more than the wizard reads: a report too large is a failure that says so.
        const std::size_t room = kMaxResponseFrame - kMinFrame - 2;
        if (a.data.size() > room) {
            a.status = Answer::Status::Failed;
            a.data = "the answer has " + std::to_string(a.data.size()) + " bytes, more than the protocol carries ("
                + std::to_string(room) + ")";
        }
        response.payload.push_back(frame.payload[0]);
        response.payload.push_back(static_cast<std::uint8_t>(a.status));
        response.payload.insert(response.payload.end(), a.data.begin(), a.data.end());
        out.send = response.encode(m_key, m_hmac);
        out.finished = op == Operation::FinishRun && a.status == Answer::Status::Ok;
        return out;
    }
    case State::Closed: break;
    }
    return fail("the connection is closed", false);
}

// ---- the wizard's side ----

ClientSession::ClientSession(Bytes secret, Hmac hmac, Random random)
    : m_secret(std::move(secret)), m_hmac(std::move(hmac)), m_random(std::move(random))
{ }

Bytes ClientSession::hello()
{
    if (!m_random(m_clientNonce.data(), kNonceSize))
        return {};
    Frame f;
    f.type = FrameType::Hello;
    f.nonce = m_clientNonce;
    return f.encode(m_secret, m_hmac);
}

ClientSession::Verdict ClientSession::onChallenge(const Frame &frame, Bytes *auth, std::string *problem)
{
    if (frame.type == FrameType::Refused) {
        *problem = "the agent refused: " + std::string(frame.payload.begin(), frame.payload.end());
        return Verdict::WrongPairingCode;
    }
    if (frame.type != FrameType::Challenge || frame.sequence != 0 || !sameNonce(m_clientNonce, frame.payload)) {
        *problem = std::string("expected the agent's challenge, got ") + typeName(frame.type);
        return Verdict::Rejected;
    }
    if (!frame.verify(m_secret, m_hmac)) {
        *problem = "the agent's challenge is not signed with this pairing code";
        return Verdict::WrongPairingCode;
    }
    m_agentNonce = frame.nonce;
    Frame f;
    f.type = FrameType::Auth;
    f.nonce = m_clientNonce;
    f.payload = nonceBytes(m_agentNonce);
    *auth = f.encode(m_secret, m_hmac);
    return Verdict::Ok;
}

ClientSession::Verdict ClientSession::onReady(const Frame &frame, std::string *problem)
{
    if (frame.type == FrameType::Refused) {
        *problem = "the agent refused: " + std::string(frame.payload.begin(), frame.payload.end());
        return Verdict::WrongPairingCode;
    }
    const Bytes key = sessionKey(m_secret, m_clientNonce, m_agentNonce, m_hmac);
    if (frame.type != FrameType::Ready || frame.sequence != 0 || frame.nonce != m_agentNonce
        || !sameNonce(m_clientNonce, frame.payload) || !frame.verify(key, m_hmac)) {
        *problem = std::string("the agent's Ready does not verify (got ") + typeName(frame.type) + ")";
        return Verdict::Rejected;
    }
    m_key = key;
    return Verdict::Ok;
}

Bytes ClientSession::request(Operation op)
{
    if (m_key.empty() || !m_random(m_requestNonce.data(), kNonceSize))
        return {};
    Frame f;
    f.type = FrameType::Request;
    f.sequence = ++m_sequence;
    f.nonce = m_requestNonce;
    f.payload.push_back(static_cast<std::uint8_t>(op));
    m_pending = op;
    m_awaiting = true;
    return f.encode(m_key, m_hmac);
}

ClientSession::Verdict ClientSession::onResponse(const Frame &frame, Answer *answer, std::string *problem)
{
    if (!m_awaiting) {
        *problem = "an answer nobody asked for";
        return Verdict::Rejected;
    }
    if (frame.type != FrameType::Response || !frame.verify(m_key, m_hmac)) {
        *problem = std::string("a ") + typeName(frame.type) + " that does not verify with the session key";
        return Verdict::Rejected;
    }
    if (frame.sequence != m_sequence || frame.nonce != m_requestNonce) {
        *problem = "the answer to request " + std::to_string(frame.sequence) + " came for request "
            + std::to_string(m_sequence) + " (replayed or out of order)";
        return Verdict::Rejected;
    }
    if (frame.payload.size() < 2 || frame.payload[0] != static_cast<std::uint8_t>(m_pending)
        || frame.payload[1] > static_cast<std::uint8_t>(Answer::Status::Unknown)) {
        *problem = "an answer to another question";
        return Verdict::Rejected;
    }
    m_awaiting = false;
    answer->status = static_cast<Answer::Status>(frame.payload[1]);
    answer->data.assign(frame.payload.begin() + 2, frame.payload.end());
    return Verdict::Ok;
}

bool parseListenAddress(const std::string &text, std::string *address, std::uint16_t *port)
{
    const std::size_t colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == text.size() || text.size() - colon - 1 > 5)
        return false;
    unsigned long p = 0;
    for (std::size_t i = colon + 1; i < text.size(); ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        p = p * 10 + static_cast<unsigned long>(text[i] - '0');
    }
    if (p == 0 || p > 65535)
        return false;
    // A dotted quad: four numbers 0-255.
    const std::string host = text.substr(0, colon);
    int parts = 0;
    unsigned value = 0;
    std::size_t digits = 0;
    for (std::size_t i = 0; i <= host.size(); ++i) {
        if (i == host.size() || host[i] == '.') {
            if (digits == 0 || value > 255)
                return false;
            ++parts;
            value = 0;
            digits = 0;
        } else if (host[i] >= '0' && host[i] <= '9' && digits < 3) {
            value = value * 10 + static_cast<unsigned>(host[i] - '0');
            ++digits;
        } else {
            return false;
        }
    }
    if (parts != 4)
        return false;
    *address = host;
    *port = static_cast<std::uint16_t>(p);
    return true;
}

} // namespace spuw::agent
