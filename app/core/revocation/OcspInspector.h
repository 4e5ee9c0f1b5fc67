#pragma once

#include "RevocationVerdict.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Judges the answer of an OCSP responder. Any well-formed OCSPResponse proves that the responder itself answered
// (no portal or filter did), whatever its responseStatus; anything else is ocsp-invalid.
class OcspInspector final
{
    Q_DECLARE_TR_FUNCTIONS(OcspInspector)

public:
    // httpStatus outside 2xx, truncated, or a body that is not an OCSPResponse: ocsp-invalid.
    // Otherwise ok; detail names the responseStatus and, for a successful response, the status of the
    // certificate asked about in requestDer (good/revoked/unknown), thisUpdate/nextUpdate and whether the
    // signature verified (the responder certificate from the response, chained to issuerPem).
    static RevocationVerdict inspect(const QByteArray& body, int httpStatus, const QString& contentType, bool truncated,
        const QByteArray& requestDer, const QString& issuerPem, const QDateTime& now);

    // Single responses listed in the evidence, at most.
    static constexpr int kMaxListedResponses = 5;
};
