#include "ProxyAuthenticator.h"

#include "LogonIdentity.h"
#include "engine/HttpMessages.h"

#include <algorithm>
#include <array>
#include <curl/curl.h>
#include <mutex>

namespace {
// The schemes Netready can use, strongest first, with what libcurl calls them and needs to have been built with.
struct Scheme
{
    ProxyAuthMode mode;
    const char* name;
    unsigned long curlBit;
    int curlFeature; // 0: always there
};
constexpr std::array<Scheme, 4> kSchemes {{
    {ProxyAuthMode::Negotiate, "Negotiate", CURLAUTH_NEGOTIATE, CURL_VERSION_SPNEGO},
    {ProxyAuthMode::Ntlm, "NTLM", CURLAUTH_NTLM, CURL_VERSION_NTLM},
    {ProxyAuthMode::Digest, "Digest", CURLAUTH_DIGEST, 0},
    {ProxyAuthMode::Basic, "Basic", CURLAUTH_BASIC, 0},
}};

void initialiseCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

bool curlHas(int feature)
{
    return feature == 0 || (curl_version_info(CURLVERSION_NOW)->features & feature) != 0;
}

// What one CONNECT with one scheme came to.
struct CurlTry
{
    CURLcode code = CURLE_OK;
    long connectStatus = 0;
    QString error;
    QByteArray statusLine; // the proxy's last answer to CONNECT
    qintptr socket = -1;
};

struct CurlState
{
    curl_socket_t keep = CURL_SOCKET_BAD; // the tunnel handed over: curl must not close it
    QByteArray statusLine;
};

size_t onHeader(char* data, size_t size, size_t count, void* user)
{
    auto* state = static_cast<CurlState*>(user);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.startsWith("HTTP/"))
        state->statusLine = line;
    return size * count;
}

int onCloseSocket(void* user, curl_socket_t socket)
{
    const auto* state = static_cast<CurlState*>(user);
    if (socket == state->keep)
        return 0;
    return TunnelSocket::closeNative(qintptr(socket));
}

CurlTry connectWith(const ProxyAuthRequest& request, const Scheme& scheme)
{
    initialiseCurl();
    CurlTry result;
    CurlState state;
    CURL* curl = curl_easy_init();
    if (!curl) {
        result.code = CURLE_FAILED_INIT;
        result.error = QStringLiteral("curl_easy_init failed");
        return result;
    }
    char errors[CURL_ERROR_SIZE] = {};
    // http:// so that curl stops after the tunnel: TLS is Netready's own phase.
    const QByteArray url = "http://" + HttpMessages::hostForHeader(request.targetHost) + ':'
        + QByteArray::number(request.targetPort) + '/';
    const QByteArray proxy
        = "http://" + HttpMessages::hostForHeader(request.proxy.host) + ':' + QByteArray::number(request.proxy.port);
    const QByteArray userName = request.proxy.user.toUtf8();
    const QByteArray password = request.proxy.password.toUtf8();
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_PROXY, proxy.constData());
    curl_easy_setopt(curl, CURLOPT_PROXYTYPE, long(CURLPROXY_HTTP));
    curl_easy_setopt(curl, CURLOPT_NOPROXY, ""); // the environment's no_proxy does not apply: the route is chosen
    curl_easy_setopt(curl, CURLOPT_HTTPPROXYTUNNEL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECT_ONLY, 1L);
    curl_easy_setopt(curl, CURLOPT_PROXYAUTH, scheme.curlBit);
    // An empty user: the signed-in user's credentials (GSSAPI's credential cache, SSPI's logon session).
    curl_easy_setopt(curl, CURLOPT_PROXYUSERNAME, userName.constData());
    curl_easy_setopt(curl, CURLOPT_PROXYPASSWORD, password.constData());
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "netready/" NETREADY_VERSION);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(request.timeoutMs));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(request.timeoutMs));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errors);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &state);
    curl_easy_setopt(curl, CURLOPT_CLOSESOCKETFUNCTION, &onCloseSocket);
    curl_easy_setopt(curl, CURLOPT_CLOSESOCKETDATA, &state);

    result.code = curl_easy_perform(curl);
    curl_easy_getinfo(curl, CURLINFO_HTTP_CONNECTCODE, &result.connectStatus);
    result.statusLine = state.statusLine;
    if (result.code == CURLE_OK) {
        curl_socket_t socket = CURL_SOCKET_BAD;
        if (curl_easy_getinfo(curl, CURLINFO_ACTIVESOCKET, &socket) == CURLE_OK && socket != CURL_SOCKET_BAD) {
            state.keep = socket;
            result.socket = qintptr(socket);
        } else {
            result.code = CURLE_COULDNT_CONNECT;
        }
    }
    result.error = QString::fromUtf8(errors).trimmed();
    if (result.error.isEmpty())
        result.error = QString::fromUtf8(curl_easy_strerror(result.code));
    curl_easy_cleanup(curl);
    return result;
}

bool offers(const QStringList& offered, const char* scheme)
{
    return offered.contains(QLatin1String(scheme), Qt::CaseInsensitive);
}
} // namespace

