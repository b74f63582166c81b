#include "SecurePathReinstallPage.h"

#include "Session.h"

#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace spuw {

SecurePathReinstallPage::SecurePathReinstallPage(Session *sessionRef, QWidget *parent)
    : StepPage(sessionRef, StepCatalogue::stepsOnPage(StepPageKind::SecurePathReinstall), parent)
{
    setObjectName(QStringLiteral("SecurePathReinstallPage"));
    setTitle(tr("Install Secure Path 4.0A for Windows Server 2003"));
    setSubTitle(tr("KB 817409: verify that Raidisk.sys is version 3.6.3.670."));
}

void SecurePathReinstallPage::buildBody()
{
    m_version = makeLabel();
    m_version->setObjectName(QStringLiteral("driverVersion"));
    body()->addWidget(
        makeLabel(tr("Install HP Secure Path 4.0A again. On Windows Server 2003 it installs the Windows Server "
                     "2003 driver: Raidisk.sys 3.6.3.670.")));
    body()->addWidget(m_version);
    body()->addWidget(addStepButton(StepId::InstallSecurePath2003, tr("&Check Raidisk.sys"),
        tr("I &attest that Raidisk.sys is now version 3.6.3.670")));
    body()->addStretch(1);
}

void SecurePathReinstallPage::onFactsRefreshed()
{
    const SystemFacts &f = session()->facts();
    m_version->setText(tr("Raidisk.sys now: %1")
                           .arg(f.securePath.known() && f.securePath.get().present ? f.securePath.get().fileVersion
                                                                                   : tr("not installed")));
}

} // namespace spuw
