// The wizard's AgentClient over real TCP on loopback, without Wine: the agent here is the same
// agent::ServerSession the Windows agent runs, hosted by a QTcpServer on its own thread (with Qt's
// crypto in place of CryptoAPI). Also the address, the identity and what contact means.

#include "AgentClient.h"
#include "AgentCrypto.h"

#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace spuw;

namespace {

const std::string kCode = "ACDEFHJKMNPRTWXYACDEFHJKMNPR";

class Names final : public agent::ServerSession::Handler
{
public:
    agent::Answer answer(agent::Operation op) override { return {agent::Answer::Status::Ok, agent::operationName(op)}; }
};

// A stand-in for spuw-live-probe.exe --serve, with ways to misbehave.
class LoopbackAgent final : public QThread
{
public:
    enum class Mode {
        Honest,
        Mute, // accepts and says nothing
        CutAnswers, // pairs, then sends half of each answer and closes
    };
    explicit LoopbackAgent(Mode mode) : m_mode(mode) { }
    ~LoopbackAgent() override
    {
        quit();
        wait();
    }
    LoopbackAgent(const LoopbackAgent &) = delete;
    LoopbackAgent &operator=(const LoopbackAgent &) = delete;

    quint16 listen()
    {
        start();
        m_ready.acquire();
        return m_port;
    }
    int connections() const { return m_connections; }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        m_port = server.serverPort();
        Names names;
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                ++m_connections;
                auto session = std::make_shared<agent::ServerSession>(
                    agent::PairingCode::secret(kCode), &AgentCrypto::hmacSha1, &AgentCrypto::random);
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, session, &names] {
                    const QByteArray in = s->readAll();
                    if (m_mode == Mode::Mute)
                        return;
                    const bool wasPaired = session->paired();
                    const auto out = session->receive(
                        reinterpret_cast<const std::uint8_t *>(in.constData()), std::size_t(in.size()), names);
                    const QByteArray bytes(reinterpret_cast<const char *>(out.send.data()), qsizetype(out.send.size()));
                    if (m_mode == Mode::CutAnswers && wasPaired) {
                        s->write(bytes.left(bytes.size() / 2));
                        s->disconnectFromHost();
                        return;
                    }
                    s->write(bytes);
                    if (out.close)
                        s->disconnectFromHost();
                });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        m_ready.release();
        exec();
    }

private:
    Mode m_mode;
    QSemaphore m_ready;
    std::atomic<quint16> m_port{0};
    std::atomic<int> m_connections{0};
};

AgentAddress loopback(quint16 port)
{
    return AgentAddress{QStringLiteral("127.0.0.1"), port};
}

} // namespace

class TestAgentClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pairsAndAsksOverOneConnection()
    {
        LoopbackAgent agent(LoopbackAgent::Mode::Honest);
        AgentClient client(loopback(agent.listen()), kCode);
        for (const agent::Operation op : {agent::Operation::Identity, agent::Operation::Probe,
                 agent::Operation::ArmRestart, agent::Operation::DisarmRestart}) {
            const AgentClient::Reply r = client.call(op);
            QVERIFY2(r.ok(), qPrintable(r.problem));
            QCOMPARE(r.data, QByteArray(agent::operationName(op)));
        }
        QVERIFY(client.isOpen());
        QCOMPARE(agent.connections(), 1);
    }

    void reconnectsWithTheSameCodeAfterTheConnectionIsGone()
    {
        LoopbackAgent agent(LoopbackAgent::Mode::Honest);
        AgentClient client(loopback(agent.listen()), kCode);
        QVERIFY(client.call(agent::Operation::Identity).ok());
        client.close();
        QVERIFY(!client.isOpen());
        QVERIFY(client.call(agent::Operation::Probe).ok());
        QCOMPARE(agent.connections(), 2);
    }

    void wrongCodeIsWrongPairingCode()
    {
        LoopbackAgent agent(LoopbackAgent::Mode::Honest);
        AgentClient client(loopback(agent.listen()), "YYYYYYYYYYYYYYYYYYYYYYYYYYYY");
        const AgentClient::Reply r = client.call(agent::Operation::Probe);
        QCOMPARE(r.contact, AgentClient::Contact::WrongPairingCode);
        QVERIFY(r.data.isEmpty());
        QVERIFY2(r.problem.contains(QStringLiteral("refused")), qPrintable(r.problem));
        QVERIFY(!client.isOpen());
    }

    void nothingListeningIsUnreachable()
    {
        quint16 port = 0;
        {
            QTcpServer s;
            s.listen(QHostAddress::LocalHost, 0);
            port = s.serverPort();
        }
        AgentClient client(loopback(port), kCode);
        const AgentClient::Reply r = client.call(agent::Operation::Identity);
        QCOMPARE(r.contact, AgentClient::Contact::Unreachable);
        QVERIFY2(r.problem.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(r.problem));
    }

    void aMuteAgentIsLostContactAfterTheTimeout()
    {
        LoopbackAgent agent(LoopbackAgent::Mode::Mute);
        AgentClient client(loopback(agent.listen()), kCode, AgentClient::Timeouts{2000, 300, 300});
        QElapsedTimer t;
        t.start();
        const AgentClient::Reply r = client.call(agent::Operation::Identity);
        QCOMPARE(r.contact, AgentClient::Contact::LostContact);
        QVERIFY2(r.problem.contains(QStringLiteral("no answer within 0.3 s")), qPrintable(r.problem));
        QVERIFY(t.elapsed() < 5000);
    }

    void anAnswerCutShortIsLostContact()
    {
        LoopbackAgent agent(LoopbackAgent::Mode::CutAnswers);
        AgentClient client(loopback(agent.listen()), kCode, AgentClient::Timeouts{2000, 2000, 2000});
        const AgentClient::Reply r = client.call(agent::Operation::Probe);
        QCOMPARE(r.contact, AgentClient::Contact::LostContact);
        QVERIFY(r.data.isEmpty());
        QVERIFY2(r.problem.contains(QStringLiteral("in the middle of an answer")), qPrintable(r.problem));
        QVERIFY(!client.isOpen());
    }

    void address_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("error");
        QTest::newRow("name") << QStringLiteral("srv01") << QStringLiteral("srv01") << 17409 << QString();
        QTest::newRow("name and port") << QStringLiteral("srv01:9000") << QStringLiteral("srv01") << 9000 << QString();
        QTest::newRow("IPv4") << QStringLiteral(" 10.1.2.3 ") << QStringLiteral("10.1.2.3") << 17409 << QString();
        QTest::newRow("IPv6") << QStringLiteral("[fe80::1]:80") << QStringLiteral("fe80::1") << 80 << QString();
        QTest::newRow("IPv6 without port") << QStringLiteral("[::1]") << QStringLiteral("::1") << 17409 << QString();
        QTest::newRow("bare IPv6") << QStringLiteral("::1") << QString() << 0 << QStringLiteral("in brackets");
        QTest::newRow("empty port") << QStringLiteral("srv01:") << QString() << 0 << QStringLiteral("empty port");
        QTest::newRow("port 0") << QStringLiteral("srv01:0") << QString() << 0 << QStringLiteral("not a port");
        QTest::newRow("port too big") << QStringLiteral("srv01:70000") << QString() << 0
                                      << QStringLiteral("not a port");
        QTest::newRow("no host") << QStringLiteral(":80") << QString() << 0 << QStringLiteral("names no host");
        QTest::newRow("a URL") << QStringLiteral("http://srv01") << QString() << 0 << QStringLiteral("srv01");
    }
    void address()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, error);
        QString why;
        const auto a = AgentAddress::parse(text, &why);
        QCOMPARE(a.has_value(), error.isEmpty());
        if (a) {
            QCOMPARE(a->host, host);
            QCOMPARE(int(a->port), port);
            QCOMPARE(AgentAddress::parse(a->toString(), &why)->host, host); // toString reads back
        } else {
            QVERIFY2(why.startsWith(QStringLiteral("--agent: ")) && why.contains(error), qPrintable(why));
        }
    }

    void identity_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray good = R"({"schema": "sp-upgrade-wizard-agent-identity/1", "computer": "SRV01",
            "agentVersion": "0.3.0", "protocolVersion": 1, "build": "i686", "resumed": true, "restartArmed": false})";
        QTest::newRow("as the agent says it") << good << QString();
        QTest::newRow("not JSON") << QByteArray("Hello") << QStringLiteral("not JSON");
        QTest::newRow("another schema") << QByteArray(good).replace("identity/1", "identity/2")
                                        << QStringLiteral("identity/2");
        QTest::newRow("computer missing")
            << QByteArray(good).replace("\"computer\"", "\"host\"") << QStringLiteral("\"computer\"");
        QTest::newRow("resumed as text") << QByteArray(good).replace("true", "\"yes\"")
                                         << QStringLiteral("\"resumed\"");
    }
    void identity()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString why;
        const auto id = AgentIdentity::fromJson(json, &why);
        QCOMPARE(id.has_value(), error.isEmpty());
        if (!id) {
            QVERIFY2(why.contains(error), qPrintable(why));
            return;
        }
        QCOMPARE(id->computer, QStringLiteral("SRV01"));
        QCOMPARE(id->agentVersion, QStringLiteral("0.3.0"));
        QCOMPARE(id->protocolVersion, 1);
        QCOMPARE(id->build, QStringLiteral("i686"));
        QVERIFY(id->resumed);
        QVERIFY(!id->restartArmed);
    }
};

QTEST_GUILESS_MAIN(TestAgentClient)
#include "TestAgentClient.moc"
