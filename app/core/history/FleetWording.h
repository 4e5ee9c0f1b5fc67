#pragma once

#include "FleetSummary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

// The words of a fleet summary, shared by its text, HTML, CSV and JSON forms.
class FleetWording final
{
    Q_DECLARE_TR_FUNCTIONS(FleetWording)

public:
    FleetWording() = delete;

    static QString title();
    static QString totals(const FleetSummary& summary);
    static QString groupTitle(const FleetSummary::Group& group);
    static QString groupCounts(const FleetSummary::Group& group);
    static QString route(const QString& route); // "" -> direct
    static QString site(const QString& site); // "" -> no site label
    static QString notStated(const QString& value); // "" -> not stated
    static QString diagnoses(const FleetSummary::EndpointTally& tally); // "tcp-timeout 12, dns-failure 3"
    static QString oddOneOut(const FleetSummary::OddOneOut& odd);

    // The machines grouped by proxy route, site, operating system and catalog date, with worded keys.
    struct Grouping
    {
        QString id; // proxy | site | os | catalogDate
        QString title;
        QList<std::pair<QString, FleetSummary::Tally>> rows;
    };
    static QList<Grouping> groupings(const FleetSummary::Group& group);
};
