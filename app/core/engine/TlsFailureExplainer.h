#pragma once

#include "Finding.h"
#include "PhaseEnd.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

class TlsChainAnalyzer;

// What a failed TLS handshake left behind: the certificate errors Qt reported, the certificates the server
// presented, the socket's own error text and how the phase ended.
struct TlsFailureFacts
{
    QString host;
    quint16 port = 0;
    QList<QSslError> errors;
    QList<QSslCertificate> presented;
    QString socketError;
    PhaseEnd end = PhaseEnd::Refused;
    int timeoutMs = 0;
    bool trustedByExtraCa = false; // the user's extra CAs anchor the chain
    QDateTime now;
};

// Says the one thing that matters about a failed handshake, in helpdesk words with names and dates ("the
// certificate of X expired on 1 March 2024", "the server did not send its intermediate certificate 'Y'",
// "the server offers only TLS 1.0"). The library's own strings go to the evidence only.
class TlsFailureExplainer final
{
    Q_DECLARE_TR_FUNCTIONS(TlsFailureExplainer)

public:
    static Finding explain(const TlsFailureFacts& facts, const TlsChainAnalyzer& trusted);

private:
    static std::optional<Finding> certificateProblem(const TlsFailureFacts& facts, const TlsChainAnalyzer& trusted);
    static Finding handshakeProblem(const TlsFailureFacts& facts);
    static QString date(const QDateTime& time);
    static QString describe(const QSslCertificate& certificate); // "'CN' (O)"
};
