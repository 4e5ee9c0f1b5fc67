#include "OcspInspector.h"

#include "BodySniffer.h"
#include "OpenSslSupport.h"

#include <openssl/err.h>

using namespace OpenSslSupport;

namespace {

struct SingleStatus
{
    bool found = false;
    int status = V_OCSP_CERTSTATUS_UNKNOWN;
    int reason = -1;
    QString serial;
    QDateTime revokedAt;
    QDateTime thisUpdate;
    QDateTime nextUpdate;
};

QString responseStatusName(int status)
{
    switch (status) {
    case OCSP_RESPONSE_STATUS_SUCCESSFUL:
        return QStringLiteral("successful");
    case OCSP_RESPONSE_STATUS_MALFORMEDREQUEST:
        return QStringLiteral("malformedRequest");
    case OCSP_RESPONSE_STATUS_INTERNALERROR:
        return QStringLiteral("internalError");
    case OCSP_RESPONSE_STATUS_TRYLATER:
        return QStringLiteral("tryLater");
    case OCSP_RESPONSE_STATUS_SIGREQUIRED:
        return QStringLiteral("sigRequired");
    case OCSP_RESPONSE_STATUS_UNAUTHORIZED:
        return QStringLiteral("unauthorized");
    }
    return QStringLiteral("status %1").arg(status);
}

QString responseStatusMeaning(int status)
{
    switch (status) {
    case OCSP_RESPONSE_STATUS_MALFORMEDREQUEST:
        return OcspInspector::tr("it could not read the request");
    case OCSP_RESPONSE_STATUS_INTERNALERROR:
        return OcspInspector::tr("it had an internal error");
    case OCSP_RESPONSE_STATUS_TRYLATER:
        return OcspInspector::tr("it is busy");
    case OCSP_RESPONSE_STATUS_SIGREQUIRED:
        return OcspInspector::tr("it wants signed requests");
    case OCSP_RESPONSE_STATUS_UNAUTHORIZED:
        return OcspInspector::tr("it does not answer for this issuer");
    }
    return OcspInspector::tr("unknown meaning");
}

QString certStatusName(int status)
{
    switch (status) {
    case V_OCSP_CERTSTATUS_GOOD:
        return QStringLiteral("good");
    case V_OCSP_CERTSTATUS_REVOKED:
        return QStringLiteral("revoked");
    }
    return QStringLiteral("unknown");
}

OcspRequestPtr parseRequest(const QByteArray& der)
{
    if (der.isEmpty())
        return {};
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    OcspRequestPtr request(d2i_OCSP_REQUEST(nullptr, &cursor, static_cast<long>(der.size())));
    ERR_clear_error();
    return request;
}

SingleStatus fromSingle(OCSP_SINGLERESP* single)
{
    SingleStatus result;
    if (!single)
        return result;
    ASN1_GENERALIZEDTIME* revokedAt = nullptr;
    ASN1_GENERALIZEDTIME* thisUpdate = nullptr;
    ASN1_GENERALIZEDTIME* nextUpdate = nullptr;
    result.status = OCSP_single_get0_status(single, &result.reason, &revokedAt, &thisUpdate, &nextUpdate);
    result.found = result.status >= 0;
    result.revokedAt = toDateTime(revokedAt);
    result.thisUpdate = toDateTime(thisUpdate);
    result.nextUpdate = toDateTime(nextUpdate);
    ASN1_INTEGER* serial = nullptr;
    if (const OCSP_CERTID* id = OCSP_SINGLERESP_get0_id(single))
        OCSP_id_get0_info(nullptr, nullptr, nullptr, &serial, const_cast<OCSP_CERTID*>(id));
    result.serial = serialToHex(serial);
    return result;
}

// The answer about the certificate the request asked for, or the first one when the request is unknown.
SingleStatus findStatus(OCSP_BASICRESP* basic, OCSP_REQUEST* request, QStringList* evidence)
{
    const int count = OCSP_resp_count(basic);
    *evidence << OcspInspector::tr("Single responses: %1").arg(count);
    for (int i = 0; i < std::min(count, OcspInspector::kMaxListedResponses); ++i) {
        const SingleStatus single = fromSingle(OCSP_resp_get0(basic, i));
        *evidence << OcspInspector::tr("Serial %1: %2").arg(single.serial, certStatusName(single.status));
    }
    if (request && OCSP_request_onereq_count(request) > 0) {
        OCSP_CERTID* asked = OCSP_onereq_get0_id(OCSP_request_onereq_get0(request, 0));
        const int index = asked ? OCSP_resp_find(basic, asked, -1) : -1;
        if (index >= 0)
            return fromSingle(OCSP_resp_get0(basic, index));
        *evidence << OcspInspector::tr("The response does not mention the certificate asked about");
        return {};
    }
    return count > 0 ? fromSingle(OCSP_resp_get0(basic, 0)) : SingleStatus {};
}

QString nonceFinding(OCSP_REQUEST* request, OCSP_BASICRESP* basic)
{
    if (!request)
        return {};
    switch (OCSP_check_nonce(request, basic)) {
    case 1:
        return OcspInspector::tr("Nonce: echoed");
    case 2:
        return OcspInspector::tr("Nonce: none sent");
    case -1:
        return OcspInspector::tr("Nonce: not echoed (the responder may serve pre-signed answers)");
    case 3:
        return OcspInspector::tr("Nonce: present in the response only");
    default:
        return OcspInspector::tr("Nonce: does not match the request (a replayed or cached answer?)");
    }
}

struct SignatureFinding
{
    bool failed = false; // checked, and neither the issuer nor a responder it delegated to signed it
    QString text;
};

// Verifies with the issuer as trust anchor; the responder certificate travels in the response.
QString signatureText(OCSP_BASICRESP* basic, const QString& issuerPem, const QDateTime& now, bool* failed)
{
    if (issuerPem.trimmed().isEmpty())
        return OcspInspector::tr("not checked (no issuer certificate known)");
    X509Ptr issuer = certificateFromPem(issuerPem);
    if (!issuer)
        return OcspInspector::tr("not checked (the issuer certificate cannot be read)");
    const X509StorePtr store(X509_STORE_new());
    X509StackPtr extra(sk_X509_new_null());
    if (!store || !extra || X509_STORE_add_cert(store.get(), issuer.get()) != 1
        || !sk_X509_push(extra.get(), issuer.get()))
        return OcspInspector::tr("not checked (%1)").arg(takeLastError());
    static_cast<void>(issuer.release()); // the stack owns it now, the store holds its own reference
    X509_VERIFY_PARAM* param = X509_STORE_get0_param(store.get());
    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN);
    X509_VERIFY_PARAM_set_time(param, static_cast<time_t>(now.toSecsSinceEpoch()));
    ERR_clear_error();
    const bool verified = OCSP_basic_verify(basic, extra.get(), store.get(), 0) == 1;
    const QString error = takeLastError();
    *failed = !verified;
    return verified ? OcspInspector::tr("verified") : OcspInspector::tr("does not verify (%1)").arg(error);
}

