// spuw-win32-tests.exe: the Win32 side of the live probe, run under Wine by TestWindowsProbe (or on
// a real Windows). Plain C++ like the code it tests. Arguments: the folder of tests/data/pe and a
// crash dump file, as Windows paths. Prints one line per check; exit code = number of failures.
// `spuw-win32-tests --hmac FILE` prints CryptoAPI's HMAC-SHA1 of each "KEYHEX DATAHEX" line of FILE,
// so the wizard's test compares it with QMessageAuthenticationCode on random inputs.

#include "AgentProtocol.h"
#include "AgentServer.h"
#include "Collectors.h"
#include "CrashDumpReader.h"
#include "LiveReportJson.h"
#include "PeVersionReader.h"
#include "ResumeCommand.h"
#include "Rfc2202.h"
#include "Win32Crypto.h"
#include "Win32Probe.h"

#include <windows.h>

#include <shellapi.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

using namespace spuw::live;

namespace {

int g_failures = 0;
int g_checks = 0;

void check(bool ok, const std::string &what)
{
    ++g_checks;
    if (!ok)
        ++g_failures;
    std::printf("%s %s\n", ok ? "ok  " : "FAIL", what.c_str());
}

template<typename A, typename B> void same(const A &actual, const B &expected, const std::string &what)
{
    const bool ok = actual == expected;
    check(ok, what);
}

void set(HKEY key, const wchar_t *name, DWORD type, const void *data, std::size_t bytes)
{
    RegSetValueExW(key, name, 0, type, static_cast<const BYTE *>(data), static_cast<DWORD>(bytes));
}

void testRegistryReader()
{
    const std::string keyPath = "SOFTWARE\\spuw-win32-tests";
    HKEY key = nullptr;
    check(RegCreateKeyExW(
              HKEY_LOCAL_MACHINE, fromUtf8(keyPath).c_str(), 0, nullptr, 0, KEY_ALL_ACCESS, nullptr, &key, nullptr)
            == ERROR_SUCCESS,
        "create a test key under HKLM");
    const wchar_t sz[] = L"C:\\WINNT";
    set(key, L"Sz", REG_SZ, sz, sizeof sz);
    const wchar_t expand[] = L"%SystemRoot%\\MEMORY.DMP";
    set(key, L"Expand", REG_EXPAND_SZ, expand, sizeof expand);
    // Two entries, the terminating empty string, then garbage that Windows does not read.
    const wchar_t multi[] = L"C:\\pagefile.sys 1536 3072\0E:\\pagefile.sys 512 1024\0\0X:\\junk\0";
    set(key, L"Multi", REG_MULTI_SZ, multi, sizeof multi);
    const DWORD dword = 0x13;
    set(key, L"Dword", REG_DWORD, &dword, sizeof dword);
    const wchar_t unterminated[] = {L'A', L'B', L'C'};
    set(key, L"Unterminated", REG_SZ, unterminated, sizeof unterminated);
    const std::string umlaut = "Gro\xc3\x9f"; // UTF-8 "Groß" must come back as UTF-8
    const std::wstring umlautW = fromUtf8(umlaut);
    set(key, L"Umlaut", REG_SZ, umlautW.c_str(), (umlautW.size() + 1) * sizeof(wchar_t));
    RegCloseKey(key);

    const RegistryRead s = readRegistry(keyPath, "Sz");
    check(
        s.status == RegistryRead::Status::Ok && s.type == REG_SZ && s.strings == std::vector<std::string>{"C:\\WINNT"},
        "REG_SZ read back");
    const RegistryRead e = readRegistry(keyPath, "Expand");
    check(e.type == REG_EXPAND_SZ && e.strings.size() == 1 && e.strings[0] == "%SystemRoot%\\MEMORY.DMP",
        "REG_EXPAND_SZ read back unexpanded");
    const RegistryRead m = readRegistry(keyPath, "Multi");
    check(m.type == REG_MULTI_SZ
            && m.strings == std::vector<std::string>{"C:\\pagefile.sys 1536 3072", "E:\\pagefile.sys 512 1024"},
        "REG_MULTI_SZ stops at the empty string, as Windows does");
    const RegistryRead d = readRegistry(keyPath, "Dword");
    check(d.type == REG_DWORD && d.dword == 0x13, "REG_DWORD read back");
    const RegistryRead u = readRegistry(keyPath, "Unterminated");
    check(u.strings.size() == 1 && u.strings[0] == "ABC", "a REG_SZ without its NUL is read without overrun");
    const RegistryRead g = readRegistry(keyPath, "Umlaut");
    check(g.strings.size() == 1 && g.strings[0] == umlaut, "non-ASCII text comes back as UTF-8");
    same(readRegistry(keyPath, "Absent").status, RegistryRead::Status::Missing, "a missing value is Missing");
    same(readRegistry(keyPath, "").status, RegistryRead::Status::Ok, "an existing key reads as Ok");
    same(readRegistry(keyPath + "\\Nope", "").status, RegistryRead::Status::Missing, "a missing key is Missing");
    RegDeleteKeyW(HKEY_LOCAL_MACHINE, fromUtf8(keyPath).c_str());
}

void testRunOnce()
{
    std::string error;
    const std::wstring name = L"spuw-win32-tests";
    removeRunOnce(name, &error);
    check(!readRunOnce(name), "no RunOnce entry before the test");
    const std::string line
        = ResumeCommand::build("C:\\Program Files\\Secure Path Upgrade Wizard\\sp-upgrade-wizard.exe",
            {"--journal", "D:\\runs\\srv01.db"}, &error);
    check(setRunOnce(name, line, &error), "RunOnce entry written " + error);
    const auto back = readRunOnce(name);
    check(back && *back == line, "RunOnce entry reads back as written");
    check(removeRunOnce(name, &error), "RunOnce entry removed");
    check(!readRunOnce(name), "RunOnce entry gone after removal");
    check(removeRunOnce(name, &error), "removing an absent entry is not an error");
}

void testDriverFiles(const std::string &peFolder)
{
    for (const char *version : {"3.6.2.670", "3.6.3.670", "3.5.1.500", "4.0.0.720"}) {
        const std::string path = peFolder + "\\raidisk-" + version + ".sys";
        const DriverFile d = readDriverFile(path);
        // Windows' own reader and ours must agree on the same file.
        spuw::formats::PeVersionInfo ours;
        {
            std::FILE *f = _wfopen(fromUtf8(path).c_str(), L"rb");
            std::vector<std::uint8_t> bytes;
            if (f) {
                std::uint8_t buffer[4096];
                std::size_t n;
                while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0)
                    bytes.insert(bytes.end(), buffer, buffer + n);
                std::fclose(f);
            }
            spuw::formats::MemorySource source(bytes.data(), bytes.size());
            ours = spuw::formats::readPeVersion(source);
        }
        check(d.present && d.versionSource == "GetFileVersionInfoW" && ours.ok()
                && d.version == ours.fileVersion.toString() && d.version == version,
            "Raidisk.sys " + std::string(version) + ": GetFileVersionInfoW says " + d.version + " (" + d.versionSource
                + d.error + ")");
    }
    const DriverFile none = readDriverFile(peFolder + "\\noversion.sys");
    check(none.present && none.version.empty() && !none.error.empty(),
        "a driver without a version resource: present, no version, an error that says why: " + none.error);
    const DriverFile missing = readDriverFile(peFolder + "\\absent.sys");
    check(!missing.present && missing.error.empty(), "an absent driver is reported absent, not as an error");
}

