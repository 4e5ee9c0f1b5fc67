#pragma once

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

    // "http://host:port" for reports: never the credentials.
    QString displayUrl() const;
    QString modeId() const; // system | none | manual
    // Parses "http://[user:password@]host:port"; an empty string and a message on error.
    static ProxySetting fromUrl(const QString& text, QString* error);
};
