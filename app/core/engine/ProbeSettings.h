#pragma once

#include "ExpectedRoot.h"
#include "ProxySetting.h"
#include "RunOptions.h"

#include <QList>
#include <QSslCertificate>

#include <memory>

class PacHost;
class PublicRoots;

// What every check of a run shares: how to connect, whom to trust, how long to wait.
struct ProbeSettings
{
    ProxySetting proxy;
    QList<ConnectToRule> connectTo;
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system store
    QList<ExpectedRoot> expectedRoots; // a trusted chain ending elsewhere means TLS inspection...
    std::shared_ptr<const PublicRoots> publicRoots; // ...unless at a root of this public set; null = the built-in set
    std::shared_ptr<PacHost> pacHost; // what a proxy auto-config script resolves with; null = the machine
    int timeoutMs = 10000; // per phase
    qint64 maxBodyBytes = qint64(20) * 1024 * 1024; // CRL and OCSP downloads
};
