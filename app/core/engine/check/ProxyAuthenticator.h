#pragma once

#include "ProxyAuth.h"
#include "TunnelSocket.h"
#include "engine/ProxyResolver.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

// What opening an authenticated tunnel needs: the proxy with the user's choice and credentials, the target, and
// the schemes the proxy offered on the first, unauthenticated CONNECT.
struct ProxyAuthRequest
{
    ProxyRoute proxy;
    QString targetHost;
    quint16 targetPort = 0;
    QStringList offered;
    int timeoutMs = 10000;
};

// The tunnel, if a scheme succeeded, and how every scheme tried fared.
struct ProxyAuthResult
{
    ProxyAuthInfo info;
    std::shared_ptr<TunnelSocket> socket; // null: no scheme succeeded
    QStringList evidence;
};

// Opens an authenticated CONNECT tunnel with libcurl (which speaks Negotiate through GSSAPI or SSPI, NTLM,
// Digest and Basic), trying the offered schemes from the strongest down until one succeeds, and hands over the
// connected socket. Blocks: run it on a background thread.
class ProxyAuthenticator final
{
    Q_DECLARE_TR_FUNCTIONS(ProxyAuthenticator)

public:
    static ProxyAuthResult open(const ProxyAuthRequest& request);
    // The scheme names in Proxy-Authenticate values ("Digest realm=..." -> "Digest"), in order, once each.
    static QStringList schemesOf(const QList<QByteArray>& challenges);
    // The detail of a check whose proxy authentication failed: what was offered and why each scheme failed.
    static QString describeFailure(const ProxyAuthInfo& info, const QString& proxy);
};
