#include "BlockPageRules.h"

#include "HttpResponseParser.h"
#include "catalog/JsonFields.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QUrl>

namespace {
constexpr qsizetype kScannedBodyBytes = qsizetype(64) * 1024;

bool compile(const QJsonValue& value, const QString& where, QList<QRegularExpression>* out, QString* error,
    BlockPageRules::Patterns check)
{
    if (!value.isUndefined() && !value.isArray()) {
        *error = BlockPageRules::tr("%1 must be a list of patterns").arg(where);
        return false;
    }
    const QJsonArray patterns = value.toArray();
    for (qsizetype i = 0; i < patterns.size(); ++i) {
        const QRegularExpression pattern(patterns.at(i).toString(), QRegularExpression::CaseInsensitiveOption);
        if (!patterns.at(i).isString() || patterns.at(i).toString().isEmpty()
            || (check == BlockPageRules::Patterns::Check && !pattern.isValid())) {
            *error
                = BlockPageRules::tr("%1[%2] is not a valid pattern: %3").arg(where).arg(i).arg(pattern.errorString());
            return false;
        }
        *out << pattern;
    }
    return true;
}

QString printable(const QString& text, qsizetype max = 120)
{
    QString result = text.simplified().left(max);
    for (QChar& c : result) {
        if (!c.isPrint())
            c = QLatin1Char('?');
    }
    return result;
}
} // namespace

std::shared_ptr<const BlockPageRules> BlockPageRules::builtIn()
{
    static QMutex mutex;
    static std::shared_ptr<const BlockPageRules> rules;
    QMutexLocker lock(&mutex);
    if (!rules) {
        QFile file(QStringLiteral(":/inspection/block-pages.json"));
        QString error;
        if (file.open(QIODevice::ReadOnly))
            rules = parse(file.readAll(), &error, Patterns::CompileOnFirstUse);
        Q_ASSERT_X(rules, "BlockPageRules", qPrintable(error)); // a test keeps the embedded file valid
        if (!rules)
            rules = std::make_shared<const BlockPageRules>();
    }
    return rules;
}

std::shared_ptr<const BlockPageRules> BlockPageRules::parse(const QByteArray& json, QString* error, Patterns patterns)
{
    const std::optional<QJsonObject> parsed = JsonFields::parseObject(json, error);
    if (!parsed)
        return nullptr;
    const QJsonObject& root = *parsed;
    auto rules = std::make_shared<BlockPageRules>();
    rules->m_version = root.value(QStringLiteral("version")).toString();
    const QJsonArray products = root.value(QStringLiteral("products")).toArray();
    for (qsizetype i = 0; i < products.size(); ++i) {
        const QJsonObject entry = products.at(i).toObject();
        const QString where = QStringLiteral("products[%1]").arg(i);
        Product product;
        product.id = entry.value(QStringLiteral("id")).toString();
        product.name = entry.value(QStringLiteral("name")).toString();
        if (product.id.isEmpty() || product.name.isEmpty()) {
            *error = tr("%1 needs an id and a name").arg(where);
            return nullptr;
        }
        if (entry.value(QStringLiteral("sources")).toArray().isEmpty()) {
            *error = tr("%1 (%2) names no source").arg(where, product.id);
            return nullptr;
        }
        const QJsonArray headers = entry.value(QStringLiteral("headers")).toArray();
        for (qsizetype h = 0; h < headers.size(); ++h) {
            const QJsonObject header = headers.at(h).toObject();
            const QRegularExpression pattern(
                header.value(QStringLiteral("pattern")).toString(), QRegularExpression::CaseInsensitiveOption);
            const QByteArray name = header.value(QStringLiteral("name")).toString().toLatin1();
            if (name.isEmpty() || pattern.pattern().isEmpty() || (patterns == Patterns::Check && !pattern.isValid())) {
                *error = tr("%1.headers[%2] needs a name and a valid pattern").arg(where).arg(h);
                return nullptr;
            }
            product.headers << HeaderRule {name, pattern};
        }
        if (!compile(entry.value(QStringLiteral("titles")), where + QStringLiteral(".titles"), &product.titles, error,
                patterns)
            || !compile(entry.value(QStringLiteral("bodyMarkers")), where + QStringLiteral(".bodyMarkers"),
                &product.bodyMarkers, error, patterns)
            || !compile(entry.value(QStringLiteral("redirectHosts")), where + QStringLiteral(".redirectHosts"),
                &product.redirectHosts, error, patterns)
            || !compile(entry.value(QStringLiteral("caNames")), where + QStringLiteral(".caNames"), &product.caNames,
                error, patterns))
            return nullptr;
        rules->m_products << product;
    }
    const QJsonObject generic = root.value(QStringLiteral("generic")).toObject();
    if (!compile(generic.value(QStringLiteral("titles")), QStringLiteral("generic.titles"), &rules->m_genericTitles,
            error, patterns)
        || !compile(generic.value(QStringLiteral("bodyMarkers")), QStringLiteral("generic.bodyMarkers"),
            &rules->m_genericMarkers, error, patterns))
        return nullptr;
    const QJsonArray statuses = generic.value(QStringLiteral("statuses")).toArray();
    for (const auto& status : statuses)
        rules->m_blockStatuses << status.toInt();
    return rules;
}

