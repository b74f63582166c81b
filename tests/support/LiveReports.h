#pragma once

#include "LiveReport.h"

#include <string>
#include <vector>

namespace spuw::test {

// Live reports as the Win32 side would produce them, for tests that inject a server's answers.
struct LiveReports
{
    // Windows 2000 Server SP4, SRV01, Raidisk.sys 3.6.2.670, no cluster; volumes C: (ATA) and
    // E: (Fibre Channel, COMPAQ HSV110). Every registry query answered, absent values "missing".
    static live::LiveReport win2000Server();
    static void setString(live::LiveReport &r, const std::string &key, const std::string &name,
        const std::vector<std::string> &strings, std::uint32_t type = 1);
    static void setKey(live::LiveReport &r, const std::string &key, bool exists = true);
    static live::Volume volume(const std::string &root, int bus, const std::string &vendor, const std::string &product);
};

} // namespace spuw::test
