#pragma once

#include "CheckResult.h"
#include "TlsContextShare.h"
#include "engine/CheckRequest.h"

#include <QObject>

#include <memory>

struct ProbeContext;

// Lives in one worker thread and runs the checks handed to it there, many at once, each on its own sockets.
class CheckWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckWorker)

public:
    CheckWorker() = default;

    void run(const CheckRequest& request, const std::shared_ptr<const ProbeContext>& context);
    // Drops every running check at once; none reports afterwards.
    void cancelAll();

signals:
    void checkFinished(const CheckResult& result);

private:
    TlsContextShare m_tlsContexts;
};
