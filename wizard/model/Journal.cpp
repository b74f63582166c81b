#include "Journal.h"

#include "ModelLogging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QVariant>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

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

bool writable(const QString &path)
{
#ifdef Q_OS_UNIX
    // access() also knows read-only mounts, where root may write nothing either.
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
#else
    return QFileInfo(path).isWritable();
#endif
}

// SQLite's own test (pager.c, hasHotJournal): the rollback file exists, is not empty and does not
// start with a zero byte, the database is not empty, and nobody holds the RESERVED lock that a
// live writer holds during its write. Read between statements only: closing a descriptor drops
// this process's POSIX locks on the file, and SQLite holds none between statements.
bool isHotJournal(const QString &db)
{
    QFile rollback(db + QStringLiteral("-journal"));
    if (!rollback.exists() || rollback.size() == 0 || QFileInfo(db).size() == 0)
        return false;
    char first = 0;
    if (rollback.open(QIODevice::ReadOnly) && (rollback.read(&first, 1) != 1 || first == 0))
        return false;
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(db).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        struct flock fl = {};
        fl.l_type = F_WRLCK;
        fl.l_whence = SEEK_SET;
        fl.l_start = 0x40000001; // SQLite's RESERVED byte, just after the PENDING byte at 1 GiB
        fl.l_len = 1;
        const bool reserved = ::fcntl(fd, F_GETLK, &fl) == 0 && fl.l_type != F_UNLCK;
        ::close(fd);
        if (reserved)
            return false;
    }
#endif
    return true;
}

// Whether a rollback file beside the journal may be applied to it: a regular file (not a link)
// written by the journal's own owner and writable by nobody else. In a shared folder anyone may
// drop a file named "journal.sqlite-journal"; applied, it would rewrite or empty the journal. Empty
// *why when it may; otherwise why not.
bool trustedRollback(const QString &db, const QString &rollback, QString *why)
{
#ifdef Q_OS_UNIX
    struct stat dbInfo = {};
    struct stat rbInfo = {};
    if (::lstat(QFile::encodeName(db).constData(), &dbInfo) != 0
        || ::lstat(QFile::encodeName(rollback).constData(), &rbInfo) != 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    if (!S_ISREG(rbInfo.st_mode)) {
        *why = QStringLiteral("not a regular file");
        return false;
    }
    if (rbInfo.st_uid != dbInfo.st_uid) {
        *why = QStringLiteral("owned by user %1, the journal by user %2").arg(rbInfo.st_uid).arg(dbInfo.st_uid);
        return false;
    }
    if (rbInfo.st_mode & (S_IWGRP | S_IWOTH)) {
        *why = QStringLiteral("writable by others (mode %1)").arg(rbInfo.st_mode & 0777, 3, 8, QLatin1Char('0'));
        return false;
    }
#else
    Q_UNUSED(db)
    Q_UNUSED(rollback)
    Q_UNUSED(why)
#endif
    return true;
}

// A BSD lock on the journal file itself, held while the writer has it open: a second writer that
// reached the same file through a hard link (another name, so another lock file) meets it too.
// flock() does not touch the POSIX locks SQLite uses. Returns -1 with *why empty when another
// holder has it.
int lockFile(const QString &path, QString *why)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return -1;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        ::close(fd);
        if (err != EWOULDBLOCK)
            *why = QString::fromLocal8Bit(std::strerror(err));
        return -1;
    }
    return fd;
#else
    Q_UNUSED(path)
    Q_UNUSED(why)
    return -1;
#endif
}

// The parts of SQLite's 100-byte file header that tell how long the file should be and how often
// it was written (https://www.sqlite.org/fileformat.html, "The Database Header").
struct FileHeader
{
    qint64 pageSize = 0;
    qint64 pageCount = 0;
    quint32 changeCounter = 0;
    quint32 freePages = 0;
    bool sizeValid = false; // the in-header size counts only when "version-valid-for" matches
};

std::optional<FileHeader> headerFrom(const QByteArray &h);

std::optional<FileHeader> readFileHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return headerFrom(f.read(100));
}

#ifdef Q_OS_UNIX
// Through a descriptor that stays open (see m_headerFd).
std::optional<FileHeader> readFileHeader(int fd)
{
    QByteArray h(100, Qt::Uninitialized);
    if (::pread(fd, h.data(), 100, 0) != 100)
        return std::nullopt;
    return headerFrom(h);
}
#endif

