#include "KbSentences.h"
#include "ProbeFactory.h"
#include "RunState.h"
#include "Session.h"
#include "SimulatedProbe.h"
#include "Trainee.h"
#include "WriterProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <functional>

using namespace spuw;
using A = SimulatedServer::Action;
using spuw::test::Trainee;

namespace {

std::unique_ptr<Session> trainingSession(const QString &scenario, const QString &journal)
{
    QString error;
    auto s = std::make_unique<Session>(ProbeFactory::scenario(scenario, &error));
    if (!s->probe())
        qFatal("%s", qPrintable(error));
    s->setOperatorName(QStringLiteral("Ada Trainee"));
    if (!s->openJournal(journal))
        qFatal("%s", qPrintable(s->recordingError()));
    s->applyProbeResult(s->probe()->probe());
    return s;
}

// Everything a session shows of its run: the --show-run view, the recorded plan with its titles and
// KB sentences, the next step, the facts and what the step rules read besides them.
QJsonObject snapshot(const Session &s)
{
    const Plan plan = s.runPlan();
    QJsonArray steps;
    for (const PlanStep &p : plan.steps)
        steps.append(QJsonObject{{QStringLiteral("id"), StepCatalogue::key(p.id)}, {QStringLiteral("title"), p.title},
            {QStringLiteral("kb"), p.kb}, {QStringLiteral("state"), stepStateKey(s.stepState(p.id))}});
    const auto next = s.nextStep();
    return QJsonObject{{QStringLiteral("state"), s.stateJson()},
        {QStringLiteral("plan"),
            QJsonObject{{QStringLiteral("procedure"), procedureId(plan.procedure)}, {QStringLiteral("steps"), steps},
                {QStringLiteral("reason"), plan.reason},
                {QStringLiteral("remaining"), QJsonArray::fromStringList(plan.remainingNodes)}}},
        {QStringLiteral("next"), next ? StepCatalogue::key(*next) : QStringLiteral("-")},
        {QStringLiteral("finished"), s.isFinished()}, {QStringLiteral("facts"), s.facts().toJson()},
        {QStringLiteral("server"), s.probeResult().stateJson()}};
}

QString diff(const QJsonObject &a, const QJsonObject &b)
{
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (b.value(it.key()) != it.value())
            return QStringLiteral("%1:\n  live    %2\n  rebuilt %3")
                .arg(it.key(),
                    QString::fromUtf8(
                        QJsonDocument(QJsonObject{{it.key(), it.value()}}).toJson(QJsonDocument::Compact)),
                    QString::fromUtf8(
                        QJsonDocument(QJsonObject{{it.key(), b.value(it.key())}}).toJson(QJsonDocument::Compact)));
    }
    return QStringLiteral("(keys differ)");
}

// Watches a live session: after every record it writes, the run replayed from the journal file must
// be the live run. Whenever the live session is at rest again (after each move of the trainee, or
// every few moves), a whole new session resumed from a copy of the journal (its simulated server
// replayed from the scenario, its steps re-checked) must show exactly what the live one does.
class Witness
{
public:
    Witness(const QString &scenario, QString journal, QTemporaryDir &dir, int rebuildEvery)
        : m_scenario(scenario), m_journal(std::move(journal)), m_dir(dir), m_rebuildEvery(rebuildEvery)
    { }

    void watch(Session &s)
    {
        QObject::connect(&s, &Session::recorded, &s, [this, &s](const JournalRecord &) { check(s); });
    }

    void check(Session &s)
    {
        if (!m_failure.isEmpty())
            return;
        ++m_records;
        const RunState replayed = RunState::replay(s.journal().records(s.runId()));
        const QJsonObject folded = replayed.toJson(replayed.lastServer(), replayed.capabilities(), true, {});
        if (folded != s.stateJson()) {
            m_failure = QStringLiteral("record %1 (%2): replay differs: %3")
                            .arg(m_records)
                            .arg(s.journal().records(s.runId()).last().stepId, diff(s.stateJson(), folded));
            return;
        }
    }

