#pragma once

#include "PowerAutomateProxyInputs.h"

// Reads this machine's Power Automate proxy settings (registry, *.Proxy.config files, the gateway's
// configuration files, the WinHTTP proxy). Windows only; elsewhere it finds nothing.
class PowerAutomateProxySource final
{
public:
    static bool available(); // false where Power Automate cannot be installed
    static PowerAutomateProxyInputs read();
};
