#pragma once

#include "UpgradeReport.h"

#include <QCoreApplication>
#include <QFileDevice>

#include <functional>

namespace spuw {

// Writes a report as HTML, PDF or JSON, chosen by the file's extension. The file appears whole or
// not at all (QSaveFile), an existing file is only replaced when asked to, a symbolic link at the
// path is never written through, and the file is 0644 (0600 under a umask that hides it from
// others), never writable by others.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    enum class Format { Html, Pdf, Json };
    static std::optional<Format> formatFor(const QString &path);

    static bool write(const UpgradeReport &report, const QString &path, bool overwrite, QString *error);
    // Any text (a preflight assessment) with the same safety.
    static bool writeText(const QByteArray &bytes, const QString &path, bool overwrite, QString *error);

    static QFileDevice::Permissions exportPermissions();

private:
    static bool checkTarget(const QString &path, bool overwrite, QString *error);
    static bool writeWith(
        const QString &path, bool overwrite, QString *error, const std::function<bool(QIODevice *)> &fill);
    static bool writePdf(const UpgradeReport &report, QIODevice *device);
};

} // namespace spuw
