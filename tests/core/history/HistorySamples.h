#pragma once

#include "RunReport.h"
#include "history/ReportReader.h"
#include "reports/JsonReport.h"

#include <QJsonDocument>

#include <utility>

// Runs described in a few words, turned into JSON by the product's own report writer and read back, so the
// comparison and fleet tests work on exactly what `netready --cli --report x.json` writes.
// The host names are never contacted: these tests open no connection.
namespace HistorySamples {

struct Spec
{
    Spec() = default;
    Spec(QString endpointIdOf, QString probeOf, quint16 portOf = 443, Protocol protocolOf = Protocol::Https,
        Diagnosis diagnosisOf = Diagnosis::Ok, QString urlOf = {}, QString idOf = {})
        : endpointId(std::move(endpointIdOf))
        , probe(std::move(probeOf))
        , port(portOf)
        , protocol(protocolOf)
        , diagnosis(diagnosisOf)
        , url(std::move(urlOf))
        , id(std::move(idOf))
    {
    }

    QString endpointId;
    QString probe;
    quint16 port = 443;
    Protocol protocol = Protocol::Https;
    Diagnosis diagnosis = Diagnosis::Ok;
    QString url; // crl/ocsp follow-ups
    QString id; // empty: endpointId:port
};

inline RunReport run(const QList<Spec>& specs, const QString& hostname = QStringLiteral("pc-1"),
    const QList<std::pair<QString, QString>>& labels = {})
{
    RunReport report;
    report.startedAt = QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC);
    report.finishedAt = report.startedAt.addSecs(12);
    report.settings.cloud = Cloud::Public;
    report.settings.features = {Feature::CloudFlows, Feature::Desktop};
    report.settings.proxyMode = QStringLiteral("none");
    report.settings.catalogs = {QStringLiteral("built-in")};
    report.settings.labels = labels;
    report.environment.hostname = hostname;
    report.environment.os = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    report.environment.user = QStringLiteral("alice");
    for (const Spec& spec : specs) {
        CheckResult check;
        check.id = spec.id.isEmpty() ? spec.endpointId + QLatin1Char(':') + QString::number(spec.port) : spec.id;
        check.endpointId = spec.endpointId;
        check.host = spec.probe;
        check.probe = spec.probe;
        check.port = spec.port;
        check.protocol = spec.protocol;
        check.url = spec.url;
        check.features = {Feature::CloudFlows};
        check.diagnosis = spec.diagnosis;
        check.detail = Diagnoses::code(spec.diagnosis);
        report.checks << check;
    }
    return report;
}

inline QByteArray json(const RunReport& report)
{
    return QJsonDocument(JsonReport::toJson(report)).toJson();
}

inline SavedReport saved(const RunReport& report, const QString& path = {})
{
    QString error;
    std::optional<SavedReport> result = ReportReader::fromJson(json(report), &error);
    if (!result) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    result->path = path;
    return *result;
}
} // namespace HistorySamples
