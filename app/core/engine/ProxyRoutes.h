#pragma once

#include "ProxyResolver.h"
#include "ProxySetting.h"
#include "ResultGate.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

// Where one check goes: direct, or through which proxy, and why (a note when a system proxy was unusable).
struct RouteDecision
{
    std::optional<ProxyRoute> proxy;
    QString note;
};

// The proxy every check of a run goes through, looked up once per proxy setting, scheme, host and port: the
// system configuration (environment, WinHTTP/IE settings, PAC) can be slow to ask, so it is asked on a
// background thread, never on an I/O thread, and its answer is shared by every check that needs it.
class ProxyRoutes final
{
public:
    ProxyRoutes();
    ~ProxyRoutes();
    ProxyRoutes(const ProxyRoutes&) = delete;
    ProxyRoutes& operator=(const ProxyRoutes&) = delete;

    using Callback = std::function<void(const RouteDecision&)>;
    // Calls done with the decision: at once when it is known or needs no lookup, else through gate once the
    // lookup is done.
    void lookup(const ProxySetting& setting, const QString& scheme, const QString& host, quint16 port,
        const ResultGate& gate, Callback done) const;

private:
    struct State;
    std::shared_ptr<State> m_state;
};
