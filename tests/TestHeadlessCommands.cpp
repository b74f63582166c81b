#include "AppRun.h"
#include "TrainingRun.h"

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

QTEST_GUILESS_MAIN(TestHeadlessCommands)
#include "TestHeadlessCommands.moc"
