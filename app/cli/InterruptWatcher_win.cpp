// Windows: the console control handler runs on a thread of its own; it hands the event to the watcher's
// thread with a queued call and tells Windows the event is handled. For Ctrl+C and Ctrl+Break the process then
// goes on and ends by itself; a closing console ends the process as soon as the handler returns, so for that
// event the handler waits until the partial report is written (Windows allows about five seconds).
#include "InterruptWatcher.h"

#include <QMetaObject>

#include <atomic>

#ifndef NOMINMAX
#define NOMINMAX // keep std::min/std::max usable
#endif
#define WIN32_LEAN_AND_MEAN
#include <windows.h>

namespace {
// Longer than Windows' own grace period for a closing console, so the wait never ends the process early.
constexpr DWORD kCloseWaitMs = 10000;

std::atomic<InterruptWatcher*> g_watcher {nullptr};
HANDLE g_reportsWritten = nullptr; // manual-reset event, set by reportsWritten() or the watcher's end

BOOL WINAPI handleConsoleEvent(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT && type != CTRL_CLOSE_EVENT)
        return FALSE;
    InterruptWatcher* watcher = g_watcher.load();
    if (!watcher)
        return FALSE;
    QMetaObject::invokeMethod(watcher, &InterruptWatcher::onInterruptFromConsole, Qt::QueuedConnection);
    if (type == CTRL_CLOSE_EVENT && g_reportsWritten)
        WaitForSingleObject(g_reportsWritten, kCloseWaitMs);
    return TRUE;
}
} // namespace

struct InterruptWatcher::Platform
{
};

InterruptWatcher::InterruptWatcher(QObject* parent)
    : QObject(parent)
{
    g_reportsWritten = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    g_watcher = this;
    SetConsoleCtrlHandler(handleConsoleEvent, TRUE);
}

void InterruptWatcher::reportsWritten()
{
    if (g_reportsWritten)
        SetEvent(g_reportsWritten);
}

InterruptWatcher::~InterruptWatcher()
{
    g_watcher = nullptr; // first, so a late console event finds no watcher
    SetConsoleCtrlHandler(handleConsoleEvent, FALSE);
    reportsWritten(); // a handler still waiting may let the process end now
    // The event stays open: a handler that has just read the watcher may still wait on it, and the process
    // is about to end anyway.
}
