#include "proxy/ComponentProxyLookup.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>

// The Network page's lookup: the reader runs on another thread, the answer arrives on the caller's thread from
// the event loop, and a reader that hangs is answered with "not read" in bounded time.
class TestComponentProxyLookup final : public QObject
{
    Q_OBJECT

private slots:
    void answersOnTheCallersThread()
    {
        std::atomic<bool> onCallerThread {true};
        QThread* caller = QThread::currentThread();
        ComponentProxyLookup lookup(nullptr, [&onCallerThread, caller] {
            onCallerThread = QThread::currentThread() == caller;
            return ComponentProxies::notRead(QStringLiteral("test reader"));
        });
        QSignalSpy found(&lookup, &ComponentProxyLookup::found);
        lookup.start();
        QVERIFY(found.isEmpty()); // never inside start()
        QVERIFY(found.wait(30000));
        QVERIFY(!onCallerThread);
        const auto proxies = found.constFirst().constFirst().value<ComponentProxies>();
        QCOMPARE(proxies.note, QStringLiteral("test reader"));
        QCOMPARE(proxies.components.size(), 7);
        QVERIFY(!lookup.isRunning());
    }

    void slowReaderIsAnsweredInBoundedTime()
    {
        auto release = std::make_shared<QSemaphore>();
        {
            ComponentProxyLookup lookup(
                nullptr,
                [release] {
                    release->acquire();
                    return ComponentProxies::fromInputs({});
                },
                100);
            QSignalSpy found(&lookup, &ComponentProxyLookup::found);
            lookup.start();
            QVERIFY(found.wait(30000));
            const auto proxies = found.constFirst().constFirst().value<ComponentProxies>();
            QVERIFY(!proxies.read);
            QVERIFY2(proxies.note.contains(QStringLiteral("not read within")), qPrintable(proxies.note));
            // The late answer is dropped.
            release->release();
            QTest::qWait(200);
            QCOMPARE(found.size(), 1);
        }
        QThreadPool::globalInstance()->waitForDone(30000);
    }
};

QTEST_GUILESS_MAIN(TestComponentProxyLookup)
#include "tst_componentproxylookup.moc"
