#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

// Writes a file a test hands to the code under test (a catalog, a CA bundle) into the test's temporary folder.
// Its path is empty when the file could not be written whole, so the test fails where the file is used.
class ScratchFile final
{
public:
    ScratchFile() = delete;

    static QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& content);
};
