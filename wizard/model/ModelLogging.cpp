#include "ModelLogging.h"

Q_LOGGING_CATEGORY(lcModel, "spuw.model", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProbe, "spuw.probe", QtWarningMsg)
