#include "Journal.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace spuw;

namespace {

JournalRecord rec(const QString &run, const QString &step, const QString &kind = JournalKind::Verified)
{
    JournalRecord r;
    r.runId = run;
    r.computer = QStringLiteral("SRV01");
    r.osAccount = QStringLiteral("CORP\\admin");
    r.operatorName = QStringLiteral("Ada Operator");
    r.stepId = step;
    r.kind = kind;
    r.evidence = QStringLiteral("{\"raidisk\":\"3.6.2.670\"}");
    return r;
}

// Changes the stored database behind the journal's back, as someone with sqlite3 would.
void tamper(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : sql.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

} // namespace

class TestJournal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void appendsAndReadsBack();
    void survivesReopen();
    void chainContinuesAfterReopen();
    void tamperIsNamed_data();
    void tamperIsNamed();
    void secondWriterIsRefused();
    void leftoverLockFileIsTakenOver();
    void notAJournal_data();
    void notAJournal();
    void newerSchemaIsRefused();
    void readOnlyFileIsRefused();
    void fullDiskKeepsWhatWasRecorded();
    void resumeFindsUnfinishedRun();
    void exportsVersionedJson();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestJournal::init()
{
    static int counter = 0;
    m_path = m_dir.filePath(QStringLiteral("journal-%1.sqlite").arg(++counter));
    QFile::remove(m_path);
}

void TestJournal::appendsAndReadsBack()
{
    Journal j;
    QVERIFY2(j.open(m_path), qPrintable(j.errorString()));
    JournalRecord a = rec(QStringLiteral("run1"), QStringLiteral("backup"), JournalKind::Attested);
    QVERIFY(j.append(a));
    QCOMPARE(a.seq, 1);
    QVERIFY(a.prevHash.isEmpty());
    QCOMPARE(a.hash.size(), 64);
    QVERIFY(a.utc.isValid());
    JournalRecord b = rec(QStringLiteral("run1"), QStringLiteral("disconnect-san"));
    QVERIFY(j.append(b));
    QCOMPARE(b.seq, 2);
    QCOMPARE(b.prevHash, a.hash);

    const auto all = j.records();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).stepId, QStringLiteral("backup"));
    QCOMPARE(all.at(0).operatorName, QStringLiteral("Ada Operator"));
    QCOMPARE(all.at(0).osAccount, QStringLiteral("CORP\\admin"));
    QCOMPARE(all.at(0).kind, JournalKind::Attested);
    QCOMPARE(all.at(1).evidenceObject().value(QStringLiteral("raidisk")).toString(), QStringLiteral("3.6.2.670"));
    QCOMPARE(all.at(1).hash, b.hash);
    QVERIFY(j.verify().ok);
}

void TestJournal::survivesReopen()
{
    {
        Journal j;
        QVERIFY(j.open(m_path));
        for (int i = 0; i < 5; ++i) {
            JournalRecord r = rec(QStringLiteral("run1"), QStringLiteral("step%1").arg(i));
            QVERIFY(j.append(r));
        }
    }
    Journal again;
    QVERIFY(again.open(m_path, Journal::Mode::ReadOnly));
    QCOMPARE(again.count(), 5);
    const auto v = again.verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.records, 5);
}

void TestJournal::chainContinuesAfterReopen()
{
    QByteArray last;
    {
        Journal j;
        QVERIFY(j.open(m_path));
        JournalRecord r = rec(QStringLiteral("run1"), QStringLiteral("a"));
        QVERIFY(j.append(r));
        last = r.hash;
    }
    Journal j;
    QVERIFY(j.open(m_path));
    JournalRecord r = rec(QStringLiteral("run1"), QStringLiteral("b"));
    QVERIFY(j.append(r));
    QCOMPARE(r.seq, 2);
    QCOMPARE(r.prevHash, last);
    QVERIFY(j.verify().ok);
}

