#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class HttpResponseParser;

// What is known about filtering devices (secure web gateways, TLS-inspecting firewalls, proxies): the
// headers, block-page titles and markers, redirect targets and inspection-CA names by which their answers can
// be told from a service's. Loaded from a data file (resources/inspection/block-pages.json) whose entries name
// their sources; read-only afterwards, so threads share it.
class BlockPageRules final
{
    Q_DECLARE_TR_FUNCTIONS(BlockPageRules)

public:
    // What matched in an answer.
    struct Match
    {
        QString productId;
        QString product; // "Zscaler Internet Access (ZIA)"; empty when only generic signs matched
        QStringList signs; // e.g. "Server: Zscaler/6.2", "title \"Website blocked\""
        bool genericBlockPage = false; // a block-page title or phrase that no service uses
        bool pageSigns = false; // the page itself (title, text, redirect target) is a device's, not headers only
        bool madeByDevice = false; // a header only the device's own answers carry (Server, its error headers);
                                   // Via and cache headers do not count: proxies add them to passed-on answers
    };

    // The built-in rules (embedded data file), parsed once.
    static std::shared_ptr<const BlockPageRules> builtIn();
    // Whether parse() compiles every pattern to check it, or leaves that to the pattern's first use (the
    // built-in file, whose patterns a test compiles: a run that meets no filtering device never needs them).
    enum class Patterns
    {
        Check,
        CompileOnFirstUse
    };
    // Parses a rules file; nullptr and a message naming the problem on error.
    static std::shared_ptr<const BlockPageRules> parse(
        const QByteArray& json, QString* error, Patterns patterns = Patterns::Check);

    // Product and generic signs in an answer (headers, the HTML title and the first 64 KiB of the body, the
    // host of a redirect). Empty signs: nothing points at a filtering device.
    Match identify(const HttpResponseParser& answer) const;
    // The product whose inspection CA has one of these names (subject CN and O), or empty.
    QString productForCa(const QStringList& caNames) const;
    bool isBlockStatus(int status) const { return m_blockStatuses.contains(status); }
    QString version() const { return m_version; }
    int productCount() const { return int(m_products.size()); }

    // The text of an HTML page's <title>, entities decoded, spaces simplified, at most 120 characters.
    static QString htmlTitle(const QByteArray& body);

private:
    struct HeaderRule
    {
        QByteArray name;
        QRegularExpression pattern;
    };
    struct Product
    {
        QString id;
        QString name;
        QList<HeaderRule> headers;
        QList<QRegularExpression> titles;
        QList<QRegularExpression> bodyMarkers;
        QList<QRegularExpression> redirectHosts;
        QList<QRegularExpression> caNames;
    };

    QString m_version;
    QList<Product> m_products;
    QList<QRegularExpression> m_genericTitles;
    QList<QRegularExpression> m_genericMarkers;
    QList<int> m_blockStatuses;
};
