#pragma once

#include "LiveReports.h"
#include "Probe.h"
#include "WindowsProbe.h"

#include <QJsonObject>

#include <atomic>
#include <memory>
#include <mutex>

namespace spuw::test {

// A server "behind an agent" whose answers the test changes: its live report, whether it answers
// at all (a restart), and a restart entry that counts what was done to it. Declares the same
// capabilities as RemoteProbe; no network, so GUI and session tests run without Wine.
struct FakeAgent
{
    struct Restart
    {
        int armed = 0;
        int finished = 0;
    };
    std::shared_ptr<std::mutex> mutex = std::make_shared<std::mutex>();
    std::shared_ptr<live::LiveReport> report = std::make_shared<live::LiveReport>(LiveReports::win2000Server());
    std::shared_ptr<std::atomic<bool>> answering = std::make_shared<std::atomic<bool>>(true);
    std::shared_ptr<Restart> restart = std::make_shared<Restart>();

    template<typename F> void change(F f)
    {
        std::lock_guard<std::mutex> lock(*mutex);
        f(*report);
    }
    std::unique_ptr<Probe> probe(const QString &address = QStringLiteral("srv01.example:17409")) const;
};

class FakeAgentProbe final : public Probe
{
public:
    FakeAgentProbe(FakeAgent agent, QString address) : m_agent(std::move(agent)), m_address(std::move(address)) { }
    QString kind() const override { return QStringLiteral("agent"); }
    QString description() const override { return QStringLiteral("agent on %1 (test)").arg(m_address); }
    ProbeCapabilities capabilities() const override
    {
        return ProbeCapability::CurrentState | ProbeCapability::MountedVolumes | ProbeCapability::ClusterState
            | ProbeCapability::Network;
    }
    ProbeResult probe() const override
    {
        if (!*m_agent.answering) {
            ProbeResult r;
            r.contactLost = true;
            r.error = QStringLiteral("nothing answers on %1 (connection refused)").arg(m_address);
            return r;
        }
        live::LiveReport copy;
        {
            std::lock_guard<std::mutex> lock(*m_agent.mutex);
            copy = *m_agent.report;
        }
        WindowsProbe w([copy](QString *) -> std::optional<live::LiveReport> { return copy; }, description());
        ProbeResult r = w.probe();
        r.answeredBy = QJsonObject{{QStringLiteral("agent"), m_address},
            {QStringLiteral("computer"), QString::fromStdString(copy.computerName)},
            {QStringLiteral("agent_version"), QStringLiteral("test")}};
        return r;
    }
    std::unique_ptr<ResumeAtBoot> resumeAtBoot() const override
    {
        struct R final : ResumeAtBoot
        {
            std::shared_ptr<FakeAgent::Restart> calls;
            bool arm(const QString &, QString *line, QString *) override
            {
                ++calls->armed;
                *line = QStringLiteral("spuw-live-probe.exe --serve --resume");
                return true;
            }
            bool disarm(QString *) override
            {
                ++calls->finished;
                return true;
            }
            QString where() const override { return QStringLiteral("the agent (test)"); }
        };
        auto r = std::make_unique<R>();
        r->calls = m_agent.restart;
        return r;
    }

private:
    FakeAgent m_agent;
    QString m_address;
};

inline std::unique_ptr<Probe> FakeAgent::probe(const QString &address) const
{
    return std::make_unique<FakeAgentProbe>(*this, address);
}

} // namespace spuw::test
