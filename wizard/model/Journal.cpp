#include "Journal.h"

#include "ModelLogging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace spuw {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("spuw-journal-%1").arg(counter.fetchAndAddRelaxed(1));
}

JournalRecord fromQuery(const QSqlQuery &q)
{
    JournalRecord r;
    r.seq = q.value(0).toLongLong();
    r.runId = q.value(1).toString();
    r.computer = q.value(2).toString();
    r.osAccount = q.value(3).toString();
    r.operatorName = q.value(4).toString();
    r.utc = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    r.stepId = q.value(6).toString();
    r.kind = q.value(7).toString();
    r.training = q.value(8).toBool();
    r.evidence = q.value(9).toString();
    r.prevHash = q.value(10).toByteArray();
    r.hash = q.value(11).toByteArray();
    return r;
}

const char kSelectRecords[] = "SELECT seq, run_id, computer, os_account, operator, utc, step_id, kind, training, "
                              "evidence, prev_hash, hash FROM records";

} // namespace

Journal::Journal() = default;

Journal::~Journal()
{
    close();
}

bool Journal::isOpen() const
{
    return !m_connection.isEmpty() && QSqlDatabase::database(m_connection, false).isOpen();
}

void Journal::close()
{
    if (!m_connection.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
        m_connection.clear();
    }
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
    m_headSeq = 0;
    m_headHash.clear();
}

bool Journal::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcModel) << message;
    return false;
}

bool Journal::open(const QString &path, Mode mode)
{
    close();
    m_error.clear();
    m_path = QFileInfo(path).absoluteFilePath();
    m_mode = mode;
    const QFileInfo info(m_path);

    if (info.exists() && info.isDir())
        return fail(tr("%1 is a folder, not a journal file.").arg(m_path));
    if (mode == Mode::ReadOnly && !info.exists())
        return fail(tr("%1: no such journal file.").arg(m_path));
    if (info.exists() && info.size() > 0) {
        QFile f(m_path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(tr("%1: cannot read the journal: %2").arg(m_path, f.errorString()));
        if (f.read(16) != QByteArray("SQLite format 3\0", 16))
            return fail(tr("%1 is not a journal of this wizard (it is not an SQLite database).").arg(m_path));
    }

    if (mode == Mode::ReadWrite) {
        const QDir dir = info.absoluteDir();
        if (!dir.exists())
            return fail(tr("%1: the folder %2 does not exist.").arg(m_path, dir.path()));
        m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
        m_lock->setStaleLockTime(0); // only a dead owner makes the lock stale, never its age
        bool locked = m_lock->tryLock(0);
        if (!locked && m_lock->error() == QLockFile::LockFailedError) {
            // A lock file whose owner cannot be read was left by a process killed between creating
            // it and writing its name (QLockFile writes both at once). Once it is a second old,
            // nobody is about to fill it in: take it over.
            const QString lockPath = m_path + QStringLiteral(".lock");
            qint64 pid = 0;
            QString host;
            QString app;
            const QFileInfo lockInfo(lockPath);
            if (!QLockFile(lockPath).getLockInfo(&pid, &host, &app)
                && lockInfo.lastModified().msecsTo(QDateTime::currentDateTime()) > 1000) {
                qCWarning(lcModel) << "removing an unreadable leftover lock file" << lockPath;
                m_lock->removeStaleLockFile();
                locked = m_lock->tryLock(0);
            }
        }
        if (!locked) {
            const auto why = m_lock->error();
            qint64 pid = 0;
            QString host;
            QString app;
            m_lock.reset();
            if (why == QLockFile::LockFailedError
                && QLockFile(m_path + QStringLiteral(".lock")).getLockInfo(&pid, &host, &app))
                return fail(tr("%1 is in use by %2 (process %3 on %4). Close that wizard first.")
                                .arg(m_path, app.isEmpty() ? tr("another program") : app)
                                .arg(pid)
                                .arg(host));
            if (why == QLockFile::PermissionError)
                return fail(tr("%1: cannot write in the folder %2 (permission denied). Choose a writable "
                               "journal location.")
                                .arg(m_path, dir.path()));
            return fail(tr("%1 is in use by another program (its lock file %2 cannot be read yet; try again in a "
                           "moment).")
                            .arg(m_path, m_path + QStringLiteral(".lock")));
        }
        if (info.exists() && !info.isWritable())
            return fail(tr("%1: the journal file is read-only.").arg(m_path));
    }

    m_connection = nextConnectionName();
    if (!openDatabase()) {
        const QString err = m_error;
        close();
        m_error = err;
        return false;
    }
    return true;
}

// Every QSqlDatabase handle lives inside this function, so close() can remove the connection.
bool Journal::openDatabase()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid())
        return fail(tr("%1: the Qt SQLite driver is not available.").arg(m_path));
    db.setDatabaseName(m_path);
    if (m_mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return fail(tr("%1: cannot open the journal: %2").arg(m_path, db.lastError().text()));
    {
        QSqlQuery q(db);
        // Durable before reported: every commit is synced (rollback journal, synchronous=FULL).
        for (const char *pragma :
            {"PRAGMA journal_mode=DELETE", "PRAGMA synchronous=FULL", "PRAGMA busy_timeout=2000"}) {
            if (m_mode == Mode::ReadOnly && QByteArrayView(pragma).startsWith("PRAGMA journal_mode"))
                continue;
            if (!q.exec(QLatin1String(pragma)))
                return fail(tr("%1: cannot prepare the journal: %2").arg(m_path, q.lastError().text()));
        }
    }
    const bool empty = db.tables().isEmpty();
    if (empty && m_mode == Mode::ReadOnly)
        return fail(tr("%1 is empty: it is not a journal.").arg(m_path));
    return empty ? createSchema() : checkSchema();
}