    // The live session has finished what it was doing (a move of the trainee).
    void atRest(Session &s)
    {
        if (m_rebuildEvery > 0 && ++m_moves % m_rebuildEvery == 0)
            rebuild(s);
    }

    void rebuild(Session &live)
    {
        // A finished run is not resumed (starting again begins a new run): the replay check covers it.
        if (!m_failure.isEmpty() || live.isFinished())
            return;
        const QString copy = m_dir.filePath(QStringLiteral("rebuild-%1.sqlite").arg(++m_rebuilds));
        QFile::remove(copy);
        if (!QFile::copy(m_journal, copy)) {
            m_failure = QStringLiteral("cannot copy the journal");
            return;
        }
        const auto again = trainingSession(m_scenario, copy);
        if (!again->beginRun() || !again->isResumed()) {
            m_failure
                = QStringLiteral("record %1: the copy did not resume (%2)").arg(m_records).arg(again->lastRefusal());
            return;
        }
        const QJsonObject a = snapshot(live);
        const QJsonObject b = snapshot(*again);
        if (a != b) {
            m_failure = QStringLiteral("record %1: a session rebuilt from the journal differs: %2")
                            .arg(m_records)
                            .arg(diff(a, b));
            if (qEnvironmentVariableIsSet("SPUW_DEBUG_REBUILD")) {
                for (const JournalRecord &r : again->journal().records(again->runId()))
                    qInfo("rebuilt %lld %s %s %s", r.seq, qPrintable(r.stepId), qPrintable(r.kind),
                        qPrintable(r.evidenceObject().value(QStringLiteral("detail")).toVariant().toString()));
                qInfo("%s", QJsonDocument(b).toJson().constData());
            }
        }
        const Debrief da = live.run().debrief();
        const Debrief db = again->run().debrief();
        if (m_failure.isEmpty() && (da.mistakes != db.mistakes || da.doneRight != db.doneRight))
            m_failure = QStringLiteral("record %1: the debriefs differ").arg(m_records);
    }

    QString failure() const { return m_failure; }
    int records() const { return m_records; }
    int rebuilds() const { return m_rebuilds; }

private:
    QString m_scenario;
    QString m_journal;
    QTemporaryDir &m_dir;
    int m_rebuildEvery;
    int m_records = 0;
    int m_moves = 0;
    int m_rebuilds = 0;
    QString m_failure;
};

using Script = std::function<void(Trainee &, Session &)>;

} // namespace

Q_DECLARE_METATYPE(Script)

class TestRunState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void liveAndRebuiltAreEqualOnScriptedWalks_data();
    void liveAndRebuiltAreEqualOnScriptedWalks();
    void liveAndRebuiltAreEqualOnRandomWalks();
    void aProcedureSwitchResetsWhatItResets();
    void reopenedStepsAndTheStepsAfterThem();
    void journalsOfVersion03StillReplay();
    void clusterRunSpansItsNodes();
    void killedWalksResumeToTheStateTheyReported();
    void recordsNoWizardWritesAreNotTheRun();

private:
    // Thousands of journals are written and synced: on tmpfs where there is one, so the test measures
    // the code and not the disk (they are real SQLite files all the same).
    QTemporaryDir m_dir{QFileInfo(QStringLiteral("/dev/shm")).isWritable()
            ? QStringLiteral("/dev/shm/TestRunState-XXXXXX")
            : QDir::tempPath() + QStringLiteral("/TestRunState-XXXXXX")};
    int m_count = 0;
    QString journal() { return m_dir.filePath(QStringLiteral("j%1.sqlite").arg(++m_count)); }
};

