#include "ServerRoomPanel.h"

#include "Session.h"
#include "Visibility.h"
#include "WrapButton.h"
#include "WrappedLabel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace spuw {

ServerRoomPanel::ServerRoomPanel(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_last(new WrappedLabel({}, this))
{
    setObjectName(QStringLiteral("ServerRoomPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new WrappedLabel(tr("In the server room (simulated)"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    using A = SimulatedServer::Action;
    const QList<QPair<A, QString>> actions{
        {A::TakeBackup, tr("Run the full backup")},
        {A::MoveSharedStorage, tr("Move shared storage to another node")},
        {A::PauseNode, tr("Pause this cluster node")},
        {A::DisconnectSan, tr("I have disconnected the SAN cables")},
        {A::UpgradeWindows, tr("Run Windows Server 2003 setup")},
        {A::Restart, tr("Restart the server")},
        {A::InstallSecurePath40A, tr("Install HP Secure Path 4.0A")},
        {A::ReconnectSan, tr("I have reconnected the SAN cables")},
        {A::ResumeNode, tr("Unpause this cluster node")},
    };
    const bool clustered = session->facts().clusterMember.valueOr(false)
        || (session->simulator() && session->simulator()->nodes().size() > 1);
    for (const auto &[action, text] : actions) {
        if (!clustered && (action == A::MoveSharedStorage || action == A::PauseNode || action == A::ResumeNode))
            continue;
        auto *button = new WrapButton(text, this);
        button->setObjectName(QStringLiteral("room-") + SimulatedServer::actionId(action));
        QSizePolicy policy = button->sizePolicy();
        policy.setHorizontalPolicy(QSizePolicy::Preferred); // the panel's width, wrapped when it must
        button->setSizePolicy(policy);
        button->setAccessibleName(text);
        button->setAccessibleDescription(tr("Training: done by hand in the simulated server room, right or wrong; "
                                            "recorded, and judged in the debrief."));
        connect(button, &QPushButton::clicked, this, [this, action = action] {
            const SimulationEvent e = m_session->performTrainingAction(action);
            m_last->setText(e.message);
            QPalette palette = m_last->palette();
            palette.setColor(
                QPalette::WindowText, e.ok ? this->palette().color(QPalette::WindowText) : QColor(0xb7, 0x1c, 0x1c));
            m_last->setPalette(palette);
            Q_EMIT actionPerformed(e);
        });
        layout->addWidget(button);
        m_buttons << button;
        if (action == A::MoveSharedStorage || action == A::PauseNode || action == A::ResumeNode)
            m_clusterButtons << button;
    }
    m_last->setObjectName(QStringLiteral("lastEvent"));
    layout->addWidget(m_last);
    layout->addStretch(1);
    connect(m_session, &Session::probeChanged, this, &ServerRoomPanel::follow);
    connect(m_session, &Session::stepsChanged, this, &ServerRoomPanel::updateEnabled);
    connect(m_session, &Session::recordingFailed, this, &ServerRoomPanel::updateEnabled);
    connect(m_session, &Session::journalOpened, this, &ServerRoomPanel::updateEnabled);
    follow();
}

void ServerRoomPanel::updateEnabled()
{
    const bool on = !m_session->runId().isEmpty() && !m_session->isFinished() && m_session->canRecord();
    for (QPushButton *b : std::as_const(m_buttons)) {
        b->setEnabled(on);
        b->setToolTip(on ? QString() : tr("Begin the run first: everything done in the server room is recorded."));
    }
}

void ServerRoomPanel::follow()
{
    const SimulatedServer *sim = m_session->simulator();
    Visibility::set(this, sim != nullptr);
    const bool clustered = sim && sim->nodes().size() > 1;
    for (QPushButton *b : std::as_const(m_clusterButtons))
        Visibility::set(b, clustered);
    m_last->clear();
    updateEnabled();
}

} // namespace spuw
