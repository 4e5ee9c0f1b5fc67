#pragma once

#include "Cloud.h"
#include "Feature.h"
#include "ProxySetting.h"
#include "proxy/ComponentProxies.h"
#include "proxy/ProxyAs.h"

#include <QList>
#include <QMap>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <utility>

// curl's --connect-to: a check for host:port connects to connectHost:connectPort instead.
struct ConnectToRule
{
    QString host; // empty = any
    quint16 port = 0; // 0 = any
    QString connectHost;
    quint16 connectPort = 0; // 0 = same port

    bool matches(const QString& targetHost, quint16 targetPort) const;
    // Parses "HOST:PORT:CONNECT_HOST:CONNECT_PORT" (IPv6 in brackets); nullopt and a message on error.
    static std::optional<ConnectToRule> parse(const QString& text, QString* error);
};

// Everything a user chose for one run, from the wizard or the command line.
struct RunOptions
{
    Cloud cloud = Cloud::Public;
    QList<Feature> features = Features::all();
    QString catalogFile; // empty = built-in
    QStringList extraCatalogFiles;
    QList<ConnectToRule> connectTo;
    ProxySetting proxy; // Manual or None: every check, whatever component it stands for
    // With the system setting: whose route desktop flows endpoints follow.
    ProxyAs proxyAs = ProxyAs::Service;
    // What the machine's Power Automate components use (empty: not looked up, the system proxy for all).
    ComponentProxies componentProxies;
    QString caFile;
    QList<QSslCertificate> extraCaCertificates; // loaded from caFile
    int timeoutSeconds = 10;
    int jobs = 16;
    bool checkChainRevocation = false;
    // Values for probe placeholders: "dataverse" -> host, "servicebus-namespace" -> hosts, ...
    QMap<QString, QStringList> inputs;
    // A region of Microsoft's list of desktop flows runtime namespaces (public cloud): every namespace of it is
    // tested. Empty: one documented namespace stands for *.servicebus.windows.net.
    QString region;
    // --label KEY=VALUE: tags the report carries (e.g. site=Berlin), in the order given.
    QList<std::pair<QString, QString>> labels;
};
