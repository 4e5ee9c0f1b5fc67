<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Netready</source>
        <translation>Über Netready</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Netready %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Checks whether this machine&apos;s network lets Microsoft Power Automate work, and says what is blocked and what to change.&lt;/p&gt;&lt;p&gt;Headless use: &lt;code&gt;netready --cli&lt;/code&gt;; every option: &lt;code&gt;netready --help&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Netready %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Prüft, ob das Netzwerk dieses Rechners Microsoft Power Automate funktionieren lässt, und sagt, was gesperrt ist und was zu ändern ist.&lt;/p&gt;&lt;p&gt;Ohne Fenster: &lt;code&gt;netready --cli&lt;/code&gt;; alle Optionen: &lt;code&gt;netready --help&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AddressClassifier</name>
    <message>
        <source>resolves only to private or loopback addresses (split DNS or a private endpoint)</source>
        <translation>wird nur zu privaten oder Loopback-Adressen aufgelöst (Split-DNS oder ein privater Endpunkt)</translation>
    </message>
    <message>
        <source>resolves only to a sinkhole address (a DNS filter blocks it)</source>
        <translation>wird nur zu einer Sinkhole-Adresse aufgelöst (ein DNS-Filter sperrt den Namen)</translation>
    </message>
</context>
<context>
    <name>AddressLookup</name>
    <message>
        <source>%1 is not a valid host name</source>
        <translation>%1 ist kein gültiger Hostname</translation>
    </message>
</context>
<context>
    <name>Allowlist</name>
    <message>
        <source>HTTPS (TCP %1)</source>
        <translation>HTTPS (TCP %1)</translation>
    </message>
    <message>
        <source>HTTP (TCP %1)</source>
        <translation>HTTP (TCP %1)</translation>
    </message>
    <message>
        <source>TCP %1</source>
        <translation>TCP %1</translation>
    </message>
    <message>
        <source>HTTPS with WebSocket upgrade (TCP %1)</source>
        <translation>HTTPS mit WebSocket-Upgrade (TCP %1)</translation>
    </message>
    <message>
        <source>HTTP %1 (certificate revocation)</source>
        <translation>HTTP %1 (Zertifikatsperrprüfung)</translation>
    </message>
    <message>
        <source>Cloud flows call your services from Azure, not from this machine: to let connectors reach services behind your firewall, allow inbound traffic from the AzureConnectors service tag; for HTTP and HTTP + Swagger actions also allow LogicApps, PowerPlatformPlex and PowerPlatformInfra.</source>
        <translation>Cloud-Flows rufen Ihre Dienste aus Azure auf, nicht von diesem Rechner: Damit Connectors Dienste hinter Ihrer Firewall erreichen, erlauben Sie eingehenden Verkehr vom Service-Tag AzureConnectors; für HTTP- und HTTP-+-Swagger-Aktionen zusätzlich LogicApps, PowerPlatformPlex und PowerPlatformInfra.</translation>
    </message>
</context>
<context>
    <name>AnswerClassifier</name>
    <message>
        <source>no scheme named</source>
        <translation>kein Verfahren genannt</translation>
    </message>
    <message>
        <source>the proxy %1 rejected the credentials given (it asks for %2)</source>
        <translation>der Proxy %1 hat die angegebenen Anmeldedaten abgelehnt (er verlangt: %2)</translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2)</source>
        <translation>der Proxy %1 verlangt eine Anmeldung (%2)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1, page &quot;%2&quot;</source>
        <translation>HTTP %1, Seite „%2“</translation>
    </message>
    <message>
        <source>the proxy %1 answered something that is not HTTP (%2)</source>
        <translation>der Proxy %1 hat etwas anderes als HTTP geantwortet (%2)</translation>
    </message>
    <message>
        <source>proxy reply: HTTP %1</source>
        <translation>Antwort des Proxys: HTTP %1</translation>
    </message>
    <message>
        <source>the proxy %1 refused CONNECT to %2: HTTP %3</source>
        <translation>der Proxy %1 hat CONNECT zu %2 abgelehnt: HTTP %3</translation>
    </message>
    <message>
        <source>the proxy %1 refused CONNECT to %2: HTTP %3 (%4)</source>
        <translation>der Proxy %1 hat CONNECT zu %2 abgelehnt: HTTP %3 (%4)</translation>
    </message>
    <message>
        <source>the refusal comes from %1: %2</source>
        <translation>die Ablehnung erfolgt durch %1: %2</translation>
    </message>
    <message>
        <source>a filtering device</source>
        <translation>ein Filtergerät</translation>
    </message>
    <message>
        <source>the proxy %1</source>
        <translation>der Proxy %1</translation>
    </message>
    <message>
        <source>the proxy %1 refused the request for %2: HTTP %3%4</source>
        <translation>der Proxy %1 hat die Anfrage für %2 abgelehnt: HTTP %3%4</translation>
    </message>
    <message>
        <source>signs of %1: %2</source>
        <translation>%1, erkennbar an: %2</translation>
    </message>
    <message>
        <source>%1 answers for %2 and wants authentication (%3)</source>
        <translation>%1 antwortet für %2 und verlangt eine Anmeldung (%3)</translation>
    </message>
    <message>
        <source>%1 answered in place of %2 with its own page: %3</source>
        <translation>%1 hat anstelle von %2 mit einer eigenen Seite geantwortet: %3</translation>
    </message>
    <message>
        <source>%1 answered for %2 with an error of its own instead of the service&apos;s answer: %3</source>
        <translation>%1 hat für %2 statt mit der Antwort des Dienstes mit einem eigenen Fehler geantwortet: %3</translation>
    </message>
    <message>
        <source>%1 redirects requests for %2 to %3 (a login or block page), HTTP %4</source>
        <translation>%1 leitet Anfragen für %2 nach %3 um (eine Anmelde- oder Sperrseite), HTTP %4</translation>
    </message>
    <message>
        <source>the WebSocket upgrade answer carries a wrong Sec-WebSocket-Accept: something in between rewrote it</source>
        <translation>die Antwort auf das WebSocket-Upgrade enthält ein falsches Sec-WebSocket-Accept: etwas dazwischen hat sie umgeschrieben</translation>
    </message>
    <message>
        <source>WebSocket upgrade accepted (HTTP 101) via %1</source>
        <translation>WebSocket-Upgrade angenommen (HTTP 101) über %1</translation>
    </message>
    <message>
        <source>the WebSocket upgrade did not come through: HTTP %1 (a proxy or inspection device strips the Upgrade header)</source>
        <translation>das WebSocket-Upgrade kam nicht durch: HTTP %1 (ein Proxy oder Inspektionsgerät entfernt den Upgrade-Header)</translation>
    </message>
    <message>
        <source>the service answered the WebSocket request with HTTP %1</source>
        <translation>der Dienst hat die WebSocket-Anfrage mit HTTP %1 beantwortet</translation>
    </message>
</context>
<context>
    <name>BlockPageRules</name>
    <message>
        <source>%1 must be a list of patterns</source>
        <translation>%1 muss eine Liste von Mustern sein</translation>
    </message>
    <message>
        <source>%1[%2] is not a valid pattern: %3</source>
        <translation>%1[%2] ist kein gültiges Muster: %3</translation>
    </message>
    <message>
        <source>%1 needs an id and a name</source>
        <translation>%1 braucht eine ID und einen Namen</translation>
    </message>
    <message>
        <source>%1 (%2) names no source</source>
        <translation>%1 (%2) nennt keine Quelle</translation>
    </message>
    <message>
        <source>%1.headers[%2] needs a name and a valid pattern</source>
        <translation>%1.headers[%2] braucht einen Namen und ein gültiges Muster</translation>
    </message>
    <message>
        <source>page title &quot;%1&quot;</source>
        <translation>Seitentitel „%1“</translation>
    </message>
    <message>
        <source>page text &quot;%1&quot;</source>
        <translation>Seitentext „%1“</translation>
    </message>
    <message>
        <source>redirect to %1</source>
        <translation>Weiterleitung zu %1</translation>
    </message>
</context>
<context>
    <name>BodySniffer</name>
    <message>
        <source>an XML document</source>
        <translation>ein XML-Dokument</translation>
    </message>
    <message>
        <source>text starting with &quot;%1&quot;</source>
        <translation>Text, der mit „%1“ beginnt</translation>
    </message>
    <message>
        <source>an empty body</source>
        <translation>einen leeren Inhalt</translation>
    </message>
    <message>
        <source>an HTML page (title: &quot;%1&quot;)</source>
        <translation>eine HTML-Seite (Titel: „%1“)</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>eine HTML-Seite</translation>
    </message>
    <message>
        <source>a JSON document</source>
        <translation>ein JSON-Dokument</translation>
    </message>
    <message>
        <source>%1 bytes of binary data starting with %2</source>
        <translation>%1 Bytes Binärdaten, beginnend mit %2</translation>
    </message>
    <message>
        <source>a PEM block of type %1</source>
        <translation>einen PEM-Block vom Typ %1</translation>
    </message>
    <message>
        <source>a DER structure cut short (%1 of %2 bytes)</source>
        <translation>eine abgeschnittene DER-Struktur (%1 von %2 Bytes)</translation>
    </message>
    <message>
        <source>a DER structure of another kind (%1 bytes)</source>
        <translation>eine DER-Struktur anderer Art (%1 Bytes)</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>duplicate id &apos;%1&apos; (already defined in %2)</source>
        <translation>doppelte ID „%1“ (bereits in %2 definiert)</translation>
    </message>
    <message>
        <source>this root is listed twice</source>
        <translation>diese Stammzertifizierungsstelle ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (also %2)</source>
        <translation>doppelte ID „%1“ (auch %2)</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1 is not a supported schema version (this version reads 1)</source>
        <translation>%1 ist keine unterstützte Schemaversion (diese Version liest 1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint (64 hex digits)</source>
        <translation>„%1“ ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>a catalog must be a JSON object</source>
        <translation>ein Katalog muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>larger than %1 MB; not a catalog</source>
        <translation>größer als %1 MB; kein Katalog</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date of the form YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>CheckDetails</name>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>DNS note</source>
        <translation>DNS-Hinweis</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>HTTP answer</source>
        <translation>HTTP-Antwort</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>Verbunden mit</translation>
    </message>
    <message>
        <source>Diagnosis code</source>
        <translation>Diagnosecode</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Antwort von</translation>
    </message>
    <message>
        <source>%1: ok (%2 ms)</source>
        <extracomment>%1 a phase of the check (dns, tcp, tls, http), %2 its duration in milliseconds</extracomment>
        <translation>%1: ok (%2 ms)</translation>
    </message>
    <message>
        <source>%1: failed (%2 ms)</source>
        <translation>%1: fehlgeschlagen (%2 ms)</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>no OCSP request could be built: %1</source>
        <translation>es konnte keine OCSP-Anfrage erstellt werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 accepted the connection but sent no HTTP answer: %2</source>
        <translation>%1 hat die Verbindung angenommen, aber keine HTTP-Antwort gesendet: %2</translation>
    </message>
    <message>
        <source>%1 could not be resolved: %2</source>
        <translation>%1 konnte nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>TCP port %1 reachable through the proxy %2</source>
        <translation>TCP-Port %1 über den Proxy %2 erreichbar</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 von %2</translation>
    </message>
    <message>
        <source>DNS (informational): %1 does not resolve on this machine; the proxy resolves it</source>
        <translation>DNS (zur Information): %1 wird auf diesem Rechner nicht aufgelöst; der Proxy löst den Namen auf</translation>
    </message>
    <message>
        <source>%1 did not resolve within %2 s</source>
        <translation>%1 wurde nicht innerhalb von %2 s aufgelöst</translation>
    </message>
    <message>
        <source>the proxy name %1 does not resolve: %2</source>
        <translation>der Proxyname %1 wird nicht aufgelöst: %2</translation>
    </message>
    <message>
        <source> (cut at the size cap)</source>
        <translation> (an der Größengrenze abgeschnitten)</translation>
    </message>
    <message>
        <source>connect-to: %1:%2 -&gt; %3:%4</source>
        <translation>connect-to: %1:%2 -&gt; %3:%4</translation>
    </message>
    <message>
        <source>%1; the GET form is answered too</source>
        <translation>%1; auch die GET-Form wird beantwortet</translation>
    </message>
    <message>
        <source>HTTP %1, %2 bytes%3</source>
        <translation>HTTP %1, %2 Bytes%3</translation>
    </message>
    <message>
        <source>DNS: %1</source>
        <translation>DNS: %1</translation>
    </message>
    <message>
        <source>answers OCSP over POST, but not the GET form Windows uses: %1</source>
        <translation>beantwortet OCSP über POST, aber nicht die GET-Form, die Windows verwendet: %1</translation>
    </message>
    <message>
        <source>the proxy name %1 did not resolve within %2 s</source>
        <translation>der Proxyname %1 wurde nicht innerhalb von %2 s aufgelöst</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS (no A or AAAA record)</source>
        <translation>%1 existiert im DNS nicht (kein A- oder AAAA-Eintrag)</translation>
    </message>
    <message>
        <source>%1 (GET form); POST failed: %2</source>
        <translation>%1 (GET-Form); POST fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>TCP port %1 open at %2</source>
        <translation>TCP-Port %1 offen bei %2</translation>
    </message>
    <message>
        <source>the certificate of %1 was issued by %2, a CA this machine trusts but not one the service uses: a TLS-inspecting device replaced it</source>
        <translation>das Zertifikat von %1 wurde von %2 ausgestellt, einer CA, der dieser Rechner vertraut, die der Dienst aber nicht verwendet: ein Gerät mit TLS-Inspektion hat es ersetzt</translation>
    </message>
    <message>
        <source>the certificate of %1 was issued by %2, the inspection CA of %3: TLS inspection replaced the service&apos;s certificate</source>
        <translation>das Zertifikat von %1 wurde von %2 ausgestellt, der Inspektions-CA von %3: die TLS-Inspektion hat das Zertifikat des Dienstes ersetzt</translation>
    </message>
    <message>
        <source>inspecting root: %1, SHA-256 %2</source>
        <translation>Stammzertifikat der TLS-Inspektion: %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>the system proxy configuration gave no answer within %1 s</source>
        <translation>die System-Proxy-Konfiguration hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>the certificate checks did not complete in time</source>
        <translation>die Zertifikatsprüfungen wurden nicht rechtzeitig abgeschlossen</translation>
    </message>
    <message>
        <source>%1 closed the connection before a request could be sent</source>
        <translation>%1 hat die Verbindung geschlossen, bevor eine Anfrage gesendet werden konnte</translation>
    </message>
    <message>
        <source>the proxy %1</source>
        <translation>der Proxy %1</translation>
    </message>
    <message>
        <source>%1 (proxy)</source>
        <translation>%1 (Proxy)</translation>
    </message>
    <message>
        <source>%1 sent no complete answer: %2</source>
        <translation>%1 hat keine vollständige Antwort gesendet: %2</translation>
    </message>
    <message>
        <source>the answer could not be checked in time</source>
        <translation>die Antwort konnte nicht rechtzeitig geprüft werden</translation>
    </message>
    <message>
        <source>served by a public CA not in Microsoft&apos;s list: %1</source>
        <translation>von einer öffentlichen CA ausgestellt, die nicht in Microsofts Liste steht: %1</translation>
    </message>
    <message>
        <source>root of the public web PKI, not one the service is known to use: &apos;%1&apos;, SHA-256 %2</source>
        <translation>Stammzertifikat der öffentlichen Web-PKI, aber keines, das der Dienst bekanntermaßen verwendet: „%1“, SHA-256 %2</translation>
    </message>
    <message>
        <source>%1; authenticated as %2 with %3</source>
        <translation>%1; angemeldet als %2 mit %3</translation>
    </message>
    <message>
        <source>authenticating at the proxy %1 did not complete in time</source>
        <translation>die Anmeldung am Proxy %1 wurde nicht rechtzeitig abgeschlossen</translation>
    </message>
    <message>
        <source>the authenticated tunnel could not be taken over: %1</source>
        <translation>der angemeldete Tunnel konnte nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>%1 (proxy auto-config: through %2 after %3 failed)</source>
        <translation>%1 (Proxy-Autokonfiguration: über %2, nachdem %3 fehlschlug)</translation>
    </message>
    <message>
        <source>proxy auto-config script %1 returned &quot;%2&quot;</source>
        <translation>das Proxy-Autokonfigurationsskript %1 hat „%2“ zurückgegeben</translation>
    </message>
    <message>
        <source>proxy auto-config: %1 failed (%2); trying %3</source>
        <translation>Proxy-Autokonfiguration: %1 fehlgeschlagen (%2); versuche %3</translation>
    </message>
    <message>
        <source>its name did not resolve within %1 s</source>
        <translation>sein Name wurde nicht innerhalb von %1 s aufgelöst</translation>
    </message>
    <message>
        <source>its name does not resolve: %1</source>
        <translation>sein Name wird nicht aufgelöst: %1</translation>
    </message>
    <message>
        <source>%1; verified as you, not as the service (%2 authenticates to the proxy as itself)</source>
        <translation>%1; als Sie geprüft, nicht als der Dienst (%2 meldet sich mit dem eigenen Konto am Proxy an)</translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation>Weg: %1</translation>
    </message>
    <message>
        <source>only the first route is used, without failover, as Power Automate does</source>
        <translation>nur die erste Route wird verwendet, ohne Ausweichen auf die nächste, wie Power Automate es tut</translation>
    </message>
    <message>
        <source>proxy reply: HTTP %1</source>
        <translation>Antwort des Proxys: HTTP %1</translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2)</source>
        <translation>der Proxy %1 verlangt eine Anmeldung (%2)</translation>
    </message>
</context>
<context>
    <name>CheckStatuses</name>
    <message>
        <source>Fail</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>CliRunCommand</name>
    <message>
        <source>netready: interrupted, cancelling…</source>
        <translation>netready: unterbrochen, breche ab …</translation>
    </message>
    <message>
        <source>checked %1 of %2</source>
        <translation>%1 von %2 geprüft</translation>
    </message>
    <message>
        <source>Password for %1 at the proxy: </source>
        <translation>Passwort für %1 am Proxy: </translation>
    </message>
    <message>
        <source>--proxy-user: no password: set NETREADY_PROXY_PASSWORD, or run from a terminal to type it</source>
        <translation>--proxy-user: kein Passwort: NETREADY_PROXY_PASSWORD setzen oder in einem Terminal starten, um es einzugeben</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>CloudPage</name>
    <message>
        <source>Each cloud has its own sign-in, portal and relay addresses. Most organizations use Public.</source>
        <translation>Jede Cloud hat eigene Adressen für Anmeldung, Portal und Relay. Die meisten Organisationen nutzen die öffentliche Cloud.</translation>
    </message>
    <message>
        <source>Hint from this machine&apos;s settings</source>
        <translation>Hinweis aus den Einstellungen dieses Rechners</translation>
    </message>
    <message>
        <source>Power Automate for desktop on this machine is set to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Power Automate für Desktop ist auf diesem Rechner auf &lt;b&gt;%1&lt;/b&gt; eingestellt.</translation>
    </message>
    <message>
        <source>Which cloud is your tenant in?</source>
        <translation>In welcher Cloud liegt Ihr Mandant?</translation>
    </message>
