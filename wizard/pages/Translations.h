#pragma once

#include <QString>

class QCoreApplication;

namespace spuw {

// Installs the wizard's translation for `language` ("de"), or for the system locale when empty.
// Returns the language actually loaded, or an empty string for the built-in English.
QString installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace spuw
