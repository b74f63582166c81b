#pragma once

// A man in the middle for the agent's tests: forwards TCP between the wizard and the agent on its
// own thread and, as told, tampers with the agent's frames on their way to the wizard (cut at the
// protocol's length prefix): changes a digit or a bit of the tag, cuts one short, replays an earlier one, or holds one
// back and runs a callback (the test kills the agent there, mid-answer).

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QSemaphore>
#include <QThread>

#include <atomic>
#include <functional>

namespace spuw::test {

class TcpProxy final : public QThread
{
public:
    enum class Tamper {
        None,
        FlipDigit, // frame `frame`: the last digit of its payload becomes another digit (3 -> 2)
        FlipLastByte, // frame `frame`: the last byte of its tag inverted
        Truncate, // frame `frame`: only its first half, then the connection is closed
        ReplayFrame, // frame `frame` replaced by frame `source` of the same connection
        ReplayFromEarlierConnection, // frame `frame` replaced by frame `frame` of the previous connection
        Hold, // frame `frame` is not sent: onHold() runs, then the connection is closed
    };
    struct Plan
    {
        Tamper tamper = Tamper::None;
        int frame = -1; // 0 Challenge, 1 Ready, 2 and up the answers, in the order asked
        int source = -1;
        std::function<void()> onHold;
    };

    explicit TcpProxy(quint16 upstreamPort);
    ~TcpProxy() override;
    TcpProxy(const TcpProxy &) = delete;
    TcpProxy &operator=(const TcpProxy &) = delete;

    quint16 port() const { return m_port; } // after start() returned
    // Starts the thread and returns once the proxy listens.
    void startListening()
    {
        start();
        m_listening.acquire();
    }
    void setPlan(Plan plan); // for the connections made from now on
    int tampered() const { return m_tampered; } // how often the plan was carried out

protected:
    void run() override;

private:
    friend class ProxyConnection;
    Plan plan();
    QList<QByteArray> previousFrames();
    void setPreviousFrames(const QList<QByteArray> &frames);

    quint16 m_upstream;
    std::atomic<quint16> m_port{0};
    std::atomic<int> m_tampered{0};
    QSemaphore m_listening;
    QMutex m_mutex;
    Plan m_plan;
    QList<QByteArray> m_previous;
};

} // namespace spuw::test
