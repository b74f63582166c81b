#include "AgentClient.h"

#include "AgentCrypto.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace spuw {

namespace {

// What the other side said, fit for a message: printable, and not a page long.
QString printable(const std::string &text)
{
    QString out = QString::fromUtf8(text.data(), qsizetype(std::min<std::size_t>(text.size(), 300)));
    for (QChar &c : out) {
        if (!c.isPrint())
            c = u'?';
    }
    return out;
}

} // namespace

std::optional<AgentAddress> AgentAddress::parse(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    AgentAddress a;
    QString portText;
    if (t.startsWith(u'[')) {
        const qsizetype close = t.indexOf(u']');
        if (close < 0) {
            *error = tr("--agent: \"%1\" has no closing ] after the IPv6 address.").arg(t);
            return std::nullopt;
        }
        a.host = t.mid(1, close - 1);
        const QString rest = t.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':')) {
            *error = tr("--agent: \"%1\" is not HOST[:PORT].").arg(t);
            return std::nullopt;
        }
        portText = rest.mid(1);
        if (rest.startsWith(u':') && portText.isEmpty()) {
            *error = tr("--agent: \"%1\" has an empty port.").arg(t);
            return std::nullopt;
        }
    } else {
        const qsizetype colon = t.lastIndexOf(u':');
        if (colon >= 0 && t.indexOf(u':') != colon) {
            *error = tr("--agent: write an IPv6 address in brackets, e.g. [%1]:%2.").arg(t).arg(agent::kDefaultPort);
            return std::nullopt;
        }
        a.host = colon >= 0 ? t.left(colon) : t;
        if (colon >= 0) {
            portText = t.mid(colon + 1);
            if (portText.isEmpty()) {
                *error = tr("--agent: \"%1\" has an empty port.").arg(t);
                return std::nullopt;
            }
        }
    }
    if (a.host.isEmpty() || a.host.contains(u' ') || a.host.contains(u'/')) {
        *error = tr("--agent: \"%1\" names no host.").arg(t);
        return std::nullopt;
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            *error = tr("--agent: \"%1\" is not a port (1 to 65535).").arg(portText);
            return std::nullopt;
        }
        a.port = quint16(port);
    }
    return a;
}

QString AgentAddress::toString() const
{
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

std::optional<AgentIdentity> AgentIdentity::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = tr("the agent's identity is not JSON: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("schema")).toString() != QLatin1String("sp-upgrade-wizard-agent-identity/1")) {
        *error = tr("the agent's identity has schema \"%1\", not sp-upgrade-wizard-agent-identity/1")
                     .arg(o.value(QLatin1String("schema")).toString());
        return std::nullopt;
    }
    for (const char *field : {"computer", "agentVersion", "build"}) {
        if (!o.value(QLatin1String(field)).isString()) {
            *error = tr("the agent's identity has no text field \"%1\"").arg(QLatin1String(field));
            return std::nullopt;
        }
    }
    for (const char *field : {"resumed", "restartArmed"}) {
        if (!o.value(QLatin1String(field)).isBool()) {
            *error = tr("the agent's identity has no true/false field \"%1\"").arg(QLatin1String(field));
            return std::nullopt;
        }
    }
    if (!o.value(QLatin1String("protocolVersion")).isDouble()) {
        *error = tr("the agent's identity has no protocolVersion");
        return std::nullopt;
    }
    AgentIdentity id;
    id.computer = o.value(QLatin1String("computer")).toString();
    id.agentVersion = o.value(QLatin1String("agentVersion")).toString();
    id.build = o.value(QLatin1String("build")).toString();
    id.protocolVersion = o.value(QLatin1String("protocolVersion")).toInt();
    id.resumed = o.value(QLatin1String("resumed")).toBool();
    id.restartArmed = o.value(QLatin1String("restartArmed")).toBool();
    return id;
}

AgentClient::AgentClient(AgentAddress address, std::string pairingCode, Timeouts timeouts)
    : m_address(std::move(address)), m_code(std::move(pairingCode)), m_timeouts(timeouts)
{ }

AgentClient::~AgentClient()
{
    close();
}

bool AgentClient::isOpen() const
{
    return m_session && m_session->paired() && m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void AgentClient::close()
{
    if (m_socket) {
        m_socket->abort();
        m_socket.reset();
    }
    m_session.reset();
    m_reader.reset();
}

AgentClient::Reply AgentClient::lost(Contact contact, const QString &problem)
{
    close();
    Reply r;
    r.contact = contact;
    r.problem = problem;
    return r;
}

bool AgentClient::write(const agent::Bytes &bytes, QString *problem)
{
    if (bytes.empty()) {
        *problem = tr("the random source or the MAC failed on this computer");
        return false;
    }
    if (m_socket->write(reinterpret_cast<const char *>(bytes.data()), qint64(bytes.size())) != qint64(bytes.size())) {
        *problem = tr("cannot send: %1").arg(m_socket->errorString());
        return false;
    }
    QDeadlineTimer deadline(m_timeouts.handshakeMs);
    while (m_socket->bytesToWrite() > 0) {
        if (!m_socket->waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())))) {
            *problem = tr("cannot send: %1").arg(m_socket->errorString());
            return false;
        }
    }
    return true;
}

