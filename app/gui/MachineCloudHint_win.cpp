// Windows part of MachineCloudHint: reads the desktop app's Cloud value from the registry.
#include "MachineCloudHint.h"

#include <QSettings>
#include <QVariant>

#ifdef Q_OS_WIN // built only on Windows; the guard keeps tools that read every file on other systems quiet

std::optional<Cloud> MachineCloudHint::read()
{
    // The app is a 32-bit program on most machines, so its key may live in the 32-bit registry view
    // (WOW6432Node); look at the native 64-bit view first, then the 32-bit one.
    const QString key = QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Power Automate Desktop");
    for (const QSettings::Format format : {QSettings::Registry64Format, QSettings::Registry32Format}) {
        const QSettings registry(key, format);
        const QVariant value = registry.value(QStringLiteral("Cloud"));
        if (!value.isValid())
            continue;
        bool ok = false;
        const int number = value.toInt(&ok);
        if (ok) {
            if (const auto cloud = fromRegistryValue(number))
                return cloud;
        }
    }
    return std::nullopt;
}
#endif
