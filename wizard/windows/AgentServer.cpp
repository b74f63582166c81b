#include "AgentServer.h"

#include "AgentProtocol.h"
#include "LiveReportJson.h"
#include "ResumeCommand.h"
#include "Win32Crypto.h"
#include "Win32Probe.h"

// winsock2.h before windows.h, which would otherwise pull in the old winsock.h.
#include <winsock2.h>

#include <windows.h>

#include <sddl.h>

#include <cstdio>
#include <memory>

namespace spuw::live {

namespace {

volatile LONG g_stop = 0;

BOOL WINAPI onConsoleControl(DWORD)
{
    InterlockedExchange(&g_stop, 1);
    return TRUE;
}

void say(FILE *stream, const std::string &text)
{
    std::fwrite(text.data(), 1, text.size(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

std::string socketMessage(int code)
{
    return systemMessage(static_cast<unsigned long>(code));
}

// Administrators and SYSTEM, full control; nothing inherited from the parent key.
class AdminOnlySecurity
{
public:
    AdminOnlySecurity()
    {
        SID_IDENTIFIER_AUTHORITY nt = SECURITY_NT_AUTHORITY;
        if (!AllocateAndInitializeSid(
                &nt, 2, SECURITY_BUILTIN_DOMAIN_RID, DOMAIN_ALIAS_RID_ADMINS, 0, 0, 0, 0, 0, 0, &m_admins)
            || !AllocateAndInitializeSid(&nt, 1, SECURITY_LOCAL_SYSTEM_RID, 0, 0, 0, 0, 0, 0, 0, &m_system))
            return;
        const DWORD aclSize = sizeof(ACL) + 2 * (sizeof(ACCESS_ALLOWED_ACE) - sizeof(DWORD)) + GetLengthSid(m_admins)
            + GetLengthSid(m_system);
        m_acl.resize(aclSize);
        auto *acl = reinterpret_cast<ACL *>(m_acl.data());
        m_ok = InitializeAcl(acl, aclSize, ACL_REVISION)
            && AddAccessAllowedAce(acl, ACL_REVISION, KEY_ALL_ACCESS, m_admins)
            && AddAccessAllowedAce(acl, ACL_REVISION, KEY_ALL_ACCESS, m_system)
            && InitializeSecurityDescriptor(&m_sd, SECURITY_DESCRIPTOR_REVISION)
            && SetSecurityDescriptorDacl(&m_sd, TRUE, acl, FALSE)
            && SetSecurityDescriptorControl(&m_sd, SE_DACL_PROTECTED, SE_DACL_PROTECTED);
    }
    ~AdminOnlySecurity()
    {
        if (m_admins)
            FreeSid(m_admins);
        if (m_system)
            FreeSid(m_system);
    }
    AdminOnlySecurity(const AdminOnlySecurity &) = delete;
    AdminOnlySecurity &operator=(const AdminOnlySecurity &) = delete;

    bool ok() const { return m_ok; }
    SECURITY_DESCRIPTOR *descriptor() { return &m_sd; }

private:
    PSID m_admins = nullptr;
    PSID m_system = nullptr;
    std::vector<unsigned char> m_acl;
    SECURITY_DESCRIPTOR m_sd{};
    bool m_ok = false;
};

bool setString(HKEY key, const wchar_t *name, const std::string &value)
{
    const std::wstring w = fromUtf8(value);
    return RegSetValueExW(key, name, 0, REG_SZ, reinterpret_cast<const BYTE *>(w.c_str()),
               static_cast<DWORD>((w.size() + 1) * sizeof(wchar_t)))
        == ERROR_SUCCESS;
}

std::string agentCommandLine(const StoredPairing &pairing, std::string *error)
{
    wchar_t path[MAX_PATH + 1] = {};
    const DWORD n = GetModuleFileNameW(nullptr, path, MAX_PATH);
    if (n == 0 || n >= MAX_PATH) {
        *error = "cannot tell where this program is: " + systemMessage(GetLastError());
        return {};
    }
    std::vector<std::string> args{"--serve", "--resume"};
    if (!pairing.listen.empty()) {
        args.push_back("--listen");
        args.push_back(pairing.listen);
    }
    return ResumeCommand::build(toUtf8(std::wstring(path, n)), args, error);
}

// The operations the agent answers. Nothing here runs a command or changes anything but the
// agent's own RunOnce value and its own key.
class Operations final : public agent::ServerSession::Handler
{
public:
    Operations(StoredPairing &pairing, bool resumed) : m_pairing(pairing), m_resumed(resumed) { }

    agent::Answer answer(agent::Operation op) override
    {
        agent::Answer a;
        std::string error;
        switch (op) {
        case agent::Operation::Identity: a.data = identity(); return a;
        case agent::Operation::Probe: a.data = toJson(collectLiveReport()); return a;
        case agent::Operation::ArmRestart: {
            const std::string line = agentCommandLine(m_pairing, &error);
            StoredPairing armed = m_pairing;
            armed.armed = true;
            if (line.empty() || !setRunOnce(kAgentRunOnceValue, line, &error) || !storePairing(armed, &error))
                return failed(error);
            m_pairing.armed = true;
            a.data = line;
            say(stdout, "Armed: the agent starts again after the next restart (RunOnce " + line + ")");
            return a;
        }
        case agent::Operation::DisarmRestart: {
            StoredPairing disarmed = m_pairing;
            disarmed.armed = false;
            if (!removeRunOnce(kAgentRunOnceValue, &error) || !storePairing(disarmed, &error))
                return failed(error);
            m_pairing.armed = false;
            say(stdout, "Disarmed: the agent does not start again after a restart");
            return a;
        }
        case agent::Operation::FinishRun:
            if (!removeRunOnce(kAgentRunOnceValue, &error) || !removePairing(&error))
                return failed(error);
            a.data = "finished";
            return a;
        }
        return failed("unknown operation");
    }

private:
    static agent::Answer failed(const std::string &message)
    {
        agent::Answer a;
        a.status = agent::Answer::Status::Failed;
        a.data = message;
        say(stderr, "spuw-live-probe: " + message);
        return a;
    }

    std::string identity() const
    {
        wchar_t name[MAX_COMPUTERNAME_LENGTH + 1];
        DWORD length = MAX_COMPUTERNAME_LENGTH + 1;
        const std::string computer = GetComputerNameW(name, &length) ? toUtf8(std::wstring(name, length)) : "";
        return std::string("{\n  \"schema\": \"sp-upgrade-wizard-agent-identity/1\",\n  \"computer\": ")
            + jsonString(computer) + ",\n  \"agentVersion\": " + jsonString(SPUW_VERSION)
            + ",\n  \"protocolVersion\": " + std::to_string(agent::kProtocolVersion)
            + ",\n  \"build\": " + jsonString(sizeof(void *) == 8 ? "x86_64" : "i686")
            + ",\n  \"resumed\": " + (m_resumed ? "true" : "false")
            + ",\n  \"restartArmed\": " + (m_pairing.armed ? "true" : "false") + "\n}\n";
    }

    StoredPairing &m_pairing;
    bool m_resumed;
};

struct Connection
{
    SOCKET socket = INVALID_SOCKET;
    std::string peer;
    std::unique_ptr<agent::ServerSession> session;
    DWORD lastActivity = 0;
};

void closeConnection(Connection &c)
{
    if (c.socket != INVALID_SOCKET)
        closesocket(c.socket);
    c.socket = INVALID_SOCKET;
    c.session.reset();
}

bool sendAll(SOCKET s, const agent::Bytes &bytes)
{
    std::size_t sent = 0;
    while (sent < bytes.size()) {
        const int chunk = static_cast<int>(std::min<std::size_t>(bytes.size() - sent, 64 * 1024));
        const int n = send(s, reinterpret_cast<const char *>(bytes.data() + sent), chunk, 0);
        if (n <= 0)
            return false;
        sent += static_cast<std::size_t>(n);
    }
    return true;
}

class Winsock
{
public:
    Winsock() { m_ok = WSAStartup(MAKEWORD(2, 2), &m_data) == 0; }
    ~Winsock()
    {
        if (m_ok)
            WSACleanup();
    }
    Winsock(const Winsock &) = delete;
    Winsock &operator=(const Winsock &) = delete;
    bool ok() const { return m_ok; }

private:
    WSADATA m_data{};
    bool m_ok = false;
};

constexpr int kMaxConnections = 4; // the paired wizard and a few that have not paired yet

} // namespace

bool parseAgentOptions(const std::vector<std::string> &args, AgentOptions *options, std::string *error)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a == "--resume") {
            options->resume = true;
        } else if (a == "--listen" && i + 1 < args.size()) {
            if (!agent::parseListenAddress(args[++i], &options->address, &options->port)) {
                *error = "--listen takes ADDRESS:PORT with an IPv4 address, e.g. 192.168.1.20:"
                    + std::to_string(agent::kDefaultPort) + "; got \"" + args[i] + "\"";
                return false;
            }
            options->listenGiven = true;
        } else if (a == "--idle-timeout" && i + 1 < args.size()) {
            const std::string &v = args[++i];
            int seconds = 0;
            for (const char c : v) {
                if (c < '0' || c > '9' || seconds > 86400) {
                    seconds = -1;
                    break;
                }
                seconds = seconds * 10 + (c - '0');
            }
            if (v.empty() || seconds < 1 || seconds > 86400) {
                *error = "--idle-timeout takes seconds from 1 to 86400; got \"" + v + "\"";
                return false;
            }
            options->idleSeconds = seconds;
        } else {
            *error = "unknown or incomplete option after --serve: " + a;
            return false;
        }
    }
    return true;
}

bool storePairing(const StoredPairing &pairing, std::string *error)
{
    AdminOnlySecurity security;
    if (!security.ok()) {
        *error = "cannot build the key's access list: " + systemMessage(GetLastError());
        return false;
    }
    SECURITY_ATTRIBUTES sa{};
    sa.nLength = sizeof sa;
    sa.lpSecurityDescriptor = security.descriptor();
    HKEY h = nullptr;
    LONG rc = RegCreateKeyExW(HKEY_LOCAL_MACHINE, kAgentKey, 0, nullptr, 0,
        KEY_SET_VALUE | WRITE_DAC | static_cast<REGSAM>(registryView64()), &sa, &h, nullptr);
    if (rc != ERROR_SUCCESS) {
        *error = "cannot create HKLM\\Software\\SecurePathUpgradeWizard\\Agent (run the agent as an administrator): "
            + systemMessage(static_cast<DWORD>(rc));
        return false;
    }
    // A key left by an earlier run gets the same access list before the secret goes in.
    rc = RegSetKeySecurity(h, DACL_SECURITY_INFORMATION, security.descriptor());
    const DWORD armed = pairing.armed ? 1 : 0;
    const bool ok = rc == ERROR_SUCCESS && setString(h, L"PairingCode", pairing.code)
        && setString(h, L"Listen", pairing.listen)
        && RegSetValueExW(h, L"RestartArmed", 0, REG_DWORD, reinterpret_cast<const BYTE *>(&armed), sizeof armed)
            == ERROR_SUCCESS;
    RegCloseKey(h);
    if (!ok) {
        *error = "cannot store the pairing under HKLM\\Software\\SecurePathUpgradeWizard\\Agent: "
            + systemMessage(rc != ERROR_SUCCESS ? static_cast<DWORD>(rc) : GetLastError());
        return false;
    }
    return true;
}

std::optional<StoredPairing> readPairing(std::string *error)
{
    const std::string key = "Software\\SecurePathUpgradeWizard\\Agent";
    const RegistryRead code = readRegistry(key, "PairingCode");
    if (code.status != RegistryRead::Status::Ok || code.strings.empty()) {
        *error = code.status == RegistryRead::Status::Error
            ? "cannot read the stored pairing: " + code.error
            : "no pairing is stored (the run finished, or the agent was "
              "never started with --serve on this server)";
        return std::nullopt;
    }
    StoredPairing p;
    const auto canonical = agent::PairingCode::normalize(code.strings.front());
    if (!canonical) {
        *error = "the stored pairing code is damaged: start the agent with --serve for a new code";
        return std::nullopt;
    }
    p.code = *canonical;
    const RegistryRead listen = readRegistry(key, "Listen");
    if (listen.status == RegistryRead::Status::Ok && !listen.strings.empty())
        p.listen = listen.strings.front();
    const RegistryRead armed = readRegistry(key, "RestartArmed");
    p.armed = armed.status == RegistryRead::Status::Ok && armed.dword == 1;
    return p;
}

bool removePairing(std::string *error)
{
    const REGSAM view = static_cast<REGSAM>(registryView64());
    HKEY parent = nullptr;
    LONG rc
        = RegOpenKeyExW(HKEY_LOCAL_MACHINE, L"Software\\SecurePathUpgradeWizard", 0, KEY_ALL_ACCESS | view, &parent);
    if (rc == ERROR_FILE_NOT_FOUND)
        return true;
    if (rc != ERROR_SUCCESS) {
        *error = "cannot open HKLM\\Software\\SecurePathUpgradeWizard: " + systemMessage(static_cast<DWORD>(rc));
        return false;
    }
    rc = RegDeleteKeyW(parent, L"Agent");
    RegCloseKey(parent);
    if (rc != ERROR_SUCCESS && rc != ERROR_FILE_NOT_FOUND) {
        *error = "cannot remove the stored pairing: " + systemMessage(static_cast<DWORD>(rc));
        return false;
    }
    // The parent goes too when nothing else of ours is in it (RegDeleteKeyW refuses otherwise).
    HKEY software = nullptr;
    if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, L"Software", 0, KEY_ALL_ACCESS | view, &software) == ERROR_SUCCESS) {
        RegDeleteKeyW(software, L"SecurePathUpgradeWizard");
        RegCloseKey(software);
    }
    return true;
}