AgentClient::Read AgentClient::readFrame(agent::Frame *frame, int timeoutMs, QString *problem)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        std::string error;
        const agent::FrameReader::Status s = m_reader->next(frame, &error);
        if (s == agent::FrameReader::Status::Ready)
            return Read::Frame;
        if (s == agent::FrameReader::Status::Error) {
            *problem = tr("the agent sent %1").arg(QString::fromStdString(error));
            return Read::Invalid;
        }
        if (m_socket->bytesAvailable() == 0) {
            if (m_socket->state() != QAbstractSocket::ConnectedState) {
                *problem = tr("the agent closed the connection in the middle of an answer (%1 bytes of it came)")
                               .arg(m_reader->buffered());
                return Read::Closed;
            }
            if (deadline.hasExpired() || !m_socket->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
                if (m_socket->state() != QAbstractSocket::ConnectedState
                    || m_socket->error() == QAbstractSocket::RemoteHostClosedError) {
                    *problem = m_reader->buffered() > 0
                        ? tr("the agent closed the connection in the middle of an answer (%1 bytes of it came)")
                              .arg(m_reader->buffered())
                        : tr("the agent closed the connection");
                    return Read::Closed;
                }
                *problem = tr("no answer within %1 s").arg(timeoutMs / 1000.0, 0, 'f', 1);
                return Read::TimedOut;
            }
        }
        // At most one chunk at a time: the reader checks each frame's announced length against the bound.
        char buffer[64 * 1024];
        const qint64 n = m_socket->read(buffer, sizeof buffer);
        if (n > 0)
            m_reader->feed(reinterpret_cast<const std::uint8_t *>(buffer), std::size_t(n));
    }
}

AgentClient::Reply AgentClient::open()
{
    if (isOpen()) {
        Reply r;
        r.contact = Contact::Answered;
        r.status = agent::Answer::Status::Ok;
        return r;
    }
    close();
    m_socket = std::make_unique<QTcpSocket>();
    m_reader = std::make_unique<agent::FrameReader>(agent::kMaxResponseFrame);
    m_session = std::make_unique<agent::ClientSession>(
        agent::PairingCode::secret(m_code), &AgentCrypto::hmacSha1, &AgentCrypto::random);
    m_socket->connectToHost(m_address.host, m_address.port);
    if (!m_socket->waitForConnected(m_timeouts.connectMs)) {
        const QString why = m_socket->error() == QAbstractSocket::SocketTimeoutError
            ? tr("no answer within %1 s").arg(m_timeouts.connectMs / 1000.0, 0, 'f', 1)
            : m_socket->errorString();
        return lost(Contact::Unreachable, tr("no agent answers on %1: %2").arg(m_address.toString(), why));
    }
    QString problem;
    if (!write(m_session->hello(), &problem))
        return lost(Contact::LostContact, problem);
    agent::Frame frame;
    const Read challenge = readFrame(&frame, m_timeouts.handshakeMs, &problem);
    if (challenge != Read::Frame)
        return lost(Contact::LostContact, tr("while pairing: %1").arg(problem));
    agent::Bytes auth;
    std::string why;
    agent::ClientSession::Verdict v = m_session->onChallenge(frame, &auth, &why);
    if (v != agent::ClientSession::Verdict::Ok) {
        return lost(
            v == agent::ClientSession::Verdict::WrongPairingCode ? Contact::WrongPairingCode : Contact::LostContact,
            printable(why));
    }
    if (!write(auth, &problem))
        return lost(Contact::LostContact, problem);
    if (readFrame(&frame, m_timeouts.handshakeMs, &problem) != Read::Frame)
        return lost(Contact::LostContact, tr("while pairing: %1").arg(problem));
    v = m_session->onReady(frame, &why);
    if (v != agent::ClientSession::Verdict::Ok) {
        return lost(
            v == agent::ClientSession::Verdict::WrongPairingCode ? Contact::WrongPairingCode : Contact::LostContact,
            printable(why));
    }
    Reply r;
    r.contact = Contact::Answered;
    r.status = agent::Answer::Status::Ok;
    return r;
}

AgentClient::Reply AgentClient::call(agent::Operation op)
{
    Reply opened = open();
    if (opened.contact != Contact::Answered)
        return opened;
    QString problem;
    if (!write(m_session->request(op), &problem))
        return lost(Contact::LostContact, problem);
    agent::Frame frame;
    if (readFrame(&frame, m_timeouts.answerMs, &problem) != Read::Frame)
        return lost(Contact::LostContact, problem);
    agent::Answer answer;
    std::string why;
    if (m_session->onResponse(frame, &answer, &why) != agent::ClientSession::Verdict::Ok)
        return lost(Contact::LostContact, tr("an answer that is not believed: %1").arg(QString::fromStdString(why)));
    Reply r;
    r.contact = Contact::Answered;
    r.status = answer.status;
    r.data = QByteArray(answer.data.data(), qsizetype(answer.data.size()));
    if (answer.status != agent::Answer::Status::Ok)
        r.problem = printable(answer.data);
    return r;
}

} // namespace spuw
