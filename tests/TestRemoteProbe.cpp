// The agent end to end: the mingw-w64 build of spuw-live-probe.exe --serve runs under Wine posing
// as Windows 2000 Server, listening on 127.0.0.1; the wizard's RemoteProbe (and the headless
// --preflight --agent) talk to it over loopback. Between probes the test changes the "server" as
// the procedure does: the SAN volume goes away and comes back (its link in dosdevices, while the
// agent runs), Windows becomes Server 2003 and Raidisk.sys 3.6.3.670 across a restart of the agent
// (--resume, same pairing code). A proxy in between flips, cuts and replays the agent's answers;
// a wrong code, an oversized request and a client that says nothing are tried on the agent itself.
//
// What Wine cannot show: that the pairing key is unreadable to non-administrators (Wine does not
// enforce access lists; spuw-win32-tests.exe checks the access list that is set) and a real reboot
// running the RunOnce entry (the test restarts the agent with the command line the entry holds).
// Ctrl+C is Wine's SIGINT.

#include "AppRun.h"
#include "RemoteProbe.h"
#include "TcpProxy.h"
#include "WineAgent.h"
#include "WinePrefix.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace spuw;
using spuw::test::Agent;
using spuw::test::freePort;
using spuw::test::TcpProxy;
using spuw::test::Wine;

namespace {

const QString kLiveProbe = QStringLiteral(SPUW_WIN64_DIR "/spuw-live-probe.exe");
const QString kWin32Tests = QStringLiteral(SPUW_WIN64_DIR "/spuw-win32-tests.exe");
const QString kRunOnce = QStringLiteral("HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce");
const QString kAgentKey = QStringLiteral("HKLM\\Software\\SecurePathUpgradeWizard\\Agent");
const std::string kWrongCode = "YYYYYYYYYYYYYYYYYYYYYYYYYYYY";

} // namespace

class TestRemoteProbe final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pairingCodeFile_data();
    void pairingCodeFile();
    void identityNamesTheAgent();
    void hmacAgreesWithCryptoApiOnRandomInputs();
    void headlessPreflightThroughTheAgent();
    void sanVolumeGoesAwayAndComesBackWhileTheAgentRuns();
    void wrongPairingCodeIsNoContact();
    void tamperedAnswersAreLostContact_data();
    void tamperedAnswersAreLostContact();
    void oversizedRequestIsRefused();
    void silentClientIsDroppedAndBlocksNobody();
    void silentClientsCannotKeepTheWizardOut();
    void oneWizardAtATime();
    void restartIsArmedAndDisarmed();
    void killedMidProbeAndResumedWithTheSameCode();
    void aSecondAgentDoesNotTakeOverAnArmedRun();
    void finishedRunLeavesNothingBehind();
    void ctrlCStopsTheAgentAndKeepsThePairing();
    void tooManyFailedAuthenticationsEndTheAgent();

private:
    RemoteProbe probeThrough(quint16 port, const std::string &code) const
    {
        return RemoteProbe(AgentAddress{QStringLiteral("127.0.0.1"), port}, code, QStringList{QStringLiteral("E:")},
            AgentClient::Timeouts{5000, 15000, 60000});
    }
    RemoteProbe direct() const { return probeThrough(m_port, m_code); }
    void attachSanVolume(bool attached);
    QByteArray regQuery(const QString &key, const QString &value);

    Wine m_wine{QStringLiteral(SPUW_BINARY_DIR "/wine-prefix-remote")};
    QTemporaryDir m_san;
    QTemporaryDir m_files;
    Agent m_agent;
    quint16 m_port = 0;
    std::string m_code;
    QString m_codeFile;
};

