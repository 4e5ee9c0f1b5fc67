#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// One Azure Relay namespace of the desktop flows runtime, e.g. prodeastusmmrns-1-plck7l3prc43s.servicebus.windows.net.
struct RelayNamespace
{
    QString host; // lower case
    bool preview = false; // Microsoft lists it for preview (early release) environments
};

struct RelayRegion
{
    QString name; // a Power Platform region as Microsoft's list names it, e.g. "United States"
    QList<RelayNamespace> namespaces;
};

// Microsoft's allowlist of the namespaces the public cloud's desktop flows runtime uses, by Power Platform region.
// It lets a run test every namespace of a region instead of one host standing for *.servicebus.windows.net, and
// lets a customer allowlist by namespace. Loaded from resources/catalog/relay-namespaces.json (written by
// scripts/generate-relay-namespaces from the Power Automate page); read-only afterwards, so threads share it.
class RelayNamespaces final
{
    Q_DECLARE_TR_FUNCTIONS(RelayNamespaces)

public:
    static constexpr qint64 kMaxFileSize = qint64(512) * 1024;
    static constexpr qsizetype kMaxNamespaces = 5000;

    // The built-in list (embedded data file), parsed once.
    static std::shared_ptr<const RelayNamespaces> builtIn();
    // Parses a data file; nullptr and a message naming the problem on error.
    static std::shared_ptr<const RelayNamespaces> parse(const QByteArray& json, QString* error);
    // Reads and parses a data file of at most kMaxFileSize bytes; the message starts with the path.
    static std::shared_ptr<const RelayNamespaces> loadFile(const QString& path, QString* error);

    const QList<RelayRegion>& regions() const { return m_regions; }
    QStringList regionNames() const;
    // The region with this name, compared without regard to case; nullptr when there is none.
    const RelayRegion* region(const QString& name) const;
    // The region a namespace host belongs to; nullptr when the list does not hold the host.
    const RelayRegion* regionOf(const QString& host) const;
    qsizetype size() const; // namespaces, all regions
    QString source() const { return m_source; }
    QString pageDate() const { return m_pageDate; } // YYYY-MM-DD, the page's own date
    QString generated() const { return m_generated; } // YYYY-MM-DD

private:
    QList<RelayRegion> m_regions;
    QString m_source;
    QString m_pageDate;
    QString m_generated;
};
