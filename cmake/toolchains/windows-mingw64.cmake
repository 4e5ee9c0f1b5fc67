# Cross-compiles Netready for 64-bit Windows on Debian with MinGW-w64 (g++-mingw-w64-x86-64-posix: the -posix
# thread model, which std::thread needs) against the Windows Qt SDK that scripts/windows-sdk provides.
# The SDK's own Qt tools are not Windows-runnable here: Qt's host tools (moc, rcc, uic, lrelease) come from
# Debian's Qt of the same version through QT_HOST_PATH.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)

set(NETREADY_WINDOWS_SDK "${CMAKE_CURRENT_LIST_DIR}/../../build-windows-sdk/qt6-mingw"
    CACHE PATH "Windows Qt/OpenSSL SDK prefix (scripts/windows-sdk unpacks or builds it)")
cmake_path(ABSOLUTE_PATH NETREADY_WINDOWS_SDK NORMALIZE)
if(NOT EXISTS "${NETREADY_WINDOWS_SDK}/lib/cmake/Qt6/Qt6Config.cmake")
    message(FATAL_ERROR "No Windows Qt SDK in ${NETREADY_WINDOWS_SDK}: run scripts/windows-sdk first")
endif()

set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32 "${NETREADY_WINDOWS_SDK}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
set(CMAKE_PREFIX_PATH "${NETREADY_WINDOWS_SDK}")
set(OPENSSL_ROOT_DIR "${NETREADY_WINDOWS_SDK}")
set(QT_HOST_PATH /usr)
set(QT_HOST_PATH_CMAKE_DIR /usr/lib/x86_64-linux-gnu/cmake)

# Test executables run under Wine through this wrapper (ctest in the Windows build tree).
set(CMAKE_CROSSCOMPILING_EMULATOR "${CMAKE_CURRENT_LIST_DIR}/../../scripts/wine-run")
