#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>

#include <memory>

// The CA certificates a user adds (--ca-file), kept apart from the system store. Handing Qt a CA list makes
// every TLS socket copy the whole system store into its own context (tens of milliseconds each); keeping
// Qt's default, lazily loaded store and checking failed chains against these anchors ourselves costs nothing
// when they are not needed. Read-only after construction, so worker threads share it.
class ExtraTrustStore final
{
public:
    explicit ExtraTrustStore(const QList<QSslCertificate>& anchors);
    ~ExtraTrustStore();
    ExtraTrustStore(const ExtraTrustStore&) = delete;
    ExtraTrustStore& operator=(const ExtraTrustStore&) = delete;

    bool isEmpty() const { return m_anchors.isEmpty(); }
    // True when the presented chain (leaf first) verifies up to one of the anchors (signatures, validity
    // dates, CA constraints). The host name is not part of this; Qt reports it separately.
    bool verifies(const QList<QSslCertificate>& chain) const;
    // Errors that only say "no trusted root found": the ones an extra anchor can resolve.
    static bool isTrustError(QSslError::SslError error);

private:
    QList<QSslCertificate> m_anchors;
    struct Store;
    std::unique_ptr<Store> m_store;
};
