#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Says in a few words what an answer that is not the expected CRL or OCSP structure looked like, so a report
// can tell a captive portal's page from a cut download or random bytes. Reads at most the first 64 KiB.
class BodySniffer final
{
    Q_DECLARE_TR_FUNCTIONS(BodySniffer)

public:
    // E.g. "an HTML page (title: "Sign in")", "an empty body", "a DER structure cut short (100 of 900 bytes)".
    static QString describe(const QByteArray& body, const QString& contentType);
    // The total size (header and contents) that the DER element at the start of body declares;
    // -1 when body does not start with a definite-length DER header.
    static qint64 derDeclaredSize(const QByteArray& body);
};
