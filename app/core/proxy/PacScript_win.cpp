#include "PacScript.h"

#include <QLocale>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <future>
#include <mutex>
#include <thread>
#include <windows.h>
#include <winhttp.h>

namespace {
QString describeWinHttpError(DWORD code, int boundMs)
{
    switch (code) {
    case ERROR_WINHTTP_BAD_AUTO_PROXY_SCRIPT:
        return PacScript::tr("WinHTTP reports an error in the script (a syntax error, or it threw)");
    case ERROR_WINHTTP_UNABLE_TO_DOWNLOAD_SCRIPT:
        return PacScript::tr("WinHTTP could not download the script (it reads http:// and https:// URLs only)");
    case ERROR_WINHTTP_TIMEOUT:
        return PacScript::tr("the script did not return within %1 s").arg(QLocale().toString(boundMs / 1000.0, 'g', 3));
    case ERROR_WINHTTP_AUTODETECTION_FAILED:
        return PacScript::tr("WinHTTP found no script");
    default:
        return PacScript::tr("WinHTTP error %1").arg(code);
    }
}

// WinHTTP's "a:8080;b:8080" (or with scheme= prefixes) as a script writes it: "PROXY a:8080; PROXY b:8080".
QString asPacAnswer(const WINHTTP_PROXY_INFO& info)
{
    if (info.dwAccessType == WINHTTP_ACCESS_TYPE_NO_PROXY || !info.lpszProxy)
        return QStringLiteral("DIRECT");
    // Split without QRegularExpression: this runs on the evaluator's own std::thread, and in a MinGW build the
    // thread_local PCRE2 JIT stack that a match registers in Qt Core is destroyed after that thread's
    // thread-local storage has been freed, which crashes the thread as it ends (now and then, as the freed
    // memory is reused or not).
    QStringList entries;
    const QString list = QString::fromWCharArray(info.lpszProxy).replace(QLatin1Char(';'), QLatin1Char(' '));
    for (QString entry : list.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (entry.contains(QLatin1Char('=')))
            entry = entry.section(QLatin1Char('='), 1);
        entries << (entry.compare(QLatin1String("DIRECT"), Qt::CaseInsensitive) == 0
                ? QStringLiteral("DIRECT")
                : QStringLiteral("PROXY ") + entry);
    }
    return entries.join(QStringLiteral("; "));
}
// WinHTTP reads scripts from http:// and https:// URLs only. A script in a file is run by the engine Windows
// keeps for scripts it has already read, jsproxy.dll's (the one WinINet uses), given the text Netready read:
// one script per process at a time, and no bound of its own.
struct AUTO_PROXY_SCRIPT_BUFFER_
{
    DWORD dwStructSize;
    LPSTR lpszScriptBuffer;
    DWORD dwScriptBufferSize;
};
using InitializeFn = BOOL(WINAPI*)(DWORD, LPSTR, LPSTR, void*, AUTO_PROXY_SCRIPT_BUFFER_*);
using GetProxyInfoFn = BOOL(WINAPI*)(LPCSTR, DWORD, LPSTR, DWORD, LPSTR*, LPDWORD);
using DeInitializeFn = BOOL(WINAPI*)(LPSTR, DWORD);

struct JsProxy
{
    HMODULE module = nullptr;
    InitializeFn initialize = nullptr;
    GetProxyInfoFn getProxyInfo = nullptr;
    DeInitializeFn deInitialize = nullptr;
};

const JsProxy& jsProxy()
{
    static const JsProxy functions = [] {
        JsProxy f;
        f.module = LoadLibraryW(L"jsproxy.dll");
        if (f.module) {
            f.initialize = reinterpret_cast<InitializeFn>(
                reinterpret_cast<void*>(GetProcAddress(f.module, "InternetInitializeAutoProxyDll")));
            f.getProxyInfo = reinterpret_cast<GetProxyInfoFn>(
                reinterpret_cast<void*>(GetProcAddress(f.module, "InternetGetProxyInfo")));
            f.deInitialize = reinterpret_cast<DeInitializeFn>(
                reinterpret_cast<void*>(GetProcAddress(f.module, "InternetDeInitializeAutoProxyDll")));
        }
        return f;
    }();
    return functions;
}

// jsproxy.dll holds one script for the whole process.
std::atomic<bool> g_jsProxyTaken {false};
} // namespace

struct PacScript::Private
{
    HINTERNET session = nullptr;
    std::wstring location;
    int boundMs = 0;
    // A script from a file, run by jsproxy.dll.
    bool local = false;
    bool ownsJsProxy = false;
    // A call that did not return within the bound still runs (jsproxy.dll cannot be interrupted) and holds the
    // engine: no further call is made, and the engine is left as it is.
    bool stuck = false;
};

