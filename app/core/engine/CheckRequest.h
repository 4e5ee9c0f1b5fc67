#pragma once

#include "Endpoint.h"
#include "ProxySetting.h"

#include <QMetaType>
#include <QString>

#include <optional>

// One check to run: an endpoint on one port, with its probe host already resolved from placeholders.
struct CheckRequest
{
    QString id; // unique within a run
    Endpoint endpoint;
    QString probeHost;
    quint16 port = 0;
    // Why this host was chosen when the endpoint is a wildcard tested through several hosts (e.g. the region of a
    // relay namespace); the result's detail ends with it.
    QString probeNote;
    // This check's proxy when it differs from the run's (e.g. the route a Windows service uses).
    std::optional<ProxySetting> proxy;
    QString routeNote; // whose route this check follows, for its evidence
    // The component this check stands for authenticates to the proxy as this account, not as the user.
    QString serviceAccount;

    Protocol protocol() const { return endpoint.protocol; }
};

Q_DECLARE_METATYPE(CheckRequest)
