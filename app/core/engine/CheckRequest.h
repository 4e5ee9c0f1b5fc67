#pragma once

#include "Endpoint.h"

#include <QMetaType>
#include <QString>

// One check to run: an endpoint on one port, with its probe host already resolved from placeholders.
struct CheckRequest
{
    QString id; // unique within a run
    Endpoint endpoint;
    QString probeHost;
    quint16 port = 0;

    Protocol protocol() const { return endpoint.protocol; }
};

Q_DECLARE_METATYPE(CheckRequest)