void testCrashDump(const std::string &dumpPath)
{
    const CrashDump d = readCrashDump(dumpPath);
    check(d.ok, "crash dump read through CreateFileW: " + d.path + " " + d.error);
    // The same reader through the C runtime's file API must see the same header.
    const auto direct = spuw::formats::readCrashDumpHeader(dumpPath);
    check(direct.ok() && direct.build == d.build && direct.bugCheckCode == d.bugCheckCode
            && direct.parameters == d.parameters,
        "CreateFileW and the C runtime read the same header");
    check(d.bits == 64 && d.build == 19041 && d.bugCheckCode == 0x1000007E && d.dumpType == 4
            && d.parameters[0] == 0xFFFFFFFFC0000005ull,
        "triage_x64.dmp's header as its README states it");
    const CrashDump missing = readCrashDump(dumpPath + ".absent");
    check(!missing.ok && missing.error.find("cannot open") != std::string::npos,
        "a missing dump is an error naming the problem: " + missing.error);
}

class FakeCluster final : public ClusterApi
{
public:
    bool load(std::string *) override { return true; }
    bool nodeClusterState(int *state, std::string *) override
    {
        *state = kClusterRunning;
        return true;
    }
    bool open(std::string *name, std::string *) override
    {
        *name = "CLUSTER1";
        return true;
    }
    bool nodes(std::vector<ClusterReport::Node> *out, std::string *) override
    {
        *out = {{"NODE1", 2}, {"NODE2", 0}};
        return true;
    }
    bool groups(std::vector<ClusterReport::Group> *out, std::string *) override
    {
        *out = {{"Disk Group 1", "NODE2", 0}};
        return true;
    }
};

class FakeDisks final : public DiskApi
{
public:
    std::uint32_t logicalDrives() override { return (1u << 2) | (1u << 4); }
    std::uint32_t driveType(char) override { return DRIVE_FIXED; }
    bool queryDevice(char letter, std::vector<std::uint8_t> *out, std::string *) override
    {
        out->assign(64, 0);
        (*out)[4] = 64;
        (*out)[28] = letter == 'E' ? 6 : 3; // E: Fibre Channel, C: ATA
        const char *vendor = letter == 'E' ? "COMPAQ" : "ATA";
        std::memcpy(out->data() + 40, vendor, std::strlen(vendor));
        (*out)[12] = 40;
        return true;
    }
};

