# Settings every Netready target shares. netready_warnings: language level and warnings (tests too);
# netready_common adds the strict Qt defines that product code is held to. Product libraries link it
# PRIVATE so tests may use string literals freely.
add_library(netready_warnings INTERFACE)
add_library(netready_common INTERFACE)
target_link_libraries(netready_common INTERFACE netready_warnings)

target_compile_features(netready_warnings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(netready_warnings INTERFACE
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    NETREADY_VERSION="${PROJECT_VERSION}")

target_compile_definitions(netready_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER)

if(MSVC)
    target_compile_options(netready_warnings INTERFACE /W4 /permissive- /utf-8)
    if(DEFINED ENV{CI})
        target_compile_options(netready_warnings INTERFACE /WX)
    endif()
else()
    target_compile_options(netready_warnings INTERFACE
        -Wall -Wextra -pedantic -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Wshadow)
    if(DEFINED ENV{CI})
        target_compile_options(netready_warnings INTERFACE -Werror)
    endif()
    # A sanitizer build is for finding defects, not for measuring: NETREADY_SANITIZED lets a test leave out an
    # assertion on memory use or speed that only the normal build can meet (and only that assertion).
    # Any undefined behaviour ends the program, so a report fails the test that caused it.
    if(NETREADY_SANITIZERS)
        target_compile_options(netready_warnings INTERFACE
            -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
        target_link_options(netready_warnings INTERFACE -fsanitize=address,undefined)
        target_compile_definitions(netready_warnings INTERFACE NETREADY_SANITIZED)
    endif()
    if(NETREADY_THREAD_SANITIZER)
        target_compile_options(netready_warnings INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
        target_link_options(netready_warnings INTERFACE -fsanitize=thread)
        target_compile_definitions(netready_warnings INTERFACE NETREADY_SANITIZED)
    endif()
    if(NETREADY_FUZZ)
        # Every library the fuzz targets link is instrumented for coverage; the targets add libFuzzer's main.
        # Undefined behaviour aborts, so the fuzzer keeps the input.
        target_compile_options(netready_warnings INTERFACE -fsanitize=fuzzer-no-link,address,undefined
            -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
        target_link_options(netready_warnings INTERFACE -fsanitize=address,undefined)
    endif()
endif()
