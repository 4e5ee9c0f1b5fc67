#include "TerminalPassword.h"

#include <termios.h>
#include <unistd.h>

bool TerminalPassword::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) != 0;
}

void TerminalPassword::setEcho(bool on)
{
    termios settings {};
    if (::tcgetattr(STDIN_FILENO, &settings) != 0)
        return;
    if (on)
        settings.c_lflag |= ECHO;
    else
        settings.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &settings);
}
