#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace spuw {

// Shown while a server asked over the network does not answer: how long it has been away, how long
// the wizard waits before it says so (the operator can wait longer, as Cluster-Aware Updating's
// RebootTimeoutMinutes), and what to look at when it does not come back. It asks the page to read
// the server again every few seconds; the page hides it when the server answers.
class ServerWaitPanel final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kTimeoutMinutes = 15;
    static constexpr int kRetryMs = 5000;
    // Tests wait less than an operator does.
    static void setRetryIntervalForTesting(int ms) { s_retryMs = ms; }

    explicit ServerWaitPanel(QWidget *parent = nullptr);
    // Starts (or goes on) waiting for `server` since `since` (UTC); `why` is what the last try said.
    void wait(const QString &server, const QDateTime &since, const QString &why);
    void stop();
    bool isWaiting() const { return m_waiting; }
    bool isOverdue() const;
    int timeoutMinutes() const { return m_timeoutMinutes; }

Q_SIGNALS:
    void retryRequested();

private:
    void update();
    static inline int s_retryMs = kRetryMs;

    QLabel *m_text;
    QLabel *m_advice;
    QPushButton *m_longer;
    QTimer *m_retry;
    QTimer *m_clock;
    QString m_server;
    QString m_why;
    QDateTime m_since;
    int m_timeoutMinutes = kTimeoutMinutes;
    bool m_waiting = false;
};

} // namespace spuw
