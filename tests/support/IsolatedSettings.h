#pragma once

#include <QString>

// Points QSettings and QStandardPaths of this test process at a temporary folder, so a test never reads the
// user's own remembered choices and never overwrites them.
class IsolatedSettings final
{
public:
    IsolatedSettings() = delete;

    // directory: the test's own temporary folder. A non-empty applicationName also names the organization
    // "NetreadyTest" and the application, so each test keeps its settings apart.
    static void use(const QString& directory, const QString& applicationName = {});
};