void TestRemoteProbe::initTestCase()
{
    QVERIFY2(QFileInfo::exists(kLiveProbe), qPrintable(kLiveProbe));
    QString error;
    QElapsedTimer t;
    t.start();
    QVERIFY2(m_wine.create(&error), qPrintable(error));
    qInfo("fresh Wine prefix in %lld ms", t.elapsed());
    QVERIFY(m_wine.poseAsWindows2000(QStringLiteral("ServerNT")));
    QVERIFY(m_wine.putRaidisk(QStringLiteral("3.6.2.670")));
    attachSanVolume(true);
    QVERIFY(m_wine.restart()); // Wine learns of a new drive letter when it starts

    m_port = freePort();
    QVERIFY2(m_agent.start(m_wine,
                 {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                     QStringLiteral("--idle-timeout"), QStringLiteral("4")},
                 &error),
        qPrintable(error));
    const QString printed = m_agent.code();
    qInfo("agent started in %lld ms; it printed: Pairing code: %s", t.elapsed(), qPrintable(printed));
    // Letters without look-alikes, in groups of four.
    QVERIFY2(QRegularExpression(QStringLiteral("^([ACDEFHJKMNPRTWXY]{4}-){6}[ACDEFHJKMNPRTWXY]{4}$"))
                 .match(printed)
                 .hasMatch(),
        qPrintable(printed));
    QVERIFY(!m_agent.out().contains("Warning: listening on every address"));
    QVERIFY(m_files.isValid());
    m_codeFile = m_files.filePath(QStringLiteral("code.txt"));
    QFile f(m_codeFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Pairing code: " + printed.toLatin1() + "\r\n"); // the line as copied from the console
    f.close();
    const auto code = RemoteProbe::readPairingCodeFile(m_codeFile, &error);
    QVERIFY2(code, qPrintable(error));
    m_code = *code;
}

void TestRemoteProbe::cleanupTestCase()
{
    m_agent.kill();
    m_wine.stopServer();
}

void TestRemoteProbe::attachSanVolume(bool attached)
{
    // What drive E: shows. Removed while a program runs, the letter stays in GetLogicalDrives
    // but GetDriveTypeW answers DRIVE_NO_ROOT_DIR: the volume is gone.
    QVERIFY(m_san.isValid());
    const QString link = m_wine.prefix() + QStringLiteral("/dosdevices/e:");
    QFile::remove(link);
    if (attached)
        QVERIFY(QFile::link(m_san.path(), link));
}

QByteArray TestRemoteProbe::regQuery(const QString &key, const QString &value)
{
    QByteArray out;
    const int rc
        = m_wine.wine({QStringLiteral("reg"), QStringLiteral("query"), key, QStringLiteral("/v"), value}, &out);
    return rc == 0 ? out : QByteArray();
}

void TestRemoteProbe::pairingCodeFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("the line as printed") << QByteArray("Pairing code: ACDE-FHJK-MNPR-TWXY-ACDE-FHJK-MNPR\r\n") << true;
    QTest::newRow("the code alone, lower case") << QByteArray("acde-fhjk-mnpr-twxy-acde-fhjk-mnpr") << true;
    QTest::newRow("with a byte order mark") << QByteArray("\xEF\xBB\xBF"
                                                          "ACDEFHJKMNPRTWXYACDEFHJKMNPR\n")
                                            << true;
    QTest::newRow("a letter short") << QByteArray("ACDE-FHJK-MNPR-TWXY-ACDE-FHJK-MNP") << false;
    QTest::newRow("a look-alike") << QByteArray("ACDE-FHJK-MNPR-TWXY-ACDE-FHJK-MNP0") << false;
    QTest::newRow("another file") << QByteArray("{\"schema\": \"x\"}") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("huge") << QByteArray(100000, 'A') << false;
}

void TestRemoteProbe::pairingCodeFile()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, accepted);
    const QString path
        = m_files.filePath(QStringLiteral("code-%1.txt").arg(QString::fromLatin1(QTest::currentDataTag())));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    QString error;
    const auto code = RemoteProbe::readPairingCodeFile(path, &error);
    QCOMPARE(code.has_value(), accepted);
    if (accepted)
        QCOMPARE(*code, std::string("ACDEFHJKMNPRTWXYACDEFHJKMNPR"));
    else
        QVERIFY2(error.startsWith(path + QStringLiteral(": not a pairing code")), qPrintable(error));
    QVERIFY(!RemoteProbe::readPairingCodeFile(path + QStringLiteral(".absent"), &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(".absent: cannot read")), qPrintable(error));
}

