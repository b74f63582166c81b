#include "RestartPage.h"

#include "Session.h"

#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace spuw {

RestartPage::RestartPage(Session *sessionRef, QWidget *parent)
    : StepPage(sessionRef, StepCatalogue::stepsOnPage(StepPageKind::Restart), parent)
{
    setObjectName(QStringLiteral("RestartPage"));
    setTitle(tr("Restart to complete the upgrade"));
    setSubTitle(tr("KB 817409, recovery step 2."));
}

void RestartPage::buildBody()
{
    body()->addWidget(
        makeLabel(tr("With every SAN connection removed, restart the server. Windows Server 2003 setup completes "
                     "without the SAN attached.")));
    body()->addWidget(addStepButton(StepId::RestartCompleteUpgrade, tr("&Check that the server started normally"),
        tr("I &attest that the server restarted and the upgrade completed")));
    body()->addStretch(1);
}

} // namespace spuw
