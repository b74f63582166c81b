#pragma once

#include "JournalRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

#include <memory>
#include <optional>

class QLockFile;
class QSqlError;
class QTemporaryDir;

namespace spuw {

// The durable, hash-chained record of every step. A real SQLite file through Qt SQL.
// Not thread-safe: use one Journal from one thread.
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(Journal)

public:
    static constexpr int kSchemaVersion = 1;
    static constexpr const char *kApplicationId = "sp-upgrade-wizard-journal";

    enum class Mode { ReadWrite, ReadOnly };

    struct VerifyResult
    {
        bool ok = false;
        qint64 records = 0;
        qint64 firstBadSeq = 0; // 0 when ok
        QString problem;
        QByteArray headHash;
        // Said whether intact or not: an interrupted write that was rolled back, or where the
        // expected head hash was found.
        QStringList notes;
    };

    struct RunState
    {
        QString runId;
        bool training = false;
        QList<JournalRecord> records;
        QSet<QString> completedSteps; // verified, attested or decided
    };

    Journal();
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    // ReadWrite takes the journal's lock: a second writer gets "in use by ...", whatever path
    // (symlink, hard link) it takes to the same file. Either mode finishes what a crash left:
    // an interrupted write is rolled back the way SQLite does it (in a private copy when the
    // journal is on read-only media), and recoveryNote() says so in plain words.
    bool open(const QString &path, Mode mode = Mode::ReadWrite);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    // Empty unless opening rolled back a write that a crash had left unfinished.
    QString recoveryNote() const { return m_recoveryNote; }
    // The last record's sequence number and hash as stored; cheap (no read), for showing the head
    // hash after each step.
    qint64 headSeq() const { return m_headSeq; }
    QByteArray headHash() const { return m_headHash; }

    // Fills seq, utc (when empty), prevHash and hash. Returns only once the record is committed
    // and synced to disk; on failure nothing is recorded and errorString() names file and cause.
    bool append(JournalRecord &record);

    QList<JournalRecord> records(const QString &runId = {}) const;
    qint64 count() const;
    // Checks the hash chain and the file around it (bytes after the end, a file cut short, freed
    // pages, writes this wizard did not make); with `records`, also hands back every record read
    // (one scan for both). With `expectedHead` (the head hash the operator noted, or at least its
    // first 16 hex digits) a rewritten or emptied journal is caught too: that record must still
    // be there.
    VerifyResult verify(QList<JournalRecord> *records = nullptr, const QByteArray &expectedHead = {}) const;
    std::optional<RunState> unfinishedRun(const QString &computer) const;
    QStringList runIds() const;
    QJsonObject exportJson() const;

    // For tests and benchmarks: limits the database size so a full disk can be reproduced
    // (0: to the pages it has now).
    bool setMaxPageCount(int pages);

    // How `expectedHead` must look: 16 to 64 hex digits. Lower case on success.
    static std::optional<QByteArray> normaliseHash(const QString &text);

private:
    bool fail(const QString &message);
    bool closeAndFail(const QString &message);
    bool lockForWriting(const QString &lockPath);
    bool prepareRecovery();
    bool openDatabase();
    QString sqliteProblem(const QSqlError &error) const;
    bool createSchema();
    bool checkSchema();

    QString m_path; // as the caller named it (absolute), for messages
    QString m_file; // the file SQLite opens: the resolved path, or a private copy to roll back
    QString m_connection;
    QString m_recoveryNote;
    std::unique_ptr<QTemporaryDir> m_copy;
    bool m_inPlaceRecovery = false; // opened read-write so SQLite can roll back a hot rollback file
    int m_fileLock = -1; // flock on the journal file itself: one writer per file, whatever the path
    // Read-only descriptor verify() reads the file's header through, kept open until close(): closing
    // any descriptor of the file would drop the POSIX locks SQLite holds on it (its snapshot).
    mutable int m_headerFd = -1;
    QString m_error;
    Mode m_mode = Mode::ReadOnly;
    std::unique_ptr<QLockFile> m_lock;
    qint64 m_headSeq = 0;
    QByteArray m_headHash;
};

} // namespace spuw
