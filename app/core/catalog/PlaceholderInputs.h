#pragma once

#include "Endpoint.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

// Checks the values a user gives for catalog placeholders ({dataverse}, {servicebus-namespace}, ...) against the
// wildcards they stand for, so that a value is only tested, and reported, under a wildcard that covers it.
class PlaceholderInputs final
{
    Q_DECLARE_TR_FUNCTIONS(PlaceholderInputs)

public:
    // The lower-case host of a host name or an http(s) URL; empty when the value is neither.
    static QString hostOf(const QString& value);
    // Whether a value's host may fill the endpoint's placeholder: below its wildcard, or its concrete host.
    static bool fits(const Endpoint& endpoint, const QString& host);
    // The hosts of the given values that fit the endpoint, in order, without duplicates.
    static QStringList fittingHosts(const Endpoint& endpoint, const QStringList& values);
    // Empty when every value is a host name or URL that fits at least one selected endpoint using its
    // placeholder; otherwise a message naming the value and what it should end in. Placeholders that no
    // selected endpoint uses are not judged.
    static QString check(const QList<Endpoint>& selected, const QMap<QString, QStringList>& inputs);
};
