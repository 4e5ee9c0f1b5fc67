#include "TerminalPassword.h"

#include <cstdio>
#include <io.h>
#include <windows.h>

bool TerminalPassword::stdinIsTerminal()
{
    return _isatty(_fileno(stdin)) != 0;
}

void TerminalPassword::setEcho(bool on)
{
    HANDLE input = ::GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (!::GetConsoleMode(input, &mode))
        return;
    ::SetConsoleMode(input, on ? (mode | ENABLE_ECHO_INPUT) : (mode & ~DWORD(ENABLE_ECHO_INPUT)));
}
