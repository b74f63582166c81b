// The agent protocol (wizard/windows/AgentProtocol, plain C++) as both sides run it, in memory,
// with the wizard's crypto (QMessageAuthenticationCode): frames, the pairing code, the RFC 2104
// construction the agent builds on CryptoAPI's SHA-1, and the handshake and answers of a real
// ServerSession and ClientSession, with every kind of tampering the network could do.
// The same code under Wine with CryptoAPI: spuw-win32-tests.exe (TestWindowsProbe) and TestRemoteProbe.

#include "AgentCrypto.h"
#include "AgentProtocol.h"
#include "Rfc2202.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QtTest>

using namespace spuw;
using namespace spuw::agent;

namespace {

const std::string kCode = "ACDEFHJKMNPRTWXYACDEFHJKMNPR";

Bytes qtSha1(const Bytes &message)
{
    const QByteArray h = QCryptographicHash::hash(
        QByteArray::fromRawData(reinterpret_cast<const char *>(message.data()), qsizetype(message.size())),
        QCryptographicHash::Sha1);
    return Bytes(h.begin(), h.end());
}

QByteArray hex(const Bytes &b)
{
    return QByteArray(reinterpret_cast<const char *>(b.data()), qsizetype(b.size())).toHex();
}

// Answers every operation with its name; counts what it was asked.
class Names final : public ServerSession::Handler
{
public:
    Answer answer(Operation op) override
    {
        ++asked;
        return {Answer::Status::Ok, operationName(op)};
    }
    int asked = 0;
};

// A wizard and an agent talking through memory; each frame from the agent can be looked at first.
struct Pair
{
    explicit Pair(const std::string &clientCode = kCode)
        : server(PairingCode::secret(kCode), &AgentCrypto::hmacSha1, &AgentCrypto::random)
        , client(PairingCode::secret(clientCode), &AgentCrypto::hmacSha1, &AgentCrypto::random)
    { }

    // Sends bytes to the agent; returns its answer as raw bytes.
    Bytes toServer(const Bytes &bytes)
    {
        last = server.receive(bytes.data(), bytes.size(), names);
        return last.send;
    }
    static Frame parse(const Bytes &bytes)
    {
        FrameReader reader(kMaxResponseFrame);
        reader.feed(bytes.data(), bytes.size());
        Frame f;
        std::string error;
        if (reader.next(&f, &error) != FrameReader::Status::Ready)
            qFatal("not a frame: %s", error.c_str());
        return f;
    }
    bool pair()
    {
        Bytes auth;
        std::string problem;
        if (client.onChallenge(parse(toServer(client.hello())), &auth, &problem) != ClientSession::Verdict::Ok)
            return false;
        return client.onReady(parse(toServer(auth)), &problem) == ClientSession::Verdict::Ok;
    }
    // The agent's raw answer to one request.
    Bytes ask(Operation op) { return toServer(client.request(op)); }
    ClientSession::Verdict accept(const Bytes &response, Answer *answer, std::string *problem)
    {
        return client.onResponse(parse(response), answer, problem);
    }

    Names names;
    ServerSession server;
    ClientSession client;
    ServerSession::Output last;
};

} // namespace