void TestRunState::liveAndRebuiltAreEqualOnScriptedWalks_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<Script>("script");
    const Script right = [](Trainee &, Session &) {};
    for (const QString &name : Scenario::builtInNames())
        QTest::newRow(qPrintable(QStringLiteral("right path: ") + name)) << name << right;
    // Each mistake KB 817409 warns of, made once; then the walk goes on the right way.
    QTest::newRow("upgrade with the SAN attached")
        << QStringLiteral("standalone-ready") << Script([](Trainee &t, Session &) {
               t.roomAction(A::TakeBackup);
               t.roomAction(A::UpgradeWindows);
           });
    QTest::newRow("upgrade without a backup")
        << QStringLiteral("standalone-ready") << Script([](Trainee &t, Session &) {
               t.roomAction(A::DisconnectSan);
               t.roomAction(A::UpgradeWindows);
           });
    QTest::newRow("reconnect before 3.6.3.670")
        << QStringLiteral("standalone-ready") << Script([](Trainee &t, Session &) {
               t.roomAction(A::TakeBackup);
               t.roomAction(A::DisconnectSan);
               t.roomAction(A::UpgradeWindows);
               t.roomAction(A::ReconnectSan);
           });
    QTest::newRow("restart with the SAN attached")
        << QStringLiteral("recovery-bugchecking") << Script([](Trainee &t, Session &) { t.roomAction(A::Restart); });
    QTest::newRow("pause the node that owns the storage")
        << QStringLiteral("cluster-two-node") << Script([](Trainee &t, Session &) { t.roomAction(A::PauseNode); });
    QTest::newRow("upgrade a node that is not paused")
        << QStringLiteral("cluster-three-node") << Script([](Trainee &t, Session &) {
               t.roomAction(A::MoveSharedStorage);
               t.roomAction(A::TakeBackup);
               t.roomAction(A::DisconnectSan);
               t.roomAction(A::UpgradeWindows);
           });
    QTest::newRow("upgrade with the old driver")
        << QStringLiteral("standalone-needs-4.0a") << Script([](Trainee &t, Session &) {
               t.roomAction(A::TakeBackup);
               t.roomAction(A::DisconnectSan);
               t.roomAction(A::UpgradeWindows);
           });
    QTest::newRow("work on after deferring") << QStringLiteral("pagefile-on-san") << Script([](Trainee &t, Session &s) {
        while (!s.isCompleted(StepId::Defer) && t.moves() < 20)
            t.rightMove();
        t.roomAction(A::DisconnectSan);
        t.roomAction(A::UpgradeWindows);
    });
}

void TestRunState::liveAndRebuiltAreEqualOnScriptedWalks()
{
    QFETCH(QString, scenario);
    QFETCH(Script, script);
    const QString path = journal();
    auto s = trainingSession(scenario, path);
    Witness witness(scenario, path, m_dir, 1);
    witness.watch(*s);
    Trainee t(*s, 1);
    t.rightMove(); // begin
    t.rightMove(); // decide
    script(t, *s);
    witness.atRest(*s);
    while (t.rightMove() != Trainee::Move::Done && t.moves() < 200)
        witness.atRest(*s);
    QVERIFY2(witness.failure().isEmpty(), qPrintable(witness.failure()));
    QVERIFY(s->isFinished());
    QVERIFY(witness.rebuilds() >= 1);
    // The debrief names each scripted mistake with the KB sentence it broke, whatever the replay.
    const Debrief d = RunState::replay(s->journal().records(s->runId())).debrief();
    const bool scripted = !QString::fromLatin1(QTest::currentDataTag()).startsWith(QLatin1String("right path"));
    QCOMPARE(!d.mistakes.isEmpty(), scripted);
    for (const DebriefItem &m : d.mistakes)
        QVERIFY2(!m.kb.isEmpty(), qPrintable(m.text));
}

