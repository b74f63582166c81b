#include "Session.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace spuw;

namespace {

class FixedProbe final : public Probe
{
public:
    explicit FixedProbe(bool training) : m_training(training) { }
    QString kind() const override { return QStringLiteral("fixed"); }
    QString description() const override { return QStringLiteral("fixed facts for tests"); }
    bool isTraining() const override { return m_training; }
    ProbeResult probe() const override
    {
        ProbeResult r;
        r.facts.computerName.set(QStringLiteral("SRV01"), FactOrigin::Probe);
        return r;
    }

private:
    bool m_training;
};

} // namespace

class TestSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsWithEvidenceAndTrainingFlag();
    void refusesWhenItCannotRecord();
    void resumesUnfinishedRun();
};

void TestSession::recordsWithEvidenceAndTrainingFlag()
{
    QTemporaryDir dir;
    Session s(std::make_unique<FixedProbe>(true));
    s.applyProbeResult(s.probe()->probe());
    s.setOperatorName(QStringLiteral("Ada"));
    QVERIFY(s.openJournal(dir.filePath(QStringLiteral("j.sqlite"))));
    QSignalSpy recorded(&s, &Session::recorded);
    QVERIFY(s.beginRun());
    QVERIFY(s.record(
        QStringLiteral("backup"), JournalKind::Attested, {{QStringLiteral("media"), QStringLiteral("LTO-3 #42")}}));
    QCOMPARE(recorded.count(), 2);
    const auto records = s.journal().records(s.runId());
    QCOMPARE(records.size(), 2);
    QVERIFY(records.at(1).training);
    QCOMPARE(records.at(1).operatorName, QStringLiteral("Ada"));
    const QJsonObject ev = records.at(1).evidenceObject();
    QCOMPARE(ev.value(QStringLiteral("facts")).toObject().value(QStringLiteral("computer_name")).toString(),
        QStringLiteral("SRV01"));
    QCOMPARE(ev.value(QStringLiteral("facts")).toObject().value(QStringLiteral("training")).toBool(), true);
    QCOMPARE(ev.value(QStringLiteral("detail")).toObject().value(QStringLiteral("media")).toString(),
        QStringLiteral("LTO-3 #42"));
    QVERIFY(s.completedSteps().contains(QStringLiteral("backup")));
}

void TestSession::refusesWhenItCannotRecord()
{
    Session s(std::make_unique<FixedProbe>(false));
    QSignalSpy failed(&s, &Session::recordingFailed);
    QVERIFY(!s.openJournal(QStringLiteral("/nonexistent-folder/j.sqlite")));
    QVERIFY(!s.canRecord());
    QVERIFY(s.recordingError().contains(QStringLiteral("/nonexistent-folder")));
    QVERIFY(!s.record(QStringLiteral("backup"), JournalKind::Attested));
    QVERIFY(!s.completedSteps().contains(QStringLiteral("backup")));
    QCOMPARE(failed.count(), 2);
}

void TestSession::resumesUnfinishedRun()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j.sqlite"));
    QString runId;
    {
        Session s(std::make_unique<FixedProbe>(false));
        s.applyProbeResult(s.probe()->probe());
        QVERIFY(s.openJournal(path));
        QVERIFY(s.beginRun());
        QVERIFY(s.record(QStringLiteral("backup"), JournalKind::Attested));
        runId = s.runId();
    }
    Session again(std::make_unique<FixedProbe>(false));
    again.applyProbeResult(again.probe()->probe());
    QVERIFY(again.openJournal(path));
    QVERIFY(again.beginRun());
    QCOMPARE(again.runId(), runId);
    QVERIFY(again.completedSteps().contains(QStringLiteral("backup")));
    const auto records = again.journal().records(runId);
    QCOMPARE(records.last().kind, JournalKind::Resumed);
    QVERIFY(again.journal().verify().ok);
}

QTEST_GUILESS_MAIN(TestSession)
#include "TestSession.moc"
