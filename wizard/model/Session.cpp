#include "Session.h"

#include "PlanRules.h"

#include <QJsonDocument>
#include <QUuid>

namespace spuw {

Session::Session(std::unique_ptr<Probe> probe, QObject *parent) : QObject(parent), m_probe(std::move(probe))
{
    m_plan = PlanRules::evaluate(m_probeResult.facts);
}

Session::~Session() = default;

QString Session::osAccount()
{
    QString user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    const QString domain = qEnvironmentVariable("USERDOMAIN");
    return domain.isEmpty() ? user : domain + QLatin1Char('\\') + user;
}

bool Session::openJournal(const QString &path)
{
    m_recordingError.clear();
    if (!m_journal.open(path)) {
        m_recordingError = m_journal.errorString();
        Q_EMIT recordingFailed(m_recordingError);
        return false;
    }
    return true;
}

void Session::applyProbeResult(const ProbeResult &result)
{
    m_probeResult = result;
    m_probeResult.facts.training = isTraining();
    m_plan = PlanRules::evaluate(m_probeResult.facts);
    Q_EMIT factsRefreshed();
}

bool Session::beginRun()
{
    const QString computer = facts().computerName.valueOr(QStringLiteral("(unknown)"));
    if (const auto run = m_journal.unfinishedRun(computer)) {
        m_runId = run->runId;
        m_completed = run->completedSteps;
        return record(QStringLiteral("resume"), JournalKind::Resumed);
    }
    m_runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_completed.clear();
    return record(QStringLiteral("start"), JournalKind::RunStarted,
        QJsonObject{{QStringLiteral("probe"), m_probe ? m_probe->description() : QString()},
            {QStringLiteral("procedure"), procedureId(m_plan.procedure)}});
}

bool Session::record(const QString &stepId, const QString &kind, const QJsonObject &detail)
{
    if (!m_journal.isOpen()) {
        m_recordingError = tr("No journal is open: nothing can be recorded, so the wizard cannot go on.");
        Q_EMIT recordingFailed(m_recordingError);
        return false;
    }
    JournalRecord r;
    r.runId = m_runId;
    r.computer = facts().computerName.valueOr(QStringLiteral("(unknown)"));
    r.osAccount = osAccount();
    r.operatorName = m_operatorName;
    r.stepId = stepId;
    r.kind = kind;
    r.training = isTraining();
    QJsonObject evidence{
        {QStringLiteral("facts"), facts().toJson()}, {QStringLiteral("procedure"), procedureId(m_plan.procedure)}};
    if (!detail.isEmpty())
        evidence.insert(QStringLiteral("detail"), detail);
    r.evidence = QString::fromUtf8(QJsonDocument(evidence).toJson(QJsonDocument::Compact));
    if (!m_journal.append(r)) {
        m_recordingError = m_journal.errorString();
        Q_EMIT recordingFailed(m_recordingError);
        return false;
    }
    m_recordingError.clear();
    if (kind == JournalKind::Verified || kind == JournalKind::Attested || kind == JournalKind::Decision)
        m_completed.insert(stepId);
    Q_EMIT recorded(r);
    return true;
}

} // namespace spuw
