#pragma once

#include "SimulatedServer.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace spuw {

class Session;

// Training only: what the trainee would do with their hands in the server room. Any action is
// possible at any time, including the wrong ones; the simulated server reacts as the real one would.
class ServerRoomPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ServerRoomPanel(Session *session, QWidget *parent = nullptr);
    QLabel *lastEvent() const { return m_last; }

Q_SIGNALS:
    void actionPerformed(const spuw::SimulationEvent &event);

private:
    void follow(); // shows itself, and the cluster actions, only when the session trains on a simulator
    // The actions are possible once the run has begun and can be recorded: what the journal does not
    // hold could not be replayed when the run is resumed.
    void updateEnabled();

    Session *m_session;
    QList<QPushButton *> m_buttons;
    QList<QPushButton *> m_clusterButtons;
    QLabel *m_last;
};

} // namespace spuw
