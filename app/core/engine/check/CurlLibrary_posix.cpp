#include "CurlLibrary.h"

CurlLibrary::Location CurlLibrary::systemLocation()
{
    // The ABI every libcurl since 7.16 keeps; the system provides it.
#ifdef Q_OS_MACOS
    return {QStringLiteral("curl"), 4, QStringLiteral("libcurl.4.dylib"), false};
#else
    return {QStringLiteral("curl"), 4, QStringLiteral("libcurl.so.4"), false};
#endif
}
