#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The parsers that read what the network or a user hands Netready, each behind one entry that takes arbitrary
// bytes. The libFuzzer targets call them, and tst_fuzzregressions replays the seed corpora and every input
// that once crashed or hung through the same entries with the normal compiler.
namespace FuzzEntries {
using Entry = void (*)(const QByteArray& input);

struct Target
{
    QString name; // also the directory of its corpus and regressions: tests/fuzz/corpus/<name>/
    Entry entry;
};

// Every target this platform builds (PAC scripts and environment proxies only where Qt's engines run them).
const QList<Target>& targets();
Entry find(const QString& name);
} // namespace FuzzEntries
