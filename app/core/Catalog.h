#pragma once

#include "Endpoint.h"
#include "ExpectedRoot.h"

#include <QDate>
#include <QList>
#include <QStringList>

// The endpoints Power Automate needs and the roots their certificates chain to, as loaded from catalog files.
struct Catalog
{
    QString title;
    QString source;
    // When the entries were last checked against Microsoft's pages; extra catalogs keep the first one's date.
    QDate date;
    QList<ExpectedRoot> expectedRoots;
    QList<Endpoint> endpoints;
    QStringList files; // where the content came from, for the report

    // Adds another catalog's endpoints (a user's own hosts); its roots extend the expected ones.
    void append(const Catalog& extra);
    QList<Endpoint> select(Cloud cloud, const QList<Feature>& features) const;
    const Endpoint* find(const QString& id) const;
};
