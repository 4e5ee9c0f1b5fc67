#include "HeapTuning.h"

#include <cstdlib> // defines __GLIBC__ where the C library is glibc

#ifdef __GLIBC__
#include <malloc.h>
#endif

void HeapTuning::apply()
{
#ifdef __GLIBC__
    // Measured with bench/engine-bench (400 TLS endpoints, 64 at once): about 1.5 MB less peak RSS, no
    // measurable CPU cost; the threads rarely allocate at the same moment.
    mallopt(M_ARENA_MAX, 1);
#endif
}