void TestRemoteProbe::identityNamesTheAgent()
{
    const AgentClient::Reply reply = direct().identity();
    QVERIFY2(reply.ok(), qPrintable(reply.problem));
    QString error;
    const auto id = AgentIdentity::fromJson(reply.data, &error);
    QVERIFY2(id, qPrintable(error));
    QVERIFY(!id->computer.isEmpty()); // Wine reports the host's name
    QCOMPARE(id->protocolVersion, int(agent::kProtocolVersion));
    QCOMPARE(id->build, QStringLiteral("x86_64"));
    // The agent's version is the project's: one version, from the CMake project, everywhere.
    QCOMPARE(id->agentVersion, QStringLiteral(SPUW_PROJECT_VERSION));
    QVERIFY(!id->resumed);
    QVERIFY(!id->restartArmed);
}

void TestRemoteProbe::hmacAgreesWithCryptoApiOnRandomInputs()
{
    // CryptoAPI's SHA-1 with the agent's RFC 2104 construction, under Wine, against Qt's HMAC.
    QFile inputs(m_files.filePath(QStringLiteral("hmac-inputs.txt")));
    QVERIFY(inputs.open(QIODevice::WriteOnly));
    QList<QByteArray> expected;
    auto *rng = QRandomGenerator::global();
    for (int i = 0; i < 300; ++i) {
        QByteArray key(rng->bounded(0, 150), Qt::Uninitialized);
        QByteArray data(rng->bounded(0, 300), Qt::Uninitialized);
        for (char &c : key)
            c = char(rng->bounded(256));
        for (char &c : data)
            c = char(rng->bounded(256));
        inputs.write(key.toHex() + ' ' + data.toHex() + '\n');
        expected << QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha1).toHex();
    }
    inputs.close();
    QByteArray out;
    QCOMPARE(m_wine.wine({kWin32Tests, QStringLiteral("--hmac"), test::windowsPath(inputs.fileName())}, &out), 0);
    const QList<QByteArray> got = out.trimmed().split('\n');
    QCOMPARE(got.size(), expected.size());
    for (int i = 0; i < got.size(); ++i)
        QCOMPARE(got.at(i).trimmed(), expected.at(i));
}

