#include "DeferPage.h"

#include "ExportButton.h"
#include "Session.h"
#include "WrapButton.h"

#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace spuw {

DeferPage::DeferPage(Session *sessionRef, QWidget *parent)
    : StepPage(sessionRef, StepCatalogue::stepsOnPage(StepPageKind::Defer), parent)
{
    setObjectName(QStringLiteral("DeferPage"));
    setTitle(tr("Defer the upgrade"));
    setSubTitle(
        tr("KB 817409: only after HP Secure Path V4.0B becomes available will you be able to upgrade this server."));
}

void DeferPage::buildBody()
{
    m_why = makeLabel();
    m_why->setObjectName(QStringLiteral("deferReasons"));
    body()->addWidget(m_why);
    body()->addWidget(
        makeLabel(tr("What to do instead: leave this server on Windows 2000 with Secure Path 4.0A; plan the upgrade "
                     "for when HP Secure Path 4.0B is available, or move the boot volume, page file or Active "
                     "Directory files off the SAN first and assess the server again.")));
    body()->addWidget(addAttestButton(StepId::Defer, tr("&Record the decision to defer")));
    auto *again = new WrapButton(tr("Assess the server a&gain"), this);
    again->setObjectName(QStringLiteral("reassess"));
    again->setAccessibleDescription(tr("Reads the server again on the preflight page, after the boot volume, page "
                                       "file or Active Directory files were moved off the SAN."));
    again->setToolTip(tr("After moving the boot volume, page file or Active Directory files off the SAN: the "
                         "preflight reads the server again and records a new decision if KB 817409 now allows one."));
    connect(again, &QPushButton::clicked, this, &DeferPage::reassessRequested);
    body()->addWidget(again);
    body()->addStretch(1);
    auto *exportButton = ExportButton::forRecord(session(), this);
    connect(exportButton, &ExportButton::exported, this,
        [this](bool ok, const QString &message) { showStatus(message, !ok); });
    body()->addWidget(exportButton);
}

void DeferPage::onFactsRefreshed()
{
    QStringList lines;
    for (const Blocker &b : session()->runPlan().blockers)
        lines << tr("- %1\n  KB 817409: \"%2\"").arg(b.message, b.kb);
    m_why->setText(tr("Why:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

} // namespace spuw
