// The platform-independent part of InterruptWatcher; the signal plumbing lives in the _unix and _win files.
#include "InterruptWatcher.h"

void InterruptWatcher::onInterruptFromConsole()
{
    onInterrupt();
}

void InterruptWatcher::onInterrupt()
{
    if (m_interrupted)
        return;
    m_interrupted = true;
    emit interrupted();
}
