#include "SanReattachPage.h"

#include "Session.h"
#include "Visibility.h"
#include "WrapButton.h"
#include "WrappedLabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

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
    m_instruction = makeLabel();
    m_instruction->setObjectName(QStringLiteral("instruction"));
    m_volumes = makeLabel();
    m_volumes->setObjectName(QStringLiteral("sanVolumes"));
    body()->addWidget(m_instruction);
    body()->addWidget(m_volumes);
    QPushButton *step = addStepButton(StepId::ReconnectSan, tr("&Check that every SAN volume is back"),
        tr("I &attest that every SAN volume is back"));
    step->setAccessibleDescription(session()->canVerify(StepId::ReconnectSan)
            ? tr("Reads the server again and records the step when every volume it had before is visible.")
            : tr("Records your statement that every volume the server had before is visible again."));
    body()->addWidget(step);

    // What to look at when a volume does not come back, in the order a SAN administrator would.
    m_guidance = makeLabel(tr("A volume that does not come back after the cables are in is almost always one of "
                              "these; check them in this order, then check again:\n"
                              "1. Zoning: on both fabrics, the server's HBA ports (WWPNs) are in a zone with the "
                              "array's controller ports, and the switch ports are enabled again.\n"
                              "2. LUN presentation: on the array (Command View EVA, or the HSG80's ACS), the LUN "
                              "behind the volume is presented to this server's host connections, with the LUN "
                              "number it had before.\n"
                              "3. Secure Path: in Secure Path Manager (or spmgr display), every path to the LUN is "
                              "Available, not Failed; restore failed paths, then rescan the disks in Disk "
                              "Management."));
    m_guidance->setObjectName(QStringLiteral("sanGuidance"));
    m_guidance->hide();
    body()->addWidget(m_guidance);

    // When it still does not come back: hand it on, recorded, instead of a run that can only pause.
    m_escalation = new QWidget(this);
    m_escalation->setObjectName(QStringLiteral("escalation"));
    auto *box = new QVBoxLayout(m_escalation);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(new WrappedLabel(tr("If a volume stays missing, hand the problem on and record to whom: the run "
                                       "can then end, honestly, as not complete. Until it ends you can still check "
                                       "again."),
        m_escalation));
    m_escalateTo = new QLineEdit(m_escalation);
    m_escalateTo->setObjectName(QStringLiteral("escalateTo"));
    m_escalateTo->setAccessibleName(tr("Escalated to"));
    m_escalateTo->setAccessibleDescription(
        tr("The team, person or ticket the missing volume is handed to; recorded in the journal."));
    m_escalateTo->setPlaceholderText(tr("team, person or ticket"));
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *toLabel = new QLabel(tr("Escalated &to:"), m_escalation);
    toLabel->setBuddy(m_escalateTo);
    form->addRow(toLabel, m_escalateTo);
    box->addLayout(form);
    m_escalate = new WrapButton(tr("&Record the escalation"), m_escalation);
    m_escalate->setObjectName(QStringLiteral("escalate"));
    m_escalate->setAccessibleDescription(
        tr("Records in the journal that this step cannot be done here, to whom it was handed and why."));
    box->addWidget(m_escalate, 0, Qt::AlignLeft);
    m_escalation->hide();
    body()->addWidget(m_escalation);
    m_escalated = makeLabel();
    m_escalated->setObjectName(QStringLiteral("escalated"));
    m_escalated->hide();
    body()->addWidget(m_escalated);
    body()->addStretch(1);

    connect(m_escalate, &QPushButton::clicked, this, &SanReattachPage::escalate);
    connect(m_escalateTo, &QLineEdit::textChanged, this, &SanReattachPage::updateTrouble);
    connect(m_escalateTo, &QLineEdit::returnPressed, this, &SanReattachPage::escalate);
}

void SanReattachPage::initializePage()
{
    ensureBuilt();
    // Only a check can say "check again": where the server cannot be read, the operator attests.
    m_instruction->setText(session()->canVerify(StepId::ReconnectSan)
            ? tr("Reconnect the Fibre Channel cables, let Secure Path find its paths, then check that every volume "
                 "the server had before is back.")
            : tr("Reconnect the Fibre Channel cables, let Secure Path find its paths, then look on the server that "
                 "every volume it had before is back, and attest it: this wizard cannot see the server's volumes "
                 "from here."));
    StepPage::initializePage();
    updateTrouble();
}

void SanReattachPage::onFactsRefreshed()
{
    const QString lock = session()->interlock(StepId::ReconnectSan).message;
    const QStringList missing = session()->missingSanVolumes();
    QString text = tr("Volumes before disconnection: %1")
                       .arg(session()->sanVolumesBeforeDisconnect().join(QStringLiteral(", ")));
    if (!lock.isEmpty())
        text += QLatin1Char('\n') + tr("Do not reconnect yet: %1").arg(lock);
    else if (!missing.isEmpty() && !session()->isCompleted(StepId::ReconnectSan))
        text += QLatin1Char('\n') + tr("Missing: %1").arg(missing.join(QStringLiteral(", ")));
    m_volumes->setText(text);
    updateTrouble();
}

void SanReattachPage::onStepAnswered(StepId step, bool ok)
{
    if (step == StepId::ReconnectSan && !ok)
        m_checkRefused = true;
    updateTrouble();
}

void SanReattachPage::updateTrouble()
{
    Session *s = session();
    const bool done = s->isCompleted(StepId::ReconnectSan);
    const bool escalated = s->stepState(StepId::ReconnectSan) == StepState::Escalated;
    const QStringList missing = s->missingSanVolumes();
    const QStringList before = s->sanVolumesBeforeDisconnect();
    // Some volumes back and some not: the cables are in and one did not come back. Nothing back: the
    // cables may simply not be in yet, so the guidance waits for a check that found one missing.
    const bool partly = !missing.isEmpty() && missing.size() < before.size();
    const bool trouble = !done && s->interlock(StepId::ReconnectSan).isEmpty() && (partly || m_checkRefused);
    Visibility::set(m_guidance, trouble);
    Visibility::set(m_escalation, !done && !escalated && (trouble || !s->canVerify(StepId::ReconnectSan)));
    m_escalate->setEnabled(s->canRecord() && !m_escalateTo->text().trimmed().isEmpty());
    const NodeRun *node = s->currentNode();
    if (escalated && node) {
        m_escalated->setText(tr("Escalated: %1. Next ends the run as not complete; or check again once the volume "
                                "is back, and the step is done after all.")
                                 .arg(node->escalated.value(StepId::ReconnectSan)));
    }
    Visibility::set(m_escalated, escalated);
    updateCompleteness();
}

void SanReattachPage::escalate()
{
    Session *s = session();
    const QStringList missing = s->missingSanVolumes();
    const QString problem = missing.isEmpty()
        ? tr("SAN volumes not back after the SAN was reconnected")
        : tr("LUN %1 missing after the SAN was reconnected").arg(missing.join(QStringLiteral(", ")));
    if (s->escalateStep(StepId::ReconnectSan, m_escalateTo->text(), problem))
        showStatus(tr("The escalation is recorded in the journal: %1, escalated to %2.")
                       .arg(problem, m_escalateTo->text().trimmed()),
            false);
    else
        showStatus(s->lastRefusal(), true);
    updateTrouble();
    if (m_escalated->isVisibleTo(this))
        scrollTo(m_escalated);
}

} // namespace spuw