bool Journal::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return fail(tr("%1: cannot write the journal: %2").arg(m_path, db.lastError().text()));
    QSqlQuery q(db);
    const QStringList statements{
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE records (seq INTEGER PRIMARY KEY, run_id TEXT NOT NULL, computer TEXT NOT NULL, "
                       "os_account TEXT NOT NULL, operator TEXT NOT NULL, utc TEXT NOT NULL, step_id TEXT NOT NULL, "
                       "kind TEXT NOT NULL, training INTEGER NOT NULL, evidence TEXT NOT NULL, "
                       "prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX records_run ON records(run_id)"),
        QStringLiteral("CREATE INDEX records_computer ON records(computer)"),
    };
    for (const QString &s : statements) {
        if (!q.exec(s)) {
            const QString err = q.lastError().text();
            db.rollback();
            return fail(tr("%1: cannot create the journal: %2").arg(m_path, err));
        }
    }
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"));
    const QList<QPair<QString, QString>> meta{{QStringLiteral("application"), QLatin1String(kApplicationId)},
        {QStringLiteral("schema_version"), QString::number(kSchemaVersion)},
        {QStringLiteral("head_seq"), QStringLiteral("0")}, {QStringLiteral("head_hash"), QStringLiteral("")}};
    for (const auto &kv : meta) {
        q.addBindValue(kv.first);
        q.addBindValue(kv.second);
        if (!q.exec()) {
            const QString err = q.lastError().text();
            db.rollback();
            return fail(tr("%1: cannot create the journal: %2").arg(m_path, err));
        }
    }
    if (!db.commit()) {
        const QString err = db.lastError().text();
        db.rollback();
        return fail(tr("%1: cannot create the journal: %2").arg(m_path, err));
    }
    return true;
}

