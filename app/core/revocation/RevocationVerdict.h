#pragma once

#include "Finding.h"

// What inspecting one CRL or OCSP answer found: the diagnosis, a one-line detail for the report and the facts
// behind it (issuer, dates, sizes).
using RevocationVerdict = Finding;
