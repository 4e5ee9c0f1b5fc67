#pragma once

#include <QString>

#include <optional>

// Reads a password typed on the terminal without echoing it, so that it shows neither on screen nor in a
// process list.
class TerminalPassword final
{
public:
    // nullopt when standard input is not a terminal (nothing is read then).
    static std::optional<QString> read(const QString& prompt);

private:
    static bool stdinIsTerminal();
    static void setEcho(bool on);
};