bool Journal::checkSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        return fail(
            tr("%1 is an SQLite database but not a journal of this wizard (%2).").arg(m_path, q.lastError().text()));
    }
    QHash<QString, QString> meta;
    while (q.next())
        meta.insert(q.value(0).toString(), q.value(1).toString());
    if (meta.value(QStringLiteral("application")) != QLatin1String(kApplicationId))
        return fail(tr("%1 is an SQLite database but not a journal of this wizard.").arg(m_path));
    bool ok = false;
    const int schema = meta.value(QStringLiteral("schema_version")).toInt(&ok);
    if (!ok || schema < 1)
        return fail(tr("%1: the journal's schema version is damaged.").arg(m_path));
    if (schema > kSchemaVersion)
        return fail(tr("%1 was written by a newer version of this wizard (journal schema %2; this version "
                       "reads schema %3). Use the newer version.")
                        .arg(m_path)
                        .arg(schema)
                        .arg(kSchemaVersion));
    // The chain continues from the last record actually stored.
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM records ORDER BY seq DESC LIMIT 1")))
        return fail(tr("%1: cannot read the journal: %2").arg(m_path, q.lastError().text()));
    if (q.next()) {
        m_headSeq = q.value(0).toLongLong();
        m_headHash = q.value(1).toByteArray();
    }
    return true;
}

bool Journal::setMaxPageCount(int pages)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // 0: no room beyond the pages the file has now.
    if (pages <= 0 && q.exec(QStringLiteral("PRAGMA page_count")) && q.next())
        pages = q.value(0).toInt();
    return q.exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages));
}

bool Journal::append(JournalRecord &record)
{
    if (!isOpen())
        return fail(tr("%1: the journal is not open; nothing can be recorded.").arg(m_path));
    if (m_mode != Mode::ReadWrite)
        return fail(tr("%1: the journal is open read-only; nothing can be recorded.").arg(m_path));
    JournalRecord r = record;
    r.seq = m_headSeq + 1;
    if (!r.utc.isValid())
        r.utc = QDateTime::currentDateTimeUtc();
    r.utc = r.utc.toUTC();
    if (r.evidence.isEmpty())
        r.evidence = QStringLiteral("{}");
    r.prevHash = m_headHash;
    r.hash = r.computeHash();

    QSqlDatabase db = QSqlDatabase::database(m_connection);
    auto failWrite = [&](const QString &err) {
        db.rollback();
        return fail(tr("%1: could not record step \"%2\": %3").arg(m_path, r.stepId, err));
    };
    if (!db.transaction())
        return failWrite(db.lastError().text());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO records (seq, run_id, computer, os_account, operator, utc, step_id, kind, "
                             "training, evidence, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    // A null QString binds as SQL NULL: every text column gets a real (possibly empty) string.
    auto text = [](const QString &s) { return QVariant(s.isNull() ? QStringLiteral("") : s); };
    q.addBindValue(r.seq);
    for (const QString &v :
        {r.runId, r.computer, r.osAccount, r.operatorName, r.utc.toString(Qt::ISODateWithMs), r.stepId, r.kind})
        q.addBindValue(text(v));
    q.addBindValue(r.training ? 1 : 0);
    for (const QString &v : {r.evidence, QString::fromLatin1(r.prevHash), QString::fromLatin1(r.hash)})
        q.addBindValue(text(v));
    if (!q.exec())
        return failWrite(q.lastError().text());
    QSqlQuery head(db);
    head.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"));
    head.addBindValue(QString::number(r.seq));
    head.addBindValue(QStringLiteral("head_seq"));
    if (!head.exec())
        return failWrite(head.lastError().text());
    head.addBindValue(QString::fromLatin1(r.hash));
    head.addBindValue(QStringLiteral("head_hash"));
    if (!head.exec())
        return failWrite(head.lastError().text());
    if (!db.commit())
        return failWrite(db.lastError().text());
    m_headSeq = r.seq;
    m_headHash = r.hash;
    record = r;
    return true;
}

QList<JournalRecord> Journal::records(const QString &runId) const
{
    QList<JournalRecord> out;
    if (!isOpen())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (runId.isEmpty()) {
        q.exec(QLatin1String(kSelectRecords) + QStringLiteral(" ORDER BY seq"));
    } else {
        q.prepare(QLatin1String(kSelectRecords) + QStringLiteral(" WHERE run_id = ? ORDER BY seq"));
        q.addBindValue(runId);
        q.exec();
    }
    while (q.next())
        out << fromQuery(q);
    return out;
}

qint64 Journal::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM records")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

Journal::VerifyResult Journal::verify(QList<JournalRecord> *all) const
{
    VerifyResult result;
    if (!isOpen()) {
        result.problem = tr("%1: the journal is not open.").arg(m_path);
        return result;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(kSelectRecords) + QStringLiteral(" ORDER BY seq"))) {
        result.problem = tr("%1: cannot read the journal: %2").arg(m_path, q.lastError().text());
        return result;
    }
    qint64 expected = 1;
    QByteArray prev;
    auto bad = [&](qint64 seq, const QString &why) {
        result.firstBadSeq = seq;
        result.problem = why;
        return result;
    };
    while (q.next()) {
        const JournalRecord r = fromQuery(q);
        if (r.seq != expected)
            return bad(
                expected, tr("record %1 is missing (removed); the next stored record is %2.").arg(expected).arg(r.seq));
        if (r.prevHash != prev)
            return bad(r.seq,
                tr("record %1 does not follow record %2 (records removed or reordered).").arg(r.seq).arg(r.seq - 1));
        if (r.computeHash() != r.hash)
            return bad(r.seq, tr("record %1 was altered after it was written (its hash does not match).").arg(r.seq));
        prev = r.hash;
        ++expected;
        ++result.records;
        if (all)
            all->append(r);
    }
    QSqlQuery meta(QSqlDatabase::database(m_connection));
    qint64 headSeq = -1;
    QByteArray headHash;
    if (meta.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('head_seq', 'head_hash')"))) {
        while (meta.next()) {
            if (meta.value(0).toString() == QLatin1String("head_seq"))
                headSeq = meta.value(1).toLongLong();
            else
                headHash = meta.value(1).toByteArray();
        }
    }
    if (headSeq != result.records || headHash != prev)
        return bad(result.records + 1,
            tr("the journal ended with record %1, but only %2 records are left "
               "(records removed from the end).")
                .arg(headSeq)
                .arg(result.records));
    result.ok = true;
    result.headHash = prev;
    return result;
}

