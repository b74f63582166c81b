#include "ModelLogging.h"

Q_LOGGING_CATEGORY(lcModel, "spuw.model", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProbe, "spuw.probe", QtInfoMsg)