void TestRemoteProbe::headlessPreflightThroughTheAgent()
{
    const auto run = test::AppRun::run({QStringLiteral("--preflight"), QStringLiteral("--agent"),
        QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--pairing-code-file"), m_codeFile,
        QStringLiteral("--san-volumes"), QStringLiteral("E:"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 3, run.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(
        o.value(QLatin1String("source")).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("agent"));
    const QJsonObject os = o.value(QLatin1String("facts")).toObject().value(QLatin1String("os")).toObject();
    QVERIFY2(QJsonDocument(os).toJson().contains("2195"), run.out.constData());
    QVERIFY2(run.out.contains("3.6.2.670"), run.out.constData());

    // The same with a wrong code: exit 2 and why, as for any unreadable system.
    const QString wrong = m_files.filePath(QStringLiteral("wrong.txt"));
    QFile f(wrong);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::fromStdString(kWrongCode));
    f.close();
    const auto refused = test::AppRun::run(
        {QStringLiteral("--preflight"), QStringLiteral("--agent"), QStringLiteral("127.0.0.1:%1").arg(m_port),
            QStringLiteral("--pairing-code-file"), wrong, QStringLiteral("--san-volumes"), QStringLiteral("E:")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("does not accept this pairing code"), refused.err.constData());
}

void TestRemoteProbe::sanVolumeGoesAwayAndComesBackWhileTheAgentRuns()
{
    const RemoteProbe probe = direct();
    ProbeResult r = probe.probe();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.facts.osVersion.get(), QStringLiteral("5.0"));
    QCOMPARE(r.facts.securePath.get().fileVersion, QStringLiteral("3.6.2.670"));
    QCOMPARE(r.facts.visibleSanVolumes.get(), QStringList{QStringLiteral("E:")});

    attachSanVolume(false);
    r = probe.probe();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(!r.mountedVolumes->contains(QStringLiteral("E:")), qPrintable(r.mountedVolumes->join(u',')));
    QCOMPARE(r.facts.visibleSanVolumes.get(), QStringList());

    attachSanVolume(true);
    r = probe.probe();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.facts.visibleSanVolumes.get(), QStringList{QStringLiteral("E:")});
}

void TestRemoteProbe::wrongPairingCodeIsNoContact()
{
    const RemoteProbe probe = probeThrough(m_port, kWrongCode);
    const RemoteProbe::Outcome o = probe.probeRemote();
    QCOMPARE(o.contact, AgentClient::Contact::WrongPairingCode);
    QVERIFY(!o.identity);
    const ProbeResult r = probe.probe();
    QVERIFY(!r.ok());
    QVERIFY(!r.facts.osVersion.known());
    QVERIFY2(r.error.contains(QStringLiteral("does not accept this pairing code")), qPrintable(r.error));
    QVERIFY(m_agent.running());
    QVERIFY2(m_agent.said("failed authentication"), m_agent.err().constData());
    // Once a code has worked, a refusal at the same address is waited out as lost contact, not
    // taken as the operator's typing mistake (found by the attack test: anything on the path could
    // stop the wizard's waiting with one unauthenticated Refused).
    const RemoteProbe right = direct();
    QVERIFY(right.probe().ok());
    TcpProxy proxy(m_port);
    proxy.startListening();
    const RemoteProbe throughProxy = probeThrough(proxy.port(), m_code);
    QVERIFY(throughProxy.probe().ok());
    proxy.setPlan({TcpProxy::Tamper::FlipLastByte, 0, -1, {}}); // the agent's Challenge no longer verifies
    const ProbeResult refused = throughProxy.probe();
    QVERIFY(!refused.ok());
    QVERIFY2(refused.contactLost, qPrintable(refused.error));
    QVERIFY2(refused.error.contains(QStringLiteral("worked before")), qPrintable(refused.error));
    QVERIFY(!probe.probe().contactLost); // a code that never worked is the operator's to correct
}

void TestRemoteProbe::tamperedAnswersAreLostContact_data()
{
    QTest::addColumn<int>("tamper");
    QTest::addColumn<int>("frame");
    QTest::addColumn<int>("source");
    // Frames from the agent: 0 Challenge, 1 Ready, 2 the identity, 3 the probe's report.
    QTest::newRow("a digit of the report changed") << int(TcpProxy::Tamper::FlipDigit) << 3 << -1;
    QTest::newRow("a bit of the report's tag flipped") << int(TcpProxy::Tamper::FlipLastByte) << 3 << -1;
    QTest::newRow("a digit of the identity changed") << int(TcpProxy::Tamper::FlipDigit) << 2 << -1;
    QTest::newRow("the report cut short") << int(TcpProxy::Tamper::Truncate) << 3 << -1;
    QTest::newRow("the identity replayed as the report") << int(TcpProxy::Tamper::ReplayFrame) << 3 << 2;
    QTest::newRow("a report replayed from an earlier connection")
        << int(TcpProxy::Tamper::ReplayFromEarlierConnection) << 3 << -1;
    QTest::newRow("a bit of the handshake's Ready flipped") << int(TcpProxy::Tamper::FlipLastByte) << 1 << -1;
}

void TestRemoteProbe::tamperedAnswersAreLostContact()
{
    QFETCH(int, tamper);
    QFETCH(int, frame);
    QFETCH(int, source);
    TcpProxy proxy(m_port);
    proxy.startListening();
    const RemoteProbe probe = probeThrough(proxy.port(), m_code);
    // One honest round first: it works through the proxy, and gives the earlier connection.
    const ProbeResult honest = probe.probe();
    QVERIFY2(honest.ok(), qPrintable(honest.error));
    proxy.setPlan({TcpProxy::Tamper(tamper), frame, source, {}});
    const RemoteProbe::Outcome o = probe.probeRemote();
    QCOMPARE(proxy.tampered(), 1);
    QCOMPARE(o.contact, AgentClient::Contact::LostContact);
    QVERIFY(!o.result.facts.osVersion.known());
    QVERIFY(!o.result.mountedVolumes);
    qInfo("%s", qPrintable(o.problem));
    const ProbeResult r = probe.probe(); // tampered again: never facts
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(QStringLiteral("lost contact with the agent")), qPrintable(r.error));
    QVERIFY(!r.facts.osVersion.known());
    // The agent itself is unharmed: without tampering the next probe has facts.
    proxy.setPlan({});
    const ProbeResult after = probe.probe();
    QVERIFY2(after.ok(), qPrintable(after.error));
}

