#include "PacScript.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

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
    QStringList entries;
    const QString list = QString::fromWCharArray(info.lpszProxy);
    for (QString entry : list.split(QRegularExpression(QStringLiteral("[;\\s]+")), Qt::SkipEmptyParts)) {
        if (entry.contains(QLatin1Char('=')))
            entry = entry.section(QLatin1Char('='), 1);
        entries << (entry.compare(QLatin1String("DIRECT"), Qt::CaseInsensitive) == 0
                ? QStringLiteral("DIRECT")
                : QStringLiteral("PROXY ") + entry);
    }
    return entries.join(QStringLiteral("; "));
}
} // namespace

struct PacScript::Private
{
    HINTERNET session = nullptr;
    std::wstring location;
    int boundMs = 0;
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
}

bool PacScript::load(const QString&, const QString& location, QString* error)
{
    // WinHTTP reads and compiles the script itself, at the first call.
    d->location = location.toStdWString();
    if (!d->session && error)
        *error = tr("WinHTTP is not available: error %1").arg(GetLastError());
    return d->session != nullptr;
}

PacEvaluation PacScript::evaluate(const QString& url, const QString&)
{
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
