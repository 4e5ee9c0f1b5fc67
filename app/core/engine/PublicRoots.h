#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>

// The roots of the public web PKI: Mozilla's root store as Debian's ca-certificates package ships it, plus the
// roots Microsoft's Azure CA page names. A trusted TLS chain that ends at one of them, though not at a root the
// service uses, comes from a public CA, not from a TLS-inspecting device. Loaded from a data file
// (resources/tls/public-roots.json, written by scripts/generate-public-roots) that records its sources, the
// package version and its date; read-only afterwards, so threads share it.
class PublicRoots final
{
    Q_DECLARE_TR_FUNCTIONS(PublicRoots)

public:
    static constexpr qint64 kMaxFileSize = qint64(1024) * 1024;
    static constexpr qsizetype kMaxRoots = 2000;

    // The built-in set (embedded data file), parsed once.
    static std::shared_ptr<const PublicRoots> builtIn();
    // Parses a data file; nullptr and a message naming the problem on error.
    static std::shared_ptr<const PublicRoots> parse(const QByteArray& json, QString* error);
    // Reads and parses a data file of at most kMaxFileSize bytes; the message starts with the path.
    static std::shared_ptr<const PublicRoots> loadFile(const QString& path, QString* error);

    // The name the set gives the root with this SHA-256 fingerprint (hex, either case), or empty when the root is
    // not part of the set.
    QString nameOf(const QString& sha256) const { return m_names.value(sha256.toLower()); }
    bool contains(const QString& sha256) const { return m_names.contains(sha256.toLower()); }
    qsizetype size() const { return m_names.size(); }
    QString generated() const { return m_generated; } // YYYY-MM-DD
    QString packageVersion() const { return m_packageVersion; } // of ca-certificates; empty when not recorded

private:
    QHash<QString, QString> m_names; // lower-case hex SHA-256 -> name
    QString m_generated;
    QString m_packageVersion;
};
