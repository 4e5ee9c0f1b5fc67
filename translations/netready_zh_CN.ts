<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Netready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Netready %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Checks whether this machine&apos;s network lets Microsoft Power Automate work, and says what is blocked and what to change.&lt;/p&gt;&lt;p&gt;Headless use: &lt;code&gt;netready --cli&lt;/code&gt;; every option: &lt;code&gt;netready --help&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressClassifier</name>
    <message>
        <source>resolves only to a sinkhole address (a DNS filter blocks it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolves only to private or loopback addresses (split DNS or a private endpoint)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressLookup</name>
    <message>
        <source>%1 is not a valid host name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Allowlist</name>
    <message>
        <source>HTTPS (TCP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS with WebSocket upgrade (TCP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP (TCP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 (certificate revocation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud flows call your services from Azure, not from this machine: to let connectors reach services behind your firewall, allow inbound traffic from the AzureConnectors service tag; for HTTP and HTTP + Swagger actions also allow LogicApps, PowerPlatformPlex and PowerPlatformInfra.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerClassifier</name>
    <message>
        <source>no scheme named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 rejected the credentials given (it asks for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, page &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 answered something that is not HTTP (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy reply: HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 refused CONNECT to %2: HTTP %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 refused CONNECT to %2: HTTP %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refusal comes from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a filtering device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 refused the request for %2: HTTP %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signs of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers for %2 and wants authentication (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered in place of %2 with its own page: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered for %2 with an error of its own instead of the service&apos;s answer: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirects requests for %2 to %3 (a login or block page), HTTP %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WebSocket upgrade answer carries a wrong Sec-WebSocket-Accept: something in between rewrote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket upgrade accepted (HTTP 101) via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WebSocket upgrade did not come through: HTTP %1 (a proxy or inspection device strips the Upgrade header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service answered the WebSocket request with HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockPageRules</name>
    <message>
        <source>%1 must be a list of patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2] is not a valid pattern: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an id and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) names no source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.headers[%2] needs a name and a valid pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page title &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page text &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodySniffer</name>
    <message>
        <source>an empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DER structure cut short (%1 of %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DER structure of another kind (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page (title: &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an XML document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PEM block of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text starting with &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes of binary data starting with %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a catalog must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a supported schema version (this version reads 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date of the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint (64 hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this root is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (also %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 MB; not a catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (already defined in %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckDetails</name>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok (%2 ms)</source>
        <extracomment>%1 a phase of the check (dns, tcp, tls, http), %2 its duration in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>served by a public CA not in Microsoft&apos;s list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root of the public web PKI, not one the service is known to use: &apos;%1&apos;, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 was issued by %2, a CA this machine trusts but not one the service uses: a TLS-inspecting device replaced it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 was issued by %2, the inspection CA of %3: TLS inspection replaced the service&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspecting root: %1, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; authenticated as %2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (proxy auto-config: through %2 after %3 failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; verified as you, not as the service (%2 authenticates to the proxy as itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect-to: %1:%2 -&gt; %3:%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no OCSP request could be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system proxy configuration gave no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy auto-config script %1 returned &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the first route is used, without failover, as Power Automate does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy auto-config: %1 failed (%2); trying %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS (informational): %1 does not resolve on this machine; the proxy resolves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name did not resolve within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy name %1 did not resolve within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not resolve within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name does not resolve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy name %1 does not resolve: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in DNS (no A or AAAA record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be resolved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticating at the proxy %1 did not complete in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authenticated tunnel could not be taken over: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port %1 reachable through the proxy %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port %1 open at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate checks did not complete in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before a request could be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy reply: HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the connection but sent no HTTP answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent no complete answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer could not be checked in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, %2 bytes%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cut at the size cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the GET form is answered too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (GET form); POST failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers OCSP over POST, but not the GET form Windows uses: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckStatuses</name>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRunCommand</name>
    <message>
        <source>Password for %1 at the proxy: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy-user: no password: set NETREADY_PROXY_PASSWORD, or run from a terminal to type it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netready: interrupted, cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudPage</name>
    <message>
        <source>Which cloud is your tenant in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cloud has its own sign-in, portal and relay addresses. Most organizations use Public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Automate for desktop on this machine is set to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint from this machine&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clouds</name>
    <message>
        <source>Public (commercial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Government GCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Government GCC High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Government DoD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most organizations worldwide: make.powerautomate.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US federal, state and local government and their contractors on Government Community Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US government organizations handling controlled unclassified information (ITAR, DFARS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Department of Defense tenants only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants in mainland China, operated by 21Vianet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Checks whether this machine&apos;s network lets Microsoft Power Automate work.
Without options it opens the wizard; with --cli it runs the checks headless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checks headless and print the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the endpoints the selection needs (an allowlist) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the regions of Microsoft&apos;s list of desktop flows runtime namespaces, with their counts, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two JSON reports of one machine, BEFORE.json AFTER.json: what was fixed, what broke. Exit code 1 when a check that passed before fails now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarize many machines&apos; JSON reports (files or folders of *.json) into one fleet view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the run&apos;s report, e.g. site=Berlin (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud: public, gcc, gcc-high, dod or china (default: public).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated features: cloud-flows, mobile, desktop, gateway (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this catalog file instead of the built-in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the endpoints of this catalog file (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to CONNECT_HOST:CONNECT_PORT when a check targets HOST:PORT, as curl does (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this HTTP proxy: http://[user:password@]host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect directly, ignoring the system proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the proxy asks for authentication: auto (the strongest it offers), negotiate, ntlm, digest, basic or none (default: auto). Negotiate uses the signed-in user&apos;s Kerberos ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticate at the proxy as this user (DOMAIN\user for NTLM); the password comes from NETREADY_PROXY_PASSWORD or is asked on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the proxy of every check with this proxy auto-config script: a file, file://, http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --proxy or --no-proxy: test desktop flows endpoints along the route of the desktop flows service (service, the default: Power Automate&apos;s own proxy settings on Windows) or with your own system proxy (me). Gateway endpoints follow the gateway service&apos;s route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds each phase of a check may take (1-300, default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks run at once (1-512, default 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: text or json (--list-endpoints also csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report to this file; the format follows the extension: .html .pdf .json .csv .xml (repeatable). --compare writes .txt .json .html .pdf, --summarize .html .csv .json .txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your environment URL, e.g. https://org.crm.dynamics.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Service Bus namespace host the desktop runtime or the gateway uses (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test every Service Bus namespace Microsoft lists for the desktop flows runtime in this region, e.g. Europe (public cloud; see --list-regions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value for a catalog placeholder, e.g. azure-apim=host (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also probe the OCSP and CRL URLs of every TLS chain seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compare and --summarize exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compare needs two reports, the earlier and the later: BEFORE.json AFTER.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--summarize needs report files or folders of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cloud: unknown cloud &apos;%1&apos; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--features: unknown feature &apos;%1&apos; (expected: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: file &apos;%2&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy, --no-proxy and --pac exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pac: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy-auth: unknown scheme &apos;%1&apos; (expected: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy-user needs a proxy: it cannot go with --no-proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy-user: the --proxy URL names a user already; give the user once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy-user: the user name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy-as: &apos;%1&apos; is neither &apos;service&apos; nor &apos;me&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-file: &apos;%1&apos; holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--servicebus-namespace: no namespace given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--servicebus-namespace: &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--input: &apos;%1&apos; is not NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--label: &apos;%1&apos; is not KEY=VALUE with a key of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--label: &apos;%1&apos; is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region: Microsoft&apos;s list of namespaces by region is for the public cloud&apos;s desktop flows runtime; for the %1 cloud give your namespace with --servicebus-namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region: unknown region &apos;%1&apos; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the wizard, the output and the reports: %1 (default: the system&apos;s language).</source>
        <extracomment>%1 the language codes, kept as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not a language of Netready; use one of %2</source>
        <extracomment>%1 what was given, %2 the language codes, kept as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save comparison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML comparison (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF comparison (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON comparison (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text comparison (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonFiles</name>
    <message>
        <source>could not write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown extension</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonHtml</name>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonText</name>
    <message>
        <source>Before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonWording</name>
    <message>
        <source>name resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netready comparison of two reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broke: passed before, fails now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed: failed before, passes now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the later report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the earlier report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed before (%2) and fails now: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed before (%2) and passes now (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still fails the same way: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it gets further now: %1 passes, %2 stops it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it fails earlier now, at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it fails differently at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still fails: %2 → %3; %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed from %2 (%3) to %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is checked only in the later report: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was checked only in the earlier report: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unchanged: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict is unchanged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict changed from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reports come from different machines: %1 before, %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud differs: %1 before, %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The features differ: %1 before, %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogs differ: %1 before, %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy differs: %1 before, %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The later report was started before the earlier one: are they in the right order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unchanged checks: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComponentProxies</name>
    <message>
        <source>The proxy settings of Power Automate&apos;s components were not read: they exist only on Windows. The system proxy stands in for every component.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComponentProxy</name>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Automate for desktop (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop flows service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop flows log shipper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop flows update service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway configurator (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway data-source engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct (no proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAC file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your Windows proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the machine&apos;s WinHTTP proxy (netsh winhttp show proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Power Automate setting: Windows proxy of the signed-in user, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Power Automate setting: Windows proxy of the signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read: Power Automate keeps its proxy settings only on Windows; the system proxy stands in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComponentProxyLookup</name>
    <message>
        <source>The proxy settings of Power Automate&apos;s components were not read within %1 s. The system proxy stands in for every component.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComponentProxyResolver</name>
    <message>
        <source>%1: &apos;%2&apos; lacks the http:// prefix, so Power Automate rejects it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bypass entry &apos;%2&apos; starts with &apos;*&apos;, which Power Automate rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found by automatic detection or a script for make.powerautomate.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid XML (%2) and is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: scriptLocation is ignored unless the registry value EnablePacProxy is 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry value %1 is set only under WOW6432Node (the 32-bit view), where Power Automate does not read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Automate&apos;s components take different routes: %1: %2; %3. Give all four *.Proxy.config files (or the registry values) the same settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComponentRoutes</name>
    <message>
        <source>%1: %2 (from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Automate&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy setting given for this run, not the route of the %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system proxy, standing in for the %1: its own settings were not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tested as you (your system proxy), not along the route of the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the route of the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its proxy &apos;%1&apos; cannot be used (%2); the system proxy stands in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its PAC file &apos;%1&apos; cannot be used (%2); the system proxy stands in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Automate for desktop and its services must reach the cloud the same way, or flows work while you are signed in and fail when nobody is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Automate for desktop and its services take the same route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Automate ignores proxy settings it cannot parse and connects another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Automate would accept every proxy setting found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectToRule</name>
    <message>
        <source>--connect-to &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected HOST:PORT:CONNECT_HOST:CONNECT_PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port (1-65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONNECT_HOST must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrlInspector</name>
    <message>
        <source>a certificate (subject %1), not a revocation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PEM revocation list that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is larger than 20 MB and was cut; no revocation list is that large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1 instead of a revocation list (the body was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not a revocation list but %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked serial: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: not checked (the expected issuer certificate cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation list comes from %1, not from the expected issuer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation list names the expected issuer %1 but its signature does not verify with the issuer&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: verified with the issuer&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: not checked (no issuer certificate known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation list from %1 is out of date: its next update was due %2 (this update %3); Windows will not accept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This update lies in the future: is the local clock behind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n more revoked entries not listed)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes follow the revocation list</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revocation list from %1: this update %2, next update %3, %n entries, %4 bytes</source>
        <extracomment>%1 the list&apos;s issuer, %2 and %3 times, %n how many revoked certificates it lists, %4 its size in bytes</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Diagnoses</name>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name not resolved (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection timed out (dropped by a firewall?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate is for another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS inspection replaced the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate certificate missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only outdated TLS versions offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cipher in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by a filtering device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP answer timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy requires authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy does not speak HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy auto-config script failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket upgrade blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local clock is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Automate&apos;s components use different proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Automate would reject or ignore a proxy setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer is not a revocation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation list is out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation list download too slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer is not a valid OCSP response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCSP answer is out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCSP responder reports an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCSP answer too slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DotNetProxyConfig</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointListCommand</name>
    <message>
        <source>Endpoints for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog lists no endpoint for this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(URL %1)</source>
        <extracomment>after an endpoint in the list: the URL a check fetches</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(listed by Microsoft, retired by its owner)</source>
        <extracomment>after an endpoint in the list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a check needs your value for {%1})</source>
        <extracomment>after an endpoint in the list; %1 a placeholder name such as dataverse, kept as it is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay namespaces of the %1 region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection has no relay check of the desktop flows runtime: the region&apos;s namespaces apply to desktop flows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow these instead of %1 (TCP %2); source: %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(preview environments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <extracomment>%1 a cloud code, %2 a feature code (both kept as they are), %3 counts of endpoints and hosts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · all selected: %2</source>
        <extracomment>%1 a cloud code (kept as it is), %2 counts of endpoints and hosts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 a count of endpoints (&quot;12 endpoints&quot;), %2 a count of hosts (&quot;9 hosts&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n endpoints</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hosts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointParser</name>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an id (up to 100 letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name (a wildcard is allowed only as a leading &apos;*.&apos; before a domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required for the wildcard host &apos;%1&apos;: give a concrete host under it, or a placeholder such as {dataverse} that the user fills in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a host name nor a placeholder such as {servicebus-namespace}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the apex of &apos;%2&apos;, not a host under it (a firewall may allow one and not the other; give a host below it, or list the apex as an endpoint of its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host under &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; differs from the host &apos;%2&apos; (a concrete host is tested as itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either port or ports, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing (or give ports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists %1 ports (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cloud %1 (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown feature %1 (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only crl and ocsp endpoints take this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only ocsp endpoints take this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required for protocol %1 (the %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCSP responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// URL (revocation is checked over plain HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL&apos;s host &apos;%1&apos; is not the endpoint&apos;s host &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL&apos;s port %1 is not among the endpoint&apos;s ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required with certificate (an OCSP request names the issuer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PEM certificate (-----BEGIN CERTIFICATE----- ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (expected current or retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>holds %n certificates; give exactly one</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngineRun</name>
    <message>
        <source>the run was cancelled before this check finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation path of the certificate chain of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 extension of a certificate presented by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in tokens are rejected when the clock is off by more than 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine&apos;s clock is %1 min %2 s behind the servers&apos; (compared with %3)</source>
        <extracomment>%1 minutes and %2 seconds; %3 the servers&apos; host names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine&apos;s clock is %1 min %2 s ahead of the servers&apos; (compared with %3)</source>
        <extracomment>%1 minutes and %2 seconds; %3 the servers&apos; host names</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Cloud flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop flows runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-premises data gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designing and running flows in the browser: sign-in, portal, connectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Power Automate app on phones and tablets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Automate for desktop on this machine: attended and unattended runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-premises data gateway, connecting cloud flows to local data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeaturesPage</name>
    <message>
        <source>Your tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which features do you use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netready checks the endpoints of the features you select. Select all that this machine needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Leave empty to skip the checks of your own environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Bus name&amp;spaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The namespaces your desktop flows runtime or gateway uses. Optional; separate several with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other hosts of your tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop flows &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop flows region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region (one namespace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (namespaces: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests every Service Bus namespace Microsoft lists for the desktop flows runtime of this region (public cloud), so your firewall can allow those instead of *.servicebus.windows.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Your host under this wildcard, to check it too; separate several with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host under %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other hosts of your tenant (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value under Other hosts is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one feature.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetFiles</name>
    <message>
        <source>unknown extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetHtml</name>
    <message>
        <source>Failures per endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd ones out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints that fail on a machine while at least 90 % of the machines of the same cloud and site pass them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passing at the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines at the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a column heading to sort by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that are not readable reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetText</name>
    <message>
        <source>Failures per endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: machines %2, not ready %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd ones out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that are not readable reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %1 %2: failed on %3 of %n machines (%4)</source>
        <extracomment>%1 an endpoint, %2 its protocol code, %3 how many machines it failed on, %n how many tested it, %4 the diagnoses</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetWording</name>
    <message>
        <source>Netready fleet summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports read: %1; unreadable files: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud %1, report schema version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines: %1; ready: %2; not ready: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no site label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By catalog date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 %4 fails with %5 while %6 of %n machines at the site pass it.</source>
        <extracomment>%1 a machine, %2 its site, %3 an endpoint, %4 its protocol code, %5 a diagnosis, %6 how many machines pass, %n how many machines the site has</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>the answer arrived complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was cut at the size cap of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no HTTP answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was still incomplete after %1 s (%2 bytes of headers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download was still running after %1 s: %2 of %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download was still running after %1 s: %2 bytes so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed after %1 bytes, before the headers ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed after %1 of %2 bytes of the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed after the answer (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the connection closed without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed in the middle of the headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the headers are larger than 64 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Content-Length header is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk header is malformed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JUnitReportWriter</name>
    <message>
        <source>Remedy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (allowed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be an empty array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Netready starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <extracomment>a menu entry; %1 the name of the system&apos;s language in itself, e.g. &quot;Deutsch&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>%1 the chosen language&apos;s name in itself, e.g. &quot;Français&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netready will be in %1 the next time it starts. This window stays in the current language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogonIdentity</name>
    <message>
        <source>no Kerberos ticket for this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Kerberos ticket for this user (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Kerberos ticket cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Kerberos ticket has expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetreadyWizard</name>
    <message>
        <source>Netready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Netready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the version of Netready and its homepage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chooses the language Netready uses the next time it starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;desktop flows along the route of the desktop flows service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test desktop flows as me, with m&amp;y proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct connection, n&amp;o proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic configuration scr&amp;ipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also check the re&amp;vocation path of each TLS chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does this machine reach the internet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Automate uses the system&apos;s proxy settings. Change them here only to test another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Automate&apos;s own proxy settings, as the desktop flows service reads them: registry values, then its Proxy.config file, then the machine&apos;s WinHTTP proxy. Gateway endpoints follow the gateway service&apos;s route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own Windows proxy settings, as Power Automate for desktop uses them while you are signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy of each Power Automate component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy U&amp;RL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: the strongest the proxy offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiate (Kerberos, signed-in user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: do not authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN\user; empty: the signed-in user where possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is used for this run only and is never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://wpad.example.com/proxy.pac or a .pac file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic configuration script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a proxy auto-config script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy auto-config scripts (*.pac *.dat *.js)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file, e.g. your TLS inspection&apos;s root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout per step in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also check the revocation path of each TLS chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra catalog file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file with your own endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brows&amp;e…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a catalog file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout per step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra catalog file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, on the network as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Automate for desktop and its services take the same route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s address, e.g. http://proxy.example.com:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the script&apos;s URL or file, e.g. http://wpad.example.com/proxy.pac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No readable file at this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No readable file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks of this catalog need your hosts under %1: go Back to the Features page to enter them, or they are reported as needing your input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OcspInspector</name>
    <message>
        <source>it could not read the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it had an internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it wants signed requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not answer for this issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single responses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response does not mention the certificate asked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonce: echoed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonce: none sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonce: not echoed (the responder may serve pre-signed answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonce: present in the response only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonce: does not match the request (a replayed or cached answer?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked (no issuer certificate known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked (the issuer certificate cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not verify (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is larger than 20 MB and was cut; no OCSP response is that large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OCSP response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1 instead of an OCSP response (the body was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not an OCSP response but %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP responder answered with responseStatus %1 (%2): it is reachable but gives no certificate status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP responder answered with responseStatus %1 (%2): it is reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP response says successful but carries no basic response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP answer is not signed by the certificate&apos;s issuer nor by a responder it delegated to: something other than the CA answered (a filtering device or a wrong responder); signature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP responder answered (responseStatus successful) but without the certificate asked about; signature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked at %1 (reason: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This update lies in the future: is the local clock behind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP responder answers with an out-of-date status: certificate %1, next update %2 has passed (a cache or a device in between may be replaying an old answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP responder answered (responseStatus successful): certificate %1, this update %2, next update %3, signature %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bytes follow the OCSP response</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OcspRequestBuilder</name>
    <message>
        <source>An OCSP request needs the issuer&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer certificate cannot be read (PEM expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate to ask about cannot be read (PEM expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the OCSP certificate identifier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the OCSP request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add a nonce to the OCSP request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encode the OCSP request: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacAnswer</name>
    <message>
        <source>&apos;%1&apos; names no proxy (host:port); passed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HTTP proxy; passed over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacDownload</name>
    <message>
        <source>the script %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script %1 is larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent no complete script within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of the script</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacEvaluator</name>
    <message>
        <source>the proxy auto-config script could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy auto-config script %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy auto-config script %1 gave no answer for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; it is not asked again in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy auto-config script %1 returned &quot;%2&quot; for %3: no route Netready can test (only HTTP proxies and DIRECT are)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacScript</name>
    <message>
        <source>%1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script did not return within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script threw %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script defines no function FindProxyForURL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script is not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script returned %1, not a string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderRules</name>
    <message>
        <source>&apos;%1&apos; is neither a host name nor an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: leave out the user name, only the host name is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an IP address: a host name is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a port (1 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: leave out the port %2, the checks use the ports the catalog lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL: the part after the host name holds spaces or characters a URL does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a namespace name: 6 to 50 letters, digits and hyphens, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: environment addresses start with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host under %2, which {%3} stands for in the %4 cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an environment of the %2 cloud, not of %3: check the cloud you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an environment address of the %2 cloud: it ends in .%3, e.g. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Service Bus namespace of the %2 cloud (expected a name or name.%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contoso-relay or contoso-relay.%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyAuthenticator</name>
    <message>
        <source>not tried: the proxy does not offer it (it offers %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tried: this build of libcurl cannot do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tried: it needs a user name (DOMAIN\user for NTLM) and a password, and none was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy CONNECT with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy request with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticated as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy rejected the Kerberos ticket of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy rejected the credentials of %1 (wrong user name or password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not supported by Netready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scheme named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2); authentication is turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2), and no scheme could be tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2), and no scheme succeeded: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyResolver</name>
    <message>
        <source>direct: the bypass list&apos;s entry &apos;%1&apos; matches %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system proxy %1:%2 is not an HTTP proxy; checked directly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxySetting</name>
    <message>
        <source>&apos;%1&apos; is not a proxy URL (expected http://host:port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy scheme &apos;%1&apos; is not supported (use http://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy URL needs a port, e.g. http://%1:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy URL must not have a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no proxy auto-config script given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy auto-config scheme &apos;%1&apos; is not supported (use a file, http:// or https://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file or URL of a proxy auto-config script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy auto-config script %1 is not a readable file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyTunnel</name>
    <message>
        <source>the proxy %1 did not answer the CONNECT request within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TLS handshake: it is an HTTPS proxy or a TLS service, not an HTTP proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TLS alert: it expects TLS, not an HTTP proxy request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SOCKS 5 reply: it is a SOCKS proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SOCKS 4 reply: it is a SOCKS proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 answered CONNECT with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 sent more than %2 bytes of headers in reply to CONNECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 closed the connection without answering CONNECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 closed the connection in the middle of its reply (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicRoots</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 KB; not a list of public roots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a supported format (this version reads 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 roots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint (64 lower-case hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the id of an entry of sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this root is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionListCommand</name>
    <message>
        <source>Regions of Microsoft&apos;s list of Service Bus namespaces for the desktop flows runtime (public cloud; page of %1), with how many each region has:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region NAME tests every namespace of one region; the name is not case-sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n preview)</source>
        <extracomment>after a region and its number of namespaces: how many of them serve preview environments</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayNamespaces</name>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 KB; not a list of relay namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a supported version (this version reads 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a region name has 1 to %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the region &apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a namespace host: one lower-case label below servicebus.windows.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 namespaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Remedies</name>
    <message>
        <source>Authentication at the proxy was turned off for this run (--proxy-auth none): allow it (--proxy-auth auto) to test past the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: get a Kerberos ticket for the user first (sign in to the domain, or run kinit user@REALM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the proxy user (--proxy-user DOMAIN\user, or on the Network page) and its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: check the user name and password (for NTLM and Kerberos also the domain) and that the account may use the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not supported here; ask the proxy administrators to offer Negotiate, NTLM, Digest or Basic as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the proxy does not offer it; choose a scheme it offers, or auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the exchange failed (see the evidence); check the proxy&apos;s authentication setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the filtering device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft still lists %1, but its owner has retired it and current certificates no longer point there, so this does not block Power Automate. If older components still use it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft still lists %1, but their owner has retired them and current certificates no longer point there, so this does not block Power Automate. If older components still use them: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change. This host is listed by Microsoft but retired by its owner; allowing it does no harm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 resolvable from this machine: check the DNS servers and any DNS filter, or use a proxy that resolves internet names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow HTTP 80 to the revocation servers: %1 on TCP %2 (outbound). Windows checks certificate revocation there; blocked, desktop flows start slowly or fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow outbound %1 to %2 in the firewall (a device actively rejects it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow outbound %1 to %2 in the firewall (packets are silently dropped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let TLS to %1 on port %2 through unchanged: a device in between ends or breaks the handshake. Exclude it from TLS inspection and protocol filtering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude %1 from TLS inspection, or install the inspecting CA&apos;s root in this machine&apos;s trusted root store (and in the store of the account that runs the service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something answers for %1 with another site&apos;s certificate: check DNS, hosts file and proxy rules for this name, and exclude it from TLS inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude %1 from TLS inspection: Power Automate and the gateway pin Microsoft&apos;s certificate chains, and WebSocket relay traffic breaks when inspected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this machine&apos;s date and time first. If they are right, a device in between serves an outdated certificate for %1: exclude it from TLS inspection, or renew the device&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow HTTP 80 to the certificate authority&apos;s AIA address named in the detail, so that Windows can fetch the missing intermediate certificate of %1, or have the device that answers send its whole chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Automate needs TLS 1.2 or later: whatever answers for %1 offers only older versions. Exclude it from TLS inspection, or update the device&apos;s TLS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device that answers for %1 offers no cipher Windows and Power Automate accept: exclude it from TLS inspection, or enable TLS 1.2 ciphers with ECDHE and AES-GCM on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the team that runs %1 to allow %2 (and to exempt it from TLS inspection): it answers with its own block page instead of the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow HTTPS traffic to %1 to pass unchanged: the connection opens but no HTTP answer comes back (a filtering device holds or drops it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow traffic to %1 to pass unchanged: the connection opens but the answer does not come within the timeout (a filtering device holds it, or the link is very slow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the proxy setting: %1 does not answer from this machine. Fix the address or port, or allow this machine to reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy requires authentication: configure it for the account that runs the service (the desktop flows runtime and the gateway run as service accounts), or exempt %1 from proxy authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the proxy administrators to allow %1 to %2 (the proxy refused it; see its reply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the team that runs %1 to allow %2 to %3 (it refused the connection; see its reply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the proxy setting: %1 does not speak the HTTP proxy protocol (it may be a SOCKS or HTTPS proxy, or another service on that port). Use the address and port of the HTTP proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the proxy auto-config script or its address (the detail says what went wrong): without an answer from it, nothing on this machine that uses it can choose a proxy for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow WebSocket upgrades to %1 on port %2: the proxy or inspection device must pass the Upgrade and Connection headers; exclude the host from TLS inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronize this machine&apos;s clock (Windows Time service or NTP): sign-in tokens fail when the clock is off by more than 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the same proxy settings to all four *.Proxy.config files of Power Automate for desktop (PAD, UIFlowService, LogShipper, UpdateService), as Microsoft advises, or set them once in the registry values under HKLM\SOFTWARE\Microsoft\Power Automate Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the settings named in the detail: proxy addresses as http://host:port, bypass entries without a leading &apos;*&apos;, registry values in the 64-bit view (not under WOW6432Node).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow HTTP 80 to the revocation servers: something other than %1 answers (a captive portal or filtering proxy). Let plain HTTP to it through unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let plain HTTP 80 to %1 through without delay: the revocation answer did not arrive in time. Windows waits up to 15 s per revocation server, so desktop flows start slowly or fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cache or proxy serves an outdated revocation list for %1: let it fetch fresh copies, or exclude the host from caching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cache or proxy serves an outdated OCSP answer for %1: exclude the host from caching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP responder %1 reports an error for a well-formed request. If it persists, something between this machine and the certificate authority alters the requests: let HTTP 80 to it through unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before every check finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxies of the Power Automate components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (when its entries were last checked against Microsoft&apos;s pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout and parallel checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s per phase, %2 at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation servers of every certificate chain were checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Service Bus namespaces of the desktop flows runtime tested: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock skew: %1</source>
        <extracomment>%1 how far this machine&apos;s clock is off; %2 the servers&apos; host names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock skew: not measured (no server sent a Date header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS: no public name pointed at a private or sinkhole address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check connected over IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6: reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6: names have IPv6 addresses, but no check connected over IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6: not used (no IPv6 addresses resolved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WPAD: discovery finds a proxy auto-config script at %1 (information only; this run did not use it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WPAD: not looked for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WPAD: discovery finds no proxy auto-config script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WPAD: discovery finds no proxy auto-config script (asked %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired: still listed by the documentation, but retired by its owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy: none (direct connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1: ok in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1: failed after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1: failed after %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root: %1 (SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCSP responders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL distribution points: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power Automate network readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy auto-config script returned &quot;%1&quot;; no route used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy auto-config script returned &quot;%1&quot;; used %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (direct connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy auto-config script %1 (chosen per check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system settings: %1 (from the proxy auto-config script %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system settings: %1 (desktop flows tested as you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system settings: %1 (desktop flows along the desktop flows service&apos;s route, gateway along the gateway service&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local clock is %1 s behind the servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local clock is %1 s ahead of the servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock skew: %1 (compared with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n checks: %1 passed, %2 with warnings, %3 failed, %4 skipped</source>
        <extracomment>%n the number of checks; %1 how many of them passed, %2 warned, %3 failed, %4 were skipped</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>a date and time of day in Coordinated Universal Time</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>report file name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: unknown extension &apos;%2&apos; (use %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report file &apos;%1&apos; is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: directory &apos;%2&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: &apos;%2&apos; is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report file &apos;%1&apos; is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report file &apos;%1&apos; exists and cannot be overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: cannot write in directory &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documented as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowlist for this selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection lists no endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains grouped by protocol and port, ready to paste into a firewall or proxy request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Bus namespaces of the region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft lists these namespaces for the desktop flows runtime in this region; a firewall that allows all of them need not allow *.servicebus.windows.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy auto-config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n checks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a&amp;llowlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare with an earlier report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a check to see what it found and what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a check to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since a JSON report saved before: fixed, broken, still failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine&apos;s network lets the selected features work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected features can work; look at the warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some endpoints cannot be reached. Show the problems below for what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is on the clipboard, ready to paste into a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allowlist is on the clipboard, grouped by protocol and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with an earlier report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netready JSON report (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n checks passed, %2 with warnings, %3 failed, %4 skipped. The run was cancelled before every check finished.</source>
        <extracomment>%n the number of checks; %1 how many of them passed, %2 warned, %3 failed, %4 were skipped</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n checks passed, %2 with warnings, %3 failed, %4 skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportReader</name>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is &apos;%2&apos;, expected one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is missing or is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Netready report: the JSON is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a Netready %1, not a run report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Netready report: it has no schemaVersion or its tool is not netready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report schema version %1 is not known to this Netready (it reads version %2); a newer Netready can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory, not a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large for a report (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>the output is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not finish the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the XML</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Other checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>&amp;Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each endpoint is tried the way Power Automate connects to it. You can cancel at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the previous run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks in this run: %1. Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed, %2 with warnings, %3 failed, %4 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPlanner</name>
    <message>
        <source>your environment URL (wizard: Features page; command line: --dataverse-url https://org.crm.dynamics.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Service Bus namespace of your region (wizard: Features page; command line: --servicebus-namespace NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a concrete host name under it (command line: --input %1=HOST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be tested without %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a namespace of the %1 region of Microsoft&apos;s list for the desktop flows runtime; --region or the wizard&apos;s region choice tests every namespace of a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a preview namespace of the %1 region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a namespace of the %1 region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunSession</name>
    <message>
        <source>The chosen cloud and features need no endpoints from this catalog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunSummary</name>
    <message>
        <source>READY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READY WITH WARNINGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT READY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummarizeCommand</name>
    <message>
        <source>--summarize: &apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--summarize: no readable report among the files given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemProxyLookup</name>
    <message>
        <source>none (direct connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (direct connection): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, chosen by the proxy auto-config script %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpRace</name>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer (timed out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection (nothing listens, or a firewall rejects it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s: packets are dropped on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no route to %1 (network unreachable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no address to connect to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextSummary</name>
    <message>
        <source>[retired]</source>
        <extracomment>after a diagnosis title: the host is listed by Microsoft but retired by its owner</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy auto-config:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each check:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsFailureExplainer</name>
    <message>
        <source>presented: %1, issued by %2, valid %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 expired on %2 (this machine&apos;s date is %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate %1 in the chain of %2 expired on %3 (this machine&apos;s date is %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate %1 presented for %2 is not valid before %3, and this machine&apos;s date is %4: check the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presents a self-signed certificate %2 that this machine does not trust (a device answers in the service&apos;s place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain of %1 ends at %2, a root this machine does not trust: TLS inspection whose root is not installed, or a device answering in the service&apos;s place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not send its intermediate certificate &apos;%1&apos; for %2 (Windows may fetch it from the AIA URL %3; allow that URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 is issued by &apos;%2&apos;, which this machine does not trust (its root is not installed, or the server does not send the intermediate certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate presented for %1 is for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate presented for %1 has been revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 fails the checks: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake with %1 did not complete within %2 s (the server is silent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers only TLS versions older than 1.2 (TLS 1.0 or 1.1); Power Automate needs TLS 1.2 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and this machine have no cipher in common: the server refused every cipher offered for TLS 1.2 and 1.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not speak TLS: its first bytes are not a TLS handshake (plain HTTP or another protocol on this port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 was reset during the TLS handshake (a device in between cut it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake (a device in between ends it, or the server refuses this client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS handshake with %1 (the handshake broke off)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Is this machine ready for Power Automate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netready tests, before you install anything, whether this network lets Power Automate work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;You choose your cloud and the features you use. Netready then tries every endpoint they need: name resolution, TCP connection, TLS certificate (including TLS inspection), HTTP answer, through this machine&apos;s proxy, and the certificate revocation servers Windows needs.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What it does not do:&lt;/b&gt; no data leaves this machine except the connection attempts themselves, and no sign-in is needed.&lt;/p&gt;&lt;p&gt;At the end you get a verdict, the exact fix for every problem and a report to save or send.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WpadFinder</name>
    <message>
        <source>the machine has no DNS search domain to look in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/resolv.conf cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;netready --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no display to show the wizard on; run the checks without one with --cli</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
