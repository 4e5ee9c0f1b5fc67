#pragma once

#include "SavedReport.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Many machines' reports counted into one view, one report at a time: only counts and each failing machine's
// failed endpoints are kept, so thousands of reports never sit in memory together. Reports of different
// clouds or schema versions are counted in separate groups, never mixed.
class FleetSummary final
{
public:
    // Machines of the same cloud and site of which at least this share passes an endpoint make a failure of
    // it on one machine stand out.
    static constexpr double oddOneOutShare = 0.9;

    struct Tally
    {
        int machines = 0;
        int notReady = 0;
    };

    struct EndpointTally
    {
        QString identity;
        QString endpointId;
        QString endpoint; // probe:port or URL
        QString protocol;
        int tested = 0; // machines that checked it
        int failed = 0; // machines where it failed
        QMap<QString, int> diagnoses; // of the failures: code -> machines
    };

    struct OddOneOut
    {
        QString hostname;
        QString path;
        QString site;
        QString endpoint;
        QString protocol;
        QString diagnosis;
        int machinesAtSite = 0; // of the same cloud and site that checked the endpoint
        int passingAtSite = 0;
    };

    struct Group
    {
        QString cloud;
        int schemaVersion = 0;
        int machines = 0;
        int ready = 0; // no check failed
        QList<EndpointTally> endpoints; // most failures first
        QMap<QString, Tally> byRoute; // "" = direct
        QMap<QString, Tally> bySite; // "" = no site label
        QMap<QString, Tally> byOs;
        QMap<QString, Tally> byCatalogDate; // "" = the reports do not say
        QList<OddOneOut> oddOnesOut;
    };

    struct Unreadable
    {
        QString path;
        QString reason;
    };

    void add(const SavedReport& report);
    void addUnreadable(const QString& path, const QString& reason);

    // The groups, cloud by cloud, with endpoints sorted and the odd ones out found.
    QList<Group> groups() const;
    QList<Unreadable> unreadable() const;
    int machines() const { return m_machines; }

private:
    struct FailingMachine
    {
        QString hostname;
        QString path;
        QString site;
        QList<std::pair<QString, QString>> failures; // identity, diagnosis
    };
    struct SiteCount
    {
        int tested = 0;
        int passed = 0;
    };
    struct GroupState
    {
        Group group;
        QHash<QString, EndpointTally> endpoints;
        QHash<QString, QHash<QString, SiteCount>> bySiteAndEndpoint; // site -> identity -> counts
        QList<FailingMachine> failingMachines;
    };

    QString interned(const QString& text);

    QMap<QString, GroupState> m_groups; // "cloud|schemaVersion"
    QList<Unreadable> m_unreadable;
    QHash<QString, QString> m_strings; // one copy of each identity and code across thousands of reports
    int m_machines = 0;
};
