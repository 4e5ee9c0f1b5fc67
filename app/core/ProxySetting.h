#pragma once

#include "ProxyAuth.h"
#include "ProxyBypass.h"

#include <QString>
#include <QUrl>

// Which proxy the checks go through. The password lives only in memory for one run.
struct ProxySetting
{
    enum class Mode
    {
        System,
        None,
        Manual,
        Pac // a proxy auto-config script decides per URL
    };

    Mode mode = Mode::System;
    QUrl url; // Manual: http://host:port, without credentials
    QString user;
    QString password;
    ProxyAuthMode authMode = ProxyAuthMode::Auto; // what to do when the proxy asks for authentication
    QUrl pacUrl; // Pac: file:, http: or https: URL of the script
    ProxyBypass bypass; // Manual: hosts that go direct (a Power Automate component's list)
    // Pac: only the first route the script returns, never the next on failure, as Power Automate's components do.
    bool pacFirstRouteOnly = false;

    // The script's location as the user knows it: a file path, or the URL.
    QString pacDisplay() const;

    // "http://host:port" for reports: never the credentials.
    QString displayUrl() const;
    QString modeId() const; // system | none | manual | pac
    // Parses "http://[user:password@]host:port"; an empty string and a message on error.
    static ProxySetting fromUrl(const QString& text, QString* error);
    // A proxy auto-config script: a readable file (path or file: URL) or an http(s) URL; a message on error.
    static ProxySetting fromPac(const QString& text, QString* error);
};
