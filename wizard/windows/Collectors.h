#pragma once

#include "LiveReport.h"

#include <cstdint>
#include <string>
#include <vector>

namespace spuw::live {

// The Win32 calls behind the cluster and volume parts of the report, as interfaces: Windows
// implements them with ClusAPI and DeviceIoControl, tests with injected answers, so the logic that
// turns the answers into a report is tested on any system and under Wine alike.
class ClusterApi
{
public:
    virtual ~ClusterApi() = default;
    // clusapi.dll could be loaded (it is absent where the cluster service was never installed).
    virtual bool load(std::string *error) = 0;
    virtual bool nodeClusterState(int *state, std::string *error) = 0;
    virtual bool open(std::string *clusterName, std::string *error) = 0;
    virtual bool nodes(std::vector<ClusterReport::Node> *out, std::string *error) = 0;
    virtual bool groups(std::vector<ClusterReport::Group> *out, std::string *error) = 0;
};

class DiskApi
{
public:
    virtual ~DiskApi() = default;
    virtual std::uint32_t logicalDrives() = 0; // GetLogicalDrives: bit 0 = A:
    virtual std::uint32_t driveType(char letter) = 0; // GetDriveTypeW
    // IOCTL_STORAGE_QUERY_PROPERTY (StorageDeviceProperty) on \\.\X: -> the raw descriptor.
    virtual bool queryDevice(char letter, std::vector<std::uint8_t> *descriptor, std::string *error) = 0;
};

ClusterReport collectCluster(ClusterApi &api);
std::vector<Volume> collectVolumes(DiskApi &api);

// GetNodeClusterState's values.
enum NodeClusterState : int {
    kClusterNotInstalled = 0,
    kClusterNotConfigured = 1,
    kClusterNotRunning = 3,
    kClusterRunning = 0x13,
};

} // namespace spuw::live
