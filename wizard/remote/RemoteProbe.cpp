#include "RemoteProbe.h"

#include "LiveFacts.h"
#include "ModelLogging.h"
#include "WindowsProbe.h"

#include <QFile>

namespace spuw {

RemoteProbe::RemoteProbe(AgentAddress address, std::string pairingCode, std::optional<QStringList> sanVolumes,
    AgentClient::Timeouts timeouts)
    : m_address(std::move(address))
    , m_code(std::move(pairingCode))
    , m_sanVolumes(std::move(sanVolumes))
    , m_timeouts(timeouts)
{ }

std::unique_ptr<RemoteProbe> RemoteProbe::create(
    const QString &agent, const QString &pairingCodeFile, std::optional<QStringList> sanVolumes, QString *error)
{
    const auto address = AgentAddress::parse(agent, error);
    if (!address)
        return nullptr;
    const auto code = readPairingCodeFile(pairingCodeFile, error);
    if (!code)
        return nullptr;
    return std::make_unique<RemoteProbe>(*address, *code, std::move(sanVolumes));
}

std::optional<std::string> RemoteProbe::readPairingCodeFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read the pairing code: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    // A code is 34 characters; anything much longer is not a pairing code file.
    const QByteArray bytes = f.read(4096);
    const auto code = parsePairingCode(QString::fromUtf8(bytes));
    if (!code || !f.atEnd()) {
        *error = tr("%1: not a pairing code. It holds the %2 letters the agent printed after \"Pairing code:\" "
                    "(groups of four; only the letters %3).")
                     .arg(path, QString::number(agent::PairingCode::kLetters),
                         QLatin1String(agent::PairingCode::kAlphabet));
        return std::nullopt;
    }
    return code;
}

std::optional<std::string> RemoteProbe::parsePairingCode(QString text)
{
    text = text.trimmed();
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QString label = QStringLiteral("Pairing code:");
    if (text.startsWith(label, Qt::CaseInsensitive))
        text = text.mid(label.size()).trimmed();
    return agent::PairingCode::normalize(text.toStdString());
}

std::unique_ptr<RemoteProbe> RemoteProbe::fromTyped(
    const QString &agent, const QString &pairingCode, std::optional<QStringList> sanVolumes, QString *error)
{
    const auto address = AgentAddress::parse(agent, error);
    if (!address)
        return nullptr;
    const auto code = parsePairingCode(pairingCode);
    if (!code) {
        *error = tr("\"%1\" is not a pairing code: type the %2 letters the agent printed after \"Pairing code:\" "
                    "(groups of four; only the letters %3).")
                     .arg(pairingCode.trimmed())
                     .arg(agent::PairingCode::kLetters)
                     .arg(QLatin1String(agent::PairingCode::kAlphabet));
        return nullptr;
    }
    return std::make_unique<RemoteProbe>(*address, *code, std::move(sanVolumes));
}

QString RemoteProbe::description() const
{
    return tr("agent on %1").arg(m_address.toString());
}

QString RemoteProbe::contactText(AgentClient::Contact contact)
{
    switch (contact) {
    case AgentClient::Contact::Answered: return tr("answered");
    case AgentClient::Contact::Unreachable: return tr("unreachable");
    case AgentClient::Contact::WrongPairingCode: return tr("wrong pairing code");
    case AgentClient::Contact::LostContact: return tr("lost contact");
    }
    return {};
}

AgentClient::Reply RemoteProbe::ask(agent::Operation op) const
{
    AgentClient client(m_address, m_code, m_timeouts);
    return client.call(op);
}