void TestRunState::liveAndRebuiltAreEqualOnRandomWalks()
{
    // A few hundred trainees who make mistakes and pause: the same state live and replayed, at every
    // record; a whole resumed session at every fifth record and after every pause.
    const int walks = qEnvironmentVariableIntValue("SPUW_RANDOM_WALKS") > 0
        ? qEnvironmentVariableIntValue("SPUW_RANDOM_WALKS")
        : 200;
    const QStringList scenarios = Scenario::builtInNames();
    int records = 0;
    int rebuilds = 0;
    int pauses = 0;
    int finished = 0;
    for (int w = 0; w < walks; ++w) {
        const QString scenario = scenarios.at(w % scenarios.size());
        const QString path = journal();
        Witness witness(scenario, path, m_dir, 4);
        auto s = trainingSession(scenario, path);
        witness.watch(*s);
        auto t = std::make_unique<Trainee>(*s, quint32(1000 + w), 0.3);
        t->pauseRate = 0.04;
        for (int move = 0; move < 80; ++move) {
            const Trainee::Move m = t->step();
            if (m == Trainee::Move::Done)
                break;
            if (m == Trainee::Move::Pause && !s->runId().isEmpty() && !s->isFinished()) {
                // "Pause and exit", then start again with the same journal.
                ++pauses;
                s.reset();
                s = trainingSession(scenario, path);
                witness.watch(*s);
                t = std::make_unique<Trainee>(*s, quint32(5000 + w * 100 + move), 0.3);
                t->pauseRate = 0.04;
                t->rightMove(); // resumes (begins) the run
                QVERIFY2(s->isResumed(), qPrintable(QStringLiteral("walk %1: not resumed").arg(w)));
            }
            witness.atRest(*s);
            if (!witness.failure().isEmpty())
                break;
        }
        if (witness.failure().isEmpty() && !s->runId().isEmpty())
            witness.rebuild(*s);
        QVERIFY2(witness.failure().isEmpty(),
            qPrintable(QStringLiteral("walk %1 (%2): %3").arg(w).arg(scenario, witness.failure())));
        records += witness.records();
        rebuilds += witness.rebuilds();
        finished += s->isFinished() ? 1 : 0;
        QFile::remove(path);
    }
    qInfo("%d random walks: %d records, %d rebuilt sessions, %d pauses, %d finished", walks, records, rebuilds, pauses,
        finished);
    QVERIFY(pauses > walks / 4);
    QVERIFY(records > walks * 5);
}

void TestRunState::aProcedureSwitchResetsWhatItResets()
{
    // S1: back up, disconnect and check, reconnect, run setup: 0xC2. The recovery starts with the
    // SAN disconnection again, live and after a resume.
    const QString path = journal();
    {
        auto s = trainingSession(QStringLiteral("standalone-ready"), path);
        Trainee t(*s, 7);
        while (!s->isCompleted(StepId::DisconnectSan))
            t.rightMove();
        QVERIFY(s->isCompleted(StepId::Backup));
        t.roomAction(A::ReconnectSan);
        t.roomAction(A::UpgradeWindows);
        QCOMPARE(s->runPlan().procedure, Procedure::Recovery);
        QCOMPARE(s->nextStep(), std::optional<StepId>(StepId::DisconnectSan));
        QVERIFY(!s->isCompleted(StepId::DisconnectSan));
        s->record(RecordTopic::Pause, JournalKind::Note);
    }
    auto again = trainingSession(QStringLiteral("standalone-ready"), path);
    const auto run = again->resumableRun();
    QVERIFY(run);
    QCOMPARE(run->currentNode()->procedure, Procedure::Recovery);
    QVERIFY(run->currentNode()->completed.isEmpty());
    QVERIFY(again->beginRun());
    QCOMPARE(again->nextStep(), std::optional<StepId>(StepId::DisconnectSan));
    QCOMPARE(again->stepState(StepId::DisconnectSan), StepState::Current);
    // The SAN volumes are visible on the replayed server: the step is not done, and checking refuses.
    QCOMPARE(again->facts().visibleSanVolumes.get(), (QStringList{QStringLiteral("E:"), QStringLiteral("F:")}));
    QVERIFY(!again->verifyStep(StepId::DisconnectSan));
    // S2: the debrief after the resume names the 0xC2 mistake, and invents no backup mistake.
    const Debrief d = again->run().debrief();
    QCOMPARE(d.mistakes.size(), 1); // the SAN visible; the bugcheck it caused is named with it
    QStringList checks;
    for (const TrainingAction &a : again->run().actions()) {
        for (const Refusal &m : a.mistakes)
            checks << m.check;
    }
    QVERIFY2(!checks.contains(QStringLiteral("no-backup")), qPrintable(checks.join(u',')));
    QCOMPARE(checks.count(QStringLiteral("san-visible")), 1);
    bool bugcheckNamed = false;
    for (const DebriefItem &m : d.mistakes)
        bugcheckNamed = bugcheckNamed || m.text.contains(QStringLiteral("BAD_POOL_CALLER"));
    QVERIFY(bugcheckNamed);
}