void TestJournal::tamperIsNamed_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("firstBad");
    QTest::newRow("evidence changed") << QStringLiteral(
        "UPDATE records SET evidence='{\"raidisk\":\"3.6.3.670\"}' WHERE seq=3")
                                      << qint64(3);
    QTest::newRow("operator changed") << QStringLiteral("UPDATE records SET operator='Mallory' WHERE seq=2")
                                      << qint64(2);
    QTest::newRow("kind changed") << QStringLiteral("UPDATE records SET kind='verified' WHERE seq=1") << qint64(1);
    QTest::newRow("time changed") << QStringLiteral("UPDATE records SET utc='2003-01-01T00:00:00.000Z' WHERE seq=4")
                                  << qint64(4);
    QTest::newRow("middle record deleted") << QStringLiteral("DELETE FROM records WHERE seq=2") << qint64(2);
    QTest::newRow("first record deleted") << QStringLiteral("DELETE FROM records WHERE seq=1") << qint64(1);
    QTest::newRow("last record deleted") << QStringLiteral("DELETE FROM records WHERE seq=5") << qint64(5);
    QTest::newRow("records swapped") << QStringLiteral(
        "UPDATE records SET seq=100 WHERE seq=2; UPDATE records SET seq=2 WHERE seq=3; "
        "UPDATE records SET seq=3 WHERE seq=100")
                                     << qint64(2);
    QTest::newRow("deleted and renumbered")
        << QStringLiteral("DELETE FROM records WHERE seq=3; UPDATE records SET seq=seq-1 WHERE seq>3") << qint64(3);
    QTest::newRow("hash recomputed by hand")
        << QStringLiteral("UPDATE records SET step_id='x', hash='00' WHERE seq=2") << qint64(2);
}

void TestJournal::tamperIsNamed()
{
    QFETCH(QString, sql);
    QFETCH(qint64, firstBad);
    {
        Journal j;
        QVERIFY(j.open(m_path));
        for (const char *kind : {"attested", "verified", "decision", "verified", "attested"}) {
            JournalRecord r = rec(QStringLiteral("run1"), QStringLiteral("s"), QLatin1String(kind));
            QVERIFY(j.append(r));
        }
        QVERIFY(j.verify().ok);
    }
    tamper(m_path, sql);
    Journal j;
    QVERIFY(j.open(m_path, Journal::Mode::ReadOnly));
    const auto v = j.verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBadSeq, firstBad);
    QVERIFY(v.problem.contains(QString::number(firstBad)));
}

void TestJournal::secondWriterIsRefused()
{
    Journal first;
    QVERIFY(first.open(m_path));
    Journal second;
    QVERIFY(!second.open(m_path));
    QVERIFY2(second.errorString().contains(QStringLiteral("in use by")), qPrintable(second.errorString()));
    QVERIFY(second.errorString().contains(QString::number(QCoreApplication::applicationPid())));
    QVERIFY(second.errorString().contains(m_path));
    // Reading alongside is fine.
    Journal reader;
    QVERIFY(reader.open(m_path, Journal::Mode::ReadOnly));
    first.close();
    QVERIFY2(second.open(m_path), qPrintable(second.errorString()));
}

void TestJournal::leftoverLockFileIsTakenOver()
{
    // A writer killed between creating its lock file and writing its name leaves an empty one.
    QFile lock(m_path + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.close();
    Journal j;
    QVERIFY(!j.open(m_path)); // brand new: its owner may be about to write its name
    QVERIFY2(j.errorString().contains(QStringLiteral("try again")), qPrintable(j.errorString()));
    QVERIFY(lock.open(QIODevice::ReadWrite));
    QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-5), QFileDevice::FileModificationTime));
    lock.close();
    QVERIFY2(j.open(m_path), qPrintable(j.errorString()));
}

void TestJournal::notAJournal_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file") << QByteArray("hello, this is a text file\n")
                               << QStringLiteral("not an SQLite database");
    QTest::newRow("registry hive") << QByteArray("regf\0\0\0\0", 8) << QStringLiteral("not an SQLite database");
}

void TestJournal::notAJournal()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    Journal j;
    QVERIFY(!j.open(m_path));
    QVERIFY2(j.errorString().contains(expected), qPrintable(j.errorString()));
    QVERIFY(j.errorString().contains(m_path));
    QFile again(m_path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), content); // left untouched
}