RemoteProbe::Outcome RemoteProbe::probeRemote() const
{
    Outcome out;
    AgentClient client(m_address, m_code, m_timeouts);
    auto fail = [&](const AgentClient::Reply &r) {
        // An authenticated "I failed" is no facts either; it is said as the agent said it.
        out.contact = r.contact == AgentClient::Contact::Answered ? AgentClient::Contact::LostContact : r.contact;
        out.problem = r.contact == AgentClient::Contact::Answered
            ? tr("the agent answered that it could not do it: %1").arg(r.problem)
            : r.problem;
        return out;
    };
    const AgentClient::Reply id = client.call(agent::Operation::Identity);
    if (!id.ok())
        return fail(id);
    QString error;
    out.identity = AgentIdentity::fromJson(id.data, &error);
    if (!out.identity) {
        out.contact = AgentClient::Contact::LostContact; // authenticated, but not what an agent says
        out.problem = error;
        return out;
    }
    const AgentClient::Reply probed = client.call(agent::Operation::Probe);
    if (!probed.ok())
        return fail(probed);
    const QString origin = tr("the agent on %1 (%2)").arg(m_address.toString(), out.identity->computer);
    const std::optional<live::LiveReport> report = LiveFacts::fromJson(probed.data, origin, &error);
    if (!report) {
        out.contact = AgentClient::Contact::LostContact;
        out.problem = error;
        return out;
    }
    // The same interpretation as on the server itself.
    const WindowsProbe windows([report](QString *) { return report; }, description(), WindowsProbe::Live, m_sanVolumes);
    out.contact = AgentClient::Contact::Answered;
    out.result = windows.probe();
    out.result.answeredBy = QJsonObject{{QStringLiteral("agent"), m_address.toString()},
        {QStringLiteral("computer"), out.identity->computer},
        {QStringLiteral("agent_version"), out.identity->agentVersion},
        {QStringLiteral("protocol"), out.identity->protocolVersion}, {QStringLiteral("build"), out.identity->build}};
    return out;
}

ProbeResult RemoteProbe::probe() const
{
    Outcome o = probeRemote();
    if (o.answered()) {
        *m_answeredBefore = true;
        return o.result;
    }
    ProbeResult r;
    // Unreachable or lost: the server may be restarting; the steps wait for it. A refused pairing
    // code needs the operator, unless the same code worked before: then it is waited out too
    // (an unauthenticated refusal from whatever answers on the address proves nothing).
    r.contactLost = o.contact != AgentClient::Contact::WrongPairingCode || *m_answeredBefore;
    r.error = o.contact == AgentClient::Contact::Unreachable ? o.problem
        : o.contact == AgentClient::Contact::WrongPairingCode && *m_answeredBefore
        ? tr("what answers on %1 now refuses the pairing code that worked before (another program, or another "
             "agent started without --resume): %2")
              .arg(m_address.toString(), o.problem)
        : o.contact == AgentClient::Contact::WrongPairingCode
        ? tr("the agent on %1 does not accept this pairing code: %2").arg(m_address.toString(), o.problem)
        : tr("lost contact with the agent on %1: %2. Nothing from this exchange is used as a fact.")
              .arg(m_address.toString(), o.problem);
    qCWarning(lcProbe) << "remote probe" << m_address.toString() << contactText(o.contact) << o.problem;
    return r;
}

namespace {

// The agent's own restart entry (RunOnce "--serve --resume" on the server): armed before the first
// restart of the procedure, and at the end of the run the agent removes it with its pairing and exits.
class AgentRestart final : public ResumeAtBoot
{
public:
    AgentRestart(AgentAddress address, std::string code, AgentClient::Timeouts timeouts)
        : m_probe(address, std::move(code), std::nullopt, timeouts)
    { }
    bool arm(const QString &, QString *commandLine, QString *error) override
    {
        const AgentClient::Reply r = m_probe.armRestart();
        if (!r.ok()) {
            *error = r.problem;
            return false;
        }
        *commandLine = QString::fromUtf8(r.data);
        return true;
    }
    bool disarm(QString *error) override
    {
        const AgentClient::Reply r = m_probe.finishRun();
        if (!r.ok())
            *error = r.problem;
        return r.ok();
    }
    QString where() const override
    {
        return RemoteProbe::tr("the agent on %1 (its RunOnce entry and pairing)").arg(m_probe.address().toString());
    }

private:
    RemoteProbe m_probe;
};

} // namespace

std::unique_ptr<ResumeAtBoot> RemoteProbe::resumeAtBoot() const
{
    return std::make_unique<AgentRestart>(m_address, m_code, m_timeouts);
}

} // namespace spuw
