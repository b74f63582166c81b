#include "UpgradeWizard.h"

#include "Session.h"
#include "WelcomePage.h"

namespace spuw {

UpgradeWizard::UpgradeWizard(Session *session, QWidget *parent) : QWizard(parent), m_session(session)
{
    setWindowTitle(tr("Secure Path Upgrade Wizard"));
    setObjectName(QStringLiteral("UpgradeWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setPage(WelcomePageId, new WelcomePage(m_session, this));
    setStartId(WelcomePageId);
    setMinimumSize(800, 600);
}

} // namespace spuw
