// spuw-live-probe.exe: the live probe on its own, without Qt. Prints what it reads as JSON, so a
// server's facts can be read where the wizard cannot run, and manages the wizard's RunOnce entry.
// With --serve it is the agent a wizard on another computer drives (AgentServer).

#include "AgentServer.h"
#include "LiveReportJson.h"
#include "ResumeCommand.h"
#include "Win32Probe.h"

#include <windows.h>

#include <shellapi.h>

#include <cstdio>
#include <string>
#include <vector>

namespace {

void print(FILE *stream, const std::string &text)
{
    std::fwrite(text.data(), 1, text.size(), stream);
    std::fflush(stream);
}

const char kUsage[] = "Usage: spuw-live-probe [--serve [--listen ADDRESS:PORT] [--resume] [--idle-timeout SECONDS]\n"
                      "                        | --forget-pairing\n"
                      "                        | --set-resume PROGRAM JOURNAL | --remove-resume | --show-resume]\n"
                      "       spuw-live-probe --version\n"
                      "  (no option)   print this server's facts for the Secure Path Upgrade Wizard as JSON\n"
                      "  --serve       be the agent a wizard on another computer drives (TCP port 17409 unless\n"
                      "                --listen says otherwise); prints a one-time pairing code\n"
                      "  --resume      with --serve: after a restart, keep the pairing stored before it\n"
                      "  --forget-pairing  remove the stored pairing and the agent's restart entry\n"
                      "  --set-resume  start PROGRAM --journal JOURNAL once after the next restart (RunOnce)\n"
                      "  --remove-resume  remove that entry\n"
                      "  --show-resume    print that entry, exit 1 when there is none\n"
                      "  --version        print the version of the Secure Path Upgrade Wizard it belongs to\n";

} // namespace

int main()
{
    using namespace spuw::live;
    int argc = 0;
    wchar_t **argvW = CommandLineToArgvW(GetCommandLineW(), &argc);
    std::vector<std::string> args;
    for (int i = 1; argvW && i < argc; ++i)
        args.push_back(toUtf8(argvW[i]));
    if (argvW)
        LocalFree(argvW);

    if (args.empty()) {
        print(stdout, toJson(collectLiveReport()));
        return 0;
    }
    if (args[0] == "--version" && args.size() == 1) {
        print(stdout, std::string("spuw-live-probe ") + SPUW_VERSION + "\n");
        return 0;
    }
    std::string error;
    if (args[0] == "--serve") {
        AgentOptions options;
        if (!parseAgentOptions(std::vector<std::string>(args.begin() + 1, args.end()), &options, &error)) {
            print(stderr, "spuw-live-probe: " + error + "\n" + kUsage);
            return 2;
        }
        return runAgent(options);
    }
    if (args[0] == "--forget-pairing" && args.size() == 1) {
        if (!removeRunOnce(kAgentRunOnceValue, &error) || !removePairing(&error)) {
            print(stderr, "spuw-live-probe: " + error + "\n");
            return 1;
        }
        return 0;
    }
    if (args[0] == "--set-resume" && args.size() == 3) {
        const std::string line = ResumeCommand::build(args[1], {"--journal", args[2]}, &error);
        if (line.empty() || !setRunOnce(ResumeCommand::kValueName, line, &error)) {
            print(stderr, "spuw-live-probe: " + error + "\n");
            return 1;
        }
        print(stdout, line + "\n");
        return 0;
    }
    if (args[0] == "--remove-resume" && args.size() == 1) {
        if (!removeRunOnce(ResumeCommand::kValueName, &error)) {
            print(stderr, "spuw-live-probe: " + error + "\n");
            return 1;
        }
        return 0;
    }
    if (args[0] == "--show-resume" && args.size() == 1) {
        const auto line = readRunOnce(ResumeCommand::kValueName);
        if (!line)
            return 1;
        print(stdout, *line + "\n");
        return 0;
    }
    print(args[0] == "--help" ? stdout : stderr, kUsage);
    return args[0] == "--help" ? 0 : 2;
}
