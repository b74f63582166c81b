#include "TrainingRun.h"

#include "ProbeFactory.h"
#include "Session.h"

namespace spuw::test {

namespace {

using A = SimulatedServer::Action;

bool fail(QString *error, const QString &what, const Session &s)
{
    *error = QStringLiteral("%1: %2 %3").arg(what, s.lastRefusal(), s.recordingError());
    return false;
}

bool step(Session &s, StepId id, QString *error, std::initializer_list<A> actions = {})
{
    for (A a : actions)
        s.performTrainingAction(a);
    s.applyProbeResult(s.probe()->probe());
    const bool ok = s.canVerify(id)
        ? s.verifyStep(id)
        : s.attestStep(id,
            {{QStringLiteral("media"), QStringLiteral("tape 7")},
                {QStringLiteral("finished_utc"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    return ok || fail(error, StepCatalogue::key(id), s);
}

} // namespace

bool runTrainingScenario(const QString &scenario, const QString &journal, bool upgradeWithSanAttached, QString *error)
{
    Session s(ProbeFactory::scenario(scenario, error));
    if (!s.probe() || !s.openJournal(journal))
        return fail(error, QStringLiteral("open"), s);
    s.setOperatorName(QStringLiteral("Grace Operator"));
    for (;;) {
        s.applyProbeResult(s.probe()->probe());
        if ((s.runId().isEmpty() && !s.beginRun()) || !s.decideProcedure())
            return fail(error, QStringLiteral("begin"), s);
        const Procedure p = s.runPlan().procedure;
        if (p == Procedure::Defer)
            return step(s, StepId::Defer, error) && s.finishRun();
        if (p == Procedure::InstallSecurePathFirst) {
            if (!step(s, StepId::InstallSecurePath40A, error, {A::InstallSecurePath40A}) || !s.decideProcedure())
                return fail(error, QStringLiteral("reassess"), s);
        }
        const bool clustered = s.runPlan().procedure == Procedure::Clustered;
        if (clustered
            && !(step(s, StepId::ClusterMoveStorage, error, {A::MoveSharedStorage})
                && step(s, StepId::ClusterPauseNode, error, {A::PauseNode})))
            return false;
        if (s.runPlan().procedure != Procedure::Recovery) {
            if (!step(s, StepId::Backup, error, {A::TakeBackup}))
                return false;
            if (upgradeWithSanAttached) {
                const SimulationEvent e = s.performTrainingAction(A::UpgradeWindows);
                if (!e.bugcheck || s.runPlan().procedure != Procedure::Recovery)
                    return fail(error, QStringLiteral("mistake"), s);
                upgradeWithSanAttached = false;
            }
        }
        if (s.runPlan().procedure == Procedure::Recovery) {
            if (!(step(s, StepId::DisconnectSan, error, {A::DisconnectSan})
                    && step(s, StepId::RestartCompleteUpgrade, error, {A::Restart})))
                return false;
        } else if (!(step(s, StepId::DisconnectSan, error, {A::DisconnectSan})
                       && step(s, StepId::UpgradeWindows, error, {A::UpgradeWindows}))) {
            return false;
        }
        if (!(step(s, StepId::InstallSecurePath2003, error, {A::InstallSecurePath40A})
                && step(s, StepId::ReconnectSan, error, {A::ReconnectSan})))
            return false;
        if (!clustered)
            return s.finishRun() || fail(error, QStringLiteral("finish"), s);
        if (!step(s, StepId::ClusterResumeNode, error, {A::ResumeNode}) || !s.nextClusterNode())
            return fail(error, QStringLiteral("next node"), s);
        if (s.isFinished())
            return true;
    }
}

} // namespace spuw::test
