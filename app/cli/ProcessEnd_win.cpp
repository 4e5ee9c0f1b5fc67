// Windows: once the reports are written and the output is flushed, the process ends with TerminateProcess
// instead of ExitProcess. After the engine's threads have run, the MinGW runtime's libstdc++ can hang in its
// DLL detach (seen under Wine: the process never exits), and a fleet tool or a script waits for the process,
// not for its output. Every file is closed and the Qt application is gone by then; no DLL detach is needed.
#include "ProcessEnd.h"

#include <cstdio>

#define WIN32_LEAN_AND_MEAN
#include <windows.h>

int ProcessEnd::leave(int exitCode)
{
    std::fflush(nullptr);
    ::TerminateProcess(::GetCurrentProcess(), static_cast<UINT>(exitCode));
    return exitCode; // not reached
}
