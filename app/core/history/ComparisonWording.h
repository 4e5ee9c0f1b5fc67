#pragma once

#include "ReportComparison.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The words of a comparison, shared by its text, HTML, PDF and JSON forms: one translatable sentence per
// category with placeholders, the verdict change and how the two runs were set up differently.
class ComparisonWording final
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonWording)

public:
    ComparisonWording() = delete;

    static QString title();
    static QString categoryTitle(ReportComparison::Category category);
    static QString sentence(const ReportComparison::Entry& entry);
    static QString verdictSentence(const ReportComparison& comparison);
    static QString unchangedSentence(int count);
    // What differs in the set-up: machine, cloud, features, catalogs, proxy. Empty when nothing does.
    static QStringList setupDifferences(const ReportComparison& comparison);
    // "helpdesk-pc-17, 2026-11-26 09:30 UTC, NOT READY (before.json)"
    static QString describe(const SavedReport& report);

    static QString verdictText(const QString& verdictId); // READY | READY WITH WARNINGS | NOT READY
    static QString statusText(const QString& statusId); // Pass | Warning | Fail | Skipped
    // The diagnosis in the reader's language when this Netready knows the code, else as the report put it.
    static QString diagnosisText(const SavedCheck& check);
};
