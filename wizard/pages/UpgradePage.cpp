#include "UpgradePage.h"

#include "Session.h"

#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace spuw {

UpgradePage::UpgradePage(Session *sessionRef, QWidget *parent)
    : StepPage(sessionRef, StepCatalogue::stepsOnPage(StepPageKind::Upgrade), parent)
{
    setObjectName(QStringLiteral("UpgradePage"));
    setTitle(tr("Upgrade to Windows Server 2003"));
    setSubTitle(tr("KB 817409: upgrade Windows 2000 Server to Windows Server 2003. This is the point of no return."));
}

void UpgradePage::buildBody()
{
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Upgrade done"));
    body()->addWidget(
        makeLabel(tr("Run Windows Server 2003 setup (winnt32.exe) and choose Upgrade. Setup restarts the server "
                     "two or three times; the line below says how this wizard continues after them. "
                     "Do not reconnect the SAN until Secure Path 4.0A for Windows Server 2003 is installed.")));
    m_state = makeLabel();
    m_state->setObjectName(QStringLiteral("upgradeState"));
    body()->addWidget(m_state);
    m_resume = makeLabel();
    m_resume->setObjectName(QStringLiteral("resumeAtBoot"));
    body()->addWidget(m_resume);
    body()->addWidget(addStepButton(StepId::UpgradeWindows, tr("&Check the Windows version"),
        tr("I &attest that Windows Server 2003 setup has completed")));
    body()->addStretch(1);
}

void UpgradePage::onFactsRefreshed()
{
    const SystemFacts &f = session()->facts();
    const QString lock = session()->interlock(StepId::UpgradeWindows).message;
    m_state->setText(lock.isEmpty()
            ? tr("Windows now: %1 (build %2).").arg(f.productName.valueOr(tr("unknown"))).arg(f.osBuild.valueOr(0))
            : tr("Not allowed yet: %1").arg(lock));
    // Whether Windows will bring the wizard back after setup's restarts (RunOnce).
    const QString problem = session()->resumeAtBootProblem();
    m_resume->setText(!problem.isEmpty() ? problem
            : session()->isResumeAtBootArmed() && session()->capabilities().testFlag(ProbeCapability::Network)
            ? tr("After the restarts Windows starts the agent on the server again by itself; this wizard waits for it "
                 "and continues with journal %1.")
                  .arg(session()->journalPath())
            : session()->isResumeAtBootArmed()
            ? tr("After the restarts Windows starts this wizard again with journal %1.").arg(session()->journalPath())
            : session()->isTraining()
            ? tr("In training the restarts are simulated.")
            : tr("After the restarts, start this wizard again with journal %1.").arg(session()->journalPath()));
}

} // namespace spuw
