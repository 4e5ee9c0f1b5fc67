#include "proxy/PacHost.h"
#include "proxy/PacScript.h"

#include <QTest>

// Where the JavaScript engine module cannot be loaded (a broken installation), a script is not run and the
// reason names the module; nothing crashes. A process of its own: the module is looked for once per process.
class TestPacModule : public QObject
{
    Q_OBJECT

    class NoHost final : public PacHost
    {
    public:
        QList<QHostAddress> resolve(const QString&) override { return {}; }
        QList<QHostAddress> localAddresses() override { return {QHostAddress::LocalHost}; }
        QDateTime now() override { return QDateTime::currentDateTimeUtc(); }
    };

    const QString m_missing = QStringLiteral("/nonexistent/netready/libnetready-pac.so");

private slots:
    void initTestCase() { qputenv("NETREADY_PAC_MODULE", QFile::encodeName(m_missing)); }

    void missingModuleIsNamed()
    {
        NoHost host;
        PacScript script(host, 1000);
        QString error;
        QVERIFY(!script.load(
            QStringLiteral("function FindProxyForURL(u, h) { return 'DIRECT'; }"), QStringLiteral("test.pac"), &error));
        QVERIFY2(error.contains(QStringLiteral("could not be loaded")) && error.contains(m_missing), qPrintable(error));
        const PacEvaluation evaluation = script.evaluate(QStringLiteral("https://a.test/"), QStringLiteral("a.test"));
        QVERIFY(!evaluation.ok);
        QCOMPARE(evaluation.error, error);
        script.interrupt(); // harmless without an engine
    }
};

QTEST_GUILESS_MAIN(TestPacModule)
#include "tst_pacmodule.moc"
