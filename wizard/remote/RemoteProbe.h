#pragma once

#include "AgentClient.h"
#include "Probe.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>
#include <optional>

namespace spuw {

// A Windows 2000 / Server 2003 server seen through its agent (spuw-live-probe.exe --serve): the
// same LiveReport as the live probe, asked over the network at every probe, interpreted by the
// same WindowsProbe / LiveFacts code. Blocking: run it off the GUI thread. Every call connects and
// pairs anew with the same code, so an agent that restarted with --resume is simply found again.
class RemoteProbe final : public Probe
{
    Q_DECLARE_TR_FUNCTIONS(RemoteProbe)

public:
    RemoteProbe(AgentAddress address, std::string pairingCode, std::optional<QStringList> sanVolumes = std::nullopt,
        AgentClient::Timeouts timeouts = AgentClient::Timeouts());

    // --agent HOST[:PORT] --pairing-code-file FILE; nothing with *error set naming what is wrong.
    static std::unique_ptr<RemoteProbe> create(
        const QString &agent, const QString &pairingCodeFile, std::optional<QStringList> sanVolumes, QString *error);
    // HOST[:PORT] and the code as the operator typed it (the welcome page).
    static std::unique_ptr<RemoteProbe> fromTyped(
        const QString &agent, const QString &pairingCode, std::optional<QStringList> sanVolumes, QString *error);
    // The code as the agent printed it ("Pairing code: ACDE-..." or the letters alone); the error
    // names the file.
    static std::optional<std::string> readPairingCodeFile(const QString &path, QString *error);
    // The same from text; nothing when it is not a pairing code.
    static std::optional<std::string> parsePairingCode(QString text);

    QString kind() const override { return QStringLiteral("agent"); }
    QString description() const override;
    ProbeCapabilities capabilities() const override
    {
        return ProbeCapability::CurrentState | ProbeCapability::MountedVolumes | ProbeCapability::ClusterState
            | ProbeCapability::Network;
    }
    // Facts, or an error that says contact was lost: an answer that does not verify is never facts.
    ProbeResult probe() const override;
    // The agent comes back after the server's restarts by its own RunOnce entry ("--serve --resume").
    std::unique_ptr<ResumeAtBoot> resumeAtBoot() const override;

    // For the session (phase 2): contact separate from facts, and who answered.
    struct Outcome
    {
        AgentClient::Contact contact = AgentClient::Contact::LostContact;
        QString problem; // why there are no facts
        std::optional<AgentIdentity> identity;
        ProbeResult result; // meaningful only when contact is Answered
        bool answered() const { return contact == AgentClient::Contact::Answered; }
    };
    Outcome probeRemote() const;
    // The agent's own answers, each over a fresh pairing.
    AgentClient::Reply identity() const { return ask(agent::Operation::Identity); }
    AgentClient::Reply armRestart() const { return ask(agent::Operation::ArmRestart); }
    AgentClient::Reply disarmRestart() const { return ask(agent::Operation::DisarmRestart); }
    // Removes the agent's stored pairing and restart entry; the agent exits.
    AgentClient::Reply finishRun() const { return ask(agent::Operation::FinishRun); }

    const AgentAddress &address() const { return m_address; }
    static QString contactText(AgentClient::Contact contact);

private:
    AgentClient::Reply ask(agent::Operation op) const;

    AgentAddress m_address;
    std::string m_code;
    std::optional<QStringList> m_sanVolumes;
    AgentClient::Timeouts m_timeouts;
    // Whether this agent has answered before: then a refused pairing code is no typing mistake (the
    // same code worked) but something else answering on the address, and is waited out as lost contact.
    std::shared_ptr<std::atomic<bool>> m_answeredBefore = std::make_shared<std::atomic<bool>>(false);
};

} // namespace spuw
