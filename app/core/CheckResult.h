#pragma once

#include "Diagnosis.h"
#include "Feature.h"
#include "PhaseEnd.h"
#include "Protocol.h"
#include "ProxyAuth.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// One phase of a check (dns, tcp, proxy, tls, http, websocket, crl, ocsp) and how it went.
struct PhaseResult
{
    QString name;
    bool ok = false;
    qint64 ms = 0;
    QString error;
    PhaseEnd end = PhaseEnd::Completed;
    qint64 bytes = -1; // bytes received in the phase, where that matters (-1: not counted)
};

// A revocation URL found in a certificate of a chain, with what an OCSP or CRL check of it needs.
struct RevocationPoint
{
    QString url;
    bool ocsp = false; // false: a CRL distribution point
    QString certificatePem; // the certificate the URL serves (OCSP asks about it)
    QString issuerPem; // its issuer (OCSP CertID, CRL signature)
};

// What the TLS handshake showed: the evidence for trust and inspection diagnoses.
struct TlsDetails
{
    QString protocol; // e.g. "TLSv1.3"
    QString cipher;
    QString subject; // leaf
    QString issuer; // leaf's issuer
    QString root; // the root the chain ends at
    QString rootSha256;
    QStringList chain; // subjects, leaf first
    QStringList ocspUrls; // AIA OCSP of every certificate in the chain
    QStringList crlUrls; // CRL distribution points of every certificate in the chain
    QList<RevocationPoint> revocationPoints;
};

// What a proxy auto-config script decided for a check, and how its routes fared when tried in order.
struct PacOutcome
{
    struct Failover
    {
        QString route; // "PROXY a:8080"
        QString error; // why it could not be used
    };

    QString returned; // the script's answer: "PROXY a:8080; PROXY b:8080; DIRECT"
    QString used; // the route the check went through ("DIRECT" or "PROXY b:8080"); empty when none
    QList<Failover> failedOver; // the routes tried before it, in order
};

// The outcome of one check: a value type that crosses threads and feeds every report.
struct CheckResult
{
    QString id; // unique within a run, e.g. "servicebus-relay:9350"
    QString endpointId;
    QString host; // as documented
    QString probe; // the host actually tested
    quint16 port = 0;
    Protocol protocol = Protocol::Https;
    QList<Feature> features;
    QString purpose;
    QString source;
    QString url; // crl/ocsp
    bool retired = false;

    Diagnosis diagnosis = Diagnosis::Cancelled;
    QString detail; // one line, human
    QString remedy; // one or two sentences, human
    QStringList evidence; // technical lines: proxy reply, chain, revocation details
    qint64 durationMs = 0;

    QStringList addresses; // what DNS returned
    QString connectedAddress; // which address (or proxy) answered
    QString proxy; // proxy used, without credentials; empty = direct
    ProxyAuthInfo proxyAuth; // empty unless the proxy asked for authentication
    QString dnsNote; // e.g. resolves only to private addresses
    QString device; // the inspection device, proxy product or inspecting CA that answered instead of the service
    QList<PhaseResult> phases;
    std::optional<TlsDetails> tls;
    std::optional<PacOutcome> pac; // set when a proxy auto-config script chose the route
    int httpStatus = 0;
    QString httpReason;
    QDateTime serverDate; // the Date header
    QDateTime receivedAt; // local time the Date header arrived

    // The diagnosis decides, except that a retired endpoint (listed, but no longer used by its owner) cannot
    // make a machine unready: its failure is a warning.
    CheckStatus status() const
    {
        const CheckStatus byDiagnosis = Diagnoses::status(diagnosis);
        return retired && byDiagnosis == CheckStatus::Fail ? CheckStatus::Warn : byDiagnosis;
    }
};

Q_DECLARE_METATYPE(CheckResult)
