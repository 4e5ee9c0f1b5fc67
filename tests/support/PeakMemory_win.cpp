#include "PeakMemory.h"

#include <psapi.h>
#include <windows.h>

qint64 PeakMemory::residentBytes()
{
    PROCESS_MEMORY_COUNTERS counters {};
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return 0;
    return qint64(counters.PeakWorkingSetSize);
}
