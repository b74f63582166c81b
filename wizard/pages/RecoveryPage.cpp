#include "RecoveryPage.h"

#include "Session.h"

#include "PlanRules.h"
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace spuw {

RecoveryPage::RecoveryPage(Session *sessionRef, QWidget *parent) : StepPage(sessionRef, {}, parent)
{
    setObjectName(QStringLiteral("RecoveryPage"));
    setTitle(tr("Recovery after the bugcheck"));
    setSubTitle(tr("KB 817409: recover servers that are getting the \"Bugcheck\" error message."));
}

void RecoveryPage::buildBody()
{
    m_evidence = makeLabel();
    m_evidence->setObjectName(QStringLiteral("evidence"));
    body()->addWidget(
        makeLabel(tr("This server stops with bugcheck 0xC2 BAD_POOL_CALLER because the upgrade ran while it "
                     "was attached to the SAN. The recovery: remove all SAN connections, restart to complete the "
                     "upgrade to Windows Server 2003, install HP Secure Path 4.0A (Raidisk.sys 3.6.3.670), and "
                     "reconnect the SAN.")));
    body()->addWidget(m_evidence);
    body()->addStretch(1);
}

void RecoveryPage::onFactsRefreshed()
{
    QStringList lines;
    for (const CrashDumpFact &d : session()->facts().crashDumps.valueOr({})) {
        lines << tr("%1: bugcheck 0x%2 (%3, %4, %5, %6), Windows build %7")
                     .arg(d.path, QString::number(d.bugCheckCode, 16).toUpper(),
                         QStringLiteral("0x") + QString::number(d.parameters[0], 16),
                         QStringLiteral("0x") + QString::number(d.parameters[1], 16),
                         QStringLiteral("0x") + QString::number(d.parameters[2], 16),
                         QStringLiteral("0x") + QString::number(d.parameters[3], 16))
                     .arg(d.build);
    }
    if (session()->facts().operatorReportsBugcheck.valueOr(false))
        lines << tr("The operator reports the BAD_POOL_CALLER bugcheck.");
    m_evidence->setText(tr("Evidence:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

} // namespace spuw
