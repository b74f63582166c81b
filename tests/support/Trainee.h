#pragma once

#include "Session.h"

#include <QRandomGenerator>

namespace spuw::test {

// Drives a training Session one move at a time, as a trainee would: the right move for the state
// the run is in (read from the session, so it carries on after a resume), or now and then a random
// one: a server-room action out of turn, a check or attestation of some other step, a re-read of the
// server, a different answer. Deterministic for a seed.
class Trainee
{
public:
    enum class Move { Continue, Pause, Done };

    Trainee(Session &session, quint32 seed, double mistakeRate = 0.0);
    // One move. Pause: the caller should end this session and resume the run in a new one.
    Move step();
    // The right move, whatever the mistake rate.
    Move rightMove();
    // A random move (may be right by chance).
    Move randomMove();
    // A fixed mistake, then the walk goes on right: used by the scripted walks.
    void roomAction(SimulatedServer::Action action);
    int moves() const { return m_moves; }
    double pauseRate = 0.0;

private:
    bool attestOrVerify(StepId step);
    QJsonObject statementFor(StepId step) const;

    Session &m_s;
    QRandomGenerator m_rng;
    double m_mistakeRate;
    int m_moves = 0;
    int m_stuck = 0;
};

} // namespace spuw::test
