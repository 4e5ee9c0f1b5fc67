#include "PeakMemory.h"

#include <sys/resource.h>

qint64 PeakMemory::residentBytes()
{
    rusage usage {};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
#ifdef Q_OS_MACOS
    return qint64(usage.ru_maxrss); // bytes on macOS
#else
    return qint64(usage.ru_maxrss) * 1024; // kilobytes on Linux
#endif
}
