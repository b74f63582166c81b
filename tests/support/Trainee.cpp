#include "Trainee.h"

namespace spuw::test {

namespace {

using A = SimulatedServer::Action;

// The server-room action that carries out a step.
std::optional<A> actionFor(StepId step)
{
    switch (step) {
    case StepId::InstallSecurePath40A:
    case StepId::InstallSecurePath2003: return A::InstallSecurePath40A;
    case StepId::ClusterMoveStorage: return A::MoveSharedStorage;
    case StepId::ClusterPauseNode: return A::PauseNode;
    case StepId::Backup: return A::TakeBackup;
    case StepId::DisconnectSan: return A::DisconnectSan;
    case StepId::UpgradeWindows: return A::UpgradeWindows;
    case StepId::RestartCompleteUpgrade: return A::Restart;
    case StepId::ReconnectSan: return A::ReconnectSan;
    case StepId::ClusterResumeNode: return A::ResumeNode;
    default: return std::nullopt;
    }
}

} // namespace

Trainee::Trainee(Session &session, quint32 seed, double mistakeRate)
    : m_s(session), m_rng(seed), m_mistakeRate(mistakeRate)
{ }

QJsonObject Trainee::statementFor(StepId step) const
{
    if (step != StepId::Backup)
        return {};
    // The simulated backup's finish: the time it was recorded.
    QDateTime when = QDateTime::currentDateTimeUtc();
    const auto actions = m_s.run().actions();
    for (auto it = actions.crbegin(); it != actions.crend(); ++it) {
        if (it->ok && it->action == SimulatedServer::actionId(A::TakeBackup)) {
            when = it->utc;
            break;
        }
    }
    return QJsonObject{{QStringLiteral("media"), QStringLiteral("LTO-2 tape 0042")},
        {QStringLiteral("finished_utc"), when.toString(Qt::ISODate)}};
}

bool Trainee::attestOrVerify(StepId step)
{
    return m_s.canVerify(step) ? m_s.verifyStep(step) : m_s.attestStep(step, statementFor(step));
}

void Trainee::roomAction(A action)
{
    ++m_moves;
    m_s.performTrainingAction(action);
}

Trainee::Move Trainee::step()
{
    if (pauseRate > 0 && m_rng.generateDouble() < pauseRate) {
        ++m_moves;
        return Move::Pause;
    }
    if (m_mistakeRate > 0 && m_rng.generateDouble() < m_mistakeRate)
        return randomMove();
    return rightMove();
}

Trainee::Move Trainee::randomMove()
{
    ++m_moves;
    if (m_s.isFinished())
        return Move::Done;
    if (m_s.runId().isEmpty()) {
        m_s.applyProbeResult(m_s.probe()->probe());
        m_s.beginRun();
        return Move::Continue;
    }
    const QList<StepId> steps = StepCatalogue::all();
    switch (m_rng.bounded(5)) {
    case 0:
    case 1: m_s.performTrainingAction(A(m_rng.bounded(int(A::NextNode) + 1))); break;
    case 2: attestOrVerify(steps.at(qsizetype(m_rng.bounded(int(steps.size()))))); break;
    case 3: m_s.applyProbeResult(m_s.probe()->probe()); break;
    case 4: m_s.answerSanVolumes(m_s.facts().sanVolumes.valueOr({})); break;
    }
    return Move::Continue;
}

Trainee::Move Trainee::rightMove()
{
    ++m_moves;
    Session &s = m_s;
    if (s.isFinished())
        return Move::Done;
    s.applyProbeResult(s.probe()->probe());
    if (s.runId().isEmpty()) {
        s.beginRun();
        return Move::Continue;
    }
    if (s.isWaitingForAnotherNode())
        return Move::Done;
    const auto next = s.nextStep();
    if (!next) {
        if (!s.finishRun())
            return Move::Done;
        return Move::Continue;
    }
    if (*next == StepId::Preflight) {
        if (!s.facts().sanVolumes.known())
            s.answerSanVolumes({});
        if (!s.decideProcedure())
            ++m_stuck;
        return m_stuck > 3 ? Move::Done : Move::Continue;
    }
    if (*next == StepId::ClusterNextNode) {
        if (!s.nextClusterNode())
            ++m_stuck;
        return m_stuck > 3 ? Move::Done : Move::Continue;
    }
    if (*next == StepId::Defer) {
        attestOrVerify(*next);
        return Move::Continue;
    }
    const StepContext c = s.stepContext();
    const Outcome o = StepCatalogue::postcondition(*next, c);
    const bool needsAction
        = o.state == Outcome::State::Fails || (*next == StepId::Backup && !c.server->backupFinished.value_or(false));
    if (needsAction) {
        if (const auto a = actionFor(*next)) {
            // A fault the scenario scripts (a node that will not pause, a LUN that does not come
            // back) can stop the right path: the run is then ended honestly as not complete.
            if (++m_stuck > 4) {
                s.finishRun();
                return Move::Done;
            }
            s.performTrainingAction(*a);
            return Move::Continue;
        }
    }
    if (!attestOrVerify(*next)) {
        if (++m_stuck > 6) {
            s.finishRun();
            return Move::Done;
        }
        return Move::Continue;
    }
    m_stuck = 0;
    if (*next == StepId::InstallSecurePath40A)
        s.decideProcedure(); // the reassessment once 3.6.2.670 is in
    return Move::Continue;
}

} // namespace spuw::test
