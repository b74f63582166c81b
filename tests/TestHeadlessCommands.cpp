#include "AppRun.h"
#include "Privileges.h"
#include "TrainingRun.h"
#include "WriterProtocol.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/stat.h>

using spuw::test::AppRun;

namespace {

// The journal as someone with sqlite3 would change it.
bool tamper(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
    return ok;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

// The report and journal commands of the real executable.
class TestHeadlessCommands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void verifyJournal();
    void languageOfTheHeadlessCommands();
    void exportReports_data();
    void exportReports();
    void mergeJournals();
    void preflightToAFile();
    void badJournals_data();
    void badJournals();
    void showRun();
    void neverWritesThroughASymlink_data();
    void neverWritesThroughASymlink();
    void outputsAreNeverWritableByOthers();
    void damagedJournalIsExportedOnlyOnRequest();
    void expectedHeadCatchesARewrite();
    void readsAJournalRightAfterAKill_data();
    void readsAJournalRightAfterAKill();
    void truncatedJournalIsCutShort();

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
    // A path with %1 and %2 in it is said as it is, and the head hash is where it belongs.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("p%1q%2")));
    const QString odd = m_dir.filePath(QStringLiteral("p%1q%2/j%1.sqlite"));
    QVERIFY(QFile::copy(m_journal, odd));
    r = AppRun::run({QStringLiteral("--journal"), odd, QStringLiteral("--verify-journal")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains((odd + QStringLiteral(": intact, ")).toUtf8()), r.out.constData());
    QVERIFY2(QRegularExpression(QStringLiteral("records, head hash [0-9a-f]{64}"))
                 .match(QString::fromUtf8(r.out))
                 .hasMatch(),
        r.out.constData());
}

void TestHeadlessCommands::languageOfTheHeadlessCommands()
{
    // --lang applies to the headless commands too; a language without a translation is a usage error.
    AppRun r = AppRun::run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--journal"), m_journal,
        QStringLiteral("--verify-journal")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("intakt"), r.out.constData());
    r = AppRun::run({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--journal"), m_journal,
        QStringLiteral("--verify-journal")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("正常"), r.out.constData());
    for (const QString &bad : {QStringLiteral("xx"), QStringLiteral("../../etc/passwd")}) {
        r = AppRun::run({QStringLiteral("--lang"), bad, QStringLiteral("--journal"), m_journal,
            QStringLiteral("--verify-journal")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no translation"), r.err.constData());
    }
    // Without --lang the headless commands stay in English whatever the locale says.
    qputenv("LANG", "de_DE.UTF-8");
    r = AppRun::run({QStringLiteral("--journal"), m_journal, QStringLiteral("--verify-journal")});
    qunsetenv("LANG");
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("intact"), r.out.constData());
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

void TestHeadlessCommands::neverWritesThroughASymlink_data()
{
    QTest::addColumn<QStringList>("args"); // OUT stands for the link
    QTest::addColumn<bool>("dangling");
    const QString journal = QStringLiteral("JOURNAL");
    QTest::newRow("export --force over a link to a file") << QStringList{QStringLiteral("--journal"), journal,
        QStringLiteral("--export-report"), QStringLiteral("OUT"), QStringLiteral("--force")}
                                                          << false;
    QTest::newRow("export to a dangling link")
        << QStringList{QStringLiteral("--journal"), journal, QStringLiteral("--export-report"), QStringLiteral("OUT")}
        << true;
    QTest::newRow("preflight --output --force over a link") << QStringList{QStringLiteral("--preflight"),
        QStringLiteral("--scenario"), QStringLiteral("standalone-ready"), QStringLiteral("--output"),
        QStringLiteral("OUT"), QStringLiteral("--force")} << false;
    QTest::newRow("preflight --output to a dangling link") << QStringList{QStringLiteral("--preflight"),
        QStringLiteral("--scenario"), QStringLiteral("standalone-ready"), QStringLiteral("--output"),
        QStringLiteral("OUT")} << true;
}

void TestHeadlessCommands::neverWritesThroughASymlink()
{
    QFETCH(QStringList, args);
    QFETCH(bool, dangling);
    QTemporaryDir shared; // another user's playground, such as /tmp
    const QString victim = shared.filePath(QStringLiteral("victim.conf"));
    if (!dangling) {
        QFile f(victim);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious\n");
    }
    const QString link = shared.filePath(QStringLiteral("report.html"));
    QVERIFY(QFile::link(victim, link));
    args.replaceInStrings(QStringLiteral("OUT"), link);
    args.replaceInStrings(QStringLiteral("JOURNAL"), m_journal);
    const AppRun r = AppRun::run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("symbolic link"), r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(link), r.err.constData());
    if (dangling)
        QVERIFY(!QFileInfo::exists(victim));
    else
        QCOMPARE(readAll(victim), QByteArray("precious\n"));
    QVERIFY(QFileInfo(link).isSymLink());
}

void TestHeadlessCommands::outputsAreNeverWritableByOthers()
{
    const mode_t old = ::umask(0); // the child inherits it
    const QString report = m_dir.filePath(QStringLiteral("umask0.html"));
    const QString assessment = m_dir.filePath(QStringLiteral("umask0.txt"));
    const AppRun a = AppRun::run({QStringLiteral("--journal"), m_journal, QStringLiteral("--export-report"), report});
    const AppRun b = AppRun::run({QStringLiteral("--preflight"), QStringLiteral("--scenario"),
        QStringLiteral("standalone-ready"), QStringLiteral("--output"), assessment});
    ::umask(old);
    QVERIFY2(a.exitCode == 0, a.err.constData());
    QVERIFY2(b.exitCode == 0, b.err.constData());
    for (const QString &path : {report, assessment}) {
        const auto p = QFileInfo(path).permissions();
        QVERIFY(p & QFile::ReadOwner);
        QVERIFY2(!(p & (QFile::WriteGroup | QFile::WriteOther)), qPrintable(path));
    }
}

void TestHeadlessCommands::damagedJournalIsExportedOnlyOnRequest()
{
    const QString copy = m_dir.filePath(QStringLiteral("mallory.sqlite"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_journal, copy));
    QVERIFY(tamper(copy, QStringLiteral("UPDATE records SET operator='mallory' WHERE seq=6")));
    const QString html = m_dir.filePath(QStringLiteral("mallory.html"));
    AppRun r = AppRun::run({QStringLiteral("--journal"), copy, QStringLiteral("--export-report"), html});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("record 6") && r.err.contains("--force"), r.err.constData());
    QVERIFY(!QFileInfo::exists(html));

    r = AppRun::run(
        {QStringLiteral("--journal"), copy, QStringLiteral("--export-report"), html, QStringLiteral("--force")});
    QCOMPARE(r.exitCode, 3);
    const QString text = QString::fromUtf8(readAll(html));
    QVERIFY(text.contains(QStringLiteral("DAMAGED JOURNAL")));
    const qsizetype mallory = text.indexOf(QStringLiteral("<td>mallory"));
    QVERIFY(mallory > 0);
    const qsizetype row = text.lastIndexOf(QStringLiteral("<tr"), mallory);
    QVERIFY2(text.mid(row, 40).contains(QStringLiteral("damaged")), qPrintable(text.mid(row, 200)));

    const QString json = m_dir.filePath(QStringLiteral("mallory.json"));
    r = AppRun::run(
        {QStringLiteral("--journal"), copy, QStringLiteral("--export-report"), json, QStringLiteral("--force")});
    QCOMPARE(r.exitCode, 3);
    const QJsonObject o = QJsonDocument::fromJson(readAll(json)).object();
    QCOMPARE(o.value(QStringLiteral("sources")).toArray().at(0).toObject().value(QStringLiteral("damaged_from_seq")),
        QJsonValue(6));
    int marked = 0;
    for (const QJsonValue &e :
        o.value(QStringLiteral("runs")).toArray().at(0).toObject().value(QStringLiteral("timeline")).toArray()) {
        const bool after = e.toObject().value(QStringLiteral("after_damage")).toBool();
        QCOMPARE(after, e.toObject().value(QStringLiteral("seq")).toInt() >= 6);
        marked += after ? 1 : 0;
    }
    QVERIFY(marked > 0);

    // Every page of the PDF says it.
    const QString pdf = m_dir.filePath(QStringLiteral("mallory.pdf"));
    r = AppRun::run(
        {QStringLiteral("--journal"), copy, QStringLiteral("--export-report"), pdf, QStringLiteral("--force")});
    QCOMPARE(r.exitCode, 3);
    QByteArray pages;
    if (spuw::test::runCommand(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &pages) != 0)
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QList<QByteArray> perPage = pages.split('\f');
    int pageCount = 0;
    for (const QByteArray &page : perPage) {
        if (page.trimmed().isEmpty())
            continue;
        ++pageCount;
        QVERIFY2(page.contains("DAMAGED JOURNAL"), page.left(300).constData());
    }
    QVERIFY(pageCount >= 1);
}

void TestHeadlessCommands::expectedHeadCatchesARewrite()
{
    AppRun r = AppRun::run({QStringLiteral("--journal"), m_journal, QStringLiteral("--verify-journal")});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    const qsizetype at = out.indexOf(QStringLiteral("--expect-head "));
    QVERIFY2(at > 0, r.out.constData());
    const QString head = out.mid(at + 14, 64);
    r = AppRun::run({QStringLiteral("--journal"), m_journal, QStringLiteral("--verify-journal"),
        QStringLiteral("--expect-head"), head});
    QCOMPARE(r.exitCode, 0);
    // The same training run written again: a consistent chain, but not the one that was noted.
    const QString rewritten = m_dir.filePath(QStringLiteral("rewritten.sqlite"));
    QString error;
    QVERIFY2(spuw::test::runTrainingScenario(QStringLiteral("standalone-ready"), rewritten, false, &error),
        qPrintable(error));
    r = AppRun::run({QStringLiteral("--journal"), rewritten, QStringLiteral("--verify-journal")});
    QCOMPARE(r.exitCode, 0);
    r = AppRun::run({QStringLiteral("--journal"), rewritten, QStringLiteral("--verify-journal"),
        QStringLiteral("--expect-head"), head.left(16)});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("rewritten"), r.err.constData());
    r = AppRun::run({QStringLiteral("--journal"), m_journal, QStringLiteral("--verify-journal"),
        QStringLiteral("--expect-head"), QStringLiteral("xyz")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("not a head hash"), r.err.constData());
    // The report prints the command with its head hash.
    const QString html = m_dir.filePath(QStringLiteral("with-command.html"));
    r = AppRun::run({QStringLiteral("--journal"), m_journal, QStringLiteral("--export-report"), html});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QString::fromUtf8(readAll(html)).contains(QStringLiteral("--verify-journal --expect-head ") + head));
}

void TestHeadlessCommands::readsAJournalRightAfterAKill_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("verify") << "verify";
    QTest::newRow("export") << "export";
}

