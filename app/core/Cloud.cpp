#include "Cloud.h"

#include <QCoreApplication>

QList<Cloud> Clouds::all()
{
    return {Cloud::Public, Cloud::Gcc, Cloud::GccHigh, Cloud::Dod, Cloud::China};
}

QString Clouds::id(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Public:
        return QStringLiteral("public");
    case Cloud::Gcc:
        return QStringLiteral("gcc");
    case Cloud::GccHigh:
        return QStringLiteral("gcc-high");
    case Cloud::Dod:
        return QStringLiteral("dod");
    case Cloud::China:
        return QStringLiteral("china");
    }
    return {};
}

std::optional<Cloud> Clouds::fromId(QStringView id)
{
    for (const Cloud cloud : all()) {
        if (Clouds::id(cloud) == id)
            return cloud;
    }
    return std::nullopt;
}

QStringList Clouds::ids()
{
    QStringList result;
    for (const Cloud cloud : all())
        result << id(cloud);
    return result;
}

QString Clouds::displayName(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Public:
        return QCoreApplication::translate("Clouds", "Public (commercial)");
    case Cloud::Gcc:
        return QCoreApplication::translate("Clouds", "US Government GCC");
    case Cloud::GccHigh:
        return QCoreApplication::translate("Clouds", "US Government GCC High");
    case Cloud::Dod:
        return QCoreApplication::translate("Clouds", "US Government DoD");
    case Cloud::China:
        return QCoreApplication::translate("Clouds", "China (operated by 21Vianet)");
    }
    return {};
}

QString Clouds::audience(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Public:
        return QCoreApplication::translate("Clouds", "Most organizations worldwide: make.powerautomate.com.");
    case Cloud::Gcc:
        return QCoreApplication::translate(
            "Clouds", "US federal, state and local government and their contractors on Government Community Cloud.");
    case Cloud::GccHigh:
        return QCoreApplication::translate(
            "Clouds", "US government organizations handling controlled unclassified information (ITAR, DFARS).");
    case Cloud::Dod:
        return QCoreApplication::translate("Clouds", "US Department of Defense tenants only.");
    case Cloud::China:
        return QCoreApplication::translate("Clouds", "Tenants in mainland China, operated by 21Vianet.");
    }
    return {};
}