</context>
<context>
    <name>Clouds</name>
    <message>
        <source>US government organizations handling controlled unclassified information (ITAR, DFARS).</source>
        <translation>US-Behörden, die kontrollierte, nicht eingestufte Informationen verarbeiten (ITAR, DFARS).</translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation>China (betrieben von 21Vianet)</translation>
    </message>
    <message>
        <source>Most organizations worldwide: make.powerautomate.com.</source>
        <translation>Die meisten Organisationen weltweit: make.powerautomate.com.</translation>
    </message>
    <message>
        <source>US federal, state and local government and their contractors on Government Community Cloud.</source>
        <translation>US-Bundes-, Landes- und Kommunalbehörden und ihre Auftragnehmer in der Government Community Cloud.</translation>
    </message>
    <message>
        <source>US Department of Defense tenants only.</source>
        <translation>Nur Mandanten des US-Verteidigungsministeriums.</translation>
    </message>
    <message>
        <source>Public (commercial)</source>
        <translation>Öffentlich (kommerziell)</translation>
    </message>
    <message>
        <source>US Government GCC High</source>
        <translation>US Government GCC High</translation>
    </message>
    <message>
        <source>Tenants in mainland China, operated by 21Vianet.</source>
        <translation>Mandanten in Festlandchina, betrieben von 21Vianet.</translation>
    </message>
    <message>
        <source>US Government GCC</source>
        <translation>US Government GCC</translation>
    </message>
    <message>
        <source>US Government DoD</source>
        <translation>US Government DoD</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Connect to CONNECT_HOST:CONNECT_PORT when a check targets HOST:PORT, as curl does (repeatable).</source>
        <translation>Mit CONNECT_HOST:CONNECT_PORT verbinden, wenn eine Prüfung HOST:PORT anspricht, wie bei curl (wiederholbar).</translation>
    </message>
    <message>
        <source>Your environment URL, e.g. https://org.crm.dynamics.com.</source>
        <translation>Die URL Ihrer Umgebung, z. B. https://org.crm.dynamics.com.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>Seconds each phase of a check may take (1-300, default 10).</source>
        <translation>Sekunden, die jede Phase einer Prüfung dauern darf (1-300, Standard 10).</translation>
    </message>
    <message>
        <source>--input: &apos;%1&apos; is not NAME=VALUE</source>
        <translation>--input: „%1“ hat nicht die Form NAME=WERT</translation>
    </message>
    <message>
        <source>Checks run at once (1-512, default 16).</source>
        <translation>Gleichzeitig laufende Prüfungen (1-512, Standard 16).</translation>
    </message>
    <message>
        <source>Output: text or json (--list-endpoints also csv).</source>
        <translation>Ausgabe: text oder json (--list-endpoints auch csv).</translation>
    </message>
    <message>
        <source>--cloud: unknown cloud &apos;%1&apos; (expected one of: %2)</source>
        <translation>--cloud: unbekannte Cloud „%1“ (erwartet: eine von %2)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a readable file</source>
        <translation>%1: „%2“ ist keine lesbare Datei</translation>
    </message>
    <message>
        <source>Also probe the OCSP and CRL URLs of every TLS chain seen.</source>
        <translation>Zusätzlich die OCSP- und CRL-URLs jeder gesehenen TLS-Kette prüfen.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>--features: unknown feature &apos;%1&apos; (expected: %2)</source>
        <translation>--features: unbekannte Funktion „%1“ (erwartet: %2)</translation>
    </message>
    <message>
        <source>Connect directly, ignoring the system proxy.</source>
        <translation>Direkt verbinden und den System-Proxy nicht beachten.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <translation>--%1: „%2“ ist keine ganze Zahl von %3 bis %4</translation>
    </message>
    <message>
        <source>Cloud: public, gcc, gcc-high, dod or china (default: public).</source>
        <translation>Cloud: public, gcc, gcc-high, dod oder china (Standard: public).</translation>
    </message>
    <message>
        <source>--proxy: %1</source>
        <translation>--proxy: %1</translation>
    </message>
    <message>
        <source>--servicebus-namespace: &apos;%1&apos;: %2</source>
        <translation>--servicebus-namespace: „%1“: %2</translation>
    </message>
    <message>
        <source>Add the endpoints of this catalog file (repeatable).</source>
        <translation>Die Endpunkte dieser Katalogdatei hinzufügen (wiederholbar).</translation>
    </message>
    <message>
        <source>--ca-file: &apos;%1&apos; holds no PEM certificate</source>
        <translation>--ca-file: „%1“ enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>Use this catalog file instead of the built-in one.</source>
        <translation>Diese Katalogdatei statt des eingebauten Katalogs verwenden.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>Run the checks headless and print the result.</source>
        <translation>Die Prüfungen ohne Fenster ausführen und das Ergebnis ausgeben.</translation>
    </message>
    <message>
        <source>Checks whether this machine&apos;s network lets Microsoft Power Automate work.
Without options it opens the wizard; with --cli it runs the checks headless.</source>
        <translation>Prüft, ob das Netzwerk dieses Rechners Microsoft Power Automate funktionieren lässt.
Ohne Optionen öffnet es den Assistenten; mit --cli laufen die Prüfungen ohne Fenster.</translation>
    </message>
    <message>
        <source>Use this HTTP proxy: http://[user:password@]host:port.</source>
        <translation>Diesen HTTP-Proxy verwenden: http://[benutzer:kennwort@]host:port.</translation>
    </message>
    <message>
        <source>%1: file &apos;%2&apos; does not exist</source>
        <translation>%1: Datei „%2“ existiert nicht</translation>
    </message>
    <message>
        <source>Print the endpoints the selection needs (an allowlist) and exit.</source>
        <translation>Die Endpunkte ausgeben, die die Auswahl braucht (eine Freigabeliste), und beenden.</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not one of: %2</source>
        <translation>--format: „%1“ ist keines von: %2</translation>
    </message>
    <message>
        <source>A value for a catalog placeholder, e.g. azure-apim=host (repeatable).</source>
        <translation>Ein Wert für einen Katalog-Platzhalter, z. B. azure-apim=host (wiederholbar).</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Die Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Comma-separated features: cloud-flows, mobile, desktop, gateway (default: all).</source>
        <translation>Funktionen, durch Kommas getrennt: cloud-flows, mobile, desktop, gateway (Standard: alle).</translation>
    </message>
    <message>
        <source>Compare two JSON reports of one machine, BEFORE.json AFTER.json: what was fixed, what broke. Exit code 1 when a check that passed before fails now.</source>
        <translation>Zwei JSON-Berichte eines Rechners vergleichen, VORHER.json NACHHER.json: was behoben ist, was neu fehlschlägt. Exit-Code 1, wenn eine vorher bestandene Prüfung jetzt fehlschlägt.</translation>
    </message>
    <message>
        <source>Summarize many machines&apos; JSON reports (files or folders of *.json) into one fleet view.</source>
        <translation>Die JSON-Berichte vieler Rechner (Dateien oder Ordner mit *.json) zu einer Übersicht zusammenfassen.</translation>
    </message>
    <message>
        <source>Tag the run&apos;s report, e.g. site=Berlin (repeatable).</source>
        <translation>Den Bericht des Laufs kennzeichnen, z. B. site=Berlin (wiederholbar).</translation>
    </message>
    <message>
        <source>Write the report to this file; the format follows the extension: .html .pdf .json .csv .xml (repeatable). --compare writes .txt .json .html .pdf, --summarize .html .csv .json .txt.</source>
        <translation>Den Bericht in diese Datei schreiben; das Format folgt der Endung: .html .pdf .json .csv .xml (wiederholbar). --compare schreibt .txt .json .html .pdf, --summarize .html .csv .json .txt.</translation>
    </message>
    <message>
        <source>--compare and --summarize exclude each other</source>
        <translation>--compare und --summarize schließen einander aus</translation>
    </message>
    <message>
        <source>--compare needs two reports, the earlier and the later: BEFORE.json AFTER.json</source>
        <translation>--compare braucht zwei Berichte, den früheren und den späteren: VORHER.json NACHHER.json</translation>
    </message>
    <message>
        <source>--summarize needs report files or folders of them</source>
        <translation>--summarize braucht Berichtsdateien oder Ordner mit solchen</translation>
    </message>
    <message>
        <source>--label: &apos;%1&apos; is not KEY=VALUE with a key of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>--label: „%1“ ist nicht SCHLÜSSEL=WERT mit einem Schlüssel aus Buchstaben, Ziffern, „.“, „_“ oder „-“</translation>
    </message>
    <message>
        <source>--label: &apos;%1&apos; is given more than once</source>
        <translation>--label: „%1“ ist mehrfach angegeben</translation>
    </message>
    <message>
        <source>Print the regions of Microsoft&apos;s list of desktop flows runtime namespaces, with their counts, and exit.</source>
        <translation>Die Regionen der Microsoft-Liste der Namespaces der Desktop-Flow-Laufzeit mit ihrer Anzahl ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Test every Service Bus namespace Microsoft lists for the desktop flows runtime in this region, e.g. Europe (public cloud; see --list-regions).</source>
        <translation>Jeden Service-Bus-Namespace prüfen, den Microsoft für die Desktop-Flow-Laufzeit in dieser Region nennt, z. B. Europe (öffentliche Cloud; siehe --list-regions).</translation>
    </message>
    <message>
        <source>--region: Microsoft&apos;s list of namespaces by region is for the public cloud&apos;s desktop flows runtime; for the %1 cloud give your namespace with --servicebus-namespace</source>
        <translation>--region: Die Microsoft-Liste der Namespaces nach Region gilt für die Desktop-Flow-Laufzeit der öffentlichen Cloud; für die Cloud %1 geben Sie Ihren Namespace mit --servicebus-namespace an</translation>
    </message>
    <message>
        <source>--region: unknown region &apos;%1&apos; (expected one of: %2)</source>
        <translation>--region: unbekannte Region „%1“ (erwartet: eine von %2)</translation>
    </message>
    <message>
        <source>A Service Bus namespace host the desktop runtime or the gateway uses (repeatable).</source>
        <translation>Ein Service-Bus-Namespace-Host, den die Desktop-Laufzeit oder das Gateway verwendet (wiederholbar).</translation>
    </message>
    <message>
        <source>--servicebus-namespace: no namespace given</source>
        <translation>--servicebus-namespace: kein Namespace angegeben</translation>
    </message>
    <message>
        <source>When the proxy asks for authentication: auto (the strongest it offers), negotiate, ntlm, digest, basic or none (default: auto). Negotiate uses the signed-in user&apos;s Kerberos ticket.</source>
        <translation>Wenn der Proxy eine Anmeldung verlangt: auto (das stärkste angebotene Verfahren), negotiate, ntlm, digest, basic oder none (Standard: auto). Negotiate verwendet das Kerberos-Ticket des angemeldeten Benutzers.</translation>
    </message>
    <message>
        <source>Authenticate at the proxy as this user (DOMAIN\user for NTLM); the password comes from NETREADY_PROXY_PASSWORD or is asked on the terminal.</source>
        <translation>Am Proxy als dieser Benutzer anmelden (DOMÄNE\benutzer für NTLM); das Passwort kommt aus NETREADY_PROXY_PASSWORD oder wird im Terminal abgefragt.</translation>
    </message>
    <message>
        <source>--proxy-auth: unknown scheme &apos;%1&apos; (expected: %2)</source>
        <translation>--proxy-auth: unbekanntes Verfahren &apos;%1&apos; (erwartet: %2)</translation>
    </message>
    <message>
        <source>--proxy-user needs a proxy: it cannot go with --no-proxy</source>
        <translation>--proxy-user braucht einen Proxy: es passt nicht zu --no-proxy</translation>
    </message>
    <message>
        <source>--proxy-user: the --proxy URL names a user already; give the user once</source>
        <translation>--proxy-user: die --proxy-URL nennt schon einen Benutzer; den Benutzer nur einmal angeben</translation>
    </message>
    <message>
        <source>--proxy-user: the user name is empty</source>
        <translation>--proxy-user: der Benutzername ist leer</translation>
    </message>
    <message>
        <source>Choose the proxy of every check with this proxy auto-config script: a file, file://, http:// or https:// URL.</source>
        <translation>Den Proxy jeder Prüfung mit diesem Proxy-Autokonfigurationsskript wählen: eine Datei oder eine file://-, http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>--proxy, --no-proxy and --pac exclude each other</source>
        <translation>--proxy, --no-proxy und --pac schließen einander aus</translation>
    </message>
    <message>
        <source>--pac: %1</source>
        <translation>--pac: %1</translation>
    </message>
    <message>
        <source>Without --proxy or --no-proxy: test desktop flows endpoints along the route of the desktop flows service (service, the default: Power Automate&apos;s own proxy settings on Windows) or with your own system proxy (me). Gateway endpoints follow the gateway service&apos;s route.</source>
        <translation>Ohne --proxy oder --no-proxy: Endpunkte der Desktop-Flows auf dem Weg des Desktop-Flow-Dienstes prüfen (service, die Vorgabe: Power Automates eigene Proxy-Einstellungen unter Windows) oder mit Ihrem eigenen System-Proxy (me). Gateway-Endpunkte folgen dem Weg des Gateway-Dienstes.</translation>
    </message>
    <message>
        <source>--proxy-as: &apos;%1&apos; is neither &apos;service&apos; nor &apos;me&apos;</source>
        <translation>--proxy-as: „%1“ ist weder „service“ noch „me“</translation>
    </message>
    <message>
        <source>Language of the wizard, the output and the reports: %1 (default: the system&apos;s language).</source>
        <extracomment>%1 the language codes, kept as they are</extracomment>
        <translation>Sprache des Assistenten, der Ausgabe und der Berichte: %1 (Standard: die Sprache des Systems).</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not a language of Netready; use one of %2</source>
        <extracomment>%1 what was given, %2 the language codes, kept as they are</extracomment>
        <translation>--lang: &apos;%1&apos; ist keine Sprache von Netready; eine von %2 angeben</translation>
    </message>
    <message>
        <source>--proxy: other users of this machine can read the password in the URL in its list of processes; give the user with --proxy-user and the password in NETREADY_PROXY_PASSWORD, or type it when asked</source>
        <translation>--proxy: Andere Benutzer dieses Computers können das Passwort in der URL in seiner Prozessliste lesen; geben Sie den Benutzer mit --proxy-user und das Passwort in NETREADY_PROXY_PASSWORD an, oder tippen Sie es ein, wenn danach gefragt wird</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>&amp;Save comparison…</source>
        <translation>Vergleich &amp;speichern …</translation>
    </message>
    <message>
        <source>HTML comparison (*.html)</source>
        <translation>HTML-Vergleich (*.html)</translation>
    </message>
    <message>
        <source>PDF comparison (*.pdf)</source>
        <translation>PDF-Vergleich (*.pdf)</translation>
    </message>
    <message>
        <source>JSON comparison (*.json)</source>
        <translation>JSON-Vergleich (*.json)</translation>
    </message>
    <message>
        <source>Text comparison (*.txt)</source>
        <translation>Text-Vergleich (*.txt)</translation>
    </message>
    <message>
        <source>Save comparison</source>
        <translation>Vergleich speichern</translation>
    </message>
    <message>
        <source>Comparison not saved</source>
        <translation>Vergleich nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ComparisonFiles</name>
    <message>
        <source>could not write: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>unknown extension</source>
        <translation>unbekannte Dateiendung</translation>
    </message>
</context>
<context>
    <name>ComparisonHtml</name>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Nachher: %1</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
</context>
<context>
    <name>ComparisonText</name>
    <message>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <source>After:  %1</source>
        <translation>Nachher: %1</translation>
    </message>
</context>
<context>
    <name>ComparisonWording</name>
    <message>
        <source>name resolution</source>
        <translation>der Namensauflösung</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>dem Proxy</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>dem Verbindungsaufbau</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>der Antwort</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
    </message>
    <message>
        <source>Netready comparison of two reports</source>
        <translation>Netready-Vergleich zweier Berichte</translation>
    </message>
    <message>
        <source>Broke: passed before, fails now</source>
        <translation>Neu fehlerhaft: vorher bestanden, jetzt fehlgeschlagen</translation>
    </message>
    <message>
        <source>Fixed: failed before, passes now</source>
        <translation>Behoben: vorher fehlgeschlagen, jetzt bestanden</translation>
    </message>
    <message>
        <source>Still failing</source>
        <translation>Weiterhin fehlgeschlagen</translation>
    </message>
    <message>
        <source>Changed severity</source>
        <translation>Schwere geändert</translation>
    </message>
    <message>
        <source>Only in the later report</source>
        <translation>Nur im späteren Bericht</translation>
    </message>
    <message>
        <source>Only in the earlier report</source>
        <translation>Nur im früheren Bericht</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>%1 passed before (%2) and fails now: %3.</source>
        <translation>%1 war vorher bestanden (%2) und schlägt jetzt fehl: %3.</translation>
    </message>
    <message>
        <source>%1 failed before (%2) and passes now (%3).</source>
        <translation>%1 schlug vorher fehl (%2) und ist jetzt bestanden (%3).</translation>
    </message>
    <message>
        <source>%1 still fails the same way: %2.</source>
        <translation>%1 schlägt weiterhin gleich fehl: %2.</translation>
    </message>
    <message>
        <source>it gets further now: %1 passes, %2 stops it</source>
        <translation>es kommt jetzt weiter: es gelangt über %1 hinaus und scheitert an %2</translation>
    </message>
    <message>
        <source>it fails earlier now, at %1</source>
        <translation>es scheitert jetzt früher, an %1</translation>
    </message>
    <message>
        <source>it fails differently at %1</source>
        <translation>es scheitert anders an %1</translation>
    </message>
    <message>
        <source>%1 still fails: %2 → %3; %4.</source>
        <translation>%1 schlägt weiterhin fehl: %2 → %3; %4.</translation>
    </message>
    <message>
        <source>%1 changed from %2 (%3) to %4 (%5).</source>
        <translation>%1 wechselte von %2 (%3) zu %4 (%5).</translation>
    </message>
    <message>
        <source>%1 is checked only in the later report: %2 (%3).</source>
        <translation>%1 wird nur im späteren Bericht geprüft: %2 (%3).</translation>
    </message>
    <message>
        <source>%1 was checked only in the earlier report: %2 (%3).</source>
        <translation>%1 wurde nur im früheren Bericht geprüft: %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is unchanged: %2 (%3).</source>
        <translation>%1 ist unverändert: %2 (%3).</translation>
    </message>
    <message>
        <source>The verdict is unchanged: %1.</source>
        <translation>Das Ergebnis ist unverändert: %1.</translation>
    </message>
    <message>
        <source>The verdict changed from %1 to %2.</source>
        <translation>Das Ergebnis wechselte von %1 zu %2.</translation>
    </message>
    <message>
        <source>The reports come from different machines: %1 before, %2 now.</source>
        <translation>Die Berichte stammen von verschiedenen Rechnern: vorher %1, jetzt %2.</translation>
    </message>
    <message>
        <source>The cloud differs: %1 before, %2 now.</source>
        <translation>Die Cloud unterscheidet sich: vorher %1, jetzt %2.</translation>
    </message>
    <message>
        <source>The features differ: %1 before, %2 now.</source>
        <translation>Die Funktionen unterscheiden sich: vorher %1, jetzt %2.</translation>
    </message>
    <message>
        <source>The catalogs differ: %1 before, %2 now.</source>
        <translation>Die Kataloge unterscheiden sich: vorher %1, jetzt %2.</translation>
    </message>
    <message>
        <source>The proxy differs: %1 before, %2 now.</source>
        <translation>Der Proxy unterscheidet sich: vorher %1, jetzt %2.</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>The later report was started before the earlier one: are they in the right order?</source>
        <translation>Der spätere Bericht wurde vor dem früheren begonnen: ist die Reihenfolge richtig?</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>Unchanged checks: %n.</source>
        <translation>
            <numerusform>Unveränderte Prüfungen: %n.</numerusform>
            <numerusform>Unveränderte Prüfungen: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComponentProxies</name>
    <message>
        <source>The proxy settings of Power Automate&apos;s components were not read: they exist only on Windows. The system proxy stands in for every component.</source>
        <translation>Die Proxy-Einstellungen der Komponenten von Power Automate wurden nicht gelesen: Es gibt sie nur unter Windows. Der System-Proxy steht für jede Komponente.</translation>
    </message>
