#pragma once

// Windows only: spuw-live-probe.exe --serve, the agent a wizard on another computer drives over
// TCP (AgentProtocol). Win32 and Winsock 2 only. It answers who it is, a fresh probe, arming and
// disarming its own restart after the next boot, and "the run is finished"; nothing else.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#ifndef SPUW_VERSION
#error "SPUW_VERSION comes from the CMake project (spuw_policy): build through CMake"
#endif

namespace spuw::live {

struct AgentOptions
{
    std::string address; // IPv4 dotted quad; "0.0.0.0" listens on every address (with a warning)
    std::uint16_t port = 0;
    bool listenGiven = false;
    bool resume = false; // after a restart: the stored pairing, no new code
    int idleSeconds = 120; // a connection that says nothing this long is closed
    int maxAuthFailures = 5; // then the agent exits
};

// Parses what follows --serve; false with *error set on anything it does not know.
bool parseAgentOptions(const std::vector<std::string> &args, AgentOptions *options, std::string *error);

// What survives the agent's restart, under HKLM\Software\SecurePathUpgradeWizard\Agent, a key
// only Administrators and SYSTEM can read or change.
struct StoredPairing
{
    std::string code; // canonical pairing code (the secret)
    std::string listen; // "127.0.0.1:17409" as given to --serve
    bool armed = false; // the wizard asked for the restart after boot
};
constexpr const wchar_t *kAgentKey = L"Software\\SecurePathUpgradeWizard\\Agent";
constexpr const wchar_t *kAgentRunOnceValue = L"SecurePathUpgradeAgent";
bool storePairing(const StoredPairing &pairing, std::string *error);
std::optional<StoredPairing> readPairing(std::string *error);
bool removePairing(std::string *error); // absent counts as removed
// The key's DACL as SDDL, read back with RegGetKeySecurity ("D:P(A;;KA;;;BA)(A;;KA;;;SY)").
std::string pairingKeySecurity(std::string *error);

// Runs the agent until the run is finished, Ctrl+C, or too many failed authentications.
// Prints what it does on stdout, problems on stderr. Returns the process exit code.
int runAgent(const AgentOptions &options);

} // namespace spuw::live
