#include "Journal.h"
#include "Privileges.h"
#include "WriterProtocol.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/file.h>
#include <sys/stat.h>
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

void writeRecords(const QString &path, int n)
{
    Journal j;
    QVERIFY2(j.open(path), qPrintable(j.errorString()));
    for (int i = 0; i < n; ++i) {
        JournalRecord r = rec(QStringLiteral("run1"), QStringLiteral("step%1").arg(i));
        QVERIFY(j.append(r));
    }
}

// A lock file as QLockFile writes it, naming `pid` and `app` on this machine, `age` seconds old.
void plantLockFile(const QString &path, qint64 pid, const QString &app, int age = 5)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::number(pid) + '\n' + app.toUtf8() + '\n' + QSysInfo::machineHostName().toUtf8() + '\n'
        + QSysInfo::machineUniqueId() + '\n' + QSysInfo::bootUniqueId() + '\n');
    QVERIFY(f.flush());
    if (age > 0)
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-age), QFileDevice::FileModificationTime));
}

// Starts journal_writer with --die-mid-write and kills it inside its unfinished write.
void killMidWrite(const QString &path)
{
    QProcess writer;
    writer.start(QStringLiteral(SPUW_JOURNAL_WRITER), {path, QStringLiteral("--die-mid-write")});
    QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (!test::saidEvent(out, QStringLiteral("mid-write")) && t.elapsed() < 30000
        && writer.state() == QProcess::Running) {
        writer.waitForReadyRead(50);
        out += writer.readAllStandardOutput();
    }
    QVERIFY2(test::saidEvent(out, QStringLiteral("mid-write")), writer.readAllStandardError().constData());
    ::kill(pid_t(writer.processId()), SIGKILL);
    QVERIFY(writer.waitForFinished(5000));
    QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > 0);
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
    void interruptedWriteIsRolledBackForReaders();
    void aRollbackFileSomeoneElseLeftIsNotApplied();
    void interruptedWriteOnReadOnlyMediaIsReadFromACopy();
    void fileTamperIsNamed_data();
    void fileTamperIsNamed();
    void expectedHeadCatchesARewrite();
    void sqliteCopyIsVouchedForByTheNotedHead();
    void verifyWhileAnotherProcessWrites();
    void oneWriterWhateverThePath_data();
    void oneWriterWhateverThePath();
    void deadWritersLockIsTakenOverDespiteLeftovers_data();
    void deadWritersLockIsTakenOverDespiteLeftovers();
    void liveWritersOldLockIsKept();
    void fullDiskIsSaidWhenTheLockCannotBeWritten();
    void filesAreTheOwnersAloneWhateverTheUmask();
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
    // A writer creating its lock file right now holds its flock before it writes its name: the
    // second writer waits for the name, then is told to try again.
    QFile lock(m_path + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    QCOMPARE(::flock(lock.handle(), LOCK_EX | LOCK_NB), 0);
    Journal j;
    QVERIFY(!j.open(m_path));
    QVERIFY2(j.errorString().contains(QStringLiteral("try again")), qPrintable(j.errorString()));
    // A writer killed between creating its lock file and writing its name leaves an empty one that
    // nobody holds: taken over once it has had its second to be named.
    lock.close();
    QElapsedTimer t;
    t.start();
    QVERIFY2(j.open(m_path), qPrintable(j.errorString()));
    QVERIFY(t.elapsed() < 3000);
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

void TestJournal::readOnlyFileIsRefused()
{
    QTemporaryDir shared;
    QVERIFY(QFile::setPermissions(shared.path(), QFileDevice::Permissions(0x7777))); // rwx for all
    const QString path = shared.filePath(QStringLiteral("journal.sqlite"));
    writeRecords(path, 2);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    if (!test::isRoot()) {
        Journal j;
        QVERIFY(!j.open(path));
        QVERIFY2(j.errorString().contains(QStringLiteral("read-only")), qPrintable(j.errorString()));
        return;
    }
    // Root (as CI runs) ignores file permissions: the refusal is checked where it matters, in a
    // writer running as user nobody.
    QString why;
    const QStringList nobody = test::asNobody(&why);
    if (nobody.isEmpty())
        QSKIP(qPrintable(why));
    QProcess writer;
    writer.start(nobody.first(),
        nobody.mid(1) << QStringLiteral(SPUW_JOURNAL_WRITER) << path << QStringLiteral("--records")
                      << QStringLiteral("1"));
    QVERIFY(writer.waitForFinished(30000));
    const QString err = QString::fromLocal8Bit(writer.readAllStandardError());
    QCOMPARE(writer.exitCode(), 1);
    QVERIFY2(err.contains(QStringLiteral("read-only")), qPrintable(err));
    QVERIFY2(err.contains(path), qPrintable(err));
    Journal reader;
    QVERIFY(reader.open(path, Journal::Mode::ReadOnly));
    QCOMPARE(reader.count(), 2);
}

void TestJournal::interruptedWriteIsRolledBackForReaders()
{
    killMidWrite(m_path);
    Journal j;
    QVERIFY2(j.open(m_path, Journal::Mode::ReadOnly), qPrintable(j.errorString()));
    QVERIFY2(j.recoveryNote().contains(QStringLiteral("rolled back")), qPrintable(j.recoveryNote()));
    const auto v = j.verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.records, 3);
    QVERIFY(v.notes.contains(j.recoveryNote()));
    // A reader never writes the journal: it rolled back a private copy.
    QVERIFY(j.recoveryNote().contains(QStringLiteral("private copy")));
    QVERIFY(QFileInfo::exists(m_path + QStringLiteral("-journal")));
    j.close();
    // The writer rolls it back in place, as SQLite does; then there is nothing left to roll back.
    {
        Journal writer;
        QVERIFY2(writer.open(m_path), qPrintable(writer.errorString()));
        QVERIFY(writer.recoveryNote().contains(QStringLiteral("rolled back")));
        QCOMPARE(writer.verify().records, 3);
    }
    QVERIFY(!QFileInfo::exists(m_path + QStringLiteral("-journal")));
    Journal again;
    QVERIFY(again.open(m_path, Journal::Mode::ReadOnly));
    QVERIFY(again.recoveryNote().isEmpty());
    QVERIFY(again.verify().ok);
}