std::string pairingKeySecurity(std::string *error)
{
    HKEY h = nullptr;
    LONG rc = RegOpenKeyExW(HKEY_LOCAL_MACHINE, kAgentKey, 0, READ_CONTROL | static_cast<REGSAM>(registryView64()), &h);
    if (rc != ERROR_SUCCESS) {
        *error = "cannot open the agent's key: " + systemMessage(static_cast<DWORD>(rc));
        return {};
    }
    DWORD size = 0;
    RegGetKeySecurity(h, DACL_SECURITY_INFORMATION, nullptr, &size);
    std::vector<unsigned char> buffer(size ? size : 1);
    rc = RegGetKeySecurity(h, DACL_SECURITY_INFORMATION, buffer.data(), &size);
    RegCloseKey(h);
    if (rc != ERROR_SUCCESS) {
        *error = "RegGetKeySecurity: " + systemMessage(static_cast<DWORD>(rc));
        return {};
    }
    wchar_t *text = nullptr;
    if (!ConvertSecurityDescriptorToStringSecurityDescriptorW(
            buffer.data(), SDDL_REVISION_1, DACL_SECURITY_INFORMATION, &text, nullptr)) {
        *error = "cannot describe the key's security: " + systemMessage(GetLastError());
        return {};
    }
    const std::string sddl = toUtf8(text);
    LocalFree(text);
    return sddl;
}

