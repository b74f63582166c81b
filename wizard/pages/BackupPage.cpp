#include "BackupPage.h"

#include "Session.h"

#include <QDateTimeEdit>
#include <QFileInfo>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace spuw {

BackupPage::BackupPage(Session *sessionRef, QWidget *parent) : StepPage(sessionRef, {QStringLiteral("backup")}, parent)
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
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("backupPath"));
    m_path->setAccessibleName(tr("Backup file or folder to check"));
    m_path->setPlaceholderText(tr("optional: a backup file or folder this computer can see"));
    m_when = new QDateTimeEdit(QDateTime::currentDateTimeUtc(), this);
    m_when->setObjectName(QStringLiteral("backupTime"));
    m_when->setAccessibleName(tr("Backup finished at (UTC)"));
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
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
        = addAttestButton(QStringLiteral("backup"), tr("I &attest that this backup is complete and verified"), [this] {
              return QJsonObject{{QStringLiteral("media"), m_media->text().trimmed()},
                  {QStringLiteral("path"), m_path->text().trimmed()},
                  {QStringLiteral("finished_utc"), m_when->dateTime().toString(Qt::ISODate)}};
          });
    connect(m_media, &QLineEdit::textChanged, this, &BackupPage::updateButtons);
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

bool BackupPage::stepInputComplete(const QString &stepId) const
{
    Q_UNUSED(stepId)
    return !m_media->text().trimmed().isEmpty();
}

bool BackupPage::validatePage()
{
    const QString p = m_path->text().trimmed();
    if (!p.isEmpty() && !QFileInfo::exists(p) && !session()->isCompleted(QStringLiteral("backup"))) {
        showStatus(tr("%1 does not exist on this computer.").arg(p), true);
        return false;
    }
    return true;
}

} // namespace spuw
