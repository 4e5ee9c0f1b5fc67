#pragma once

#include <QString>

// The proxy auto-config script the signed-in user's system settings name (Windows: the "Use setup script"
// address of the Internet Options, which Qt's system proxy lookup evaluates), so that a report can say which
// script chose the proxy. Empty where there is none or the platform has no such setting Netready reads.
class SystemPacUrl final
{
public:
    SystemPacUrl() = delete;

    static QString current();
};
