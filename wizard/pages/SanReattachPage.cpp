#include "SanReattachPage.h"

#include "Session.h"

#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace spuw {

SanReattachPage::SanReattachPage(Session *sessionRef, QWidget *parent)
    : StepPage(sessionRef, StepCatalogue::stepsOnPage(StepPageKind::SanReattach), parent)
{
    setObjectName(QStringLiteral("SanReattachPage"));
    setTitle(tr("Reconnect the SAN"));
    setSubTitle(tr("KB 817409: connect the Windows Server 2003 server to the SAN storage."));
}

void SanReattachPage::buildBody()
{
    m_volumes = makeLabel();
    m_volumes->setObjectName(QStringLiteral("sanVolumes"));
    body()->addWidget(
        makeLabel(tr("Reconnect the Fibre Channel cables, let Secure Path find its paths, then check that every "
                     "volume the server had before is back.")));
    body()->addWidget(m_volumes);
    body()->addWidget(addStepButton(StepId::ReconnectSan, tr("&Check that every SAN volume is back"),
        tr("I &attest that every SAN volume is back")));
    body()->addStretch(1);
}

void SanReattachPage::onFactsRefreshed()
{
    const QString lock = session()->interlock(StepId::ReconnectSan).message;
    const QStringList missing = session()->missingSanVolumes();
    QString text = tr("Volumes before disconnection: %1")
                       .arg(session()->sanVolumesBeforeDisconnect().join(QStringLiteral(", ")));
    if (!lock.isEmpty())
        text += QLatin1Char('\n') + tr("Do not reconnect yet: %1").arg(lock);
    else if (!missing.isEmpty())
        text += QLatin1Char('\n') + tr("Missing: %1").arg(missing.join(QStringLiteral(", ")));
    m_volumes->setText(text);
}

} // namespace spuw
