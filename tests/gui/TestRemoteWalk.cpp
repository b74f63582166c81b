// The wizard driving a server through its agent, in the real window (offscreen). First a server
// behind a stand-in agent (FakeAgent) that stops answering while setup "restarts" it: the page waits,
// says for how long and what to do, and goes on by itself once the server answers. Then the real
// thing: spuw-live-probe.exe --serve under Wine posing as Windows 2000 Server, on 127.0.0.1, walked
// through the standalone procedure with every step checked from the server's own answers: the SAN
// volume goes away (its dosdevices link) and comes back, the agent is killed for the "restart" and
// started again with --resume while Windows becomes Server 2003, Raidisk.sys 3.6.3.670 is put in.

#include "FakeAgent.h"
#include "RemoteProbe.h"
#include "ServerWaitPanel.h"
#include "WineAgent.h"
#include "WizardWalk.h"

#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace spuw;
using W = UpgradeWizard;
using spuw::test::Walk;

class TestRemoteWalk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void waitsForAServerThatRestarts();
    void walksARealServerThroughItsAgent();

private:
    void startRun(Walk &walk);
    void backup(Walk &walk);
    QString status(Walk &walk)
    {
        return walk.wizard->currentPage()->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
    }
    QTemporaryDir m_dir;
};

void TestRemoteWalk::initTestCase()
{
    ServerWaitPanel::setRetryIntervalForTesting(100);
}

void TestRemoteWalk::startRun(Walk &walk)
{
    WAIT_IDLE(walk);
    walk.wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("operatorName"))->setText(QStringLiteral("Ada"));
    NEXT(walk, W::PreflightPageId);
    auto *answer = walk.wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("sanAnswer"));
    answer->setText(QStringLiteral("E:"));
    PRESS(walk, "applySanVolumes");
    NEXT(walk, W::BackupPageId);
}

void TestRemoteWalk::backup(Walk &walk)
{
    walk.wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("backupMedia"))->setText(QStringLiteral("LTO-2"));
    walk.wizard->currentPage()
        ->findChild<QLineEdit *>(QStringLiteral("backupTime"))
        ->setText(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    PRESS(walk, "attest-backup");
    NEXT(walk, W::SanDisconnectPageId);
}

void TestRemoteWalk::waitsForAServerThatRestarts()
{
    test::FakeAgent agent;
    const QString path = m_dir.filePath(QStringLiteral("fake.sqlite"));
    Walk walk(agent.probe(), path);
    startRun(walk);
    backup(walk);
    agent.change([](live::LiveReport &r) { r.volumes.pop_back(); });
    PRESS(walk, "check-disconnect-san");
    NEXT(walk, W::UpgradePageId);
    QCOMPARE(agent.restart->armed, 1); // the agent's restart entry, before setup's restarts
    // Setup runs and restarts the server: the check waits for it.
    *agent.answering = false;
    walk.button(QStringLiteral("check-upgrade-windows"))->click();
    auto *wait = walk.wizard->currentPage()->findChild<ServerWaitPanel *>();
    QVERIFY(wait);
    QTRY_VERIFY(wait->isVisible());
    QVERIFY(!walk.forward()->isEnabled());
    const QString text = wait->findChild<QLabel *>(QStringLiteral("serverWaitText"))->text();
    QVERIFY2(text.contains(QStringLiteral("Waiting for SRV01")), qPrintable(text));
    QVERIFY(!walk.session->hasContact());
    QVERIFY(!walk.session->isCompleted(StepId::UpgradeWindows));
    // It comes back as Windows Server 2003: the check the operator asked for runs by itself.
    agent.change([](live::LiveReport &r) {
        r.os.minor = 2;
        r.os.build = 3790;
    });
    *agent.answering = true;
    QTRY_VERIFY_WITH_TIMEOUT(walk.session->isCompleted(StepId::UpgradeWindows), 5000);
    QTRY_VERIFY(!wait->isVisible());
    QVERIFY(walk.session->hasContact());
    QTRY_VERIFY(walk.canGoOn());
    QStringList contact;
    for (const JournalRecord &r : walk.session->journal().records()) {
        if (r.stepId == RecordTopic::Contact)
            contact << r.evidenceObject()[QStringLiteral("detail")][QStringLiteral("lost")].toVariant().toString();
    }
    QCOMPARE(contact, (QStringList{QStringLiteral("true"), QStringLiteral("false")}));
    // Away too long: what to look at, and waiting longer.
    wait->wait(QStringLiteral("SRV01"), QDateTime::currentDateTimeUtc().addSecs(-20 * 60), QStringLiteral("refused"));
    QVERIFY(wait->isOverdue());
    const QString advice = wait->findChild<QLabel *>(QStringLiteral("serverWaitAdvice"))->text();
    QVERIFY2(advice.contains(QStringLiteral("STOP 0x000000C2")) && advice.contains(QStringLiteral("--resume")),
        qPrintable(advice));
    wait->findChild<QPushButton *>(QStringLiteral("waitLonger"))->click();
    QVERIFY(!wait->isOverdue());
    QCOMPARE(wait->timeoutMinutes(), 2 * ServerWaitPanel::kTimeoutMinutes);
    wait->stop();
}

