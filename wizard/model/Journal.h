#pragma once

#include "JournalRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

#include <memory>
#include <optional>

class QLockFile;

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

    // ReadWrite takes the journal's lock: a second writer gets "in use by ...".
    bool open(const QString &path, Mode mode = Mode::ReadWrite);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

    // Fills seq, utc (when empty), prevHash and hash. Returns only once the record is committed
    // and synced to disk; on failure nothing is recorded and errorString() names file and cause.
    bool append(JournalRecord &record);

    QList<JournalRecord> records(const QString &runId = {}) const;
    qint64 count() const;
    // Checks the hash chain; with `records`, also hands back every record read (one scan for both).
    VerifyResult verify(QList<JournalRecord> *records = nullptr) const;
    std::optional<RunState> unfinishedRun(const QString &computer) const;
    QStringList runIds() const;
    QJsonObject exportJson() const;

    // For tests and benchmarks: limits the database size so a full disk can be reproduced
    // (0: to the pages it has now).
    bool setMaxPageCount(int pages);

private:
    bool fail(const QString &message);
    bool openDatabase();
    bool createSchema();
    bool checkSchema();

    QString m_path;
    QString m_connection;
    QString m_error;
    Mode m_mode = Mode::ReadOnly;
    std::unique_ptr<QLockFile> m_lock;
    qint64 m_headSeq = 0;
    QByteArray m_headHash;
};

} // namespace spuw
