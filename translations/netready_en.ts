<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ComparisonWording</name>
    <message numerus="yes">
        <source>Unchanged checks: %n.</source>
        <translation>
            <numerusform>Unchanged checks: %n.</numerusform>
            <numerusform>Unchanged checks: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrlInspector</name>
    <message numerus="yes">
        <source>(%n more revoked entries not listed)</source>
        <translation>
            <numerusform>(%n more revoked entry not listed)</numerusform>
            <numerusform>(%n more revoked entries not listed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes follow the revocation list</source>
        <translation>
            <numerusform>%n byte follows the revocation list</numerusform>
            <numerusform>%n bytes follow the revocation list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revocation list from %1: this update %2, next update %3, %n entries, %4 bytes</source>
        <extracomment>%1 the list&apos;s issuer, %2 and %3 times, %n how many revoked certificates it lists, %4 its size in bytes</extracomment>
        <translation>
            <numerusform>Revocation list from %1: this update %2, next update %3, %n entry, %4 bytes</numerusform>
            <numerusform>Revocation list from %1: this update %2, next update %3, %n entries, %4 bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointListCommand</name>
    <message numerus="yes">
        <source>%n endpoints</source>
        <translation>
            <numerusform>%n endpoint</numerusform>
            <numerusform>%n endpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hosts</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointParser</name>
    <message numerus="yes">
        <source>holds %n certificates; give exactly one</source>
        <translation>
            <numerusform>holds %n certificate; give exactly one</numerusform>
            <numerusform>holds %n certificates; give exactly one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetText</name>
    <message numerus="yes">
        <source>  %1 %2: failed on %3 of %n machines (%4)</source>
        <extracomment>%1 an endpoint, %2 its protocol code, %3 how many machines it failed on, %n how many tested it, %4 the diagnoses</extracomment>
        <translation>
            <numerusform>  %1 %2: failed on %3 of %n machine (%4)</numerusform>
            <numerusform>  %1 %2: failed on %3 of %n machines (%4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetWording</name>
    <message numerus="yes">
        <source>%1 (%2): %3 %4 fails with %5 while %6 of %n machines at the site pass it.</source>
        <extracomment>%1 a machine, %2 its site, %3 an endpoint, %4 its protocol code, %5 a diagnosis, %6 how many machines pass, %n how many machines the site has</extracomment>
        <translation>
            <numerusform>%1 (%2): %3 %4 fails with %5 while %6 of %n machine at the site passes it.</numerusform>
            <numerusform>%1 (%2): %3 %4 fails with %5 while %6 of %n machines at the site pass it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OcspInspector</name>
    <message numerus="yes">
        <source>%n bytes follow the OCSP response</source>
        <translation>
            <numerusform>%n byte follows the OCSP response</numerusform>
            <numerusform>%n bytes follow the OCSP response</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionListCommand</name>
    <message numerus="yes">
        <source>(%n preview)</source>
        <extracomment>after a region and its number of namespaces: how many of them serve preview environments</extracomment>
        <translation>
            <numerusform>(%n preview)</numerusform>
            <numerusform>(%n preview)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message numerus="yes">
        <source>%n checks: %1 passed, %2 with warnings, %3 failed, %4 skipped</source>
        <extracomment>%n the number of checks; %1 how many of them passed, %2 warned, %3 failed, %4 were skipped</extracomment>
        <translation>
            <numerusform>%n check: %1 passed, %2 with warnings, %3 failed, %4 skipped</numerusform>
            <numerusform>%n checks: %1 passed, %2 with warnings, %3 failed, %4 skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message numerus="yes">
        <source>%n checks</source>
        <translation>
            <numerusform>%n check</numerusform>
            <numerusform>%n checks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message numerus="yes">
        <source>%1 of %n checks passed, %2 with warnings, %3 failed, %4 skipped. The run was cancelled before every check finished.</source>
        <extracomment>%n the number of checks; %1 how many of them passed, %2 warned, %3 failed, %4 were skipped</extracomment>
        <translation>
            <numerusform>%1 of %n check passed, %2 with warnings, %3 failed, %4 skipped. The run was cancelled before every check finished.</numerusform>
            <numerusform>%1 of %n checks passed, %2 with warnings, %3 failed, %4 skipped. The run was cancelled before every check finished.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n checks passed, %2 with warnings, %3 failed, %4 skipped.</source>
        <translation>
            <numerusform>%1 of %n check passed, %2 with warnings, %3 failed, %4 skipped.</numerusform>
            <numerusform>%1 of %n checks passed, %2 with warnings, %3 failed, %4 skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message numerus="yes">
        <source>%n of %1 passed</source>
        <extracomment>A group of checks in the results table: %n checks of %1 passed.</extracomment>
        <translation>
            <numerusform>%n of %1 passed</numerusform>
            <numerusform>%n of %1 passed</numerusform>
        </translation>
    </message>
</context>
</TS>