class TestAgentProtocol final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc2202_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("digest");
        int n = 0;
        for (const auto &c : test::rfc2202Cases()) {
            QTest::addRow("case %d", ++n)
                << QByteArray::fromHex(QByteArray::fromStdString(c.key))
                << QByteArray::fromHex(QByteArray::fromStdString(c.data)) << QByteArray::fromStdString(c.digest);
        }
    }
    void rfc2202()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, digest);
        const Bytes k(key.begin(), key.end());
        const Bytes m(data.begin(), data.end());
        // The wizard's HMAC, and the agent's RFC 2104 construction (here over Qt's SHA-1).
        QCOMPARE(hex(AgentCrypto::hmacSha1(k, m)), digest);
        QCOMPARE(hex(hmacOver(&qtSha1, k, m)), digest);
    }

    void constructionMatchesQtOnRandomInputs()
    {
        // Keys across the block size (64) and longer; messages of any length, empty included.
        auto *rng = QRandomGenerator::global();
        for (int i = 0; i < 500; ++i) {
            Bytes key(rng->bounded(0, 160));
            Bytes message(rng->bounded(0, 400));
            for (auto &b : key)
                b = std::uint8_t(rng->bounded(256));
            for (auto &b : message)
                b = std::uint8_t(rng->bounded(256));
            QCOMPARE(hex(hmacOver(&qtSha1, key, message)), hex(AgentCrypto::hmacSha1(key, message)));
        }
    }

    void aFailingHashFailsTheMac()
    {
        const Sha1 broken = [](const Bytes &) { return Bytes(); };
        QVERIFY(hmacOver(broken, {1, 2, 3}, {4}).empty());
        Frame f;
        QVERIFY(f.encode({1}, [](const Bytes &, const Bytes &) { return Bytes(); }).empty());
    }

    void pairingCode()
    {
        QVERIFY(PairingCode::kBits >= 100);
        std::uint8_t random[PairingCode::kRandomBytes];
        std::memset(random, 0, sizeof random);
        QCOMPARE(PairingCode::format(random), std::string("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"));
        for (std::size_t i = 0; i < sizeof random; ++i)
            random[i] = std::uint8_t(i * 0x11 + 0x01);
        const std::string code = PairingCode::format(random);
        QCOMPARE(code.size(), std::size_t(34));
        QCOMPARE(PairingCode::grouped(*PairingCode::normalize(code)), code);
        // Every nibble maps to its own letter: 16 values, 16 letters, no two alike.
        const std::string alphabet = PairingCode::kAlphabet;
        QCOMPARE(alphabet.size(), std::size_t(16));
        for (const char c : alphabet)
            QCOMPARE(alphabet.find(c), alphabet.rfind(c));
        for (const char lookAlike : std::string("BGILOQSUVZ0125678"))
            QVERIFY2(alphabet.find(lookAlike) == std::string::npos, &lookAlike);
    }

    void pairingCodeAsTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("as printed") << QStringLiteral("ACDE-FHJK-MNPR-TWXY-ACDE-FHJK-MNPR") << true;
        QTest::newRow("lower case, blanks") << QStringLiteral("acde fhjk mnpr twxy acde fhjk mnpr") << true;
        QTest::newRow("no separators") << QString::fromStdString(kCode) << true;
        QTest::newRow("one letter short") << QStringLiteral("ACDE-FHJK-MNPR-TWXY-ACDE-FHJK-MNP") << false;
        QTest::newRow("one letter more") << QStringLiteral("ACDE-FHJK-MNPR-TWXY-ACDE-FHJK-MNPRA") << false;
        QTest::newRow("O for zero") << QStringLiteral("OCDE-FHJK-MNPR-TWXY-ACDE-FHJK-MNPR") << false;
        QTest::newRow("a digit") << QStringLiteral("1CDE-FHJK-MNPR-TWXY-ACDE-FHJK-MNPR") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void pairingCodeAsTyped()
    {
        QFETCH(QString, typed);
        QFETCH(bool, accepted);
        const auto code = PairingCode::normalize(typed.toStdString());
        QCOMPARE(code.has_value(), accepted);
        if (accepted)
            QCOMPARE(*code, kCode);
    }

    void frameRoundTripInPieces()
    {
        Frame f;
        f.type = FrameType::Response;
        f.sequence = 0x01020304;
        for (std::size_t i = 0; i < kNonceSize; ++i)
            f.nonce[i] = std::uint8_t(i);
        f.payload = {2, 0, 'x', 'y'};
        const Bytes key = {9, 9, 9};
        const Bytes wire = f.encode(key, &AgentCrypto::hmacSha1);
        QCOMPARE(wire.size(), kLengthSize + kMinFrame + f.payload.size());
        // Byte by byte, as a slow network delivers it.
        FrameReader reader(kMaxResponseFrame);
        Frame back;
        std::string error;
        for (std::size_t i = 0; i < wire.size(); ++i) {
            QCOMPARE(reader.next(&back, &error), FrameReader::Status::NeedMore);
            reader.feed(&wire[i], 1);
        }
        QCOMPARE(reader.next(&back, &error), FrameReader::Status::Ready);
        QCOMPARE(int(back.type), int(FrameType::Response));
        QCOMPARE(back.sequence, f.sequence);
        QVERIFY(back.nonce == f.nonce);
        QVERIFY(back.payload == f.payload);
        QVERIFY(back.verify(key, &AgentCrypto::hmacSha1));
        QVERIFY(!back.verify({9, 9, 8}, &AgentCrypto::hmacSha1));
        QCOMPARE(reader.buffered(), std::size_t(0));
    }

    void frameReaderRefuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("announces 2 GiB") << QByteArray::fromHex("7fffffff") << QStringLiteral("2147483647 bytes");
        QTest::newRow("one byte over the bound") << QByteArray::fromHex("00000201") << QStringLiteral("513 bytes");
        QTest::newRow("shorter than a frame") << QByteArray::fromHex("00000001") << QStringLiteral("1 bytes");
        QByteArray version = QByteArray::fromHex("0000002a02");
        version.append(0x2a - 1, '\0');
        QTest::newRow("another protocol version") << version << QStringLiteral("protocol version 2");
        QByteArray type = QByteArray::fromHex("0000002a0109");
        type.append(0x2a - 2, '\0');
        QTest::newRow("unknown type") << type << QStringLiteral("unknown type 9");
    }
    void frameReaderRefuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        FrameReader reader(kMaxRequestFrame);
        reader.feed(reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size()));
        // Nothing the peer announced is kept.
        QVERIFY(reader.buffered() <= std::size_t(bytes.size()));
        Frame f;
        std::string why;
        QCOMPARE(reader.next(&f, &why), FrameReader::Status::Error);
        QVERIFY2(QString::fromStdString(why).contains(error), why.c_str());
        // And it stays refused: the stream cannot be resynchronised.
        reader.feed(reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size()));
        QCOMPARE(reader.next(&f, &why), FrameReader::Status::Error);
    }

    void pairingAndAnswers()
    {
        Pair p;
        QVERIFY(p.pair());
        QVERIFY(p.server.paired());
        QVERIFY(p.last.paired);
        for (const Operation op : {Operation::Identity, Operation::Probe, Operation::ArmRestart}) {
            Answer a;
            std::string problem;
            QCOMPARE(p.accept(p.ask(op), &a, &problem), ClientSession::Verdict::Ok);
            QCOMPARE(a.data, std::string(operationName(op)));
        }
        QCOMPARE(p.names.asked, 3);
        Answer a;
        std::string problem;
        QCOMPARE(p.accept(p.ask(Operation::FinishRun), &a, &problem), ClientSession::Verdict::Ok);
        QVERIFY(p.last.finished);
    }

    void wrongPairingCodeIsRefusedAtOnce()
    {
        Pair p("ACDEFHJKMNPRTWXYACDEFHJKMNPX");
        const Bytes answer = p.toServer(p.client.hello());
        QVERIFY(p.last.authFailure);
        QVERIFY(p.last.close);
        Bytes auth;
        std::string problem;
        QCOMPARE(p.client.onChallenge(Pair::parse(answer), &auth, &problem), ClientSession::Verdict::WrongPairingCode);
        QVERIFY2(QString::fromStdString(problem).contains(QStringLiteral("refused")), problem.c_str());
        QVERIFY(auth.empty());
        QCOMPARE(p.names.asked, 0);
    }

    void anAgentWithoutTheCodeCannotProveIt()
    {
        // Someone else answers in the agent's place (a program that is not our agent, or an agent
        // with another code): it answers our Hello with a challenge signed with what it knows.
        ClientSession client(PairingCode::secret(kCode), &AgentCrypto::hmacSha1, &AgentCrypto::random);
        const Frame hello = Pair::parse(client.hello());
        Frame challenge;
        challenge.type = FrameType::Challenge;
        challenge.payload.assign(hello.nonce.begin(), hello.nonce.end());
        const Bytes forged
            = challenge.encode(PairingCode::secret("YYYYYYYYYYYYYYYYYYYYYYYYYYYY"), &AgentCrypto::hmacSha1);
        Bytes auth;
        std::string problem;
        QCOMPARE(client.onChallenge(Pair::parse(forged), &auth, &problem), ClientSession::Verdict::WrongPairingCode);
        QVERIFY(!client.paired());
        QVERIFY(client.request(Operation::Probe).empty()); // nothing is asked of an unproven agent
    }

    void everyFlippedBitOfAnAnswerIsRejected()
    {
        Pair p;
        QVERIFY(p.pair());
        const Bytes response = p.ask(Operation::Probe);
        // From the version byte to the last byte of the tag (the length field is the reader's).
        for (std::size_t i = kLengthSize; i < response.size(); ++i) {
            for (int bit = 0; bit < 8; ++bit) {
                Pair q;
                QVERIFY(q.pair());
                const Bytes good = q.ask(Operation::Probe);
                Bytes bad = good;
                bad[i] ^= std::uint8_t(1u << bit);
                FrameReader reader(kMaxResponseFrame);
                reader.feed(bad.data(), bad.size());
                Frame f;
                std::string problem;
                if (reader.next(&f, &problem) != FrameReader::Status::Ready)
                    continue; // refused by the reader itself (version or type): never an answer
                Answer a;
                QVERIFY2(q.client.onResponse(f, &a, &problem) == ClientSession::Verdict::Rejected,
                    qPrintable(QStringLiteral("byte %1 bit %2").arg(i).arg(bit)));
                // The genuine answer is still accepted afterwards: nothing was believed in between.
                QCOMPARE(q.accept(good, &a, &problem), ClientSession::Verdict::Ok);
            }
        }
    }

    void replayedAndReorderedAnswersAreRejected()
    {
        Pair p;
        QVERIFY(p.pair());
        Answer a;
        std::string problem;
        const Bytes first = p.ask(Operation::Identity);
        QCOMPARE(p.accept(first, &a, &problem), ClientSession::Verdict::Ok);
        // The identity answer again, in place of the probe's: same key, wrong sequence and nonce.
        const Bytes second = p.ask(Operation::Probe);
        QCOMPARE(p.accept(first, &a, &problem), ClientSession::Verdict::Rejected);
        QVERIFY2(QString::fromStdString(problem).contains(QStringLiteral("replayed or out of order")), problem.c_str());
        QCOMPARE(p.accept(second, &a, &problem), ClientSession::Verdict::Ok);
        QCOMPARE(a.data, std::string("probe"));
        // An answer to a question not asked.
        QCOMPARE(p.accept(second, &a, &problem), ClientSession::Verdict::Rejected);

        // An answer from an earlier session with the same agent: another session key.
        Pair later;
        QVERIFY(later.pair());
        later.ask(Operation::Identity); // sequence 1, as `first` was
        QCOMPARE(later.accept(first, &a, &problem), ClientSession::Verdict::Rejected);
    }

    void truncatedAnswersNeverComplete()
    {
        Pair p;
        QVERIFY(p.pair());
        const Bytes response = p.ask(Operation::Probe);
        for (std::size_t cut = 0; cut < response.size(); ++cut) {
            FrameReader reader(kMaxResponseFrame);
            reader.feed(response.data(), cut);
            Frame f;
            std::string problem;
            QCOMPARE(reader.next(&f, &problem), FrameReader::Status::NeedMore);
        }
    }

    void agentRefusesRequests_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("replayed request");
        QTest::newRow("altered request");
        QTest::newRow("request before pairing");
        QTest::newRow("oversized request");
        QTest::newRow("answer type sent to the agent");
    }
    void agentRefusesRequests()
    {
        const QString row = QString::fromLatin1(QTest::currentDataTag());
        Pair p;
        if (row != QLatin1String("request before pairing"))
            QVERIFY(p.pair());
        Bytes bytes;
        bool authFailure = false;
        if (row == QLatin1String("replayed request")) {
            bytes = p.client.request(Operation::ArmRestart);
            p.toServer(bytes);
            QCOMPARE(p.names.asked, 1);
        } else if (row == QLatin1String("altered request")) {
            bytes = p.client.request(Operation::FinishRun);
            bytes.back() ^= 1;
            authFailure = true;
        } else if (row == QLatin1String("request before pairing")) {
            Pair other;
            QVERIFY(other.pair());
            bytes = other.client.request(Operation::Probe);
        } else if (row == QLatin1String("oversized request")) {
            bytes = {0x00, 0x10, 0x00, 0x00}; // 1 MiB announced: refused before it is read
        } else {
            Frame f;
            f.type = FrameType::Response;
            f.sequence = 1;
            bytes = f.encode({}, &AgentCrypto::hmacSha1);
        }
        const int asked = p.names.asked;
        const Bytes answer = p.toServer(bytes);
        QVERIFY(answer.empty());
        QVERIFY2(p.last.close, p.last.problem.c_str());
        QCOMPARE(p.last.authFailure, authFailure);
        QVERIFY(!p.last.finished);
        QCOMPARE(p.names.asked, asked);
        // Closed means closed: nothing more is answered on this connection.
        QVERIFY(p.toServer(p.client.request(Operation::Identity)).empty());
    }

    void unknownOperationIsAnsweredAsUnknown()
    {
        // Built by hand: the client only sends operations it knows.
        Frame f;
        f.type = FrameType::Request;
        f.sequence = 1;
        f.payload = {0x42};
        // The session key is the client's; derive it the same way both sides do.
        Pair q;
        Bytes hello = q.client.hello();
        const Frame helloFrame = Pair::parse(hello);
        const Bytes challengeBytes = q.toServer(hello);
        const Frame challenge = Pair::parse(challengeBytes);
        Bytes auth;
        std::string problem;
        QCOMPARE(q.client.onChallenge(challenge, &auth, &problem), ClientSession::Verdict::Ok);
        q.toServer(auth);
        const Bytes key
            = sessionKey(PairingCode::secret(kCode), helloFrame.nonce, challenge.nonce, &AgentCrypto::hmacSha1);
        const Frame response = Pair::parse(q.toServer(f.encode(key, &AgentCrypto::hmacSha1)));
        QVERIFY(response.verify(key, &AgentCrypto::hmacSha1));
        QCOMPARE(response.payload.at(1), std::uint8_t(Answer::Status::Unknown));
        QCOMPARE(q.names.asked, 0);
    }

    void listenAddress_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::newRow("loopback") << QStringLiteral("127.0.0.1:17409") << true << QStringLiteral("127.0.0.1") << 17409;
        QTest::newRow("every address") << QStringLiteral("0.0.0.0:1") << true << QStringLiteral("0.0.0.0") << 1;
        QTest::newRow("no port") << QStringLiteral("10.0.0.1") << false << QString() << 0;
        QTest::newRow("port 0") << QStringLiteral("10.0.0.1:0") << false << QString() << 0;
        QTest::newRow("port too big") << QStringLiteral("10.0.0.1:65536") << false << QString() << 0;
        QTest::newRow("octet too big") << QStringLiteral("10.0.0.256:80") << false << QString() << 0;
        QTest::newRow("three octets") << QStringLiteral("10.0.1:80") << false << QString() << 0;
        QTest::newRow("a host name") << QStringLiteral("server:80") << false << QString() << 0;
        QTest::newRow("IPv6") << QStringLiteral("[::1]:80") << false << QString() << 0;
    }
    void listenAddress()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, address);
        QFETCH(int, port);
        std::string a;
        std::uint16_t p = 0;
        QCOMPARE(parseListenAddress(text.toStdString(), &a, &p), ok);
        if (ok) {
            QCOMPARE(QString::fromStdString(a), address);
            QCOMPARE(int(p), port);
        }
    }
};

QTEST_GUILESS_MAIN(TestAgentProtocol)
#include "TestAgentProtocol.moc"
