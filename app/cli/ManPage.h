#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

// netready(1) in roff, made from the same option table as --help (CommandLine::options()), so the two never
// disagree. Written at build time by installer/manpage; man pages are English, as the table's source text is.
class ManPage final
{
public:
    ManPage() = delete;

    struct Release
    {
        QString version; // CMake's project(VERSION)
        QString date; // YYYY-MM-DD of that release
        QString homepage; // CMake's project(HOMEPAGE_URL)
    };

    static QString render(const Release& release);
    static QString render(const Release& release, const QString& description, const QList<QCommandLineOption>& options);

    // Text made safe for roff: backslashes, hyphens (as minus signs, so options can be copied) and control
    // characters at the start of a line.
    static QString escaped(const QString& text);
};
