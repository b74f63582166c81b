#pragma once

#include "AgentProtocol.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QTcpSocket;

namespace spuw {

// HOST[:PORT] of an agent; the port is agent::kDefaultPort when not given. "[::1]:17409" for IPv6.
struct AgentAddress
{
    Q_DECLARE_TR_FUNCTIONS(AgentAddress)

public:
    QString host;
    quint16 port = agent::kDefaultPort;

    static std::optional<AgentAddress> parse(const QString &text, QString *error);
    QString toString() const;
};

// Who answered: the agent's own answer to Identity.
struct AgentIdentity
{
    Q_DECLARE_TR_FUNCTIONS(AgentIdentity)

public:
    QString computer;
    QString agentVersion;
    int protocolVersion = 0;
    QString build; // "x86_64" or "i686"
    bool resumed = false; // it came back after a restart (--resume)
    bool restartArmed = false; // it will start again after the next boot

    // Strict: a missing field or a field of the wrong type is an error.
    static std::optional<AgentIdentity> fromJson(const QByteArray &json, QString *error);
};

// One connection to the agent, paired over the pairing code, used from one thread at a time
// (blocking, no event loop needed: run it off the GUI thread). Every answer is checked by
// agent::ClientSession; anything that does not verify ends the connection as lost contact, and
// nothing received in it is believed. A later call connects and pairs again, with the same code:
// that is how the wizard gets back to an agent that restarted (--resume).
class AgentClient
{
    Q_DECLARE_TR_FUNCTIONS(AgentClient)

public:
    enum class Contact {
        Answered, // the agent answered, authenticated and bound to the question
        Unreachable, // nothing answers on the address (refused, no route, timed out connecting)
        WrongPairingCode, // the agent refused our code, or could not prove it knows it
        LostContact, // the connection broke, timed out, or an answer did not verify
    };
    struct Reply
    {
        Contact contact = Contact::LostContact;
        agent::Answer::Status status = agent::Answer::Status::Failed;
        QByteArray data; // JSON for Identity and Probe; the agent's message otherwise
        QString problem; // why there is no answer, or what the agent said when it failed
        bool ok() const { return contact == Contact::Answered && status == agent::Answer::Status::Ok; }
    };
    struct Timeouts
    {
        int connectMs = 10000;
        int handshakeMs = 15000;
        int answerMs = 120000; // a probe of a large server takes its time
    };

    AgentClient(AgentAddress address, std::string pairingCode, Timeouts timeouts);
    AgentClient(AgentAddress address, std::string pairingCode)
        : AgentClient(std::move(address), std::move(pairingCode), Timeouts())
    { }
    ~AgentClient();
    AgentClient(const AgentClient &) = delete;
    AgentClient &operator=(const AgentClient &) = delete;

    // Connects and pairs (nothing to do when already paired).
    Reply open();
    // Asks one question; opens first when needed. A reply that is not Answered closes the connection.
    Reply call(agent::Operation op);
    void close();
    bool isOpen() const;
    const AgentAddress &address() const { return m_address; }

private:
    enum class Read { Frame, Closed, TimedOut, Invalid };
    Read readFrame(agent::Frame *frame, int timeoutMs, QString *problem);
    bool write(const agent::Bytes &bytes, QString *problem);
    Reply lost(Contact contact, const QString &problem);

    AgentAddress m_address;
    std::string m_code;
    Timeouts m_timeouts;
    std::unique_ptr<QTcpSocket> m_socket;
    std::unique_ptr<agent::FrameReader> m_reader;
    std::unique_ptr<agent::ClientSession> m_session;
};

} // namespace spuw
