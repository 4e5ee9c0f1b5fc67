#include "WpadFinder.h"

#include <QUrl>

#include <windows.h>
#include <winhttp.h>

WpadDiscovery WpadFinder::discover()
{
    // WinHTTP asks DHCP (option 252) and then DNS (wpad.<domain>, devolving), as Windows' own services do.
    WpadDiscovery discovery;
    discovery.method = QStringLiteral("winhttp");
    LPWSTR url = nullptr;
    if (WinHttpDetectAutoProxyConfigUrl(WINHTTP_AUTO_DETECT_TYPE_DHCP | WINHTTP_AUTO_DETECT_TYPE_DNS_A, &url)) {
        discovery.url = QString::fromWCharArray(url);
        discovery.found = QUrl(discovery.url).host();
        GlobalFree(url);
        return discovery;
    }
    const DWORD code = GetLastError();
    if (code != ERROR_WINHTTP_AUTODETECTION_FAILED)
        discovery.error = tr("WinHTTP's discovery failed: error %1").arg(code);
    return discovery;
}
