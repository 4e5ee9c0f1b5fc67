#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// One check as a saved JSON report states it. Codes stay strings: a report from a newer Netready may carry
// diagnoses this one does not know, and comparing or counting them needs no more than the code.
struct SavedCheck
{
    QString identity; // CheckIdentity: the same check in another run has the same identity
    QString id;
    QString endpointId;
    QString host;
    QString probe;
    int port = 0;
    QString protocol;
    QString url; // crl/ocsp follow-ups
    QString status; // pass | warn | fail | skipped
    QString diagnosis; // stable code, e.g. tcp-timeout
    QString diagnosisTitle; // in the language of the run that wrote it
    QString detail;
    QString proxy; // empty = direct
    bool retired = false;

    QString endpoint() const; // "probe:port", or the URL of a revocation follow-up
};

// What a saved JSON report (any schemaVersion this Netready reads) says, reduced to what comparing two
// reports and summarising many need. Unknown fields are ignored.
struct SavedReport
{
    QString path; // the file it was read from; empty when read from memory
    int schemaVersion = 0;
    QString toolVersion;
    QString language; // empty: the report does not say (written by Netready 0.1)
    QDateTime startedAt;
    bool cancelled = false;

    QString cloud;
    QStringList features;
    QStringList catalogs;
    QString catalogDate; // empty when the report does not say

    QString hostname;
    QString os;
    QString user;
    QString proxyMode;
    QString proxy; // empty = direct
    QString pacUrl; // the proxy auto-config script the run used; empty = none (or a report from before pacUrl)
    QList<std::pair<QString, QString>> labels; // --label KEY=VALUE, sorted by key

    QString verdict; // ready | ready-with-warnings | not-ready
    int failed = 0;
    QList<SavedCheck> checks;

    QString label(const QString& key) const;
    // The route the checks took: the proxy auto-config script that chose their proxies (its URL), else the proxy
    // most checks went through; empty for a direct connection.
    QString route() const;
};
