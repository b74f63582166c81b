// A journal writer for the crash tests and the reliability suite (tests/support/WriterProtocol.h
// describes what it prints). Appends records until killed, or --records N of them; with
// --die-mid-write it then starts one more write through SQLite and waits to be killed in it.
#include "Journal.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

namespace {

void say(const QJsonObject &o)
{
    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// A write that never ends: rows big enough, and a page cache small enough, that SQLite has both
// saved the original pages in its rollback file and changed the database file itself.
[[noreturn]] void dieMidWrite(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mid-write"));
    db.setDatabaseName(path);
    if (!db.open()) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        std::exit(1);
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA cache_size=1"));
    if (!db.transaction()) {
        std::fprintf(stderr, "cannot begin: %s\n", qPrintable(db.lastError().text()));
        std::exit(1);
    }
    for (int i = 0; i < 50; ++i) {
        q.prepare(QStringLiteral("INSERT INTO records VALUES (?, 'x', 'x', 'x', 'x', 'x', 'x', 'x', 0, ?, '', '')"));
        q.addBindValue(1000000 + i);
        q.addBindValue(QString(4000, QLatin1Char('u')));
        if (!q.exec()) {
            std::fprintf(stderr, "cannot write: %s\n", qPrintable(q.lastError().text()));
            std::exit(1);
        }
    }
    say(QJsonObject{{QStringLiteral("event"), QStringLiteral("mid-write")}});
    for (;;)
        QThread::sleep(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: journal_writer JOURNAL [--records N] [--die-mid-write] [--run ID]\n");
        return 2;
    }
    const QString path = args.takeFirst();
    qint64 limit = -1;
    bool midWrite = false;
    QString run = QStringLiteral("crash-run");
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--records") && !args.isEmpty())
            limit = args.takeFirst().toLongLong();
        else if (a == QLatin1String("--die-mid-write"))
            midWrite = true;
        else if (a == QLatin1String("--run") && !args.isEmpty())
            run = args.takeFirst();
        else {
            std::fprintf(stderr, "journal_writer: unknown argument %s\n", qPrintable(a));
            return 2;
        }
    }
    if (midWrite && limit < 0)
        limit = 3;
    spuw::Journal journal;
    if (!journal.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(journal.errorString()));
        return 1;
    }
    say(QJsonObject{
        {QStringLiteral("event"), QStringLiteral("opened")}, {QStringLiteral("head_seq"), journal.headSeq()}});
    for (qint64 i = 0; limit < 0 || i < limit; ++i) {
        spuw::JournalRecord r;
        r.runId = run;
        r.computer = QStringLiteral("SRV01");
        r.osAccount = QStringLiteral("test");
        r.operatorName = QStringLiteral("crash test");
        r.stepId = QStringLiteral("step-%1").arg(i);
        r.kind = QStringLiteral("verified");
        r.evidence = QStringLiteral("{\"i\":%1}").arg(i);
        if (!journal.append(r)) {
            std::fprintf(stderr, "%s\n", qPrintable(journal.errorString()));
            return 1;
        }
        say(QJsonObject{{QStringLiteral("event"), QStringLiteral("durable")}, {QStringLiteral("seq"), r.seq},
            {QStringLiteral("hash"), QString::fromLatin1(r.hash)}});
    }
    if (midWrite)
        dieMidWrite(journal.path());
    return 0;
}
