// The reliability suite: see README.md beside this file. Every case runs the real executables; the
// table at the end says what was tried, passed, failed and lost.
#include "Journal.h"
#include "Privileges.h"
#include "ServerImage.h"
#include "WriterProtocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

using namespace spuw;
using namespace spuw::test;

namespace {

struct Tally
{
    QString section;
    int tried = 0;
    int passed = 0;
    int failed = 0;
    qint64 lost = 0;
    QStringList skipped;
    QStringList failures;
    double seconds = 0;
};

QList<Tally> g_tallies;
QTextStream g_out(stdout);

Tally &section(const QString &name)
{
    Tally t;
    t.section = name;
    g_tallies.append(t);
    g_out << "== " << name << Qt::endl;
    return g_tallies.last();
}

void record(Tally &t, bool ok, const QString &what)
{
    ++t.tried;
    if (ok) {
        ++t.passed;
        return;
    }
    ++t.failed;
    if (t.failures.size() < 20)
        t.failures << what;
    g_out << "  FAILED: " << what << Qt::endl;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

Run runApp(const QStringList &args, const QStringList &prefix = {}, int timeoutMs = 60000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    if (prefix.isEmpty())
        p.start(QStringLiteral(SPUW_APP_BINARY), args);
    else
        p.start(prefix.first(), prefix.mid(1) << QStringLiteral(SPUW_APP_BINARY) << args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out after %1 ms").arg(timeoutMs);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// One expectation: an exit code and words the output must hold.
void expect(Tally &t, const QString &name, const Run &r, int exitCode, const QStringList &words)
{
    bool ok = r.exitCode == exitCode;
    for (const QString &w : words)
        ok = ok && r.all().contains(w);
    record(t, ok,
        QStringLiteral("%1: exit %2 (expected %3): %4")
            .arg(name)
            .arg(r.exitCode)
            .arg(exitCode)
            .arg(r.all().simplified().left(300)));
}

// ---- kill loop ---------------------------------------------------------------------------------

struct WriterCommand
{
    QString program = QStringLiteral(SPUW_JOURNAL_WRITER);
    QStringList args; // the journal's path is added last
};

// What is checked after each kill: the promised records are there, and (for writers that walk the
// wizard through a Session) the run rebuilt from the journal is the state the writer reported.
QList<DurabilityCheck> checks()
{
    return {journalHoldsWhatWasPromised, runStateIsWhatWasReported};
}

void killLoop(const QString &name, const WriterCommand &writer, int kills, double budgetSeconds, QRandomGenerator &rng)
{
    Tally &t = section(name);
    QElapsedTimer clock;
    clock.start();
    QTemporaryDir dir;
    QString journal;
    qint64 promised = 0;
    qint64 records = 0;
    for (int round = 0; round < kills; ++round) {
        if (budgetSeconds > 0 && clock.elapsed() > budgetSeconds * 1000)
            break;
        // A new journal every 250 kills: each check verifies the whole chain, and a journal of tens
        // of thousands of records would make the kills few, not the test harder.
        if (round % 250 == 0) {
            if (!journal.isEmpty()) {
                Journal j;
                if (j.open(journal, Journal::Mode::ReadOnly))
                    records += j.verify().records;
            }
            journal = dir.filePath(QStringLiteral("killed-%1.sqlite").arg(round / 250));
            promised = 0;
        }
        QProcess p;
        p.start(writer.program, writer.args + QStringList{journal});
        if (!p.waitForStarted()) {
            record(t, false, QStringLiteral("round %1: the writer did not start: %2").arg(round).arg(p.errorString()));
            continue;
        }
        QByteArray out;
        QElapsedTimer life;
        life.start();
        // Three rounds in four count from "opened" (a write is under way when the kill comes); the
        // fourth from the start, so kills also land while the writer opens the journal and takes its lock.
        if (round % 4 != 0) {
            while (
                !saidEvent(out, QStringLiteral("opened")) && life.elapsed() < 10000 && p.state() == QProcess::Running) {
                p.waitForReadyRead(2);
                out += p.readAllStandardOutput();
            }
            life.restart();
        }
        const int lifetime = int(rng.bounded(40));
        while (life.elapsed() < lifetime && p.state() == QProcess::Running) {
            p.waitForReadyRead(1);
            out += p.readAllStandardOutput();
        }
        if (p.state() != QProcess::Running) {
            // It stopped by itself: a refusal ("in use by" a dead writer) is a failure.
            p.waitForFinished();
            record(t, false,
                QStringLiteral("round %1: the writer stopped by itself: %2")
                    .arg(round)
                    .arg(QString::fromLocal8Bit(p.readAllStandardError()).trimmed()));
            continue;
        }
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished();
        out += p.readAllStandardOutput();
        const auto last = lastDurable(out);
        if (last)
            promised = last->seq;
        QStringList problems;
        // Every tenth kill, the operator's first command comes at once, hot rollback file and all.
        if (round % 10 == 5) {
            const Run v = runApp({QStringLiteral("--journal"), journal, QStringLiteral("--verify-journal")});
            if (v.exitCode != 0)
                problems << QStringLiteral("--verify-journal right after the kill: exit %1: %2")
                                .arg(v.exitCode)
                                .arg(v.all().simplified());
        }
        for (const DurabilityCheck &check : checks()) {
            const QString problem = check(journal, last);
            if (!problem.isEmpty())
                problems << problem;
        }
        if (!problems.isEmpty()) {
            Journal j;
            if (j.open(journal, Journal::Mode::ReadOnly))
                t.lost += qMax<qint64>(0, promised - j.verify().records);
        }
        record(
            t, problems.isEmpty(), QStringLiteral("round %1: %2").arg(round).arg(problems.join(QStringLiteral("; "))));
    }
    Journal j;
    if (j.open(journal, Journal::Mode::ReadOnly))
        records += j.verify().records;
    g_out << "  " << t.tried << " kills, " << records << " records written and verified" << Qt::endl;
    t.seconds = clock.elapsed() / 1000.0;
}

// ---- kill during export --------------------------------------------------------------------------

bool wholeReport(const QString &path, QString *why)
{
    QFile f(path);
    if (!f.exists())
        return true; // absent is fine: nothing half-written
    if (!f.open(QIODevice::ReadOnly)) {
        *why = f.errorString();
        return false;
    }
    const QByteArray bytes = f.readAll();
    if (path.endsWith(QLatin1String(".pdf")))
        *why = bytes.startsWith("%PDF") && bytes.trimmed().endsWith("%%EOF") ? QString() : QStringLiteral("cut PDF");
    else if (path.endsWith(QLatin1String(".html")))
        *why = bytes.trimmed().endsWith("</html>") ? QString() : QStringLiteral("cut HTML");
    else
        *why = QJsonDocument::fromJson(bytes).isObject() ? QString() : QStringLiteral("cut JSON");
    return why->isEmpty();
}

void killDuringExport(int kills, QRandomGenerator &rng)
{
    Tally &t = section(QStringLiteral("kill during export"));
    QElapsedTimer clock;
    clock.start();
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("big.sqlite"));
    QProcess writer;
    writer.start(QStringLiteral(SPUW_JOURNAL_WRITER), {journal, QStringLiteral("--records"), QStringLiteral("3000")});
    writer.waitForFinished(120000);
    const QStringList formats{QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("json")};
    int wholeAfterKill = 0;
    int absentAfterKill = 0;
    int temporaries = 0;
    for (int i = 0; i < kills; ++i) {
        const QString out = dir.filePath(QStringLiteral("report.") + formats.at(i % formats.size()));
        QProcess p;
        p.start(QStringLiteral(SPUW_APP_BINARY),
            {QStringLiteral("--journal"), journal, QStringLiteral("--export-report"), out, QStringLiteral("--force")});
        p.waitForStarted();
        QThread::msleep(rng.bounded(i % formats.size() == 0 ? 1500 : 400));
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished();
        QString why;
        const bool present = QFileInfo::exists(out);
        const bool whole = wholeReport(out, &why);
        if (!whole)
            ++t.lost;
        (present ? wholeAfterKill : absentAfterKill) += whole ? 1 : 0;
        QFile::remove(out); // the next kill must not find this one's report
        const auto leftovers = QDir(dir.path()).entryList({QStringLiteral("report.*")}, QDir::Files);
        temporaries += int(leftovers.size());
        for (const QString &l : leftovers)
            QFile::remove(dir.filePath(l));
        record(t, whole, QStringLiteral("%1 after a kill: %2").arg(out, why));
    }
    g_out << "  " << wholeAfterKill << " reports complete, " << absentAfterKill << " not there (killed before the "
          << "rename); " << temporaries << " unfinished temporary files left beside them" << Qt::endl;
    t.seconds = clock.elapsed() / 1000.0;
}

// ---- tampering ---------------------------------------------------------------------------------

bool sql(const QString &path, const QString &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &s : statements.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            ok = ok && q.exec(s);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return ok;
}

void tampering()
{
    Tally &t = section(QStringLiteral("tamper"));
    QElapsedTimer clock;
    clock.start();
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("original.sqlite"));
    QProcess writer;
    writer.start(QStringLiteral(SPUW_JOURNAL_WRITER), {original, QStringLiteral("--records"), QStringLiteral("40")});
    writer.waitForFinished(60000);
    Journal j;
    j.open(original, Journal::Mode::ReadOnly);
    const QString head = QString::fromLatin1(j.verify().headHash);
    j.close();
    const QString fixHead
        = QStringLiteral("UPDATE meta SET value=COALESCE((SELECT MAX(seq) FROM records),0) WHERE key='head_seq';"
                         "UPDATE meta SET value=COALESCE((SELECT hash FROM records ORDER BY seq DESC LIMIT 1),'') "
                         "WHERE key='head_hash'");
    struct Case
    {
        QString name;
        std::function<bool(const QString &)> damage;
        QStringList extraArgs;
        QStringList words;
    };
    auto appendBytes = [](int n) {
        return [n](const QString &p) {
            QFile f(p);
            return f.open(QIODevice::Append) && f.write(QByteArray(n, '\x5a')) == n;
        };
    };
    const QList<Case> cases{
        {QStringLiteral("operator changed to mallory"),
            [](const QString &p) {
                return sql(p, QStringLiteral("UPDATE records SET operator='mallory' WHERE seq=6"));
            },
            {}, {QStringLiteral("record 6")}},
        {QStringLiteral("last record deleted, head fixed"),
            [&](const QString &p) { return sql(p, QStringLiteral("DELETE FROM records WHERE seq=40;") + fixHead); }, {},
            {QStringLiteral("another program wrote to it")}},
        {QStringLiteral("every record deleted, meta reset"),
            [&](const QString &p) { return sql(p, QStringLiteral("DELETE FROM records;") + fixHead); }, {},
            {QStringLiteral("freed")}},
        {QStringLiteral("1,000 bytes appended"), appendBytes(1000), {}, {QStringLiteral("1000 bytes follow")}},
        {QStringLiteral("4,096 bytes appended"), appendBytes(4096), {}, {QStringLiteral("4096 bytes follow")}},
        {QStringLiteral("cut by 100 bytes"),
            [](const QString &p) {
                QFile f(p);
                return f.resize(f.size() - 100);
            },
            {}, {QStringLiteral("cut short")}},
        {QStringLiteral("rewritten from scratch, head noted"),
            [](const QString &p) {
                QFile::remove(p);
                QProcess w;
                w.start(QStringLiteral(SPUW_JOURNAL_WRITER), {p, QStringLiteral("--records"), QStringLiteral("40")});
                return w.waitForFinished(60000) && w.exitCode() == 0;
            },
            {QStringLiteral("--expect-head"), head}, {QStringLiteral("rewritten")}},
    };
    for (const Case &c : cases) {
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        QFile::remove(copy);
        QFile::copy(original, copy);
        if (!c.damage(copy)) {
            record(t, false, c.name + QStringLiteral(": could not tamper"));
            continue;
        }
        expect(t, c.name + QStringLiteral(" (verify)"),
            runApp(QStringList{QStringLiteral("--journal"), copy, QStringLiteral("--verify-journal")} + c.extraArgs), 3,
            c.words);
        if (!c.extraArgs.isEmpty())
            continue;
        const QString report = dir.filePath(QStringLiteral("tampered.html"));
        QFile::remove(report);
        const Run refused = runApp({QStringLiteral("--journal"), copy, QStringLiteral("--export-report"), report});
        expect(t, c.name + QStringLiteral(" (export refused)"), refused, 3, {QStringLiteral("--force")});
        record(t, !QFileInfo::exists(report), c.name + QStringLiteral(": a report was written without --force"));
        const Run forced = runApp(
            {QStringLiteral("--journal"), copy, QStringLiteral("--export-report"), report, QStringLiteral("--force")});
        QFile f(report);
        const bool marked
            = forced.exitCode == 3 && f.open(QIODevice::ReadOnly) && f.readAll().contains("DAMAGED JOURNAL");
        record(t, marked, c.name + QStringLiteral(": the forced report is not marked damaged: ") + forced.all());
    }
    t.seconds = clock.elapsed() / 1000.0;
}

// ---- damaged images ----------------------------------------------------------------------------

QStringList damagedHiveFixtures()
{
    QStringList out;
    QSet<QString> names;
    for (const QString &dir : {QStringLiteral(SPUW_TEST_DATA "/fixtures/hives/damaged"),
             QStringLiteral(SPUW_SHARED_FIXTURES "/hives/damaged")}) {
        const QDir d(dir);
        for (const QString &f : d.entryList({QStringLiteral("*.xz")}, QDir::Files, QDir::Name)) {
            if (!names.contains(f)) {
                names.insert(f);
                out << d.filePath(f);
            }
        }
    }
    out << QStringLiteral(SPUW_TEST_DATA "/fixtures/hives/corrupted_system_regipy.xz");
    return out;
}

bool plant(const QString &path, const QString &kind)
{
    QFile::remove(path);
    QDir(path).removeRecursively();
    const QByteArray native = QFile::encodeName(path);
    if (kind == QLatin1String("FIFO"))
        return ::mkfifo(native.constData(), 0644) == 0;
    if (kind == QLatin1String("folder"))
        return QDir().mkdir(path);
    if (kind == QLatin1String("/dev/zero"))
        return QFile::link(QStringLiteral("/dev/zero"), path);
    if (kind == QLatin1String("self-loop"))
        return ::symlink(native.constData(), native.constData()) == 0;
    if (kind == QLatin1String("truncated")) {
        QFile from(ServerImage::peFixture(QStringLiteral("3.6.2.670")));
        QFile to(path);
        return from.open(QIODevice::ReadOnly) && to.open(QIODevice::WriteOnly) && to.write(from.read(700)) == 700;
    }
    return false;
}

Run preflight(const QString &root, const QStringList &prefix = {})
{
    return runApp({QStringLiteral("--preflight"), QStringLiteral("--image"), root, QStringLiteral("--san-volumes"),
                      QStringLiteral("E:")},
        prefix, 30000);
}

void damagedImages()
{
    Tally &t = section(QStringLiteral("damaged images"));
    QElapsedTimer clock;
    clock.start();
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7755));
    int n = 0;
    auto freshImage = [&](const ServerImage &image = ServerImage()) {
        const QString root = dir.filePath(QStringLiteral("img%1").arg(++n));
        QString error;
        if (!image.write(root, &error))
            g_out << "  cannot build an image: " << error << Qt::endl;
        return root;
    };
    for (const QString &fixture : damagedHiveFixtures()) {
        for (const QString &hive : {QStringLiteral("SYSTEM"), QStringLiteral("SOFTWARE")}) {
            const QString root = freshImage();
            const QString target = root + QStringLiteral("/WINNT/system32/config/") + hive;
            QFile::remove(target);
            ServerImage::unpackXz(fixture, target);
            expect(
                t, QStringLiteral("%1 as %2").arg(QFileInfo(fixture).fileName(), hive), preflight(root), 2, {target});
        }
    }
    for (const QString &kind : {QStringLiteral("FIFO"), QStringLiteral("folder"), QStringLiteral("/dev/zero"),
             QStringLiteral("self-loop"), QStringLiteral("truncated")}) {
        const QString root = freshImage();
        plant(root + QStringLiteral("/WINNT/system32/Drivers/Raidisk.sys"), kind);
        expect(t, QStringLiteral("Raidisk.sys is a %1").arg(kind), preflight(root), 2, {QStringLiteral("Raidisk.sys")});
        if (kind == QLatin1String("truncated"))
            continue;
        const QString root2 = freshImage();
        plant(root2 + QStringLiteral("/WINNT/MEMORY.DMP"), kind);
        expect(t, QStringLiteral("MEMORY.DMP is a %1").arg(kind), preflight(root2), 0,
            {QStringLiteral("Crash dumps unknown"), QStringLiteral("MEMORY.DMP")});
    }
    QString why;
    const QStringList nobody = asNobody(&why);
    if (nobody.isEmpty() && isRoot()) {
        t.skipped << QStringLiteral("unreadable folders: ") + why;
    } else {
        for (const auto &[folder, code] : {std::pair{QStringLiteral("WINNT/system32/Drivers"), 2},
                 std::pair{QStringLiteral("WINNT/system32/config"), 2},
                 std::pair{QStringLiteral("WINNT/Minidump"), 0}}) {
            const QString root = freshImage();
            QDir().mkpath(root + QStringLiteral("/WINNT/Minidump"));
            runCommand(QStringLiteral("chmod"), {QStringLiteral("-R"), QStringLiteral("a+rX"), root});
            QFile::setPermissions(root + QLatin1Char('/') + folder, QFileDevice::Permissions());
            const Run r = preflight(root, nobody);
            QFile::setPermissions(root + QLatin1Char('/') + folder, QFileDevice::Permissions(0x7755));
            expect(
                t, QStringLiteral("%1 unreadable as nobody").arg(folder), r, code, {QStringLiteral("cannot be read")});
            record(t,
                !r.out.contains(QStringLiteral("not installed"))
                    && !r.all().contains(QStringLiteral("does not look like")),
                folder + QStringLiteral(": a permission error became a verdict: ") + r.out.left(300));
        }
    }
    // Non-ASCII paths, all the way down.
    {
        const QString root = dir.filePath(QStringLiteral("Übung 服务器 образ"));
        ServerImage image;
        QString error;
        image.write(root, &error);
        const Run r = preflight(root);
        expect(t, QStringLiteral("image under a non-ASCII path"), r, 0, {QStringLiteral("3.6.2.670")});
    }
    t.seconds = clock.elapsed() / 1000.0;
}

