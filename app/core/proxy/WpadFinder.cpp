#include "WpadFinder.h"

QStringList WpadFinder::searchDomains(const QByteArray& resolvConf)
{
    QStringList domains;
    for (const QByteArray& raw : resolvConf.split('\n')) {
        const QList<QByteArray> words = raw.simplified().split(' ');
        if (words.size() < 2 || (words.constFirst() != "search" && words.constFirst() != "domain"))
            continue;
        domains.clear();
        for (qsizetype i = 1; i < words.size(); ++i) {
            if (words.at(i).startsWith('#') || words.at(i).startsWith(';'))
                break;
            const QString domain = QString::fromLatin1(words.at(i)).toLower();
            if (domain != QLatin1String(".") && !domains.contains(domain))
                domains << domain;
        }
    }
    return domains;
}

QStringList WpadFinder::candidates(const QStringList& domains)
{
    QStringList names;
    for (const QString& domain : domains) {
        QStringList labels = domain.split(QLatin1Char('.'), Qt::SkipEmptyParts);
        while (labels.size() >= 2) {
            const QString name = QStringLiteral("wpad.") + labels.join(QLatin1Char('.'));
            if (!names.contains(name))
                names << name;
            labels.removeFirst();
        }
    }
    return names;
}

WpadDiscovery WpadFinder::lookUp(const QStringList& domains, const Resolve& resolve)
{
    WpadDiscovery discovery;
    discovery.method = QStringLiteral("dns");
    for (const QString& name : candidates(domains)) {
        discovery.asked << name;
        if (!resolve(name).isEmpty()) {
            discovery.found = name;
            discovery.url = QStringLiteral("http://%1/wpad.dat").arg(name);
            break;
        }
    }
    if (domains.isEmpty())
        discovery.error = tr("the machine has no DNS search domain to look in");
    return discovery;
}