</context>
<context>
    <name>ComponentProxy</name>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Power Automate for desktop (you)</source>
        <translation>Power Automate für Desktop (Sie)</translation>
    </message>
    <message>
        <source>desktop flows service</source>
        <translation>Dienst für Desktop-Flows</translation>
    </message>
    <message>
        <source>desktop flows log shipper</source>
        <translation>Protokollversand der Desktop-Flows</translation>
    </message>
    <message>
        <source>desktop flows update service</source>
        <translation>Aktualisierungsdienst der Desktop-Flows</translation>
    </message>
    <message>
        <source>gateway service</source>
        <translation>Gateway-Dienst</translation>
    </message>
    <message>
        <source>gateway configurator (you)</source>
        <translation>Gateway-Konfigurator (Sie)</translation>
    </message>
    <message>
        <source>gateway data-source engine</source>
        <translation>Datenquellen-Engine des Gateways</translation>
    </message>
    <message>
        <source>direct (no proxy)</source>
        <translation>direkt (kein Proxy)</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>Proxy %1</translation>
    </message>
    <message>
        <source>PAC file %1</source>
        <translation>PAC-Datei %1</translation>
    </message>
    <message>
        <source>your Windows proxy settings</source>
        <translation>Ihre Windows-Proxyeinstellungen</translation>
    </message>
    <message>
        <source>registry %1</source>
        <translation>Registrierung %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>the machine&apos;s WinHTTP proxy (netsh winhttp show proxy)</source>
        <translation>der WinHTTP-Proxy des Rechners (netsh winhttp show proxy)</translation>
    </message>
    <message>
        <source>no Power Automate setting: Windows proxy of the signed-in user</source>
        <translation>keine Einstellung von Power Automate: Windows-Proxy des angemeldeten Benutzers</translation>
    </message>
    <message>
        <source>the system proxy settings</source>
        <translation>die Proxy-Einstellungen des Systems</translation>
    </message>
    <message>
        <source>not read: Power Automate keeps its proxy settings only on Windows; the system proxy stands in</source>
        <translation>nicht gelesen: Power Automate hat seine Proxy-Einstellungen nur unter Windows; der System-Proxy steht dafür</translation>
    </message>
    <message>
        <source>no Power Automate setting: Windows proxy of the signed-in user, %1</source>
        <translation>keine Einstellung von Power Automate: Windows-Proxy des angemeldeten Benutzers, %1</translation>
    </message>
</context>
<context>
    <name>ComponentProxyLookup</name>
    <message>
        <source>The proxy settings of Power Automate&apos;s components were not read within %1 s. The system proxy stands in for every component.</source>
        <translation>Die Proxy-Einstellungen der Komponenten von Power Automate wurden nicht innerhalb von %1 s gelesen. Der System-Proxy steht für jede Komponente.</translation>
    </message>
</context>
<context>
    <name>ComponentProxyResolver</name>
    <message>
        <source>%1: &apos;%2&apos; lacks the http:// prefix, so Power Automate rejects it</source>
        <translation>%1: „%2“ fehlt das Präfix http://, deshalb lehnt Power Automate den Wert ab</translation>
    </message>
    <message>
        <source>%1: bypass entry &apos;%2&apos; starts with &apos;*&apos;, which Power Automate rejects</source>
        <translation>%1: der Ausnahmeeintrag „%2“ beginnt mit „*“, was Power Automate ablehnt</translation>
    </message>
    <message>
        <source>%1 is not valid XML (%2) and is ignored</source>
        <translation>%1 ist kein gültiges XML (%2) und wird ignoriert</translation>
    </message>
    <message>
        <source>%1: scriptLocation is ignored unless the registry value EnablePacProxy is 1</source>
        <translation>%1: scriptLocation wird ignoriert, solange der Registrierungswert EnablePacProxy nicht 1 ist</translation>
    </message>
    <message>
        <source>registry value %1 is set only under WOW6432Node (the 32-bit view), where Power Automate does not read it</source>
        <translation>der Registrierungswert %1 ist nur unter WOW6432Node (der 32-Bit-Ansicht) gesetzt, wo Power Automate ihn nicht liest</translation>
    </message>
    <message>
        <source>found by automatic detection or a script for make.powerautomate.com</source>
        <translation>für make.powerautomate.com durch automatische Erkennung oder ein Skript gefunden</translation>
    </message>
    <message>
        <source>Power Automate&apos;s components take different routes: %1. Give all four *.Proxy.config files (or the registry values) the same settings.</source>
        <translation>Die Komponenten von Power Automate nehmen verschiedene Wege: %1. Geben Sie allen vier *.Proxy.config-Dateien (oder den Registrierungswerten) dieselben Einstellungen.</translation>
    </message>
    <message>
        <source>The gateway&apos;s components take different routes: %1. Give its three configuration files the same &lt;defaultProxy&gt; settings.</source>
        <translation>Die Komponenten des Gateways nehmen verschiedene Wege: %1. Geben Sie seinen drei Konfigurationsdateien dieselben &lt;defaultProxy&gt;-Einstellungen.</translation>
    </message>
</context>
<context>
    <name>ComponentRoutes</name>
    <message>
        <source>%1: %2 (from %3)</source>
        <translation>%1: %2 (aus %3)</translation>
    </message>
    <message>
        <source>Power Automate&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen von Power Automate</translation>
    </message>
    <message>
        <source>the proxy setting given for this run, not the route of the %1 (%2)</source>
        <translation>die für diesen Lauf angegebene Proxy-Einstellung, nicht der Weg von %1 (%2)</translation>
    </message>
    <message>
        <source>the system proxy, standing in for the %1: its own settings were not read</source>
        <translation>der System-Proxy, stellvertretend für %1: dessen eigene Einstellungen wurden nicht gelesen</translation>
    </message>
    <message>
        <source>tested as you (your system proxy), not along the route of the %1: %2</source>
        <translation>als Sie geprüft (Ihr System-Proxy), nicht auf dem Weg von %1: %2</translation>
    </message>
    <message>
        <source>the route of the %1</source>
        <translation>der Weg von %1</translation>
    </message>
    <message>
        <source>its proxy &apos;%1&apos; cannot be used (%2); the system proxy stands in</source>
        <translation>sein Proxy „%1“ ist nicht verwendbar (%2); der System-Proxy steht dafür</translation>
    </message>
    <message>
        <source>Power Automate for desktop and its services must reach the cloud the same way, or flows work while you are signed in and fail when nobody is.</source>
        <translation>Power Automate für Desktop und seine Dienste müssen die Cloud auf demselben Weg erreichen, sonst laufen Flows, solange Sie angemeldet sind, und scheitern, wenn niemand angemeldet ist.</translation>
    </message>
    <message>
        <source>Power Automate for desktop and its services take the same route</source>
        <translation>Power Automate für Desktop und seine Dienste nehmen denselben Weg</translation>
    </message>
    <message>
        <source>Power Automate ignores proxy settings it cannot parse and connects another way.</source>
        <translation>Power Automate übergeht Proxy-Einstellungen, die es nicht versteht, und verbindet sich auf anderem Weg.</translation>
    </message>
    <message>
        <source>Power Automate would accept every proxy setting found</source>
        <translation>Power Automate würde jede gefundene Proxy-Einstellung annehmen</translation>
    </message>
    <message>
        <source>its PAC file &apos;%1&apos; cannot be used (%2); the system proxy stands in</source>
        <translation>seine PAC-Datei &apos;%1&apos; ist nicht verwendbar (%2); der Systemproxy tritt an ihre Stelle</translation>
    </message>
    <message>
        <source>The gateway&apos;s service, its configurator and its mashup engine must reach the cloud the same way, or the gateway registers while you configure it and goes offline as a service.</source>
        <translation>Der Dienst des Gateways, sein Konfigurator und seine Mashup-Engine müssen die Cloud auf demselben Weg erreichen, sonst registriert sich das Gateway, während Sie es einrichten, und ist als Dienst offline.</translation>
    </message>
    <message>
        <source>The gateway&apos;s configuration files were not found (it is not installed here): its service will take the machine&apos;s route</source>
        <translation>Die Konfigurationsdateien des Gateways wurden nicht gefunden (es ist hier nicht installiert): sein Dienst nimmt den Weg des Computers</translation>
    </message>
    <message>
        <source>The gateway&apos;s components take the same route</source>
        <translation>Die Komponenten des Gateways nehmen denselben Weg</translation>
    </message>
</context>
<context>
    <name>ConnectToRule</name>
    <message>
        <source>--connect-to &apos;%1&apos;: %2</source>
        <translation>--connect-to „%1“: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port (1-65535)</source>
        <translation>„%1“ ist kein Port (1-65535)</translation>
    </message>
    <message>
        <source>CONNECT_HOST must not be empty</source>
        <translation>CONNECT_HOST darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected HOST:PORT:CONNECT_HOST:CONNECT_PORT</source>
        <translation>erwartet HOST:PORT:CONNECT_HOST:CONNECT_PORT</translation>
    </message>
