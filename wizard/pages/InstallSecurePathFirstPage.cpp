#include "InstallSecurePathFirstPage.h"

#include "Session.h"

#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace spuw {

InstallSecurePathFirstPage::InstallSecurePathFirstPage(Session *sessionRef, QWidget *parent)
    : StepPage(sessionRef, StepCatalogue::stepsOnPage(StepPageKind::InstallSecurePathFirst), parent)
{
    setObjectName(QStringLiteral("InstallSecurePathFirstPage"));
    setTitle(tr("Install HP Secure Path 4.0A first"));
    setSubTitle(tr("KB 817409: the Raidisk.sys file must be version 3.6.2.670."));
}

void InstallSecurePathFirstPage::buildBody()
{
    m_version = makeLabel();
    m_version->setObjectName(QStringLiteral("driverVersion"));
    body()->addWidget(
        makeLabel(tr("Install HP Secure Path 4.0A on this Windows 2000 server, then check again. Repeat until "
                     "Raidisk.sys is version 3.6.2.670.")));
    body()->addWidget(m_version);
    body()->addWidget(addStepButton(StepId::InstallSecurePath40A, tr("&Check Raidisk.sys again"),
        tr("I &attest that Raidisk.sys is now version 3.6.2.670")));
    body()->addStretch(1);
}

void InstallSecurePathFirstPage::onFactsRefreshed()
{
    const SystemFacts &f = session()->facts();
    m_version->setText(tr("Raidisk.sys now: %1")
                           .arg(f.securePath.known() && f.securePath.get().present ? f.securePath.get().fileVersion
                                                                                   : tr("not installed")));
}

bool InstallSecurePathFirstPage::validatePage()
{
    // With 3.6.2.670 in place the server is assessed again and the run goes on with what KB 817409 now allows.
    if (session()->plan().procedure == Procedure::InstallSecurePathFirst
        || session()->plan().procedure == Procedure::Undetermined)
        return true;
    if (!session()->decideProcedure()) {
        showStatus(session()->lastRefusal(), true);
        return false;
    }
    return true;
}

} // namespace spuw