std::optional<FileHeader> headerFrom(const QByteArray &h)
{
    if (h.size() < 100)
        return std::nullopt;
    auto be32 = [&h](int o) {
        return (quint32(uchar(h.at(o))) << 24) | (quint32(uchar(h.at(o + 1))) << 16)
            | (quint32(uchar(h.at(o + 2))) << 8) | quint32(uchar(h.at(o + 3)));
    };
    FileHeader header;
    header.pageSize = (qint64(uchar(h.at(16))) << 8) | uchar(h.at(17));
    if (header.pageSize == 1)
        header.pageSize = 65536;
    header.changeCounter = be32(24);
    header.pageCount = be32(28);
    header.freePages = be32(36);
    header.sizeValid = header.pageCount > 0 && be32(92) == header.changeCounter && header.pageSize >= 512;
    return header;
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
    // Only after SQLite has closed the file: closing our descriptor earlier would drop its locks.
#ifdef Q_OS_UNIX
    if (m_headerFd >= 0)
        ::close(m_headerFd);
#endif
    m_headerFd = -1;
    if (m_fileLock >= 0) {
#ifdef Q_OS_UNIX
        ::close(m_fileLock);
#endif
        m_fileLock = -1;
    }
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
    m_copy.reset();
    m_headSeq = 0;
    m_headHash.clear();
}

bool Journal::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcModel) << message;
    return false;
}

std::optional<QByteArray> Journal::normaliseHash(const QString &text)
{
    const QByteArray h = text.trimmed().toLatin1().toLower();
    if (h.size() < 16 || h.size() > 64)
        return std::nullopt;
    for (char c : h) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return std::nullopt;
    }
    return h;
}

// The writer's lock file sits beside the resolved journal, so every symlink to it meets the same
// lock. A lock whose owner is gone is taken over: the owner holds a flock() on it while it lives
// (QLockFile does), so when that flock can be taken nobody owns it, whatever its PID now names.
bool Journal::lockForWriting(const QString &lockPath)
{
    const QDir dir = QFileInfo(lockPath).absoluteDir();
    m_lock = std::make_unique<QLockFile>(lockPath);
    m_lock->setStaleLockTime(0); // only a dead owner makes the lock stale, never its age
    bool locked = m_lock->tryLock(0);
    if (!locked && m_lock->error() == QLockFile::LockFailedError) {
        // QLockFile's own stale check fails in two ways after kills: its PID may now belong to a live
        // process of the same name, and a writer killed while removing a stale lock leaves an empty
        // "<lock>.rmlock" that QLockFile honours for 30 seconds, refusing everyone meanwhile "in use
        // by" the dead writer. The owner's flock() on the lock file is the truth: QLockFile takes it
        // right after creating the file and before writing its name, and holds it while it lives.
        // So a lock file whose name can be read, or that is a second old, belongs to nobody when
        // its flock can be taken, which removeStaleLockFile() checks before it removes anything.
        // A lock file without a name yet is either being written this very moment or was left by a
        // writer killed before it could name itself: wait (at most the second) until it is named or
        // old enough to tell.
        qint64 pid = 0;
        QString host;
        QString app;
        bool named = QLockFile(lockPath).getLockInfo(&pid, &host, &app);
        auto age = [&lockPath] { return QFileInfo(lockPath).lastModified().msecsTo(QDateTime::currentDateTime()); };
        while (!named && QFileInfo::exists(lockPath) && age() <= 1000) {
            QThread::msleep(50);
            named = QLockFile(lockPath).getLockInfo(&pid, &host, &app);
        }
        if ((named || age() > 1000) && m_lock->removeStaleLockFile()) {
            qCWarning(lcModel) << "took over the lock file of a writer that is gone" << lockPath << pid << app;
            QFile::remove(lockPath + QStringLiteral(".rmlock"));
            locked = m_lock->tryLock(0);
        }
    }
    if (locked) {
        // QLockFile creates it 0666 less the umask: the journal's lock is the owner's alone.
        QFile::setPermissions(lockPath, QFile::ReadOwner | QFile::WriteOwner);
        return true;
    }
    const auto why = m_lock->error();
    m_lock.reset();
    qint64 pid = 0;
    QString host;
    QString app;
    if (why == QLockFile::LockFailedError && QLockFile(lockPath).getLockInfo(&pid, &host, &app))
        return fail(tr("%1 is in use by %2 (process %3 on %4). Close that wizard first.")
                        .arg(m_path, app.isEmpty() ? tr("another program") : app)
                        .arg(pid)
                        .arg(host));
    if (why == QLockFile::LockFailedError)
        return fail(tr("%1 is in use by another program (its lock file %2 is being written; try again in a "
                       "moment).")
                        .arg(m_path, lockPath));
    if (why == QLockFile::PermissionError)
        return fail(tr("%1: cannot write in the folder %2 (permission denied or read-only media). Choose a "
                       "writable journal location.")
                        .arg(m_path, QDir::toNativeSeparators(dir.path())));
    // QLockFile says only "unknown": the usual cause is a full disk.
    const QStorageInfo storage(dir.path());
    if (storage.isValid() && storage.bytesAvailable() < 64 * 1024)
        return fail(tr("%1: the disk is full (%2 bytes free on %3): not even the journal's lock file %4 can be "
                       "written. Free some space, or choose a journal on another disk.")
                        .arg(m_path, QString::number(storage.bytesAvailable()), storage.rootPath(), lockPath));
    return fail(tr("%1: cannot create the journal's lock file %2.").arg(m_path, lockPath));
}

