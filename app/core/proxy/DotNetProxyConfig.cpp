#include "DotNetProxyConfig.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace {
// .NET reads these booleans case-insensitively ("True", "true").
std::optional<bool> boolAttribute(const QXmlStreamAttributes& attributes, QLatin1String name)
{
    for (const QXmlStreamAttribute& attribute : attributes) {
        if (attribute.name().compare(name, Qt::CaseInsensitive) != 0)
            continue;
        const QString value = attribute.value().trimmed().toString();
        if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

QString textAttribute(const QXmlStreamAttributes& attributes, QLatin1String name)
{
    for (const QXmlStreamAttribute& attribute : attributes) {
        if (attribute.name().compare(name, Qt::CaseInsensitive) == 0)
            return attribute.value().trimmed().toString();
    }
    return {};
}
} // namespace

std::optional<DotNetProxyConfig> DotNetProxyConfig::parse(const QByteArray& xml, QString* error)
{
    DotNetProxyConfig config;
    QXmlStreamReader reader(xml);
    int depthInDefaultProxy = 0; // > 0 while inside the first <defaultProxy>
    bool done = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (done)
            continue; // read on only to find XML errors later in the file
        if (reader.isStartElement()) {
            const QXmlStreamAttributes attributes = reader.attributes();
            if (depthInDefaultProxy == 0 && reader.name() == QLatin1String("defaultProxy")) {
                config.found = true;
                depthInDefaultProxy = 1;
                config.enabled = boolAttribute(attributes, QLatin1String("enabled")).value_or(true);
                config.useDefaultCredentials
                    = boolAttribute(attributes, QLatin1String("useDefaultCredentials")).value_or(false);
                continue;
            }
            if (depthInDefaultProxy == 0)
                continue;
            ++depthInDefaultProxy;
            if (reader.name() == QLatin1String("proxy")) {
                config.proxyAddress = textAttribute(attributes, QLatin1String("proxyaddress"));
                config.scriptLocation = textAttribute(attributes, QLatin1String("scriptLocation"));
                config.bypassOnLocal = boolAttribute(attributes, QLatin1String("bypassonlocal")).value_or(false);
                config.useSystemDefault = boolAttribute(attributes, QLatin1String("usesystemdefault"));
            } else if (reader.name() == QLatin1String("add")) {
                const QString address = textAttribute(attributes, QLatin1String("address"));
                if (!address.isEmpty())
                    config.bypassList << address;
            } else if (reader.name() == QLatin1String("clear")) {
                config.bypassList.clear();
            }
        } else if (reader.isEndElement() && depthInDefaultProxy > 0) {
            if (--depthInDefaultProxy == 0)
                done = true;
        }
    }
    if (reader.hasError()) {
        if (error)
            *error = QCoreApplication::translate("DotNetProxyConfig", "line %1: %2")
                         .arg(reader.lineNumber())
                         .arg(reader.errorString());
        return std::nullopt;
    }
    return config;
}
