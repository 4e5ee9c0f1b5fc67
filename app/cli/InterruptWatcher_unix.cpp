// Unix: a self-pipe written by the signal handler and read by a QSocketNotifier on the event loop.
#include "InterruptWatcher.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_pipe[2] = {-1, -1};

void handleSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const auto written = ::write(g_pipe[0], &byte, 1);
}
} // namespace

struct InterruptWatcher::Platform
{
    QSocketNotifier* notifier = nullptr;
    struct sigaction previousInt
    {
    };
    struct sigaction previousTerm
    {
    };
};

InterruptWatcher::InterruptWatcher(QObject* parent)
    : QObject(parent)
    , m_platform(new Platform)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return;
    m_platform->notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(m_platform->notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(g_pipe[1], &byte, 1) == 1 && !m_interrupted)
            m_exitCode = 128 + int(byte);
        onInterrupt();
    });
    struct sigaction action
    {
    };
    action.sa_handler = handleSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, &m_platform->previousInt);
    sigaction(SIGTERM, &action, &m_platform->previousTerm);
}

void InterruptWatcher::reportsWritten()
{
    // A signal handler returns at once; the event loop writes the partial report afterwards.
}

InterruptWatcher::~InterruptWatcher()
{
    if (g_pipe[0] >= 0) {
        sigaction(SIGINT, &m_platform->previousInt, nullptr);
        sigaction(SIGTERM, &m_platform->previousTerm, nullptr);
        delete m_platform->notifier;
        ::close(g_pipe[0]);
        ::close(g_pipe[1]);
        g_pipe[0] = g_pipe[1] = -1;
    }
    delete m_platform;
}
