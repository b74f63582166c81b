#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace spuw::live {

// What the Windows probe read from the running server, as raw as Windows gave it. Plain C++ so
// that it is filled on Windows (mingw-w64, no Qt) and interpreted by the Qt side anywhere: the
// KB rules see it only through the same SystemFacts as every other probe. Strings are UTF-8.

// One registry value (or, with an empty name, the existence of a key) under HKLM.
struct RegistryRead
{
    enum class Status { Ok, Missing, Error };
    std::string key; // "SYSTEM\\CurrentControlSet\\Control\\ProductOptions"
    std::string name; // empty: only whether the key exists
    Status status = Status::Missing;
    std::uint32_t type = 0; // REG_SZ 1, REG_EXPAND_SZ 2, REG_DWORD 4, REG_MULTI_SZ 7
    std::vector<std::string> strings; // SZ / EXPAND_SZ: one element; MULTI_SZ: every element
    std::uint32_t dword = 0;
    std::string error; // Windows' message when the read failed for another reason than absence
};

struct OsVersion
{
    bool ok = false;
    std::string api; // "RtlGetVersion" or "GetVersionExW"
    std::uint32_t major = 0;
    std::uint32_t minor = 0;
    std::uint32_t build = 0;
    std::string csdVersion; // "Service Pack 4"
    std::uint16_t servicePackMajor = 0;
    std::uint16_t servicePackMinor = 0;
    std::uint8_t productType = 0; // VER_NT_WORKSTATION 1, VER_NT_DOMAIN_CONTROLLER 2, VER_NT_SERVER 3
    std::uint16_t suiteMask = 0;
    std::string error;
};

struct DriverFile
{
    std::string path; // Windows path of Raidisk.sys, from the Raidisk service's ImagePath
    bool present = false;
    std::string version; // "3.6.2.670" from GetFileVersionInfoW, or our own reader when that fails
    std::string versionSource; // "GetFileVersionInfoW" or "PE reader"
    std::string error;
};

struct CrashDump
{
    std::string path;
    bool ok = false;
    std::string error;
    int bits = 0;
    std::uint32_t build = 0;
    std::uint32_t bugCheckCode = 0;
    std::array<std::uint64_t, 4> parameters{};
    std::uint32_t dumpType = 0;
    std::uint32_t productType = 0;
};

// GetNodeClusterState and, on a running cluster, ClusAPI's enumerations.
struct ClusterReport
{
    // GetNodeClusterState's answer: 0 not installed, 1 not configured, 3 not running, 19 running;
    // -1 when it could not be asked (error says why).
    int nodeState = -1;
    bool clusapiPresent = false;
    std::string clusterName;
    struct Node
    {
        std::string name;
        int state = -1; // CLUSTER_NODE_STATE: 0 up, 1 down, 2 paused, 3 joining
    };
    struct Group
    {
        std::string name;
        std::string ownerNode;
        int state = -1; // CLUSTER_GROUP_STATE: 0 online, 1 offline, 2 failed, 3 partially online, 4 pending
    };
    std::vector<Node> nodes;
    std::vector<Group> groups;
    bool enumerated = false; // nodes and groups were read
    std::string error;
};

// One drive letter as Windows sees it now, with what its disk says about the bus it hangs on.
struct Volume
{
    std::string root; // "E:"
    std::uint32_t driveType = 0; // GetDriveTypeW: 2 removable, 3 fixed, 4 remote, 5 CD-ROM, 6 RAM disk
    bool queried = false; // IOCTL_STORAGE_QUERY_PROPERTY answered
    int busType = -1; // STORAGE_BUS_TYPE: 1 SCSI, 3 ATA, 6 Fibre Channel, 9 iSCSI, 10 SAS, ...
    std::string vendor;
    std::string product;
    bool removableMedia = false;
    std::string error;
};

struct LiveReport
{
    static constexpr const char *kSchema = "sp-upgrade-wizard-live-report/1";

    std::string collectedBy; // "spuw-live-probe 0.3.0 (x86_64)"
    OsVersion os;
    std::string computerName;
    std::string computerNameError;
    std::string systemRoot; // GetSystemWindowsDirectoryW
    std::vector<RegistryRead> registry;
    DriverFile securePath;
    std::vector<CrashDump> dumps;
    ClusterReport cluster;
    std::vector<Volume> volumes;
    std::vector<std::string> warnings;

    // The value read for key/name; null when the probe did not ask for it.
    const RegistryRead *find(const std::string &key, const std::string &name) const;
};

// The registry values the probe reads, relative to HKLM. Keys under SYSTEM use CurrentControlSet:
// on a running system that is the control set Windows booted with.
struct RegistryQuery
{
    const char *key;
    const char *name; // "" for "does the key exist"
};
const std::vector<RegistryQuery> &registryQueries();

// Case-insensitive comparison as the registry does it (ASCII is enough for these key names).
bool equalsIgnoreCase(const std::string &a, const std::string &b);

} // namespace spuw::live
