#include "TerminalPassword.h"

#include <QTextStream>

#include <cstdio>
#include <string>

std::optional<QString> TerminalPassword::read(const QString& prompt)
{
    if (!stdinIsTerminal())
        return std::nullopt;
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    setEcho(false);
    std::string line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar()) {
        if (c != '\r')
            line += char(c);
    }
    setEcho(true);
    err << Qt::endl; // the Enter the user typed was not echoed either
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
}
