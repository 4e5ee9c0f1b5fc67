#include "ProxyAuthenticator.h"

#include "CurlLibrary.h"
#include "LogonIdentity.h"
#include "engine/HttpMessages.h"

#include <algorithm>
#include <array>
#include <functional>
#include <optional>

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

// What one CONNECT, or one request, with one scheme came to.
struct CurlTry
{
    CURLcode code = CURLE_OK;
    bool passed = false; // past the proxy: the tunnel is open, or an answer other than 407 came back
    long status = 0; // the proxy's last status: to CONNECT, or to the request
    QString error;
    QByteArray statusLine; // the proxy's last status line
    qintptr socket = -1; // the tunnel
    QByteArray answer; // the request's answer as it arrived
    bool timedOut = false;
};

struct CurlState
{
    curl_socket_t keep = CURL_SOCKET_BAD; // the tunnel handed over: curl must not close it
    QByteArray statusLine;
    QByteArray answer; // the last answer's header lines and body, as received
    qint64 maxBodyBytes = 0;
    qint64 bodyBytes = 0;
};

size_t onHeader(char* data, size_t size, size_t count, void* user)
{
    auto* state = static_cast<CurlState*>(user);
    const QByteArray raw(data, qsizetype(size * count));
    const QByteArray line = raw.trimmed();
    if (line.startsWith("HTTP/")) {
        // A new answer: earlier ones (a 407 with a challenge, 100 Continue) are part of the exchange, not of it.
        state->statusLine = line;
        state->answer.clear();
        state->bodyBytes = 0;
    }
    state->answer += raw;
    return size * count;
}

size_t onBody(char* data, size_t size, size_t count, void* user)
{
    auto* state = static_cast<CurlState*>(user);
    const qint64 bytes = qint64(size) * qint64(count);
    // One byte past the cap shows the body went on; then the transfer stops.
    const qint64 room = state->maxBodyBytes + 1 - state->bodyBytes;
    const qint64 taken = std::min(bytes, std::max<qint64>(room, 0));
    state->answer.append(data, qsizetype(taken));
    state->bodyBytes += taken;
    return taken < bytes ? 0 : size * count;
}

int onCloseSocket(void* user, curl_socket_t socket)
{
    const auto* state = static_cast<CurlState*>(user);
    if (socket == state->keep)
        return 0;
    return TunnelSocket::closeNative(qintptr(socket));
}

// The options every exchange with the proxy shares: where it is, the one scheme to use and as whom, the bounds.
void setCommonOptions(const CurlLibrary& lib, CURL* curl, unsigned long scheme, int timeoutMs, const QByteArray& proxy,
    const QByteArray& userName, const QByteArray& password, char* errors, CurlState* state)
{
    lib.setOption(curl, CURLOPT_PROXY, proxy.constData());
    lib.setOption(curl, CURLOPT_PROXYTYPE, long(CURLPROXY_HTTP));
    lib.setOption(curl, CURLOPT_NOPROXY, ""); // the environment's no_proxy does not apply: the route is chosen
    lib.setOption(curl, CURLOPT_PROXYAUTH, scheme);
    // An empty user: the signed-in user's credentials (GSSAPI's credential cache, SSPI's logon session).
    lib.setOption(curl, CURLOPT_PROXYUSERNAME, userName.constData());
    lib.setOption(curl, CURLOPT_PROXYPASSWORD, password.constData());
    lib.setOption(curl, CURLOPT_USERAGENT, "netready/" NETREADY_VERSION);
    lib.setOption(curl, CURLOPT_CONNECTTIMEOUT_MS, long(timeoutMs));
    lib.setOption(curl, CURLOPT_TIMEOUT_MS, long(timeoutMs));
    lib.setOption(curl, CURLOPT_NOSIGNAL, 1L);
    lib.setOption(curl, CURLOPT_ERRORBUFFER, errors);
    lib.setOption(curl, CURLOPT_HEADERFUNCTION, &onHeader);
    lib.setOption(curl, CURLOPT_HEADERDATA, state);
}

QByteArray proxyUrl(const ProxyRoute& route)
{
    return "http://" + HttpMessages::hostForHeader(route.host) + ':' + QByteArray::number(route.port);
}

