#pragma once

#include "Cloud.h"
#include "Feature.h"
#include "Protocol.h"

#include <QList>
#include <QString>

// One documented host (or wildcard) that a cloud and feature need, and how to test it.
struct Endpoint
{
    QString id; // stable, unique within a catalog
    QString host; // as documented, e.g. "*.servicebus.windows.net"
    QString probe; // concrete host to test; may be a placeholder such as "{dataverse}"; empty = host
    QList<quint16> ports;
    Protocol protocol = Protocol::Https;
    QList<Cloud> clouds;
    QList<Feature> features;
    QString purpose;
    QString source;
    QString url; // crl: the CRL; ocsp: the responder
    QString certificatePem; // ocsp: certificate to ask about
    QString issuerCertificatePem; // ocsp/crl: its issuer
    bool retired = false; // listed by the documentation, retired by its owner

    bool isWildcard() const { return host.startsWith(QLatin1String("*.")); }
    // The name inside "{...}" when the probe needs user input, else empty.
    QString placeholder() const;
    QString probeHost() const { return probe.isEmpty() ? host : probe; }
    bool appliesTo(Cloud cloud, const QList<Feature>& selected) const;
};