void testInjectedCollection()
{
    FakeCluster cluster;
    FakeDisks disks;
    const LiveReport r = collectLiveReport(cluster, disks);
    check(r.cluster.enumerated && r.cluster.clusterName == "CLUSTER1" && r.cluster.nodes.size() == 2
            && r.cluster.nodes[0].state == 2 && r.cluster.groups.at(0).ownerNode == "NODE2",
        "injected ClusAPI answers reach the report");
    check(r.volumes.size() == 2 && r.volumes[0].root == "C:" && r.volumes[1].root == "E:" && r.volumes[1].busType == 6
            && r.volumes[1].vendor == "COMPAQ",
        "injected disk answers reach the report");
    const std::string json = toJson(r);
    check(json.find("\"cluster_name\": \"CLUSTER1\"") != std::string::npos, "the JSON carries them");
}

void testWineDesignLimits()
{
    // Wine's GetNodeClusterState is a stub and its disks answer with a made-up SCSI descriptor; the
    // real APIs must still give a usable report, whatever they say.
    auto cluster = win32ClusterApi();
    const ClusterReport c = collectCluster(*cluster);
    check(c.nodeState == kClusterNotInstalled || c.nodeState == kClusterNotConfigured || c.nodeState == kClusterRunning
            || c.nodeState == kClusterNotRunning || !c.error.empty(),
        "real ClusAPI: state " + std::to_string(c.nodeState) + " " + c.error);
    auto disks = win32DiskApi();
    const std::vector<Volume> volumes = collectVolumes(*disks);
    bool sawC = false;
    for (const Volume &v : volumes) {
        if (v.root == "C:")
            sawC = v.driveType == DRIVE_FIXED;
        std::printf("     volume %s type %u queried %d bus %d '%s' '%s' %s\n", v.root.c_str(), v.driveType, v.queried,
            v.busType, v.vendor.c_str(), v.product.c_str(), v.error.c_str());
    }
    check(sawC, "real volumes: C: is a fixed drive");
}

std::string hex(const spuw::agent::Bytes &bytes)
{
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (const std::uint8_t b : bytes) {
        out += digits[b >> 4];
        out += digits[b & 15];
    }
    return out;
}

void testCryptoApiHmac()
{
    int n = 0;
    for (const auto &c : spuw::test::rfc2202Cases()) {
        const auto mac = cryptoHmacSha1(spuw::test::rfc2202Bytes(c.key), spuw::test::rfc2202Bytes(c.data));
        check(hex(mac) == c.digest, "RFC 2202 case " + std::to_string(++n) + " through CryptoAPI SHA-1: " + hex(mac));
    }
    check(hex(cryptoSha1({'a', 'b', 'c'})) == "a9993e364706816aba3e25717850c26c9cd0d89d", "CryptoAPI SHA-1 of \"abc\"");
}

void testPairingCodeFromCryptGenRandom()
{
    std::string previous;
    bool allValid = true;
    bool allDistinct = true;
    unsigned seen = 0; // which of the 16 letters appeared
    for (int i = 0; i < 200; ++i) {
        std::uint8_t random[spuw::agent::PairingCode::kRandomBytes];
        if (!cryptoRandom(random, sizeof random)) {
            allValid = false;
            break;
        }
        const std::string code = spuw::agent::PairingCode::format(random);
        const auto canonical = spuw::agent::PairingCode::normalize(code);
        allValid = allValid && canonical && code.size() == 34 && code[4] == '-';
        allDistinct = allDistinct && code != previous;
        previous = code;
        for (const char c : code) {
            if (c != '-')
                seen |= 1u << std::string(spuw::agent::PairingCode::kAlphabet).find(c);
        }
    }
    check(allValid, "200 pairing codes from CryptGenRandom: 28 letters in groups of four, e.g. " + previous);
    check(allDistinct && seen == 0xFFFF, "they differ, and use all 16 letters");
}