void concludeTry(const CurlLibrary& lib, CurlTry& result, const CurlState& state, const char* errors)
{
    result.statusLine = state.statusLine;
    result.error = QString::fromUtf8(errors).trimmed();
    if (result.error.isEmpty())
        result.error = QString::fromUtf8(lib.strerror(result.code));
}

CurlTry connectWith(const CurlLibrary& lib, const ProxyAuthRequest& request, unsigned long scheme)
{
    CurlTry result;
    CurlState state;
    CURL* curl = lib.easyInit();
    if (!curl) {
        result.code = CURLE_FAILED_INIT;
        result.error = QStringLiteral("curl_easy_init failed");
        return result;
    }
    char errors[CURL_ERROR_SIZE] = {};
    // http:// so that curl stops after the tunnel: TLS is Netready's own phase.
    const QByteArray url = "http://" + HttpMessages::hostForHeader(request.targetHost) + ':'
        + QByteArray::number(request.targetPort) + '/';
    const QByteArray proxy = proxyUrl(request.proxy);
    const QByteArray userName = request.proxy.user.toUtf8();
    const QByteArray password = request.proxy.password.toUtf8();
    lib.setOption(curl, CURLOPT_URL, url.constData());
    setCommonOptions(lib, curl, scheme, request.timeoutMs, proxy, userName, password, errors, &state);
    lib.setOption(curl, CURLOPT_HTTPPROXYTUNNEL, 1L);
    lib.setOption(curl, CURLOPT_CONNECT_ONLY, 1L);
    lib.setOption(curl, CURLOPT_CLOSESOCKETFUNCTION, &onCloseSocket);
    lib.setOption(curl, CURLOPT_CLOSESOCKETDATA, &state);

    result.code = lib.perform(curl);
    lib.info(curl, CURLINFO_HTTP_CONNECTCODE, &result.status);
    if (result.code == CURLE_OK) {
        curl_socket_t socket = CURL_SOCKET_BAD;
        if (lib.info(curl, CURLINFO_ACTIVESOCKET, &socket) == CURLE_OK && socket != CURL_SOCKET_BAD) {
            state.keep = socket;
            result.socket = qintptr(socket);
            result.passed = true;
        } else {
            result.code = CURLE_COULDNT_CONNECT;
        }
    }
    concludeTry(lib, result, state, errors);
    lib.cleanup(curl);
    return result;
}

