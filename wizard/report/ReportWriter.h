#pragma once

#include "UpgradeReport.h"

#include <QCoreApplication>

namespace spuw {

// Writes a report as HTML, PDF or JSON, chosen by the file's extension. The file appears whole or
// not at all (QSaveFile), and an existing file is only replaced when asked to.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    enum class Format { Html, Pdf, Json };
    static std::optional<Format> formatFor(const QString &path);

    static bool write(const UpgradeReport &report, const QString &path, bool overwrite, QString *error);
    // Any text (a preflight assessment) with the same safety.
    static bool writeText(const QByteArray &bytes, const QString &path, bool overwrite, QString *error);

private:
    static bool writePdf(const UpgradeReport &report, QIODevice *device);
};

} // namespace spuw
