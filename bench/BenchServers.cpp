// Loopback servers for bench/engine-bench: a TLS web server with a wildcard certificate for *.bench.test from a
// throw-away CA, and a port that drops SYNs. Prints "CA <path>", "TLS <port>", "BLACKHOLE <port>", then
// "READY", and serves until its standard input closes.
#include "BlackHoleListener.h"
#include "LoopbackTlsServer.h"
#include "TestPki.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    TestPki ca(QStringLiteral("Netready Bench CA"));
    const TestPki::Leaf leaf = ca.issueLeaf(QStringLiteral("bench"), {QStringLiteral("*.bench.test")});
    if (!ca.isValid() || leaf.isNull()) {
        QTextStream(stderr) << "cannot make the bench CA: " << ca.errorString() << "\n";
        return 1;
    }
    LoopbackTlsServer tls(LoopbackTlsServer::Behaviour::TlsHttp);
    BlackHoleListener blackHole;
    tls.setListenBacklogSize(1024);
    if (!tls.setIdentity(leaf.certPath, leaf.keyPath) || !tls.listenOnLoopback() || !blackHole.isValid()) {
        QTextStream(stderr) << "cannot start the bench servers\n";
        return 1;
    }
    out << "CA " << ca.caCertPath() << "\nSHA256 " << ca.caSha256Hex() << "\nTLS " << tls.serverPort() << "\nBLACKHOLE "
        << blackHole.port() << "\nREADY" << Qt::endl;

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}