bool Journal::open(const QString &path, Mode mode)
{
    close();
    m_error.clear();
    m_recoveryNote.clear();
    m_path = QFileInfo(path).absoluteFilePath();
    m_mode = mode;
    // Whatever symlinks lead here, the file itself is what is locked, opened and recovered.
    const QFileInfo given(m_path);
    // A new journal: its folder resolved, so a second writer through a linked folder meets the same lock.
    const QString folder = QFileInfo(given.absolutePath()).canonicalFilePath();
    m_file = given.exists() ? given.canonicalFilePath()
        : folder.isEmpty()  ? m_path
                            : folder + QLatin1Char('/') + given.fileName();
    if (!given.exists() && given.isSymLink())
        return fail(tr("%1 is a symbolic link to %2, which does not exist: give the journal file itself.")
                        .arg(m_path, given.symLinkTarget()));
    const QFileInfo info(m_file);

    if (info.exists() && info.isDir())
        return fail(tr("%1 is a folder, not a journal file.").arg(m_path));
    if (mode == Mode::ReadOnly && !info.exists())
        return fail(tr("%1: no such journal file.").arg(m_path));
    if (info.exists() && !info.isFile())
        return fail(tr("%1 is not a regular file (a device, a pipe or a socket): it cannot be a journal.").arg(m_path));
    if (info.exists() && info.size() > 0) {
        QFile f(m_file);
        if (!f.open(QIODevice::ReadOnly))
            return fail(tr("%1: cannot read the journal: %2").arg(m_path, f.errorString()));
        if (f.read(16) != QByteArray("SQLite format 3\0", 16))
            return fail(tr("%1 is not a journal of this wizard (it is not an SQLite database).").arg(m_path));
    }

    if (mode == Mode::ReadWrite) {
        const QDir dir = info.absoluteDir();
        if (!dir.exists())
            return fail(tr("%1: the folder %2 does not exist.").arg(m_path, dir.path()));
        if (!lockForWriting(m_file + QStringLiteral(".lock")))
            return false;
        if (info.exists() && !writable(m_file))
            return closeAndFail(tr("%1: the journal file is read-only.").arg(m_path));
        if (!info.exists()) {
            // Created here so it is the owner's alone whatever the umask; SQLite's rollback file
            // takes the same permissions.
            QFile create(m_file);
            if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly)
                || !create.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
                return closeAndFail(tr("%1: cannot create the journal: %2").arg(m_path, create.errorString()));
        }
        QString why;
        m_fileLock = lockFile(m_file, &why);
        if (m_fileLock < 0)
            return closeAndFail(why.isEmpty() ? tr("%1 is in use by another program that reached the same file "
                                                   "through another name (a link). Close that wizard first.")
                                                    .arg(m_path)
                                              : tr("%1: %2").arg(m_path, why));
    }
    if (!prepareRecovery())
        return closeAndFail(m_error);

    m_connection = nextConnectionName();
    if (!openDatabase())
        return closeAndFail(m_error);
    return true;
}

bool Journal::closeAndFail(const QString &message)
{
    close();
    m_error = message;
    qCWarning(lcModel) << message;
    return false;
}

