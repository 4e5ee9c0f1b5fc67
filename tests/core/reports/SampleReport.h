#pragma once

#include "RunReport.h"

#include <QString>

// Runs with mixed results for the report tests: every status, a proxy asking for a password, TLS
// inspection, a retired CRL, a check waiting for input and text written to attack the report formats.
namespace SampleReport {
inline const QString hostilePurpose = QStringLiteral("<script>alert(1)</script> & \"x\"");
inline const QString hostileDetail
    = QStringLiteral("<img src=\"http://evil.example/x.png\" onerror=\"alert(2)\"> ]]> \x01 =cmd|' /C calc'!A0");
inline const QString longHost
    = QStringLiteral("a-rather-long-environment-name-for-wrapping.westeurope.environment.api.powerplatform.com");

RunReport mixed();
RunReport allPassed();
// count checks cycling through the statuses: enough for a report of many pages.
RunReport large(int count);
// One check whose purpose is the given text, for cell-level tests.
RunReport withPurpose(const QString& purpose);
// A desktop run for the region Europe of two namespaces, one a preview: the first passes over HTTPS and WebSocket,
// the preview one fails over WebSocket.
RunReport withRegion();
inline const QString relayHost
    = QStringLiteral("prdweummrns-6-715t9odrb0d5xqu9mcvl95tl3vss0h4ywvql.servicebus.windows.net");
inline const QString previewRelayHost = QStringLiteral("previewwesteuropemmrns-1-pli5p5xheu4lc.servicebus.windows.net");
} // namespace SampleReport
