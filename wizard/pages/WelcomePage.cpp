#include "WelcomePage.h"

#include "Session.h"

#include <QLabel>
#include <QVBoxLayout>

namespace spuw {

WelcomePage::WelcomePage(Session *session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_intro(new QLabel(this)), m_mode(new QLabel(this))
{
    setObjectName(QStringLiteral("WelcomePage"));
    setTitle(tr("Welcome"));
    setSubTitle(tr("Upgrade Windows 2000 servers with HP Secure Path to Windows Server 2003 safely (KB 817409)."));
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setText(tr("A direct upgrade of a Windows 2000 server attached to a SAN through HP Secure Path stops "
                        "with bugcheck 0xC2 BAD_POOL_CALLER. This wizard checks the server, chooses the safe "
                        "procedure from Microsoft's article 817409 and records every step in a journal."));
    m_mode->setWordWrap(true);
    m_mode->setObjectName(QStringLiteral("modeLabel"));
    m_mode->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(12);
    layout->addWidget(m_mode);
    layout->addStretch(1);
}

void WelcomePage::initializePage()
{
    if (m_session && m_session->probe()) {
        m_mode->setText(m_session->isTraining() ? tr("Training mode: %1").arg(m_session->probe()->description())
                                                : tr("Source: %1").arg(m_session->probe()->description()));
    } else {
        m_mode->setText(tr("Training mode (placeholder): no Windows system to query was found. The simulated "
                           "training servers are not built yet; this welcome page is all this version shows."));
    }
}

} // namespace spuw
