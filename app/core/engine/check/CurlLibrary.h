#pragma once

#include <QCoreApplication>
#include <QLibrary>
#include <QString>

#include <curl/curl.h>

// libcurl, loaded when a proxy first asks for authentication rather than linked: most runs never need it, and
// linking it would load it and its dependencies (TLS, LDAP, SSH, HTTP/2 ...) into every process at start.
// <curl/curl.h> gives the types and constants only; every function is called through a pointer resolved here.
class CurlLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(CurlLibrary)

public:
    // Where the system's libcurl is: a name for QLibrary and its major version (-1: none), the file that makes
    // for people, and whether Netready's own package ships it (Windows) or the system provides it.
    struct Location
    {
        QString name;
        int version = -1;
        QString file;
        bool shipped = false;
    };

    // The libcurl of this machine (NETREADY_CURL_LIBRARY names another file), loaded on first use, once per
    // process, from any thread.
    static const CurlLibrary& system();
    static Location systemLocation();

    explicit CurlLibrary(const Location& location);
    Q_DISABLE_COPY_MOVE(CurlLibrary)
    ~CurlLibrary() = default;

    bool isLoaded() const { return m_loaded; }
    // Why it is not loaded, in plain words naming the library and what to install; empty when loaded.
    QString problem() const { return m_problem; }
    // The loader's own words, for the evidence.
    QString loaderError() const { return m_loaderError; }
    // What to do when the system's libcurl cannot be loaded, as a remedy step.
    static QString remedy();

    bool has(int feature) const; // a CURL_VERSION_* bit; false when not loaded

    CURL* easyInit() const { return m_easyInit(); }
    // curl_easy_setopt is variadic: the value goes through as the type the caller gives, as with the real call.
    template<typename T>
    CURLcode setOption(CURL* curl, CURLoption option, T value) const
    {
        return m_easySetopt(curl, option, value);
    }
    template<typename T>
    CURLcode info(CURL* curl, CURLINFO info, T* value) const
    {
        return m_easyGetinfo(curl, info, value);
    }
    CURLcode perform(CURL* curl) const { return m_easyPerform(curl); }
    void cleanup(CURL* curl) const { m_easyCleanup(curl); }
    const char* strerror(CURLcode code) const { return m_easyStrerror(code); }
    curl_slist* append(curl_slist* list, const char* text) const { return m_slistAppend(list, text); }
    void freeAll(curl_slist* list) const { m_slistFreeAll(list); }

private:
    template<typename Function>
    bool resolve(Function& function, const char* symbol);

    QLibrary m_library;
    bool m_loaded = false;
    QString m_problem;
    QString m_loaderError;
    // decltype of the declarations in <curl/curl.h>: the exact signatures, variadic where curl's are.
    decltype(&curl_global_init) m_globalInit = nullptr;
    decltype(&curl_version_info) m_versionInfo = nullptr;
    decltype(&curl_easy_init) m_easyInit = nullptr;
    decltype(&curl_easy_setopt) m_easySetopt = nullptr;
    decltype(&curl_easy_perform) m_easyPerform = nullptr;
    decltype(&curl_easy_getinfo) m_easyGetinfo = nullptr;
    decltype(&curl_easy_cleanup) m_easyCleanup = nullptr;
    decltype(&curl_easy_strerror) m_easyStrerror = nullptr;
    decltype(&curl_slist_append) m_slistAppend = nullptr;
    decltype(&curl_slist_free_all) m_slistFreeAll = nullptr;
};
