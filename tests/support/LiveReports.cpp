#include "LiveReports.h"

namespace spuw::test {

namespace {

live::RegistryRead *find(live::LiveReport &r, const std::string &key, const std::string &name)
{
    for (live::RegistryRead &read : r.registry) {
        if (live::equalsIgnoreCase(read.key, key) && live::equalsIgnoreCase(read.name, name))
            return &read;
    }
    r.registry.push_back(live::RegistryRead{key, name, live::RegistryRead::Status::Missing, 0, {}, 0, {}});
    return &r.registry.back();
}

} // namespace

void LiveReports::setString(live::LiveReport &r, const std::string &key, const std::string &name,
    const std::vector<std::string> &strings, std::uint32_t type)
{
    live::RegistryRead *read = find(r, key, name);
    read->status = live::RegistryRead::Status::Ok;
    read->type = type;
    read->strings = strings;
}

void LiveReports::setKey(live::LiveReport &r, const std::string &key, bool exists)
{
    find(r, key, {})->status = exists ? live::RegistryRead::Status::Ok : live::RegistryRead::Status::Missing;
}

live::Volume LiveReports::volume(
    const std::string &root, int bus, const std::string &vendor, const std::string &product)
{
    live::Volume v;
    v.root = root;
    v.driveType = 3;
    v.queried = true;
    v.busType = bus;
    v.vendor = vendor;
    v.product = product;
    return v;
}

live::LiveReport LiveReports::win2000Server()
{
    live::LiveReport r;
    r.collectedBy = "tests";
    r.os.ok = true;
    r.os.api = "RtlGetVersion";
    r.os.major = 5;
    r.os.minor = 0;
    r.os.build = 2195;
    r.os.csdVersion = "Service Pack 4";
    r.os.servicePackMajor = 4;
    r.os.productType = 3;
    r.computerName = "SRV01";
    r.systemRoot = "C:\\WINNT";
    for (const live::RegistryQuery &q : live::registryQueries())
        r.registry.push_back(live::RegistryRead{q.key, q.name, live::RegistryRead::Status::Missing, 0, {}, 0, {}});
    const std::string version = "SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion";
    setKey(r, version);
    setString(r, version, "ProductName", {"Microsoft Windows 2000"});
    setString(r, version, "CurrentVersion", {"5.0"});
    setString(r, version, "CurrentBuildNumber", {"2195"});
    setString(r, version, "CSDVersion", {"Service Pack 4"});
    setString(r, version, "SystemRoot", {"C:\\WINNT"});
    setString(r, "SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName", "ComputerName", {"SRV01"});
    setKey(r, "SYSTEM\\CurrentControlSet\\Control\\ProductOptions");
    setString(r, "SYSTEM\\CurrentControlSet\\Control\\ProductOptions", "ProductType", {"ServerNT"});
    const std::string mm = "SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Memory Management";
    setKey(r, mm);
    setString(r, mm, "PagingFiles", {"C:\\pagefile.sys 1536 3072"}, 7);
    setKey(r, "SYSTEM\\CurrentControlSet\\Control\\CrashControl");
    setString(r, "SYSTEM\\CurrentControlSet\\Services\\Raidisk", "ImagePath", {"System32\\DRIVERS\\Raidisk.sys"}, 2);
    r.securePath.path = "C:\\WINNT\\System32\\DRIVERS\\Raidisk.sys";
    r.securePath.present = true;
    r.securePath.version = "3.6.2.670";
    r.securePath.versionSource = "GetFileVersionInfoW";
    r.cluster.nodeState = 0;
    r.cluster.clusapiPresent = false;
    r.cluster.error = "clusapi.dll is not present";
    r.volumes.push_back(volume("C:", 3, "", "WDC WD800"));
    r.volumes.push_back(volume("E:", 6, "COMPAQ", "HSV110 (C)COMPAQ"));
    return r;
}

} // namespace spuw::test
