#include "Catalog.h"

void Catalog::append(const Catalog& extra)
{
    endpoints += extra.endpoints;
    for (const ExpectedRoot& root : extra.expectedRoots) {
        const bool known = std::any_of(expectedRoots.cbegin(), expectedRoots.cend(),
            [&](const ExpectedRoot& r) { return r.sha256 == root.sha256; });
        if (!known)
            expectedRoots << root;
    }
    files += extra.files;
}

QList<Endpoint> Catalog::select(Cloud cloud, const QList<Feature>& features) const
{
    QList<Endpoint> result;
    for (const Endpoint& endpoint : endpoints) {
        if (endpoint.appliesTo(cloud, features))
            result << endpoint;
    }
    return result;
}

const Endpoint* Catalog::find(const QString& id) const
{
    for (const Endpoint& endpoint : endpoints) {
        if (endpoint.id == id)
            return &endpoint;
    }
    return nullptr;
}
