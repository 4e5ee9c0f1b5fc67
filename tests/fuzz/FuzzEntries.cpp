#include "FuzzEntries.h"

#include "ProxySetting.h"
#include "RunOptions.h"
#include "catalog/CatalogLoader.h"
#include "engine/AnswerClassifier.h"
#include "engine/BlockPageRules.h"
#include "engine/HttpResponseParser.h"
#include "engine/ProxyResolver.h"
#include "engine/check/ProxyAuthenticator.h"
#include "engine/check/ProxyTunnel.h"
#include "history/ComparisonText.h"
#include "history/FleetSummary.h"
#include "history/FleetText.h"
#include "history/ReportComparison.h"
#include "history/ReportReader.h"
#include "proxy/ComponentProxyResolver.h"
#include "proxy/DotNetProxyConfig.h"
#include "proxy/PacAnswer.h"
#include "proxy/PowerAutomateProxyInputs.h"
#include "proxy/WinHttpProxy.h"
#include "revocation-fixture.h"
#include "revocation/BodySniffer.h"
#include "revocation/ChainRevocationUrls.h"
#include "revocation/CrlInspector.h"
#include "revocation/OcspInspector.h"

#include <QSslCertificate>
#include <QTimeZone>

#ifndef Q_OS_WIN
#include "proxy/PacHost.h"
#include "proxy/PacScript.h"
#endif

namespace {
// A fixed clock: the seeds' CRLs and OCSP answers were current on this day, so their whole path is reachable.
QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
}

QString text(const QByteArray& input)
{
    return QString::fromUtf8(input);
}

QStringList lines(const QByteArray& input)
{
    return text(input).split(QLatin1Char('\n'));
}

// A property every input must keep; a broken one ends the process so the fuzzer keeps the input.
void require(bool condition, const char* what)
{
    if (!condition)
        qFatal("fuzz property broken: %s", what);
}

// The first byte chooses a variant (a cap, a chunk size); the rest is the data.
quint8 selector(const QByteArray& input)
{
    return input.isEmpty() ? 0 : quint8(input.at(0));
}

HttpResponseParser parsed(const QByteArray& input, qint64 maxBody, bool headersOnly = false)
{
    HttpResponseParser parser(maxBody, headersOnly);
    parser.feed(input);
    parser.finish();
    return parser;
}

void touch(const HttpResponseParser& parser)
{
    (void)parser.statusLine();
    (void)parser.header("Content-Type");
    (void)parser.errorString();
}

void httpResponse(const QByteArray& input)
{
    const quint8 choice = selector(input);
    const QByteArray data = input.mid(1);
    HttpResponseParser parser(qint64(1) << (choice % 24), (choice & 0x80) != 0);
    // Fed in pieces of a chosen size, as a socket delivers them.
    const qsizetype piece = 1 + (choice >> 3) % 13;
    for (qsizetype at = 0; at < data.size() && !parser.isDone(); at += piece)
        parser.feed(data.mid(at, piece));
    parser.finish();
    touch(parser);
    require(parser.body().size() <= (qint64(1) << (choice % 24)), "the body stays within its cap");
}

void connectReply(const QByteArray& input)
{
    const ProxyRoute proxy {QStringLiteral("proxy.test"), 3128, {}, {}, ProxyAuthMode::Auto};
    const QString target = QStringLiteral("service.test:443");
    const auto rules = BlockPageRules::builtIn();
    // Judged as the bytes arrive, in pieces, up to the size the tunnel reads at most.
    const QByteArray data = input.left(ProxyTunnel::kMaxReplyBytes + 1);
    const qsizetype piece = 1 + selector(input) % 97;
    std::optional<ProxyTunnel::Reply> reply;
    for (qsizetype at = piece; !reply; at += piece) {
        reply = ProxyTunnel::judgeReply(data.left(at), proxy, target, rules.get());
        if (at >= data.size())
            break;
    }
    if (reply) {
        require(reply->consumed <= data.size(), "the reply takes no more bytes than arrived");
        (void)ProxyAuthenticator::schemesOf(reply->challenges);
    }
}

void bodySniffer(const QByteArray& input)
{
    static const QStringList types {QString(), QStringLiteral("text/html"), QStringLiteral("application/pkix-crl"),
        QStringLiteral("application/ocsp-response"), QStringLiteral("application/json")};
    (void)BodySniffer::describe(input, types.at(selector(input) % types.size()));
    (void)BodySniffer::derDeclaredSize(input);
}

