#include "Translations.h"

#include <QLibraryInfo>
#include <QTranslator>

namespace {
const auto kProgramTranslator = QStringLiteral("netready-translator");
const auto kQtTranslator = QStringLiteral("netready-qt-translator");
constexpr char kLanguageProperty[] = "netreadyLanguage";

void replaceTranslator(const QString& name, const QString& file, const QString& directory, const QLocale& locale)
{
    auto* app = QCoreApplication::instance();
    for (QTranslator* old : app->findChildren<QTranslator*>(name, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto* translator = new QTranslator(app);
    translator->setObjectName(name);
    if (translator->load(locale, file, QStringLiteral("_"), directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}
} // namespace

QStringList Translations::codes()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"),
        QStringLiteral("ja"), QStringLiteral("zh_CN")};
}

std::optional<QString> Translations::fromCode(const QString& spelling)
{
    QString code = spelling.trimmed();
    code.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QStringList parts = code.split(QLatin1Char('_'));
    const QString language = parts.constFirst().toLower();
    const QString territory = parts.size() > 1 ? parts.at(1).toUpper() : QString();
    if (parts.size() > 2 || language.isEmpty())
        return std::nullopt;
    // Chinese: Netready speaks the simplified script of mainland China; a bare "zh" means it too.
    if (language == QLatin1String("zh"))
        return territory.isEmpty() || territory == QLatin1String("CN") ? std::optional(QStringLiteral("zh_CN"))
                                                                       : std::nullopt;
    if (codes().contains(language))
        return language;
    return std::nullopt;
}

QString Translations::fromLocale(const QLocale& locale)
{
    for (const QString& language : locale.uiLanguages()) {
        // A traditional-script or Taiwan/Hong Kong locale is not served by the simplified Chinese text.
        if (language.startsWith(QLatin1String("zh"))
            && (language.contains(QLatin1String("Hant")) || language.contains(QLatin1String("TW"))
                || language.contains(QLatin1String("HK")) || language.contains(QLatin1String("MO"))))
            continue;
        const QString base = language.section(QLatin1Char('-'), 0, 0);
        if (const auto code = fromCode(base))
            return *code;
    }
    return QStringLiteral("en");
}

QString Translations::nativeName(const QString& code)
{
    const QLocale language = locale(code);
    QString name = language.nativeLanguageName();
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (!name.isEmpty() && language.script() == QLocale::LatinScript)
        name[0] = name.at(0).toUpper(); // "français" as a menu entry: "Français"
    return name;
}

QLocale Translations::locale(const QString& code)
{
    if (code == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    if (code == QLatin1String("zh_CN"))
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    return QLocale(code);
}

QString Translations::install(const QString& code)
{
    QString chosen = fromCode(code).value_or(QStringLiteral("en"));
    const QLocale language = locale(chosen);
    QLocale::setDefault(language);
    replaceTranslator(kProgramTranslator, QStringLiteral("netready"), QStringLiteral(":/i18n"), language);
    replaceTranslator(
        kQtTranslator, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath), language);
    QCoreApplication::instance()->setProperty(kLanguageProperty, chosen);
    return chosen;
}

QString Translations::current()
{
    const auto* app = QCoreApplication::instance();
    const QString code = app ? app->property(kLanguageProperty).toString() : QString();
    return code.isEmpty() ? QStringLiteral("en") : code;
}
