#include "Journal.h"
#include "PlanRules.h"
#include "Scenario.h"
#include "Session.h"
#include "SimulatedProbe.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace spuw;

class TestScenario final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInsKeepTheirBriefingsPromise_data();
    void builtInsKeepTheirBriefingsPromise();
    void tenBuiltInsCoverEveryProcedure();
    void titlesReadAloneMatchTheFullRead();
    void commentsAreStrippedOutsideStrings();
    void commentsStrippedExactly_data();
    void commentsStrippedExactly();
    void malformedFilesAreNamedPrecisely_data();
    void malformedFilesAreNamedPrecisely();
    void loadsFromAFile();
    void roundTripsThroughJournalEvidence();
    void builtInTextsAreListedAndTranslatedAlsoWhenRecorded();
};

void TestScenario::builtInsKeepTheirBriefingsPromise_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &n : Scenario::builtInNames())
        QTest::newRow(qPrintable(n)) << n;
}

void TestScenario::builtInsKeepTheirBriefingsPromise()
{
    QFETCH(QString, name);
    QString error;
    const auto s = Scenario::load(name, &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->name, name);
    QVERIFY(s->briefing.size() > 80);
    QVERIFY(s->facts.training);
    const Plan plan = PlanRules::evaluate(s->facts);
    QCOMPARE(procedureId(plan.procedure), s->expectedProcedure);
}

void TestScenario::tenBuiltInsCoverEveryProcedure()
{
    QStringList procedures;
    for (const QString &n : Scenario::builtInNames()) {
        QString error;
        procedures << Scenario::load(n, &error)->expectedProcedure;
    }
    QVERIFY(Scenario::builtInNames().size() >= 10);
    QVERIFY(Scenario::builtInNames().contains(Scenario::defaultName()));
    for (const char *p : {"standalone", "clustered", "recovery", "install-securepath-4.0a", "defer"})
        QVERIFY2(procedures.contains(QLatin1String(p)), p);
}

void TestScenario::titlesReadAloneMatchTheFullRead()
{
    for (const QString &n : Scenario::builtInNames()) {
        QString error;
        const auto s = Scenario::load(n, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(!s->title.isEmpty());
        QCOMPARE(Scenario::builtInTitle(n), s->title);
    }
    QVERIFY(Scenario::builtInTitle(QStringLiteral("no-such-scenario")).isEmpty());
}

void TestScenario::commentsAreStrippedOutsideStrings()
{
    const QByteArray in = "// header\n{\"a\": \"http://x // not a comment\", // trailing\n \"b\": \"\\\"//\"}\n";
    const QByteArray out = Scenario::stripComments(in);
    QCOMPARE(out.count('\n'), in.count('\n'));
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("a")).toString(), QStringLiteral("http://x // not a comment"));
    QCOMPARE(o.value(QStringLiteral("b")).toString(), QStringLiteral("\"//"));
}

void TestScenario::commentsStrippedExactly_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("no comment") << QByteArray("{\"a\": 1}") << QByteArray("{\"a\": 1}");
    QTest::newRow("comment at the end, no newline") << QByteArray("{}// end") << QByteArray("{}");
    QTest::newRow("comment lines keep their newline") << QByteArray("// a\n// b\n{}") << QByteArray("\n\n{}");
    QTest::newRow("escaped backslash ends the string")
        << QByteArray("{\"a\": \"x\\\\\"} // c\n") << QByteArray("{\"a\": \"x\\\\\"} \n");
    QTest::newRow("single slash") << QByteArray("{\"a\": 1/2}") << QByteArray("{\"a\": 1/2}");
    QTest::newRow("backslash last") << QByteArray("\"x\\") << QByteArray("\"x\\");
    QTest::newRow("unterminated string hides the comment") << QByteArray("\"a // b") << QByteArray("\"a // b");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestScenario::commentsStrippedExactly()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    QCOMPARE(Scenario::stripComments(in), out);
}