int runAgent(const AgentOptions &options)
{
    std::string error;
    StoredPairing pairing;
    AgentOptions o = options;
    if (o.resume) {
        const auto stored = readPairing(&error);
        if (!stored) {
            say(stderr, "spuw-live-probe: --resume: " + error);
            return 1;
        }
        pairing = *stored;
        if (!o.listenGiven && !pairing.listen.empty()
            && !agent::parseListenAddress(pairing.listen, &o.address, &o.port)) {
            say(stderr, "spuw-live-probe: --resume: the stored address \"" + pairing.listen + "\" is not ADDRESS:PORT");
            return 1;
        }
        if (o.listenGiven)
            pairing.listen = o.address + ":" + std::to_string(o.port);
    } else {
        // A run in progress on this server (its restart armed for setup's reboots) is not taken over
        // by a second agent: the first wizard would wait for an agent that never comes back.
        std::string ignored;
        if (const auto stored = readPairing(&ignored); stored && stored->armed) {
            say(stderr,
                "spuw-live-probe: a wizard's run is in progress on this server: its pairing is stored and the agent's "
                "restart after the next boot is armed. Start with --serve --resume to continue it, or run "
                "--forget-pairing first to end it.");
            return 1;
        }
        std::uint8_t random[agent::PairingCode::kRandomBytes];
        if (!cryptoRandom(random, sizeof random)) {
            say(stderr, "spuw-live-probe: no random numbers from CryptGenRandom: " + systemMessage(GetLastError()));
            return 1;
        }
        pairing.code = *agent::PairingCode::normalize(agent::PairingCode::format(random));
        SecureZeroMemory(random, sizeof random);
        pairing.listen = o.listenGiven ? o.address + ":" + std::to_string(o.port) : std::string();
    }
    if (!o.listenGiven && pairing.listen.empty()) {
        o.address = "0.0.0.0";
        o.port = agent::kDefaultPort;
    }

    Winsock winsock;
    if (!winsock.ok()) {
        say(stderr, "spuw-live-probe: Winsock 2 did not start: " + socketMessage(WSAGetLastError()));
        return 1;
    }
    SOCKET listener = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    if (listener == INVALID_SOCKET) {
        say(stderr, "spuw-live-probe: socket: " + socketMessage(WSAGetLastError()));
        return 1;
    }
    // No other program may take over the port while the agent has it (SO_REUSEADDR would let one).
    BOOL exclusive = TRUE;
    setsockopt(listener, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, reinterpret_cast<const char *>(&exclusive), sizeof exclusive);
    sockaddr_in at{};
    at.sin_family = AF_INET;
    at.sin_port = htons(o.port);
    at.sin_addr.s_addr = inet_addr(o.address.c_str());
    if (bind(listener, reinterpret_cast<const sockaddr *>(&at), sizeof at) != 0 || listen(listener, 4) != 0) {
        say(stderr,
            "spuw-live-probe: cannot listen on " + o.address + ":" + std::to_string(o.port) + ": "
                + socketMessage(WSAGetLastError()));
        closesocket(listener);
        return 1;
    }
    // Only now is the pairing stored: an agent that cannot listen leaves nothing behind.
    if (!storePairing(pairing, &error)) {
        say(stderr, "spuw-live-probe: " + error);
        closesocket(listener);
        return 1;
    }
    if (o.resume && pairing.armed) {
        // Windows removed the RunOnce value when it started us: armed stays armed until disarmed.
        const std::string line = agentCommandLine(pairing, &error);
        if (line.empty() || !setRunOnce(kAgentRunOnceValue, line, &error))
            say(stderr, "spuw-live-probe: cannot arm the restart after the next boot again: " + error);
    }
    SetConsoleCtrlHandler(onConsoleControl, TRUE);

    say(stdout, "spuw-live-probe " SPUW_VERSION " agent, protocol " + std::to_string(agent::kProtocolVersion));
    if (o.address == "0.0.0.0")
        say(stdout,
            "Warning: listening on every address of this server (port " + std::to_string(o.port)
                + "); give --listen ADDRESS:PORT to listen on one network only.");
    say(stdout, "Listening on " + o.address + ":" + std::to_string(o.port));
    if (o.resume)
        say(stdout, "Resumed after a restart: the pairing code given before stays valid.");
    else
        say(stdout, "Pairing code: " + agent::PairingCode::grouped(pairing.code));

    Operations operations(pairing, o.resume);
    Connection connections[kMaxConnections];
    int failures = 0;
    int exitCode = 0;
    const DWORD idleMs = static_cast<DWORD>(o.idleSeconds) * 1000;
    for (;;) {
        if (InterlockedCompareExchange(&g_stop, 0, 0)) {
            say(stdout,
                "Stopped (Ctrl+C). The pairing stays stored for --serve --resume; "
                "--forget-pairing removes it.");
            break;
        }
        fd_set readable;
        FD_ZERO(&readable);
        FD_SET(listener, &readable);
        for (Connection &c : connections) {
            if (c.socket != INVALID_SOCKET)
                FD_SET(c.socket, &readable);
        }
        timeval tick{0, 250 * 1000};
        const int n = select(0, &readable, nullptr, nullptr, &tick);
        if (n == SOCKET_ERROR) {
            say(stderr, "spuw-live-probe: select: " + socketMessage(WSAGetLastError()));
            exitCode = 1;
            break;
        }
        const DWORD now = GetTickCount();
        if (n > 0 && FD_ISSET(listener, &readable)) {
            sockaddr_in from{};
            int fromLength = sizeof from;
            SOCKET s = accept(listener, reinterpret_cast<sockaddr *>(&from), &fromLength);
            if (s != INVALID_SOCKET) {
                // A free slot, else the one that has said nothing for longest without pairing:
                // connections that never pair cannot keep the wizard out.
                Connection *slot = nullptr;
                for (Connection &c : connections) {
                    if (c.socket == INVALID_SOCKET) {
                        slot = &c;
                        break;
                    }
                    if (!c.session->paired() && (!slot || now - c.lastActivity > now - slot->lastActivity))
                        slot = &c;
                }
                if (slot && slot->socket != INVALID_SOCKET) {
                    say(stderr,
                        "spuw-live-probe: closed the connection from " + slot->peer + " to make room: it did not pair");
                    closeConnection(*slot);
                }
                if (!slot) {
                    closesocket(s);
                } else {
                    const DWORD sendTimeout = 10000;
                    setsockopt(
                        s, SOL_SOCKET, SO_SNDTIMEO, reinterpret_cast<const char *>(&sendTimeout), sizeof sendTimeout);
                    slot->socket = s;
                    slot->peer = std::string(inet_ntoa(from.sin_addr)) + ":" + std::to_string(ntohs(from.sin_port));
                    slot->session = std::make_unique<agent::ServerSession>(
                        agent::PairingCode::secret(pairing.code), cryptoHmacSha1, cryptoRandom);
                    slot->lastActivity = now;
                }
            }
        }
        bool finished = false;
        for (Connection &c : connections) {
            if (c.socket == INVALID_SOCKET)
                continue;
            if (n > 0 && FD_ISSET(c.socket, &readable)) {
                std::uint8_t buffer[4096];
                const int got = recv(c.socket, reinterpret_cast<char *>(buffer), sizeof buffer, 0);
                if (got <= 0) {
                    closeConnection(c);
                    continue;
                }
                c.lastActivity = now;
                const bool wasPaired = c.session->paired();
                const agent::ServerSession::Output out
                    = c.session->receive(buffer, static_cast<std::size_t>(got), operations);
                if (!out.send.empty() && !sendAll(c.socket, out.send)) {
                    closeConnection(c);
                    continue;
                }
                if (out.paired && !wasPaired) {
                    // One wizard at a time: the one that paired last is the one served.
                    for (Connection &other : connections) {
                        if (&other != &c && other.socket != INVALID_SOCKET && other.session->paired())
                            closeConnection(other);
                    }
                    say(stdout, "Paired with the wizard at " + c.peer);
                }
                if (out.authFailure) {
                    ++failures;
                    say(stderr,
                        "spuw-live-probe: failed authentication from " + c.peer + " (" + out.problem + "), "
                            + std::to_string(failures) + " of at most " + std::to_string(o.maxAuthFailures));
                } else if (out.close) {
                    say(stderr, "spuw-live-probe: closed the connection from " + c.peer + ": " + out.problem);
                }
                if (out.finished) {
                    finished = true;
                    break;
                }
                if (out.close)
                    closeConnection(c);
            } else if (now - c.lastActivity > idleMs) {
                closeConnection(c); // said nothing for too long
            }
        }
        if (finished) {
            say(stdout, "The run is finished: the pairing and the restart entry are removed. Exiting.");
            break;
        }
        if (failures >= o.maxAuthFailures) {
            say(stderr,
                "spuw-live-probe: " + std::to_string(failures)
                    + " failed authentications: exiting. The pairing stays stored; start the agent again with --serve "
                      "for a new code.");
            exitCode = 3;
            break;
        }
    }
    for (Connection &c : connections)
        closeConnection(c);
    closesocket(listener);
    return exitCode;
}

} // namespace spuw::live
