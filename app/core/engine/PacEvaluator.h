#pragma once

#include "proxy/PacAnswer.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <thread>

class PacHost;

// What the proxy auto-config script decided for one URL: its answer and the routes in it, or why it gave none.
struct PacDecision
{
    QString location; // where the script came from, for display
    QString returned;
    QList<PacRoute> routes;
    QStringList notes; // entries passed over
    QString error; // set: the script could not be loaded or gave no usable answer
};

// Runs one proxy auto-config script for a run on a thread of its own: downloads it once, then answers one
// URL at a time (a JavaScript engine belongs to one thread). Every answer is bounded: the download by the
// timeout, each call by the script's bound; once a call has timed out, later ones fail at once, so a script
// that loops costs one bound, not one per host. Destruction interrupts the script and waits for the thread.
class PacEvaluator final
{
    Q_DECLARE_TR_FUNCTIONS(PacEvaluator)

public:
    // host null: the machine's resolver and clock.
    PacEvaluator(QUrl location, int timeoutMs, std::shared_ptr<PacHost> host = {});
    ~PacEvaluator();
    PacEvaluator(const PacEvaluator&) = delete;
    PacEvaluator& operator=(const PacEvaluator&) = delete;

    // The bound of one call of the script, derived from the per-phase timeout.
    static int scriptBoundMs(int timeoutMs);

    using Callback = std::function<void(const PacDecision&)>;
    // done runs on the evaluator's thread; it must only hand the decision on.
    void evaluate(const QString& url, const QString& host, Callback done);

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    std::thread m_thread;
};
