#include "StepCatalogue.h"
#include "TrainingRun.h"
#include "UpgradeReport.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace spuw;

class TestUpgradeReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standaloneRunFromARealWalk();
    void deviationsAreHighlighted();
    void tamperedJournalIsReportedAsSuch();
    void clusterRollUp_data();
    void clusterRollUp();
    void differentClustersAreRefused();
    void damagedJournalIsRefusedForARollUp();
    void missingJournalIsNamed();
    void aRealUpgradeIsNeverLabelledTraining();

private:
    QString walk(const QString &scenario, bool mistake = false)
    {
        const QString path = m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(scenario).arg(++m_count));
        QString error;
        // A walk that fails fails the test that asked for it (a warning would let the test go on
        // to check a journal that was never written as intended).
        if (!test::runTrainingScenario(scenario, path, mistake, &error))
            QTest::qFail(qPrintable(QStringLiteral("the training walk of %1 failed: %2").arg(scenario, error)),
                __FILE__, __LINE__);
        return path;
    }
    QTemporaryDir m_dir;
    int m_count = 0;
};

void TestUpgradeReport::standaloneRunFromARealWalk()
{
    QString error;
    const auto report = UpgradeReport::fromJournal(walk(QStringLiteral("standalone-ready")), &error);
    QVERIFY2(report, qPrintable(error));
    QVERIFY(report->allIntact());
    QVERIFY(report->isTraining());
    QCOMPARE(report->runs().size(), 1);
    const auto run = report->runs().first();
    QCOMPARE(run.computer, QStringLiteral("SRV01"));
    QCOMPARE(run.procedure, QStringLiteral("standalone"));
    QVERIFY(run.finished);
    QCOMPARE(run.operators, QStringList{QStringLiteral("Grace Operator")});
    QCOMPARE(run.factsBefore.value(QStringLiteral("os")).toObject().value(QStringLiteral("build")).toInt(), 2195);
    QCOMPARE(run.factsAfter.value(QStringLiteral("os")).toObject().value(QStringLiteral("build")).toInt(), 3790);
    QCOMPARE(
        run.factsAfter.value(QStringLiteral("securepath")).toObject().value(QStringLiteral("file_version")).toString(),
        QStringLiteral("3.6.3.670"));
    QStringList verified;
    for (const auto &e : run.timeline) {
        if (e.kind == QLatin1String("verified") || e.kind == QLatin1String("attested"))
            verified << e.step;
    }
    QCOMPARE(verified,
        (QStringList{QStringLiteral("backup"), QStringLiteral("disconnect-san"), QStringLiteral("upgrade-windows"),
            QStringLiteral("install-securepath-2003"), QStringLiteral("reconnect-san")}));
    QCOMPARE(run.deviations, 0);

    const QString html = report->toHtml();
    QVERIFY(html.contains(QStringLiteral("TRAINING RUN")));
    QVERIFY(html.contains(QStringLiteral("Grace Operator")));
    QVERIFY(html.contains(QStringLiteral("intact")));
    const QJsonObject json = report->toJson();
    QCOMPARE(json.value(QStringLiteral("schema")).toString(), QStringLiteral("sp-upgrade-wizard-report/1"));
    // One version everywhere: the CMake project's.
    QCOMPARE(json.value(QStringLiteral("generator")).toString(), QStringLiteral("sp-upgrade-wizard " SPUW_VERSION));
    QVERIFY(html.contains(QStringLiteral("sp-upgrade-wizard " SPUW_VERSION)));
    QCOMPARE(json.value(QStringLiteral("runs"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("timeline"))
                 .toArray()
                 .size(),
        run.timeline.size());
}

void TestUpgradeReport::deviationsAreHighlighted()
{
    QString error;
    const auto report = UpgradeReport::fromJournal(walk(QStringLiteral("standalone-ready"), true), &error);
    QVERIFY2(report, qPrintable(error));
    const auto run = report->runs().first();
    QCOMPARE(run.procedure, QStringLiteral("recovery"));
    QVERIFY(run.deviations >= 1);
    bool bugcheck = false;
    for (const auto &e : run.timeline)
        bugcheck = bugcheck || (e.deviation && e.detail.contains(QStringLiteral("BAD_POOL_CALLER")));
    QVERIFY(bugcheck);
    QVERIFY(report->toHtml().contains(QStringLiteral("class=\"dev\"")));
}

void TestUpgradeReport::tamperedJournalIsReportedAsSuch()
{
    const QString path = walk(QStringLiteral("standalone-ready"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("UPDATE records SET operator='Mallory' WHERE seq=4"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
    QString error;
    const auto report = UpgradeReport::fromJournal(path, &error);
    QVERIFY(report);
    QVERIFY(!report->allIntact());
    QVERIFY(report->sources().first().verification.contains(QStringLiteral("record 4")));
    QVERIFY(report->toHtml().contains(QStringLiteral("DAMAGED at record 4")));
}

void TestUpgradeReport::clusterRollUp_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("nodes");
    QTest::newRow("two nodes") << "cluster-two-node" << 2;
    QTest::newRow("three nodes") << "cluster-three-node" << 3;
}

void TestUpgradeReport::clusterRollUp()
{
    QFETCH(QString, scenario);
    QFETCH(int, nodes);
    // In training one journal holds every node's run; in the data centre each node keeps its own.
    // Both are merged the same way: here the first journal and a copy of it stand for two files.
    const QString a = walk(scenario);
    QString error;
    const auto one = UpgradeReport::fromJournal(a, &error);
    QVERIFY2(one, qPrintable(error));
    QCOMPARE(one->runs().size(), nodes);
    const QString b = walk(scenario);
    const auto two = UpgradeReport::fromJournal(b, &error);
    const auto merged = UpgradeReport::merge({*one, *two}, &error);
    QVERIFY2(merged, qPrintable(error));
    QVERIFY(merged->isClusterRollUp());
    QCOMPARE(merged->runs().size(), 2 * nodes);
    QCOMPARE(merged->sources().size(), 2);
    QStringList computers;
    for (const auto &r : merged->runs()) {
        QVERIFY(r.finished);
        QCOMPARE(r.cluster, nodes == 2 ? QStringLiteral("CLUSTER1") : QStringLiteral("CLUSTER3"));
        computers << r.computer;
    }
    for (int i = 1; i <= nodes; ++i)
        QCOMPARE(computers.count(QStringLiteral("NODE%1").arg(i)), 2);
    const QString html = merged->toHtml();
    QVERIFY(html.contains(QStringLiteral("Cluster upgrade record")));
    QVERIFY(html.contains(
        QStringLiteral("<td>NODE%1</td><td>done</td><td>2195 / 3790</td><td>3.6.2.670 / 3.6.3.670</td>").arg(nodes)));
}

void TestUpgradeReport::differentClustersAreRefused()
{
    QString error;
    const auto a = UpgradeReport::fromJournal(walk(QStringLiteral("cluster-two-node")), &error);
    const auto b = UpgradeReport::fromJournal(walk(QStringLiteral("cluster-three-node")), &error);
    QVERIFY(!UpgradeReport::merge({*a, *b}, &error));
    QVERIFY2(error.contains(QStringLiteral("different clusters")), qPrintable(error));
    const auto standalone = UpgradeReport::fromJournal(walk(QStringLiteral("standalone-ready")), &error);
    QVERIFY(!UpgradeReport::merge({*a, *standalone}, &error));
    QVERIFY2(error.contains(QStringLiteral("not a cluster node")), qPrintable(error));
    // The same journal twice is refused, not every node listed twice.
    QVERIFY(!UpgradeReport::merge({*a, *a}, &error));
    QVERIFY2(error.contains(QStringLiteral("given twice")), qPrintable(error));
}

void TestUpgradeReport::damagedJournalIsRefusedForARollUp()
{
    const QString path = walk(QStringLiteral("cluster-two-node"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t2"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("DELETE FROM records WHERE seq=3"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t2"));
    QString error;
    const auto damaged = UpgradeReport::fromJournal(path, &error);
    const auto good = UpgradeReport::fromJournal(walk(QStringLiteral("cluster-two-node")), &error);
    QVERIFY(!UpgradeReport::merge({*good, *damaged}, &error));
    QVERIFY2(error.contains(path) && error.contains(QStringLiteral("failed verification")), qPrintable(error));
}

void TestUpgradeReport::missingJournalIsNamed()
{
    QString error;
    QVERIFY(!UpgradeReport::fromJournal(m_dir.filePath(QStringLiteral("nope.sqlite")), &error));
    QVERIFY(error.contains(QStringLiteral("nope.sqlite")));
}

void TestUpgradeReport::aRealUpgradeIsNeverLabelledTraining()
{
    // Found by the attack test: one training run in a journal made the whole record "TRAINING RUN".
    const QString path = walk(QStringLiteral("standalone-ready"));
    // A real run appended by a real session (a live server stand-in) to the training journal.
    {
        Journal j;
        QVERIFY(j.open(path));
        JournalRecord r;
        r.runId = QStringLiteral("real-run");
        r.computer = QStringLiteral("SRV09");
        r.stepId = RecordTopic::Start;
        r.kind = JournalKind::RunStarted;
        QVERIFY(j.append(r));
    }
    QString error;
    const auto report = UpgradeReport::fromJournal(path, &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->runs().size(), 2);
    QVERIFY(!report->isTraining());
    QVERIFY(report->hasTraining());
    const QString html = report->toHtml();
    QVERIFY(!html.contains(QStringLiteral("TRAINING RUN: simulated server")));
    QVERIFY(html.contains(QStringLiteral("training runs as well as real upgrades")));
    QVERIFY(!report->toJson().value(QStringLiteral("training")).toBool());
}

QTEST_GUILESS_MAIN(TestUpgradeReport)
#include "TestUpgradeReport.moc"
