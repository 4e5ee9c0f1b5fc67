#pragma once

#include "ResultGate.h"

#include <thread>
#include <utility>

// Runs blocking work (a name lookup, the system proxy configuration, parsing a certificate store or a
// revocation list) on a thread of its own, so that no I/O thread and never the GUI thread waits for it, and
// hands the result back through a gate. The thread ends with the work; a result nobody waits for any more is
// dropped. Work must only read what it captured.
class BackgroundJob final
{
public:
    template<typename Work, typename Done>
    static void run(const ResultGate& gate, Work work, Done done)
    {
        std::thread([handle = gate.handle(), work = std::move(work), done = std::move(done)]() mutable {
            auto result = work();
            handle.post([done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); });
        }).detach();
    }
};
