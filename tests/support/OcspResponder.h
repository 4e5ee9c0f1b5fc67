#pragma once

#include "TestPki.h"

#include <QProcess>
#include <QString>
#include <QUrl>

#include <memory>

// A real OCSP responder for a TestPki: `openssl ocsp -index ... -CA ... -rsigner ... -port N`, signing with a
// delegated OCSP signer. That command listens on every interface, so start() refuses to run it unless this
// process sits in a private network namespace whose only interfaces are loopback (see
// run-in-private-network.sh). Stopped by its PID in stop() and the destructor.
class OcspResponder final
{
public:
    explicit OcspResponder(TestPki& pki);
    // Signs with this certificate and key instead of a delegate of pki (e.g. one from another CA, as a wrong
    // responder or a middlebox would).
    void setSigner(const TestPki::Leaf& signer) { m_signer = signer; }
    ~OcspResponder();
    OcspResponder(const OcspResponder&) = delete;
    OcspResponder& operator=(const OcspResponder&) = delete;

    // Starts the responder and waits (at most 15 s) until it says it listens. It answers one request at a
    // time and gives up on a client that sends nothing after 5 s.
    bool start();
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    QUrl url() const; // http://127.0.0.1:port/

    // True when every network interface of this process is a loopback one, i.e. nothing it listens on can be
    // reached from another machine. Otherwise false and the reason in *why.
    static bool inPrivateNetworkNamespace(QString* why = nullptr);

private:
    TestPki& m_pki;
    TestPki::Leaf m_signer;
    std::unique_ptr<QProcess> m_process;
    QString m_error;
    quint16 m_port = 0;
};
