#pragma once

#include "ProxyAuth.h"
#include "TunnelSocket.h"
#include "engine/ProxyResolver.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class CurlLibrary;

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

// One plain-HTTP request (a CRL or OCSP download, an http:// probe) to send through a proxy that asked for
// authentication, in absolute form, with the schemes the proxy offered on the first, unauthenticated request.
struct ProxyFetchRequest
{
    ProxyRoute proxy;
    QString targetHost; // where the absolute URI points (connect-to applied)
    quint16 targetPort = 80;
    QString host; // for the Host header: the name the service knows
    quint16 port = 80;
    QByteArray method = "GET";
    QByteArray target = "/"; // origin form, already percent-encoded
    QByteArray body;
    QByteArray contentType;
    QStringList offered;
    qint64 maxBodyBytes = 0; // the body is read this far, and a byte more to show it went on
    int timeoutMs = 10000;
};

// The proxy's answer once a scheme got past it, and how every scheme tried fared.
struct ProxyFetchResult
{
    ProxyAuthInfo info;
    QStringList evidence;
    bool answered = false; // a scheme succeeded: answer holds what came back
    QByteArray answer; // status line, headers and body as they arrived (chunks not decoded)
    bool timedOut = false; // the answer was still arriving when the timeout passed
};

// Opens an authenticated CONNECT tunnel with libcurl (which speaks Negotiate through GSSAPI or SSPI, NTLM,
// Digest and Basic), trying the offered schemes from the strongest down until one succeeds, and hands over the
// connected socket. Blocks: run it on a background thread.
class ProxyAuthenticator final
{
    Q_DECLARE_TR_FUNCTIONS(ProxyAuthenticator)

public:
    // With the system's libcurl, loaded on first use (CurlLibrary::system()); when it cannot be loaded, no scheme
    // is tried and each says why.
    static ProxyAuthResult open(const ProxyAuthRequest& request);
    static ProxyAuthResult open(const ProxyAuthRequest& request, const CurlLibrary& curl);
    // Sends a plain-HTTP request through the proxy with the same schemes, in the same order, as open(); the
    // answer is the service's (or the proxy's own refusal other than 407), for the caller to judge.
    static ProxyFetchResult fetch(const ProxyFetchRequest& request);
    static ProxyFetchResult fetch(const ProxyFetchRequest& request, const CurlLibrary& curl);
    // The scheme names in Proxy-Authenticate values ("Digest realm=..." -> "Digest"), in order, once each.
    static QStringList schemesOf(const QList<QByteArray>& challenges);
    // The detail of a check whose proxy authentication failed: what was offered and why each scheme failed.
    static QString describeFailure(const ProxyAuthInfo& info, const QString& proxy);
};