void TestRemoteProbe::oversizedRequestIsRefused()
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), m_port);
    QVERIFY(s.waitForConnected(5000));
    // A frame that announces 256 MiB, then bytes: the agent closes at the length field.
    QByteArray big = QByteArray::fromHex("10000000");
    big.append(64 * 1024, 'x');
    s.write(big);
    s.waitForBytesWritten(5000);
    QElapsedTimer t;
    t.start();
    while (s.state() == QAbstractSocket::ConnectedState && t.elapsed() < 10000)
        s.waitForReadyRead(200);
    QVERIFY2(s.state() != QAbstractSocket::ConnectedState, "the agent kept the connection");
    QVERIFY(t.elapsed() < 3000); // at once, not at the idle timeout (4 s)
    QVERIFY2(m_agent.said("a frame of 268435456 bytes"), m_agent.err().constData());
    const ProbeResult r = direct().probe();
    QVERIFY2(r.ok(), qPrintable(r.error));
}

void TestRemoteProbe::silentClientIsDroppedAndBlocksNobody()
{
    QTcpSocket silent;
    silent.connectToHost(QStringLiteral("127.0.0.1"), m_port);
    QVERIFY(silent.waitForConnected(5000));
    QElapsedTimer t;
    t.start();
    // Meanwhile the wizard is served.
    const ProbeResult r = direct().probe();
    QVERIFY2(r.ok(), qPrintable(r.error));
    while (silent.state() == QAbstractSocket::ConnectedState && t.elapsed() < 15000)
        silent.waitForReadyRead(200);
    QVERIFY2(silent.state() != QAbstractSocket::ConnectedState, "the silent client was not dropped");
    QVERIFY2(t.elapsed() >= 3500, qPrintable(QString::number(t.elapsed()))); // the agent's --idle-timeout 4
    QCOMPARE(silent.bytesAvailable(), qint64(0)); // it was told nothing
}

void TestRemoteProbe::silentClientsCannotKeepTheWizardOut()
{
    // More silent connections than the agent keeps: the oldest that never paired makes room.
    std::vector<std::unique_ptr<QTcpSocket>> silent;
    for (int i = 0; i < 6; ++i) {
        silent.push_back(std::make_unique<QTcpSocket>());
        silent.back()->connectToHost(QStringLiteral("127.0.0.1"), m_port);
        QVERIFY(silent.back()->waitForConnected(5000));
    }
    QElapsedTimer t;
    t.start();
    const ProbeResult r = direct().probe();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed()))); // not after the idle timeout
    QVERIFY2(m_agent.said("to make room: it did not pair"), m_agent.err().constData());
}

void TestRemoteProbe::oneWizardAtATime()
{
    AgentClient first(AgentAddress{QStringLiteral("127.0.0.1"), m_port}, m_code);
    AgentClient second(AgentAddress{QStringLiteral("127.0.0.1"), m_port}, m_code);
    QVERIFY(first.call(agent::Operation::Identity).ok());
    QVERIFY(second.call(agent::Operation::Identity).ok());
    // The agent serves the wizard that paired last; the first one's connection is gone.
    const AgentClient::Reply dropped = first.call(agent::Operation::Identity);
    QCOMPARE(dropped.contact, AgentClient::Contact::LostContact);
    QVERIFY(second.call(agent::Operation::Identity).ok());
}