QStringList Journal::runIds() const
{
    QStringList ids;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT run_id, MIN(seq) AS first FROM records GROUP BY run_id ORDER BY first"))) {
        while (q.next())
            ids << q.value(0).toString();
    }
    return ids;
}

std::optional<Journal::RunState> Journal::unfinishedRun(const QString &computer) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT run_id FROM records WHERE computer = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(computer);
    if (!q.exec() || !q.next())
        return std::nullopt;
    RunState state;
    state.runId = q.value(0).toString();
    state.records = records(state.runId);
    for (const JournalRecord &r : std::as_const(state.records)) {
        if (r.kind == JournalKind::RunFinished)
            return std::nullopt;
        state.training = state.training || r.training;
        if (r.kind == JournalKind::Verified || r.kind == JournalKind::Attested || r.kind == JournalKind::Decision)
            state.completedSteps.insert(r.stepId);
    }
    return state;
}

QJsonObject Journal::exportJson() const
{
    QJsonArray recs;
    for (const JournalRecord &r : records())
        recs.append(r.toJson());
    const VerifyResult v = verify();
    return QJsonObject{{QStringLiteral("schema"), QStringLiteral("sp-upgrade-wizard-journal/%1").arg(kSchemaVersion)},
        {QStringLiteral("schema_version"), kSchemaVersion}, {QStringLiteral("journal"), m_path},
        {QStringLiteral("verified"), v.ok}, {QStringLiteral("verification"), v.ok ? tr("intact") : v.problem},
        {QStringLiteral("head_hash"), QString::fromLatin1(v.headHash)}, {QStringLiteral("records"), recs}};
}

} // namespace spuw
