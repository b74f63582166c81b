#include "ResumeAtBoot.h"

#ifdef Q_OS_WIN
#include "ResumeCommand.h"
#include "Win32Probe.h"

#include <QDir>
#endif

namespace spuw {

#ifdef Q_OS_WIN
namespace {

class RunOnceEntry final : public ResumeAtBoot
{
    Q_DECLARE_TR_FUNCTIONS(RunOnceEntry)

public:
    bool arm(const QString &journalPath, QString *commandLine, QString *error) override
    {
        std::string why;
        const std::string line = live::ResumeCommand::build(
            QDir::toNativeSeparators(QCoreApplication::applicationFilePath()).toStdString(),
            {"--journal", QDir::toNativeSeparators(journalPath).toStdString()}, &why);
        if (line.empty() || !live::setRunOnce(live::ResumeCommand::kValueName, line, &why)) {
            *error = QString::fromStdString(why);
            return false;
        }
        *commandLine = QString::fromStdString(line);
        return true;
    }
    bool disarm(QString *error) override
    {
        std::string why;
        if (!live::removeRunOnce(live::ResumeCommand::kValueName, &why)) {
            *error = QString::fromStdString(why);
            return false;
        }
        return true;
    }
    QString where() const override
    {
        return QStringLiteral("HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce\\")
            + QString::fromWCharArray(live::ResumeCommand::kValueName);
    }
};

} // namespace
#endif

std::unique_ptr<ResumeAtBoot> ResumeAtBoot::forThisSystem()
{
#ifdef Q_OS_WIN
    return std::make_unique<RunOnceEntry>();
#else
    return nullptr;
#endif
}

} // namespace spuw
