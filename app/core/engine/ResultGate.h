#pragma once

#include <QMutex>
#include <QObject>

#include <functional>
#include <memory>

// The way back from another thread to one object: calls posted through the gate run in that object's thread,
// and are dropped once the object is gone. Hold it as a member of the receiving object, so that it closes
// before the object's QObject part is torn down.
class ResultGate final
{
public:
    explicit ResultGate(QObject* receiver);
    ~ResultGate();
    ResultGate(const ResultGate&) = delete;
    ResultGate& operator=(const ResultGate&) = delete;

    // What a background thread keeps: it may outlive the gate.
    class Handle
    {
    public:
        // Queues call to run in the receiver's thread, unless the gate has closed. Any thread.
        void post(std::function<void()> call) const;

    private:
        friend class ResultGate;
        struct State
        {
            QMutex mutex;
            QObject* receiver = nullptr;
        };
        std::shared_ptr<State> m_state;
    };

    Handle handle() const { return m_handle; }
    // No call reaches the receiver after this, including calls already posted but not yet run.
    void close();

private:
    Handle m_handle;
};
