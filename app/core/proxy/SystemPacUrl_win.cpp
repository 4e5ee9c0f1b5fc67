#include "SystemPacUrl.h"

#include <windows.h>
#include <winhttp.h>

QString SystemPacUrl::current()
{
    WINHTTP_CURRENT_USER_IE_PROXY_CONFIG config {};
    if (!WinHttpGetIEProxyConfigForCurrentUser(&config))
        return {};
    QString url;
    if (config.lpszAutoConfigUrl)
        url = QString::fromWCharArray(config.lpszAutoConfigUrl);
    for (LPWSTR text : {config.lpszAutoConfigUrl, config.lpszProxy, config.lpszProxyBypass}) {
        if (text)
            GlobalFree(text);
    }
    return url;
}
