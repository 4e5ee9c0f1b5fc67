#include "ProcessEnd.h"

int ProcessEnd::leave(int exitCode)
{
    return exitCode;
}