PacScript::PacScript(PacHost&, int boundMs)
    : d(std::make_unique<Private>())
{
    d->boundMs = boundMs;
    d->session
        = WinHttpOpen(L"Netready", WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME, WINHTTP_NO_PROXY_BYPASS, 0);
    if (d->session)
        WinHttpSetTimeouts(d->session, boundMs, boundMs, boundMs, boundMs);
}

PacScript::~PacScript()
{
    if (d->session)
        WinHttpCloseHandle(d->session);
    if (d->ownsJsProxy && !d->stuck) {
        jsProxy().deInitialize(nullptr, 0);
        g_jsProxyTaken = false;
    }
}

bool PacScript::load(const QString& source, const QString& location, QString* error)
{
    const QUrl url(location);
    d->local = url.isLocalFile();
    if (d->local) {
        const JsProxy& js = jsProxy();
        if (!js.initialize || !js.getProxyInfo || !js.deInitialize) {
            if (error)
                *error = tr("this Windows has no engine for scripts in files (jsproxy.dll); give the script as an "
                            "http:// or https:// URL");
            return false;
        }
        if (g_jsProxyTaken.exchange(true)) {
            if (error)
                *error = tr("another script from a file is in use in this process");
            return false;
        }
        d->ownsJsProxy = true;
        QByteArray text = source.toLocal8Bit();
        text.append('\0'); // the size counts the terminating zero
        AUTO_PROXY_SCRIPT_BUFFER_ buffer {sizeof(AUTO_PROXY_SCRIPT_BUFFER_), text.data(), DWORD(text.size())};
        if (!js.initialize(0, nullptr, nullptr, nullptr, &buffer)) {
            if (error)
                *error = tr("the script could not be loaded by jsproxy.dll: error %1").arg(GetLastError());
            return false;
        }
        return true;
    }
    // WinHTTP reads and compiles the script itself, at the first call.
    d->location = location.toStdWString();
    if (!d->session && error)
        *error = tr("WinHTTP is not available: error %1").arg(GetLastError());
    return d->session != nullptr;
}

namespace {
PacEvaluation evaluateLocal(const QString& url, const QString& host, int boundMs, bool& stuck)
{
    PacEvaluation result;
    const QString seconds = QLocale().toString(boundMs / 1000.0, 'g', 3);
    if (stuck) {
        result.error = PacScript::tr("the script did not return within %1 s").arg(seconds);
        result.timedOut = true;
        return result;
    }
    struct Answer
    {
        bool ok = false;
        DWORD error = 0;
        QByteArray returned;
    };
    std::packaged_task<Answer()> task([url = url.toLocal8Bit(), host = host.toLocal8Bit()] {
        Answer answer;
        LPSTR proxy = nullptr;
        DWORD length = 0;
        QByteArray hostName = host;
        answer.ok = jsProxy().getProxyInfo(
            url.constData(), DWORD(url.size()), hostName.data(), DWORD(hostName.size()), &proxy, &length);
        answer.error = answer.ok ? 0 : GetLastError();
        if (proxy) {
            answer.returned = QByteArray(proxy);
            GlobalFree(proxy);
        }
        return answer;
    });
    std::future<Answer> future = task.get_future();
    std::thread(std::move(task)).detach();
    if (future.wait_for(std::chrono::milliseconds(boundMs)) != std::future_status::ready) {
        stuck = true;
        result.error = PacScript::tr("the script did not return within %1 s").arg(seconds);
        result.timedOut = true;
        return result;
    }
    const Answer answer = future.get();
    if (!answer.ok) {
        result.error = PacScript::tr("the script gave no answer: a syntax error, it threw, or FindProxyForURL is "
                                     "missing (jsproxy.dll error %1)")
                           .arg(answer.error);
        return result;
    }
    result.ok = true;
    result.returned = QString::fromLocal8Bit(answer.returned).trimmed();
    return result;
}
} // namespace

PacEvaluation PacScript::evaluate(const QString& url, const QString& host)
{
    if (d->local)
        return evaluateLocal(url, host, d->boundMs, d->stuck);
    PacEvaluation result;
    WINHTTP_AUTOPROXY_OPTIONS options {};
    options.dwFlags = WINHTTP_AUTOPROXY_CONFIG_URL;
    options.lpszAutoConfigUrl = d->location.c_str();
    options.fAutoLogonIfChallenged = TRUE;
    WINHTTP_PROXY_INFO info {};
    const std::wstring target = url.toStdWString();
    if (!WinHttpGetProxyForUrl(d->session, target.c_str(), &options, &info)) {
        const DWORD code = GetLastError();
        result.error = describeWinHttpError(code, d->boundMs);
        result.timedOut = code == ERROR_WINHTTP_TIMEOUT;
        return result;
    }
    result.ok = true;
    result.returned = asPacAnswer(info);
    if (info.lpszProxy)
        GlobalFree(info.lpszProxy);
    if (info.lpszProxyBypass)
        GlobalFree(info.lpszProxyBypass);
    return result;
}

void PacScript::interrupt()
{
    // WinHTTP's own timeouts bound every call.
}
