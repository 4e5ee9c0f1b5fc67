#include "Feature.h"

#include <QCoreApplication>

QList<Feature> Features::all()
{
    return {Feature::CloudFlows, Feature::Mobile, Feature::Desktop, Feature::Gateway};
}

QString Features::id(Feature feature)
{
    switch (feature) {
    case Feature::CloudFlows:
        return QStringLiteral("cloud-flows");
    case Feature::Mobile:
        return QStringLiteral("mobile");
    case Feature::Desktop:
        return QStringLiteral("desktop");
    case Feature::Gateway:
        return QStringLiteral("gateway");
    }
    return {};
}

std::optional<Feature> Features::fromId(QStringView id)
{
    for (const Feature feature : all()) {
        if (Features::id(feature) == id)
            return feature;
    }
    return std::nullopt;
}

QStringList Features::ids(const QList<Feature>& features)
{
    QStringList result;
    for (const Feature feature : features)
        result << id(feature);
    return result;
}

QString Features::displayName(Feature feature)
{
    switch (feature) {
    case Feature::CloudFlows:
        return QCoreApplication::translate("Features", "Cloud flows");
    case Feature::Mobile:
        return QCoreApplication::translate("Features", "Mobile app");
    case Feature::Desktop:
        return QCoreApplication::translate("Features", "Desktop flows runtime");
    case Feature::Gateway:
        return QCoreApplication::translate("Features", "On-premises data gateway");
    }
    return {};
}

QString Features::description(Feature feature)
{
    switch (feature) {
    case Feature::CloudFlows:
        return QCoreApplication::translate(
            "Features", "Designing and running flows in the browser: sign-in, portal, connectors.");
    case Feature::Mobile:
        return QCoreApplication::translate("Features", "The Power Automate app on phones and tablets.");
    case Feature::Desktop:
        return QCoreApplication::translate(
            "Features", "Power Automate for desktop on this machine: attended and unattended runs.");
    case Feature::Gateway:
        return QCoreApplication::translate(
            "Features", "The on-premises data gateway, connecting cloud flows to local data.");
    }
    return {};
}
