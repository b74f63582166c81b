// spuw-win32-tests.exe: the Win32 side of the live probe, run under Wine by TestWindowsProbe (or on
// a real Windows). Plain C++ like the code it tests. Arguments: the folder of tests/data/pe and a
// crash dump file, as Windows paths. Prints one line per check; exit code = number of failures.

#include "Collectors.h"
#include "CrashDumpReader.h"
#include "LiveReportJson.h"
#include "PeVersionReader.h"
#include "ResumeCommand.h"
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

} // namespace

int main()
{
    int argc = 0;
    wchar_t **argv = CommandLineToArgvW(GetCommandLineW(), &argc);
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
    std::printf("%d checks, %d failed\n", g_checks, g_failures);
    return g_failures;
}
