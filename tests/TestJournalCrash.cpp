#include "Journal.h"
#include "WriterProtocol.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace spuw;

// A writer process is killed with SIGKILL at random moments. Every time, the journal must reopen,
// verify, and hold every record the writer had reported as recorded.
class TestJournalCrash final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNothingPromised();
};

void TestJournalCrash::killedWriterLosesNothingPromised()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    const int rounds = qEnvironmentVariableIntValue("SPUW_CRASH_ROUNDS") > 0
        ? qEnvironmentVariableIntValue("SPUW_CRASH_ROUNDS")
        : 40;
    QRandomGenerator rng(20261125);
    qint64 promisedTotal = 0;
    int killedMidWrite = 0;
    for (int round = 0; round < rounds; ++round) {
        QProcess writer;
        writer.setProgram(QStringLiteral(SPUW_JOURNAL_WRITER));
        writer.setArguments({path});
        writer.start();
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        // Let it write for a random while, reading what it has promised. Every fourth round the
        // while counts from the start, so kills also land while it opens the journal; the others
        // count from "opened", so a slow start (a cold, sanitized build) still leaves it time to write.
        QByteArray out;
        QElapsedTimer t;
        t.start();
        if (round % 4 != 0) {
            while (!test::saidEvent(out, QStringLiteral("opened")) && t.elapsed() < 10000
                && writer.state() == QProcess::Running) {
                writer.waitForReadyRead(5);
                out += writer.readAllStandardOutput();
            }
            t.restart();
        }
        const int lifetime = 5 + int(rng.bounded(120));
        while (t.elapsed() < lifetime && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(5);
            out += writer.readAllStandardOutput();
        }
        QCOMPARE(writer.state(), QProcess::Running);
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(5000));
        out += writer.readAllStandardOutput();
        const auto last = test::lastDurable(out);
        const qint64 promised = last ? last->seq : 0;
        Journal j;
        // The dead writer's lock is stale. Killed while creating its lock file, it leaves one
        // without an owner, which is taken over once it is a second old.
        QTRY_VERIFY2_WITH_TIMEOUT(j.open(path), qPrintable(j.errorString()), 5000);
        const auto v = j.verify();
        QVERIFY2(v.ok, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(v.problem)));
        QVERIFY2(v.records >= promised,
            qPrintable(
                QStringLiteral("round %1: %2 records promised, %3 found").arg(round).arg(promised).arg(v.records)));
        QVERIFY(v.records >= promisedTotal);
        const QString lost = test::journalHoldsWhatWasPromised(path, last);
        QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(lost)));
        if (v.records > promised)
            ++killedMidWrite; // killed after a commit but before it could say so: fine
        promisedTotal = v.records;
    }
    qInfo("%d rounds, %lld records, %d kills landed between commit and report", rounds, promisedTotal, killedMidWrite);
    QVERIFY(promisedTotal > rounds);
}

QTEST_GUILESS_MAIN(TestJournalCrash)
#include "TestJournalCrash.moc"
