#pragma once

#include "Cloud.h"
#include "Endpoint.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Judges the values a user gives for catalog placeholders ({dataverse}, {servicebus-namespace}, ...) in one cloud
// and selection: a host name or an http(s) URL, below a wildcard of the selection that the placeholder stands for,
// and in the cloud's own form where Netready knows it. The one place that knows each cloud's suffixes, for the
// wizard and the command line alike, so a value is only ever tested and reported under a wildcard that covers it.
class PlaceholderRules final
{
    Q_DECLARE_TR_FUNCTIONS(PlaceholderRules)

public:
    static QString dataverse() { return QStringLiteral("dataverse"); }
    static QString serviceBusNamespace() { return QStringLiteral("servicebus-namespace"); }

    struct Result
    {
        QStringList hosts; // lower case, in order, without duplicates
        QString reason; // why not, naming the value and what it should be; empty when the value is good
        bool ok() const { return reason.isEmpty(); }
    };

    // The selection: the catalog's endpoints for the cloud and features of the run.
    explicit PlaceholderRules(Cloud cloud, QList<Endpoint> selection = {});

    // The form alone, before any cloud or catalog is known: a host name or an http(s) URL without user name,
    // with no port but its scheme's own, and no IP address; for {servicebus-namespace} also a bare namespace name.
    static QString formProblem(const QString& placeholder, const QString& value);

    // One value (an empty one gives no host and no problem).
    Result check(const QString& placeholder, const QString& value) const;
    // Several values typed in one field, separated by commas, semicolons or white space.
    Result checkList(const QString& placeholder, const QString& text) const;
    // Every input of a run: the hosts per placeholder, or the first problem as "{name}: reason". A placeholder that
    // no selected endpoint uses is judged by its form and the cloud's own form only (one set of inputs may serve
    // several selections, but an environment of another cloud is refused all the same).
    QString checkInputs(const QMap<QString, QStringList>& inputs, QMap<QString, QStringList>* hosts) const;

    // Placeholders the selection uses, in catalog order.
    QStringList placeholders() const;
    // The documented hosts (wildcards) a placeholder stands for in the selection.
    QStringList wildcards(const QString& placeholder) const;
    // A value that would be accepted, to show in an empty field, e.g. https://contoso.crm.dynamics.com.
    QString example(const QString& placeholder) const;

    // The cloud's Service Bus domain, e.g. servicebus.windows.net; bare namespace names get it.
    static QString serviceBusDomain(Cloud cloud);
    // Whether a host may fill the endpoint's placeholder: below its wildcard, or its concrete host or below that.
    static bool fits(const Endpoint& endpoint, const QString& host);
    // The hosts of the given values that fit the endpoint, in order, without duplicates.
    static QStringList fittingHosts(const Endpoint& endpoint, const QStringList& values);

private:
    QString cloudFormProblem(const QString& placeholder, const QString& host) const;
    bool inCloudDomain(const QString& placeholder, const QString& host, const QString& sample) const;

    Cloud m_cloud;
    QList<Endpoint> m_selection;
};
