#pragma once

#include "BlockPageRules.h"
#include "ConnectToMap.h"
#include "ExtraTrustStore.h"
#include "KnownChains.h"
#include "ProbeSettings.h"
#include "ProxyRoutes.h"
#include "PublicRoots.h"
#include "TlsChainAnalyzer.h"

#include <QSslConfiguration>

#include <memory>

// What every check of a run reads and none changes (but for the shared proxy answers), built once per run on a
// background thread (loading the trusted CAs takes a while) and shared by the worker threads.
struct ProbeContext
{
    explicit ProbeContext(const ProbeSettings& probeSettings);

    ProbeSettings settings;
    ProxyRoutes routes;
    ConnectToMap connectTo;
    QSslConfiguration sslConfiguration; // the system's, loaded lazily by Qt
    ExtraTrustStore extraTrust; // the user's extra CAs, checked when the system store finds no root
    QString systemProxy; // what the system configuration uses for https, for the report; empty = direct
    QString systemPacUrl; // the proxy auto-config script the system configuration names; empty = none
    TlsChainAnalyzer chainAnalyzer;
    mutable KnownChains knownChains; // the only state checks share: a thread-safe memo of the chain analysis
    std::shared_ptr<const BlockPageRules> blockPages;
    std::shared_ptr<const PublicRoots> publicRoots;
};