void TestScenario::malformedFilesAreNamedPrecisely_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    const QByteArray head
        = "{\"schema\":1,\"name\":\"x\",\"title\":\"t\",\"briefing\":\"b\",\"expected_procedure\":\"standalone\",";
    QTest::newRow("broken JSON on line 3") << QByteArray("// c\n{\n  \"schema\": 1,,\n}") << "bad.json:3:";
    QTest::newRow("unknown top-level key")
        << head + "\"facts\":{\"computer_name\":\"A\",\"san_volumes\":[]},\"fautls\":[]}"
        << "field fautls";
    QTest::newRow("unknown fact") << head + "\"facts\":{\"computer_name\":\"A\",\"san_volumes\":[],\"pagefile\":[]}}"
                                  << "field facts.pagefile";
    QTest::newRow("build as text") << head
            + "\"facts\":{\"computer_name\":\"A\",\"san_volumes\":[],\"os\":{\"build\":\"2195\"}}}"
                                   << "field facts.os.build: expected a whole number";
    QTest::newRow("no SAN volumes stated") << head + "\"facts\":{\"computer_name\":\"A\"}}"
                                           << "field facts.san_volumes";
    QTest::newRow("fault on a local volume") << head
            + "\"facts\":{\"computer_name\":\"A\",\"san_volumes\":[\"E:\"]},\"faults\":[{\"kind\":\"lun-missing-after-"
              "reattach\",\"volume\":\"C:\"}]}"
                                             << "field faults[0].volume";
    QTest::newRow("unknown fault") << head
            + "\"facts\":{\"computer_name\":\"A\",\"san_volumes\":[]},\"faults\":[{\"kind\":\"meteor\"}]}"
                                   << "field faults[0].kind";
    QTest::newRow("wrong schema") << QByteArray("{\"schema\":2}") << "field schema";
    // Found by the attack test: facts that cannot be, and names that read as others.
    const QByteArray cluster = "\"facts\":{\"computer_name\":\"NODE1\",\"san_volumes\":[],\"cluster_member\":true,";
    QTest::newRow("the node is not in its cluster")
        << head + cluster + "\"cluster\":{\"name\":\"C\",\"nodes\":[\"NODE7\",\"NODE8\"]}}}"
        << "field facts.cluster.nodes: expected the cluster's nodes, this server (NODE1) among them";
    QTest::newRow("a cluster of one") << head + cluster + "\"cluster\":{\"name\":\"C\",\"nodes\":[\"NODE1\"]}}}"
                                      << "field facts.cluster.nodes: expected at least two nodes";
    QTest::newRow("a node twice") << head + cluster
            + "\"cluster\":{\"name\":\"C\",\"nodes\":[\"NODE1\",\"NODE2\",\"node2\"]}}}"
                                  << "field facts.cluster.nodes: expected each node once";
    QTest::newRow("Windows 5.2 with the build of 2000")
        << head + "\"facts\":{\"computer_name\":\"A\",\"san_volumes\":[],\"os\":{\"version\":\"5.2\",\"build\":2195}}}"
        << "field facts.os.build: expected the build of Windows 5.2 (3790)";
    QTest::newRow("a right-to-left override in the name")
        << head + "\"facts\":{\"computer_name\":\"SRV\u202e10\",\"san_volumes\":[]}}"
        << "control or format characters (found U+202e)";
    // F5: every number, string and fault checked.
    const QByteArray facts = "\"facts\":{\"computer_name\":\"A\",\"san_volumes\":[\"E:\"]";
    const QByteArray backup = head + facts + "},\"faults\":[{\"kind\":\"backup-fails\",\"times\":";
    QTest::newRow("times 1e30") << backup + "1e30}]}"
                                << "field faults[0].times";
    QTest::newRow("times 1.5") << backup + "1.5}]}"
                               << "field faults[0].times";
    QTest::newRow("times as text") << backup + "\"3\"}]}"
                                   << "field faults[0].times";
    QTest::newRow("times 0") << backup + "0}]}"
                             << "field faults[0].times";
    QTest::newRow("times 1000") << backup + "1000}]}"
                                << "field faults[0].times";
    QTest::newRow("volume on a backup fault")
        << head + facts + "},\"faults\":[{\"kind\":\"backup-fails\",\"volume\":\"E:\"}]}"
        << "field faults[0].volume";
    QTest::newRow("build -1") << head + facts + ",\"os\":{\"build\":-1}}}"
                              << "field facts.os.build";
    QTest::newRow("empty computer name") << head + "\"facts\":{\"computer_name\":\"\",\"san_volumes\":[]}}"
                                         << "field facts.computer_name";
    QTest::newRow("node-will-not-pause without a node")
        << head + facts + "},\"faults\":[{\"kind\":\"node-will-not-pause\"}]}"
        << "field faults[0].node";
    QTest::newRow("node-will-not-pause on a stranger") << head + facts
            + ",\"cluster\":{\"nodes\":[\"N1\",\"N2\"]}},\"faults\":[{\"kind\":\"node-will-not-pause\","
              "\"node\":\"N9\"}]}"
                                                       << "field faults[0].node";
    QTest::newRow("raw tab in a string") << QByteArray(
        "{\"schema\":1,\"name\":\"x\",\"title\":\"t\",\n\"briefing\":\"a\tb\",\"expected_procedure\":"
        "\"standalone\",\"facts\":{\"computer_name\":\"A\",\"san_volumes\":[]}}")
                                         << "bad.json:2:14: a raw control character (U+0009)";
    QTest::newRow("lone surrogate") << head + "\"facts\":{\"computer_name\":\"A\\ud800\",\"san_volumes\":[]}}"
                                    << "field facts.computer_name: expected text without invalid characters";
    QTest::newRow("escaped control character")
        << head + "\"facts\":{\"computer_name\":\"A\\u0001\",\"san_volumes\":[]}}"
        << "field facts.computer_name: expected text without control or format characters";
    QTest::newRow("negative number anywhere")
        << head + facts + ",\"paging_files_detail\":[{\"path\":\"C:\\\\p.sys\",\"initial_mb\":-5}]}}"
        << "paging_files_detail[0].initial_mb";
    QTest::newRow("bad expected procedure") << QByteArray(
        "{\"schema\":1,\"name\":\"x\",\"title\":\"t\",\"briefing\":\"b\",\"expected_procedure\":\"yolo\"}")
                                            << "field expected_procedure";
}