void TestRunState::reopenedStepsAndTheStepsAfterThem()
{
    // A clean reopen: a run with the upgrade verified, then the server found back on Windows 2000.
    RunState st;
    JournalRecord r;
    r.runId = QStringLiteral("r");
    r.computer = QStringLiteral("SRV01");
    auto add = [&](const QString &topic, const QString &kind, const QJsonObject &detail) {
        r.seq++;
        r.stepId = topic;
        r.kind = kind;
        r.utc = QDateTime::currentDateTimeUtc();
        r.evidence = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("detail"), detail}}).toJson());
        st.apply(r);
    };
    QJsonArray steps;
    for (StepId id : StepCatalogue::stepsFor(Procedure::Standalone))
        steps.append(StepCatalogue::key(id));
    add(RecordTopic::Procedure, JournalKind::Decision,
        {{QStringLiteral("procedure"), QStringLiteral("standalone")}, {QStringLiteral("steps"), steps}});
    for (StepId id : {StepId::Backup, StepId::DisconnectSan, StepId::UpgradeWindows, StepId::InstallSecurePath2003})
        add(StepCatalogue::key(id), JournalKind::Verified, {});
    QCOMPARE(st.currentNode()->nextStep(), std::optional<StepId>(StepId::ReconnectSan));
    add(RecordTopic::Reopened, JournalKind::Reopened,
        {{QStringLiteral("step"), StepCatalogue::key(StepId::UpgradeWindows)},
            {QStringLiteral("why"), Refusal{QStringLiteral("os-version"), QStringLiteral("5.0"), {}}.toJson()},
            {QStringLiteral("also"), QJsonArray{StepCatalogue::key(StepId::InstallSecurePath2003)}}});
    const NodeRun *n = st.currentNode();
    QVERIFY(n->isCompleted(StepId::DisconnectSan));
    QVERIFY(!n->isCompleted(StepId::UpgradeWindows));
    QVERIFY(!n->isCompleted(StepId::InstallSecurePath2003));
    QCOMPARE(n->nextStep(), std::optional<StepId>(StepId::UpgradeWindows));
    ProbeResult none;
    QCOMPARE(st.stepState(*n, StepId::UpgradeWindows, none, {}), StepState::Reopened);
    QCOMPARE(st.stepState(*n, StepId::InstallSecurePath2003, none, {}), StepState::Pending);
}

