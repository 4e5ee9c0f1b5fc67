#pragma once

#include "Cloud.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Reads the Service Bus namespaces that the desktop flows runtime or gateway of a tenant uses, as typed: names or
// host names, separated by commas, semicolons or spaces. Bare names get the cloud's Service Bus domain; this class
// is the one place that knows each cloud's domain, for the wizard and the command line alike.
class ServiceBusNamespaces final
{
    Q_DECLARE_TR_FUNCTIONS(ServiceBusNamespaces)

public:
    struct Result
    {
        bool valid = false;
        QStringList hosts; // e.g. contoso-relay.servicebus.windows.net
        QString reason;
    };

    // An empty text is valid (the relay checks then use the catalog's own hosts or need input).
    static Result parse(const QString& text, Cloud cloud);
    static QString domain(Cloud cloud);
};
