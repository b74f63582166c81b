// Compiled only by the ModelHasNoWidgets test, which expects this file to fail to build.
#include <QtWidgets/QWidget>

int spuwWidgetsGuardProbe()
{
    return 0;
}