void crl(const QByteArray& input)
{
    const QString issuer = selector(input) % 2 ? QString::fromLatin1(kFuzzIssuerPem) : QString();
    (void)CrlInspector::inspect(input, 200, QStringLiteral("application/pkix-crl"), false, issuer, fixedNow());
}

void ocsp(const QByteArray& input)
{
    static const QByteArray request = QByteArray::fromBase64(kFuzzOcspRequestBase64);
    const QString issuer = selector(input) % 2 ? QString::fromLatin1(kFuzzIssuerPem) : QString();
    (void)OcspInspector::inspect(
        input, 200, QStringLiteral("application/ocsp-response"), false, request, issuer, fixedNow());
}

void chainUrls(const QByteArray& input)
{
    QList<QSslCertificate> chain = QSslCertificate::fromData(input, QSsl::Pem);
    chain << QSslCertificate::fromData(input, QSsl::Der);
    QStringList ocspUrls;
    QStringList crlUrls;
    ChainRevocationUrls::extract(chain, &ocspUrls, &crlUrls);
    for (const QSslCertificate& certificate : std::as_const(chain))
        (void)ChainRevocationUrls::caIssuersUrls(certificate);
}

void catalog(const QByteArray& input)
{
    QString error;
    (void)CatalogLoader::loadJson(input, QStringLiteral("fuzz.json"), &error);
}

void connectTo(const QByteArray& input)
{
    for (const QString& line : lines(input)) {
        QString error;
        if (const auto rule = ConnectToRule::parse(line, &error))
            (void)rule->matches(QStringLiteral("service.test"), 443);
    }
}

void proxyUrl(const QByteArray& input)
{
    for (const QString& line : lines(input)) {
        QString error;
        const ProxySetting setting = ProxySetting::fromUrl(line, &error);
        (void)setting.displayUrl();
        if (error.isEmpty())
            (void)ProxyResolver(setting).routeFor(QStringLiteral("https"), QStringLiteral("service.test"), 443);
    }
}

// The proxy settings a machine gives without a user typing them: http_proxy, https_proxy and no_proxy (Linux,
// read by Qt's system proxy lookup) and WinHTTP's proxy and bypass lists (Windows), one per line.
void environment(const QByteArray& input)
{
    const QStringList values = lines(input);
    const WinHttpProxy winHttp = WinHttpProxy::fromStrings(values.value(0), values.value(1));
    (void)winHttp.httpsProxy();
    ProxyBypass bypass;
    bypass.syntax = ProxyBypass::Syntax::WinHttp;
    bypass.entries = winHttp.bypass;
    (void)bypass.matches(QStringLiteral("https"), QStringLiteral("service.test"), 443);
#ifndef Q_OS_WIN
    // libproxy, which Qt asks on Debian, reads "pac+URL" and "wpad:" values as scripts to download: that is its
    // own parsing, and a fetch a parser's fuzzing must not make.
    for (const QString& value : values) {
        if (value.contains(QLatin1String("pac+"), Qt::CaseInsensitive)
            || value.contains(QLatin1String("wpad"), Qt::CaseInsensitive))
            return;
    }
    qputenv("http_proxy", values.value(0).toUtf8());
    qputenv("https_proxy", values.value(1).toUtf8());
    qputenv("no_proxy", values.value(2).toUtf8());
    QString note;
    (void)ProxyResolver(ProxySetting {}).routeFor(QStringLiteral("https"), QStringLiteral("service.test"), 443, &note);
    (void)ProxyResolver(ProxySetting {}).routeFor(QStringLiteral("http"), QStringLiteral("10.0.0.1"), 80, &note);
    qunsetenv("http_proxy");
    qunsetenv("https_proxy");
    qunsetenv("no_proxy");
#endif
}

void blockPage(const QByteArray& input)
{
    const auto rules = BlockPageRules::builtIn();
    const HttpResponseParser answer = parsed(input, qint64(64) * 1024);
    touch(answer);
    (void)rules->identify(answer);
    for (const auto origin : {AnswerClassifier::Origin::Unverified, AnswerClassifier::Origin::NotTheService})
        (void)AnswerClassifier::blockPage(*rules, answer, QStringLiteral("service.test"), {}, origin);
    (void)AnswerClassifier::proxyRefusal(
        answer, QStringLiteral("http://proxy.test:3128"), false, QStringLiteral("service.test:80"), rules.get());
    (void)AnswerClassifier::webSocket(answer, "dGhlIHNhbXBsZSBub25jZQ==", {});
    (void)BlockPageRules::htmlTitle(answer.body());
    (void)rules->productForCa(lines(input.left(512)));
}

