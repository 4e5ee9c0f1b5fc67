#pragma once

// Whether the wizard has a display to open on. Without one, Qt's GUI platforms end the process with an abort
// (SIGABRT, a core dump) before a word is printed; over ssh or from a service that must be a message instead.
class DisplayAvailability final
{
public:
    DisplayAvailability() = delete;

    static bool available();
};
