#pragma once

#include "ReportSection.h"
#include "RunReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// The facts every report format states, worded once: header lines, sections, evidence, remedies to act on.
// Keeping them here is what makes the HTML, PDF, text, CSV and JUnit outputs say the same thing.
// One change that fixes one or more checks: the hosts of every check it covers named in one sentence.
struct ReportAction
{
    QString key; // stable within a report: what the change depends on besides the hosts
    QString text;
    CheckStatus status = CheckStatus::Fail; // the worst status among its checks
    QStringList checkIds;
};

class ReportContent final
{
    Q_DECLARE_TR_FUNCTIONS(ReportContent)

public:
    using Fact = std::pair<QString, QString>; // label, value

    static QList<ReportSection> sections(const RunReport& report);
    // Every check once, failed first, then warnings, skipped and passed (stable within a status).
    static QList<CheckResult> sorted(const QList<CheckResult>& checks);
    // Failures, warnings and checks waiting for input: the ones with something to change.
    static QList<CheckResult> actionable(const RunReport& report);
    // The changes to make, each once: checks that need the same change for different hosts share an action.
    // Failures first, then warnings and questions; within a status, the action covering most checks first.
    static QList<ReportAction> actions(const RunReport& report);

    static QList<Fact> header(const RunReport& report);
    static QStringList environment(const RunReport& report);
    // What a proxy auto-config script answered for a check and which route was used, after which failures.
    static QString pacRoute(const PacOutcome& pac);
    static QStringList evidence(const CheckResult& check);

    static QString title();
    // The closing line of a report: the program that wrote it ("Written by netready 1.4.0."), this one by default.
    static QString writtenBy();
    static QString writtenBy(const QString& toolName, const QString& toolVersion);
    static QString verdictId(const RunSummary& summary); // ready | ready-with-warnings | not-ready
    static QString counts(const RunSummary& summary);
    static QString endpoint(const CheckResult& check); // "probe:port"
    static QString duration(qint64 ms);
    // A date and time of day in the default locale's conventions (the chosen language's).
    static QString dateTime(const QDateTime& time);
    static QString utcTime(const QDateTime& time);
    static QString localTime(const QDateTime& time);
    static QString isoUtc(const QDateTime& time);
    static QString isoLocal(const QDateTime& time);
    static QString proxy(const RunSettings& settings);
    static QString labels(const RunSettings& settings, const QString& separator); // "site=Berlin, ring=pilot"
    static QString features(const QList<Feature>& features);
    static QString clockSkew(double seconds);
    // Text that came from a server may hold control characters that XML cannot carry; they become U+FFFD.
    static QString xmlSafe(const QString& text);
    // For a terminal: one line, no control characters (escape sequences from a server must not reach it).
    static QString oneLine(const QString& text);
};
