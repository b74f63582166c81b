#include "TcpProxy.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>

namespace spuw::test {

class ProxyConnection final : public QObject
{
public:
    ProxyConnection(TcpProxy *proxy, QTcpSocket *client, quint16 upstreamPort)
        : m_proxy(proxy), m_client(client), m_plan(proxy->plan()), m_earlier(proxy->previousFrames())
    {
        m_client->setParent(this);
        m_upstream = new QTcpSocket(this);
        QObject::connect(m_client, &QTcpSocket::readyRead, this, [this] { m_upstream->write(m_client->readAll()); });
        QObject::connect(m_client, &QTcpSocket::disconnected, this, [this] { finish(); });
        QObject::connect(m_upstream, &QTcpSocket::readyRead, this, [this] { fromAgent(); });
        QObject::connect(m_upstream, &QTcpSocket::disconnected, this, [this] { finish(); });
        QObject::connect(m_upstream, &QTcpSocket::errorOccurred, this, [this] { finish(); });
        m_upstream->connectToHost(QStringLiteral("127.0.0.1"), upstreamPort);
        m_upstream->write(m_client->readAll());
    }

private:
    void fromAgent()
    {
        m_pending += m_upstream->readAll();
        while (m_pending.size() >= 4 && !m_done) {
            const qsizetype length = 4 + qsizetype(qFromBigEndian<quint32>(m_pending.constData()));
            if (length > 4 + 16 * 1024 * 1024 || m_pending.size() < length)
                return;
            QByteArray frame = m_pending.left(length);
            m_pending.remove(0, length);
            send(std::move(frame));
        }
    }

    void send(QByteArray frame)
    {
        const int index = int(m_frames.size());
        m_frames << frame;
        // Kept as they come, not when the connection ends: the client may already be on its next
        // connection (which wants these frames) before this one has seen its end.
        m_proxy->setPreviousFrames(m_frames);
        if (index == m_plan.frame) {
            switch (m_plan.tamper) {
            case TcpProxy::Tamper::None: break;
            case TcpProxy::Tamper::FlipDigit:
                // A change the JSON survives, so only the MAC can catch it: a digit stays a digit.
                // The last one: the first is the schema's version, which the reader checks itself.
                for (qsizetype i = frame.size() - 21; i >= 4 + 22 + 2; --i) {
                    if (frame.at(i) >= '0' && frame.at(i) <= '9') {
                        frame[i] = char(frame.at(i) ^ 0x01);
                        ++m_proxy->m_tampered;
                        break;
                    }
                }
                break;
            case TcpProxy::Tamper::FlipLastByte:
                frame[frame.size() - 1] = char(frame.at(frame.size() - 1) ^ 0x01);
                ++m_proxy->m_tampered;
                break;
            case TcpProxy::Tamper::Truncate:
                m_client->write(frame.left(frame.size() / 2));
                m_client->flush();
                ++m_proxy->m_tampered;
                finish();
                return;
            case TcpProxy::Tamper::ReplayFrame:
                if (m_plan.source >= 0 && m_plan.source < m_frames.size()) {
                    frame = m_frames.at(m_plan.source);
                    ++m_proxy->m_tampered;
                }
                break;
            case TcpProxy::Tamper::ReplayFromEarlierConnection:
                if (index < m_earlier.size()) {
                    frame = m_earlier.at(index);
                    ++m_proxy->m_tampered;
                }
                break;
            case TcpProxy::Tamper::Hold:
                ++m_proxy->m_tampered;
                if (m_plan.onHold)
                    m_plan.onHold();
                finish();
                return;
            }
        }
        m_client->write(frame);
    }

    void finish()
    {
        if (m_done)
            return;
        m_done = true;
        m_upstream->abort();
        m_client->flush();
        m_client->disconnectFromHost();
        deleteLater();
    }

    TcpProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream = nullptr;
    TcpProxy::Plan m_plan;
    QList<QByteArray> m_earlier;
    QList<QByteArray> m_frames;
    QByteArray m_pending;
    bool m_done = false;
};

TcpProxy::TcpProxy(quint16 upstreamPort) : m_upstream(upstreamPort) { }

TcpProxy::~TcpProxy()
{
    quit();
    wait();
}

void TcpProxy::setPlan(Plan plan)
{
    QMutexLocker lock(&m_mutex);
    m_plan = std::move(plan);
}

TcpProxy::Plan TcpProxy::plan()
{
    QMutexLocker lock(&m_mutex);
    return m_plan;
}

QList<QByteArray> TcpProxy::previousFrames()
{
    QMutexLocker lock(&m_mutex);
    return m_previous;
}

void TcpProxy::setPreviousFrames(const QList<QByteArray> &frames)
{
    QMutexLocker lock(&m_mutex);
    m_previous = frames;
}

void TcpProxy::run()
{
    QTcpServer server;
    if (server.listen(QHostAddress::LocalHost, 0))
        m_port = server.serverPort();
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *client = server.nextPendingConnection())
            (new ProxyConnection(this, client, m_upstream))->setParent(&server);
    });
    m_listening.release();
    exec();
}

} // namespace spuw::test
