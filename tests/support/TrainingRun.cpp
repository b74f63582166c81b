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

bool step(Session &s, const QString &id, QString *error, std::initializer_list<A> actions = {})
{
    for (A a : actions)
        s.performTrainingAction(a);
    s.applyProbeResult(s.probe()->probe());
    const bool ok
        = s.canVerify(id) ? s.verifyStep(id) : s.attestStep(id, {{QStringLiteral("media"), QStringLiteral("tape 7")}});
    return ok || fail(error, id, s);
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
            return step(s, QStringLiteral("defer"), error) && s.finishRun();
        if (p == Procedure::InstallSecurePathFirst) {
            if (!step(s, QStringLiteral("install-securepath-4.0a"), error, {A::InstallSecurePath40A})
                || !s.decideProcedure())
                return fail(error, QStringLiteral("reassess"), s);
        }
        const bool clustered = s.runPlan().procedure == Procedure::Clustered;
        if (clustered
            && !(step(s, QStringLiteral("cluster-move-storage"), error, {A::MoveSharedStorage})
                && step(s, QStringLiteral("cluster-pause-node"), error, {A::PauseNode})))
            return false;
        if (s.runPlan().procedure != Procedure::Recovery) {
            if (!step(s, QStringLiteral("backup"), error, {A::TakeBackup}))
                return false;
            if (upgradeWithSanAttached) {
                const SimulationEvent e = s.performTrainingAction(A::UpgradeWindows);
                if (!e.bugcheck || !s.switchToRecovery(e.message))
                    return fail(error, QStringLiteral("mistake"), s);
                upgradeWithSanAttached = false;
            }
        }
        if (s.runPlan().procedure == Procedure::Recovery) {
            if (!(step(s, QStringLiteral("disconnect-san"), error, {A::DisconnectSan})
                    && step(s, QStringLiteral("restart-complete-upgrade"), error, {A::Restart})))
                return false;
        } else if (!(step(s, QStringLiteral("disconnect-san"), error, {A::DisconnectSan})
                       && step(s, QStringLiteral("upgrade-windows"), error, {A::UpgradeWindows}))) {
            return false;
        }
        if (!(step(s, QStringLiteral("install-securepath-2003"), error, {A::InstallSecurePath40A})
                && step(s, QStringLiteral("reconnect-san"), error, {A::ReconnectSan})))
            return false;
        if (!clustered)
            return s.finishRun() || fail(error, QStringLiteral("finish"), s);
        if (!step(s, QStringLiteral("cluster-resume-node"), error, {A::ResumeNode}) || !s.nextClusterNode())
            return fail(error, QStringLiteral("next node"), s);
        if (s.isFinished())
            return true;
    }
}

} // namespace spuw::test
