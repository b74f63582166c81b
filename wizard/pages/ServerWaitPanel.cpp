#include "ServerWaitPanel.h"

#include "Visibility.h"
#include "WrapButton.h"
#include "WrappedLabel.h"

#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace spuw {

ServerWaitPanel::ServerWaitPanel(QWidget *parent)
    : QWidget(parent)
    , m_text(new WrappedLabel({}, this))
    , m_advice(new WrappedLabel({}, this))
    , m_longer(new WrapButton(tr("&Wait %n more minute(s)", nullptr, kTimeoutMinutes), this))
    , m_retry(new QTimer(this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("serverWait"));
    m_text->setObjectName(QStringLiteral("serverWaitText"));
    m_advice->setObjectName(QStringLiteral("serverWaitAdvice"));
    m_longer->setObjectName(QStringLiteral("waitLonger"));
    m_longer->setAccessibleName(m_longer->text().remove(QLatin1Char('&')));
    m_longer->setAccessibleDescription(tr("Waits longer before saying that the server has not come back."));
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_advice);
    layout->addWidget(m_longer, 0, Qt::AlignLeft);
    m_retry->setInterval(s_retryMs);
    m_retry->setSingleShot(true);
    m_clock->setInterval(1000);
    connect(m_retry, &QTimer::timeout, this, &ServerWaitPanel::retryRequested);
    connect(m_clock, &QTimer::timeout, this, &ServerWaitPanel::update);
    connect(m_longer, &QPushButton::clicked, this, [this] {
        m_timeoutMinutes += kTimeoutMinutes;
        update();
    });
    hide();
}

void ServerWaitPanel::wait(const QString &server, const QDateTime &since, const QString &why)
{
    if (!m_waiting)
        m_timeoutMinutes = kTimeoutMinutes;
    m_waiting = true;
    m_server = server;
    m_since = since.isValid() ? since : QDateTime::currentDateTimeUtc();
    m_why = why;
    m_clock->start();
    m_retry->start();
    update();
    Visibility::set(this, true);
}

void ServerWaitPanel::stop()
{
    m_waiting = false;
    m_retry->stop();
    m_clock->stop();
    Visibility::set(this, false);
}

bool ServerWaitPanel::isOverdue() const
{
    return m_waiting && m_since.secsTo(QDateTime::currentDateTimeUtc()) >= qint64(m_timeoutMinutes) * 60;
}

void ServerWaitPanel::update()
{
    const qint64 away = qMax<qint64>(0, m_since.secsTo(QDateTime::currentDateTimeUtc()));
    const QString elapsed = tr("%1 min %2 s").arg(away / 60).arg(away % 60, 2, 10, QLatin1Char('0'));
    m_text->setText(tr("Waiting for %1 to answer again: away for %2. The wizard asks again every %3 seconds and "
                       "goes on by itself once the server answers and its facts are checked.")
                        .arg(m_server, elapsed)
                        .arg(kRetryMs / 1000));
    if (!isOverdue()) {
        m_advice->setText(tr("A restart of Windows setup takes a while; the agent starts again after the next "
                             "administrator logon. Waiting up to %n minute(s). Last try: %1",
            nullptr, m_timeoutMinutes)
                              .arg(m_why));
        return;
    }
    m_advice->setText(
        tr("%1 has not answered for %n minute(s). Look at its console: setup may still be running (wait longer); it "
           "may have stopped with STOP 0x000000C2 BAD_POOL_CALLER (then the SAN was attached: the recovery of "
           "KB 817409 applies); or nobody has logged on, so the agent's RunOnce entry has not run (log on as an "
           "administrator, or start spuw-live-probe.exe --serve --resume). Nothing is recorded as done while it "
           "is away. Last try: %2",
            nullptr, m_timeoutMinutes)
            .arg(m_server, m_why));
}

} // namespace spuw
