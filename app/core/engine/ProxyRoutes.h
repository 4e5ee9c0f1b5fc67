#pragma once

#include "PacEvaluator.h"
#include "ProxyResolver.h"
#include "ProxySetting.h"
#include "ResultGate.h"

#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class PacHost;

// Where one check goes: direct, or through which proxy, and why (a note when a system proxy was unusable).
// With a proxy auto-config script, its decision: the answer and every route in it, tried in order.
struct RouteDecision
{
    std::optional<ProxyRoute> proxy;
    QString note;
    std::optional<PacDecision> pac;
};

// The proxy every check of a run goes through, looked up once per proxy setting, scheme, host and port: the
// system configuration (environment, WinHTTP/IE settings, PAC) can be slow to ask, so it is asked on a
// background thread, never on an I/O thread, and its answer is shared by every check that needs it. A proxy
// auto-config script given by the user runs on a thread of its own (PacEvaluator), made at its first use.
class ProxyRoutes final
{
public:
    // timeoutMs bounds a script's download and calls; pacHost answers its DNS and clock (null: the machine's).
    explicit ProxyRoutes(int timeoutMs = 10000, std::shared_ptr<PacHost> pacHost = {});
    ~ProxyRoutes();
    ProxyRoutes(const ProxyRoutes&) = delete;
    ProxyRoutes& operator=(const ProxyRoutes&) = delete;

    using Callback = std::function<void(const RouteDecision&)>;
    // Calls done with the decision: at once when it is known or needs no lookup, else through gate once the
    // lookup is done.
    void lookup(const ProxySetting& setting, const QString& scheme, const QString& host, quint16 port,
        const ResultGate& gate, Callback done) const;

    // The URL a script is asked about: what a browser passes for a connection to host:port.
    static QString pacUrl(const QString& scheme, const QString& host, quint16 port);

private:
    struct State;
    std::shared_ptr<State> m_state;
    int m_timeoutMs;
    std::shared_ptr<PacHost> m_pacHost;
    // One evaluator per script (the run's, a Power Automate component's), made under the state's mutex at its
    // first use; their threads hold only m_state.
    mutable std::map<QString, std::unique_ptr<PacEvaluator>> m_pacs;
};
