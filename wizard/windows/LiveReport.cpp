#include "LiveReport.h"

#include <cctype>

namespace spuw::live {

bool equalsIgnoreCase(const std::string &a, const std::string &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    }
    return true;
}

const RegistryRead *LiveReport::find(const std::string &key, const std::string &name) const
{
    for (const RegistryRead &r : registry) {
        if (equalsIgnoreCase(r.key, key) && equalsIgnoreCase(r.name, name))
            return &r;
    }
    return nullptr;
}

const std::vector<RegistryQuery> &registryQueries()
{
    static const std::vector<RegistryQuery> queries = {
        {"SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion", ""},
        {"SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion", "ProductName"},
        {"SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion", "CurrentVersion"},
        {"SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion", "CurrentBuildNumber"},
        {"SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion", "CSDVersion"},
        {"SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion", "SystemRoot"},
        {"SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName", "ComputerName"},
        {"SYSTEM\\CurrentControlSet\\Control\\ProductOptions", ""},
        {"SYSTEM\\CurrentControlSet\\Control\\ProductOptions", "ProductType"},
        {"SYSTEM\\CurrentControlSet\\Control\\ProductOptions", "ProductSuite"},
        {"SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Memory Management", ""},
        {"SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Memory Management", "PagingFiles"},
        {"SYSTEM\\CurrentControlSet\\Services\\NTDS\\Parameters", ""},
        {"SYSTEM\\CurrentControlSet\\Services\\NTDS\\Parameters", "DSA Database file"},
        {"SYSTEM\\CurrentControlSet\\Services\\NTDS\\Parameters", "Database log files path"},
        {"SYSTEM\\CurrentControlSet\\Services\\ClusSvc", ""},
        {"SYSTEM\\CurrentControlSet\\Control\\CrashControl", ""},
        {"SYSTEM\\CurrentControlSet\\Control\\CrashControl", "CrashDumpEnabled"},
        {"SYSTEM\\CurrentControlSet\\Control\\CrashControl", "DumpFile"},
        {"SYSTEM\\CurrentControlSet\\Control\\CrashControl", "MinidumpDir"},
        {"SYSTEM\\CurrentControlSet\\Services\\Raidisk", "ImagePath"},
    };
    return queries;
}

} // namespace spuw::live