</context>
<context>
    <name>CrlInspector</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Revoked entries: %1</source>
        <translation>Gesperrte Einträge: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 instead of a revocation list (the body was %2)</source>
        <translation>Der Server antwortete mit HTTP %1 statt einer Sperrliste (der Inhalt war %2)</translation>
    </message>
    <message>
        <source>This update lies in the future: is the local clock behind?</source>
        <translation>Diese Aktualisierung liegt in der Zukunft: geht die lokale Uhr nach?</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>Größe: %1 Bytes</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Revoked serial: %1 at %2</source>
        <translation>Gesperrte Seriennummer: %1 am %2</translation>
    </message>
    <message>
        <source>The revocation list names the expected issuer %1 but its signature does not verify with the issuer&apos;s key</source>
        <translation>Die Sperrliste nennt den erwarteten Aussteller %1, aber ihre Signatur lässt sich mit dessen Schlüssel nicht bestätigen</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>a PEM revocation list that cannot be read</source>
        <translation>eine PEM-Sperrliste, die nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>The answer is not a revocation list but %1</source>
        <translation>Die Antwort ist keine Sperrliste, sondern %1</translation>
    </message>
    <message>
        <source>a certificate (subject %1), not a revocation list</source>
        <translation>ein Zertifikat (Subjekt %1), keine Sperrliste</translation>
    </message>
    <message>
        <source>Next update: %1</source>
        <translation>Nächste Aktualisierung: %1</translation>
    </message>
    <message>
        <source>The revocation list comes from %1, not from the expected issuer %2</source>
        <translation>Die Sperrliste stammt von %1, nicht vom erwarteten Aussteller %2</translation>
    </message>
    <message>
        <source>This update: %1</source>
        <translation>Diese Aktualisierung: %1</translation>
    </message>
    <message>
        <source>Signature: verified with the issuer&apos;s key</source>
        <translation>Signatur: mit dem Schlüssel des Ausstellers bestätigt</translation>
    </message>
    <message>
        <source>Content-Type: %1</source>
        <translation>Content-Type: %1</translation>
    </message>
    <message>
        <source>Verification error: %1</source>
        <translation>Prüffehler: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>The answer is larger than 20 MB and was cut; no revocation list is that large</source>
        <translation>Die Antwort ist größer als 20 MB und wurde abgeschnitten; keine Sperrliste ist so groß</translation>
    </message>
    <message>
        <source>Signature: not checked (the expected issuer certificate cannot be read)</source>
        <translation>Signatur: nicht geprüft (das erwartete Ausstellerzertifikat kann nicht gelesen werden)</translation>
    </message>
    <message>
        <source>Signature: not checked (no issuer certificate known)</source>
        <translation>Signatur: nicht geprüft (kein Ausstellerzertifikat bekannt)</translation>
    </message>
    <message>
        <source>The revocation list from %1 is out of date: its next update was due %2 (this update %3); Windows will not accept it</source>
        <translation>Die Sperrliste von %1 ist veraltet: ihre nächste Aktualisierung war am %2 fällig (diese Aktualisierung %3); Windows akzeptiert sie nicht</translation>
    </message>
    <message numerus="yes">
        <source>(%n more revoked entries not listed)</source>
        <translation>
            <numerusform>(%n weiterer gesperrter Eintrag nicht aufgeführt)</numerusform>
            <numerusform>(%n weitere gesperrte Einträge nicht aufgeführt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes follow the revocation list</source>
        <translation>
            <numerusform>auf die Sperrliste folgt %n Byte</numerusform>
            <numerusform>auf die Sperrliste folgen %n Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revocation list from %1: this update %2, next update %3, %n entries, %4 bytes</source>
        <extracomment>%1 the list&apos;s issuer, %2 and %3 times, %n how many revoked certificates it lists, %4 its size in bytes</extracomment>
        <translation>
            <numerusform>Sperrliste von %1: diese Aktualisierung %2, nächste Aktualisierung %3, %n Eintrag, %4 Bytes</numerusform>
            <numerusform>Sperrliste von %1: diese Aktualisierung %2, nächste Aktualisierung %3, %n Einträge, %4 Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurlLibrary</name>
    <message>
        <source>libcurl (%1), which Netready authenticates at proxies with, could not be loaded: Netready&apos;s installation is incomplete</source>
        <translation>libcurl (%1), mit dem sich Netready an Proxys anmeldet, konnte nicht geladen werden: die Installation von Netready ist unvollständig</translation>
    </message>
    <message>
        <source>libcurl (%1), which Netready authenticates at proxies with, could not be loaded: install it (on Debian and Ubuntu, the package libcurl4)</source>
        <translation>libcurl (%1), mit dem sich Netready an Proxys anmeldet, konnte nicht geladen werden: installieren Sie es (unter Debian und Ubuntu das Paket libcurl4)</translation>
    </message>
    <message>
        <source>Install Netready again: its folder lacks %1 (libcurl), which it authenticates at proxies with.</source>
        <translation>Installieren Sie Netready erneut: in seinem Ordner fehlt %1 (libcurl), mit dem es sich an Proxys anmeldet.</translation>
    </message>
    <message>
        <source>Install libcurl 4, which Netready authenticates at proxies with (on Debian and Ubuntu: apt install libcurl4).</source>
        <translation>Installieren Sie libcurl 4, mit dem sich Netready an Proxys anmeldet (unter Debian und Ubuntu: apt install libcurl4).</translation>
    </message>
</context>
<context>
    <name>Diagnoses</name>
    <message>
        <source>Revocation list is out of date</source>
        <translation>Sperrliste ist veraltet</translation>
    </message>
    <message>
        <source>Proxy not reachable</source>
        <translation>Proxy nicht erreichbar</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Answer is not a revocation list</source>
        <translation>Antwort ist keine Sperrliste</translation>
    </message>
    <message>
        <source>Connection timed out (dropped by a firewall?)</source>
        <translation>Zeitüberschreitung beim Verbinden (von einer Firewall verworfen?)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Local clock is off</source>
        <translation>Lokale Uhr geht falsch</translation>
    </message>
    <message>
        <source>No HTTP answer</source>
        <translation>Keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>TLS inspection replaced the certificate</source>
        <translation>TLS-Inspektion hat das Zertifikat ersetzt</translation>
    </message>
    <message>
        <source>Proxy requires authentication</source>
        <translation>Proxy verlangt Anmeldung</translation>
    </message>
    <message>
        <source>Proxy refused the connection</source>
        <translation>Proxy hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>WebSocket upgrade blocked</source>
        <translation>WebSocket-Upgrade blockiert</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>Certificate is for another name</source>
        <translation>Zertifikat gilt für einen anderen Namen</translation>
    </message>
    <message>
        <source>Name not resolved (DNS)</source>
        <translation>Name nicht aufgelöst (DNS)</translation>
    </message>
    <message>
        <source>Network unreachable</source>
        <translation>Netzwerk nicht erreichbar</translation>
    </message>
    <message>
        <source>Needs your input</source>
        <translation>Braucht Ihre Eingabe</translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation>Zertifikat abgelaufen</translation>
    </message>
    <message>
        <source>Certificate not valid yet</source>
        <translation>Zertifikat noch nicht gültig</translation>
    </message>
    <message>
        <source>Intermediate certificate missing</source>
        <translation>Zwischenzertifikat fehlt</translation>
    </message>
    <message>
        <source>Only outdated TLS versions offered</source>
        <translation>Nur veraltete TLS-Versionen angeboten</translation>
    </message>
    <message>
        <source>No cipher in common</source>
        <translation>Kein gemeinsames Verschlüsselungsverfahren</translation>
    </message>
    <message>
        <source>Blocked by a filtering device</source>
        <translation>Von einem Filtergerät blockiert</translation>
    </message>
    <message>
        <source>HTTP answer timed out</source>
        <translation>Zeitüberschreitung bei der HTTP-Antwort</translation>
    </message>
    <message>
        <source>Proxy does not speak HTTP</source>
        <translation>Proxy spricht kein HTTP</translation>
    </message>
    <message>
        <source>Revocation list download too slow</source>
        <translation>Download der Sperrliste zu langsam</translation>
    </message>
    <message>
        <source>Answer is not a valid OCSP response</source>
        <translation>Antwort ist keine gültige OCSP-Antwort</translation>
    </message>
    <message>
        <source>OCSP answer is out of date</source>
        <translation>OCSP-Antwort ist veraltet</translation>
    </message>
    <message>
        <source>OCSP responder reports an error</source>
        <translation>OCSP-Responder meldet einen Fehler</translation>
    </message>
    <message>
        <source>OCSP answer too slow</source>
        <translation>OCSP-Antwort zu langsam</translation>
    </message>
    <message>
        <source>Proxy auto-config script failed</source>
        <translation>Proxy-Autokonfigurationsskript fehlgeschlagen</translation>
    </message>
    <message>
        <source>Power Automate&apos;s components use different proxies</source>
        <translation>Komponenten von Power Automate verwenden verschiedene Proxys</translation>
    </message>
    <message>
        <source>Power Automate would reject or ignore a proxy setting</source>
        <translation>Power Automate würde eine Proxy-Einstellung ablehnen oder übergehen</translation>
    </message>
</context>
<context>
    <name>DotNetProxyConfig</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>EndpointListCommand</name>
    <message>
        <source>Catalog: %1</source>
        <translation>Katalog: %1</translation>
    </message>
    <message>
        <source>Allowlist</source>
        <translation>Freigabeliste</translation>
    </message>
    <message>
        <source>(a check needs your value for {%1})</source>
        <extracomment>after an endpoint in the list; %1 a placeholder name such as dataverse, kept as it is</extracomment>
        <translation>(eine Prüfung braucht Ihren Wert für {%1})</translation>
    </message>
    <message>
        <source>(URL %1)</source>
        <extracomment>after an endpoint in the list: the URL a check fetches</extracomment>
        <translation>(URL %1)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Endpoints for %1: %2</source>
        <translation>Endpunkte für %1: %2</translation>
    </message>
    <message>
        <source>(listed by Microsoft, retired by its owner)</source>
        <extracomment>after an endpoint in the list</extracomment>
        <translation>(von Microsoft aufgeführt, vom Betreiber stillgelegt)</translation>
    </message>
    <message>
        <source>The catalog lists no endpoint for this selection.</source>
        <translation>Der Katalog enthält keinen Endpunkt für diese Auswahl.</translation>
    </message>
    <message>
        <source>Relay namespaces of the %1 region</source>
        <translation>Relay-Namespaces der Region %1</translation>
    </message>
    <message>
        <source>The selection has no relay check of the desktop flows runtime: the region&apos;s namespaces apply to desktop flows.</source>
        <translation>Die Auswahl enthält keine Relay-Prüfung der Desktop-Flow-Laufzeit: Die Namespaces der Region gelten für Desktop-Flows.</translation>
    </message>
    <message>
        <source>Allow these instead of %1 (TCP %2); source: %3, %4</source>
        <translation>Diese statt %1 zulassen (TCP %2); Quelle: %3, %4</translation>
    </message>
    <message>
        <source>(preview environments)</source>
        <translation>(Vorschau-Umgebungen)</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <extracomment>%1 a cloud code, %2 a feature code (both kept as they are), %3 counts of endpoints and hosts</extracomment>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>%1 · all selected: %2</source>
        <extracomment>%1 a cloud code (kept as it is), %2 counts of endpoints and hosts</extracomment>
        <translation>%1 · gesamte Auswahl: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 a count of endpoints (&quot;12 endpoints&quot;), %2 a count of hosts (&quot;9 hosts&quot;)</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoints</source>
        <translation>
            <numerusform>%n Endpunkt</numerusform>
            <numerusform>%n Endpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hosts</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointParser</name>
    <message>
        <source>unknown feature %1 (expected one of: %2)</source>
        <translation>unbekannte Funktion %1 (erwartet: eine von %2)</translation>
    </message>
    <message>
        <source>only crl and ocsp endpoints take this field</source>
        <translation>nur crl- und ocsp-Endpunkte haben dieses Feld</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (expected current or retired)</source>
        <translation>unbekannter Status „%1“ (erwartet current oder retired)</translation>
    </message>
    <message>
        <source>OCSP responder</source>
        <translation>der OCSP-Responder</translation>
    </message>
    <message>
        <source>port %1 is listed twice</source>
        <translation>Port %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>required for protocol %1 (the %2)</source>
        <translation>erforderlich für das Protokoll %1 (%2)</translation>
    </message>
    <message>
        <source>required for the wildcard host &apos;%1&apos;: give a concrete host under it, or a placeholder such as {dataverse} that the user fills in</source>
        <translation>erforderlich für den Platzhalter-Host „%1“: einen konkreten Host darunter angeben oder einen Platzhalter wie {dataverse}, den der Benutzer ausfüllt</translation>
    </message>
    <message>
        <source>required field is missing (or give ports)</source>
        <translation>Pflichtfeld fehlt (oder ports angeben)</translation>
    </message>
    <message>
        <source>a port</source>
        <translation>ein Port</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a host name nor a placeholder such as {servicebus-namespace}</source>
        <translation>„%1“ ist weder ein Hostname noch ein Platzhalter wie {servicebus-namespace}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; differs from the host &apos;%2&apos; (a concrete host is tested as itself)</source>
        <translation>„%1“ weicht vom Host „%2“ ab (ein konkreter Host wird als er selbst geprüft)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host under &apos;%2&apos;</source>
        <translation>„%1“ ist kein Host unter „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the apex of &apos;%2&apos;, not a host under it (a firewall may allow one and not the other; give a host below it, or list the apex as an endpoint of its own)</source>
        <translation>„%1“ ist die Domäne von „%2“ selbst, kein Host darunter (eine Firewall kann das eine erlauben und das andere nicht; geben Sie einen Host darunter an oder führen Sie die Domäne als eigenen Endpunkt auf)</translation>
    </message>
    <message>
        <source>CRL to download</source>
        <translation>die herunterzuladende Sperrliste</translation>
    </message>
    <message>
        <source>required with certificate (an OCSP request names the issuer)</source>
        <translation>erforderlich zusammen mit certificate (eine OCSP-Anfrage nennt den Aussteller)</translation>
    </message>
    <message>
        <source>lists %1 ports (at most %2)</source>
        <translation>nennt %1 Ports (höchstens %2)</translation>
    </message>
    <message>
        <source>not a PEM certificate (-----BEGIN CERTIFICATE----- ...)</source>
        <translation>kein PEM-Zertifikat (-----BEGIN CERTIFICATE----- ...)</translation>
    </message>
    <message>
        <source>give either port or ports, not both</source>
        <translation>entweder port oder ports angeben, nicht beides</translation>
    </message>
    <message>
        <source>the URL&apos;s port %1 is not among the endpoint&apos;s ports</source>
        <translation>der Port %1 der URL gehört nicht zu den Ports des Endpunkts</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos; (expected one of: %2)</source>
        <translation>unbekanntes Protokoll „%1“ (erwartet: eines von %2)</translation>
    </message>
    <message>
        <source>only ocsp endpoints take this field</source>
        <translation>nur ocsp-Endpunkte haben dieses Feld</translation>
    </message>
    <message>
        <source>unknown cloud %1 (expected one of: %2)</source>
        <translation>unbekannte Cloud %1 (erwartet: eine von %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// URL (revocation is checked over plain HTTP)</source>
        <translation>„%1“ ist keine http://-URL (die Sperrprüfung läuft über einfaches HTTP)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name (a wildcard is allowed only as a leading &apos;*.&apos; before a domain)</source>
        <translation>„%1“ ist kein Hostname (ein Platzhalter ist nur als führendes „*.“ vor einer Domain erlaubt)</translation>
    </message>
    <message>
        <source>the URL&apos;s host &apos;%1&apos; is not the endpoint&apos;s host &apos;%2&apos;</source>
        <translation>der Host der URL „%1“ ist nicht der Host des Endpunkts „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an id (up to 100 letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit)</source>
        <translation>„%1“ ist keine ID (bis zu 100 Buchstaben, Ziffern, „.“, „-“ und „_“, beginnend mit Buchstabe oder Ziffer)</translation>
    </message>
    <message numerus="yes">
        <source>holds %n certificates; give exactly one</source>
        <translation>
            <numerusform>enthält %n Zertifikat; genau eines angeben</numerusform>
            <numerusform>enthält %n Zertifikate; genau eines angeben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngineRun</name>
    <message>
        <source>Revocation path of the certificate chain of %1 (%2).</source>
        <translation>Sperrprüfungsweg der Zertifikatskette von %1 (%2).</translation>
    </message>
    <message>
        <source>Sign-in tokens are rejected when the clock is off by more than 5 minutes.</source>
        <translation>Anmeldetoken werden abgelehnt, wenn die Uhr um mehr als 5 Minuten abweicht.</translation>
    </message>
    <message>
        <source>%1 extension of a certificate presented by %2</source>
        <translation>%1-Erweiterung eines von %2 vorgelegten Zertifikats</translation>
    </message>
    <message>
        <source>local clock</source>
        <translation>lokale Uhr</translation>
    </message>
    <message>
        <source>the run was cancelled before this check finished</source>
        <translation>der Lauf wurde abgebrochen, bevor diese Prüfung fertig war</translation>
    </message>
    <message>
        <source>this machine&apos;s clock is %1 min %2 s behind the servers&apos; (compared with %3)</source>
        <extracomment>%1 minutes and %2 seconds; %3 the servers&apos; host names</extracomment>
        <translation>die Uhr dieses Rechners geht %1 min %2 s gegenüber den Servern nach (verglichen mit %3)</translation>
    </message>
    <message>
        <source>this machine&apos;s clock is %1 min %2 s ahead of the servers&apos; (compared with %3)</source>
        <extracomment>%1 minutes and %2 seconds; %3 the servers&apos; host names</extracomment>
        <translation>die Uhr dieses Rechners geht %1 min %2 s gegenüber den Servern vor (verglichen mit %3)</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Mobile app</source>
        <translation>Mobile App</translation>
    </message>
    <message>
        <source>The Power Automate app on phones and tablets.</source>
        <translation>Die Power-Automate-App auf Telefonen und Tablets.</translation>
    </message>
    <message>
        <source>On-premises data gateway</source>
        <translation>Lokales Datengateway</translation>
    </message>
    <message>
        <source>Designing and running flows in the browser: sign-in, portal, connectors.</source>
        <translation>Flows im Browser entwerfen und ausführen: Anmeldung, Portal, Connectors.</translation>
    </message>
    <message>
        <source>Cloud flows</source>
        <translation>Cloud-Flows</translation>
    </message>
    <message>
        <source>Power Automate for desktop on this machine: attended and unattended runs.</source>
        <translation>Power Automate für Desktop auf diesem Rechner: beaufsichtigte und unbeaufsichtigte Ausführungen.</translation>
    </message>
    <message>
        <source>Desktop flows runtime</source>
        <translation>Desktop-Flow-Laufzeit</translation>
    </message>
    <message>
        <source>The on-premises data gateway, connecting cloud flows to local data.</source>
        <translation>Das lokale Datengateway, das Cloud-Flows mit lokalen Daten verbindet.</translation>
    </message>
</context>
<context>
    <name>FeaturesPage</name>
    <message>
        <source>Service Bus name&amp;spaces:</source>
        <translation>Service-Bus-N&amp;amespaces:</translation>
    </message>
    <message>
        <source>Select at least one feature.</source>
        <translation>Wählen Sie mindestens eine Funktion.</translation>
    </message>
    <message>
        <source>&amp;Environment URL:</source>
        <translation>&amp;Umgebungs-URL:</translation>
    </message>
    <message>
        <source>Which features do you use?</source>
        <translation>Welche Funktionen nutzen Sie?</translation>
    </message>
    <message>
        <source>Your tenant</source>
        <translation>Ihr Mandant</translation>
    </message>
    <message>
        <source>Netready checks the endpoints of the features you select. Select all that this machine needs.</source>
        <translation>Netready prüft die Endpunkte der gewählten Funktionen. Wählen Sie alle, die dieser Rechner braucht.</translation>
    </message>
    <message>
        <source>Optional. Leave empty to skip the checks of your own environment.</source>
        <translation>Optional. Leer lassen, um die Prüfungen Ihrer eigenen Umgebung zu überspringen.</translation>
    </message>
    <message>
        <source>The namespaces your desktop flows runtime or gateway uses. Optional; separate several with commas.</source>
        <translation>Die Namespaces, die Ihre Desktop-Flow-Laufzeit oder Ihr Gateway nutzt. Optional; mehrere durch Kommas trennen.</translation>
    </message>
    <message>
        <source>Desktop flows &amp;region:</source>
        <translation>Desktop-Flow-&amp;Region:</translation>
    </message>
    <message>
        <source>Desktop flows region</source>
        <translation>Desktop-Flow-Region</translation>
    </message>
    <message>
        <source>No region (one namespace)</source>
        <translation>Keine Region (ein Namespace)</translation>
    </message>
    <message>
        <source>%1 (namespaces: %2)</source>
        <translation>%1 (Namespaces: %2)</translation>
    </message>
    <message>
        <source>Tests every Service Bus namespace Microsoft lists for the desktop flows runtime of this region (public cloud), so your firewall can allow those instead of *.servicebus.windows.net.</source>
        <translation>Prüft jeden Service-Bus-Namespace, den Microsoft für die Desktop-Flow-Laufzeit dieser Region nennt (öffentliche Cloud), damit Ihre Firewall diese statt *.servicebus.windows.net zulassen kann.</translation>
    </message>
    <message>
        <source>Other hosts of your tenant</source>
        <translation>Weitere Hosts Ihres Mandanten</translation>
    </message>
    <message>
        <source>Optional. Your host under this wildcard, to check it too; separate several with commas.</source>
        <translation>Optional. Ihr Host unter diesem Platzhalter, damit er mitgeprüft wird; mehrere durch Kommas trennen.</translation>
    </message>
    <message>
        <source>Host under %1:</source>
        <translation>Host unter %1:</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>&amp;Other hosts of your tenant (%1)</source>
        <translation>&amp;Weitere Hosts Ihres Mandanten (%1)</translation>
    </message>
    <message>
        <source>A value under Other hosts is not valid.</source>
        <translation>Ein Wert unter „Weitere Hosts“ ist ungültig.</translation>
    </message>
</context>
<context>
    <name>FleetFiles</name>
    <message>
        <source>unknown extension</source>
        <translation>unbekannte Dateiendung</translation>
    </message>
    <message>
        <source>could not write: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>FleetHtml</name>
    <message>
        <source>Failures per endpoint</source>
        <translation>Fehler je Endpunkt</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Catalog id</source>
        <translation>Katalog-ID</translation>
    </message>
    <message>
        <source>Failed on</source>
        <translation>Fehlgeschlagen auf</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Geprüft auf</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnosen</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>Odd ones out</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <source>Endpoints that fail on a machine while at least 90 % of the machines of the same cloud and site pass them.</source>
        <translation>Endpunkte, die auf einem Rechner fehlschlagen, während mindestens 90 % der Rechner derselben Cloud und desselben Standorts sie bestehen.</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Passing at the site</source>
        <translation>Bestanden am Standort</translation>
    </message>
    <message>
        <source>Machines at the site</source>
        <translation>Rechner am Standort</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Click a column heading to sort by it.</source>
        <translation>Ein Klick auf eine Spaltenüberschrift sortiert danach.</translation>
    </message>
    <message>
        <source>Files that are not readable reports</source>
        <translation>Dateien, die keine lesbaren Berichte sind</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>FleetText</name>
    <message>
        <source>Failures per endpoint:</source>
        <translation>Fehler je Endpunkt:</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  keine</translation>
    </message>
    <message>
        <source>  %1: machines %2, not ready %3</source>
        <translation>  %1: Rechner %2, nicht bereit %3</translation>
    </message>
    <message>
        <source>Odd ones out:</source>
        <translation>Ausreißer:</translation>
    </message>
    <message>
        <source>Files that are not readable reports:</source>
        <translation>Dateien, die keine lesbaren Berichte sind:</translation>
    </message>
    <message numerus="yes">
        <source>  %1 %2: failed on %3 of %n machines (%4)</source>
        <extracomment>%1 an endpoint, %2 its protocol code, %3 how many machines it failed on, %n how many tested it, %4 the diagnoses</extracomment>
        <translation>
            <numerusform>  %1 %2: fehlgeschlagen auf %3 von %n Rechner (%4)</numerusform>
            <numerusform>  %1 %2: fehlgeschlagen auf %3 von %n Rechnern (%4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetWording</name>
    <message>
        <source>Netready fleet summary</source>
        <translation>Netready-Übersicht über viele Rechner</translation>
    </message>
    <message>
        <source>Reports read: %1; unreadable files: %2.</source>
        <translation>Gelesene Berichte: %1; nicht lesbare Dateien: %2.</translation>
    </message>
    <message>
        <source>Cloud %1, report schema version %2</source>
        <translation>Cloud %1, Berichtsschema-Version %2</translation>
    </message>
    <message>
        <source>Machines: %1; ready: %2; not ready: %3.</source>
        <translation>Rechner: %1; bereit: %2; nicht bereit: %3.</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>no site label</source>
        <translation>ohne Standort-Label</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>By proxy</source>
        <translation>Nach Proxy</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>Nach Standort</translation>
    </message>
    <message>
        <source>By operating system</source>
        <translation>Nach Betriebssystem</translation>
    </message>
    <message>
        <source>By catalog date</source>
        <translation>Nach Katalogdatum</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 %4 fails with %5 while %6 of %n machines at the site pass it.</source>
        <extracomment>%1 a machine, %2 its site, %3 an endpoint, %4 its protocol code, %5 a diagnosis, %6 how many machines pass, %n how many machines the site has</extracomment>
        <translation>
            <numerusform>%1 (%2): %3 %4 schlägt mit %5 fehl, während %6 von %n Rechner am Standort es besteht.</numerusform>
            <numerusform>%1 (%2): %3 %4 schlägt mit %5 fehl, während %6 von %n Rechnern am Standort es bestehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>the answer arrived complete</source>
        <translation>die Antwort kam vollständig an</translation>
    </message>
    <message>
        <source>the answer was cut at the size cap of %1 bytes</source>
        <translation>die Antwort wurde an der Größengrenze von %1 Bytes abgeschnitten</translation>
    </message>
    <message>
        <source>no HTTP answer within %1 s</source>
        <translation>keine HTTP-Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the answer was still incomplete after %1 s (%2 bytes of headers)</source>
        <translation>die Antwort war nach %1 s noch unvollständig (%2 Bytes Header)</translation>
    </message>
    <message>
        <source>the download was still running after %1 s: %2 of %3 bytes</source>
        <translation>der Download lief nach %1 s noch: %2 von %3 Bytes</translation>
    </message>
    <message>
        <source>the download was still running after %1 s: %2 bytes so far</source>
        <translation>der Download lief nach %1 s noch: bisher %2 Bytes</translation>
    </message>
    <message>
        <source>the connection was closed without an answer</source>
        <translation>die Verbindung wurde ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>the connection was closed after %1 bytes, before the headers ended</source>
        <translation>die Verbindung wurde nach %1 Bytes geschlossen, vor dem Ende der Header</translation>
    </message>
    <message>
        <source>the connection was closed after %1 of %2 bytes of the body</source>
        <translation>die Verbindung wurde nach %1 von %2 Bytes des Inhalts geschlossen</translation>
    </message>
    <message>
        <source>the connection was closed after the answer (%1 bytes)</source>
        <translation>die Verbindung wurde nach der Antwort geschlossen (%1 Bytes)</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>a chunk header is malformed</source>
        <translation>ein Chunk-Header ist fehlerhaft</translation>
    </message>
    <message>
        <source>the answer is not HTTP</source>
        <translation>die Antwort ist kein HTTP</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the headers</source>
        <translation>die Verbindung wurde mitten in den Headern geschlossen</translation>
    </message>
    <message>
        <source>the Content-Length header is invalid</source>
        <translation>der Content-Length-Header ist ungültig</translation>
    </message>
    <message>
        <source>the connection closed without an answer</source>
        <translation>die Verbindung wurde ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>the headers are larger than 64 KiB</source>
        <translation>die Header sind größer als 64 KiB</translation>
    </message>
</context>
<context>
    <name>JUnitReportWriter</name>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Remedy: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>Answered by: %1</source>
        <translation>Antwort von: %1</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>must not be an empty array</source>
        <translation>darf kein leeres Array sein</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 is not an array</source>
        <translation>%1 ist kein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>unknown key (allowed: %1)</source>
        <translation>unbekannter Schlüssel (erlaubt: %1)</translation>
    </message>
    <message>
        <source>%1 is not %2 (%3)</source>
        <translation>%1 ist nicht %2 (%3)</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>die oberste Ebene muss ein Objekt sein</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>A new language applies when Netready starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Netready.</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <extracomment>a menu entry; %1 the name of the system&apos;s language in itself, e.g. &quot;Deutsch&quot;</extracomment>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Netready will be in %1 the next time it starts. This window stays in the current language.</source>
        <extracomment>%1 the chosen language&apos;s name in itself, e.g. &quot;Français&quot;</extracomment>
        <translation>Netready erscheint beim nächsten Start auf %1. Dieses Fenster bleibt in der aktuellen Sprache.</translation>
    </message>
</context>
<context>
    <name>LogonIdentity</name>
    <message>
        <source>no Kerberos ticket for this user</source>
        <translation>kein Kerberos-Ticket für diesen Benutzer</translation>
    </message>
    <message>
        <source>no Kerberos ticket for this user (%1)</source>
        <translation>kein Kerberos-Ticket für diesen Benutzer (%1)</translation>
    </message>
    <message>
        <source>the Kerberos ticket cannot be read (%1)</source>
        <translation>das Kerberos-Ticket kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the Kerberos ticket has expired</source>
        <translation>das Kerberos-Ticket ist abgelaufen</translation>
    </message>
</context>
<context>
    <name>NetreadyWizard</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Netready</source>
        <translation>Netready</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>About Netready</source>
        <translation>Über Netready</translation>
    </message>
    <message>
        <source>Shows the version of Netready and its homepage</source>
        <translation>Zeigt die Version von Netready und seine Homepage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Chooses the language Netready uses the next time it starts</source>
        <translation>Wählt die Sprache, die Netready ab dem nächsten Start verwendet</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>&amp;Timeout per step:</source>
        <translation>Zeit&amp;limit pro Schritt:</translation>
    </message>
    <message>
        <source>Extra trusted CA file</source>
        <translation>Zusätzliche vertrauenswürdige CA-Datei</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Catalogs (*.json)</source>
        <translation>Kataloge (*.json)</translation>
    </message>
    <message>
        <source>Timeout per step in seconds</source>
        <translation>Zeitlimit pro Schritt in Sekunden</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>Nach einer CA-Datei suchen</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Kennwort für den Proxy</translation>
    </message>
    <message>
        <source>Also check the revocation path of each TLS chain</source>
        <translation>Auch die Sperrprüfung jeder TLS-Kette prüfen</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s address, e.g. http://proxy.example.com:8080</source>
        <translation>Geben Sie die Adresse des Proxys ein, z. B. http://proxy.example.com:8080</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>This file holds no PEM certificate.</source>
        <translation>Diese Datei enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>&amp;Manual proxy</source>
        <translation>&amp;Manueller Proxy</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>&amp;Systemeinstellungen für den Proxy verwenden</translation>
    </message>
    <message>
        <source>&amp;Run checks</source>
        <translation>Prüfungen s&amp;tarten</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>Proxy-URL</translation>
    </message>
    <message>
        <source>How does this machine reach the internet?</source>
        <translation>Wie erreicht dieser Rechner das Internet?</translation>
    </message>
    <message>
        <source>Direct connection, n&amp;o proxy</source>
        <translation>Direkte Verbindung, &amp;ohne Proxy</translation>
    </message>
    <message>
        <source>Extra catalog file</source>
        <translation>Zusätzliche Katalogdatei</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <source>No readable file at this path.</source>
        <translation>Unter diesem Pfad gibt es keine lesbare Datei.</translation>
    </message>
    <message>
        <source>Also check the re&amp;vocation path of each TLS chain</source>
        <translation>Auch die Sperrprüfung (&amp;Revocation) jeder TLS-Kette prüfen</translation>
    </message>
    <message>
        <source>JSON file with your own endpoints</source>
        <translation>JSON-Datei mit Ihren eigenen Endpunkten</translation>
    </message>
    <message>
        <source>&amp;Advanced settings</source>
        <translation>&amp;Erweiterte Einstellungen</translation>
    </message>
    <message>
        <source>Detected: looking…</source>
        <translation>Erkannt: wird gesucht …</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Benutzername für den Proxy</translation>
    </message>
    <message>
        <source>The password is used for this run only and is never saved.</source>
        <translation>Das Kennwort gilt nur für diesen Lauf und wird nie gespeichert.</translation>
    </message>
    <message>
        <source>No readable file at %1.</source>
        <translation>Unter %1 gibt es keine lesbare Datei.</translation>
    </message>
    <message>
        <source>Power Automate uses the system&apos;s proxy settings. Change them here only to test another way.</source>
        <translation>Power Automate verwendet die Proxy-Einstellungen des Systems. Ändern Sie sie hier nur, um einen anderen Weg zu testen.</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Extra trusted &amp;CA file:</source>
        <translation>Zusätzliche vertrauenswürdige &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Proxy U&amp;RL:</source>
        <translation>Pro&amp;xy-URL:</translation>
    </message>
    <message>
        <source>PEM file, e.g. your TLS inspection&apos;s root</source>
        <translation>PEM-Datei, z. B. das Stammzertifikat Ihrer TLS-Inspektion</translation>
    </message>
    <message>
        <source>Browse for a catalog file</source>
        <translation>Nach einer Katalogdatei suchen</translation>
    </message>
    <message>
        <source>E&amp;xtra catalog file:</source>
        <translation>Zusätzliche Kat&amp;alogdatei:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durc&amp;hsuchen …</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <source>Brows&amp;e…</source>
        <translation>Durchsuche&amp;n …</translation>
    </message>
    <message>
        <source>Checks of this catalog need your hosts under %1: go Back to the Features page to enter them, or they are reported as needing your input.</source>
        <translation>Prüfungen dieses Katalogs brauchen Ihre Hosts unter %1: Gehen Sie zurück zur Seite „Funktionen“, um sie einzugeben, sonst werden sie als „braucht Ihre Eingabe“ gemeldet.</translation>
    </message>
    <message>
        <source>Proxy authentication</source>
        <translation>Anmeldung am Proxy</translation>
    </message>
    <message>
        <source>Automatic: the strongest the proxy offers</source>
        <translation>Automatisch: das stärkste, das der Proxy anbietet</translation>
    </message>
    <message>
        <source>Negotiate (Kerberos, signed-in user)</source>
        <translation>Negotiate (Kerberos, angemeldeter Benutzer)</translation>
    </message>
    <message>
        <source>NTLM</source>
        <translation>NTLM</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>None: do not authenticate</source>
        <translation>Keine: nicht anmelden</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>A&amp;nmeldung:</translation>
    </message>
    <message>
        <source>DOMAIN\user; empty: the signed-in user where possible</source>
        <translation>DOMÄNE\benutzer; leer: wo möglich der angemeldete Benutzer</translation>
    </message>
    <message>
        <source>http://wpad.example.com/proxy.pac or a .pac file</source>
        <translation>http://wpad.example.com/proxy.pac oder eine .pac-Datei</translation>
    </message>
    <message>
        <source>Automatic configuration script</source>
        <translation>Automatisches Konfigurationsskript</translation>
    </message>
    <message>
        <source>Browse for a proxy auto-config script</source>
        <translation>Nach einem Proxy-Autokonfigurationsskript suchen</translation>
    </message>
    <message>
        <source>Proxy auto-config scripts (*.pac *.dat *.js)</source>
        <translation>Proxy-Autokonfigurationsskripte (*.pac *.dat *.js)</translation>
    </message>
    <message>
        <source>Enter the script&apos;s URL or file, e.g. http://wpad.example.com/proxy.pac</source>
        <translation>Geben Sie die URL oder Datei des Skripts an, z. B. http://wpad.example.com/proxy.pac</translation>
    </message>
    <message>
        <source>Automatic configuration scr&amp;ipt</source>
        <translation>Automatisches Kon&amp;figurationsskript</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Script a&amp;ddress:</source>
        <translation>Skri&amp;pt-Adresse:</translation>
    </message>
    <message>
        <source>Power Automate&apos;s own proxy settings, as the desktop flows service reads them: registry values, then its Proxy.config file, then the machine&apos;s WinHTTP proxy. Gateway endpoints follow the gateway service&apos;s route.</source>
        <translation>Power Automates eigene Proxy-Einstellungen, wie der Desktop-Flow-Dienst sie liest: Registrierungswerte, dann seine Proxy.config-Datei, dann der WinHTTP-Proxy des Computers. Gateway-Endpunkte folgen dem Weg des Gateway-Dienstes.</translation>
    </message>
    <message>
        <source>Your own Windows proxy settings, as Power Automate for desktop uses them while you are signed in.</source>
        <translation>Ihre eigenen Windows-Proxy-Einstellungen, wie Power Automate für Desktop sie verwendet, während Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>Proxy of each Power Automate component</source>
        <translation>Proxy jeder Komponente von Power Automate</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Wird gesucht …</translation>
    </message>
    <message>
        <source>%1, on the network as %2</source>
        <translation>%1, im Netzwerk als %2</translation>
    </message>
    <message>
        <source>Power Automate for desktop and its services take the same route.</source>
        <translation>Power Automate für Desktop und seine Dienste nehmen denselben Weg.</translation>
    </message>
    <message>
        <source>Test &amp;desktop flows along the route of the desktop flows service</source>
        <translation>&amp;Desktop-Flows auf dem Weg des Desktop-Flow-Dienstes prüfen</translation>
    </message>
    <message>
        <source>Test desktop flows as me, with m&amp;y proxy settings</source>
        <translation>Desktop-Flows als &amp;ich prüfen, mit meinen Proxy-Einstellungen</translation>
    </message>
</context>
<context>
    <name>OcspInspector</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>it is busy</source>
        <translation>er ist ausgelastet</translation>
    </message>
    <message>
        <source>The OCSP responder answered (responseStatus successful): certificate %1, this update %2, next update %3, signature %4</source>
        <translation>Der OCSP-Responder antwortete (responseStatus successful): Zertifikat %1, diese Aktualisierung %2, nächste Aktualisierung %3, Signatur %4</translation>
    </message>
    <message>
        <source>The OCSP responder answered (responseStatus successful) but without the certificate asked about; signature %1</source>
        <translation>Der OCSP-Responder antwortete (responseStatus successful), aber ohne das angefragte Zertifikat; Signatur %1</translation>
    </message>
    <message>
        <source>Nonce: present in the response only</source>
        <translation>Nonce: nur in der Antwort vorhanden</translation>
    </message>
    <message>
        <source>Single responses: %1</source>
        <translation>Einzelantworten: %1</translation>
    </message>
    <message>
        <source>unknown meaning</source>
        <translation>unbekannte Bedeutung</translation>
    </message>
    <message>
        <source>This update lies in the future: is the local clock behind?</source>
        <translation>Diese Aktualisierung liegt in der Zukunft: geht die lokale Uhr nach?</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>Größe: %1 Bytes</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>it does not answer for this issuer</source>
        <translation>er antwortet nicht für diesen Aussteller</translation>
    </message>
    <message>
        <source>Nonce: echoed</source>
        <translation>Nonce: zurückgegeben</translation>
    </message>
    <message>
        <source>The answer is larger than 20 MB and was cut; no OCSP response is that large</source>
        <translation>Die Antwort ist größer als 20 MB und wurde abgeschnitten; keine OCSP-Antwort ist so groß</translation>
    </message>
    <message>
        <source>not checked (no issuer certificate known)</source>
        <translation>nicht geprüft (kein Ausstellerzertifikat bekannt)</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signatur: %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Nonce: does not match the request (a replayed or cached answer?)</source>
        <translation>Nonce: passt nicht zur Anfrage (eine wiederholte oder zwischengespeicherte Antwort?)</translation>
    </message>
    <message>
        <source>Next update: %1</source>
        <translation>Nächste Aktualisierung: %1</translation>
    </message>
    <message>
        <source>The OCSP responder answered with responseStatus %1 (%2): it is reachable</source>
        <translation>Der OCSP-Responder antwortete mit responseStatus %1 (%2): er ist erreichbar</translation>
    </message>
    <message>
        <source>This update: %1</source>
        <translation>Diese Aktualisierung: %1</translation>
    </message>
    <message>
        <source>The response does not mention the certificate asked about</source>
        <translation>Die Antwort erwähnt das angefragte Zertifikat nicht</translation>
    </message>
    <message>
        <source>The OCSP response says successful but carries no basic response</source>
        <translation>Die OCSP-Antwort meldet Erfolg, enthält aber keine Basisantwort</translation>
    </message>
    <message>
        <source>Response status: %1</source>
        <translation>Antwortstatus: %1</translation>
    </message>
    <message>
        <source>it had an internal error</source>
        <translation>er hatte einen internen Fehler</translation>
    </message>
    <message>
        <source>Content-Type: %1</source>
        <translation>Content-Type: %1</translation>
    </message>
    <message>
        <source>Serial %1: %2</source>
        <translation>Seriennummer %1: %2</translation>
    </message>
    <message>
        <source>it wants signed requests</source>
        <translation>er verlangt signierte Anfragen</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>Nonce: not echoed (the responder may serve pre-signed answers)</source>
        <translation>Nonce: nicht zurückgegeben (der Responder liefert womöglich vorab signierte Antworten)</translation>
    </message>
    <message>
        <source>The answer is not an OCSP response but %1</source>
        <translation>Die Antwort ist keine OCSP-Antwort, sondern %1</translation>
    </message>
    <message>
        <source>not checked (%1)</source>
        <translation>nicht geprüft (%1)</translation>
    </message>
    <message>
        <source>Nonce: none sent</source>
        <translation>Nonce: keine gesendet</translation>
    </message>
    <message>
        <source>it could not read the request</source>
        <translation>er konnte die Anfrage nicht lesen</translation>
    </message>
    <message>
        <source>does not verify (%1)</source>
        <translation>nicht bestätigt (%1)</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 instead of an OCSP response (the body was %2)</source>
        <translation>Der Server antwortete mit HTTP %1 statt einer OCSP-Antwort (der Inhalt war %2)</translation>
    </message>
    <message>
        <source>revoked at %1 (reason: %2)</source>
        <translation>gesperrt am %1 (Grund: %2)</translation>
    </message>
    <message>
        <source>an OCSP response</source>
        <translation>eine OCSP-Antwort</translation>
    </message>
    <message>
        <source>not checked (the issuer certificate cannot be read)</source>
        <translation>nicht geprüft (das Ausstellerzertifikat kann nicht gelesen werden)</translation>
    </message>
    <message>
        <source>The OCSP responder answered with responseStatus %1 (%2): it is reachable but gives no certificate status</source>
        <translation>Der OCSP-Responder antwortete mit responseStatus %1 (%2): er ist erreichbar, liefert aber keinen Zertifikatstatus</translation>
    </message>
    <message>
        <source>The OCSP answer is not signed by the certificate&apos;s issuer nor by a responder it delegated to: something other than the CA answered (a filtering device or a wrong responder); signature %1</source>
        <translation>Die OCSP-Antwort ist weder vom Aussteller des Zertifikats noch von einem von ihm beauftragten Responder signiert: statt der CA hat etwas anderes geantwortet (ein Filtergerät oder ein falscher Responder); Signatur %1</translation>
    </message>
    <message>
        <source>The OCSP responder answers with an out-of-date status: certificate %1, next update %2 has passed (a cache or a device in between may be replaying an old answer)</source>
        <translation>Der OCSP-Responder antwortet mit einem veralteten Status: Zertifikat %1, die nächste Aktualisierung %2 ist verstrichen (womöglich liefert ein Cache oder ein Gerät dazwischen eine alte Antwort erneut aus)</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes follow the OCSP response</source>
        <translation>
            <numerusform>auf die OCSP-Antwort folgt %n Byte</numerusform>
            <numerusform>auf die OCSP-Antwort folgen %n Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OcspRequestBuilder</name>
    <message>
        <source>Cannot add a nonce to the OCSP request: %1</source>
        <translation>Der OCSP-Anfrage kann keine Nonce hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>The issuer certificate cannot be read (PEM expected)</source>
        <translation>Das Ausstellerzertifikat kann nicht gelesen werden (PEM erwartet)</translation>
    </message>
    <message>
        <source>Cannot build the OCSP certificate identifier: %1</source>
        <translation>Die OCSP-Zertifikatskennung kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The certificate to ask about cannot be read (PEM expected)</source>
        <translation>Das anzufragende Zertifikat kann nicht gelesen werden (PEM erwartet)</translation>
    </message>
    <message>
        <source>Cannot encode the OCSP request: %1</source>
        <translation>Die OCSP-Anfrage kann nicht kodiert werden: %1</translation>
    </message>
    <message>
        <source>An OCSP request needs the issuer&apos;s certificate</source>
        <translation>Eine OCSP-Anfrage braucht das Zertifikat des Ausstellers</translation>
    </message>
    <message>
        <source>Cannot build the OCSP request: %1</source>
        <translation>Die OCSP-Anfrage kann nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>PacAnswer</name>
    <message>
        <source>&apos;%1&apos; names no proxy (host:port); passed over</source>
        <translation>„%1“ nennt keinen Proxy (host:port); übergangen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HTTP proxy; passed over</source>
        <translation>„%1“ ist kein HTTP-Proxy; übergangen</translation>
    </message>
</context>
<context>
    <name>PacDownload</name>
    <message>
        <source>the script %1 cannot be read: %2</source>
        <translation>das Skript %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the script %1 is larger than %2 bytes</source>
        <translation>das Skript %1 ist größer als %2 Bytes</translation>
    </message>
    <message>
        <source>%1 sent no complete script within %2 s</source>
        <translation>%1 hat innerhalb von %2 s kein vollständiges Skript gesendet</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 ist größer als %2 Bytes</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of the script</source>
        <translation>%1 hat mit HTTP %2 statt mit dem Skript geantwortet</translation>
    </message>
</context>
<context>
    <name>PacEvaluator</name>
    <message>
        <source>the proxy auto-config script could not be loaded: %1</source>
        <translation>das Proxy-Autokonfigurationsskript konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>the proxy auto-config script %1 cannot be used: %2</source>
        <translation>das Proxy-Autokonfigurationsskript %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>the proxy auto-config script %1 gave no answer for %2: %3</source>
        <translation>das Proxy-Autokonfigurationsskript %1 hat für %2 keine Antwort gegeben: %3</translation>
    </message>
    <message>
        <source>%1; it is not asked again in this run</source>
        <translation>%1; es wird in diesem Lauf nicht erneut gefragt</translation>
    </message>
    <message>
        <source>the proxy auto-config script %1 returned &quot;%2&quot; for %3: no route Netready can test (only HTTP proxies and DIRECT are)</source>
        <translation>das Proxy-Autokonfigurationsskript %1 hat für %3 „%2“ zurückgegeben: keinen Weg, den Netready prüfen kann (nur HTTP-Proxys und DIRECT)</translation>
    </message>
</context>
<context>
    <name>PacScript</name>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>the script did not return within %1 s</source>
        <translation>das Skript ist nicht innerhalb von %1 s zurückgekehrt</translation>
    </message>
    <message>
        <source>the script threw %1</source>
        <translation>das Skript hat eine Ausnahme ausgelöst: %1</translation>
    </message>
    <message>
        <source>the script defines no function FindProxyForURL</source>
        <translation>das Skript definiert keine Funktion FindProxyForURL</translation>
    </message>
    <message>
        <source>the script is not loaded</source>
        <translation>das Skript ist nicht geladen</translation>
    </message>
    <message>
        <source>the script returned %1, not a string</source>
        <translation>das Skript hat %1 zurückgegeben, keine Zeichenkette</translation>
    </message>
    <message>
        <source>WinHTTP reports an error in the script (a syntax error, or it threw)</source>
        <translation>WinHTTP meldet einen Fehler im Skript (ein Syntaxfehler, oder es hat eine Ausnahme ausgelöst)</translation>
    </message>
    <message>
        <source>WinHTTP could not download the script (it reads http:// and https:// URLs only)</source>
        <translation>WinHTTP konnte das Skript nicht herunterladen (es liest nur http://- und https://-URLs)</translation>
    </message>
    <message>
        <source>WinHTTP found no script</source>
        <translation>WinHTTP hat kein Skript gefunden</translation>
    </message>
    <message>
        <source>WinHTTP error %1</source>
        <translation>WinHTTP-Fehler %1</translation>
    </message>
    <message>
        <source>this Windows has no engine for scripts in files (jsproxy.dll); give the script as an http:// or https:// URL</source>
        <translation>dieses Windows hat keine Engine für Skripte in Dateien (jsproxy.dll); geben Sie das Skript als http://- oder https://-URL an</translation>
    </message>
    <message>
        <source>another script from a file is in use in this process</source>
        <translation>ein anderes Skript aus einer Datei wird in diesem Prozess bereits verwendet</translation>
    </message>
    <message>
        <source>the script could not be loaded by jsproxy.dll: error %1</source>
        <translation>das Skript konnte von jsproxy.dll nicht geladen werden: Fehler %1</translation>
    </message>
    <message>
        <source>WinHTTP is not available: error %1</source>
        <translation>WinHTTP ist nicht verfügbar: Fehler %1</translation>
    </message>
    <message>
        <source>the script gave no answer: a syntax error, it threw, or FindProxyForURL is missing (jsproxy.dll error %1)</source>
        <translation>das Skript gab keine Antwort: ein Syntaxfehler, eine Ausnahme, oder FindProxyForURL fehlt (jsproxy.dll-Fehler %1)</translation>
    </message>
    <message>
        <source>the JavaScript engine for proxy auto-config scripts could not be loaded (%1); reinstall Netready</source>
        <translation>die JavaScript-Engine für Proxy-Autokonfigurationsskripte konnte nicht geladen werden (%1); installieren Sie Netready neu</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>PlaceholderRules</name>
    <message>
        <source>&apos;%1&apos; is neither a host name nor an http(s) URL</source>
        <translation>„%1“ ist weder ein Hostname noch eine http(s)-URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: leave out the user name, only the host name is checked</source>
        <translation>„%1“: Benutzernamen weglassen, geprüft wird nur der Hostname</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an IP address: a host name is needed</source>
        <translation>„%1“ ist eine IP-Adresse: Ein Hostname wird benötigt</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a port (1 to 65535)</source>
        <translation>„%1“: „%2“ ist kein Port (1 bis 65535)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: leave out the port %2, the checks use the ports the catalog lists</source>
        <translation>„%1“: Port %2 weglassen, die Prüfungen verwenden die Ports aus dem Katalog</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL: the part after the host name holds spaces or characters a URL does not allow</source>
        <translation>„%1“ ist keine gültige URL: Der Teil nach dem Hostnamen enthält Leerzeichen oder Zeichen, die in einer URL nicht erlaubt sind</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a namespace name: 6 to 50 letters, digits and hyphens, starting with a letter</source>
        <translation>„%1“ ist kein Namespace-Name: 6 bis 50 Buchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host under %2, which {%3} stands for in the %4 cloud</source>
        <translation>„%1“ ist kein Host unter %2, wofür {%3} in der Cloud %4 steht</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an environment of the %2 cloud, not of %3: check the cloud you chose</source>
        <translation>„%1“ ist eine Umgebung der Cloud %2, nicht von %3: Prüfen Sie die gewählte Cloud</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an environment address of the %2 cloud: it ends in .%3, e.g. %4</source>
        <translation>„%1“ ist keine Umgebungsadresse der Cloud %2: Diese endet auf .%3, z. B. %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Service Bus namespace of the %2 cloud (expected a name or name.%3)</source>
        <translation>„%1“ ist kein Service-Bus-Namespace der Cloud %2 (erwartet: ein Name oder name.%3)</translation>
    </message>
    <message>
        <source>contoso-relay or contoso-relay.%1</source>
        <translation>contoso-relay oder contoso-relay.%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: environment addresses start with https://</source>
        <translation>„%1“: Umgebungsadressen beginnen mit https://</translation>
    </message>
</context>
<context>
    <name>ProxyAuthenticator</name>
    <message>
        <source>not tried: the proxy does not offer it (it offers %1)</source>
        <translation>nicht versucht: der Proxy bietet es nicht an (er bietet %1)</translation>
    </message>
    <message>
        <source>not tried: this build of libcurl cannot do it</source>
        <translation>nicht versucht: diese libcurl-Version beherrscht es nicht</translation>
    </message>
    <message>
        <source>not tried: %1</source>
        <translation>nicht versucht: %1</translation>
    </message>
    <message>
        <source>not tried: it needs a user name (DOMAIN\user for NTLM) and a password, and none was given</source>
        <translation>nicht versucht: es braucht einen Benutzernamen (DOMÄNE\benutzer für NTLM) und ein Passwort, und keine wurden angegeben</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>proxy CONNECT with %1: %2</source>
        <translation>Proxy-CONNECT mit %1: %2</translation>
    </message>
    <message>
        <source>authenticated as %1</source>
        <translation>angemeldet als %1</translation>
    </message>
    <message>
        <source>the proxy rejected the Kerberos ticket of %1</source>
        <translation>der Proxy hat das Kerberos-Ticket von %1 abgelehnt</translation>
    </message>
    <message>
        <source>the proxy rejected the credentials of %1 (wrong user name or password)</source>
        <translation>der Proxy hat die Anmeldedaten von %1 abgelehnt (falscher Benutzername oder falsches Passwort)</translation>
    </message>
    <message>
        <source>the proxy answered %1</source>
        <translation>der Proxy antwortete %1</translation>
    </message>
    <message>
        <source>not supported by Netready</source>
        <translation>von Netready nicht unterstützt</translation>
    </message>
    <message>
        <source>no scheme named</source>
        <translation>kein Verfahren genannt</translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2); authentication is turned off</source>
        <translation>der Proxy %1 verlangt eine Anmeldung (%2); die Anmeldung ist ausgeschaltet</translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2), and no scheme could be tried</source>
        <translation>der Proxy %1 verlangt eine Anmeldung (%2), und kein Verfahren konnte versucht werden</translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2), and no scheme succeeded: %3</source>
        <translation>der Proxy %1 verlangt eine Anmeldung (%2), und kein Verfahren hatte Erfolg: %3</translation>
    </message>
    <message>
        <source>proxy request with %1: %2</source>
        <translation>Proxy-Anfrage mit %1: %2</translation>
    </message>
</context>
<context>
    <name>ProxyResolver</name>
    <message>
        <source>the system proxy %1:%2 is not an HTTP proxy; checked directly</source>
        <translation>der System-Proxy %1:%2 ist kein HTTP-Proxy; direkt geprüft</translation>
    </message>
    <message>
        <source>direct: the bypass list&apos;s entry &apos;%1&apos; matches %2</source>
        <translation>direkt: der Eintrag &apos;%1&apos; der Umgehungsliste passt auf %2</translation>
    </message>
</context>
<context>
    <name>ProxySetting</name>
    <message>
        <source>proxy URL needs a port, e.g. http://%1:8080</source>
        <translation>die Proxy-URL braucht einen Port, z. B. http://%1:8080</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a proxy URL (expected http://host:port)</source>
        <translation>„%1“ ist keine Proxy-URL (erwartet http://host:port)</translation>
    </message>
    <message>
        <source>proxy scheme &apos;%1&apos; is not supported (use http://)</source>
        <translation>das Proxy-Schema „%1“ wird nicht unterstützt (http:// verwenden)</translation>
    </message>
    <message>
        <source>proxy URL must not have a path</source>
        <translation>die Proxy-URL darf keinen Pfad haben</translation>
    </message>
    <message>
        <source>no proxy auto-config script given</source>
        <translation>kein Proxy-Autokonfigurationsskript angegeben</translation>
    </message>
    <message>
        <source>proxy auto-config scheme &apos;%1&apos; is not supported (use a file, http:// or https://)</source>
        <translation>das Schema „%1“ wird für Proxy-Autokonfigurationsskripte nicht unterstützt (verwenden Sie eine Datei, http:// oder https://)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file or URL of a proxy auto-config script</source>
        <translation>„%1“ ist keine Datei oder URL eines Proxy-Autokonfigurationsskripts</translation>
    </message>
    <message>
        <source>the proxy auto-config script %1 is not a readable file</source>
        <translation>das Proxy-Autokonfigurationsskript %1 ist keine lesbare Datei</translation>
    </message>
</context>
<context>
    <name>ProxyTunnel</name>
    <message>
        <source>the proxy %1 did not answer the CONNECT request within %2 s</source>
        <translation>der Proxy %1 hat die CONNECT-Anfrage nicht innerhalb von %2 s beantwortet</translation>
    </message>
    <message>
        <source>a TLS handshake: it is an HTTPS proxy or a TLS service, not an HTTP proxy</source>
        <translation>einem TLS-Handshake: dort läuft ein HTTPS-Proxy oder ein TLS-Dienst, kein HTTP-Proxy</translation>
    </message>
    <message>
        <source>a TLS alert: it expects TLS, not an HTTP proxy request</source>
        <translation>einem TLS-Alert: die Gegenstelle erwartet TLS, keine HTTP-Proxy-Anfrage</translation>
    </message>
    <message>
        <source>a SOCKS 5 reply: it is a SOCKS proxy</source>
        <translation>einer SOCKS-5-Antwort: dort läuft ein SOCKS-Proxy</translation>
    </message>
    <message>
        <source>a SOCKS 4 reply: it is a SOCKS proxy</source>
        <translation>einer SOCKS-4-Antwort: dort läuft ein SOCKS-Proxy</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>the proxy %1 answered CONNECT with %2</source>
        <translation>der Proxy %1 hat auf CONNECT mit %2 geantwortet</translation>
    </message>
    <message>
        <source>the proxy %1 sent more than %2 bytes of headers in reply to CONNECT</source>
        <translation>der Proxy %1 hat als Antwort auf CONNECT mehr als %2 Bytes Header gesendet</translation>
    </message>
    <message>
        <source>the proxy %1 closed the connection without answering CONNECT</source>
        <translation>der Proxy %1 hat die Verbindung geschlossen, ohne auf CONNECT zu antworten</translation>
    </message>
    <message>
        <source>the proxy %1 closed the connection in the middle of its reply (%2 bytes)</source>
        <translation>der Proxy %1 hat die Verbindung mitten in seiner Antwort geschlossen (%2 Bytes)</translation>
    </message>
    <message>
        <source>bytes that are not text: %1</source>
        <translation>Bytes, die kein Text sind: %1</translation>
    </message>
</context>
<context>
    <name>PublicRoots</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>larger than %1 KB; not a list of public roots</source>
        <translation>größer als %1 KB; keine Liste öffentlicher Stammzertifikate</translation>
    </message>
    <message>
        <source>%1 is not a supported format (this version reads 1)</source>
        <translation>%1 ist kein unterstütztes Format (diese Version liest 1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>more than %1 roots</source>
        <translation>mehr als %1 Stammzertifikate</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint (64 lower-case hex digits)</source>
        <translation>„%1“ ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern in Kleinbuchstaben)</translation>
    </message>
    <message>
        <source>%1 is not the id of an entry of sources</source>
        <translation>%1 ist nicht die id eines Eintrags von sources</translation>
    </message>
    <message>
        <source>this root is listed twice</source>
        <translation>dieses Stammzertifikat ist doppelt aufgeführt</translation>
    </message>
</context>
<context>
    <name>RegionListCommand</name>
    <message>
        <source>Regions of Microsoft&apos;s list of Service Bus namespaces for the desktop flows runtime (public cloud; page of %1), with how many each region has:</source>
        <translation>Regionen der Microsoft-Liste der Service-Bus-Namespaces für die Desktop-Flow-Laufzeit (öffentliche Cloud; Seite vom %1), mit der Anzahl je Region:</translation>
    </message>
    <message>
        <source>--region NAME tests every namespace of one region; the name is not case-sensitive.</source>
        <translation>--region NAME prüft jeden Namespace einer Region; Groß- und Kleinschreibung des Namens spielen keine Rolle.</translation>
    </message>
    <message numerus="yes">
        <source>(%n preview)</source>
        <extracomment>after a region and its number of namespaces: how many of them serve preview environments</extracomment>
        <translation>
            <numerusform>(%n Vorschau)</numerusform>
            <numerusform>(%n Vorschau)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayNamespaces</name>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>larger than %1 KB; not a list of relay namespaces</source>
        <translation>größer als %1 KB; keine Liste von Relay-Namespaces</translation>
    </message>
    <message>
        <source>%1 is not a supported version (this version reads 1)</source>
        <translation>%1 ist keine unterstützte Version (diese Version liest 1)</translation>
    </message>
    <message>
        <source>a region name has 1 to %1 characters</source>
        <translation>ein Regionsname hat 1 bis %1 Zeichen</translation>
    </message>
    <message>
        <source>the region &apos;%1&apos; is listed twice</source>
        <translation>die Region „%1“ steht zweimal in der Liste</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a namespace host: one lower-case label below servicebus.windows.net</source>
        <translation>„%1“ ist kein Namespace-Host: ein kleingeschriebenes Label unterhalb von servicebus.windows.net</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 ist weder true noch false</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 steht zweimal in der Liste</translation>
    </message>
    <message>
        <source>more than %1 namespaces</source>
        <translation>mehr als %1 Namespaces</translation>
    </message>
</context>
<context>
    <name>Remedies</name>
    <message>
        <source>Let TLS to %1 on port %2 through unchanged: a device in between ends or breaks the handshake. Exclude it from TLS inspection and protocol filtering.</source>
        <translation>Lassen Sie TLS zu %1 auf Port %2 unverändert durch: ein Gerät dazwischen beendet oder stört den Handshake. Nehmen Sie den Host von TLS-Inspektion und Protokollfilterung aus.</translation>
    </message>
    <message>
        <source>Nothing to change. This host is listed by Microsoft but retired by its owner; allowing it does no harm.</source>
        <translation>Nichts zu ändern. Dieser Host wird von Microsoft aufgeführt, ist vom Betreiber aber stillgelegt; ihn zu erlauben schadet nicht.</translation>
    </message>
    <message>
        <source>Exclude %1 from TLS inspection: Power Automate and the gateway pin Microsoft&apos;s certificate chains, and WebSocket relay traffic breaks when inspected.</source>
        <translation>Nehmen Sie %1 von der TLS-Inspektion aus: Power Automate und das Gateway erwarten die Zertifikatsketten von Microsoft, und WebSocket-Relay-Verkehr bricht bei Inspektion ab.</translation>
    </message>
    <message>
        <source>A cache or proxy serves an outdated revocation list for %1: let it fetch fresh copies, or exclude the host from caching.</source>
        <translation>Ein Cache oder Proxy liefert eine veraltete Sperrliste für %1: lassen Sie ihn frische Kopien holen, oder nehmen Sie den Host vom Zwischenspeichern aus.</translation>
    </message>
    <message>
        <source>Allow HTTP 80 to the revocation servers: %1 on TCP %2 (outbound). Windows checks certificate revocation there; blocked, desktop flows start slowly or fail.</source>
        <translation>Erlauben Sie HTTP 80 zu den Sperrlisten-Servern: %1 auf TCP %2 (ausgehend). Windows prüft dort die Zertifikatsperrung; ist das blockiert, starten Desktop-Flows langsam oder scheitern.</translation>
    </message>
    <message>
        <source>Microsoft still lists %1, but its owner has retired it and current certificates no longer point there, so this does not block Power Automate. If older components still use it: %2</source>
        <translation>Microsoft führt %1 noch auf, aber der Betreiber hat den Host stillgelegt und aktuelle Zertifikate verweisen nicht mehr darauf; Power Automate wird dadurch nicht blockiert. Falls ältere Komponenten ihn noch nutzen: %2</translation>
    </message>
    <message>
        <source>Check the proxy setting: %1 does not answer from this machine. Fix the address or port, or allow this machine to reach it.</source>
        <translation>Prüfen Sie die Proxy-Einstellung: %1 antwortet diesem Rechner nicht. Korrigieren Sie Adresse oder Port, oder erlauben Sie diesem Rechner, ihn zu erreichen.</translation>
    </message>
    <message>
        <source>Synchronize this machine&apos;s clock (Windows Time service or NTP): sign-in tokens fail when the clock is off by more than 5 minutes.</source>
        <translation>Synchronisieren Sie die Uhr dieses Rechners (Windows-Zeitdienst oder NTP): Anmeldetoken scheitern, wenn die Uhr um mehr als 5 Minuten abweicht.</translation>
    </message>
    <message>
        <source>Exclude %1 from TLS inspection, or install the inspecting CA&apos;s root in this machine&apos;s trusted root store (and in the store of the account that runs the service).</source>
        <translation>Nehmen Sie %1 von der TLS-Inspektion aus, oder installieren Sie das Stammzertifikat der inspizierenden CA im Speicher für vertrauenswürdige Stammzertifikate dieses Rechners (und im Speicher des Kontos, unter dem der Dienst läuft).</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>der Proxy</translation>
    </message>
    <message>
        <source>Make %1 resolvable from this machine: check the DNS servers and any DNS filter, or use a proxy that resolves internet names.</source>
        <translation>Sorgen Sie dafür, dass %1 von diesem Rechner aus aufgelöst wird: prüfen Sie die DNS-Server und DNS-Filter, oder verwenden Sie einen Proxy, der Internetnamen auflöst.</translation>
    </message>
    <message>
        <source>Allow WebSocket upgrades to %1 on port %2: the proxy or inspection device must pass the Upgrade and Connection headers; exclude the host from TLS inspection.</source>
        <translation>Erlauben Sie WebSocket-Upgrades zu %1 auf Port %2: Proxy oder Inspektionsgerät müssen die Header Upgrade und Connection durchlassen; nehmen Sie den Host von der TLS-Inspektion aus.</translation>
    </message>
    <message>
        <source>Something answers for %1 with another site&apos;s certificate: check DNS, hosts file and proxy rules for this name, and exclude it from TLS inspection.</source>
        <translation>Etwas antwortet für %1 mit dem Zertifikat einer anderen Website: prüfen Sie DNS, hosts-Datei und Proxy-Regeln für diesen Namen, und nehmen Sie ihn von der TLS-Inspektion aus.</translation>
    </message>
    <message>
        <source>Allow HTTP 80 to the revocation servers: something other than %1 answers (a captive portal or filtering proxy). Let plain HTTP to it through unchanged.</source>
        <translation>Erlauben Sie HTTP 80 zu den Sperrlisten-Servern: statt %1 antwortet etwas anderes (ein Captive Portal oder ein filternder Proxy). Lassen Sie einfaches HTTP dorthin unverändert durch.</translation>
    </message>
    <message>
        <source>Ask the proxy administrators to allow %1 to %2 (the proxy refused it; see its reply).</source>
        <translation>Bitten Sie die Proxy-Administratoren, %1 zu %2 zu erlauben (der Proxy hat es abgelehnt; siehe seine Antwort).</translation>
    </message>
    <message>
        <source>Run the check again.</source>
        <translation>Führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>The proxy requires authentication: configure it for the account that runs the service (the desktop flows runtime and the gateway run as service accounts), or exempt %1 from proxy authentication.</source>
        <translation>Der Proxy verlangt eine Anmeldung: richten Sie sie für das Konto ein, unter dem der Dienst läuft (Desktop-Flow-Laufzeit und Gateway laufen als Dienstkonten), oder nehmen Sie %1 von der Proxy-Anmeldung aus.</translation>
    </message>
    <message>
        <source>Allow HTTPS traffic to %1 to pass unchanged: the connection opens but no HTTP answer comes back (a filtering device holds or drops it).</source>
        <translation>Lassen Sie HTTPS-Verkehr zu %1 unverändert durch: die Verbindung öffnet sich, aber es kommt keine HTTP-Antwort zurück (ein Filtergerät hält sie fest oder verwirft sie).</translation>
    </message>
    <message>
        <source>the filtering device</source>
        <translation>das Filtergerät</translation>
    </message>
    <message>
        <source>Microsoft still lists %1, but their owner has retired them and current certificates no longer point there, so this does not block Power Automate. If older components still use them: %2</source>
        <translation>Microsoft führt %1 noch auf, aber der Betreiber hat diese Hosts stillgelegt und aktuelle Zertifikate verweisen nicht mehr darauf; Power Automate wird dadurch nicht blockiert. Falls ältere Komponenten sie noch nutzen: %2</translation>
    </message>
    <message>
        <source>Allow outbound %1 to %2 in the firewall (a device actively rejects it).</source>
        <translation>Erlauben Sie in der Firewall ausgehende Verbindungen über %1 zu %2 (ein Gerät weist sie aktiv ab).</translation>
    </message>
    <message>
        <source>Allow outbound %1 to %2 in the firewall (packets are silently dropped).</source>
        <translation>Erlauben Sie in der Firewall ausgehende Verbindungen über %1 zu %2 (Pakete werden stillschweigend verworfen).</translation>
    </message>
    <message>
        <source>Check this machine&apos;s date and time first. If they are right, a device in between serves an outdated certificate for %1: exclude it from TLS inspection, or renew the device&apos;s certificate.</source>
        <translation>Prüfen Sie zuerst Datum und Uhrzeit dieses Rechners. Stimmen sie, liefert ein Gerät dazwischen ein veraltetes Zertifikat für %1: nehmen Sie den Host von der TLS-Inspektion aus, oder erneuern Sie das Zertifikat des Geräts.</translation>
    </message>
    <message>
        <source>Allow HTTP 80 to the certificate authority&apos;s AIA address named in the detail, so that Windows can fetch the missing intermediate certificate of %1, or have the device that answers send its whole chain.</source>
        <translation>Erlauben Sie HTTP 80 zu der in den Details genannten AIA-Adresse der Zertifizierungsstelle, damit Windows das fehlende Zwischenzertifikat von %1 abrufen kann, oder lassen Sie das antwortende Gerät seine vollständige Kette senden.</translation>
    </message>
    <message>
        <source>Power Automate needs TLS 1.2 or later: whatever answers for %1 offers only older versions. Exclude it from TLS inspection, or update the device&apos;s TLS settings.</source>
        <translation>Power Automate braucht TLS 1.2 oder höher: was auch immer für %1 antwortet, bietet nur ältere Versionen an. Nehmen Sie den Host von der TLS-Inspektion aus, oder aktualisieren Sie die TLS-Einstellungen des Geräts.</translation>
    </message>
    <message>
        <source>The device that answers for %1 offers no cipher Windows and Power Automate accept: exclude it from TLS inspection, or enable TLS 1.2 ciphers with ECDHE and AES-GCM on it.</source>
        <translation>Das Gerät, das für %1 antwortet, bietet kein Verschlüsselungsverfahren an, das Windows und Power Automate akzeptieren: nehmen Sie den Host von der TLS-Inspektion aus, oder aktivieren Sie auf dem Gerät TLS-1.2-Verfahren mit ECDHE und AES-GCM.</translation>
    </message>
    <message>
        <source>Ask the team that runs %1 to allow %2 (and to exempt it from TLS inspection): it answers with its own block page instead of the service.</source>
        <translation>Bitten Sie die Betreiber des Geräts, %2 zu erlauben (und von der TLS-Inspektion auszunehmen): %1 antwortet mit einer eigenen Sperrseite statt des Dienstes.</translation>
    </message>
    <message>
        <source>Allow traffic to %1 to pass unchanged: the connection opens but the answer does not come within the timeout (a filtering device holds it, or the link is very slow).</source>
        <translation>Lassen Sie Verkehr zu %1 unverändert durch: die Verbindung öffnet sich, aber die Antwort kommt nicht innerhalb des Zeitlimits (ein Filtergerät hält sie fest, oder die Leitung ist sehr langsam).</translation>
    </message>
    <message>
        <source>Ask the team that runs %1 to allow %2 to %3 (it refused the connection; see its reply).</source>
        <translation>Bitten Sie die Betreiber des Geräts, %2 zu %3 zu erlauben (%1 hat die Verbindung abgelehnt; siehe die Antwort).</translation>
    </message>
    <message>
        <source>Check the proxy setting: %1 does not speak the HTTP proxy protocol (it may be a SOCKS or HTTPS proxy, or another service on that port). Use the address and port of the HTTP proxy.</source>
        <translation>Prüfen Sie die Proxy-Einstellung: %1 spricht nicht das HTTP-Proxy-Protokoll (womöglich ein SOCKS- oder HTTPS-Proxy oder ein anderer Dienst auf diesem Port). Verwenden Sie Adresse und Port des HTTP-Proxys.</translation>
    </message>
    <message>
        <source>Let plain HTTP 80 to %1 through without delay: the revocation answer did not arrive in time. Windows waits up to 15 s per revocation server, so desktop flows start slowly or fail.</source>
        <translation>Lassen Sie einfaches HTTP 80 zu %1 ohne Verzögerung durch: die Antwort der Sperrprüfung kam nicht rechtzeitig. Windows wartet bis zu 15 s pro Sperrlisten-Server, sodass Desktop-Flows langsam starten oder scheitern.</translation>
    </message>
    <message>
        <source>A cache or proxy serves an outdated OCSP answer for %1: exclude the host from caching.</source>
        <translation>Ein Cache oder Proxy liefert eine veraltete OCSP-Antwort für %1: nehmen Sie den Host vom Zwischenspeichern aus.</translation>
    </message>
    <message>
        <source>The OCSP responder %1 reports an error for a well-formed request. If it persists, something between this machine and the certificate authority alters the requests: let HTTP 80 to it through unchanged.</source>
        <translation>Der OCSP-Responder %1 meldet für eine korrekt aufgebaute Anfrage einen Fehler. Hält das an, verändert etwas zwischen diesem Rechner und der Zertifizierungsstelle die Anfragen: lassen Sie HTTP 80 dorthin unverändert durch.</translation>
    </message>
    <message>
        <source>Authentication at the proxy was turned off for this run (--proxy-auth none): allow it (--proxy-auth auto) to test past the proxy.</source>
        <translation>Die Anmeldung am Proxy war für diesen Lauf ausgeschaltet (--proxy-auth none): erlauben Sie sie (--proxy-auth auto), um hinter dem Proxy zu testen.</translation>
    </message>
    <message>
        <source>%1: get a Kerberos ticket for the user first (sign in to the domain, or run kinit user@REALM).</source>
        <translation>%1: holen Sie zuerst ein Kerberos-Ticket für den Benutzer (an der Domäne anmelden oder kinit benutzer@REALM ausführen).</translation>
    </message>
    <message>
        <source>%1: give the proxy user (--proxy-user DOMAIN\user, or on the Network page) and its password.</source>
        <translation>%1: geben Sie den Proxy-Benutzer (--proxy-user DOMÄNE\benutzer oder auf der Seite Netzwerk) und sein Passwort an.</translation>
    </message>
    <message>
        <source>%1: check the user name and password (for NTLM and Kerberos also the domain) and that the account may use the proxy.</source>
        <translation>%1: prüfen Sie Benutzername und Passwort (bei NTLM und Kerberos auch die Domäne) und ob das Konto den Proxy benutzen darf.</translation>
    </message>
    <message>
        <source>%1: not supported here; ask the proxy administrators to offer Negotiate, NTLM, Digest or Basic as well.</source>
        <translation>%1: hier nicht unterstützt; bitten Sie die Proxy-Administratoren, auch Negotiate, NTLM, Digest oder Basic anzubieten.</translation>
    </message>
    <message>
        <source>%1: the proxy does not offer it; choose a scheme it offers, or auto.</source>
        <translation>%1: der Proxy bietet es nicht an; wählen Sie ein angebotenes Verfahren oder auto.</translation>
    </message>
    <message>
        <source>%1: the exchange failed (see the evidence); check the proxy&apos;s authentication setup.</source>
        <translation>%1: der Austausch ist fehlgeschlagen (siehe Belege); prüfen Sie die Anmeldekonfiguration des Proxys.</translation>
    </message>
    <message>
        <source>Fix the proxy auto-config script or its address (the detail says what went wrong): without an answer from it, nothing on this machine that uses it can choose a proxy for %1.</source>
        <translation>Korrigieren Sie das Proxy-Autokonfigurationsskript oder seine Adresse (die Details nennen den Fehler): ohne seine Antwort kann nichts auf diesem Rechner, das es verwendet, einen Proxy für %1 wählen.</translation>
    </message>
    <message>
        <source>Apply the same proxy settings to all four *.Proxy.config files of Power Automate for desktop (PAD, UIFlowService, LogShipper, UpdateService), as Microsoft advises, or set them once in the registry values under HKLM\SOFTWARE\Microsoft\Power Automate Desktop.</source>
        <translation>Geben Sie allen vier *.Proxy.config-Dateien von Power Automate für Desktop (PAD, UIFlowService, LogShipper, UpdateService) dieselben Proxy-Einstellungen, wie Microsoft es empfiehlt, oder legen Sie sie einmal in den Registrierungswerten unter HKLM\SOFTWARE\Microsoft\Power Automate Desktop fest.</translation>
    </message>
    <message>
        <source>Correct the settings named in the detail: proxy addresses as http://host:port, bypass entries without a leading &apos;*&apos;, registry values in the 64-bit view (not under WOW6432Node).</source>
        <translation>Korrigieren Sie die im Detail genannten Einstellungen: Proxy-Adressen als http://host:port, Ausnahmen ohne führendes „*“, Registrierungswerte in der 64-Bit-Ansicht (nicht unter WOW6432Node).</translation>
    </message>
    <message>
        <source>Give &lt;defaultProxy&gt; the same settings in all three configuration files of the on-premises data gateway (Microsoft.PowerBI.EnterpriseGateway.exe.config, enterprisegatewayconfigurator.exe.config and m\Microsoft.Mashup.Container.NetFX45.exe.config), as Microsoft advises, then restart the gateway service.</source>
        <translation>Geben Sie &lt;defaultProxy&gt; in allen drei Konfigurationsdateien des lokalen Datengateways (Microsoft.PowerBI.EnterpriseGateway.exe.config, enterprisegatewayconfigurator.exe.config und m\Microsoft.Mashup.Container.NetFX45.exe.config) dieselben Einstellungen, wie Microsoft es empfiehlt, und starten Sie dann den Gatewaydienst neu.</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <source>CRL distribution points: %1</source>
        <translation>CRL-Verteilungspunkte: %1</translation>
    </message>
    <message>
        <source>Root: %1 (SHA-256 %2)</source>
        <translation>Stammzertifikat: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Server date: %1</source>
        <translation>Serverdatum: %1</translation>
    </message>
    <message>
        <source>Proxy: none (direct connection)</source>
        <translation>Proxy: keiner (direkte Verbindung)</translation>
    </message>
    <message>
        <source>HTTP status: %1 %2</source>
        <translation>HTTP-Status: %1 %2</translation>
    </message>
    <message>
        <source>Clock skew: %1</source>
        <extracomment>%1 how far this machine&apos;s clock is off; %2 the servers&apos; host names</extracomment>
        <translation>Uhrabweichung: %1</translation>
    </message>
    <message>
        <source>DNS: no public name pointed at a private or sinkhole address</source>
        <translation>DNS: kein öffentlicher Name zeigte auf eine private oder Sinkhole-Adresse</translation>
    </message>
    <message>
        <source>Connected to: %1</source>
        <translation>Verbunden mit: %1</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>OCSP responders: %1</source>
        <translation>OCSP-Responder: %1</translation>
    </message>
    <message>
        <source>Clock skew: not measured (no server sent a Date header)</source>
        <translation>Uhrabweichung: nicht gemessen (kein Server hat einen Date-Header gesendet)</translation>
    </message>
    <message>
        <source>IPv6: not used (no IPv6 addresses resolved)</source>
        <translation>IPv6: nicht genutzt (keine IPv6-Adressen aufgelöst)</translation>
    </message>
    <message>
        <source>local clock is %1 s behind the servers</source>
        <translation>die lokale Uhr geht %1 s gegenüber den Servern nach</translation>
    </message>
    <message>
        <source>Retired: still listed by the documentation, but retired by its owner</source>
        <translation>Stillgelegt: noch in der Dokumentation aufgeführt, vom Betreiber aber stillgelegt</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Sperrprüfung</translation>
    </message>
    <message>
        <source>Started (local time)</source>
        <translation>Gestartet (Ortszeit)</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Ausgestellt von: %1</translation>
    </message>
    <message>
        <source>Root: %1</source>
        <translation>Stammzertifikat: %1</translation>
    </message>
    <message>
        <source>Cancelled before every check finished</source>
        <translation>Abgebrochen, bevor alle Prüfungen fertig waren</translation>
    </message>
    <message>
        <source>IPv6: names have IPv6 addresses, but no check connected over IPv6</source>
        <translation>IPv6: Namen haben IPv6-Adressen, aber keine Prüfung hat sich über IPv6 verbunden</translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <translation>Proxy: %1</translation>
    </message>
    <message>
        <source>no check connected over IPv4</source>
        <translation>keine Prüfung hat sich über IPv4 verbunden</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>IPv4: %1</source>
        <translation>IPv4: %1</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>none (direct connection)</source>
        <translation>keiner (direkte Verbindung)</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>Kette: %1</translation>
    </message>
    <message>
        <source>Documented host: %1</source>
        <translation>Dokumentierter Host: %1</translation>
    </message>
    <message>
        <source>system settings: %1</source>
        <translation>Systemeinstellungen: %1</translation>
    </message>
    <message>
        <source>%1 s per phase, %2 at once</source>
        <translation>%1 s pro Phase, %2 gleichzeitig</translation>
    </message>
    <message>
        <source>Timeout and parallel checks</source>
        <translation>Zeitlimit und parallele Prüfungen</translation>
    </message>
    <message>
        <source>Catalogs</source>
        <translation>Kataloge</translation>
    </message>
    <message>
        <source>local clock is %1 s ahead of the servers</source>
        <translation>die lokale Uhr geht %1 s gegenüber den Servern vor</translation>
    </message>
    <message>
        <source>DNS: %1</source>
        <translation>DNS: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>Phase %1: ok in %2</source>
        <translation>Phase %1: ok in %2</translation>
    </message>
    <message>
        <source>manual: %1</source>
        <translation>manuell: %1</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>TLS: %1 %2</source>
        <translation>TLS: %1 %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Gestartet (UTC)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Power Automate network readiness</source>
        <translation>Netzwerkbereitschaft für Power Automate</translation>
    </message>
    <message>
        <source>Revocation servers of every certificate chain were checked</source>
        <translation>Die Sperrlisten-Server jeder Zertifikatskette wurden geprüft</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>IPv6: reachable</source>
        <translation>IPv6: erreichbar</translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation>Adressen: %1</translation>
    </message>
    <message>
        <source>direct connection</source>
        <translation>direkte Verbindung</translation>
    </message>
    <message>
        <source>Phase %1: failed after %2</source>
        <translation>Phase %1: fehlgeschlagen nach %2</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Phase %1: failed after %2: %3</source>
        <translation>Phase %1: fehlgeschlagen nach %2: %3</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Catalog date</source>
        <translation>Stand des Katalogs</translation>
    </message>
    <message>
        <source>%1 (when its entries were last checked against Microsoft&apos;s pages)</source>
        <translation>%1 (zuletzt mit den Seiten von Microsoft abgeglichen)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>%1 (Service Bus namespaces of the desktop flows runtime tested: %2)</source>
        <translation>%1 (geprüfte Service-Bus-Namespaces der Desktop-Flow-Laufzeit: %2)</translation>
    </message>
    <message>
        <source>WPAD: discovery finds a proxy auto-config script at %1 (information only; this run did not use it)</source>
        <translation>WPAD: die Erkennung findet ein Proxy-Autokonfigurationsskript unter %1 (nur zur Information; dieser Lauf hat es nicht verwendet)</translation>
    </message>
    <message>
        <source>WPAD: not looked for: %1</source>
        <translation>WPAD: nicht gesucht: %1</translation>
    </message>
    <message>
        <source>WPAD: discovery finds no proxy auto-config script</source>
        <translation>WPAD: die Erkennung findet kein Proxy-Autokonfigurationsskript</translation>
    </message>
    <message>
        <source>WPAD: discovery finds no proxy auto-config script (asked %1)</source>
        <translation>WPAD: die Erkennung findet kein Proxy-Autokonfigurationsskript (gefragt: %1)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Proxy auto-config script returned &quot;%1&quot;; no route used</source>
        <translation>Proxy-Autokonfigurationsskript gab „%1“ zurück; kein Weg verwendet</translation>
    </message>
    <message>
        <source>Proxy auto-config script returned &quot;%1&quot;; used %2</source>
        <translation>Proxy-Autokonfigurationsskript gab „%1“ zurück; verwendet: %2</translation>
    </message>
    <message>
        <source> after %1</source>
        <translation>, nachdem %1</translation>
    </message>
    <message>
        <source>proxy auto-config script %1 (chosen per check)</source>
        <translation>Proxy-Autokonfigurationsskript %1 (je Prüfung gewählt)</translation>
    </message>
    <message>
        <source>system settings: %1 (from the proxy auto-config script %2)</source>
        <translation>Systemeinstellungen: %1 (aus dem Proxy-Autokonfigurationsskript %2)</translation>
    </message>
    <message>
        <source>Proxy of %1</source>
        <translation>Proxy von %1</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <source>system settings: %1 (desktop flows tested as you)</source>
        <translation>Systemeinstellungen: %1 (Desktop-Flows als Sie geprüft)</translation>
    </message>
    <message>
        <source>system settings: %1 (desktop flows along the desktop flows service&apos;s route, gateway along the gateway service&apos;s)</source>
        <translation>Systemeinstellungen: %1 (Desktop-Flows auf dem Weg des Desktop-Flow-Dienstes, Gateway auf dem des Gateway-Dienstes)</translation>
    </message>
    <message>
        <source>Proxies of the Power Automate components</source>
        <translation>Proxys der Komponenten von Power Automate</translation>
    </message>
    <message>
        <source>Clock skew: %1 (compared with %2)</source>
        <translation>Uhrabweichung: %1 (verglichen mit %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n checks: %1 passed, %2 with warnings, %3 failed, %4 skipped</source>
        <extracomment>%n the number of checks; %1 how many of them passed, %2 warned, %3 failed, %4 were skipped</extracomment>
        <translation>
            <numerusform>%n Prüfung: %1 bestanden, %2 mit Warnungen, %3 fehlgeschlagen, %4 übersprungen</numerusform>
            <numerusform>%n Prüfungen: %1 bestanden, %2 mit Warnungen, %3 fehlgeschlagen, %4 übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>a date and time of day in Coordinated Universal Time</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Written by %1 %2.</source>
        <translation>Erstellt von %1 %2.</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>report file &apos;%1&apos;: directory &apos;%2&apos; does not exist</source>
        <translation>Berichtsdatei „%1“: Verzeichnis „%2“ existiert nicht</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos; exists and cannot be overwritten</source>
        <translation>Berichtsdatei „%1“ existiert und kann nicht überschrieben werden</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: %2</source>
        <translation>Berichtsdatei „%1“: %2</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos; is a directory</source>
        <translation>Berichtsdatei „%1“ ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: &apos;%2&apos; is not a directory</source>
        <translation>Berichtsdatei „%1“: „%2“ ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: unknown extension &apos;%2&apos; (use %3)</source>
        <translation>Berichtsdatei „%1“: unbekannte Endung „%2“ (%3 verwenden)</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos; is given more than once</source>
        <translation>Berichtsdatei „%1“ ist mehrfach angegeben</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: cannot write in directory &apos;%2&apos;</source>
        <translation>Berichtsdatei „%1“: im Verzeichnis „%2“ kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>report file name is empty</source>
        <translation>der Name der Berichtsdatei ist leer</translation>
    </message>
    <message>
        <source>unknown extension</source>
        <translation>unbekannte Dateiendung</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>The selection lists no endpoints.</source>
        <translation>Die Auswahl enthält keine Endpunkte.</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Was zu ändern ist</translation>
    </message>
    <message>
        <source>Remedy:</source>
        <translation>Abhilfe:</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>stillgelegt</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>documented as %1</source>
        <translation>dokumentiert als %1</translation>
    </message>
    <message>
        <source>Domains grouped by protocol and port, ready to paste into a firewall or proxy request.</source>
        <translation>Domains nach Protokoll und Port gruppiert, bereit zum Einfügen in einen Firewall- oder Proxy-Antrag.</translation>
    </message>
    <message>
        <source>Allowlist for this selection</source>
        <translation>Freigabeliste für diese Auswahl</translation>
    </message>
    <message>
        <source>Each check</source>
        <translation>Die Prüfungen im Einzelnen</translation>
    </message>
    <message>
        <source>Service Bus namespaces of the region %1</source>
        <translation>Service-Bus-Namespaces der Region %1</translation>
    </message>
    <message>
        <source>Microsoft lists these namespaces for the desktop flows runtime in this region; a firewall that allows all of them need not allow *.servicebus.windows.net.</source>
        <translation>Microsoft nennt diese Namespaces für die Desktop-Flow-Laufzeit in dieser Region; eine Firewall, die alle zulässt, muss *.servicebus.windows.net nicht zulassen.</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>%1 on port %2</source>
        <translation>%1 auf Port %2</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Proxy auto-config</source>
        <translation>Proxy-Autokonfiguration</translation>
    </message>
    <message numerus="yes">
        <source>%n checks</source>
        <translation>
            <numerusform>%n Prüfung</numerusform>
            <numerusform>%n Prüfungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>The selected features can work; look at the warnings.</source>
        <translation>Die gewählten Funktionen können arbeiten; beachten Sie die Warnungen.</translation>
    </message>
    <message>
        <source>This machine&apos;s network lets the selected features work.</source>
        <translation>Das Netzwerk dieses Rechners lässt die gewählten Funktionen arbeiten.</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Search by host</source>
        <translation>Nach Host suchen</translation>
    </message>
    <message>
        <source>The summary is on the clipboard, ready to paste into a ticket.</source>
        <translation>Die Zusammenfassung liegt in der Zwischenablage, bereit zum Einfügen in ein Ticket.</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>JSON-Daten (*.json)</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Anzei&amp;gen:</translation>
    </message>
    <message>
        <source>All checks</source>
        <translation>Alle Prüfungen</translation>
    </message>
    <message>
        <source>Copy a&amp;llowlist</source>
        <translation>Freigabe&amp;liste kopieren</translation>
    </message>
    <message>
        <source>Some endpoints cannot be reached. Show the problems below for what to change.</source>
        <translation>Einige Endpunkte sind nicht erreichbar. Zeigen Sie unten die Probleme an, um zu sehen, was zu ändern ist.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>Zusammenfassung &amp;kopieren</translation>
    </message>
    <message>
        <source>The allowlist is on the clipboard, grouped by protocol and port.</source>
        <translation>Die Freigabeliste liegt in der Zwischenablage, nach Protokoll und Port gruppiert.</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Search &amp;host:</source>
        <translation>Nach &amp;Host suchen:</translation>
    </message>
    <message>
        <source>Details of the selected check</source>
        <translation>Details der gewählten Prüfung</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation>JUnit-XML (*.xml)</translation>
    </message>
    <message>
        <source>Select a check to see its details.</source>
        <translation>Wählen Sie eine Prüfung, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>Select a check to see what it found and what to change.</source>
        <translation>Wählen Sie eine Prüfung, um zu sehen, was sie gefunden hat und was zu ändern ist.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Bericht speichern …</translation>
    </message>
    <message>
        <source>Co&amp;mpare with an earlier report…</source>
        <translation>Mit früherem Bericht &amp;vergleichen …</translation>
    </message>
    <message>
        <source>What changed since a JSON report saved before: fixed, broken, still failing.</source>
        <translation>Was sich seit einem früher gespeicherten JSON-Bericht geändert hat: behoben, neu fehlerhaft, weiterhin fehlerhaft.</translation>
    </message>
    <message>
        <source>Compare with an earlier report</source>
        <translation>Mit früherem Bericht vergleichen</translation>
    </message>
    <message>
        <source>Netready JSON report (*.json)</source>
        <translation>Netready-JSON-Bericht (*.json)</translation>
    </message>
    <message>
        <source>Report not compared</source>
        <translation>Bericht nicht verglichen</translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>Verglichen mit %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n checks passed, %2 with warnings, %3 failed, %4 skipped. The run was cancelled before every check finished.</source>
        <extracomment>%n the number of checks; %1 how many of them passed, %2 warned, %3 failed, %4 were skipped</extracomment>
        <translation>
            <numerusform>%1 von %n Prüfung bestanden, %2 mit Warnungen, %3 fehlgeschlagen, %4 übersprungen. Der Lauf wurde abgebrochen, bevor alle Prüfungen fertig waren.</numerusform>
            <numerusform>%1 von %n Prüfungen bestanden, %2 mit Warnungen, %3 fehlgeschlagen, %4 übersprungen. Der Lauf wurde abgebrochen, bevor alle Prüfungen fertig waren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n checks passed, %2 with warnings, %3 failed, %4 skipped.</source>
        <translation>
            <numerusform>%1 von %n Prüfung bestanden, %2 mit Warnungen, %3 fehlgeschlagen, %4 übersprungen.</numerusform>
            <numerusform>%1 von %n Prüfungen bestanden, %2 mit Warnungen, %3 fehlgeschlagen, %4 übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportReader</name>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>a text or null</source>
        <translation>ein Text oder null</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is &apos;%2&apos;, expected one of: %3</source>
        <translation>Feld „%1“ ist „%2“, erwartet wird eines von: %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is missing or is not %2</source>
        <translation>Feld „%1“ fehlt oder ist nicht %2</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a Netready report: the JSON is not an object</source>
        <translation>kein Netready-Bericht: das JSON ist kein Objekt</translation>
    </message>
    <message>
        <source>this is a Netready %1, not a run report</source>
        <translation>dies ist ein Netready-Dokument der Art „%1“, kein Bericht eines Laufs</translation>
    </message>
    <message>
        <source>not a Netready report: it has no schemaVersion or its tool is not netready</source>
        <translation>kein Netready-Bericht: schemaVersion fehlt oder das Werkzeug ist nicht netready</translation>
    </message>
    <message>
        <source>report schema version %1 is not known to this Netready (it reads version %2); a newer Netready can read it</source>
        <translation>Berichtsschema-Version %1 kennt dieses Netready nicht (es liest Version %2); ein neueres Netready kann sie lesen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>is a directory, not a report</source>
        <translation>ist ein Ordner, kein Bericht</translation>
    </message>
    <message>
        <source>too large for a report (%1 bytes)</source>
        <translation>zu groß für einen Bericht (%1 Bytes)</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>could not write the XML</source>
        <translation>das XML konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>could not finish the PDF</source>
        <translation>das PDF konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>could not start the PDF</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>the output is not open for writing</source>
        <translation>die Ausgabe ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>could not write: %1</source>
        <translation>konnte nicht schreiben: %1</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Other checks</source>
        <translation>Weitere Prüfungen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Host and port</source>
        <translation>Host und Port</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 passed</source>
        <extracomment>A group of checks in the results table: %n checks of %1 passed.</extracomment>
        <translation>
            <numerusform>%n von %1 bestanden</numerusform>
            <numerusform>%n von %1 bestanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>The checks could not start.</source>
        <translation>Die Prüfungen konnten nicht starten.</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>%1 passed, %2 with warnings, %3 failed, %4 skipped.</source>
        <translation>%1 bestanden, %2 mit Warnungen, %3 fehlgeschlagen, %4 übersprungen.</translation>
    </message>
    <message>
        <source>Done. %1</source>
        <translation>Fertig. %1</translation>
    </message>
    <message>
        <source>Stopping the previous run…</source>
        <translation>Der vorige Lauf wird beendet …</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Each endpoint is tried the way Power Automate connects to it. You can cancel at any time.</source>
        <translation>Jeder Endpunkt wird so angesprochen, wie Power Automate sich mit ihm verbindet. Sie können jederzeit abbrechen.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Elapsed: %1</source>
        <translation>Vergangen: %1</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Checking the endpoints</source>
        <translation>Die Endpunkte werden geprüft</translation>
    </message>
    <message>
        <source>Checks in this run: %1. Running…</source>
        <translation>Prüfungen in diesem Lauf: %1. Läuft …</translation>
    </message>
</context>
<context>
    <name>RunPlanner</name>
    <message>
        <source>your environment URL (wizard: Features page; command line: --dataverse-url https://org.crm.dynamics.com)</source>
        <translation>Ihre Umgebungs-URL (Assistent: Seite „Funktionen“; Befehlszeile: --dataverse-url https://org.crm.dynamics.com)</translation>
    </message>
    <message>
        <source>a Service Bus namespace of your region (wizard: Features page; command line: --servicebus-namespace NAME)</source>
        <translation>einen Service-Bus-Namespace Ihrer Region (Assistent: Seite „Funktionen“; Befehlszeile: --servicebus-namespace NAME)</translation>
    </message>
    <message>
        <source>a concrete host name under it (command line: --input %1=HOST)</source>
        <translation>einen konkreten Hostnamen darunter (Befehlszeile: --input %1=HOST)</translation>
    </message>
    <message>
        <source>%1 cannot be tested without %2</source>
        <translation>%1 kann nicht ohne %2 geprüft werden</translation>
    </message>
    <message>
        <source>a namespace of the %1 region of Microsoft&apos;s list for the desktop flows runtime; --region or the wizard&apos;s region choice tests every namespace of a region</source>
        <translation>ein Namespace der Region %1 aus der Microsoft-Liste für die Desktop-Flow-Laufzeit; --region oder die Regionswahl des Assistenten prüft jeden Namespace einer Region</translation>
    </message>
    <message>
        <source>a preview namespace of the %1 region</source>
        <translation>ein Vorschau-Namespace der Region %1</translation>
    </message>
    <message>
        <source>a namespace of the %1 region</source>
        <translation>ein Namespace der Region %1</translation>
    </message>
</context>
<context>
    <name>RunSession</name>
    <message>
        <source>The chosen cloud and features need no endpoints from this catalog.</source>
        <translation>Die gewählte Cloud und die Funktionen brauchen keine Endpunkte aus diesem Katalog.</translation>
    </message>
</context>
<context>
    <name>RunSummary</name>
    <message>
        <source>READY</source>
        <translation>BEREIT</translation>
    </message>
    <message>
        <source>NOT READY</source>
        <translation>NICHT BEREIT</translation>
    </message>
    <message>
        <source>READY WITH WARNINGS</source>
        <translation>BEREIT MIT WARNUNGEN</translation>
    </message>
</context>
<context>
    <name>SummarizeCommand</name>
    <message>
        <source>--summarize: &apos;%1&apos; does not exist</source>
        <translation>--summarize: „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>--summarize: no readable report among the files given</source>
        <translation>--summarize: unter den angegebenen Dateien ist kein lesbarer Bericht</translation>
    </message>
</context>
<context>
    <name>SystemProxyLookup</name>
    <message>
        <source>none (direct connection)</source>
        <translation>keiner (direkte Verbindung)</translation>
    </message>
    <message>
        <source>none (direct connection): %1</source>
        <translation>keiner (direkte Verbindung): %1</translation>
    </message>
    <message>
        <source>%1, chosen by the proxy auto-config script %2</source>
        <translation>%1, gewählt vom Proxy-Autokonfigurationsskript %2</translation>
    </message>
</context>
<context>
    <name>TcpRace</name>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: no answer (timed out)</source>
        <translation>%1: keine Antwort (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the proxy %1 refused the connection</source>
        <translation>der Proxy %1 hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the proxy %1 did not answer within %2 s</source>
        <translation>der Proxy %1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>the proxy %1 cannot be reached: %2</source>
        <translation>der Proxy %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 refused the connection (nothing listens, or a firewall rejects it)</source>
        <translation>%1 hat die Verbindung abgelehnt (dort lauscht nichts, oder eine Firewall weist sie ab)</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s: packets are dropped on the way</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet: Pakete werden unterwegs verworfen</translation>
    </message>
    <message>
        <source>no route to %1 (network unreachable)</source>
        <translation>keine Route zu %1 (Netzwerk nicht erreichbar)</translation>
    </message>
    <message>
        <source>could not connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>%1 has no address to connect to</source>
        <translation>%1 hat keine Adresse, mit der eine Verbindung möglich wäre</translation>
    </message>
</context>
<context>
    <name>TextSummary</name>
    <message>
        <source>What to change:</source>
        <translation>Was zu ändern ist:</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Zusammenfassung: %1</translation>
    </message>
    <message>
        <source>[retired]</source>
        <extracomment>after a diagnosis title: the host is listed by Microsoft but retired by its owner</extracomment>
        <translation>[stillgelegt]</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Each check:</source>
        <translation>Die Prüfungen im Einzelnen:</translation>
    </message>
    <message>
        <source>Proxy auto-config:</source>
        <translation>Proxy-Autokonfiguration:</translation>
    </message>
</context>
<context>
    <name>TlsFailureExplainer</name>
    <message>
        <source>presented: %1, issued by %2, valid %3 to %4</source>
        <translation>vorgelegt: %1, ausgestellt von %2, gültig von %3 bis %4</translation>
    </message>
    <message>
        <source>certificate check: %1</source>
        <translation>Zertifikatsprüfung: %1</translation>
    </message>
    <message>
        <source>TLS library: %1</source>
        <translation>TLS-Bibliothek: %1</translation>
    </message>
    <message>
        <source>the certificate of %1 expired on %2 (this machine&apos;s date is %3)</source>
        <translation>das Zertifikat von %1 ist am %2 abgelaufen (Datum dieses Rechners: %3)</translation>
    </message>
    <message>
        <source>the certificate %1 in the chain of %2 expired on %3 (this machine&apos;s date is %4)</source>
        <translation>das Zertifikat %1 in der Kette von %2 ist am %3 abgelaufen (Datum dieses Rechners: %4)</translation>
    </message>
    <message>
        <source>the certificate %1 presented for %2 is not valid before %3, and this machine&apos;s date is %4: check the clock</source>
        <translation>das für %2 vorgelegte Zertifikat %1 ist erst ab %3 gültig, das Datum dieses Rechners ist aber %4: prüfen Sie die Uhr</translation>
    </message>
    <message>
        <source>%1 presents a self-signed certificate %2 that this machine does not trust (a device answers in the service&apos;s place)</source>
        <translation>%1 legt ein selbstsigniertes Zertifikat %2 vor, dem dieser Rechner nicht vertraut (ein Gerät antwortet anstelle des Dienstes)</translation>
    </message>
    <message>
        <source>the chain of %1 ends at %2, a root this machine does not trust: TLS inspection whose root is not installed, or a device answering in the service&apos;s place</source>
        <translation>die Kette von %1 endet bei %2, einem Stammzertifikat, dem dieser Rechner nicht vertraut: eine TLS-Inspektion, deren Stammzertifikat nicht installiert ist, oder ein Gerät, das anstelle des Dienstes antwortet</translation>
    </message>
    <message>
        <source>the server did not send its intermediate certificate &apos;%1&apos; for %2 (Windows may fetch it from the AIA URL %3; allow that URL)</source>
        <translation>der Server hat sein Zwischenzertifikat „%1“ für %2 nicht gesendet (Windows kann es über die AIA-URL %3 abrufen; erlauben Sie diese URL)</translation>
    </message>
    <message>
        <source>the certificate of %1 is issued by &apos;%2&apos;, which this machine does not trust (its root is not installed, or the server does not send the intermediate certificate)</source>
        <translation>das Zertifikat von %1 ist von „%2“ ausgestellt, dem dieser Rechner nicht vertraut (sein Stammzertifikat ist nicht installiert, oder der Server sendet das Zwischenzertifikat nicht)</translation>
    </message>
    <message>
        <source>the certificate presented for %1 is for %2</source>
        <translation>das für %1 vorgelegte Zertifikat gilt für %2</translation>
    </message>
    <message>
        <source>the certificate presented for %1 has been revoked</source>
        <translation>das für %1 vorgelegte Zertifikat wurde gesperrt</translation>
    </message>
    <message>
        <source>the certificate of %1 fails the checks: %2</source>
        <translation>das Zertifikat von %1 besteht die Prüfungen nicht: %2</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 did not complete within %2 s (the server is silent)</source>
        <translation>der TLS-Handshake mit %1 wurde nicht innerhalb von %2 s abgeschlossen (der Server schweigt)</translation>
    </message>
    <message>
        <source>%1 offers only TLS versions older than 1.2 (TLS 1.0 or 1.1); Power Automate needs TLS 1.2 or later</source>
        <translation>%1 bietet nur TLS-Versionen älter als 1.2 an (TLS 1.0 oder 1.1); Power Automate braucht TLS 1.2 oder höher</translation>
    </message>
    <message>
        <source>%1 and this machine have no cipher in common: the server refused every cipher offered for TLS 1.2 and 1.3</source>
        <translation>%1 und dieser Rechner haben kein gemeinsames Verschlüsselungsverfahren: der Server hat jedes für TLS 1.2 und 1.3 angebotene Verfahren abgelehnt</translation>
    </message>
    <message>
        <source>%1 does not speak TLS: its first bytes are not a TLS handshake (plain HTTP or another protocol on this port)</source>
        <translation>%1 spricht kein TLS: die ersten Bytes sind kein TLS-Handshake (einfaches HTTP oder ein anderes Protokoll auf diesem Port)</translation>
    </message>
    <message>
        <source>the connection to %1 was reset during the TLS handshake (a device in between cut it)</source>
        <translation>die Verbindung zu %1 wurde während des TLS-Handshakes zurückgesetzt (ein Gerät dazwischen hat sie getrennt)</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake (a device in between ends it, or the server refuses this client)</source>
        <translation>%1 hat die Verbindung während des TLS-Handshakes geschlossen (ein Gerät dazwischen beendet sie, oder der Server weist diesen Client ab)</translation>
    </message>
    <message>
        <source>no TLS handshake with %1 (the handshake broke off)</source>
        <translation>kein TLS-Handshake mit %1 (der Handshake brach ab)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;p&gt;You choose your cloud and the features you use. Netready then tries every endpoint they need: name resolution, TCP connection, TLS certificate (including TLS inspection), HTTP answer, through this machine&apos;s proxy, and the certificate revocation servers Windows needs.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What it does not do:&lt;/b&gt; no data leaves this machine except the connection attempts themselves, and no sign-in is needed.&lt;/p&gt;&lt;p&gt;At the end you get a verdict, the exact fix for every problem and a report to save or send.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sie wählen Ihre Cloud und die Funktionen, die Sie nutzen. Netready versucht dann jeden Endpunkt, den sie brauchen: Namensauflösung, TCP-Verbindung, TLS-Zertifikat (einschließlich TLS-Inspektion), HTTP-Antwort, über den Proxy dieses Rechners, und die Sperrlisten-Server, die Windows braucht.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Was es nicht tut:&lt;/b&gt; Außer den Verbindungsversuchen selbst verlassen keine Daten diesen Rechner, und eine Anmeldung ist nicht nötig.&lt;/p&gt;&lt;p&gt;Am Ende erhalten Sie ein Ergebnis, die genaue Abhilfe für jedes Problem und einen Bericht zum Speichern oder Versenden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Is this machine ready for Power Automate?</source>
        <translation>Ist dieser Rechner bereit für Power Automate?</translation>
    </message>
    <message>
        <source>Netready tests, before you install anything, whether this network lets Power Automate work.</source>
        <translation>Netready prüft, bevor Sie etwas installieren, ob dieses Netzwerk Power Automate arbeiten lässt.</translation>
    </message>
    <message>
        <source>About the checks</source>
        <translation>Über die Prüfungen</translation>
    </message>
</context>
<context>
    <name>WpadFinder</name>
    <message>
        <source>the machine has no DNS search domain to look in</source>
        <translation>der Rechner hat keine DNS-Suchdomäne, in der gesucht werden könnte</translation>
    </message>
    <message>
        <source>/etc/resolv.conf cannot be read: %1</source>
        <translation>/etc/resolv.conf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>WinHTTP&apos;s discovery failed: error %1</source>
        <translation>Die Suche von WinHTTP ist fehlgeschlagen: Fehler %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;netready --help&apos;.</source>
        <translation>Siehe „netready --help“.</translation>
    </message>
    <message>
        <source>there is no display to show the wizard on; run the checks without one with --cli</source>
        <translation>es gibt keine Anzeige für den Assistenten; ohne Anzeige laufen die Prüfungen mit --cli</translation>
    </message>
</context>
</TS>