void TestRemoteProbe::restartIsArmedAndDisarmed()
{
    const RemoteProbe probe = direct();
    const AgentClient::Reply armed = probe.armRestart();
    QVERIFY2(armed.ok(), qPrintable(armed.problem));
    // Read back by Wine's own reg.exe.
    const QByteArray entry = regQuery(kRunOnce, QStringLiteral("SecurePathUpgradeAgent"));
    QVERIFY2(entry.contains(QByteArray(QByteArray("spuw-live-probe.exe\" --serve --resume --listen 127.0.0.1:")
                 + QByteArray::number(m_port))),
        entry.constData());
    QString error;
    QVERIFY(AgentIdentity::fromJson(probe.identity().data, &error)->restartArmed);
    QVERIFY(probe.disarmRestart().ok());
    QVERIFY(regQuery(kRunOnce, QStringLiteral("SecurePathUpgradeAgent")).isEmpty());
    QVERIFY(!AgentIdentity::fromJson(probe.identity().data, &error)->restartArmed);
    // The pairing itself stays, for the restart.
    QVERIFY(regQuery(kAgentKey, QStringLiteral("PairingCode")).contains(QByteArray::fromStdString(m_code)));
}

void TestRemoteProbe::killedMidProbeAndResumedWithTheSameCode()
{
    const RemoteProbe probe = direct();
    QVERIFY(probe.armRestart().ok());
    TcpProxy proxy(m_port);
    proxy.startListening();
    const qint64 pid = m_agent.pid();
    // The report is on its way when the agent dies: the wizard must see lost contact, not facts.
    proxy.setPlan({TcpProxy::Tamper::Hold, 3, -1, [pid] { ::kill(pid_t(pid), SIGKILL); }});
    const RemoteProbe::Outcome o = probeThrough(proxy.port(), m_code).probeRemote();
    QCOMPARE(proxy.tampered(), 1);
    QCOMPARE(o.contact, AgentClient::Contact::LostContact);
    QVERIFY(!o.result.facts.osVersion.known());
    QVERIFY(m_agent.waitForExit(10000) != 0);
    // Nothing answers now. (Under Wine the dead agent's listening socket lingers a moment in
    // wineserver, so a connection may be accepted and dropped: lost contact rather than unreachable.)
    const RemoteProbe::Outcome down = probe.probeRemote();
    QVERIFY2(down.contact == AgentClient::Contact::Unreachable || down.contact == AgentClient::Contact::LostContact,
        qPrintable(down.problem));

    // What Windows setup does meanwhile: Server 2003, and Secure Path 4.0A installed again.
    QCOMPARE(
        m_wine.regAdd(QStringLiteral("HKCU\\Software\\Wine"), QStringLiteral("Version"), QStringLiteral("win2003")), 0);
    QVERIFY(m_wine.putRaidisk(QStringLiteral("3.6.3.670")));

    // What the RunOnce entry starts after the boot: no --listen, no new code.
    QString error;
    QVERIFY2(m_agent.start(
                 m_wine, {QStringLiteral("--resume"), QStringLiteral("--idle-timeout"), QStringLiteral("4")}, &error),
        qPrintable(error));
    QVERIFY(!m_agent.out().contains("Pairing code:"));
    QVERIFY(m_agent.out().contains(QByteArray(QByteArray("Listening on 127.0.0.1:") + QByteArray::number(m_port))));
    const RemoteProbe::Outcome back = probe.probeRemote(); // the same probe object, the same code
    QVERIFY2(back.answered(), qPrintable(back.problem));
    QVERIFY(back.identity->resumed);
    QVERIFY(back.identity->restartArmed);
    QCOMPARE(back.result.facts.osVersion.get(), QStringLiteral("5.2"));
    QCOMPARE(back.result.facts.osBuild.get(), 3790);
    QCOMPARE(back.result.facts.securePath.get().fileVersion, QStringLiteral("3.6.3.670"));
    // Armed stays armed: Windows removed the entry when it ran it, the agent wrote it again.
    QVERIFY(!regQuery(kRunOnce, QStringLiteral("SecurePathUpgradeAgent")).isEmpty());
}