void TestJournal::newerSchemaIsRefused()
{
    {
        Journal j;
        QVERIFY(j.open(m_path));
        JournalRecord r = rec(QStringLiteral("run1"), QStringLiteral("a"));
        QVERIFY(j.append(r));
    }
    tamper(m_path, QStringLiteral("UPDATE meta SET value='7' WHERE key='schema_version'"));
    Journal j;
    QVERIFY(!j.open(m_path));
    QVERIFY2(j.errorString().contains(QStringLiteral("newer version")), qPrintable(j.errorString()));
    QVERIFY(j.errorString().contains(m_path));

    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    tamper(other, QStringLiteral("CREATE TABLE t(x)"));
    QVERIFY(!j.open(other));
    QVERIFY2(j.errorString().contains(QStringLiteral("not a journal")), qPrintable(j.errorString()));
}

void TestJournal::readOnlyFileIsRefused()
{
    if (::geteuid() == 0)
        QSKIP("root ignores file permissions");
    {
        Journal j;
        QVERIFY(j.open(m_path));
    }
    QFile::setPermissions(m_path, QFile::ReadOwner);
    Journal j;
    QVERIFY(!j.open(m_path));
    QVERIFY(j.errorString().contains(QStringLiteral("read-only")));
}

void TestJournal::fullDiskKeepsWhatWasRecorded()
{
    Journal j;
    QVERIFY(j.open(m_path));
    // Limit the database so the disk is "full" after a few records.
    QVERIFY(j.setMaxPageCount(8));
    qint64 recorded = 0;
    QString error;
    for (int i = 0; i < 500; ++i) {
        JournalRecord r = rec(QStringLiteral("run1"), QStringLiteral("step%1").arg(i));
        r.evidence = QStringLiteral("{\"pad\":\"%1\"}").arg(QString(400, QLatin1Char('x')));
        if (!j.append(r)) {
            error = j.errorString();
            break;
        }
        recorded = r.seq;
    }
    QVERIFY2(!error.isEmpty(), "the journal must eventually report the full disk");
    QVERIFY2(error.contains(QStringLiteral("full")), qPrintable(error));
    QVERIFY(error.contains(m_path));
    QVERIFY(recorded > 0);
    j.close();
    Journal again;
    QVERIFY(again.open(m_path, Journal::Mode::ReadOnly));
    QCOMPARE(again.count(), recorded);
    QVERIFY(again.verify().ok);
}

void TestJournal::resumeFindsUnfinishedRun()
{
    Journal j;
    QVERIFY(j.open(m_path));
    for (const auto &[run, step, kind] : {std::tuple{"old", "start", "run-started"},
             std::tuple{"old", "backup", "attested"}, std::tuple{"old", "end", "run-finished"},
             std::tuple{"new", "start", "run-started"}, std::tuple{"new", "backup", "attested"},
             std::tuple{"new", "disconnect-san", "verified"}, std::tuple{"new", "upgrade-windows", "failure"}}) {
        JournalRecord r = rec(QLatin1String(run), QLatin1String(step), QLatin1String(kind));
        QVERIFY(j.append(r));
    }
    const auto state = j.unfinishedRun(QStringLiteral("SRV01"));
    QVERIFY(state);
    QCOMPARE(state->runId, QStringLiteral("new"));
    QCOMPARE(state->completedSteps, (QSet<QString>{QStringLiteral("backup"), QStringLiteral("disconnect-san")}));
    QVERIFY(!j.unfinishedRun(QStringLiteral("SRV99")));
    JournalRecord end = rec(QStringLiteral("new"), QStringLiteral("end"), JournalKind::RunFinished);
    QVERIFY(j.append(end));
    QVERIFY(!j.unfinishedRun(QStringLiteral("SRV01")));
}

void TestJournal::exportsVersionedJson()
{
    Journal j;
    QVERIFY(j.open(m_path));
    JournalRecord r = rec(QStringLiteral("run1"), QStringLiteral("backup"));
    QVERIFY(j.append(r));
    const QJsonObject o = j.exportJson();
    QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(), Journal::kSchemaVersion);
    QVERIFY(o.value(QStringLiteral("verified")).toBool());
    const QJsonArray records = o.value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).toObject().value(QStringLiteral("hash")).toString(), QString::fromLatin1(r.hash));
    QCOMPARE(records.at(0)
                 .toObject()
                 .value(QStringLiteral("evidence"))
                 .toObject()
                 .value(QStringLiteral("raidisk"))
                 .toString(),
        QStringLiteral("3.6.2.670"));
}

QTEST_GUILESS_MAIN(TestJournal)
#include "TestJournal.moc"
