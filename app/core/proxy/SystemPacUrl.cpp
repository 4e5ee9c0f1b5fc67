#include "SystemPacUrl.h"

QString SystemPacUrl::current()
{
    // Qt reads the proxy from the environment on Linux, where no setting names a script.
    return {};
}
