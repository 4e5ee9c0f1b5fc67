#include "HeapTuning.h"

void HeapTuning::apply()
{
    // The Windows heap has no per-thread arenas to limit.
}