// A writer killed during a write leaves SQLite's rollback file ("-journal") hot. SQLite rolls it
// back on the next read, but only through a connection that may write; a read-only open fails
// with "attempt to write a readonly database". So a reader opens the file read-write (without the
// writer's lock: it only reads, and SQLite's own locks guard the rollback) when it may; on
// read-only media the journal and its rollback file are copied to a private folder and the copy
// is rolled back and read, leaving the original untouched.
bool Journal::prepareRecovery()
{
    const QString rollback = m_file + QStringLiteral("-journal");
    if (!isHotJournal(m_file))
        return true;
    QString untrusted;
    if (!trustedRollback(m_file, rollback, &untrusted))
        return fail(tr("%1: a rollback file %2 lies beside the journal, but it cannot have been left by the "
                       "journal's own writer (%3), so it is not applied: applied, it would rewrite the journal. "
                       "Remove it if it is not the journal owner's, then open the journal again.")
                        .arg(m_path, rollback, untrusted));
    // A writer rolls the interrupted write back in place, as SQLite does. A reader (verify, export,
    // --show-run) never writes the journal: it rolls back a private copy and reads that.
    if (m_mode == Mode::ReadWrite) {
        m_recoveryNote = tr("The last write to this journal was not finished (the program writing it stopped "
                            "during that write); it was rolled back, as SQLite does after a crash. Every record "
                            "written before it is kept.");
        m_inPlaceRecovery = true;
        return true;
    }
    m_copy = std::make_unique<QTemporaryDir>();
    const QString copy = m_copy->isValid() ? m_copy->filePath(QStringLiteral("journal.sqlite")) : QString();
    if (copy.isEmpty() || !QFile::copy(m_file, copy) || !QFile::copy(rollback, copy + QStringLiteral("-journal"))) {
        m_copy.reset();
        return fail(tr("%1: the last write to this journal was not finished, and its rollback file %2 must be "
                       "applied before it can be read, and no private copy could be made to apply it in. Copy both "
                       "files together to a writable folder and open the copy.")
                        .arg(m_path, rollback));
    }
    m_file = copy;
    m_recoveryNote = tr("The last write to this journal was not finished (the program writing it stopped during "
                        "that write). That write was rolled back in a private copy, which is what was read; %1 "
                        "itself is unchanged until the wizard writes to it again.")
                         .arg(m_path);
    m_inPlaceRecovery = true;
    return true;
}

// Every QSqlDatabase handle lives inside this function, so close() can remove the connection.
bool Journal::openDatabase()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid())
        return fail(tr("%1: the Qt SQLite driver is not available.").arg(m_path));
    db.setDatabaseName(m_file);
    if (m_mode == Mode::ReadOnly && !m_inPlaceRecovery)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return fail(tr("%1: cannot open the journal: %2").arg(m_path, sqliteProblem(db.lastError())));
    {
        QSqlQuery q(db);
        // SQLite refuses a file shorter than its header says; a reader reads what is left, and
        // verify() says the file is cut short. (Read-only: the pragma only widens what is read.)
        const auto header = readFileHeader(m_file);
        if (m_mode == Mode::ReadOnly && !m_inPlaceRecovery && header && header->sizeValid
            && QFileInfo(m_file).size() < header->pageCount * header->pageSize)
            q.exec(QStringLiteral("PRAGMA writable_schema=ON"));
        // Durable before reported: every commit is synced (rollback journal, synchronous=FULL).
        for (const char *pragma :
            {"PRAGMA journal_mode=DELETE", "PRAGMA synchronous=FULL", "PRAGMA busy_timeout=2000"}) {
            if (m_mode == Mode::ReadOnly && QByteArrayView(pragma).startsWith("PRAGMA journal_mode"))
                continue;
            if (!q.exec(QLatin1String(pragma)))
                return fail(tr("%1: cannot prepare the journal: %2").arg(m_path, sqliteProblem(q.lastError())));
        }
        // The first read rolls a hot rollback file back; make it happen here, where it can be told.
        if (m_inPlaceRecovery) {
            if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")))
                return fail(tr("%1: the last write to this journal was not finished, and rolling it back failed: %2")
                                .arg(m_path, sqliteProblem(q.lastError())));
            qCInfo(lcModel) << "rolled back an unfinished write of" << m_path;
        }
    }
    const bool empty = db.tables().isEmpty();
    if (empty && m_mode == Mode::ReadOnly)
        return fail(tr("%1 is empty: it is not a journal.").arg(m_path));
    return empty ? createSchema() : checkSchema();
}