CurlTry requestWith(const CurlLibrary& lib, const ProxyFetchRequest& request, unsigned long scheme)
{
    CurlTry result;
    CurlState state;
    state.maxBodyBytes = request.maxBodyBytes;
    CURL* curl = lib.easyInit();
    if (!curl) {
        result.code = CURLE_FAILED_INIT;
        result.error = QStringLiteral("curl_easy_init failed");
        return result;
    }
    char errors[CURL_ERROR_SIZE] = {};
    const QByteArray target = request.target.isEmpty() ? QByteArray("/") : request.target;
    const QByteArray url = "http://" + HttpMessages::hostForHeader(request.targetHost) + ':'
        + QByteArray::number(request.targetPort) + target;
    const QByteArray proxy = proxyUrl(request.proxy);
    const QByteArray userName = request.proxy.user.toUtf8();
    const QByteArray password = request.proxy.password.toUtf8();
    // The Host header names the service, as the request without credentials did (connect-to may point the URI
    // elsewhere).
    const QByteArray host = "Host: " + HttpMessages::hostHeaderValue(request.host, request.port);
    const QByteArray contentType = "Content-Type: " + request.contentType;
    curl_slist* headers = lib.append(nullptr, host.constData());
    headers = lib.append(headers, "Accept: */*");
    headers = lib.append(headers, "Expect:"); // no 100-continue round trip
    if (!request.body.isEmpty())
        headers = lib.append(headers, contentType.constData());
    lib.setOption(curl, CURLOPT_URL, url.constData());
    setCommonOptions(lib, curl, scheme, request.timeoutMs, proxy, userName, password, errors, &state);
    lib.setOption(curl, CURLOPT_HTTPHEADER, headers);
    lib.setOption(curl, CURLOPT_CUSTOMREQUEST, request.method.constData());
    if (!request.body.isEmpty()) {
        lib.setOption(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
        lib.setOption(curl, CURLOPT_POSTFIELDS, request.body.constData());
    }
    // The body as it arrived: Netready's own parser reads chunks, lengths and the end of the answer.
    lib.setOption(curl, CURLOPT_HTTP_TRANSFER_DECODING, 0L);
    lib.setOption(curl, CURLOPT_WRITEFUNCTION, &onBody);
    lib.setOption(curl, CURLOPT_WRITEDATA, &state);

    result.code = lib.perform(curl);
    lib.info(curl, CURLINFO_RESPONSE_CODE, &result.status);
    // An answer other than the proxy's 407 got past the proxy, whole, cut at the cap, or cut by the timeout.
    const bool ended = result.code == CURLE_OK || result.code == CURLE_WRITE_ERROR
        || result.code == CURLE_OPERATION_TIMEDOUT || result.code == CURLE_PARTIAL_FILE
        || result.code == CURLE_RECV_ERROR || result.code == CURLE_GOT_NOTHING;
    result.passed = ended && result.status > 0 && result.status != 407;
    result.timedOut = result.code == CURLE_OPERATION_TIMEDOUT;
    result.answer = state.answer;
    concludeTry(lib, result, state, errors);
    lib.cleanup(curl);
    lib.freeAll(headers);
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

namespace {
// Tries the schemes the user allows and the proxy offers, strongest first, each through attempt, and records in
// info how each fared. Returns the attempt that got past the proxy, if one did.
std::optional<CurlTry> trySchemes(const CurlLibrary& lib, const ProxyRoute& proxy, const QStringList& offered,
    ProxyAuthInfo& info, QStringList& evidence, bool tunnel, const std::function<CurlTry(unsigned long)>& attempt)
{
    info.offered = offered;
    const ProxyAuthMode mode = proxy.authMode;
    const QString& typedUser = proxy.user;
    using Outcome = ProxyAuthAttempt::Outcome;
    const auto record = [&info](const char* scheme, Outcome outcome, const QString& detail) {
        info.attempts << ProxyAuthAttempt {QString::fromLatin1(scheme), outcome, detail};
    };

    for (const Scheme& scheme : kSchemes) {
        if (mode != ProxyAuthMode::Auto && mode != scheme.mode)
            continue;
        if (!offers(offered, scheme.name)) {
            if (mode == scheme.mode)
                record(scheme.name, Outcome::NotOffered,
                    ProxyAuthenticator::tr("not tried: the proxy does not offer it (it offers %1)")
                        .arg(offered.join(QStringLiteral(", "))));
            continue;
        }
        if (!lib.isLoaded()) {
            record(scheme.name, Outcome::LibraryMissing, ProxyAuthenticator::tr("not tried: %1").arg(lib.problem()));
            if (!evidence.contains(lib.loaderError()))
                evidence << lib.loaderError();
            continue;
        }
        if (!lib.has(scheme.curlFeature)) {
            record(scheme.name, Outcome::NotSupported,
                ProxyAuthenticator::tr("not tried: this build of libcurl cannot do it"));
            continue;
        }
        QString as = typedUser;
        if (scheme.mode == ProxyAuthMode::Negotiate) {
            const LogonIdentity::Kerberos kerberos = LogonIdentity::kerberos();
            if (!kerberos.ticket) {
                record(scheme.name, Outcome::NoTicket, ProxyAuthenticator::tr("not tried: %1").arg(kerberos.problem));
                continue;
            }
            if (typedUser.isEmpty() || !kerberos.principal.isEmpty())
                as = kerberos.principal;
        } else if (typedUser.isEmpty()) {
            const QString fallback = scheme.mode == ProxyAuthMode::Ntlm ? LogonIdentity::ntlmDefaultUser() : QString();
            if (fallback.isEmpty()) {
                record(scheme.name, Outcome::NoCredentials,
                    ProxyAuthenticator::tr(
                        "not tried: it needs a user name (DOMAIN\\user for NTLM) and a password, and none was given"));
                continue;
            }
            as = fallback;
        }
        const CurlTry result = attempt(scheme.curlBit);
        const QString answer = result.statusLine.isEmpty() ? ProxyAuthenticator::tr("no answer")
                                                           : QString::fromLatin1(result.statusLine);
        evidence << (tunnel ? ProxyAuthenticator::tr("proxy CONNECT with %1: %2")
                            : ProxyAuthenticator::tr("proxy request with %1: %2"))
                        .arg(QString::fromLatin1(scheme.name), answer);
        if (result.passed) {
            record(scheme.name, Outcome::Ok, ProxyAuthenticator::tr("authenticated as %1").arg(as));
            info.used = QString::fromLatin1(scheme.name);
            info.as = as;
            return result;
        }
        if (result.status == 407) {
            record(scheme.name, Outcome::Rejected,
                scheme.mode == ProxyAuthMode::Negotiate
                    ? ProxyAuthenticator::tr("the proxy rejected the Kerberos ticket of %1").arg(as)
                    : ProxyAuthenticator::tr("the proxy rejected the credentials of %1 (wrong user name or password)")
                          .arg(as));
            continue;
        }
        record(scheme.name, Outcome::Failed,
            result.status > 0 ? ProxyAuthenticator::tr("the proxy answered %1").arg(answer) : result.error);
    }
    // Schemes the proxy offers that Netready has no mechanism for.
    if (mode == ProxyAuthMode::Auto) {
        for (const QString& name : offered) {
            const bool known = std::any_of(kSchemes.begin(), kSchemes.end(),
                [&name](const Scheme& s) { return name.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0; });
            if (!known)
                info.attempts << ProxyAuthAttempt {
                    name, Outcome::NotSupported, ProxyAuthenticator::tr("not supported by Netready")};
        }
    }
    return std::nullopt;
}
} // namespace

ProxyAuthResult ProxyAuthenticator::open(const ProxyAuthRequest& request)
{
    return open(request, CurlLibrary::system());
}

ProxyAuthResult ProxyAuthenticator::open(const ProxyAuthRequest& request, const CurlLibrary& curl)
{
    ProxyAuthResult result;
    const std::optional<CurlTry> passed = trySchemes(curl, request.proxy, request.offered, result.info, result.evidence,
        true, [&](unsigned long scheme) { return connectWith(curl, request, scheme); });
    if (passed)
        result.socket = std::make_shared<TunnelSocket>(passed->socket);
    return result;
}

ProxyFetchResult ProxyAuthenticator::fetch(const ProxyFetchRequest& request)
{
    return fetch(request, CurlLibrary::system());
}

ProxyFetchResult ProxyAuthenticator::fetch(const ProxyFetchRequest& request, const CurlLibrary& curl)
{
    ProxyFetchResult result;
    const std::optional<CurlTry> passed = trySchemes(curl, request.proxy, request.offered, result.info, result.evidence,
        false, [&](unsigned long scheme) { return requestWith(curl, request, scheme); });
    if (passed) {
        result.answered = true;
        result.answer = passed->answer;
        result.timedOut = passed->timedOut;
    }
    return result;
}

QString ProxyAuthenticator::describeFailure(const ProxyAuthInfo& info, const QString& proxy)
{
    const QString offered = info.offered.isEmpty() ? tr("no scheme named") : info.offered.join(QStringLiteral(", "));
    if (info.turnedOff)
        return tr("the proxy %1 wants authentication (%2); authentication is turned off").arg(proxy, offered);
    QStringList tried;
    // The schemes not tried for want of libcurl share one reason: said once, where the first of them stands.
    QStringList withoutLibrary;
    qsizetype libraryAt = -1;
    QString libraryDetail;
    for (const ProxyAuthAttempt& attempt : info.attempts) {
        if (attempt.outcome == ProxyAuthAttempt::Outcome::LibraryMissing) {
            if (libraryAt < 0) {
                libraryAt = tried.size();
                tried << QString();
            }
            withoutLibrary << attempt.scheme;
            libraryDetail = attempt.detail;
            continue;
        }
        tried << QStringLiteral("%1: %2").arg(attempt.scheme, attempt.detail);
    }
    if (libraryAt >= 0)
        tried[libraryAt] = QStringLiteral("%1: %2").arg(withoutLibrary.join(QStringLiteral(", ")), libraryDetail);
    if (tried.isEmpty())
        return tr("the proxy %1 wants authentication (%2), and no scheme could be tried").arg(proxy, offered);
    return tr("the proxy %1 wants authentication (%2), and no scheme succeeded: %3")
        .arg(proxy, offered, tried.join(QStringLiteral("; ")));
}
