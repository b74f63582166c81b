#include "WelcomePage.h"

#include "Session.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace spuw {

WelcomePage::WelcomePage(Session *sessionRef, QWidget *parent)
    : StepPage(sessionRef, {}, parent)
    , m_mode(makeLabel())
    , m_journal(makeLabel())
    , m_resume(makeLabel())
    , m_operator(new QLineEdit(this))
{
    setObjectName(QStringLiteral("WelcomePage"));
    setTitle(tr("Welcome"));
    setSubTitle(tr("Upgrade Windows 2000 servers with HP Secure Path to Windows Server 2003 safely (KB 817409)."));
    QLabel *intro
        = makeLabel(tr("A direct upgrade of a Windows 2000 server attached to a SAN through HP Secure Path stops "
                       "with bugcheck 0xC2 BAD_POOL_CALLER. This wizard checks the server, chooses the safe "
                       "procedure from Microsoft's article 817409 and records every step in a journal."));
    intro->setObjectName(QStringLiteral("introLabel"));
    m_mode->setObjectName(QStringLiteral("modeLabel"));
    m_resume->setObjectName(QStringLiteral("resumeLabel"));
    m_operator->setObjectName(QStringLiteral("operatorName"));
    m_operator->setAccessibleName(tr("Operator name"));
    m_operator->setPlaceholderText(tr("Your full name, as it should appear in the record"));
    auto *form = new QFormLayout;
    auto *modeCaption = new QLabel(tr("System:"), this);
    form->addRow(modeCaption, m_mode);
    form->addRow(tr("Journal:"), m_journal);
    auto *opLabel = new QLabel(tr("&Operator:"), this);
    opLabel->setBuddy(m_operator);
    form->addRow(opLabel, m_operator);
    body()->addWidget(intro);
    body()->addSpacing(8);
    body()->addLayout(form);
    body()->addWidget(m_resume);
    body()->addStretch(1);
    registerField(QStringLiteral("operatorName*"), m_operator);
}

void WelcomePage::initializePage()
{
    StepPage::initializePage();
    const Probe *probe = session()->probe();
    m_mode->setText(session()->isTraining() ? tr("Training mode: %1").arg(probe->description())
                                            : tr("Source: %1").arg(probe->description()));
    m_journal->setText(session()->journalPath().isEmpty() ? tr("none") : session()->journalPath());
    if (m_operator->text().isEmpty() && !session()->operatorName().isEmpty())
        m_operator->setText(session()->operatorName());
}

void WelcomePage::onFactsRefreshed()
{
    const QString computer = session()->facts().computerName.valueOr(QString());
    const auto run = session()->journal().isOpen() ? session()->journal().unfinishedRun(computer) : std::nullopt;
    if (!run) {
        m_resume->clear();
        return;
    }
    QStringList done(run->completedSteps.begin(), run->completedSteps.end());
    done.sort();
    m_resume->setText(tr("An unfinished run for %1 was found (started %2 UTC). It will be resumed; done so far: %3.")
                          .arg(computer, run->records.first().utc.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                              done.isEmpty() ? tr("nothing") : done.join(QStringLiteral(", "))));
}

bool WelcomePage::isComplete() const
{
    return !m_operator->text().trimmed().isEmpty() && session()->canRecord() && !isProbing();
}

bool WelcomePage::validatePage()
{
    session()->setOperatorName(m_operator->text().trimmed());
    if (!session()->beginRun()) {
        showStatus(session()->recordingError(), true);
        return false;
    }
    return true;
}

} // namespace spuw