void TestRunState::journalsOfVersion03StillReplay()
{
    // Records as 0.3 wrote them: blockers as ids, a training action judged by the simulator.
    RunState st;
    JournalRecord r;
    r.runId = QStringLiteral("old");
    r.computer = QStringLiteral("SRV04");
    r.training = true;
    auto add = [&](const QString &topic, const QString &kind, const QJsonObject &detail) {
        r.seq++;
        r.stepId = topic;
        r.kind = kind;
        r.utc = QDateTime(QDate(2026, 11, 1), QTime(10, int(r.seq)), Qt::UTC);
        r.evidence = QString::fromUtf8(QJsonDocument(
            QJsonObject{{QStringLiteral("procedure"), QStringLiteral("defer")}, {QStringLiteral("detail"), detail}})
                                           .toJson(QJsonDocument::Compact));
        st.apply(r);
    };
    add(QStringLiteral("start"), JournalKind::RunStarted,
        {{QStringLiteral("scenario"), QStringLiteral("pagefile-on-san")}});
    add(QStringLiteral("procedure"), JournalKind::Decision,
        {{QStringLiteral("procedure"), QStringLiteral("defer")},
            {QStringLiteral("steps"), QJsonArray{StepCatalogue::key(StepId::Defer)}},
            {QStringLiteral("blockers"), QJsonArray{QStringLiteral("pagefile-on-san")}}});
    add(QStringLiteral("training-action"), JournalKind::Failure,
        {{QStringLiteral("action"), QStringLiteral("upgrade-windows")}, {QStringLiteral("ok"), false},
            {QStringLiteral("mistake"), true}, {QStringLiteral("bugcheck"), true},
            {QStringLiteral("message"), QStringLiteral("STOP 0xC2")},
            {QStringLiteral("kb"), QString::fromUtf8(kb::kDisconnectAllSan)}});
    add(StepCatalogue::key(StepId::Defer), JournalKind::Attested, {});
    add(QStringLiteral("finish"), JournalKind::RunFinished, {});
    QCOMPARE(st.scenarioName(), QStringLiteral("pagefile-on-san"));
    QCOMPARE(st.currentNode()->procedure, Procedure::Defer);
    QCOMPARE(st.currentNode()->blockers.first().id, QStringLiteral("pagefile-on-san"));
    QVERIFY(st.currentNode()->isDeferred());
    QVERIFY(st.isFinished());
    QCOMPARE(st.debrief().mistakes.size(), 1);
    QCOMPARE(st.debrief().mistakes.first().kb, QString::fromUtf8(kb::kDisconnectAllSan));
    QCOMPARE(st.roomActions(), QStringList{QStringLiteral("upgrade-windows")});
}

void TestRunState::clusterRunSpansItsNodes()
{
    // B1: pause while on NODE2, start again with the same journal: the run continues on NODE2.
    const QString path = journal();
    QString runId;
    {
        auto s = trainingSession(QStringLiteral("cluster-two-node"), path);
        Trainee t(*s, 11);
        while (s->facts().computerName.get() != QLatin1String("NODE2") || !s->isCompleted(StepId::Backup))
            QVERIFY(t.rightMove() != Trainee::Move::Done);
        runId = s->runId();
        s->record(RecordTopic::Pause, JournalKind::Note);
    }
    auto again = trainingSession(QStringLiteral("cluster-two-node"), path);
    QCOMPARE(again->facts().computerName.get(), QStringLiteral("NODE1")); // a fresh scenario starts at NODE1
    const auto run = again->resumableRun();
    QVERIFY2(run, "the cluster's unfinished run is offered");
    QCOMPARE(run->currentComputer(), QStringLiteral("NODE2"));
    QVERIFY(again->beginRun());
    QCOMPARE(again->runId(), runId);
    QCOMPARE(again->facts().computerName.get(), QStringLiteral("NODE2"));
    QVERIFY(again->isCompleted(StepId::Backup));
    QCOMPARE(again->nextStep(), std::optional<StepId>(StepId::DisconnectSan));
    QVERIFY(again->run().node(QStringLiteral("NODE1"))->done);
    // The rest of the cluster, then one finish for the run.
    Trainee t(*again, 12);
    while (t.rightMove() != Trainee::Move::Done) { }
    QVERIFY(again->isFinished());
    int finishes = 0;
    for (const JournalRecord &r : again->journal().records(runId))
        finishes += r.kind == JournalKind::RunFinished ? 1 : 0;
    QCOMPARE(finishes, 1);
    QCOMPARE(again->journal().runIds().size(), 1);
}

