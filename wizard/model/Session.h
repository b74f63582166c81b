#pragma once

#include "Journal.h"
#include "Plan.h"
#include "Probe.h"

#include <QObject>

#include <memory>

namespace spuw {

// What the wizard pages share: the probe, the facts it found, the plan the KB rules make of them,
// and the journal that records every step. Pages get it injected; they never reach a global.
class Session final : public QObject
{
    Q_OBJECT

public:
    explicit Session(std::unique_ptr<Probe> probe, QObject *parent = nullptr);
    ~Session() override;

    Probe *probe() const { return m_probe.get(); }
    bool isTraining() const { return m_probe && m_probe->isTraining(); }

    bool openJournal(const QString &path);
    QString journalPath() const { return m_journal.path(); }
    bool canRecord() const { return m_journal.isOpen() && m_recordingError.isEmpty(); }
    QString recordingError() const { return m_recordingError; }
    const Journal &journal() const { return m_journal; }

    void setOperatorName(const QString &name) { m_operatorName = name; }
    QString operatorName() const { return m_operatorName; }
    static QString osAccount();

    // Takes a probe's result (called on the GUI thread with what a worker produced).
    void applyProbeResult(const ProbeResult &result);
    const ProbeResult &probeResult() const { return m_probeResult; }
    const SystemFacts &facts() const { return m_probeResult.facts; }
    const Plan &plan() const { return m_plan; }

    QString runId() const { return m_runId; }
    // Starts a new run, or continues the unfinished run of this computer (recording "resumed").
    bool beginRun();
    // Records one event with the facts that justified it. Returns only once it is durable; on
    // failure emits recordingFailed() and the wizard must not move on.
    bool record(const QString &stepId, const QString &kind, const QJsonObject &detail = {});
    QSet<QString> completedSteps() const { return m_completed; }

Q_SIGNALS:
    void factsRefreshed();
    void recorded(const spuw::JournalRecord &record);
    void recordingFailed(const QString &error);

private:
    std::unique_ptr<Probe> m_probe;
    Journal m_journal;
    ProbeResult m_probeResult;
    Plan m_plan;
    QString m_operatorName;
    QString m_runId;
    QString m_recordingError;
    QSet<QString> m_completed;
};

} // namespace spuw
