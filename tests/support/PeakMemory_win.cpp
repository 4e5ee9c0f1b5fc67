#include "PeakMemory.h"

#include <windows.h>
// psapi.h needs windows.h first.
#include <psapi.h>

qint64 PeakMemory::residentBytes()
{
    PROCESS_MEMORY_COUNTERS counters {};
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return 0;
    return qint64(counters.PeakWorkingSetSize);
}
