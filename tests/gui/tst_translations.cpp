#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// Every language file is complete: each message finished and non-empty, none vanished or obsolete, plural
// strings with the language's number of forms, place markers kept, the same messages in every language, and a
// .qm built from it that loads. English holds only the plural forms of the counted strings (lupdate -pluralonly).
class TestTranslations final : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context;
        QString source;
        QString comment;
        bool numerus = false;
        QString type; // "", unfinished, vanished, obsolete
        QStringList forms; // one for a plain message, the numerus forms otherwise

        QString key() const { return context + '\x1f' + source + '\x1f' + comment; }
        QString where() const { return context + ": " + source; }
    };

    static QString tsPath(const QString& language)
    {
        return qEnvironmentVariable("NETREADY_SOURCE_DIR") + "/translations/netready_" + language + ".ts";
    }

    // The messages of a .ts file and its language attribute; empty list and *error on failure.
    static QList<Message> read(const QString& path, QString* language, QString* error)
    {
        QFile ts(path);
        if (!ts.open(QIODevice::ReadOnly)) {
            *error = path + ": " + ts.errorString();
            return {};
        }
        QXmlStreamReader reader(&ts);
        QList<Message> messages;
        QString context;
        Message message;
        while (!reader.atEnd()) {
            reader.readNext();
            if (!reader.isStartElement())
                continue;
            const auto name = reader.name();
            if (name == QLatin1String("TS")) {
                *language = reader.attributes().value("language").toString();
            } else if (name == QLatin1String("name")) {
                context = reader.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message {};
                message.context = context;
                message.numerus = reader.attributes().value("numerus") == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = reader.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = reader.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = reader.attributes().value("type").toString();
                if (!message.numerus) {
                    message.forms << reader.readElementText();
                } else {
                    while (!(reader.isEndElement() && reader.name() == QLatin1String("translation"))) {
                        reader.readNext();
                        if (reader.isStartElement() && reader.name() == QLatin1String("numerusform"))
                            message.forms << reader.readElementText();
                    }
                }
                messages << message;
            }
        }
        if (reader.hasError()) {
            *error = path + ": " + reader.errorString();
            return {};
        }
        return messages;
    }

    static QSet<QString> markers(const QString& text)
    {
        static const QRegularExpression marker(QStringLiteral("%(?:L?[1-9]|n)"));
        QSet<QString> found;
        for (auto match = marker.globalMatch(text); match.hasNext();)
            found << match.next().captured().remove('L');
        return found;
    }

private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("numerusForms");
        QTest::addColumn<bool>("pluralOnly");
        // Forms as Qt counts them: German, French (0 and 1 alike), Spanish and English have two; Japanese and
        // Chinese one.
        QTest::addRow("de") << "de" << 2 << false;
        QTest::addRow("fr") << "fr" << 2 << false;
        QTest::addRow("es") << "es" << 2 << false;
        QTest::addRow("ja") << "ja" << 1 << false;
        QTest::addRow("zh_CN") << "zh_CN" << 1 << false;
        QTest::addRow("en") << "en" << 2 << true;
    }

    void complete()
    {
        QFETCH(QString, language);
        QFETCH(int, numerusForms);
        QFETCH(bool, pluralOnly);
        QString error;
        QString declared;
        const QList<Message> messages = read(tsPath(language), &declared, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(declared == language || declared.startsWith(language + '_'),
            qPrintable("language=\"" + declared + "\" in " + tsPath(language)));

        // The same messages as the German file, which lupdate keeps in step with the sources.
        QString germanDeclared;
        const QList<Message> german = read(tsPath("de"), &germanDeclared, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> expected;
        for (const Message& message : german) {
            if (!pluralOnly || message.numerus)
                expected << message.key();
        }
        QSet<QString> present;
        for (const Message& message : messages)
            present << message.key();
        for (const Message& message : german)
            QVERIFY2(!expected.contains(message.key()) || present.contains(message.key()),
                qPrintable("no entry for " + message.where()));
        for (const Message& message : messages)
            QVERIFY2(expected.contains(message.key()), qPrintable("not a source string: " + message.where()));
        QVERIFY(pluralOnly ? !messages.isEmpty() : messages.size() > 100);

        for (const Message& message : messages) {
            QVERIFY2(message.type.isEmpty(), qPrintable(message.type + ": " + message.where()));
            QVERIFY2(!message.numerus || message.forms.size() == numerusForms,
                qPrintable(QString("%1 plural forms, not %2: %3")
                               .arg(message.forms.size())
                               .arg(numerusForms)
                               .arg(message.where())));
            const QSet<QString> sourceMarkers = markers(message.source);
            for (const QString& form : message.forms) {
                QVERIFY2(!form.trimmed().isEmpty(), qPrintable("empty: " + message.where()));
                QVERIFY2(markers(form) == sourceMarkers,
                    qPrintable("place markers differ: " + message.where() + " -> " + form));
            }
        }

        QTranslator translator;
        QVERIFY2(translator.load("netready_" + language, NETREADY_QM_DIR), NETREADY_QM_DIR);
        QCOMPARE(translator.language(), declared);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