// SQLite's words, said plainly where they would mislead: "attempt to write a readonly database"
// from a reader means an unfinished write that cannot be rolled back here.
QString Journal::sqliteProblem(const QSqlError &error) const
{
    const int code = error.nativeErrorCode().toInt();
    switch (code & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return tr("another program is writing to this journal file at this moment (SQLite reports it locked). "
                  "Close the other program and try again.");
    case 8: // SQLITE_READONLY
        return tr("the journal or its folder is read-only (%1).").arg(error.text());
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
    {
        QString why = tr("the journal file is damaged (%1).").arg(error.text());
        const auto header = readFileHeader(m_file);
        const qint64 size = QFileInfo(m_file).size();
        if (header && header->sizeValid && size < header->pageCount * header->pageSize)
            why += QLatin1Char(' ')
                + tr("The file is cut short: it should be %1 bytes long but is %2.")
                      .arg(header->pageCount * header->pageSize)
                      .arg(size);
        return why;
    }
    case 13: // SQLITE_FULL
        return tr("the disk is full (%1).").arg(error.text());
    default: return error.text();
    }
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
                        .arg(m_path, QString::number(schema), QString::number(kSchemaVersion)));
    // The chain continues from the last record actually stored.
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM records ORDER BY seq DESC LIMIT 1"))) {
        // A reader goes on: verify() names the damage and reads what can be read.
        if (m_mode == Mode::ReadOnly)
            return true;
        return fail(tr("%1: cannot read the journal: %2").arg(m_path, sqliteProblem(q.lastError())));
    }
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
    auto failWrite = [&](const QSqlError &err) {
        db.rollback();
        // Two writers on one file despite the locks (a network file system): say it, not SQLite's
        // "UNIQUE constraint failed: records.seq".
        const QString why = (err.nativeErrorCode().toInt() & 0xff) == 19
            ? tr("another program has written record %1 to this journal since this wizard opened it; nothing "
                 "was recorded. Close the other program.")
                  .arg(r.seq)
            : sqliteProblem(err);
        return fail(tr("%1: could not record step \"%2\": %3").arg(m_path, r.stepId, why));
    };
    if (!db.transaction())
        return failWrite(db.lastError());
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
        return failWrite(q.lastError());
    QSqlQuery head(db);
    head.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"));
    head.addBindValue(QString::number(r.seq));
    head.addBindValue(QStringLiteral("head_seq"));
    if (!head.exec())
        return failWrite(head.lastError());
    head.addBindValue(QString::fromLatin1(r.hash));
    head.addBindValue(QStringLiteral("head_hash"));
    if (!head.exec())
        return failWrite(head.lastError());
    if (!db.commit())
        return failWrite(db.lastError());
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

Journal::VerifyResult Journal::verify(QList<JournalRecord> *all, const QByteArray &expectedHead) const
{
    VerifyResult result;
    if (!isOpen()) {
        result.problem = tr("%1: the journal is not open.").arg(m_path);
        return result;
    }
    if (!m_recoveryNote.isEmpty())
        result.notes << m_recoveryNote;

    // One snapshot: a read transaction holds SQLite's shared lock from here to the end, so a writer
    // (the wizard in another window) cannot commit between the file's header, the records and the
    // head, which would look like records cut from the end. When it cannot be taken (a hot rollback
    // file on read-only media), the file is read as it is.
    QSqlDatabase db = QSqlDatabase::database(m_connection);
#ifdef Q_OS_UNIX
    // Opened before the snapshot and never closed during it (closing would release SQLite's lock).
    if (m_headerFd < 0)
        m_headerFd = ::open(QFile::encodeName(m_file).constData(), O_RDONLY | O_CLOEXEC);
#endif
    bool snapshot = false;
    {
        QSqlQuery begin(db);
        snapshot = begin.exec(QStringLiteral("BEGIN"));
        if (snapshot && !(begin.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) && begin.next())) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            snapshot = false;
        }
    }
    const auto endSnapshot = qScopeGuard([&db, snapshot] {
        if (snapshot)
            QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    });

    // The file around the records (see isHotJournal).
    QStringList fileProblems;
    bool cutShort = false;
#ifdef Q_OS_UNIX
    std::optional<FileHeader> header;
    if (m_headerFd >= 0)
        header = readFileHeader(m_headerFd);
#else
    const auto header = readFileHeader(m_file);