void TestScenario::malformedFilesAreNamedPrecisely()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!Scenario::parse(text, QStringLiteral("bad.json"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("bad.json")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestScenario::loadsFromAFile()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("mine.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    QFile builtIn(QStringLiteral(":/scenarios/pagefile-on-san.json"));
    QVERIFY(builtIn.open(QIODevice::ReadOnly));
    f.write(builtIn.readAll());
    f.close();
    QString error;
    const auto s = Scenario::load(f.fileName(), &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->source, f.fileName());
    QVERIFY(!Scenario::load(dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY(error.contains(QStringLiteral("missing.json")));
}

void TestScenario::roundTripsThroughJournalEvidence()
{
    QString error;
    const auto s = Scenario::load(QStringLiteral("cluster-three-node"), &error);
    QVERIFY(s);
    QTemporaryDir dir;
    Session session(std::make_unique<SimulatedProbe>(std::make_shared<SimulatedServer>(*s)));
    session.applyProbeResult(session.probe()->probe());
    QVERIFY(session.openJournal(dir.filePath(QStringLiteral("j.sqlite"))));
    QVERIFY(session.beginRun());
    const JournalRecord r = session.journal().records().first();
    QVERIFY(r.training);
    const QJsonObject stored = r.evidenceObject().value(QStringLiteral("facts")).toObject();
    const auto back = SystemFacts::fromJson(stored, FactOrigin::Unknown, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->toJson(), session.facts().toJson());
    QCOMPARE(back->clusterNodes.get(), s->facts.clusterNodes.get());
    QCOMPARE(back->computerName.origin, FactOrigin::Scenario);
    QCOMPARE(procedureId(PlanRules::evaluate(*back).procedure), s->expectedProcedure);
}

namespace {
// Marks every text of the context Scenario it is asked for: what is translated shows.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return qstrcmp(context, "Scenario") == 0 ? QStringLiteral("«%1»").arg(QString::fromUtf8(source)) : QString();
    }
    bool isEmpty() const override { return false; }
};
} // namespace

void TestScenario::builtInTextsAreListedAndTranslatedAlsoWhenRecorded()
{
    // Every built-in title and briefing is listed for lupdate word for word (an edited JSON would
    // otherwise lose its translation silently).
    const QStringList listed = Scenario::builtInTexts();
    QString error;
    for (const QString &name : Scenario::builtInNames()) {
        const auto s = Scenario::load(name, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY2(listed.contains(s->title), qPrintable(name + QStringLiteral(": ") + s->title));
        QVERIFY2(listed.contains(s->briefing), qPrintable(name + QStringLiteral(": ") + s->briefing));
    }
    // A resumed run's scenario is the copy its journal recorded: its texts are translated as the
    // built-in's are; an instructor's own texts are shown as written.
    QFile builtIn(QStringLiteral(":/scenarios/trap-lun-missing.json"));
    QVERIFY(builtIn.open(QIODevice::ReadOnly));
    const QByteArray recorded = builtIn.readAll();
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    const auto resumed = Scenario::parse(recorded, QStringLiteral("journal record"), &error);
    QByteArray own = recorded;
    const auto original = Scenario::parse(recorded, QStringLiteral(":/scenarios/x.json"), &error);
    QCoreApplication::removeTranslator(&marking);
    QVERIFY2(resumed && original, qPrintable(error));
    QVERIFY2(resumed->title.startsWith(QStringLiteral("«")), qPrintable(resumed->title));
    QVERIFY2(resumed->briefing.startsWith(QStringLiteral("«")), qPrintable(resumed->briefing));
    QCOMPARE(resumed->title, original->title);
    own.replace(Scenario::load(QStringLiteral("trap-lun-missing"), &error)->title.toUtf8(), "Our own drill");
    MarkingTranslator again;
    QCoreApplication::installTranslator(&again);
    const auto instructors = Scenario::parse(own, QStringLiteral("/tmp/drill.json"), &error);
    QCoreApplication::removeTranslator(&again);
    QVERIFY2(instructors, qPrintable(error));
    QCOMPARE(instructors->title, QStringLiteral("Our own drill"));
}

QTEST_GUILESS_MAIN(TestScenario)
#include "TestScenario.moc"