SignatureFinding signatureFinding(OCSP_BASICRESP* basic, const QString& issuerPem, const QDateTime& now)
{
    SignatureFinding finding;
    finding.text = signatureText(basic, issuerPem, now, &finding.failed);
    return finding;
}

RevocationVerdict invalid(const QString& detail, QStringList evidence)
{
    return RevocationVerdict {Diagnosis::OcspInvalid, detail, std::move(evidence), {}};
}

// The responder is there but could not answer: Windows gets no status either, so the check fails.
bool isResponderError(int status)
{
    return status == OCSP_RESPONSE_STATUS_MALFORMEDREQUEST || status == OCSP_RESPONSE_STATUS_INTERNALERROR
        || status == OCSP_RESPONSE_STATUS_TRYLATER || status == OCSP_RESPONSE_STATUS_SIGREQUIRED;
}
} // namespace

RevocationVerdict OcspInspector::inspect(const QByteArray& body, int httpStatus, const QString& contentType,
    bool truncated, const QByteArray& requestDer, const QString& issuerPem, const QDateTime& now)
{
    ERR_clear_error();
    QStringList evidence;
    evidence << tr("HTTP status: %1").arg(httpStatus);
    if (!contentType.isEmpty())
        evidence << tr("Content-Type: %1").arg(contentType.left(100));
    evidence << tr("Size: %1 bytes").arg(body.size());

    if (truncated)
        return invalid(tr("The answer is larger than 20 MB and was cut; no OCSP response is that large"), evidence);

    OcspResponsePtr response;
    qsizetype trailingBytes = 0;
    if (!body.isEmpty()) {
        const auto* begin = reinterpret_cast<const unsigned char*>(body.constData());
        const unsigned char* cursor = begin;
        response.reset(d2i_OCSP_RESPONSE(nullptr, &cursor, static_cast<long>(body.size())));
        ERR_clear_error();
        if (response)
            trailingBytes = body.size() - (cursor - begin);
    }
    if (httpStatus < 200 || httpStatus > 299) {
        const QString what = response ? tr("an OCSP response") : BodySniffer::describe(body, contentType);
        return invalid(tr("The server answered HTTP %1 instead of an OCSP response (the body was %2)")
                           .arg(QString::number(httpStatus), what),
            evidence);
    }
    if (!response) {
        return invalid(
            tr("The answer is not an OCSP response but %1").arg(BodySniffer::describe(body, contentType)), evidence);
    }
    if (trailingBytes > 0)
        evidence << tr("%n bytes follow the OCSP response", nullptr, int(trailingBytes));

    const int status = OCSP_response_status(response.get());
    const QString statusName = responseStatusName(status);
    evidence << tr("Response status: %1").arg(statusName);
    if (isResponderError(status)) {
        return RevocationVerdict {Diagnosis::OcspError,
            tr("The OCSP responder answered with responseStatus %1 (%2): it is reachable but gives no "
               "certificate status")
                .arg(statusName, responseStatusMeaning(status)),
            evidence, {}};
    }
    if (status != OCSP_RESPONSE_STATUS_SUCCESSFUL) {
        return RevocationVerdict {Diagnosis::Ok,
            tr("The OCSP responder answered with responseStatus %1 (%2): it is reachable")
                .arg(statusName, responseStatusMeaning(status)),
            evidence, {}};
    }

    const OcspBasicResponsePtr basic(OCSP_response_get1_basic(response.get()));
    ERR_clear_error();
    if (!basic)
        return invalid(tr("The OCSP response says successful but carries no basic response"), evidence);

    const OcspRequestPtr request = parseRequest(requestDer);
    const SingleStatus single = findStatus(basic.get(), request.get(), &evidence);
    if (const QString nonce = nonceFinding(request.get(), basic.get()); !nonce.isEmpty())
        evidence << nonce;
    const SignatureFinding signed_ = signatureFinding(basic.get(), issuerPem, now);
    const QString& signature = signed_.text;
    evidence << tr("Signature: %1").arg(signature);
    if (signed_.failed) {
        return invalid(tr("The OCSP answer is not signed by the certificate's issuer nor by a responder it "
                          "delegated to: something other than the CA answered (a filtering device or a wrong "
                          "responder); signature %1")
                           .arg(signature),
            evidence);
    }

    if (!single.found) {
        return RevocationVerdict {Diagnosis::Ok,
            tr("The OCSP responder answered (responseStatus successful) but without the certificate "
               "asked about; signature %1")
                .arg(signature),
            evidence, {}};
    }

    QString certificate = certStatusName(single.status);
    if (single.status == V_OCSP_CERTSTATUS_REVOKED) {
        certificate
            = tr("revoked at %1 (reason: %2)")
                  .arg(formatTime(single.revokedAt),
                      single.reason >= 0 ? QString::fromLatin1(OCSP_crl_reason_str(single.reason)) : tr("not given"));
    }
    evidence << tr("This update: %1").arg(formatTime(single.thisUpdate));
    evidence << tr("Next update: %1").arg(single.nextUpdate.isValid() ? formatTime(single.nextUpdate) : tr("none"));
    const bool stale = single.nextUpdate.isValid() && single.nextUpdate < now;
    if (single.thisUpdate.isValid() && single.thisUpdate > now.addSecs(300))
        evidence << tr("This update lies in the future: is the local clock behind?");

    if (stale) {
        return RevocationVerdict {Diagnosis::OcspStale,
            tr("The OCSP responder answers with an out-of-date status: certificate %1, next update %2 has passed "
               "(a cache or a device in between may be replaying an old answer)")
                .arg(certificate, formatTime(single.nextUpdate)),
            evidence, {}};
    }
    return RevocationVerdict {Diagnosis::Ok,
        tr("The OCSP responder answered (responseStatus successful): certificate %1, this update %2, next update "
           "%3, signature %4")
            .arg(certificate, formatTime(single.thisUpdate),
                single.nextUpdate.isValid() ? formatTime(single.nextUpdate) : tr("none"), signature),
        evidence, {}};
}