void TestRemoteWalk::walksARealServerThroughItsAgent()
{
    QElapsedTimer clock;
    clock.start();
    test::Wine wine{QStringLiteral(SPUW_BINARY_DIR "/wine-prefix-walk")};
    QString error;
    QVERIFY2(wine.create(&error), qPrintable(error));
    QVERIFY(wine.poseAsWindows2000(QStringLiteral("ServerNT")));
    QVERIFY(wine.putRaidisk(QStringLiteral("3.6.2.670")));
    QTemporaryDir san;
    const QString link = wine.prefix() + QStringLiteral("/dosdevices/e:");
    QFile::remove(link);
    QVERIFY(QFile::link(san.path(), link));
    QVERIFY(wine.restart()); // Wine learns of a new drive letter when it starts
    const quint16 port = test::freePort();
    test::Agent agent;
    QVERIFY2(agent.start(wine, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)}, &error),
        qPrintable(error));
    qInfo("Wine prefix and agent in %lld ms", clock.elapsed());

    // As the operator types it on the welcome page.
    auto probe = RemoteProbe::fromTyped(
        QStringLiteral("127.0.0.1:%1").arg(port), agent.code().toLower(), std::nullopt, &error);
    QVERIFY2(probe, qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("wine.sqlite"));
    {
        Walk walk(std::move(probe), path);
        startRun(walk);
        QCOMPARE(walk.session->facts().osVersion.get(), QStringLiteral("5.0"));
        backup(walk);
        // The SAN is still there: the server itself says so.
        PRESS(walk, "check-disconnect-san");
        QVERIFY(!walk.session->isCompleted(StepId::DisconnectSan));
        QVERIFY2(status(walk).contains(QStringLiteral("E:")), qPrintable(status(walk)));
        QFile::remove(link); // the cables are pulled
        PRESS(walk, "check-disconnect-san");
        QVERIFY2(walk.session->isCompleted(StepId::DisconnectSan), qPrintable(status(walk)));
        NEXT(walk, W::UpgradePageId);
        // Setup restarts the server: the agent is gone, Windows becomes Server 2003 meanwhile, and
        // the agent's RunOnce entry starts it again with --resume (same pairing code).
        ::kill(pid_t(agent.pid()), SIGKILL);
        QVERIFY(agent.waitForExit(10000) != 0);
        walk.button(QStringLiteral("check-upgrade-windows"))->click();
        auto *wait = walk.wizard->currentPage()->findChild<ServerWaitPanel *>();
        QTRY_VERIFY_WITH_TIMEOUT(wait->isVisible(), 30000);
        QCOMPARE(
            wine.regAdd(QStringLiteral("HKCU\\Software\\Wine"), QStringLiteral("Version"), QStringLiteral("win2003")),
            0);
        QVERIFY2(agent.start(wine, {QStringLiteral("--resume")}, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(walk.session->isCompleted(StepId::UpgradeWindows), 60000);
        QTRY_VERIFY(!wait->isVisible());
        NEXT(walk, W::SecurePathReinstallPageId);
        PRESS(walk, "check-install-securepath-2003");
        QVERIFY(!walk.session->isCompleted(StepId::InstallSecurePath2003)); // still 3.6.2.670
        QVERIFY(wine.putRaidisk(QStringLiteral("3.6.3.670")));
        PRESS(walk, "check-install-securepath-2003");
        QVERIFY2(walk.session->isCompleted(StepId::InstallSecurePath2003), qPrintable(status(walk)));
        NEXT(walk, W::SanReattachPageId);
        QVERIFY(QFile::link(san.path(), link)); // the cables back in
        PRESS(walk, "check-reconnect-san");
        QVERIFY2(walk.session->isCompleted(StepId::ReconnectSan), qPrintable(status(walk)));
        NEXT(walk, W::SummaryPageId);
        QTRY_VERIFY(walk.canGoOn());
        walk.forward()->click(); // Finish: the agent removes its entry and pairing and exits
        QVERIFY(walk.session->isFinished());
    }
    QCOMPARE(agent.waitForExit(15000), 0);
    QVERIFY(agent.out().contains("The run is finished"));
    // Every checked step carries what the server itself answered, and who answered.
    Journal j;
    QVERIFY(j.open(path, Journal::Mode::ReadOnly));
    QVERIFY(j.verify().ok);
    int verified = 0;
    for (const JournalRecord &r : j.records()) {
        if (r.kind != JournalKind::Verified)
            continue;
        ++verified;
        const QJsonObject by = r.evidenceObject()[QStringLiteral("server")][QStringLiteral("answered_by")].toObject();
        QCOMPARE(by.value(QStringLiteral("agent")).toString(), QStringLiteral("127.0.0.1:%1").arg(port));
        QCOMPARE(by.value(QStringLiteral("agent_version")).toString(), QStringLiteral(SPUW_VERSION));
    }
    QCOMPARE(verified, 4); // SAN gone, Server 2003, 3.6.3.670, SAN back
    qInfo("walked through the agent in %lld ms", clock.elapsed());
    wine.stopServer();
}

QTEST_MAIN(TestRemoteWalk)
#include "TestRemoteWalk.moc"
