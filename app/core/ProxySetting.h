#pragma once

#include "ProxyAuth.h"

#include <QString>
#include <QUrl>

// Which proxy the checks go through. The password lives only in memory for one run.
struct ProxySetting
{
    enum class Mode
    {
        System,
        None,
        Manual
    };

    Mode mode = Mode::System;
    QUrl url; // Manual: http://host:port, without credentials
    QString user;
    QString password;
    ProxyAuthMode authMode = ProxyAuthMode::Auto; // what to do when the proxy asks for authentication

    // "http://host:port" for reports: never the credentials.
    QString displayUrl() const;
    QString modeId() const; // system | none | manual
    // Parses "http://[user:password@]host:port"; an empty string and a message on error.
    static ProxySetting fromUrl(const QString& text, QString* error);
};
