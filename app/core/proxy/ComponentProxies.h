#pragma once

#include "ComponentProxy.h"
#include "PowerAutomateProxyInputs.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// The proxy of every Power Automate component on this machine, as one run or the Network page sees it, and
// whether the machine's settings could be read at all. A plain value: it crosses threads and goes into reports.
struct ComponentProxies
{
    bool read = false; // false: the system proxy stands in for every component (see note)
    QString note; // translated: why the settings were not read
    QList<ComponentProxy> components;

    // From what was read on a Windows machine: every desktop component, the gateway's that were found, and the
    // gateway service even when not installed (it would use the WinHTTP proxy).
    static ComponentProxies fromInputs(const PowerAutomateProxyInputs& inputs);
    // Nothing read: each component listed with the system proxy standing in, and the reason.
    static ComponentProxies notRead(const QString& reason);
    // Reads this machine (registry, files, WinHTTP default proxy: no PAC evaluation). Quick, but it touches
    // the registry and the disk: call it off the GUI thread.
    static ComponentProxies readThisMachine();

    std::optional<ComponentProxy> find(ComponentProxy::Component component) const;
};

Q_DECLARE_METATYPE(ComponentProxies)