QString BlockPageRules::htmlTitle(const QByteArray& body)
{
    const QByteArray head = body.left(kScannedBodyBytes);
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = title.match(QString::fromUtf8(head));
    if (!match.hasMatch())
        return {};
    // Entities (&amp;, &#39;) as a browser shows them; tags inside the title are dropped.
    QString text = match.captured(1);
    text.replace(QLatin1Char('<'), QLatin1Char(' '));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"), Qt::CaseInsensitive);
    text.replace(QLatin1String("&gt;"), QLatin1String(">"), Qt::CaseInsensitive);
    text.replace(QLatin1String("&quot;"), QLatin1String("\""), Qt::CaseInsensitive);
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "), Qt::CaseInsensitive);
    text.replace(QLatin1String("&amp;"), QLatin1String("&"), Qt::CaseInsensitive);
    return printable(text);
}

BlockPageRules::Match BlockPageRules::identify(const HttpResponseParser& answer) const
{
    Match match;
    const QString title = htmlTitle(answer.body());
    const QString body = QString::fromUtf8(answer.body().left(kScannedBodyBytes));
    const QString location = QString::fromLatin1(answer.header("Location"));
    const QString redirectHost = QUrl(location).host();
    for (const Product& product : m_products) {
        QStringList signs;
        bool pageSigns = false;
        bool madeByDevice = false;
        for (const HeaderRule& rule : product.headers) {
            for (const auto& [name, value] : answer.headers()) {
                if (name.compare(rule.name, Qt::CaseInsensitive) != 0
                    || !rule.pattern.match(QString::fromLatin1(value)).hasMatch())
                    continue;
                signs << QStringLiteral("%1: %2").arg(QString::fromLatin1(name), printable(QString::fromLatin1(value)));
                const QByteArray lower = name.toLower();
                madeByDevice = madeByDevice || (lower != "via" && !lower.startsWith("x-cache"));
            }
        }
        for (const QRegularExpression& pattern : product.titles) {
            if (!title.isEmpty() && pattern.match(title).hasMatch()) {
                signs << tr("page title \"%1\"").arg(title);
                pageSigns = true;
            }
        }
        for (const QRegularExpression& pattern : product.bodyMarkers) {
            const QRegularExpressionMatch found = pattern.match(body);
            if (found.hasMatch()) {
                signs << tr("page text \"%1\"").arg(printable(found.captured(0), 60));
                pageSigns = true;
            }
        }
        for (const QRegularExpression& pattern : product.redirectHosts) {
            if (!redirectHost.isEmpty() && pattern.match(redirectHost).hasMatch()) {
                signs << tr("redirect to %1").arg(printable(redirectHost));
                pageSigns = true;
            }
        }
        signs.removeDuplicates();
        if (!signs.isEmpty()) {
            match.productId = product.id;
            match.product = product.name;
            match.signs = signs;
            match.pageSigns = pageSigns;
            match.madeByDevice = madeByDevice || pageSigns;
            break;
        }
    }
    for (const QRegularExpression& pattern : m_genericTitles) {
        if (!title.isEmpty() && pattern.match(title).hasMatch()) {
            match.genericBlockPage = match.pageSigns = true;
            match.signs << tr("page title \"%1\"").arg(title);
        }
    }
    for (const QRegularExpression& pattern : m_genericMarkers) {
        const QRegularExpressionMatch found = pattern.match(body);
        if (found.hasMatch()) {
            match.genericBlockPage = match.pageSigns = true;
            match.signs << tr("page text \"%1\"").arg(printable(found.captured(0), 60));
        }
    }
    match.signs.removeDuplicates();
    return match;
}

QString BlockPageRules::productForCa(const QStringList& caNames) const
{
    for (const Product& product : m_products) {
        for (const QRegularExpression& pattern : product.caNames) {
            for (const QString& name : caNames) {
                if (!name.isEmpty() && pattern.match(name).hasMatch())
                    return product.name;
            }
        }
    }
    return {};
}
