// Windows: the console control handler runs on a thread of its own; it hands the event to the watcher's
// thread with a queued call and tells Windows the event is handled so the process is not killed at once.
#include "InterruptWatcher.h"

#include <QMetaObject>

#include <atomic>

#ifndef NOMINMAX
#define NOMINMAX // keep std::min/std::max usable
#endif
#define WIN32_LEAN_AND_MEAN
#include <windows.h>

namespace {
std::atomic<InterruptWatcher*> g_watcher {nullptr};

BOOL WINAPI handleConsoleEvent(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT && type != CTRL_CLOSE_EVENT)
        return FALSE;
    if (InterruptWatcher* watcher = g_watcher.load()) {
        QMetaObject::invokeMethod(watcher, &InterruptWatcher::onInterruptFromConsole, Qt::QueuedConnection);
        return TRUE;
    }
    return FALSE;
}
} // namespace

struct InterruptWatcher::Platform
{
};

InterruptWatcher::InterruptWatcher(QObject* parent)
    : QObject(parent)
{
    g_watcher = this;
    SetConsoleCtrlHandler(handleConsoleEvent, TRUE);
}

InterruptWatcher::~InterruptWatcher()
{
    g_watcher = nullptr; // first, so a late console event finds no watcher
    SetConsoleCtrlHandler(handleConsoleEvent, FALSE);
}
