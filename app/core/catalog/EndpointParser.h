#pragma once

#include "Endpoint.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

// Turns one entry of a catalog's "endpoints" array into an Endpoint, enforcing every rule of schema 1:
// known keys only, a valid host and probe (wildcards need one), ports in range, known protocol, clouds and
// features, a revocation URL for crl/ocsp and well-formed PEM certificates.
class EndpointParser final
{
    Q_DECLARE_TR_FUNCTIONS(EndpointParser)

public:
    // path is where the entry sits, e.g. "endpoints[3]"; on failure problem is "PATH: message".
    static std::optional<Endpoint> parse(const QJsonValue& value, const QString& path, QString* problem);

    static bool isHostName(const QString& text);
    static bool isWildcardHost(const QString& text); // "*." followed by a host name of two or more labels
    static bool isPlaceholder(const QString& text); // "{name}" with a lower-case name of letters, digits and '-'

private:
    static bool readId(const QJsonObject& object, const QString& path, Endpoint* endpoint, QString* problem);
    static bool readHostAndProbe(const QJsonObject& object, const QString& path, Endpoint* endpoint, QString* problem);
    static bool readPorts(const QJsonObject& object, const QString& path, Endpoint* endpoint, QString* problem);
    static bool readProtocol(const QJsonObject& object, const QString& path, Endpoint* endpoint, QString* problem);
    static bool readClouds(const QJsonObject& object, const QString& path, Endpoint* endpoint, QString* problem);
    static bool readFeatures(const QJsonObject& object, const QString& path, Endpoint* endpoint, QString* problem);
    static bool readRevocation(const QJsonObject& object, const QString& path, Endpoint* endpoint, QString* problem);
    static bool readCertificate(
        const QJsonObject& object, const QString& key, const QString& path, QString* pem, QString* problem);
    static bool readStatus(const QJsonObject& object, const QString& path, Endpoint* endpoint, QString* problem);
    static bool isUnder(const QString& host, const QString& wildcard);
};
