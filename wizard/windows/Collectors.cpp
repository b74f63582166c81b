#include "Collectors.h"

#include "StorageDescriptor.h"

namespace spuw::live {

ClusterReport collectCluster(ClusterApi &api)
{
    ClusterReport r;
    std::string error;
    if (!api.load(&error)) {
        // No clusapi.dll: the cluster service was never installed on this server.
        r.clusapiPresent = false;
        r.nodeState = kClusterNotInstalled;
        r.error = error.empty() ? "clusapi.dll is not present" : error;
        return r;
    }
    r.clusapiPresent = true;
    int state = -1;
    if (!api.nodeClusterState(&state, &error)) {
        r.error = "GetNodeClusterState failed: " + error;
        return r;
    }
    r.nodeState = state;
    if (state == kClusterNotRunning) {
        r.error = "the cluster service is configured but not running: nodes and groups cannot be read";
        return r;
    }
    if (state != kClusterRunning)
        return r;
    if (!api.open(&r.clusterName, &error)) {
        r.error = "OpenCluster failed: " + error;
        return r;
    }
    if (!api.nodes(&r.nodes, &error)) {
        r.error = "enumerating the cluster's nodes failed: " + error;
        r.nodes.clear();
        return r;
    }
    if (!api.groups(&r.groups, &error)) {
        r.error = "enumerating the cluster's groups failed: " + error;
        r.nodes.clear();
        r.groups.clear();
        return r;
    }
    r.enumerated = true;
    return r;
}

std::vector<Volume> collectVolumes(DiskApi &api)
{
    std::vector<Volume> volumes;
    const std::uint32_t mask = api.logicalDrives();
    for (int i = 0; i < 26; ++i) {
        if ((mask & (1u << i)) == 0)
            continue;
        const char letter = static_cast<char>('A' + i);
        Volume v;
        v.root = std::string(1, letter) + ":";
        v.driveType = api.driveType(letter);
        // Only disks can be SAN volumes; a network share or a CD drive is not asked.
        if (v.driveType == 2 || v.driveType == 3) {
            std::vector<std::uint8_t> bytes;
            std::string error;
            if (api.queryDevice(letter, &bytes, &error)) {
                const StorageDescriptor d = parseStorageDescriptor(bytes.data(), bytes.size());
                if (d.ok) {
                    v.queried = true;
                    v.busType = d.busType;
                    v.vendor = d.vendor;
                    v.product = d.product;
                    v.removableMedia = d.removableMedia;
                } else {
                    v.error = d.error;
                }
            } else {
                v.error = error;
            }
        }
        volumes.push_back(v);
    }
    return volumes;
}

} // namespace spuw::live