void testPairingStore()
{
    std::string error;
    removePairing(&error);
    check(!readPairing(&error), "no stored pairing before the test: " + error);
    StoredPairing p;
    p.code = "ACDEFHJKMNPRTWXYACDEFHJKMNPR";
    p.listen = "127.0.0.1:17409";
    p.armed = true;
    error.clear();
    check(storePairing(p, &error), "the pairing is stored " + error);
    const auto back = readPairing(&error);
    check(back && back->code == p.code && back->listen == p.listen && back->armed, "and reads back as stored");
    // Wine does not enforce access lists; what can be checked is that the key carries the intended
    // one: Administrators and SYSTEM only, nothing inherited (P = protected).
    error.clear();
    const std::string sddl = pairingKeySecurity(&error);
    check(sddl == "D:P(A;;KA;;;BA)(A;;KA;;;SY)", "the key's DACL read back with RegGetKeySecurity: " + sddl + error);
    p.armed = false;
    check(storePairing(p, &error) && readPairing(&error) && !readPairing(&error)->armed, "stored again over itself");
    check(pairingKeySecurity(&error) == sddl, "with the same DACL");
    error.clear();
    check(removePairing(&error), "the pairing is removed " + error);
    check(!readPairing(&error), "and gone");
    check(readRegistry("Software\\SecurePathUpgradeWizard", "").status == RegistryRead::Status::Missing,
        "with its parent key");
    check(removePairing(&error), "removing it again is not an error");
}

class EchoOperations final : public spuw::agent::ServerSession::Handler
{
public:
    spuw::agent::Answer answer(spuw::agent::Operation op) override
    {
        return {spuw::agent::Answer::Status::Ok, spuw::agent::operationName(op)};
    }
};

// Both ends of the protocol with CryptoAPI's HMAC, in one process.
void testProtocolWithCryptoApi()
{
    using namespace spuw::agent;
    const Bytes secret = PairingCode::secret("ACDEFHJKMNPRTWXYACDEFHJKMNPR");
    EchoOperations ops;
    auto roundTrip = [&](const Bytes &clientSecret, std::string *problem) {
        ServerSession server(secret, cryptoHmacSha1, cryptoRandom);
        ClientSession client(clientSecret, cryptoHmacSha1, cryptoRandom);
        FrameReader reader(kMaxResponseFrame);
        Frame f;
        auto deliver = [&](const Bytes &bytes) {
            const auto out = server.receive(bytes.data(), bytes.size(), ops);
            reader.feed(out.send.data(), out.send.size());
            return reader.next(&f, problem) == FrameReader::Status::Ready;
        };
        Bytes auth;
        if (!deliver(client.hello()))
            return std::string("no challenge");
        if (client.onChallenge(f, &auth, problem) != ClientSession::Verdict::Ok)
            return std::string("challenge refused");
        if (!deliver(auth) || client.onReady(f, problem) != ClientSession::Verdict::Ok)
            return std::string("not ready");
        Answer a;
        if (!deliver(client.request(Operation::Probe))
            || client.onResponse(f, &a, problem) != ClientSession::Verdict::Ok)
            return std::string("no answer");
        return a.data;
    };
    std::string problem;
    check(roundTrip(secret, &problem) == "probe", "wizard and agent pair and talk with CryptoAPI's HMAC " + problem);
    check(roundTrip(PairingCode::secret("ACDEFHJKMNPRTWXYACDEFHJKMNPX"), &problem) == "challenge refused"
            && problem.find("refused") != std::string::npos,
        "another pairing code is refused at once: " + problem);
}

// One HMAC per line of the file: "KEYHEX DATAHEX" -> "MACHEX".
int hmacFile(const std::wstring &path)
{
    std::FILE *f = _wfopen(path.c_str(), L"rb");
    if (!f)
        return 100;
    std::string line;
    int c;
    while ((c = std::fgetc(f)) != EOF) {
        if (c != '\n') {
            line += static_cast<char>(c);
            continue;
        }
        const std::size_t space = line.find(' ');
        const auto mac = cryptoHmacSha1(
            spuw::test::rfc2202Bytes(line.substr(0, space)), spuw::test::rfc2202Bytes(line.substr(space + 1)));
        std::printf("%s\n", hex(mac).c_str());
        line.clear();
    }
    std::fclose(f);
    return 0;
}

} // namespace

int main()
{
    int argc = 0;
    wchar_t **argv = CommandLineToArgvW(GetCommandLineW(), &argc);
    if (argv && argc == 3 && std::wstring(argv[1]) == L"--hmac") {
        const std::wstring file = argv[2];
        LocalFree(argv);
        return hmacFile(file);
    }
    if (!argv || argc != 3) {
        std::fprintf(stderr, "usage: spuw-win32-tests PE_FOLDER DUMP_FILE\n");
        return 100;
    }
    const std::string peFolder = toUtf8(argv[1]);
    const std::string dump = toUtf8(argv[2]);
    LocalFree(argv);

    testRegistryReader();
    testRunOnce();
    testDriverFiles(peFolder);
    testCrashDump(dump);
    testInjectedCollection();
    testWineDesignLimits();
    testCryptoApiHmac();
    testPairingCodeFromCryptGenRandom();
    testPairingStore();
    testProtocolWithCryptoApi();
    std::printf("%d checks, %d failed\n", g_checks, g_failures);
    return g_failures;
}
