#include "engine/HttpResponseParser.h"

#include <QTest>

// The bounded HTTP/1.x response parser must read what servers send, fed in any pieces, and fail cleanly on
// hostile input.
class TestHttpResponseParser final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("closeAfter");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("truncated");
        QTest::addColumn<bool>("incomplete");
        QTest::addColumn<bool>("error");
        QTest::addRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhelloEXTRA") << false
                                        << 200 << QByteArray("hello") << false << false << false;
        QTest::addRow("chunked") << QByteArray(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;x=y\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
                                 << false << 200 << QByteArray("hello world") << false << false << false;
        QTest::addRow("until close") << QByteArray("HTTP/1.0 200 OK\r\n\r\nabc") << true << 200 << QByteArray("abc")
                                     << false << false << false;
        QTest::addRow("100 continue first")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n") << false
            << 404 << QByteArray() << false << false << false;
        QTest::addRow("101 is final") << QByteArray(
            "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n\x81\x00")
                                      << false << 101 << QByteArray() << false << false << false;
        QTest::addRow("over the cap") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n")
                + QByteArray(100, 'x') << false
                                      << 200 << QByteArray(16, 'x') << true << false << false;
        QTest::addRow("short body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc") << true << 200
                                    << QByteArray("abc") << false << true << false;
        QTest::addRow("not http") << QByteArray("\x16\x03\x01\x02\x00garbage", 12) << false << 0 << QByteArray()
                                  << false << false << true;
        QTest::addRow("html without status line")
            << QByteArray("<html>hi</html>") << true << 0 << QByteArray() << false << false << true;
        QTest::addRow("bad content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -4\r\n\r\n") << false
                                            << 200 << QByteArray() << false << false << true;
        QTest::addRow("bad chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << false
                                   << 200 << QByteArray() << false << false << true;
        QTest::addRow("closed before headers end")
            << QByteArray("HTTP/1.1 200 OK\r\nDate: x") << true << 0 << QByteArray() << false << false << true;
        QTest::addRow("nothing") << QByteArray() << true << 0 << QByteArray() << false << false << true;
    }

    void parse()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, closeAfter);
        // Whole, and one byte at a time: the result must not depend on how the bytes arrive.
        for (const int step : {int(input.size()) + 1, 1}) {
            HttpResponseParser parser(16);
            for (qsizetype i = 0; i < input.size() && !parser.isDone(); i += step)
                parser.feed(input.mid(i, step));
            if (closeAfter)
                parser.finish();
            QTEST(parser.status(), "status");
            QTEST(parser.state() == HttpResponseParser::State::Error, "error");
            if (parser.state() != HttpResponseParser::State::Error) {
                QTEST(parser.body(), "body");
                QTEST(parser.truncated(), "truncated");
                QTEST(parser.incomplete(), "incomplete");
                QVERIFY(parser.isDone());
            } else {
                QVERIFY(!parser.errorString().isEmpty());
            }
        }
    }

    void headersOnly()
    {
        HttpResponseParser parser(0, true);
        parser.feed(
            "HTTP/1.1 401 Unauthorized\r\nDate: Thu, 26 Nov 2026 10:00:00 GMT\r\nwww-authenticate: Bearer\r\n\r\n{}");
        QVERIFY(parser.isDone());
        QCOMPARE(parser.status(), 401);
        QCOMPARE(parser.reason(), QStringLiteral("Unauthorized"));
        QCOMPARE(parser.header("WWW-Authenticate"), QByteArray("Bearer"));
        QCOMPARE(parser.header("date"), QByteArray("Thu, 26 Nov 2026 10:00:00 GMT"));
    }

    void oversizedHeadersFail()
    {
        HttpResponseParser parser(0, true);
        parser.feed("HTTP/1.1 200 OK\r\n");
        for (int i = 0; i < 100 && !parser.isDone(); ++i)
            parser.feed("X-Padding: " + QByteArray(1000, 'a') + "\r\n");
        QCOMPARE(parser.state(), HttpResponseParser::State::Error);
        QVERIFY(parser.errorString().contains(QStringLiteral("64 KiB")));
    }
};

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
