#include "IsolatedSettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

void IsolatedSettings::use(const QString& directory, const QString& applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, directory);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, directory);
    // On Windows the native format is the registry, which no path moves: use files there too, so tests see
    // everything written in the directory.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    if (applicationName.isEmpty())
        return;
    QCoreApplication::setOrganizationName(QStringLiteral("NetreadyTest"));
    QCoreApplication::setApplicationName(applicationName);
}
