#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace spuw {

// Starts the wizard again after the Windows upgrade's restarts, with the run's journal. On Windows
// a RunOnce entry under HKLM; elsewhere there is no such thing and the operator starts the program.
class ResumeAtBoot
{
public:
    virtual ~ResumeAtBoot() = default;
    // *commandLine is what Windows will run.
    virtual bool arm(const QString &journalPath, QString *commandLine, QString *error) = 0;
    virtual bool disarm(QString *error) = 0;
    virtual QString where() const = 0; // "HKLM\\...\\RunOnce\\SecurePathUpgradeWizard"

    // The RunOnce registration on Windows; nothing elsewhere.
    static std::unique_ptr<ResumeAtBoot> forThisSystem();
};

} // namespace spuw
