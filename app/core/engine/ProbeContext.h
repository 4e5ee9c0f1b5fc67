#pragma once

#include "ExtraTrustStore.h"
#include "ProbeSettings.h"
#include "ProxyResolver.h"
#include "TlsChainAnalyzer.h"

#include <QSslConfiguration>

// What every check of a run reads and none changes, built once per run and shared by the worker threads.
struct ProbeContext
{
    explicit ProbeContext(const ProbeSettings& probeSettings);

    ProbeSettings settings;
    ProxyResolver proxyResolver;
    QSslConfiguration sslConfiguration; // the system's, loaded lazily by Qt
    ExtraTrustStore extraTrust; // the user's extra CAs, checked when the system store finds no root
    QString systemProxy; // what the system configuration uses for https, for the report; empty = direct
    TlsChainAnalyzer chainAnalyzer;
};