void TestJournal::aRollbackFileSomeoneElseLeftIsNotApplied()
{
    const auto readAll = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    // In a shared folder anyone may drop "J-journal" beside J; applied, it would rewrite J. One the
    // journal's owner did not write, or others may write, is refused by readers and writers alike.
    killMidWrite(m_path);
    const QString rollback = m_path + QStringLiteral("-journal");
    const QByteArray journalBefore = readAll(m_path);
    QVERIFY(QFile::setPermissions(rollback,
        QFile::ReadOwner | QFile::WriteOwner | QFile::WriteOther | QFile::ReadOther | QFile::WriteGroup
            | QFile::ReadGroup));
    for (Journal::Mode mode : {Journal::Mode::ReadOnly, Journal::Mode::ReadWrite}) {
        Journal j;
        QVERIFY(!j.open(m_path, mode));
        QVERIFY2(j.errorString().contains(rollback) && j.errorString().contains(QStringLiteral("not applied")),
            qPrintable(j.errorString()));
    }
    if (test::isRoot()) {
        QVERIFY(QFile::setPermissions(rollback, QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(::chown(QFile::encodeName(rollback).constData(), 65534, 65534), 0);
        Journal j;
        QVERIFY(!j.open(m_path, Journal::Mode::ReadOnly));
        QVERIFY2(j.errorString().contains(QStringLiteral("owned by user 65534")), qPrintable(j.errorString()));
    }
    QCOMPARE(readAll(m_path), journalBefore); // untouched
}

void TestJournal::interruptedWriteOnReadOnlyMediaIsReadFromACopy()
{
    QTemporaryDir media;
    const QString path = media.filePath(QStringLiteral("journal.sqlite"));
    killMidWrite(path);
    const QByteArray before = [&] {
        QFile f(path + QStringLiteral("-journal"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QTemporaryDir mountPoint;
    test::ScopedMount mount;
    QString why;
    QString readOnlyPath;
    if (test::isRoot()) {
        if (!mount.bindReadOnly(media.path(), mountPoint.path(), &why))
            QSKIP(qPrintable(why));
        readOnlyPath = mountPoint.filePath(QStringLiteral("journal.sqlite"));
    } else {
        QVERIFY(QFile::setPermissions(media.path(), QFile::ReadOwner | QFile::ExeOwner));
        readOnlyPath = path;
    }
    Journal j;
    QVERIFY2(j.open(readOnlyPath, Journal::Mode::ReadOnly), qPrintable(j.errorString()));
    QVERIFY2(j.recoveryNote().contains(QStringLiteral("private copy")), qPrintable(j.recoveryNote()));
    const auto v = j.verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.records, 3);
    j.close();
    QFile rollback(path + QStringLiteral("-journal"));
    QVERIFY(rollback.open(QIODevice::ReadOnly));
    QCOMPARE(rollback.readAll(), before); // the media were not written
    QFile::setPermissions(media.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestJournal::fileTamperIsNamed_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("bytesAppended");
    QTest::addColumn<int>("bytesCut");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1000 bytes appended") << QString() << 1000 << 0 << QStringLiteral("1000 bytes follow the end");
    QTest::newRow("4096 bytes appended") << QString() << 4096 << 0 << QStringLiteral("4096 bytes follow the end");
    QTest::newRow("cut by 100 bytes") << QString() << 0 << 100 << QStringLiteral("the file is cut short");
    QTest::newRow("cut by a page") << QString() << 0 << 4096 << QStringLiteral("the file is cut short");
    QTest::newRow("last record deleted, head fixed")
        << QStringLiteral("DELETE FROM records WHERE seq=40; UPDATE meta SET value='39' WHERE key='head_seq'; "
                          "UPDATE meta SET value=(SELECT hash FROM records WHERE seq=39) WHERE key='head_hash'")
        << 0 << 0 << QStringLiteral("another program wrote to it");
    QTest::newRow("emptied, meta reset") << QStringLiteral(
        "DELETE FROM records; UPDATE meta SET value='0' WHERE key='head_seq'; "
        "UPDATE meta SET value='' WHERE key='head_hash'")
                                         << 0 << 0 << QStringLiteral("freed");
    QTest::newRow("tail deleted, head fixed")
        << QStringLiteral("DELETE FROM records WHERE seq>5; UPDATE meta SET value='5' WHERE key='head_seq'; "
                          "UPDATE meta SET value=(SELECT hash FROM records WHERE seq=5) WHERE key='head_hash'")
        << 0 << 0 << QStringLiteral("freed");
}

void TestJournal::fileTamperIsNamed()
{
    QFETCH(QString, sql);
    QFETCH(int, bytesAppended);
    QFETCH(int, bytesCut);
    QFETCH(QString, expected);
    {
        Journal j;
        QVERIFY(j.open(m_path));
        for (int i = 0; i < 40; ++i) {
            JournalRecord r = rec(QStringLiteral("run1"), QStringLiteral("step%1").arg(i));
            r.evidence = QStringLiteral("{\"pad\":\"%1\"}").arg(QString(300, QLatin1Char('p')));
            QVERIFY(j.append(r));
        }
        QVERIFY(j.verify().ok);
    }
    if (!sql.isEmpty())
        tamper(m_path, sql);
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    if (bytesAppended) {
        f.seek(f.size());
        f.write(QByteArray(bytesAppended, '\xa5'));
    }
    if (bytesCut)
        QVERIFY(f.resize(f.size() - bytesCut));
    f.close();
    Journal j;
    QVERIFY2(j.open(m_path, Journal::Mode::ReadOnly), qPrintable(j.errorString()));
    const auto v = j.verify();
    QVERIFY2(!v.ok, "the tampering went unnoticed");
    QVERIFY2(v.problem.contains(expected), qPrintable(v.problem));
    QVERIFY2(!v.problem.contains(QStringLiteral("reordered")), qPrintable(v.problem));
    QVERIFY(v.firstBadSeq > 0);
}

void TestJournal::verifyWhileAnotherProcessWrites()
{
    // Checked from a second terminal while the wizard writes: one snapshot, never "records removed
    // from the end" because a record was committed between reading the records and the head.
    QProcess writer;
    writer.start(QStringLiteral(SPUW_JOURNAL_WRITER), {m_path});
    QVERIFY(writer.waitForStarted());
    QVERIFY(writer.waitForReadyRead(10000));
    const auto stop = qScopeGuard([&writer] {
        writer.kill();
        writer.waitForFinished();
    });
    int checks = 0;
    qint64 lastRecords = 0;
    QElapsedTimer clock;
    clock.start();
    while (checks < 60 && clock.elapsed() < 20000) {
        Journal j;
        QVERIFY2(j.open(m_path, Journal::Mode::ReadOnly), qPrintable(j.errorString()));
        const auto v = j.verify();
        QVERIFY2(v.ok, qPrintable(QStringLiteral("check %1: %2").arg(checks).arg(v.problem)));
        QVERIFY(v.records >= lastRecords);
        lastRecords = v.records;
        ++checks;
    }
    QVERIFY2(lastRecords > 20, "the writer wrote while the journal was checked");
    qInfo("%d checks while the writer wrote, the last saw %lld records", checks, lastRecords);
}

void TestJournal::sqliteCopyIsVouchedForByTheNotedHead()
{
    // A copy SQLite itself made (VACUUM INTO, as sqlite3 .backup does) counts its writes differently: without
    // the noted head it cannot be vouched for; with the last record's head it is accepted, and the note says why.
    QByteArray head;
    QByteArray earlier;
    {
        Journal j;
        QVERIFY(j.open(m_path));
        for (int i = 0; i < 6; ++i) {
            JournalRecord r = rec(QStringLiteral("run1"), QStringLiteral("step%1").arg(i));
            QVERIFY(j.append(r));
            if (i == 3)
                earlier = r.hash;
        }
        head = j.headHash();
    }
    const QString copy = m_path + QStringLiteral(".copy");
    QFile::remove(copy);
    tamper(m_path, QStringLiteral("VACUUM INTO '%1'").arg(copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    Journal j;
    QVERIFY2(j.open(copy, Journal::Mode::ReadOnly), qPrintable(j.errorString()));
    const auto without = j.verify();
    QVERIFY2(!without.ok, "a copy that counts its writes differently was vouched for without the head");
    QVERIFY2(without.problem.contains(QStringLiteral("--expect-head")), qPrintable(without.problem));
    const auto wrongHead = j.verify(nullptr, earlier);
    QVERIFY2(!wrongHead.ok, "an earlier record's head vouched for the whole copy");
    const auto with = j.verify(nullptr, head);
    QVERIFY2(with.ok, qPrintable(with.problem));
    QCOMPARE(with.records, 6);
    QVERIFY2(
        with.notes.join(u' ').contains(QStringLiteral("no record was changed")), qPrintable(with.notes.join(u' ')));
}

void TestJournal::expectedHeadCatchesARewrite()
{
    QByteArray head;
    QByteArray third;
    {
        Journal j;
        QVERIFY(j.open(m_path));
        for (int i = 0; i < 5; ++i) {
            JournalRecord r = rec(QStringLiteral("run1"), QStringLiteral("step%1").arg(i));
            QVERIFY(j.append(r));
            if (i == 2)
                third = r.hash;
        }
        head = j.headHash();
        QCOMPARE(j.headSeq(), 5);
    }
    {
        Journal j;
        QVERIFY(j.open(m_path, Journal::Mode::ReadOnly));
        auto v = j.verify(nullptr, head);
        QVERIFY2(v.ok, qPrintable(v.problem));
        QVERIFY(v.notes.join(QLatin1Char(' ')).contains(QStringLiteral("last record")));
        v = j.verify(nullptr, third.left(16));
        QVERIFY2(v.ok, qPrintable(v.problem));
        QVERIFY2(v.notes.join(QLatin1Char(' ')).contains(QStringLiteral("2 records were written after it")),
            qPrintable(v.notes.join(QLatin1Char(' '))));
    }
    // Rewritten from scratch by someone who knows the format: a fresh, consistent chain.
    QVERIFY(QFile::remove(m_path));
    writeRecords(m_path, 5);
    Journal j;
    QVERIFY(j.open(m_path, Journal::Mode::ReadOnly));
    QVERIFY(j.verify().ok); // nothing in the file can tell
    const auto v = j.verify(nullptr, head);
    QVERIFY(!v.ok);
    QVERIFY2(v.problem.contains(QStringLiteral("rewritten")), qPrintable(v.problem));
    QVERIFY(Journal::normaliseHash(QStringLiteral(" ABCDEF0123456789 ")));
    QVERIFY(!Journal::normaliseHash(QStringLiteral("abc")));
    QVERIFY(!Journal::normaliseHash(QStringLiteral("zzzzzzzzzzzzzzzzzz")));
}

void TestJournal::oneWriterWhateverThePath_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("symbolic link") << "symlink";
    QTest::newRow("hard link") << "hardlink";
    QTest::newRow("linked folder, new journal") << "folder";
}

void TestJournal::oneWriterWhateverThePath()
{
    QFETCH(QString, how);
    QTemporaryDir elsewhere;
    QString other = elsewhere.filePath(QStringLiteral("same-journal.sqlite"));
    if (how == QLatin1String("folder")) {
        const QString linked = elsewhere.filePath(QStringLiteral("linked"));
        QVERIFY(QFile::link(QFileInfo(m_path).absolutePath(), linked));
        other = linked + QLatin1Char('/') + QFileInfo(m_path).fileName();
    } else {
        writeRecords(m_path, 1);
        if (how == QLatin1String("hardlink"))
            QCOMPARE(::link(QFile::encodeName(m_path).constData(), QFile::encodeName(other).constData()), 0);
        else
            QVERIFY(QFile::link(m_path, other));
    }
    Journal first;
    QVERIFY2(first.open(m_path), qPrintable(first.errorString()));
    Journal second;
    QVERIFY2(!second.open(other), "a second writer reached the same file through a link");
    QVERIFY2(second.errorString().contains(QStringLiteral("in use by")), qPrintable(second.errorString()));
    QVERIFY(second.errorString().contains(other));
    JournalRecord r = rec(QStringLiteral("run1"), QStringLiteral("after"));
    QVERIFY2(first.append(r), qPrintable(first.errorString()));
    const qint64 firstSeq = r.seq;
    first.close();
    QVERIFY2(second.open(other), qPrintable(second.errorString()));
    JournalRecord s2 = rec(QStringLiteral("run1"), QStringLiteral("through the link"));
    QVERIFY2(second.append(s2), qPrintable(second.errorString()));
    QCOMPARE(s2.seq, firstSeq + 1);
    QVERIFY(second.verify().ok);
}

void TestJournal::deadWritersLockIsTakenOverDespiteLeftovers_data()
{
    QTest::addColumn<bool>("pidReused");
    QTest::addColumn<bool>("emptyRemovalLock");
    QTest::addColumn<int>("age");
    // A writer killed inside QLockFile's removal of a stale lock leaves an empty "<lock>.rmlock",
    // which QLockFile honours for 30 s: every writer meanwhile was refused "in use by" the dead one
    // (the reliability suite's kill loop met it 120 times in a row, right after the kill).
    QTest::newRow("empty .rmlock left by a kill, lock just written") << false << true << 0;
    QTest::newRow("empty .rmlock left by a kill, lock 5 s old") << false << true << 5;
    // The dead writer's PID now belongs to a live process of the same name.
    QTest::newRow("pid reused") << true << false << 0;
}

void TestJournal::deadWritersLockIsTakenOverDespiteLeftovers()
{
    QFETCH(bool, pidReused);
    QFETCH(bool, emptyRemovalLock);
    QFETCH(int, age);
    writeRecords(m_path, 1);
    const QString lock = m_path + QStringLiteral(".lock");
    QProcess other;
    if (pidReused) {
        other.start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(other.waitForStarted());
        plantLockFile(lock, other.processId(), QStringLiteral("sleep"), age);
    } else {
        // A writer that is gone: its PID read while it ran (QProcess forgets it once it has ended).
        other.start(QStringLiteral("sleep"), {QStringLiteral("0.1")});
        QVERIFY(other.waitForStarted());
        const qint64 pid = other.processId();
        QVERIFY(other.waitForFinished());
        plantLockFile(lock, pid, QStringLiteral("journal_writer"), age);
    }
    if (emptyRemovalLock) {
        QFile rm(lock + QStringLiteral(".rmlock"));
        QVERIFY(rm.open(QIODevice::WriteOnly));
        QVERIFY(rm.setFileTime(QDateTime::currentDateTime().addSecs(-5), QFileDevice::FileModificationTime));
    }
    Journal j;
    QVERIFY2(j.open(m_path), qPrintable(j.errorString()));
    JournalRecord r = rec(QStringLiteral("run1"), QStringLiteral("after"));
    QVERIFY(j.append(r));
    QCOMPARE(r.seq, 2);
    if (pidReused) {
        other.kill();
        other.waitForFinished();
    }
}

void TestJournal::liveWritersOldLockIsKept()
{
    Journal first;
    QVERIFY(first.open(m_path));
    QFile lock(m_path + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::ReadWrite));
    QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
    lock.close();
    Journal second;
    QVERIFY(!second.open(m_path));
    QVERIFY2(second.errorString().contains(QStringLiteral("in use by")), qPrintable(second.errorString()));
    JournalRecord r = rec(QStringLiteral("run1"), QStringLiteral("still mine"));
    QVERIFY(first.append(r));
}

void TestJournal::fullDiskIsSaidWhenTheLockCannotBeWritten()
{
    QTemporaryDir mountPoint;
    test::ScopedMount disk;
    QString why;
    if (!disk.tmpfs(mountPoint.path(), 64, &why))
        QSKIP(qPrintable(why));
    QVERIFY2(test::fillDisk(mountPoint.path(), &why), qPrintable(why));
    const QString path = mountPoint.filePath(QStringLiteral("journal.sqlite"));
    Journal j;
    QVERIFY(!j.open(path));
    QVERIFY2(j.errorString().contains(QStringLiteral("disk is full")), qPrintable(j.errorString()));
    QVERIFY2(!j.errorString().contains(QStringLiteral("in use")), qPrintable(j.errorString()));
    QVERIFY(j.errorString().contains(path));
}

void TestJournal::filesAreTheOwnersAloneWhateverTheUmask()
{
    const mode_t old = ::umask(0);
    Journal j;
    const bool opened = j.open(m_path);
    JournalRecord r = rec(QStringLiteral("run1"), QStringLiteral("a"));
    const bool appended = opened && j.append(r);
    ::umask(old);
    QVERIFY2(opened && appended, qPrintable(j.errorString()));
    const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    QVERIFY(QFileInfo(m_path).permissions() & ownerOnly);
    QCOMPARE(QFileInfo(m_path).permissions() & others, QFileDevice::Permissions());
    QCOMPARE(QFileInfo(m_path + QStringLiteral(".lock")).permissions() & others, QFileDevice::Permissions());
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