// The values of Proxy-Authenticate headers, one per line, and the same as a proxy's 407 reply to CONNECT.
void proxyAuthenticate(const QByteArray& input)
{
    (void)ProxyAuthenticator::schemesOf(input.split('\n'));
    QByteArray reply = "HTTP/1.1 407 Proxy Authentication Required\r\n";
    for (const QByteArray& line : input.split('\n'))
        reply += "Proxy-Authenticate: " + line + "\r\n";
    reply += "Content-Length: 0\r\n\r\n";
    const ProxyRoute proxy {QStringLiteral("proxy.test"), 3128, QStringLiteral("user"), {}, ProxyAuthMode::Auto};
    if (const auto judged = ProxyTunnel::judgeReply(reply, proxy, QStringLiteral("service.test:443"), nullptr))
        (void)ProxyAuthenticator::schemesOf(judged->challenges);
}

// A Power Automate *.Proxy.config or a gateway .exe.config, as every component's file at once.
void proxyConfig(const QByteArray& input)
{
    QString error;
    (void)DotNetProxyConfig::parse(input, &error);
    PowerAutomateProxyInputs inputs;
    for (const auto component : {ComponentProxy::Component::DesktopFlowsService, ComponentProxy::Component::LogShipper,
             ComponentProxy::Component::GatewayService, ComponentProxy::Component::GatewayMashupEngine}) {
        const QString name = ComponentProxyResolver::configFileName(component);
        if (name.endsWith(QLatin1String(".exe.config")))
            inputs.gatewayConfigFiles.insert(name, input);
        else
            inputs.desktopConfigFiles.insert(name, input);
    }
    const QList<ComponentProxy> components = ComponentProxyResolver::resolve(inputs);
    (void)ComponentProxyResolver::desktopMismatch(components);
}

void savedReport(const QByteArray& input)
{
    QString error;
    const auto report = ReportReader::fromJson(input, &error);
    if (!report)
        return;
    (void)report->route();
    (void)ComparisonText::render(ReportComparison::compare(*report, *report));
    FleetSummary summary;
    summary.add(*report);
    summary.add(*report);
    (void)FleetText::render(summary);
}

#ifndef Q_OS_WIN
class QuietPacHost final : public PacHost
{
public:
    QList<QHostAddress> resolve(const QString& host) override
    {
        if (host.compare(QLatin1String("service.test"), Qt::CaseInsensitive) == 0)
            return {QHostAddress(QStringLiteral("127.0.0.2"))};
        return {};
    }
    QList<QHostAddress> localAddresses() override { return {QHostAddress(QStringLiteral("10.1.2.3"))}; }
    QDateTime now() override { return fixedNow(); }
};

// A proxy auto-config script, loaded and asked once, each call bounded (a script that loops is interrupted),
// and its answer read as the engine reads it.
void pac(const QByteArray& input)
{
    (void)PacAnswer::parse(text(input.left(4096)));
    QuietPacHost host;
    PacScript script(host, 200);
    QString error;
    if (!script.load(text(input), QStringLiteral("file:///fuzz.pac"), &error))
        return;
    const PacEvaluation evaluation
        = script.evaluate(QStringLiteral("https://service.test/path"), QStringLiteral("service.test"));
    if (evaluation.ok)
        (void)PacAnswer::parse(evaluation.returned);
}
#endif
} // namespace

namespace FuzzEntries {
const QList<Target>& targets()
{
    static const QList<Target> all {
        {QStringLiteral("http-response"), &httpResponse},
        {QStringLiteral("connect-reply"), &connectReply},
        {QStringLiteral("body-sniffer"), &bodySniffer},
        {QStringLiteral("crl"), &crl},
        {QStringLiteral("ocsp"), &ocsp},
        {QStringLiteral("chain-urls"), &chainUrls},
        {QStringLiteral("catalog"), &catalog},
        {QStringLiteral("connect-to"), &connectTo},
        {QStringLiteral("proxy-url"), &proxyUrl},
        {QStringLiteral("environment"), &environment},
        {QStringLiteral("block-page"), &blockPage},
        {QStringLiteral("proxy-authenticate"), &proxyAuthenticate},
        {QStringLiteral("proxy-config"), &proxyConfig},
        {QStringLiteral("saved-report"), &savedReport},
#ifndef Q_OS_WIN
        {QStringLiteral("pac"), &pac},
#endif
    };
    return all;
}

Entry find(const QString& name)
{
    for (const Target& target : targets()) {
        if (target.name == name)
            return target.entry;
    }
    return nullptr;
}
} // namespace FuzzEntries