// ---- malformed scenarios -----------------------------------------------------------------------

void malformedScenarios()
{
    Tally &t = section(QStringLiteral("malformed scenarios"));
    QElapsedTimer clock;
    clock.start();
    QTemporaryDir dir;
    const QByteArray head = "{\"schema\":1,\"name\":\"x\",\"title\":\"t\",\"briefing\":\"b\",\"expected_procedure\":"
                            "\"standalone\",\"facts\":{\"computer_name\":\"A\",\"san_volumes\":[\"E:\"]";
    const QList<std::tuple<QString, QByteArray, QString>> files{
        {QStringLiteral("times 1e30"), head + "},\"faults\":[{\"kind\":\"backup-fails\",\"times\":1e30}]}",
            QStringLiteral("faults[0].times")},
        {QStringLiteral("times 1.5"), head + "},\"faults\":[{\"kind\":\"backup-fails\",\"times\":1.5}]}",
            QStringLiteral("faults[0].times")},
        {QStringLiteral("times \"3\""), head + "},\"faults\":[{\"kind\":\"backup-fails\",\"times\":\"3\"}]}",
            QStringLiteral("faults[0].times")},
        {QStringLiteral("build -1"), head + ",\"os\":{\"build\":-1}}}", QStringLiteral("facts.os.build")},
        {QStringLiteral("empty computer name"),
            "{\"schema\":1,\"name\":\"x\",\"title\":\"t\",\"briefing\":\"b\",\"expected_procedure\":\"standalone\","
            "\"facts\":{\"computer_name\":\"\",\"san_volumes\":[]}}",
            QStringLiteral("facts.computer_name")},
        {QStringLiteral("node-will-not-pause without a node"),
            head + "},\"faults\":[{\"kind\":\"node-will-not-pause\"}]}", QStringLiteral("faults[0].node")},
        {QStringLiteral("raw tab in a string"),
            "{\"schema\":1,\"name\":\"x\",\"title\":\"t\",\"briefing\":\"a\tb\",\"expected_procedure\":\"standalone\","
            "\"facts\":{\"computer_name\":\"A\",\"san_volumes\":[]}}",
            QStringLiteral("raw control")},
        {QStringLiteral("lone surrogate"),
            "{\"schema\":1,\"name\":\"x\",\"title\":\"t\",\"briefing\":\"b\",\"expected_procedure\":\"standalone\","
            "\"facts\":{\"computer_name\":\"A\\ud800\",\"san_volumes\":[]}}",
            QStringLiteral("surrogate")},
        {QStringLiteral("2 MiB"), "{\"briefing\":\"" + QByteArray(2 << 20, 'x') + "\"}", QStringLiteral("more than")},
    };
    for (const auto &[name, text, word] : files) {
        const QString path = dir.filePath(QStringLiteral("s.json"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(text);
        f.close();
        expect(t, name, runApp({QStringLiteral("--preflight"), QStringLiteral("--scenario"), path}, {}, 20000), 2,
            {word, path});
    }
    const QString fifo = dir.filePath(QStringLiteral("fifo.json"));
    ::mkfifo(QFile::encodeName(fifo).constData(), 0644);
    expect(t, QStringLiteral("FIFO"),
        runApp({QStringLiteral("--preflight"), QStringLiteral("--scenario"), fifo}, {}, 20000), 2,
        {QStringLiteral("FIFO")});
    expect(t, QStringLiteral("/dev/zero"),
        runApp({QStringLiteral("--preflight"), QStringLiteral("--scenario"), QStringLiteral("/dev/zero")}, {}, 20000),
        2, {QStringLiteral("character device")});
    t.seconds = clock.elapsed() / 1000.0;
}

// ---- full disk ---------------------------------------------------------------------------------

void fullDisk()
{
    Tally &t = section(QStringLiteral("full disk"));
    QElapsedTimer clock;
    clock.start();
    QTemporaryDir mountPoint;
    ScopedMount disk;
    QString why;
    if (!disk.tmpfs(mountPoint.path(), 512, &why)) {
        t.skipped << why;
        return;
    }
    const QString journal = mountPoint.filePath(QStringLiteral("journal.sqlite"));
    QProcess writer;
    writer.start(QStringLiteral(SPUW_JOURNAL_WRITER), {journal});
    writer.waitForFinished(120000);
    const QByteArray out = writer.readAllStandardOutput();
    const QString err = QString::fromLocal8Bit(writer.readAllStandardError());
    const auto last = lastDurable(out);
    record(t, writer.exitCode() == 1 && err.contains(QStringLiteral("full")),
        QStringLiteral("the writer on a full disk: exit %1: %2").arg(writer.exitCode()).arg(err));
    const QString problem = journalHoldsWhatWasPromised(journal, last);
    if (!problem.isEmpty() && last) {
        Journal j;
        t.lost
            += j.open(journal, Journal::Mode::ReadOnly) ? qMax<qint64>(0, last->seq - j.verify().records) : last->seq;
    }
    record(t, problem.isEmpty(), QStringLiteral("after the disk filled: ") + problem);
    g_out << "  " << (last ? last->seq : 0) << " records fitted on the 512 KiB disk" << Qt::endl;
    // Not even a lock file fits now.
    fillDisk(mountPoint.path(), &why);
    const Run r = runApp({QStringLiteral("--journal"), mountPoint.filePath(QStringLiteral("new.sqlite")),
        QStringLiteral("--export-report"), mountPoint.filePath(QStringLiteral("r.json"))});
    record(t, r.exitCode == 2, QStringLiteral("export onto a full disk: exit %1: %2").arg(r.exitCode).arg(r.all()));
    QProcess second;
    second.start(QStringLiteral(SPUW_JOURNAL_WRITER), {mountPoint.filePath(QStringLiteral("new.sqlite"))});
    second.waitForFinished(30000);
    const QString secondErr = QString::fromLocal8Bit(second.readAllStandardError());
    record(t, secondErr.contains(QStringLiteral("disk is full")) && !secondErr.contains(QStringLiteral("in use")),
        QStringLiteral("a new journal on a full disk: ") + secondErr);
    t.seconds = clock.elapsed() / 1000.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int kills = 1200;
    int walkKills = 1000;
    int exportKills = 90;
    double killBudget = 0;
    double walkKillBudget = 0;
    quint32 seed = QRandomGenerator::global()->generate();
    WriterCommand writer;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--cut")) {
            // About two minutes on CI's two cores: as many kills as 55 s allow (about 1,000), the
            // other sections whole.
            kills = 100000;
            killBudget = 25;
            walkKills = 100000;
            walkKillBudget = 30;
            exportKills = 30;
        } else if (a == QLatin1String("--kills") && !args.isEmpty()) {
            kills = args.takeFirst().toInt();
        } else if (a == QLatin1String("--walk-kills") && !args.isEmpty()) {
            walkKills = args.takeFirst().toInt();
        } else if (a == QLatin1String("--export-kills") && !args.isEmpty()) {
            exportKills = args.takeFirst().toInt();
        } else if (a == QLatin1String("--seed") && !args.isEmpty()) {
            seed = args.takeFirst().toUInt();
        } else if (a == QLatin1String("--writer") && !args.isEmpty()) {
            writer.program = args.takeFirst();
        } else if (a == QLatin1String("--writer-arg") && !args.isEmpty()) {
            writer.args << args.takeFirst();
        } else {
            std::fprintf(stderr,
                "usage: spuw-reliability [--cut] [--kills N] [--walk-kills N] [--export-kills N] [--seed N] [--writer "
                "PROGRAM "
                "[--writer-arg ARG]...]\n");
            return 2;
        }
    }
    g_out << "seed " << seed << " (repeat with --seed " << seed << ")" << Qt::endl;
    QRandomGenerator rng(seed);
    QElapsedTimer total;
    total.start();
    killLoop(QStringLiteral("kill loop"), writer, kills, killBudget, rng);
    // The same kills while a trainee walks the scenarios through a real Session (resuming after each).
    WriterCommand walks;
    walks.program = QStringLiteral(SPUW_WALK_WRITER);
    walks.args = QStringList{QStringLiteral("--seed"), QString::number(seed)};
    killLoop(QStringLiteral("kill loop (wizard walks)"), walks, walkKills, walkKillBudget, rng);
    killDuringExport(exportKills, rng);
    tampering();
    damagedImages();
    malformedScenarios();
    fullDisk();

    g_out << Qt::endl
          << QStringLiteral("%1 %2 %3 %4 %5 %6")
                 .arg(QStringLiteral("section"), -26)
                 .arg(QStringLiteral("tried"), 6)
                 .arg(QStringLiteral("passed"), 7)
                 .arg(QStringLiteral("failed"), 7)
                 .arg(QStringLiteral("lost"), 5)
                 .arg(QStringLiteral("seconds"), 8)
          << Qt::endl;
    int tried = 0;
    int passed = 0;
    int failed = 0;
    qint64 lost = 0;
    for (const Tally &t : std::as_const(g_tallies)) {
        g_out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(t.section, -26)
                     .arg(t.tried, 6)
                     .arg(t.passed, 7)
                     .arg(t.failed, 7)
                     .arg(t.lost, 5)
                     .arg(t.seconds, 8, 'f', 1)
              << Qt::endl;
        for (const QString &s : t.skipped)
            g_out << "    skipped: " << s << Qt::endl;
        tried += t.tried;
        passed += t.passed;
        failed += t.failed;
        lost += t.lost;
    }
    g_out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                 .arg(QStringLiteral("total"), -22)
                 .arg(tried, 6)
                 .arg(passed, 7)
                 .arg(failed, 7)
                 .arg(lost, 5)
                 .arg(total.elapsed() / 1000.0, 8, 'f', 1)
          << Qt::endl;
    g_out << "reliability: " << passed << " passed, " << failed << " failed" << Qt::endl;
    return failed == 0 && lost == 0 ? 0 : 1;
}
