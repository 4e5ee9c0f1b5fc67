#include "CurlLibrary.h"

CurlLibrary::Location CurlLibrary::systemLocation()
{
    // The SDK's libcurl (Schannel and SSPI), shipped beside netready.exe by the Windows packages.
    return {QStringLiteral("libcurl"), -1, QStringLiteral("libcurl.dll"), true};
}
