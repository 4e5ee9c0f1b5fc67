#pragma once

#include <QString>

// A root certificate authority that the services legitimately chain to; anything else means TLS inspection.
struct ExpectedRoot
{
    QString name;
    QString sha256; // lower-case hex SHA-256 of the root's DER encoding
};