#endif
    const qint64 size = QFileInfo(m_file).size();
    if (header && header->sizeValid) {
        const qint64 expectedSize = header->pageCount * header->pageSize;
        if (size < expectedSize) {
            cutShort = true;
            fileProblems << tr("the file is cut short: it should be %1 bytes long but is %2, so records at its end "
                               "may be lost.")
                                .arg(expectedSize)
                                .arg(size);
        } else if (size > expectedSize) {
            fileProblems << tr("%1 bytes follow the end of the database: something was added to the file after "
                               "this wizard wrote it.")
                                .arg(size - expectedSize);
        }
        if (header->freePages > 0)
            fileProblems << tr("%1 pages of the file were freed: something deleted data from it (this wizard "
                               "never deletes).")
                                .arg(header->freePages);
    }

    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(kSelectRecords) + QStringLiteral(" ORDER BY seq"))) {
        result.problem = tr("%1: cannot read the journal: %2").arg(m_path, sqliteProblem(q.lastError()));
        if (!fileProblems.isEmpty()) {
            result.firstBadSeq = 1;
            result.problem = fileProblems.join(QLatin1Char(' ')) + QLatin1Char(' ') + result.problem;
        }
        return result;
    }
    qint64 expected = 1;
    QByteArray prev;
    bool expectedHeadFound = false;
    qint64 expectedHeadSeq = 0;
    auto bad = [&](qint64 seq, const QString &why) {
        result.firstBadSeq = seq;
        // What is wrong with the file comes first: a file cut short explains the broken chain after it.
        QStringList parts = fileProblems;
        if (cutShort)
            parts << tr("Record %1 is the first that is not there whole.").arg(seq);
        else if (!why.isEmpty())
            parts << why;
        result.problem = parts.join(QLatin1Char(' '));
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
        if (!expectedHead.isEmpty() && r.hash.startsWith(expectedHead)) {
            expectedHeadFound = true;
            expectedHeadSeq = r.seq;
        }
        prev = r.hash;
        ++expected;
        ++result.records;
        if (all)
            all->append(r);
    }
    if (q.lastError().isValid())
        return bad(result.records + 1,
            tr("the records after record %1 cannot be read: %2").arg(result.records).arg(sqliteProblem(q.lastError())));
    q.finish();
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
    if (!fileProblems.isEmpty())
        return bad(result.records + 1, QString());
    // Every write of this wizard is one transaction (the creation, then one per record), and SQLite
    // counts the transactions in the file's header: more of them mean another program wrote to it,
    // even when the chain and its head were made to fit again.
    if (header && header->sizeValid && header->changeCounter != quint32(result.records + 1)) {
        // A copy SQLite made (sqlite3 .backup, VACUUM INTO) counts differently too. Its chain is then
        // vouched for only by the head hash that was noted: when it is given and is the last record's,
        // this is said and not called damage.
        const QString written = tr("the file was written %1 times, but this wizard wrote it %2 times (once to create "
                                   "it and once for each of its %3 records): another program wrote to it (an edit, "
                                   "or a copy made by SQLite, such as sqlite3 .backup, rather than a copy of the "
                                   "file).")
                                    .arg(header->changeCounter)
                                    .arg(result.records + 1)
                                    .arg(result.records);
        if (expectedHead.isEmpty() || !expectedHeadFound || expectedHeadSeq != result.records)
            return bad(1,
                written + QLatin1Char(' ')
                    + tr("Its records cannot be vouched for as they stand; give the head hash the record printed "
                         "(--expect-head) to check them."));
        result.notes << written + QLatin1Char(' ')
                + tr("Its last record has the head hash that was noted, so no record was changed, removed or added.");
    }
    if (!expectedHead.isEmpty()) {
        if (!expectedHeadFound)
            return bad(result.records + 1,
                tr("no record has the head hash %1 that was noted: the journal was rewritten or records were removed "
                   "since then (%2 records are left).")
                    .arg(QString::fromLatin1(expectedHead))
                    .arg(result.records));
        result.notes << (expectedHeadSeq == result.records
                ? tr("The head hash %1 that was noted is the last record's (%2).")
                      .arg(QString::fromLatin1(expectedHead))
                      .arg(expectedHeadSeq)
                : tr("The head hash %1 that was noted is record %2's; %3 records were written after it.")
                      .arg(QString::fromLatin1(expectedHead))
                      .arg(expectedHeadSeq)
                      .arg(result.records - expectedHeadSeq));
    }
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
