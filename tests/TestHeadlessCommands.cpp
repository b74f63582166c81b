#include "AppRun.h"
#include "TrainingRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using spuw::test::AppRun;

// The report and journal commands of the real executable.
class TestHeadlessCommands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void verifyJournal();
    void exportReports_data();
    void exportReports();
    void mergeJournals();
    void preflightToAFile();
    void badJournals_data();
    void badJournals();
    void showRun();

private:
    QTemporaryDir m_dir;
    QString m_journal;
    QString m_cluster;
};

void TestHeadlessCommands::initTestCase()
{
    QString error;
    m_journal = m_dir.filePath(QStringLiteral("standalone.sqlite"));
    QVERIFY2(spuw::test::runTrainingScenario(QStringLiteral("standalone-ready"), m_journal, false, &error),
        qPrintable(error));
    m_cluster = m_dir.filePath(QStringLiteral("cluster.sqlite"));
    QVERIFY2(spuw::test::runTrainingScenario(QStringLiteral("cluster-two-node"), m_cluster, false, &error),
        qPrintable(error));
}

void TestHeadlessCommands::verifyJournal()
{
    AppRun r = AppRun::run({QStringLiteral("--journal"), m_journal, QStringLiteral("--verify-journal")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("intact"));
    const QString copy = m_dir.filePath(QStringLiteral("tampered.sqlite"));
    QVERIFY(QFile::copy(m_journal, copy));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        db.setDatabaseName(copy);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE records SET kind='attested' WHERE seq=6")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
    r = AppRun::run({QStringLiteral("--journal"), copy, QStringLiteral("--verify-journal")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("record 6"), r.err.constData());
}

void TestHeadlessCommands::exportReports_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("html") << "r.html";
    QTest::newRow("pdf") << "r.pdf";
    QTest::newRow("json") << "r.json";
}

void TestHeadlessCommands::exportReports()
{
    QFETCH(QString, name);
    const QString out = m_dir.filePath(name);
    AppRun r = AppRun::run({QStringLiteral("--journal"), m_journal, QStringLiteral("--export-report"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFileInfo(out).size() > 500);
    // Never overwritten unless asked.
    const QDateTime before = QFileInfo(out).lastModified();
    r = AppRun::run({QStringLiteral("--journal"), m_journal, QStringLiteral("--export-report"), out});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("exists already"));
    QCOMPARE(QFileInfo(out).lastModified(), before);
    r = AppRun::run(
        {QStringLiteral("--journal"), m_journal, QStringLiteral("--export-report"), out, QStringLiteral("--force")});
    QCOMPARE(r.exitCode, 0);
}

void TestHeadlessCommands::mergeJournals()
{
    const QString other = m_dir.filePath(QStringLiteral("cluster-b.sqlite"));
    QString error;
    QVERIFY(spuw::test::runTrainingScenario(QStringLiteral("cluster-two-node"), other, false, &error));
    const QString out = m_dir.filePath(QStringLiteral("cluster.json"));
    AppRun r
        = AppRun::run({QStringLiteral("--merge-journals"), m_cluster, other, QStringLiteral("--export-report"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    QVERIFY(o.value(QStringLiteral("cluster_roll_up")).toBool());
    r = AppRun::run({QStringLiteral("--merge-journals"), m_cluster, m_journal, QStringLiteral("--export-report"),
        m_dir.filePath(QStringLiteral("x.json"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("not a cluster node"));
}

void TestHeadlessCommands::preflightToAFile()
{
    const QString out = m_dir.filePath(QStringLiteral("assessment.json"));
    AppRun r = AppRun::run({QStringLiteral("--preflight"), QStringLiteral("--scenario"),
        QStringLiteral("pagefile-on-san"), QStringLiteral("--json"), QStringLiteral("--output"), out});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.isEmpty());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("procedure")).toString(),
        QStringLiteral("defer"));
}

void TestHeadlessCommands::badJournals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << "missing"
                             << "no such journal";
    QTest::newRow("not a journal") << "text"
                                   << "not an SQLite database";
    QTest::newRow("no --journal") << "none"
                                  << "needs --journal";
}

void TestHeadlessCommands::badJournals()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QString path = m_dir.filePath(QStringLiteral("bad-%1.sqlite").arg(kind));
    if (kind == QLatin1String("text")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
    }
    QStringList args{QStringLiteral("--verify-journal")};
    if (kind != QLatin1String("none"))
        args << QStringLiteral("--journal") << path;
    const AppRun r = AppRun::run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.constData());
}

void TestHeadlessCommands::showRun()
{
    // The run as its journal says, read-only: finished standalone, the cluster's nodes, a run in the
    // middle, and a journal that cannot be read.
    AppRun r
        = AppRun::run({QStringLiteral("--journal"), m_journal, QStringLiteral("--show-run"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("schema")).toInt(), 1);
    QVERIFY(o.value(QStringLiteral("training")).toBool());
    QVERIFY(o.value(QStringLiteral("finished")).toBool());
    QCOMPARE(o.value(QStringLiteral("procedure")).toString(), QStringLiteral("standalone"));
    QVERIFY(o.value(QStringLiteral("verification")).toObject().value(QStringLiteral("intact")).toBool());
    QVERIFY(o.value(QStringLiteral("next")).isNull());
    QJsonArray nodes = o.value(QStringLiteral("nodes")).toArray();
    QCOMPARE(nodes.size(), 1);
    QCOMPARE(nodes.first()[QStringLiteral("computer")].toString(), QStringLiteral("SRV01"));
    QCOMPARE(nodes.first()[QStringLiteral("steps")].toArray().size(), 5);
    for (const QJsonValue &step : nodes.first()[QStringLiteral("steps")].toArray())
        QCOMPARE(step[QStringLiteral("state")].toString(), QStringLiteral("done"));
    QVERIFY(o.value(QStringLiteral("debrief")).toObject().value(QStringLiteral("mistakes")).toArray().isEmpty());
    QVERIFY(!o.value(QStringLiteral("run_id")).toString().isEmpty());

    r = AppRun::run({QStringLiteral("--journal"), m_cluster, QStringLiteral("--show-run"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    nodes = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("nodes")).toArray();
    QCOMPARE(nodes.size(), 2);
    QCOMPARE(nodes.at(1)[QStringLiteral("computer")].toString(), QStringLiteral("NODE2"));

    // A run paused in the middle: the next step, and the text form.
    const QString paused = m_dir.filePath(QStringLiteral("paused.sqlite"));
    QVERIFY(QFile::copy(m_journal, paused));
    QFile::setPermissions(paused, QFile::ReadOwner | QFile::WriteOwner);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("p"));
        db.setDatabaseName(paused);
        QVERIFY(db.open());
        // Cut the journal after the upgrade (a copy, to show a run in the middle; its chain is cut
        // at the end, which verification reports).
        QSqlQuery q(db);
        QVERIFY(
            q.exec(QStringLiteral("SELECT MIN(seq) FROM records WHERE step_id='upgrade-windows' AND kind='verified'")));
        QVERIFY(q.next());
        const qint64 upgrade = q.value(0).toLongLong();
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("DELETE FROM records WHERE seq > %1").arg(upgrade)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("p"));
    r = AppRun::run({QStringLiteral("--journal"), paused, QStringLiteral("--show-run"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    o = QJsonDocument::fromJson(r.out).object();
    QVERIFY(!o.value(QStringLiteral("finished")).toBool());
    QVERIFY(!o.value(QStringLiteral("verification")).toObject().value(QStringLiteral("intact")).toBool());
    QCOMPARE(o.value(QStringLiteral("next")).toObject().value(QStringLiteral("step")).toString(),
        QStringLiteral("install-securepath-2003"));
    QCOMPARE(o.value(QStringLiteral("next")).toObject().value(QStringLiteral("computer")).toString(),
        QStringLiteral("SRV01"));
    r = AppRun::run({QStringLiteral("--journal"), paused, QStringLiteral("--show-run")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Next: install-securepath-2003 on SRV01"), r.out.constData());
    QVERIFY(r.out.contains("[current]"));

    r = AppRun::run(
        {QStringLiteral("--journal"), m_dir.filePath(QStringLiteral("none.sqlite")), QStringLiteral("--show-run")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("none.sqlite"));
    r = AppRun::run({QStringLiteral("--show-run")});
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestHeadlessCommands)
#include "TestHeadlessCommands.moc"
