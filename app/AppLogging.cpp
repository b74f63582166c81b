#include "AppLogging.h"

Q_LOGGING_CATEGORY(lcApp, "spuw.app", QtWarningMsg)
