#pragma once

// Windows only: the live probe's Win32 side. Plain C++ (no Qt) so that it builds with mingw-w64.

#include "Collectors.h"
#include "LiveReport.h"

#include <memory>
#include <optional>
#include <string>

namespace spuw::live {

std::string toUtf8(const std::wstring &text);
std::wstring fromUtf8(const std::string &text);
// Windows' text for an error code, with the code: "Access is denied (error 5)".
std::string systemMessage(unsigned long code);
// KEY_WOW64_64KEY for a 32-bit build under WOW64, else 0: HKLM as 64-bit Windows itself sees it.
unsigned long registryView64();

// Reads one HKLM value (or, with an empty name, whether the key exists), with the 64-bit view
// when a 32-bit build runs under WOW64.
RegistryRead readRegistry(const std::string &key, const std::string &name);

// Windows' version resource reader; falls back to the project's own PE reader when that fails.
DriverFile readDriverFile(const std::string &windowsPath);
CrashDump readCrashDump(const std::string &windowsPath);

std::unique_ptr<ClusterApi> win32ClusterApi();
std::unique_ptr<DiskApi> win32DiskApi();

// Everything the wizard needs from this server. The cluster and disk calls can be injected.
LiveReport collectLiveReport();
LiveReport collectLiveReport(ClusterApi &cluster, DiskApi &disks);

// HKLM\Software\Microsoft\Windows\CurrentVersion\RunOnce: the wizard starts again after the reboot.
bool setRunOnce(const std::wstring &valueName, const std::string &commandLine, std::string *error);
bool removeRunOnce(const std::wstring &valueName, std::string *error); // absent counts as removed
std::optional<std::string> readRunOnce(const std::wstring &valueName);

} // namespace spuw::live