void TestRemoteProbe::aSecondAgentDoesNotTakeOverAnArmedRun()
{
    // Found by the attack test: a second --serve overwrote the stored pairing and the RunOnce entry
    // of a run in progress, so after the reboot only the second agent came back.
    QVERIFY(!regQuery(kRunOnce, QStringLiteral("SecurePathUpgradeAgent")).isEmpty()); // armed
    Agent second;
    QString error;
    QVERIFY(
        !second.start(m_wine, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(freePort())}, &error));
    QVERIFY2(error.contains(QStringLiteral("run is in progress")), qPrintable(error));
    QVERIFY(regQuery(kAgentKey, QStringLiteral("PairingCode")).contains(QByteArray::fromStdString(m_code)));
    QVERIFY(direct().probeRemote().answered()); // the first agent is untouched
}

void TestRemoteProbe::finishedRunLeavesNothingBehind()
{
    const RemoteProbe probe = direct();
    const AgentClient::Reply done = probe.finishRun();
    QVERIFY2(done.ok(), qPrintable(done.problem));
    QCOMPARE(m_agent.waitForExit(10000), 0);
    QVERIFY(m_agent.out().contains("The run is finished"));
    QVERIFY(regQuery(kRunOnce, QStringLiteral("SecurePathUpgradeAgent")).isEmpty());
    QVERIFY(regQuery(kAgentKey, QStringLiteral("PairingCode")).isEmpty());
    QCOMPARE(probe.probeRemote().contact, AgentClient::Contact::Unreachable);
    // Nothing to resume any more.
    QString error;
    QVERIFY(!m_agent.start(m_wine, {QStringLiteral("--resume")}, &error));
    QVERIFY2(error.contains(QStringLiteral("no pairing is stored")), qPrintable(error));
}

void TestRemoteProbe::ctrlCStopsTheAgentAndKeepsThePairing()
{
    // Wine turns SIGINT into the console's Ctrl+C, which the agent's SetConsoleCtrlHandler gets.
    QString error;
    m_port = freePort();
    QVERIFY2(m_agent.start(m_wine, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)}, &error),
        qPrintable(error));
    const std::string code = *agent::PairingCode::normalize(m_agent.code().toStdString());
    QVERIFY(probeThrough(m_port, code).identity().ok());
    ::kill(pid_t(m_agent.pid()), SIGINT);
    QCOMPARE(m_agent.waitForExit(10000), 0);
    QVERIFY2(m_agent.out().contains("Stopped (Ctrl+C)"), m_agent.out().constData());
    // Kept for --resume: the same code still pairs.
    QVERIFY(regQuery(kAgentKey, QStringLiteral("PairingCode")).contains(QByteArray::fromStdString(code)));
    QVERIFY2(m_agent.start(m_wine, {QStringLiteral("--resume")}, &error), qPrintable(error));
    QVERIFY(probeThrough(m_port, code).identity().ok());
    ::kill(pid_t(m_agent.pid()), SIGINT);
    QCOMPARE(m_agent.waitForExit(10000), 0);
}

void TestRemoteProbe::tooManyFailedAuthenticationsEndTheAgent()
{
    QString error;
    m_port = freePort();
    QVERIFY2(m_agent.start(m_wine, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)}, &error),
        qPrintable(error));
    QVERIFY(m_agent.code() != QString::fromStdString(agent::PairingCode::grouped(m_code))); // a new code
    const RemoteProbe wrong = probeThrough(m_port, kWrongCode);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(wrong.probeRemote().contact, AgentClient::Contact::WrongPairingCode);
    QCOMPARE(m_agent.waitForExit(10000), 3);
    QVERIFY2(m_agent.said("5 failed authentications"), m_agent.err().constData());
    QCOMPARE(wrong.probeRemote().contact, AgentClient::Contact::Unreachable);
    QCOMPARE(m_wine.wine({kLiveProbe, QStringLiteral("--forget-pairing")}), 0);
    QVERIFY(regQuery(kAgentKey, QStringLiteral("PairingCode")).isEmpty());
}

QTEST_GUILESS_MAIN(TestRemoteProbe)
#include "TestRemoteProbe.moc"
