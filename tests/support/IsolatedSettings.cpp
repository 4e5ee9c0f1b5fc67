#include "IsolatedSettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

void IsolatedSettings::use(const QString& directory, const QString& applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, directory);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, directory);
    if (applicationName.isEmpty())
        return;
    QCoreApplication::setOrganizationName(QStringLiteral("NetreadyTest"));
    QCoreApplication::setApplicationName(applicationName);
}
