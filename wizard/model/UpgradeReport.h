#pragma once

#include "Journal.h"
#include "RunState.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace spuw {

// The upgrade record of one journal (or, merged, of a cluster's journals): what a change board
// reads and an auditor checks. Built from the journal alone; rendering to HTML and JSON is here,
// to PDF in ReportWriter.
class UpgradeReport
{
    Q_DECLARE_TR_FUNCTIONS(UpgradeReport)

public:
    static constexpr int kSchema = 1;

    struct Entry
    {
        qint64 seq = 0;
        QDateTime utc;
        QString step;
        QString kind;
        QString operatorName;
        QString osAccount;
        QString detail; // one line: what was recorded with it
        bool deviation = false; // a failure, a refused check, a training mistake, a bugcheck
        bool afterDamage = false; // at or after the first record its journal's verification failed at
    };

    struct StepLine
    {
        QString step; // the step's key
        QString title;
        QString kb; // the KB 817409 sentence the step carries out, as this procedure words it
        QString state; // done, reopened, pending, ...
        QString how; // verified, attested, decision
        QString evidence; // what proved it, or what the operator stated, in full
    };

    // One server's part of a run (a cluster run has one per node), as the run's journal says.
    struct Run
    {
        QString runId;
        QString computer;
        QString cluster;
        bool training = false;
        QString procedure;
        QString reason;
        QDateTime start;
        QDateTime end;
        bool finished = false; // the run was ended (finish recorded)
        bool complete = false; // and every step of this server's procedure is done
        QList<StepLine> steps;
        QList<DebriefItem> mistakes; // training
        QList<DebriefItem> doneRight;
        QStringList operators;
        QJsonObject factsBefore;
        QJsonObject factsAfter;
        QList<Entry> timeline;
        int deviations = 0;
    };

    struct Source
    {
        QString journal;
        bool intact = false;
        QString verification; // "intact (N records, head ...)" or the first bad record
        QByteArray headHash;
        qint64 damagedFromSeq = 0; // the first record verification could not vouch for; 0 when intact
        QStringList notes; // e.g. an unfinished write that was rolled back when the journal was read

        // The command that checks later that this journal was not rewritten since the report.
        QString verifyCommand() const;
    };

    // One fact before and after the run, with where the later reading came from (the facts table of
    // the record, the same rows the preflight page shows).
    struct FactLine
    {
        QString label;
        QString before;
        QString after;
        QString source;
        bool changed = false;
    };
    static QList<FactLine> factLines(const Run &run);
    // "finished, complete", "finished, NOT complete" or "NOT finished".
    static QString stateText(const Run &run);
    // Who did a record's step: the operator, and the OS account when it is known.
    static QString byText(const Entry &entry);
    // The journal's words (procedure, step state and record kind keys) in the reader's language, for
    // the HTML and PDF record; the JSON keeps the keys. An unknown key is shown as it is.
    static QString procedureText(const QString &key);
    static QString stepStateText(const QString &key);
    static QString kindText(const QString &key);
    // The journals' head hashes, for the foot of every page of a printed record.
    QString headHashes() const;

    // Reads a journal read-only. Nothing (with *error naming the file) when it cannot be read.
    static std::optional<UpgradeReport> fromJournal(const QString &path, QString *error);
    // The journals of a cluster's nodes, one report. Refused when a journal fails verification or
    // the journals are from different clusters.
    static std::optional<UpgradeReport> merge(const QList<UpgradeReport> &reports, QString *error);

    QList<Run> runs() const { return m_runs; }
    QList<Source> sources() const { return m_sources; }
    bool isClusterRollUp() const { return m_rollUp; }
    // Every run is a training run (the record as a whole is training); some run is.
    bool isTraining() const;
    bool hasTraining() const;
    bool allIntact() const;
    // One line for the top of every page of a report made from a damaged journal; empty when intact.
    QString damagedBanner() const;

    // "sp-upgrade-wizard VERSION": what wrote the record.
    static QString generator();
    QJsonObject toJson() const;
    QString toHtml() const;

private:
    QList<Run> m_runs;
    QList<Source> m_sources;
    bool m_rollUp = false;
};

} // namespace spuw