void TestRunState::killedWalksResumeToTheStateTheyReported()
{
    // A trainee's walks in another process (walk_writer), killed with SIGKILL after a random number
    // of records and started again with the same journal each time: it resumes the unfinished run.
    // After every kill nothing it reported as recorded is lost, and the run replayed from the journal
    // is exactly the state it reported for its last durable record.
    const int rounds
        = qEnvironmentVariableIntValue("SPUW_WALK_KILLS") > 0 ? qEnvironmentVariableIntValue("SPUW_WALK_KILLS") : 40;
    QRandomGenerator rng(20261130);
    const QString path = journal();
    int compared = 0;
    int resumedRuns = 0;
    for (int round = 0; round < rounds; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(SPUW_WALK_WRITER), {QStringLiteral("--seed"), QString::number(round), path});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        QByteArray out;
        QElapsedTimer t;
        t.start();
        // Killed after a random number of records, wherever it is then.
        const int records = 1 + int(rng.bounded(30));
        while (out.count("\"durable\"") < records && t.elapsed() < 20000 && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(2);
            out += writer.readAllStandardOutput();
        }
        QCOMPARE(writer.state(), QProcess::Running); // it never stops by itself
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        out += writer.readAllStandardOutput();
        const auto last = test::lastDurable(out);
        QVERIFY(last);
        QString problem = test::journalHoldsWhatWasPromised(path, last);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(problem)));
        problem = test::runStateIsWhatWasReported(path, last);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(problem)));
        ++compared;
        resumedRuns += out.contains("\"resumed\"") ? 1 : 0;
    }
    Journal j;
    QVERIFY(j.open(path, Journal::Mode::ReadOnly));
    int resumes = 0;
    for (const JournalRecord &r : j.records())
        resumes += r.kind == JournalKind::Resumed ? 1 : 0;
    qInfo("%d kills, %d states compared, %d runs, %d resumes in the journal", rounds, compared, int(j.runIds().size()),
        resumes);
    QCOMPARE(compared, rounds);
    QVERIFY(resumes > rounds / 3); // most rounds continued a run that a kill had interrupted
}

void TestRunState::recordsNoWizardWritesAreNotTheRun()
{
    // Found by the attack test: a decision listing one step made a run "complete", and non-JSON
    // evidence counted as a done step. Such records are not applied, and the fold names them.
    RunState st;
    JournalRecord r;
    r.runId = QStringLiteral("forged");
    r.computer = QStringLiteral("SRV01");
    auto add = [&](const QString &topic, const QString &kind, const QString &evidence) {
        r.seq++;
        r.stepId = topic;
        r.kind = kind;
        r.utc = QDateTime::currentDateTimeUtc();
        r.evidence = evidence;
        st.apply(r);
    };
    auto detail = [](const QJsonObject &d) {
        return QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("detail"), d}}).toJson(QJsonDocument::Compact));
    };
    add(RecordTopic::Procedure, JournalKind::Decision,
        detail({{QStringLiteral("procedure"), QStringLiteral("standalone")},
            {QStringLiteral("steps"), QJsonArray{StepCatalogue::key(StepId::ReconnectSan)}}}));
    QVERIFY(!st.currentNode()->decided);
    add(RecordTopic::Procedure, JournalKind::Decision,
        detail({{QStringLiteral("procedure"), QStringLiteral("upgrade-everything")},
            {QStringLiteral("steps"), QJsonArray{}}}));
    QVERIFY(!st.currentNode()->decided);
    QJsonArray standalone;
    for (StepId s : StepCatalogue::stepsFor(Procedure::Standalone))
        standalone.append(StepCatalogue::key(s));
    add(RecordTopic::Procedure, JournalKind::Decision,
        detail({{QStringLiteral("procedure"), QStringLiteral("standalone")}, {QStringLiteral("steps"), standalone}}));
    QVERIFY(st.currentNode()->decided);
    add(StepCatalogue::key(StepId::ClusterPauseNode), JournalKind::Verified, detail({})); // not in this procedure
    add(StepCatalogue::key(StepId::Backup), JournalKind::Attested, QStringLiteral("not json {"));
    QVERIFY(st.currentNode()->completed.isEmpty());
    QCOMPARE(st.anomalies().size(), 4);
    for (const QString &a : st.anomalies())
        QVERIFY2(a.contains(QStringLiteral("not applied")), qPrintable(a));
    const QJsonObject json = st.toJson(ProbeResult{}, {}, true, {});
    QCOMPARE(json.value(QStringLiteral("anomalies")).toArray().size(), 4);
    QCOMPARE(json.value(QStringLiteral("next")).toObject().value(QStringLiteral("step")).toString(),
        StepCatalogue::key(StepId::Backup));
}

QTEST_MAIN(TestRunState)
#include "TestRunState.moc"
