#include "BackupPage.h"

#include "Session.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace spuw {

BackupPage::BackupPage(Session *sessionRef, QWidget *parent)
    : StepPage(sessionRef, StepCatalogue::stepsOnPage(StepPageKind::Backup), parent)
{
    setObjectName(QStringLiteral("BackupPage"));
    setTitle(tr("Back up the complete system configuration"));
    setSubTitle(tr("KB 817409 step 1. How: KB 328150, \"How to perform complete backups of the Windows 2000 Server "
                   "operating system\"."));
}

void BackupPage::buildBody()
{
    m_media = new QLineEdit(this);
    m_media->setObjectName(QStringLiteral("backupMedia"));
    m_media->setAccessibleName(tr("Backup media or location"));
    m_media->setAccessibleDescription(
        tr("Where the backup is kept (a tape's label, a share); recorded with the step."));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("backupPath"));
    m_path->setAccessibleName(tr("Backup file or folder to check"));
    m_path->setAccessibleDescription(
        tr("Optional: a backup file or folder this computer can see: the wizard checks that it is there."));
    m_path->setPlaceholderText(tr("optional"));
    m_path->setToolTip(tr("A backup file or folder this computer can see: the wizard checks that it is there."));
    // Empty until the operator says when the backup finished: a time the wizard filled in by itself
    // would be recorded as the operator's word.
    m_when = new QLineEdit(this);
    m_when->setObjectName(QStringLiteral("backupTime"));
    m_when->setAccessibleName(tr("Backup finished at (UTC)"));
    m_when->setAccessibleDescription(
        tr("When the verified backup finished, in UTC, as YYYY-MM-DD HH:MM; your answer, never filled in for you."));
    m_when->setPlaceholderText(tr("YYYY-MM-DD HH:MM"));
    auto *form = new QFormLayout;
    auto *mediaLabel = new QLabel(tr("&Media / location:"), this);
    mediaLabel->setBuddy(m_media);
    form->addRow(mediaLabel, m_media);
    auto *pathLabel = new QLabel(tr("Backup &file:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, m_path);
    auto *whenLabel = new QLabel(tr("Finished at (&UTC):"), this);
    whenLabel->setBuddy(m_when);
    form->addRow(whenLabel, m_when);
    body()->addWidget(
        makeLabel(tr("Back up the system state, the system and boot volumes and every application volume, "
                     "and verify the backup, before anything else changes on this server.")));
    body()->addLayout(form);
    QPushButton *attest
        = addAttestButton(StepId::Backup, tr("I &attest that this backup is complete and verified"), [this] {
              QString when = m_when->text().trimmed();
              when.replace(QLatin1Char(' '), QLatin1Char('T'));
              return QJsonObject{{QStringLiteral("media"), m_media->text().trimmed()},
                  {QStringLiteral("path"), m_path->text().trimmed()}, {QStringLiteral("finished_utc"), when}};
          });
    for (QLineEdit *field : {m_media, m_when})
        connect(field, &QLineEdit::textChanged, this, &BackupPage::updateButtons);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        const QString p = m_path->text().trimmed();
        if (!p.isEmpty() && !QFileInfo::exists(p))
            showStatus(tr("%1 does not exist on this computer.").arg(p), true);
        else if (!p.isEmpty())
            showStatus(tr("%1 exists (%2 bytes).").arg(p).arg(QFileInfo(p).size()), false);
    });
    body()->addWidget(attest);
    body()->addStretch(1);
}

void BackupPage::initializePage()
{
    ensureBuilt();
    const QString node = session()->facts().computerName.valueOr(QString());
    if (node != m_node && !session()->isCompleted(StepId::Backup)) {
        for (QLineEdit *field : {m_media, m_path, m_when})
            field->clear();
    }
    m_node = node;
    StepPage::initializePage();
}

void BackupPage::onFactsRefreshed()
{
    // Training: the simulated backup job's finish is a verified time, the moment it was recorded.
    if (!session()->isTraining() || !m_when->text().isEmpty() || session()->isCompleted(StepId::Backup))
        return;
    const auto actions = session()->run().actions();
    for (auto it = actions.crbegin(); it != actions.crend(); ++it) {
        if (it->ok && it->action == SimulatedServer::actionId(SimulatedServer::Action::TakeBackup)
            && it->node.compare(m_node, Qt::CaseInsensitive) == 0) {
            m_when->setText(it->utc.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            break;
        }
    }
}

bool BackupPage::stepInputComplete(StepId step) const
{
    Q_UNUSED(step)
    return !m_media->text().trimmed().isEmpty() && !m_when->text().trimmed().isEmpty();
}

bool BackupPage::validatePage()
{
    const QString p = m_path->text().trimmed();
    if (!p.isEmpty() && !QFileInfo::exists(p) && !session()->isCompleted(StepId::Backup)) {
        showStatus(tr("%1 does not exist on this computer.").arg(p), true);
        return false;
    }
    return true;
}

} // namespace spuw
