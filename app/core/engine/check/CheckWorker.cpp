#include "CheckWorker.h"

#include "CheckRunner.h"
#include "engine/ProbeContext.h"

void CheckWorker::run(const CheckRequest& request, const std::shared_ptr<const ProbeContext>& context)
{
    auto* runner = new CheckRunner(request, context, &m_tlsContexts, this);
    connect(runner, &CheckRunner::finished, this, [this, runner](const CheckResult& result) {
        runner->deleteLater();
        emit checkFinished(result);
    });
    runner->start();
}

void CheckWorker::cancelAll()
{
    const QList<CheckRunner*> runners = findChildren<CheckRunner*>(Qt::FindDirectChildrenOnly);
    for (CheckRunner* runner : runners)
        delete runner; // aborts its sockets and lookups
}
