#include "ResultGate.h"

#include <QCoreApplication>
#include <QMetaObject>

ResultGate::ResultGate(QObject* receiver)
{
    m_handle.m_state = std::make_shared<Handle::State>();
    m_handle.m_state->receiver = receiver;
}

ResultGate::~ResultGate()
{
    close();
}

void ResultGate::close()
{
    QMutexLocker lock(&m_handle.m_state->mutex);
    m_handle.m_state->receiver = nullptr;
}

void ResultGate::Handle::post(std::function<void()> call) const
{
    // The lock makes "post" and "close" exclusive: a call is either queued before the gate closes (and the
    // wrapper below then sees it closed) or not queued at all.
    QMutexLocker lock(&m_state->mutex);
    if (!m_state->receiver)
        return;
    QMetaObject::invokeMethod(
        m_state->receiver,
        [state = m_state, call = std::move(call)] {
            {
                QMutexLocker innerLock(&state->mutex);
                if (!state->receiver)
                    return;
            }
            call();
        },
        Qt::QueuedConnection);
}
