#include "SanDisconnectPage.h"

#include "Session.h"

#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace spuw {

SanDisconnectPage::SanDisconnectPage(Session *sessionRef, QWidget *parent)
    : StepPage(sessionRef, StepCatalogue::stepsOnPage(StepPageKind::SanDisconnect), parent)
{
    setObjectName(QStringLiteral("SanDisconnectPage"));
    setTitle(tr("Remove all SAN connections"));
    setSubTitle(tr("KB 817409: disconnect the server from all SAN storage before you perform the upgrade."));
}

void SanDisconnectPage::buildBody()
{
    m_volumes = makeLabel();
    m_volumes->setObjectName(QStringLiteral("sanVolumes"));
    body()->addWidget(
        makeLabel(tr("Unplug every Fibre Channel cable of this server (or disable its switch ports) so that it "
                     "sees no SAN storage at all. Then check again until no SAN volume is visible.")));
    body()->addWidget(m_volumes);
    body()->addWidget(addStepButton(StepId::DisconnectSan, tr("&Check that no SAN volume is visible"),
        tr("I &attest that all SAN connections are removed")));
    body()->addStretch(1);
}

void SanDisconnectPage::onFactsRefreshed()
{
    const SystemFacts &f = session()->facts();
    m_volumes->setText(tr("SAN volumes before disconnection: %1\nVisible now: %2")
                           .arg(session()->sanVolumesBeforeDisconnect().join(QStringLiteral(", ")),
                               f.visibleSanVolumes.known() ? (f.visibleSanVolumes.get().isEmpty()
                                       ? tr("none")
                                       : f.visibleSanVolumes.get().join(QStringLiteral(", ")))
                                                           : tr("cannot be seen from here")));
}

} // namespace spuw
