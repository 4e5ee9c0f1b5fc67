#include "CurlLibrary.h"

const CurlLibrary& CurlLibrary::system()
{
    // A function-local static: loaded by the first caller, whichever thread it is on, while others wait.
    static const CurlLibrary library([] {
        Location location = systemLocation();
        const QString chosen = qEnvironmentVariable("NETREADY_CURL_LIBRARY");
        if (!chosen.isEmpty())
            location = {chosen, -1, chosen, location.shipped};
        return location;
    }());
    return library;
}

template<typename Function>
bool CurlLibrary::resolve(Function& function, const char* symbol)
{
    // QLibrary hands out untyped addresses; the type is the one <curl/curl.h> declares for the symbol.
    function = reinterpret_cast<Function>(m_library.resolve(symbol));
    if (!function && m_loaderError.isEmpty())
        m_loaderError = m_library.errorString();
    return function != nullptr;
}

CurlLibrary::CurlLibrary(const Location& location)
{
    if (location.version >= 0)
        m_library.setFileNameAndVersion(location.name, location.version);
    else
        m_library.setFileName(location.name);
    if (!m_library.load()) {
        m_loaderError = m_library.errorString();
    } else {
        bool all = true;
        all = resolve(m_globalInit, "curl_global_init") && all;
        all = resolve(m_versionInfo, "curl_version_info") && all;
        all = resolve(m_easyInit, "curl_easy_init") && all;
        all = resolve(m_easySetopt, "curl_easy_setopt") && all;
        all = resolve(m_easyPerform, "curl_easy_perform") && all;
        all = resolve(m_easyGetinfo, "curl_easy_getinfo") && all;
        all = resolve(m_easyCleanup, "curl_easy_cleanup") && all;
        all = resolve(m_easyStrerror, "curl_easy_strerror") && all;
        all = resolve(m_slistAppend, "curl_slist_append") && all;
        all = resolve(m_slistFreeAll, "curl_slist_free_all") && all;
        // Before any other call. system() constructs its library once, under the static's guard, so the process
        // initialises libcurl once whichever thread asks first.
        m_loaded = all && m_globalInit(CURL_GLOBAL_DEFAULT) == CURLE_OK;
        if (all && !m_loaded)
            m_loaderError = QStringLiteral("curl_global_init failed");
    }
    if (m_loaded)
        return;
    const QString& file = location.file;
    m_problem = location.shipped
        ? tr("libcurl (%1), which Netready authenticates at proxies with, could not be loaded: Netready's "
             "installation is incomplete")
              .arg(file)
        : tr("libcurl (%1), which Netready authenticates at proxies with, could not be loaded: install it (on "
             "Debian and Ubuntu, the package libcurl4)")
              .arg(file);
}

QString CurlLibrary::remedy()
{
    const Location location = systemLocation();
    return location.shipped
        ? tr("Install Netready again: its folder lacks %1 (libcurl), which it authenticates at proxies with.")
              .arg(location.file)
        : tr("Install libcurl 4, which Netready authenticates at proxies with (on Debian and Ubuntu: apt install "
             "libcurl4).");
}

bool CurlLibrary::has(int feature) const
{
    if (!m_loaded)
        return false;
    return feature == 0 || (m_versionInfo(CURLVERSION_NOW)->features & feature) != 0;
}