QStringList ProxyAuthenticator::schemesOf(const QList<QByteArray>& challenges)
{
    QStringList schemes;
    for (const QByteArray& challenge : challenges) {
        const QByteArray name = challenge.trimmed().split(' ').constFirst().trimmed();
        if (name.isEmpty())
            continue;
        // The proxy's spelling, but one entry per scheme whatever its case.
        QString scheme = QString::fromLatin1(name);
        for (const Scheme& known : kSchemes) {
            if (scheme.compare(QLatin1String(known.name), Qt::CaseInsensitive) == 0)
                scheme = QString::fromLatin1(known.name);
        }
        if (!schemes.contains(scheme))
            schemes << scheme;
    }
    return schemes;
}

ProxyAuthResult ProxyAuthenticator::open(const ProxyAuthRequest& request)
{
    ProxyAuthResult result;
    ProxyAuthInfo& info = result.info;
    info.offered = request.offered;
    const ProxyAuthMode mode = request.proxy.authMode;
    const QString& typedUser = request.proxy.user;
    using Outcome = ProxyAuthAttempt::Outcome;
    const auto record = [&info](const char* scheme, Outcome outcome, const QString& detail) {
        info.attempts << ProxyAuthAttempt {QString::fromLatin1(scheme), outcome, detail};
    };

    for (const Scheme& scheme : kSchemes) {
        if (mode != ProxyAuthMode::Auto && mode != scheme.mode)
            continue;
        if (!offers(request.offered, scheme.name)) {
            if (mode == scheme.mode)
                record(scheme.name, Outcome::NotOffered,
                    tr("not tried: the proxy does not offer it (it offers %1)")
                        .arg(request.offered.join(QStringLiteral(", "))));
            continue;
        }
        if (!curlHas(scheme.curlFeature)) {
            record(scheme.name, Outcome::NotSupported, tr("not tried: this build of libcurl cannot do it"));
            continue;
        }
        QString as = typedUser;
        if (scheme.mode == ProxyAuthMode::Negotiate) {
            const LogonIdentity::Kerberos kerberos = LogonIdentity::kerberos();
            if (!kerberos.ticket) {
                record(scheme.name, Outcome::NoTicket, tr("not tried: %1").arg(kerberos.problem));
                continue;
            }
            if (typedUser.isEmpty() || !kerberos.principal.isEmpty())
                as = kerberos.principal;
        } else if (typedUser.isEmpty()) {
            const QString fallback = scheme.mode == ProxyAuthMode::Ntlm ? LogonIdentity::ntlmDefaultUser() : QString();
            if (fallback.isEmpty()) {
                record(scheme.name, Outcome::NoCredentials,
                    tr("not tried: it needs a user name (DOMAIN\\user for NTLM) and a password, and none was given"));
                continue;
            }
            as = fallback;
        }
        const CurlTry attempt = connectWith(request, scheme);
        const QString answer = attempt.statusLine.isEmpty() ? tr("no answer") : QString::fromLatin1(attempt.statusLine);
        result.evidence << tr("proxy CONNECT with %1: %2").arg(QString::fromLatin1(scheme.name), answer);
        if (attempt.code == CURLE_OK && attempt.socket != -1) {
            record(scheme.name, Outcome::Ok, tr("authenticated as %1").arg(as));
            info.used = QString::fromLatin1(scheme.name);
            info.as = as;
            result.socket = std::make_shared<TunnelSocket>(attempt.socket);
            return result;
        }
        if (attempt.connectStatus == 407) {
            record(scheme.name, Outcome::Rejected,
                scheme.mode == ProxyAuthMode::Negotiate
                    ? tr("the proxy rejected the Kerberos ticket of %1").arg(as)
                    : tr("the proxy rejected the credentials of %1 (wrong user name or password)").arg(as));
            continue;
        }
        record(scheme.name, Outcome::Failed,
            attempt.connectStatus > 0 ? tr("the proxy answered %1").arg(answer) : attempt.error);
    }
    // Schemes the proxy offers that Netready has no mechanism for.
    if (mode == ProxyAuthMode::Auto) {
        for (const QString& offered : request.offered) {
            const bool known = std::any_of(kSchemes.begin(), kSchemes.end(), [&offered](const Scheme& s) {
                return offered.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0;
            });
            if (!known)
                info.attempts << ProxyAuthAttempt {offered, Outcome::NotSupported, tr("not supported by Netready")};
        }
    }
    return result;
}

QString ProxyAuthenticator::describeFailure(const ProxyAuthInfo& info, const QString& proxy)
{
    const QString offered = info.offered.isEmpty() ? tr("no scheme named") : info.offered.join(QStringLiteral(", "));
    if (info.turnedOff)
        return tr("the proxy %1 wants authentication (%2); authentication is turned off").arg(proxy, offered);
    QStringList tried;
    for (const ProxyAuthAttempt& attempt : info.attempts)
        tried << QStringLiteral("%1: %2").arg(attempt.scheme, attempt.detail);
    if (tried.isEmpty())
        return tr("the proxy %1 wants authentication (%2), and no scheme could be tried").arg(proxy, offered);
    return tr("the proxy %1 wants authentication (%2), and no scheme succeeded: %3")
        .arg(proxy, offered, tried.join(QStringLiteral("; ")));
}
