#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QString>

namespace spuw {

// The server kit is what the operator carries to the Windows server: spuw-live-probe.exe for 32- and
// 64-bit Windows, its MSI installers and a README. It is installed with the wizard, in one folder
// relative to the program, so the Debian package (/usr/bin and /usr/share/sp-upgrade-wizard/server-kit,
// see installer/CMakeLists.txt) and the Windows installer (server-kit beside sp-upgrade-wizard.exe, see
// installer/README.md) both find it wherever they were installed. The package's fresh-root test checks
// that the folder --help names holds the kit.
class ServerKit
{
public:
    // The folder, whether or not it exists (it does not beside a wizard run from its build folder).
    // Needs a QCoreApplication.
    static QString folder()
    {
#ifdef Q_OS_WIN
        const QLatin1String relative("server-kit");
#else
        const QLatin1String relative("../share/sp-upgrade-wizard/server-kit");
#endif
        return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') + relative);
    }

    static bool isInstalled()
    {
        return QDir(folder()).exists();
    }
};

} // namespace spuw