void TestHeadlessCommands::readsAJournalRightAfterAKill()
{
    QFETCH(QString, command);
    const QString path = m_dir.filePath(QStringLiteral("killed-%1.sqlite").arg(command));
    QProcess writer;
    writer.start(QStringLiteral(SPUW_JOURNAL_WRITER), {path, QStringLiteral("--die-mid-write")});
    QByteArray said;
    QElapsedTimer t;
    t.start();
    while (!spuw::test::saidEvent(said, QStringLiteral("mid-write")) && t.elapsed() < 30000
        && writer.state() != QProcess::NotRunning) {
        writer.waitForReadyRead(50);
        said += writer.readAllStandardOutput();
    }
    QVERIFY(spuw::test::saidEvent(said, QStringLiteral("mid-write")));
    ::kill(pid_t(writer.processId()), SIGKILL);
    QVERIFY(writer.waitForFinished());
    QStringList args{QStringLiteral("--journal"), path};
    if (command == QLatin1String("verify"))
        args << QStringLiteral("--verify-journal");
    else
        args << QStringLiteral("--export-report") << m_dir.filePath(QStringLiteral("after-kill.json"));
    const AppRun r = AppRun::run(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("rolled back"), r.out.constData());
    QVERIFY2(!r.err.contains("readonly"), r.err.constData());
}

void TestHeadlessCommands::truncatedJournalIsCutShort()
{
    const QString copy = m_dir.filePath(QStringLiteral("cut.sqlite"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_journal, copy));
    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(f.size() - 100));
    f.close();
    const AppRun r = AppRun::run({QStringLiteral("--journal"), copy, QStringLiteral("--verify-journal")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("cut short"), r.err.constData());
    QVERIFY2(!r.err.contains("reordered"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestHeadlessCommands)
#include "TestHeadlessCommands.moc"
