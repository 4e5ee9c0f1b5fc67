#include "ServiceBusNamespaces.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
QStringList domains(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Public:
        return {QStringLiteral("servicebus.windows.net")};
    case Cloud::Gcc:
    case Cloud::GccHigh:
    case Cloud::Dod:
        return {QStringLiteral("servicebus.usgovcloudapi.net")};
    case Cloud::China:
        return {QStringLiteral("servicebus.chinacloudapi.cn")};
    }
    return {};
}
} // namespace

QString ServiceBusNamespaces::domain(Cloud cloud)
{
    return domains(cloud).value(0);
}

ServiceBusNamespaces::Result ServiceBusNamespaces::parse(const QString& text, Cloud cloud)
{
    // Azure's rule for namespace names: 6-50 letters, digits and hyphens, starting with a letter and
    // ending with a letter or digit.
    static const QRegularExpression namePattern(QStringLiteral(R"(^[a-z][a-z0-9-]{4,48}[a-z0-9]$)"));
    static const QRegularExpression separators(QStringLiteral(R"([\s,;]+)"));
    Result result;
    const QStringList items = text.trimmed().toLower().split(separators, Qt::SkipEmptyParts);
    for (const QString& item : items) {
        QString name = item;
        if (item.contains(QLatin1Char('.'))) {
            const QStringList known = domains(cloud);
            const auto domainIt = std::find_if(
                known.cbegin(), known.cend(), [&](const QString& d) { return item.endsWith(QLatin1Char('.') + d); });
            if (domainIt == known.cend()) {
                result.reason = tr("'%1' is not a Service Bus namespace in this cloud "
                                   "(expected a name or name.%2)")
                                    .arg(item, domain(cloud));
                return result;
            }
            name = item.left(item.size() - domainIt->size() - 1);
            if (namePattern.match(name).hasMatch()) {
                result.hosts << item;
                continue;
            }
        } else if (namePattern.match(name).hasMatch()) {
            result.hosts << name + QLatin1Char('.') + domain(cloud);
            continue;
        }
        result.reason = tr("'%1' is not a namespace name: 6 to 50 letters, digits and "
                           "hyphens, starting with a letter")
                            .arg(name);
        return result;
    }
    result.hosts.removeDuplicates();
    result.valid = true;
    return result;
}
