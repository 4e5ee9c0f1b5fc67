#include "DisplayAvailability.h"

#include <QtGlobal>

bool DisplayAvailability::available()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // A platform chosen by hand (offscreen, vnc, ...) is the user's call; otherwise X11 or Wayland must be named.
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true; // Windows and macOS always have their window system
#endif
}
