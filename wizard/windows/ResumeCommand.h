#pragma once

#include <string>
#include <vector>

namespace spuw::live {

// The command line Windows runs from RunOnce after the reboot: the wizard with the run's journal.
// Arguments are quoted as CommandLineToArgvW reads them back. Windows runs a RunOnce entry only if
// its command line fits in 260 characters, so a longer one is refused rather than written.
struct ResumeCommand
{
    static constexpr std::size_t kMaxLength = 260;
    static constexpr const wchar_t *kValueName = L"SecurePathUpgradeWizard";

    static std::string quote(const std::string &argument);
    // Empty, with *error set, when the line would be too long.
    static std::string build(const std::string &program, const std::vector<std::string> &arguments, std::string *error);
};

} // namespace spuw::live
