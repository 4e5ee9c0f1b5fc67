// Linked into the test programs of the ThreadSanitizer build only (NETREADY_THREAD_SANITIZER, tests/CMakeLists.txt).
// Their tests run with LD_LIBRARY_PATH naming a QtCore built with ThreadSanitizer (scripts/build-qtcore-tsan) and
// NETREADY_QTCORE_TSAN_LIB naming the same folder. Should the program have loaded another libQt6Core.so.6 (Debian's,
// whose synchronisation ThreadSanitizer cannot see), its results would mean little: it stops before main instead.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <link.h>
#include <string>
#include <unistd.h>

namespace {

int findQtCore(dl_phdr_info* info, size_t /*size*/, void* data)
{
    if (info->dlpi_name != nullptr && std::strstr(info->dlpi_name, "/libQt6Core.so") != nullptr) {
        *static_cast<std::string*>(data) = info->dlpi_name;
        return 1;
    }
    return 0;
}

std::string realPath(const std::string& path)
{
    char* resolved = realpath(path.c_str(), nullptr);
    if (resolved == nullptr)
        return path;
    std::string result(resolved);
    std::free(resolved);
    return result;
}

[[maybe_unused]] const bool qtCoreChecked = [] {
    const char* expectedDir = std::getenv("NETREADY_QTCORE_TSAN_LIB");
    if (expectedDir == nullptr || *expectedDir == '\0')
        return false;
    std::string loaded;
    dl_iterate_phdr(findQtCore, &loaded);
    const std::string expected = realPath(std::string(expectedDir) + "/libQt6Core.so.6");
    if (loaded.empty() || realPath(loaded) != expected) {
        std::fprintf(stderr, "TsanQtCore: libQt6Core loaded from '%s', not the ThreadSanitizer build '%s'\n",
            loaded.c_str(), expected.c_str());
        std::fflush(stderr);
        _exit(86);
    }
    return true;
}();

} // namespace
