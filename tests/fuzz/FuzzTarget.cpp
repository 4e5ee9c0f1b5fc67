// One libFuzzer target: NETREADY_FUZZ_TARGET names the entry of FuzzEntries it drives.
#include "FuzzEntries.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
FuzzEntries::Entry g_entry = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // Translations, the JavaScript engine and Qt's network classes expect an application object.
    static QCoreApplication application(*argc, *argv);
    qputenv("QT_LOGGING_RULES", "*.debug=false;*.warning=false");
    g_entry = FuzzEntries::find(QStringLiteral(NETREADY_FUZZ_TARGET));
    if (!g_entry) {
        std::fprintf(stderr, "no fuzz entry named %s\n", NETREADY_FUZZ_TARGET);
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    g_entry(QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
