<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Netready</source>
        <translation>Acerca de Netready</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Netready %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Checks whether this machine&apos;s network lets Microsoft Power Automate work, and says what is blocked and what to change.&lt;/p&gt;&lt;p&gt;Headless use: &lt;code&gt;netready --cli&lt;/code&gt;; every option: &lt;code&gt;netready --help&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Netready %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Comprueba si la red de este equipo permite que Microsoft Power Automate funcione e indica qué está bloqueado y qué hay que cambiar.&lt;/p&gt;&lt;p&gt;Uso sin interfaz gráfica: &lt;code&gt;netready --cli&lt;/code&gt;; todas las opciones: &lt;code&gt;netready --help&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AddressClassifier</name>
    <message>
        <source>resolves only to a sinkhole address (a DNS filter blocks it)</source>
        <translation>solo se resuelve en una dirección sinkhole (un filtro DNS lo bloquea)</translation>
    </message>
    <message>
        <source>resolves only to private or loopback addresses (split DNS or a private endpoint)</source>
        <translation>solo se resuelve en direcciones privadas o de bucle invertido (DNS dividido o un punto de conexión privado)</translation>
    </message>
</context>
<context>
    <name>AddressLookup</name>
    <message>
        <source>%1 is not a valid host name</source>
        <translation>%1 no es un nombre de host válido</translation>
    </message>
</context>
<context>
    <name>Allowlist</name>
    <message>
        <source>HTTPS (TCP %1)</source>
        <translation>HTTPS (TCP %1)</translation>
    </message>
    <message>
        <source>HTTPS with WebSocket upgrade (TCP %1)</source>
        <translation>HTTPS con actualización a WebSocket (TCP %1)</translation>
    </message>
    <message>
        <source>TCP %1</source>
        <translation>TCP %1</translation>
    </message>
    <message>
        <source>HTTP (TCP %1)</source>
        <translation>HTTP (TCP %1)</translation>
    </message>
    <message>
        <source>HTTP %1 (certificate revocation)</source>
        <translation>HTTP %1 (revocación de certificados)</translation>
    </message>
    <message>
        <source>Cloud flows call your services from Azure, not from this machine: to let connectors reach services behind your firewall, allow inbound traffic from the AzureConnectors service tag; for HTTP and HTTP + Swagger actions also allow LogicApps, PowerPlatformPlex and PowerPlatformInfra.</source>
        <translation>Los flujos de nube llaman a sus servicios desde Azure, no desde este equipo: para que los conectores lleguen a servicios situados detrás de su firewall, permita el tráfico entrante desde la etiqueta de servicio AzureConnectors; para las acciones HTTP y HTTP + Swagger, permita también LogicApps, PowerPlatformPlex y PowerPlatformInfra.</translation>
    </message>
</context>
<context>
    <name>AnswerClassifier</name>
    <message>
        <source>no scheme named</source>
        <translation>no se indica ningún esquema</translation>
    </message>
    <message>
        <source>the proxy %1 rejected the credentials given (it asks for %2)</source>
        <translation>el proxy %1 rechazó las credenciales proporcionadas (solicita %2)</translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2)</source>
        <translation>el proxy %1 requiere autenticación (%2)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1, page &quot;%2&quot;</source>
        <translation>HTTP %1, página &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the proxy %1 answered something that is not HTTP (%2)</source>
        <translation>el proxy %1 respondió algo que no es HTTP (%2)</translation>
    </message>
    <message>
        <source>proxy reply: HTTP %1</source>
        <translation>respuesta del proxy: HTTP %1</translation>
    </message>
    <message>
        <source>the proxy %1 refused CONNECT to %2: HTTP %3</source>
        <translation>el proxy %1 rechazó CONNECT a %2: HTTP %3</translation>
    </message>
    <message>
        <source>the proxy %1 refused CONNECT to %2: HTTP %3 (%4)</source>
        <translation>el proxy %1 rechazó CONNECT a %2: HTTP %3 (%4)</translation>
    </message>
    <message>
        <source>the refusal comes from %1: %2</source>
        <translation>el rechazo procede de %1: %2</translation>
    </message>
    <message>
        <source>a filtering device</source>
        <translation>un dispositivo de filtrado</translation>
    </message>
    <message>
        <source>the proxy %1 refused the request for %2: HTTP %3%4</source>
        <translation>el proxy %1 rechazó la solicitud para %2: HTTP %3%4</translation>
    </message>
    <message>
        <source>the proxy %1</source>
        <translation>el proxy %1</translation>
    </message>
    <message>
        <source>signs of %1: %2</source>
        <translation>indicios de %1: %2</translation>
    </message>
    <message>
        <source>%1 answers for %2 and wants authentication (%3)</source>
        <translation>%1 responde en nombre de %2 y requiere autenticación (%3)</translation>
    </message>
    <message>
        <source>%1 answered in place of %2 with its own page: %3</source>
        <translation>%1 respondió en lugar de %2 con su propia página: %3</translation>
    </message>
    <message>
        <source>%1 answered for %2 with an error of its own instead of the service&apos;s answer: %3</source>
        <translation>%1 respondió en nombre de %2 con un error propio en lugar de la respuesta del servicio: %3</translation>
    </message>
    <message>
        <source>%1 redirects requests for %2 to %3 (a login or block page), HTTP %4</source>
        <translation>%1 redirige las solicitudes para %2 a %3 (una página de inicio de sesión o de bloqueo), HTTP %4</translation>
    </message>
    <message>
        <source>the WebSocket upgrade answer carries a wrong Sec-WebSocket-Accept: something in between rewrote it</source>
        <translation>la respuesta a la actualización a WebSocket contiene un Sec-WebSocket-Accept incorrecto: algo intermedio la reescribió</translation>
    </message>
    <message>
        <source>WebSocket upgrade accepted (HTTP 101) via %1</source>
        <translation>actualización a WebSocket aceptada (HTTP 101) a través de %1</translation>
    </message>
    <message>
        <source>the WebSocket upgrade did not come through: HTTP %1 (a proxy or inspection device strips the Upgrade header)</source>
        <translation>la actualización a WebSocket no llegó a completarse: HTTP %1 (un proxy o dispositivo de inspección elimina el encabezado Upgrade)</translation>
    </message>
    <message>
        <source>the service answered the WebSocket request with HTTP %1</source>
        <translation>el servicio respondió a la solicitud WebSocket con HTTP %1</translation>
    </message>
</context>
<context>
    <name>BlockPageRules</name>
    <message>
        <source>%1 must be a list of patterns</source>
        <translation>%1 debe ser una lista de patrones</translation>
    </message>
    <message>
        <source>%1[%2] is not a valid pattern: %3</source>
        <translation>%1[%2] no es un patrón válido: %3</translation>
    </message>
    <message>
        <source>%1 needs an id and a name</source>
        <translation>%1 necesita un id y un nombre</translation>
    </message>
    <message>
        <source>%1 (%2) names no source</source>
        <translation>%1 (%2) no indica ningún origen</translation>
    </message>
    <message>
        <source>%1.headers[%2] needs a name and a valid pattern</source>
        <translation>%1.headers[%2] necesita un nombre y un patrón válido</translation>
    </message>
    <message>
        <source>page title &quot;%1&quot;</source>
        <translation>título de página &quot;%1&quot;</translation>
    </message>
    <message>
        <source>page text &quot;%1&quot;</source>
        <translation>texto de página &quot;%1&quot;</translation>
    </message>
    <message>
        <source>redirect to %1</source>
        <translation>redirección a %1</translation>
    </message>
</context>
<context>
    <name>BodySniffer</name>
    <message>
        <source>an empty body</source>
        <translation>un cuerpo vacío</translation>
    </message>
    <message>
        <source>a DER structure cut short (%1 of %2 bytes)</source>
        <translation>una estructura DER truncada (%1 de %2 bytes)</translation>
    </message>
    <message>
        <source>a DER structure of another kind (%1 bytes)</source>
        <translation>una estructura DER de otro tipo (%1 bytes)</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>una página HTML</translation>
    </message>
    <message>
        <source>an HTML page (title: &quot;%1&quot;)</source>
        <translation>una página HTML (título: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>an XML document</source>
        <translation>un documento XML</translation>
    </message>
    <message>
        <source>a PEM block of type %1</source>
        <translation>un bloque PEM de tipo %1</translation>
    </message>
    <message>
        <source>a JSON document</source>
        <translation>un documento JSON</translation>
    </message>
    <message>
        <source>text starting with &quot;%1&quot;</source>
        <translation>texto que empieza por &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 bytes of binary data starting with %2</source>
        <translation>%1 bytes de datos binarios que empiezan por %2</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(raíz)</translation>
    </message>
    <message>
        <source>a catalog must be a JSON object</source>
        <translation>un catálogo debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <source>%1 is not a supported schema version (this version reads 1)</source>
        <translation>%1 no es una versión de esquema admitida (esta versión lee la 1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date of the form YYYY-MM-DD</source>
        <translation>&apos;%1&apos; no es una fecha con el formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 no es un objeto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint (64 hex digits)</source>
        <translation>&apos;%1&apos; no es una huella digital SHA-256 (64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>this root is listed twice</source>
        <translation>esta raíz aparece dos veces</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (also %2)</source>
        <translation>id duplicado &apos;%1&apos; (también %2)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>larger than %1 MB; not a catalog</source>
        <translation>mayor de %1 MB; no es un catálogo</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (already defined in %2)</source>
        <translation>id duplicado &apos;%1&apos; (ya definido en %2)</translation>
    </message>
</context>
<context>
    <name>CheckDetails</name>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Diagnosis code</source>
        <translation>Código de diagnóstico</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>Conectado a</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>directo</translation>
    </message>
    <message>
        <source>DNS note</source>
        <translation>Nota de DNS</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Respondido por</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Raíz</translation>
    </message>
    <message>
        <source>HTTP answer</source>
        <translation>Respuesta HTTP</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>%1: ok (%2 ms)</source>
        <extracomment>%1 a phase of the check (dns, tcp, tls, http), %2 its duration in milliseconds</extracomment>
        <translation>%1: correcta (%2 ms)</translation>
    </message>
    <message>
        <source>%1: failed (%2 ms)</source>
        <translation>%1: error (%2 ms)</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>served by a public CA not in Microsoft&apos;s list: %1</source>
        <translation>servido por una CA pública que no figura en la lista de Microsoft: %1</translation>
    </message>
    <message>
        <source>root of the public web PKI, not one the service is known to use: &apos;%1&apos;, SHA-256 %2</source>
        <translation>raíz de la PKI pública de la web, no una que se sepa que usa el servicio: &apos;%1&apos;, SHA-256 %2</translation>
    </message>
    <message>
        <source>the certificate of %1 was issued by %2, a CA this machine trusts but not one the service uses: a TLS-inspecting device replaced it</source>
        <translation>el certificado de %1 lo emitió %2, una CA en la que este equipo confía pero que el servicio no usa: un dispositivo de inspección TLS lo sustituyó</translation>
    </message>
    <message>
        <source>the certificate of %1 was issued by %2, the inspection CA of %3: TLS inspection replaced the service&apos;s certificate</source>
        <translation>el certificado de %1 lo emitió %2, la CA de inspección de %3: la inspección TLS sustituyó el certificado del servicio</translation>
    </message>
    <message>
        <source>inspecting root: %1, SHA-256 %2</source>
        <translation>raíz de inspección: %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>%1; authenticated as %2 with %3</source>
        <translation>%1; autenticado como %2 con %3</translation>
    </message>
    <message>
        <source>%1 (proxy auto-config: through %2 after %3 failed)</source>
        <translation>%1 (configuración automática de proxy: a través de %2 después de que %3 fallara)</translation>
    </message>
    <message>
        <source>%1; verified as you, not as the service (%2 authenticates to the proxy as itself)</source>
        <translation>%1; comprobado con su identidad, no con la del servicio (%2 se autentica ante el proxy con su propia identidad)</translation>
    </message>
    <message>
        <source>DNS: %1</source>
        <translation>DNS: %1</translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation>Ruta: %1</translation>
    </message>
    <message>
        <source>connect-to: %1:%2 -&gt; %3:%4</source>
        <translation>connect-to: %1:%2 -&gt; %3:%4</translation>
    </message>
    <message>
        <source>no OCSP request could be built: %1</source>
        <translation>no se pudo crear ninguna solicitud OCSP: %1</translation>
    </message>
    <message>
        <source>the system proxy configuration gave no answer within %1 s</source>
        <translation>la configuración de proxy del sistema no dio ninguna respuesta en %1 s</translation>
    </message>
    <message>
        <source>proxy auto-config script %1 returned &quot;%2&quot;</source>
        <translation>el script de configuración automática de proxy %1 devolvió &quot;%2&quot;</translation>
    </message>
    <message>
        <source>only the first route is used, without failover, as Power Automate does</source>
        <translation>solo se usa la primera ruta, sin conmutación por error, como hace Power Automate</translation>
    </message>
    <message>
        <source>proxy auto-config: %1 failed (%2); trying %3</source>
        <translation>configuración automática de proxy: %1 falló (%2); se prueba %3</translation>
    </message>
    <message>
        <source>DNS (informational): %1 does not resolve on this machine; the proxy resolves it</source>
        <translation>DNS (informativo): %1 no se resuelve en este equipo; el proxy lo resuelve</translation>
    </message>
    <message>
        <source>its name did not resolve within %1 s</source>
        <translation>su nombre no se resolvió en %1 s</translation>
    </message>
    <message>
        <source>the proxy name %1 did not resolve within %2 s</source>
        <translation>el nombre del proxy %1 no se resolvió en %2 s</translation>
    </message>
    <message>
        <source>%1 did not resolve within %2 s</source>
        <translation>%1 no se resolvió en %2 s</translation>
    </message>
    <message>
        <source>its name does not resolve: %1</source>
        <translation>su nombre no se resuelve: %1</translation>
    </message>
    <message>
        <source>the proxy name %1 does not resolve: %2</source>
        <translation>el nombre del proxy %1 no se resuelve: %2</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS (no A or AAAA record)</source>
        <translation>%1 no existe en DNS (ningún registro A ni AAAA)</translation>
    </message>
    <message>
        <source>%1 could not be resolved: %2</source>
        <translation>no se pudo resolver %1: %2</translation>
    </message>
    <message>
        <source>authenticating at the proxy %1 did not complete in time</source>
        <translation>la autenticación en el proxy %1 no se completó a tiempo</translation>
    </message>
    <message>
        <source>the authenticated tunnel could not be taken over: %1</source>
        <translation>no se pudo asumir el túnel autenticado: %1</translation>
    </message>
    <message>
        <source>TCP port %1 reachable through the proxy %2</source>
        <translation>puerto TCP %1 accesible a través del proxy %2</translation>
    </message>
    <message>
        <source>TCP port %1 open at %2</source>
        <translation>puerto TCP %1 abierto en %2</translation>
    </message>
    <message>
        <source>the certificate checks did not complete in time</source>
        <translation>las comprobaciones del certificado no se completaron a tiempo</translation>
    </message>
    <message>
        <source>%1 closed the connection before a request could be sent</source>
        <translation>%1 cerró la conexión antes de que se pudiera enviar una solicitud</translation>
    </message>
    <message>
        <source>proxy reply: HTTP %1</source>
        <translation>respuesta del proxy: HTTP %1</translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2)</source>
        <translation>el proxy %1 requiere autenticación (%2)</translation>
    </message>
    <message>
        <source>the proxy %1</source>
        <translation>el proxy %1</translation>
    </message>
    <message>
        <source>%1 accepted the connection but sent no HTTP answer: %2</source>
        <translation>%1 aceptó la conexión pero no envió ninguna respuesta HTTP: %2</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 de %2</translation>
    </message>
    <message>
        <source>%1 (proxy)</source>
        <translation>%1 (proxy)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 sent no complete answer: %2</source>
        <translation>%1 no envió una respuesta completa: %2</translation>
    </message>
    <message>
        <source>the answer could not be checked in time</source>
        <translation>no se pudo comprobar la respuesta a tiempo</translation>
    </message>
    <message>
        <source>HTTP %1, %2 bytes%3</source>
        <translation>HTTP %1, %2 bytes%3</translation>
    </message>
    <message>
        <source> (cut at the size cap)</source>
        <translation> (truncado en el límite de tamaño)</translation>
    </message>
    <message>
        <source>%1; the GET form is answered too</source>
        <translation>%1; también se responde a la forma GET</translation>
    </message>
    <message>
        <source>%1 (GET form); POST failed: %2</source>
        <translation>%1 (forma GET); POST falló: %2</translation>
    </message>
    <message>
        <source>answers OCSP over POST, but not the GET form Windows uses: %1</source>
        <translation>responde a OCSP mediante POST, pero no a la forma GET que usa Windows: %1</translation>
    </message>
</context>
<context>
    <name>CheckStatuses</name>
    <message>
        <source>Pass</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
</context>
<context>
    <name>CliRunCommand</name>
    <message>
        <source>Password for %1 at the proxy: </source>
        <translation>Contraseña de %1 en el proxy: </translation>
    </message>
    <message>
        <source>--proxy-user: no password: set NETREADY_PROXY_PASSWORD, or run from a terminal to type it</source>
        <translation>--proxy-user: no hay contraseña: establezca NETREADY_PROXY_PASSWORD o ejecute desde un terminal para escribirla</translation>
    </message>
    <message>
        <source>netready: interrupted, cancelling…</source>
        <translation>netready: interrumpido, cancelando…</translation>
    </message>
    <message>
        <source>checked %1 of %2</source>
        <translation>%1 de %2 comprobados</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
</context>
<context>
    <name>CloudPage</name>
    <message>
        <source>Which cloud is your tenant in?</source>
        <translation>¿En qué nube está su inquilino?</translation>
    </message>
    <message>
        <source>Each cloud has its own sign-in, portal and relay addresses. Most organizations use Public.</source>
        <translation>Cada nube tiene sus propias direcciones de inicio de sesión, portal y retransmisión. La mayoría de las organizaciones usan la pública.</translation>
    </message>
    <message>
        <source>Power Automate for desktop on this machine is set to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Power Automate para escritorio está configurado en este equipo para &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Hint from this machine&apos;s settings</source>
        <translation>Sugerencia a partir de la configuración de este equipo</translation>
    </message>
</context>
<context>
    <name>Clouds</name>
    <message>
        <source>Public (commercial)</source>
        <translation>Pública (comercial)</translation>
    </message>
    <message>
        <source>US Government GCC</source>
        <translation>Gobierno de EE. UU. GCC</translation>
    </message>
    <message>
        <source>US Government GCC High</source>
        <translation>Gobierno de EE. UU. GCC High</translation>
    </message>
    <message>
        <source>US Government DoD</source>
        <translation>Gobierno de EE. UU. DoD</translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation>China (operada por 21Vianet)</translation>
    </message>
    <message>
        <source>Most organizations worldwide: make.powerautomate.com.</source>
        <translation>La mayoría de las organizaciones de todo el mundo: make.powerautomate.com.</translation>
    </message>
    <message>
        <source>US federal, state and local government and their contractors on Government Community Cloud.</source>
        <translation>Administraciones federales, estatales y locales de EE. UU. y sus contratistas en Government Community Cloud.</translation>
    </message>
    <message>
        <source>US government organizations handling controlled unclassified information (ITAR, DFARS).</source>
        <translation>Organizaciones gubernamentales de EE. UU. que manejan información no clasificada controlada (ITAR, DFARS).</translation>
    </message>
    <message>
        <source>US Department of Defense tenants only.</source>
        <translation>Solo inquilinos del Departamento de Defensa de EE. UU.</translation>
    </message>
    <message>
        <source>Tenants in mainland China, operated by 21Vianet.</source>
        <translation>Inquilinos en China continental, operados por 21Vianet.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Checks whether this machine&apos;s network lets Microsoft Power Automate work.
Without options it opens the wizard; with --cli it runs the checks headless.</source>
        <translation>Comprueba si la red de este equipo permite que Microsoft Power Automate funcione.
Sin opciones abre el asistente; con --cli ejecuta las comprobaciones sin interfaz gráfica.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>Run the checks headless and print the result.</source>
        <translation>Ejecuta las comprobaciones sin interfaz gráfica y muestra el resultado.</translation>
    </message>
    <message>
        <source>Print the endpoints the selection needs (an allowlist) and exit.</source>
        <translation>Muestra los puntos de conexión que necesita la selección (una lista de permitidos) y sale.</translation>
    </message>
    <message>
        <source>Print the regions of Microsoft&apos;s list of desktop flows runtime namespaces, with their counts, and exit.</source>
        <translation>Muestra las regiones de la lista de Microsoft de espacios de nombres del runtime de flujos de escritorio, con sus recuentos, y sale.</translation>
    </message>
    <message>
        <source>Compare two JSON reports of one machine, BEFORE.json AFTER.json: what was fixed, what broke. Exit code 1 when a check that passed before fails now.</source>
        <translation>Compara dos informes JSON de un mismo equipo, ANTES.json DESPUÉS.json: qué se corrigió y qué dejó de funcionar. Código de salida 1 cuando una comprobación que antes era correcta ahora falla.</translation>
    </message>
    <message>
        <source>Summarize many machines&apos; JSON reports (files or folders of *.json) into one fleet view.</source>
        <translation>Resume los informes JSON de muchos equipos (archivos o carpetas de *.json) en una vista de conjunto.</translation>
    </message>
    <message>
        <source>Tag the run&apos;s report, e.g. site=Berlin (repeatable).</source>
        <translation>Etiqueta el informe de la ejecución, p. ej. site=Berlin (repetible).</translation>
    </message>
    <message>
        <source>Cloud: public, gcc, gcc-high, dod or china (default: public).</source>
        <translation>Nube: public, gcc, gcc-high, dod o china (predeterminada: public).</translation>
    </message>
    <message>
        <source>Comma-separated features: cloud-flows, mobile, desktop, gateway (default: all).</source>
        <translation>Funciones separadas por comas: cloud-flows, mobile, desktop, gateway (predeterminado: todas).</translation>
    </message>
    <message>
        <source>Use this catalog file instead of the built-in one.</source>
        <translation>Usa este archivo de catálogo en lugar del integrado.</translation>
    </message>
    <message>
        <source>Add the endpoints of this catalog file (repeatable).</source>
        <translation>Agrega los puntos de conexión de este archivo de catálogo (repetible).</translation>
    </message>
    <message>
        <source>Connect to CONNECT_HOST:CONNECT_PORT when a check targets HOST:PORT, as curl does (repeatable).</source>
        <translation>Se conecta a CONNECT_HOST:CONNECT_PORT cuando una comprobación se dirige a HOST:PORT, como hace curl (repetible).</translation>
    </message>
    <message>
        <source>Use this HTTP proxy: http://[user:password@]host:port.</source>
        <translation>Usa este proxy HTTP: http://[user:password@]host:port.</translation>
    </message>
    <message>
        <source>Connect directly, ignoring the system proxy.</source>
        <translation>Se conecta directamente, sin tener en cuenta el proxy del sistema.</translation>
    </message>
    <message>
        <source>When the proxy asks for authentication: auto (the strongest it offers), negotiate, ntlm, digest, basic or none (default: auto). Negotiate uses the signed-in user&apos;s Kerberos ticket.</source>
        <translation>Cuando el proxy solicita autenticación: auto (la más segura que ofrezca), negotiate, ntlm, digest, basic o none (predeterminado: auto). Negotiate usa el vale de Kerberos del usuario que ha iniciado sesión.</translation>
    </message>
    <message>
        <source>Authenticate at the proxy as this user (DOMAIN\user for NTLM); the password comes from NETREADY_PROXY_PASSWORD or is asked on the terminal.</source>
        <translation>Se autentica en el proxy como este usuario (DOMINIO\usuario para NTLM); la contraseña se toma de NETREADY_PROXY_PASSWORD o se solicita en el terminal.</translation>
    </message>
    <message>
        <source>Choose the proxy of every check with this proxy auto-config script: a file, file://, http:// or https:// URL.</source>
        <translation>Elige el proxy de cada comprobación con este script de configuración automática de proxy: un archivo o una dirección URL file://, http:// o https://.</translation>
    </message>
    <message>
        <source>Without --proxy or --no-proxy: test desktop flows endpoints along the route of the desktop flows service (service, the default: Power Automate&apos;s own proxy settings on Windows) or with your own system proxy (me). Gateway endpoints follow the gateway service&apos;s route.</source>
        <translation>Sin --proxy ni --no-proxy: prueba los puntos de conexión de flujos de escritorio por la ruta del servicio de flujos de escritorio (service, el valor predeterminado: la configuración de proxy propia de Power Automate en Windows) o con su propio proxy del sistema (me). Los puntos de conexión de la puerta de enlace siguen la ruta del servicio de la puerta de enlace.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Confía también en los certificados de CA de este archivo PEM.</translation>
    </message>
    <message>
        <source>Seconds each phase of a check may take (1-300, default 10).</source>
        <translation>Segundos que puede durar cada fase de una comprobación (1-300, predeterminado 10).</translation>
    </message>
    <message>
        <source>Checks run at once (1-512, default 16).</source>
        <translation>Comprobaciones ejecutadas a la vez (1-512, predeterminado 16).</translation>
    </message>
    <message>
        <source>Output: text or json (--list-endpoints also csv).</source>
        <translation>Salida: text o json (--list-endpoints también csv).</translation>
    </message>
    <message>
        <source>Write the report to this file; the format follows the extension: .html .pdf .json .csv .xml (repeatable). --compare writes .txt .json .html .pdf, --summarize .html .csv .json .txt.</source>
        <translation>Escribe el informe en este archivo; el formato depende de la extensión: .html .pdf .json .csv .xml (repetible). --compare escribe .txt .json .html .pdf, --summarize .html .csv .json .txt.</translation>
    </message>
    <message>
        <source>Your environment URL, e.g. https://org.crm.dynamics.com.</source>
        <translation>La dirección URL de su entorno, p. ej. https://org.crm.dynamics.com.</translation>
    </message>
    <message>
        <source>A Service Bus namespace host the desktop runtime or the gateway uses (repeatable).</source>
        <translation>Un host de espacio de nombres de Service Bus que usa el runtime de escritorio o la puerta de enlace (repetible).</translation>
    </message>
    <message>
        <source>Test every Service Bus namespace Microsoft lists for the desktop flows runtime in this region, e.g. Europe (public cloud; see --list-regions).</source>
        <translation>Prueba todos los espacios de nombres de Service Bus que Microsoft indica para el runtime de flujos de escritorio en esta región, p. ej. Europe (nube pública; consulte --list-regions).</translation>
    </message>
    <message>
        <source>A value for a catalog placeholder, e.g. azure-apim=host (repeatable).</source>
        <translation>Un valor para un marcador de posición del catálogo, p. ej. azure-apim=host (repetible).</translation>
    </message>
    <message>
        <source>Also probe the OCSP and CRL URLs of every TLS chain seen.</source>
        <translation>Sondea también las direcciones URL de OCSP y CRL de cada cadena TLS vista.</translation>
    </message>
    <message>
        <source>--compare and --summarize exclude each other</source>
        <translation>--compare y --summarize se excluyen mutuamente</translation>
    </message>
    <message>
        <source>--compare needs two reports, the earlier and the later: BEFORE.json AFTER.json</source>
        <translation>--compare necesita dos informes, el anterior y el posterior: ANTES.json DESPUÉS.json</translation>
    </message>
    <message>
        <source>--summarize needs report files or folders of them</source>
        <translation>--summarize necesita archivos de informe o carpetas que los contengan</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--cloud: unknown cloud &apos;%1&apos; (expected one of: %2)</source>
        <translation>--cloud: nube desconocida &apos;%1&apos; (se esperaba una de: %2)</translation>
    </message>
    <message>
        <source>--features: unknown feature &apos;%1&apos; (expected: %2)</source>
        <translation>--features: función desconocida &apos;%1&apos; (se esperaba: %2)</translation>
    </message>
    <message>
        <source>%1: file &apos;%2&apos; does not exist</source>
        <translation>%1: el archivo &apos;%2&apos; no existe</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a readable file</source>
        <translation>%1: &apos;%2&apos; no es un archivo legible</translation>
    </message>
    <message>
        <source>--proxy, --no-proxy and --pac exclude each other</source>
        <translation>--proxy, --no-proxy y --pac se excluyen mutuamente</translation>
    </message>
    <message>
        <source>--pac: %1</source>
        <translation>--pac: %1</translation>
    </message>
    <message>
        <source>--proxy: %1</source>
        <translation>--proxy: %1</translation>
    </message>
    <message>
        <source>--proxy-auth: unknown scheme &apos;%1&apos; (expected: %2)</source>
        <translation>--proxy-auth: esquema desconocido &apos;%1&apos; (se esperaba: %2)</translation>
    </message>
    <message>
        <source>--proxy-user needs a proxy: it cannot go with --no-proxy</source>
        <translation>--proxy-user necesita un proxy: no se puede combinar con --no-proxy</translation>
    </message>
    <message>
        <source>--proxy-user: the --proxy URL names a user already; give the user once</source>
        <translation>--proxy-user: la dirección URL de --proxy ya indica un usuario; indique el usuario una sola vez</translation>
    </message>
    <message>
        <source>--proxy-user: the user name is empty</source>
        <translation>--proxy-user: el nombre de usuario está vacío</translation>
    </message>
    <message>
        <source>--proxy-as: &apos;%1&apos; is neither &apos;service&apos; nor &apos;me&apos;</source>
        <translation>--proxy-as: &apos;%1&apos; no es ni &apos;service&apos; ni &apos;me&apos;</translation>
    </message>
    <message>
        <source>--ca-file: &apos;%1&apos; holds no PEM certificate</source>
        <translation>--ca-file: &apos;%1&apos; no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <translation>--%1: &apos;%2&apos; no es un número entero de %3 a %4</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not one of: %2</source>
        <translation>--format: &apos;%1&apos; no es uno de: %2</translation>
    </message>
    <message>
        <source>--servicebus-namespace: no namespace given</source>
        <translation>--servicebus-namespace: no se indicó ningún espacio de nombres</translation>
    </message>
    <message>
        <source>--servicebus-namespace: &apos;%1&apos;: %2</source>
        <translation>--servicebus-namespace: &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>--input: &apos;%1&apos; is not NAME=VALUE</source>
        <translation>--input: &apos;%1&apos; no tiene la forma NOMBRE=VALOR</translation>
    </message>
    <message>
        <source>--label: &apos;%1&apos; is not KEY=VALUE with a key of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>--label: &apos;%1&apos; no tiene la forma CLAVE=VALOR con una clave de letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>--label: &apos;%1&apos; is given more than once</source>
        <translation>--label: &apos;%1&apos; se indica más de una vez</translation>
    </message>
    <message>
        <source>--region: Microsoft&apos;s list of namespaces by region is for the public cloud&apos;s desktop flows runtime; for the %1 cloud give your namespace with --servicebus-namespace</source>
        <translation>--region: la lista de Microsoft de espacios de nombres por región es para el runtime de flujos de escritorio de la nube pública; para la nube %1, indique su espacio de nombres con --servicebus-namespace</translation>
    </message>
    <message>
        <source>--region: unknown region &apos;%1&apos; (expected one of: %2)</source>
        <translation>--region: región desconocida &apos;%1&apos; (se esperaba una de: %2)</translation>
    </message>
    <message>
        <source>Language of the wizard, the output and the reports: %1 (default: the system&apos;s language).</source>
        <extracomment>%1 the language codes, kept as they are</extracomment>
        <translation>Idioma del asistente, de la salida y de los informes: %1 (predeterminado: el idioma del sistema).</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not a language of Netready; use one of %2</source>
        <extracomment>%1 what was given, %2 the language codes, kept as they are</extracomment>
        <translation>--lang: &apos;%1&apos; no es un idioma de Netready; use uno de estos: %2</translation>
    </message>
    <message>
        <source>--proxy: other users of this machine can read the password in the URL in its list of processes; give the user with --proxy-user and the password in NETREADY_PROXY_PASSWORD, or type it when asked</source>
        <translation>--proxy: otros usuarios de este equipo pueden leer la contraseña de la URL en su lista de procesos; indique el usuario con --proxy-user y la contraseña en NETREADY_PROXY_PASSWORD, o escríbala cuando se le solicite</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>&amp;Save comparison…</source>
        <translation>&amp;Guardar comparación…</translation>
    </message>
    <message>
        <source>HTML comparison (*.html)</source>
        <translation>Comparación HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF comparison (*.pdf)</source>
        <translation>Comparación PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON comparison (*.json)</source>
        <translation>Comparación JSON (*.json)</translation>
    </message>
    <message>
        <source>Text comparison (*.txt)</source>
        <translation>Comparación de texto (*.txt)</translation>
    </message>
    <message>
        <source>Save comparison</source>
        <translation>Guardar comparación</translation>
    </message>
    <message>
        <source>Comparison not saved</source>
        <translation>Comparación no guardada</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
</context>
<context>
    <name>ComparisonFiles</name>
    <message>
        <source>could not write: %1</source>
        <translation>no se pudo escribir: %1</translation>
    </message>
    <message>
        <source>unknown extension</source>
        <translation>extensión desconocida</translation>
    </message>
</context>
<context>
    <name>ComparisonHtml</name>
    <message>
        <source>not checked</source>
        <translation>no comprobado</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Antes: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Después: %1</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punto de conexión</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
</context>
<context>
    <name>ComparisonText</name>
    <message>
        <source>Before: %1</source>
        <translation>Antes:   %1</translation>
    </message>
    <message>
        <source>After:  %1</source>
        <translation>Después: %1</translation>
    </message>
</context>
<context>
    <name>ComparisonWording</name>
    <message>
        <source>name resolution</source>
        <translation>la resolución de nombres</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>el proxy</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>la conexión</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>la respuesta</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <source>Netready comparison of two reports</source>
        <translation>Comparación de dos informes de Netready</translation>
    </message>
    <message>
        <source>Broke: passed before, fails now</source>
        <translation>Dejó de funcionar: antes correcto, ahora falla</translation>
    </message>
    <message>
        <source>Fixed: failed before, passes now</source>
        <translation>Corregido: antes fallaba, ahora es correcto</translation>
    </message>
    <message>
        <source>Still failing</source>
        <translation>Sigue fallando</translation>
    </message>
    <message>
        <source>Changed severity</source>
        <translation>Gravedad cambiada</translation>
    </message>
    <message>
        <source>Only in the later report</source>
        <translation>Solo en el informe posterior</translation>
    </message>
    <message>
        <source>Only in the earlier report</source>
        <translation>Solo en el informe anterior</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>%1 passed before (%2) and fails now: %3.</source>
        <translation>%1 era correcto antes (%2) y ahora falla: %3.</translation>
    </message>
    <message>
        <source>%1 failed before (%2) and passes now (%3).</source>
        <translation>%1 fallaba antes (%2) y ahora es correcto (%3).</translation>
    </message>
    <message>
        <source>%1 still fails the same way: %2.</source>
        <translation>%1 sigue fallando de la misma manera: %2.</translation>
    </message>
    <message>
        <source>it gets further now: %1 passes, %2 stops it</source>
        <translation>ahora llega más lejos: supera %1 y se detiene en %2</translation>
    </message>
    <message>
        <source>it fails earlier now, at %1</source>
        <translation>ahora falla antes, en %1</translation>
    </message>
    <message>
        <source>it fails differently at %1</source>
        <translation>ahora falla de otra manera en %1</translation>
    </message>
    <message>
        <source>%1 still fails: %2 → %3; %4.</source>
        <translation>%1 sigue fallando: %2 → %3; %4.</translation>
    </message>
    <message>
        <source>%1 changed from %2 (%3) to %4 (%5).</source>
        <translation>%1 cambió de %2 (%3) a %4 (%5).</translation>
    </message>
    <message>
        <source>%1 is checked only in the later report: %2 (%3).</source>
        <translation>%1 solo se comprueba en el informe posterior: %2 (%3).</translation>
    </message>
    <message>
        <source>%1 was checked only in the earlier report: %2 (%3).</source>
        <translation>%1 solo se comprobó en el informe anterior: %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is unchanged: %2 (%3).</source>
        <translation>%1 no ha cambiado: %2 (%3).</translation>
    </message>
    <message>
        <source>The verdict is unchanged: %1.</source>
        <translation>El veredicto no ha cambiado: %1.</translation>
    </message>
    <message>
        <source>The verdict changed from %1 to %2.</source>
        <translation>El veredicto cambió de %1 a %2.</translation>
    </message>
    <message>
        <source>The reports come from different machines: %1 before, %2 now.</source>
        <translation>Los informes proceden de equipos distintos: %1 antes, %2 ahora.</translation>
    </message>
    <message>
        <source>The cloud differs: %1 before, %2 now.</source>
        <translation>La nube es distinta: %1 antes, %2 ahora.</translation>
    </message>
    <message>
        <source>The features differ: %1 before, %2 now.</source>
        <translation>Las funciones son distintas: %1 antes, %2 ahora.</translation>
    </message>
    <message>
        <source>The catalogs differ: %1 before, %2 now.</source>
        <translation>Los catálogos son distintos: %1 antes, %2 ahora.</translation>
    </message>
    <message>
        <source>The proxy differs: %1 before, %2 now.</source>
        <translation>El proxy es distinto: %1 antes, %2 ahora.</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>directo</translation>
    </message>
    <message>
        <source>The later report was started before the earlier one: are they in the right order?</source>
        <translation>El informe posterior se inició antes que el anterior: ¿están en el orden correcto?</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>Unchanged checks: %n.</source>
        <translation>
            <numerusform>Comprobaciones sin cambios: %n.</numerusform>
            <numerusform>Comprobaciones sin cambios: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComponentProxies</name>
    <message>
        <source>The proxy settings of Power Automate&apos;s components were not read: they exist only on Windows. The system proxy stands in for every component.</source>
        <translation>No se leyó la configuración de proxy de los componentes de Power Automate: solo existe en Windows. El proxy del sistema sustituye a todos los componentes.</translation>
    </message>
</context>
<context>
    <name>ComponentProxy</name>
    <message>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <source>Power Automate for desktop (you)</source>
        <translation>Power Automate para escritorio (usted)</translation>
    </message>
    <message>
        <source>desktop flows service</source>
        <translation>servicio de flujos de escritorio</translation>
    </message>
    <message>
        <source>desktop flows log shipper</source>
        <translation>servicio de envío de registros de flujos de escritorio</translation>
    </message>
    <message>
        <source>desktop flows update service</source>
        <translation>servicio de actualización de flujos de escritorio</translation>
    </message>
    <message>
        <source>gateway service</source>
        <translation>servicio de puerta de enlace</translation>
    </message>
    <message>
        <source>gateway configurator (you)</source>
        <translation>configurador de la puerta de enlace (usted)</translation>
    </message>
    <message>
        <source>gateway data-source engine</source>
        <translation>motor de orígenes de datos de la puerta de enlace</translation>
    </message>
    <message>
        <source>direct (no proxy)</source>
        <translation>directo (sin proxy)</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>proxy %1</translation>
    </message>
    <message>
        <source>PAC file %1</source>
        <translation>archivo PAC %1</translation>
    </message>
    <message>
        <source>the system proxy settings</source>
        <translation>la configuración de proxy del sistema</translation>
    </message>
    <message>
        <source>your Windows proxy settings</source>
        <translation>su configuración de proxy de Windows</translation>
    </message>
    <message>
        <source>registry %1</source>
        <translation>registro %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>archivo %1</translation>
    </message>
    <message>
        <source>the machine&apos;s WinHTTP proxy (netsh winhttp show proxy)</source>
        <translation>el proxy WinHTTP del equipo (netsh winhttp show proxy)</translation>
    </message>
    <message>
        <source>no Power Automate setting: Windows proxy of the signed-in user, %1</source>
        <translation>sin configuración de Power Automate: proxy de Windows del usuario que ha iniciado sesión, %1</translation>
    </message>
    <message>
        <source>no Power Automate setting: Windows proxy of the signed-in user</source>
        <translation>sin configuración de Power Automate: proxy de Windows del usuario que ha iniciado sesión</translation>
    </message>
    <message>
        <source>not read: Power Automate keeps its proxy settings only on Windows; the system proxy stands in</source>
        <translation>no leído: Power Automate guarda su configuración de proxy solo en Windows; se usa en su lugar el proxy del sistema</translation>
    </message>
</context>
<context>
    <name>ComponentProxyLookup</name>
    <message>
        <source>The proxy settings of Power Automate&apos;s components were not read within %1 s. The system proxy stands in for every component.</source>
        <translation>La configuración de proxy de los componentes de Power Automate no se leyó en %1 s. El proxy del sistema sustituye a todos los componentes.</translation>
    </message>
</context>
<context>
    <name>ComponentProxyResolver</name>
    <message>
        <source>%1: &apos;%2&apos; lacks the http:// prefix, so Power Automate rejects it</source>
        <translation>%1: a &apos;%2&apos; le falta el prefijo http://, por lo que Power Automate lo rechaza</translation>
    </message>
    <message>
        <source>%1: bypass entry &apos;%2&apos; starts with &apos;*&apos;, which Power Automate rejects</source>
        <translation>%1: la entrada de omisión &apos;%2&apos; empieza por &apos;*&apos;, lo que Power Automate rechaza</translation>
    </message>
    <message>
        <source>found by automatic detection or a script for make.powerautomate.com</source>
        <translation>encontrado por detección automática o por un script para make.powerautomate.com</translation>
    </message>
    <message>
        <source>%1 is not valid XML (%2) and is ignored</source>
        <translation>%1 no es XML válido (%2) y se omite</translation>
    </message>
    <message>
        <source>%1: scriptLocation is ignored unless the registry value EnablePacProxy is 1</source>
        <translation>%1: scriptLocation se omite a menos que el valor del registro EnablePacProxy sea 1</translation>
    </message>
    <message>
        <source>registry value %1 is set only under WOW6432Node (the 32-bit view), where Power Automate does not read it</source>
        <translation>el valor del registro %1 solo está establecido en WOW6432Node (la vista de 32 bits), donde Power Automate no lo lee</translation>
    </message>
    <message>
        <source>Power Automate&apos;s components take different routes: %1. Give all four *.Proxy.config files (or the registry values) the same settings.</source>
        <translation>Los componentes de Power Automate siguen rutas distintas: %1. Aplique la misma configuración a los cuatro archivos *.Proxy.config (o a los valores del registro).</translation>
    </message>
    <message>
        <source>The gateway&apos;s components take different routes: %1. Give its three configuration files the same &lt;defaultProxy&gt; settings.</source>
        <translation>Los componentes de la puerta de enlace siguen rutas distintas: %1. Aplique la misma configuración de &lt;defaultProxy&gt; a sus tres archivos de configuración.</translation>
    </message>
</context>
<context>
    <name>ComponentRoutes</name>
    <message>
        <source>%1: %2 (from %3)</source>
        <translation>%1: %2 (de %3)</translation>
    </message>
    <message>
        <source>Power Automate&apos;s proxy settings</source>
        <translation>la configuración de proxy de Power Automate</translation>
    </message>
    <message>
        <source>the proxy setting given for this run, not the route of the %1 (%2)</source>
        <translation>la configuración de proxy indicada para esta ejecución, no la ruta del %1 (%2)</translation>
    </message>
    <message>
        <source>the system proxy, standing in for the %1: its own settings were not read</source>
        <translation>el proxy del sistema, en sustitución del %1: no se leyó su propia configuración</translation>
    </message>
    <message>
        <source>tested as you (your system proxy), not along the route of the %1: %2</source>
        <translation>probado con su identidad (su proxy del sistema), no por la ruta del %1: %2</translation>
    </message>
    <message>
        <source>the route of the %1</source>
        <translation>la ruta del %1</translation>
    </message>
    <message>
        <source>its proxy &apos;%1&apos; cannot be used (%2); the system proxy stands in</source>
        <translation>su proxy &apos;%1&apos; no se puede usar (%2); se usa en su lugar el proxy del sistema</translation>
    </message>
    <message>
        <source>its PAC file &apos;%1&apos; cannot be used (%2); the system proxy stands in</source>
        <translation>su archivo PAC &apos;%1&apos; no se puede usar (%2); se usa en su lugar el proxy del sistema</translation>
    </message>
    <message>
        <source>Power Automate for desktop and its services must reach the cloud the same way, or flows work while you are signed in and fail when nobody is.</source>
        <translation>Power Automate para escritorio y sus servicios deben llegar a la nube de la misma manera; de lo contrario, los flujos funcionan mientras usted tiene la sesión iniciada y fallan cuando no hay nadie.</translation>
    </message>
    <message>
        <source>Power Automate for desktop and its services take the same route</source>
        <translation>Power Automate para escritorio y sus servicios siguen la misma ruta</translation>
    </message>
    <message>
        <source>Power Automate ignores proxy settings it cannot parse and connects another way.</source>
        <translation>Power Automate omite la configuración de proxy que no puede analizar y se conecta de otra manera.</translation>
    </message>
    <message>
        <source>Power Automate would accept every proxy setting found</source>
        <translation>Power Automate aceptaría toda la configuración de proxy encontrada</translation>
    </message>
    <message>
        <source>The gateway&apos;s service, its configurator and its mashup engine must reach the cloud the same way, or the gateway registers while you configure it and goes offline as a service.</source>
        <translation>El servicio de la puerta de enlace, su configurador y su motor de mashup deben llegar a la nube por la misma ruta; de lo contrario, la puerta de enlace se registra mientras usted la configura y queda sin conexión como servicio.</translation>
    </message>
    <message>
        <source>The gateway&apos;s configuration files were not found (it is not installed here): its service will take the machine&apos;s route</source>
        <translation>No se encontraron los archivos de configuración de la puerta de enlace (no está instalada aquí): su servicio seguirá la ruta del equipo</translation>
    </message>
    <message>
        <source>The gateway&apos;s components take the same route</source>
        <translation>Los componentes de la puerta de enlace siguen la misma ruta</translation>
    </message>
</context>
<context>
    <name>ConnectToRule</name>
    <message>
        <source>--connect-to &apos;%1&apos;: %2</source>
        <translation>--connect-to &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>expected HOST:PORT:CONNECT_HOST:CONNECT_PORT</source>
        <translation>se esperaba HOST:PORT:CONNECT_HOST:CONNECT_PORT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port (1-65535)</source>
        <translation>&apos;%1&apos; no es un puerto (1-65535)</translation>
    </message>
    <message>
        <source>CONNECT_HOST must not be empty</source>
        <translation>CONNECT_HOST no debe estar vacío</translation>
    </message>
</context>
<context>
    <name>CrlInspector</name>
    <message>
        <source>a certificate (subject %1), not a revocation list</source>
        <translation>un certificado (sujeto %1), no una lista de revocación</translation>
    </message>
    <message>
        <source>a PEM revocation list that cannot be read</source>
        <translation>una lista de revocación PEM que no se puede leer</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Estado HTTP: %1</translation>
    </message>
    <message>
        <source>Content-Type: %1</source>
        <translation>Content-Type: %1</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>Tamaño: %1 bytes</translation>
    </message>
    <message>
        <source>The answer is larger than 20 MB and was cut; no revocation list is that large</source>
        <translation>La respuesta supera los 20 MB y se truncó; ninguna lista de revocación es tan grande</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 instead of a revocation list (the body was %2)</source>
        <translation>El servidor respondió HTTP %1 en lugar de una lista de revocación (el cuerpo era %2)</translation>
    </message>
    <message>
        <source>The answer is not a revocation list but %1</source>
        <translation>La respuesta no es una lista de revocación, sino %1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Formato: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Emisor: %1</translation>
    </message>
    <message>
        <source>This update: %1</source>
        <translation>Esta actualización: %1</translation>
    </message>
    <message>
        <source>Next update: %1</source>
        <translation>Próxima actualización: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Revoked entries: %1</source>
        <translation>Entradas revocadas: %1</translation>
    </message>
    <message>
        <source>Revoked serial: %1 at %2</source>
        <translation>Número de serie revocado: %1 el %2</translation>
    </message>
    <message>
        <source>Signature: not checked (the expected issuer certificate cannot be read)</source>
        <translation>Firma: no comprobada (no se puede leer el certificado del emisor esperado)</translation>
    </message>
    <message>
        <source>The revocation list comes from %1, not from the expected issuer %2</source>
        <translation>La lista de revocación procede de %1, no del emisor esperado %2</translation>
    </message>
    <message>
        <source>Verification error: %1</source>
        <translation>Error de verificación: %1</translation>
    </message>
    <message>
        <source>The revocation list names the expected issuer %1 but its signature does not verify with the issuer&apos;s key</source>
        <translation>La lista de revocación indica el emisor esperado %1, pero su firma no se verifica con la clave del emisor</translation>
    </message>
    <message>
        <source>Signature: verified with the issuer&apos;s key</source>
        <translation>Firma: verificada con la clave del emisor</translation>
    </message>
    <message>
        <source>Signature: not checked (no issuer certificate known)</source>
        <translation>Firma: no comprobada (no se conoce ningún certificado del emisor)</translation>
    </message>
    <message>
        <source>The revocation list from %1 is out of date: its next update was due %2 (this update %3); Windows will not accept it</source>
        <translation>La lista de revocación de %1 está obsoleta: su próxima actualización estaba prevista para %2 (esta actualización: %3); Windows no la aceptará</translation>
    </message>
    <message>
        <source>This update lies in the future: is the local clock behind?</source>
        <translation>Esta actualización está en el futuro: ¿va atrasado el reloj local?</translation>
    </message>
    <message numerus="yes">
        <source>(%n more revoked entries not listed)</source>
        <translation>
            <numerusform>(%n entrada revocada más sin mostrar)</numerusform>
            <numerusform>(%n entradas revocadas más sin mostrar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes follow the revocation list</source>
        <translation>
            <numerusform>hay %n byte después de la lista de revocación</numerusform>
            <numerusform>hay %n bytes después de la lista de revocación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revocation list from %1: this update %2, next update %3, %n entries, %4 bytes</source>
        <extracomment>%1 the list&apos;s issuer, %2 and %3 times, %n how many revoked certificates it lists, %4 its size in bytes</extracomment>
        <translation>
            <numerusform>Lista de revocación de %1: esta actualización %2, próxima actualización %3, %n entrada, %4 bytes</numerusform>
            <numerusform>Lista de revocación de %1: esta actualización %2, próxima actualización %3, %n entradas, %4 bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurlLibrary</name>
    <message>
        <source>libcurl (%1), which Netready authenticates at proxies with, could not be loaded: Netready&apos;s installation is incomplete</source>
        <translation>no se pudo cargar libcurl (%1), con la que Netready se autentica en los proxies: la instalación de Netready está incompleta</translation>
    </message>
    <message>
        <source>libcurl (%1), which Netready authenticates at proxies with, could not be loaded: install it (on Debian and Ubuntu, the package libcurl4)</source>
        <translation>no se pudo cargar libcurl (%1), con la que Netready se autentica en los proxies: instálela (en Debian y Ubuntu, el paquete libcurl4)</translation>
    </message>
    <message>
        <source>Install Netready again: its folder lacks %1 (libcurl), which it authenticates at proxies with.</source>
        <translation>Vuelva a instalar Netready: a su carpeta le falta %1 (libcurl), con la que se autentica en los proxies.</translation>
    </message>
    <message>
        <source>Install libcurl 4, which Netready authenticates at proxies with (on Debian and Ubuntu: apt install libcurl4).</source>
        <translation>Instale libcurl 4, con la que Netready se autentica en los proxies (en Debian y Ubuntu: apt install libcurl4).</translation>
    </message>
</context>
<context>
    <name>Diagnoses</name>
    <message>
        <source>Reachable</source>
        <translation>Accesible</translation>
    </message>
    <message>
        <source>Name not resolved (DNS)</source>
        <translation>Nombre no resuelto (DNS)</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Conexión rechazada</translation>
    </message>
    <message>
        <source>Connection timed out (dropped by a firewall?)</source>
        <translation>Se agotó el tiempo de espera de la conexión (¿descartada por un firewall?)</translation>
    </message>
    <message>
        <source>Network unreachable</source>
        <translation>Red inaccesible</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>Error en el protocolo de enlace TLS</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificado no de confianza</translation>
    </message>
    <message>
        <source>Certificate is for another name</source>
        <translation>El certificado es para otro nombre</translation>
    </message>
    <message>
        <source>TLS inspection replaced the certificate</source>
        <translation>La inspección TLS sustituyó el certificado</translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation>Certificado expirado</translation>
    </message>
    <message>
        <source>Certificate not valid yet</source>
        <translation>Certificado aún no válido</translation>
    </message>
    <message>
        <source>Intermediate certificate missing</source>
        <translation>Falta el certificado intermedio</translation>
    </message>
    <message>
        <source>Only outdated TLS versions offered</source>
        <translation>Solo se ofrecen versiones obsoletas de TLS</translation>
    </message>
    <message>
        <source>No cipher in common</source>
        <translation>Ningún cifrado en común</translation>
    </message>
    <message>
        <source>Blocked by a filtering device</source>
        <translation>Bloqueado por un dispositivo de filtrado</translation>
    </message>
    <message>
        <source>No HTTP answer</source>
        <translation>Ninguna respuesta HTTP</translation>
    </message>
    <message>
        <source>HTTP answer timed out</source>
        <translation>Se agotó el tiempo de espera de la respuesta HTTP</translation>
    </message>
    <message>
        <source>Proxy not reachable</source>
        <translation>Proxy inaccesible</translation>
    </message>
    <message>
        <source>Proxy requires authentication</source>
        <translation>El proxy requiere autenticación</translation>
    </message>
    <message>
        <source>Proxy refused the connection</source>
        <translation>El proxy rechazó la conexión</translation>
    </message>
    <message>
        <source>Proxy does not speak HTTP</source>
        <translation>El proxy no habla HTTP</translation>
    </message>
    <message>
        <source>Proxy auto-config script failed</source>
        <translation>Error en el script de configuración automática de proxy</translation>
    </message>
    <message>
        <source>WebSocket upgrade blocked</source>
        <translation>Actualización a WebSocket bloqueada</translation>
    </message>
    <message>
        <source>Local clock is off</source>
        <translation>El reloj local no está en hora</translation>
    </message>
    <message>
        <source>Power Automate&apos;s components use different proxies</source>
        <translation>Los componentes de Power Automate usan proxies distintos</translation>
    </message>
    <message>
        <source>Power Automate would reject or ignore a proxy setting</source>
        <translation>Power Automate rechazaría u omitiría una configuración de proxy</translation>
    </message>
    <message>
        <source>Answer is not a revocation list</source>
        <translation>La respuesta no es una lista de revocación</translation>
    </message>
    <message>
        <source>Revocation list is out of date</source>
        <translation>La lista de revocación está obsoleta</translation>
    </message>
    <message>
        <source>Revocation list download too slow</source>
        <translation>Descarga de la lista de revocación demasiado lenta</translation>
    </message>
    <message>
        <source>Answer is not a valid OCSP response</source>
        <translation>La respuesta no es una respuesta OCSP válida</translation>
    </message>
    <message>
        <source>OCSP answer is out of date</source>
        <translation>La respuesta OCSP está obsoleta</translation>
    </message>
    <message>
        <source>OCSP responder reports an error</source>
        <translation>El respondedor OCSP notifica un error</translation>
    </message>
    <message>
        <source>OCSP answer too slow</source>
        <translation>Respuesta OCSP demasiado lenta</translation>
    </message>
    <message>
        <source>Needs your input</source>
        <translation>Necesita un dato suyo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>DotNetProxyConfig</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
</context>
<context>
    <name>EndpointListCommand</name>
    <message>
        <source>Endpoints for %1: %2</source>
        <translation>Puntos de conexión para %1: %2</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>Catálogo: %1</translation>
    </message>
    <message>
        <source>The catalog lists no endpoint for this selection.</source>
        <translation>El catálogo no enumera ningún punto de conexión para esta selección.</translation>
    </message>
    <message>
        <source>Allowlist</source>
        <translation>Lista de permitidos</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>(URL %1)</source>
        <extracomment>after an endpoint in the list: the URL a check fetches</extracomment>
        <translation>(URL %1)</translation>
    </message>
    <message>
        <source>(listed by Microsoft, retired by its owner)</source>
        <extracomment>after an endpoint in the list</extracomment>
        <translation>(indicado por Microsoft, retirado por su propietario)</translation>
    </message>
    <message>
        <source>(a check needs your value for {%1})</source>
        <extracomment>after an endpoint in the list; %1 a placeholder name such as dataverse, kept as it is</extracomment>
        <translation>(una comprobación necesita su valor para {%1})</translation>
    </message>
    <message>
        <source>Relay namespaces of the %1 region</source>
        <translation>Espacios de nombres de Relay de la región %1</translation>
    </message>
    <message>
        <source>The selection has no relay check of the desktop flows runtime: the region&apos;s namespaces apply to desktop flows.</source>
        <translation>La selección no tiene ninguna comprobación de Relay del runtime de flujos de escritorio: los espacios de nombres de la región se aplican a los flujos de escritorio.</translation>
    </message>
    <message>
        <source>Allow these instead of %1 (TCP %2); source: %3, %4</source>
        <translation>Permita estos en lugar de %1 (TCP %2); origen: %3, %4</translation>
    </message>
    <message>
        <source>(preview environments)</source>
        <translation>(entornos de versión preliminar)</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <extracomment>%1 a cloud code, %2 a feature code (both kept as they are), %3 counts of endpoints and hosts</extracomment>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>%1 · all selected: %2</source>
        <extracomment>%1 a cloud code (kept as it is), %2 counts of endpoints and hosts</extracomment>
        <translation>%1 · todo lo seleccionado: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 a count of endpoints (&quot;12 endpoints&quot;), %2 a count of hosts (&quot;9 hosts&quot;)</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoints</source>
        <translation>
            <numerusform>%n punto de conexión</numerusform>
            <numerusform>%n puntos de conexión</numerusform>
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
    <message>
        <source>%1 is not an object</source>
        <translation>%1 no es un objeto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an id (up to 100 letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit)</source>
        <translation>&apos;%1&apos; no es un id (hasta 100 letras, dígitos, &apos;.&apos;, &apos;-&apos; y &apos;_&apos;, empezando por una letra o un dígito)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name (a wildcard is allowed only as a leading &apos;*.&apos; before a domain)</source>
        <translation>&apos;%1&apos; no es un nombre de host (solo se permite un comodín como &apos;*.&apos; inicial delante de un dominio)</translation>
    </message>
    <message>
        <source>required for the wildcard host &apos;%1&apos;: give a concrete host under it, or a placeholder such as {dataverse} that the user fills in</source>
        <translation>obligatorio para el host comodín &apos;%1&apos;: indique un host concreto bajo él o un marcador de posición como {dataverse} que rellene el usuario</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a host name nor a placeholder such as {servicebus-namespace}</source>
        <translation>&apos;%1&apos; no es ni un nombre de host ni un marcador de posición como {servicebus-namespace}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the apex of &apos;%2&apos;, not a host under it (a firewall may allow one and not the other; give a host below it, or list the apex as an endpoint of its own)</source>
        <translation>&apos;%1&apos; es el dominio raíz de &apos;%2&apos;, no un host bajo él (un firewall puede permitir uno y no el otro; indique un host por debajo o enumere el dominio raíz como punto de conexión propio)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host under &apos;%2&apos;</source>
        <translation>&apos;%1&apos; no es un host bajo &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; differs from the host &apos;%2&apos; (a concrete host is tested as itself)</source>
        <translation>&apos;%1&apos; es distinto del host &apos;%2&apos; (un host concreto se prueba tal cual)</translation>
    </message>
    <message>
        <source>give either port or ports, not both</source>
        <translation>indique port o ports, no ambos</translation>
    </message>
    <message>
        <source>a port</source>
        <translation>un puerto</translation>
    </message>
    <message>
        <source>required field is missing (or give ports)</source>
        <translation>falta un campo obligatorio (o indique ports)</translation>
    </message>
    <message>
        <source>lists %1 ports (at most %2)</source>
        <translation>enumera %1 puertos (como máximo %2)</translation>
    </message>
    <message>
        <source>port %1 is listed twice</source>
        <translation>el puerto %1 aparece dos veces</translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos; (expected one of: %2)</source>
        <translation>protocolo desconocido &apos;%1&apos; (se esperaba uno de: %2)</translation>
    </message>
    <message>
        <source>unknown cloud %1 (expected one of: %2)</source>
        <translation>nube desconocida %1 (se esperaba una de: %2)</translation>
    </message>
    <message>
        <source>unknown feature %1 (expected one of: %2)</source>
        <translation>función desconocida %1 (se esperaba una de: %2)</translation>
    </message>
    <message>
        <source>only crl and ocsp endpoints take this field</source>
        <translation>solo los puntos de conexión crl y ocsp admiten este campo</translation>
    </message>
    <message>
        <source>only ocsp endpoints take this field</source>
        <translation>solo los puntos de conexión ocsp admiten este campo</translation>
    </message>
    <message>
        <source>required for protocol %1 (the %2)</source>
        <translation>obligatorio para el protocolo %1 (%2)</translation>
    </message>
    <message>
        <source>CRL to download</source>
        <translation>la CRL que se descarga</translation>
    </message>
    <message>
        <source>OCSP responder</source>
        <translation>el respondedor OCSP</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// URL (revocation is checked over plain HTTP)</source>
        <translation>&apos;%1&apos; no es una dirección URL http:// (la revocación se comprueba por HTTP sin cifrar)</translation>
    </message>
    <message>
        <source>the URL&apos;s host &apos;%1&apos; is not the endpoint&apos;s host &apos;%2&apos;</source>
        <translation>el host de la dirección URL &apos;%1&apos; no es el host del punto de conexión &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the URL&apos;s port %1 is not among the endpoint&apos;s ports</source>
        <translation>el puerto de la dirección URL %1 no está entre los puertos del punto de conexión</translation>
    </message>
    <message>
        <source>required with certificate (an OCSP request names the issuer)</source>
        <translation>obligatorio con certificate (una solicitud OCSP indica el emisor)</translation>
    </message>
    <message>
        <source>not a PEM certificate (-----BEGIN CERTIFICATE----- ...)</source>
        <translation>no es un certificado PEM (-----BEGIN CERTIFICATE----- ...)</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (expected current or retired)</source>
        <translation>estado desconocido &apos;%1&apos; (se esperaba current o retired)</translation>
    </message>
    <message numerus="yes">
        <source>holds %n certificates; give exactly one</source>
        <translation>
            <numerusform>contiene %n certificado; indique exactamente uno</numerusform>
            <numerusform>contiene %n certificados; indique exactamente uno</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngineRun</name>
    <message>
        <source>the run was cancelled before this check finished</source>
        <translation>la ejecución se canceló antes de que terminara esta comprobación</translation>
    </message>
    <message>
        <source>Revocation path of the certificate chain of %1 (%2).</source>
        <translation>Ruta de revocación de la cadena de certificados de %1 (%2).</translation>
    </message>
    <message>
        <source>%1 extension of a certificate presented by %2</source>
        <translation>extensión %1 de un certificado presentado por %2</translation>
    </message>
    <message>
        <source>local clock</source>
        <translation>reloj local</translation>
    </message>
    <message>
        <source>Sign-in tokens are rejected when the clock is off by more than 5 minutes.</source>
        <translation>Los tokens de inicio de sesión se rechazan cuando el reloj tiene un desfase de más de 5 minutos.</translation>
    </message>
    <message>
        <source>this machine&apos;s clock is %1 min %2 s behind the servers&apos; (compared with %3)</source>
        <extracomment>%1 minutes and %2 seconds; %3 the servers&apos; host names</extracomment>
        <translation>el reloj de este equipo va %1 min %2 s por detrás del de los servidores (en comparación con %3)</translation>
    </message>
    <message>
        <source>this machine&apos;s clock is %1 min %2 s ahead of the servers&apos; (compared with %3)</source>
        <extracomment>%1 minutes and %2 seconds; %3 the servers&apos; host names</extracomment>
        <translation>el reloj de este equipo va %1 min %2 s por delante del de los servidores (en comparación con %3)</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Cloud flows</source>
        <translation>Flujos de nube</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Aplicación móvil</translation>
    </message>
    <message>
        <source>Desktop flows runtime</source>
        <translation>Runtime de flujos de escritorio</translation>
    </message>
    <message>
        <source>On-premises data gateway</source>
        <translation>Puerta de enlace de datos local</translation>
    </message>
    <message>
        <source>Designing and running flows in the browser: sign-in, portal, connectors.</source>
        <translation>Diseñar y ejecutar flujos en el explorador: inicio de sesión, portal, conectores.</translation>
    </message>
    <message>
        <source>The Power Automate app on phones and tablets.</source>
        <translation>La aplicación móvil de Power Automate en teléfonos y tabletas.</translation>
    </message>
    <message>
        <source>Power Automate for desktop on this machine: attended and unattended runs.</source>
        <translation>Power Automate para escritorio en este equipo: ejecuciones atendidas y desatendidas.</translation>
    </message>
    <message>
        <source>The on-premises data gateway, connecting cloud flows to local data.</source>
        <translation>La puerta de enlace de datos local, que conecta los flujos de nube con datos locales.</translation>
    </message>
</context>
<context>
    <name>FeaturesPage</name>
    <message>
        <source>Your tenant</source>
        <translation>Su inquilino</translation>
    </message>
    <message>
        <source>Which features do you use?</source>
        <translation>¿Qué funciones usa?</translation>
    </message>
    <message>
        <source>Netready checks the endpoints of the features you select. Select all that this machine needs.</source>
        <translation>Netready comprueba los puntos de conexión de las funciones que seleccione. Seleccione todas las que necesite este equipo.</translation>
    </message>
    <message>
        <source>&amp;Environment URL:</source>
        <translation>URL del &amp;entorno:</translation>
    </message>
    <message>
        <source>Optional. Leave empty to skip the checks of your own environment.</source>
        <translation>Opcional. Déjelo vacío para omitir las comprobaciones de su propio entorno.</translation>
    </message>
    <message>
        <source>Service Bus name&amp;spaces:</source>
        <translation>E&amp;spacios de nombres de Service Bus:</translation>
    </message>
    <message>
        <source>The namespaces your desktop flows runtime or gateway uses. Optional; separate several with commas.</source>
        <translation>Los espacios de nombres que usa su runtime de flujos de escritorio o su puerta de enlace. Opcional; separe varios con comas.</translation>
    </message>
    <message>
        <source>Other hosts of your tenant</source>
        <translation>Otros hosts de su inquilino</translation>
    </message>
    <message>
        <source>Desktop flows &amp;region:</source>
        <translation>&amp;Región de flujos de escritorio:</translation>
    </message>
    <message>
        <source>Desktop flows region</source>
        <translation>Región de flujos de escritorio</translation>
    </message>
    <message>
        <source>No region (one namespace)</source>
        <translation>Ninguna región (un espacio de nombres)</translation>
    </message>
    <message>
        <source>%1 (namespaces: %2)</source>
        <translation>%1 (espacios de nombres: %2)</translation>
    </message>
    <message>
        <source>Tests every Service Bus namespace Microsoft lists for the desktop flows runtime of this region (public cloud), so your firewall can allow those instead of *.servicebus.windows.net.</source>
        <translation>Prueba todos los espacios de nombres de Service Bus que Microsoft indica para el runtime de flujos de escritorio de esta región (nube pública), para que su firewall pueda permitirlos en lugar de *.servicebus.windows.net.</translation>
    </message>
    <message>
        <source>Optional. Your host under this wildcard, to check it too; separate several with commas.</source>
        <translation>Opcional. Su host bajo este comodín, para comprobarlo también; separe varios con comas.</translation>
    </message>
    <message>
        <source>Host under %1:</source>
        <translation>Host bajo %1:</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>&amp;Other hosts of your tenant (%1)</source>
        <translation>&amp;Otros hosts de su inquilino (%1)</translation>
    </message>
    <message>
        <source>A value under Other hosts is not valid.</source>
        <translation>Un valor de Otros hosts no es válido.</translation>
    </message>
    <message>
        <source>Select at least one feature.</source>
        <translation>Seleccione al menos una función.</translation>
    </message>
</context>
<context>
    <name>FleetFiles</name>
    <message>
        <source>unknown extension</source>
        <translation>extensión desconocida</translation>
    </message>
    <message>
        <source>could not write: %1</source>
        <translation>no se pudo escribir: %1</translation>
    </message>
</context>
<context>
    <name>FleetHtml</name>
    <message>
        <source>Failures per endpoint</source>
        <translation>Errores por punto de conexión</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punto de conexión</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Catalog id</source>
        <translation>Id. de catálogo</translation>
    </message>
    <message>
        <source>Failed on</source>
        <translation>Falló en</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Comprobado en</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnósticos</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>No preparados</translation>
    </message>
    <message>
        <source>Odd ones out</source>
        <translation>Casos aislados</translation>
    </message>
    <message>
        <source>Endpoints that fail on a machine while at least 90 % of the machines of the same cloud and site pass them.</source>
        <translation>Puntos de conexión que fallan en un equipo mientras que al menos el 90 % de los equipos de la misma nube y sitio los superan.</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Passing at the site</source>
        <translation>Correctos en el sitio</translation>
    </message>
    <message>
        <source>Machines at the site</source>
        <translation>Equipos en el sitio</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Click a column heading to sort by it.</source>
        <translation>Haga clic en el encabezado de una columna para ordenar por ella.</translation>
    </message>
    <message>
        <source>Files that are not readable reports</source>
        <translation>Archivos que no son informes legibles</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>FleetText</name>
    <message>
        <source>Failures per endpoint:</source>
        <translation>Errores por punto de conexión:</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  ninguno</translation>
    </message>
    <message>
        <source>  %1: machines %2, not ready %3</source>
        <translation>  %1: equipos %2, no preparados %3</translation>
    </message>
    <message>
        <source>Odd ones out:</source>
        <translation>Casos aislados:</translation>
    </message>
    <message>
        <source>Files that are not readable reports:</source>
        <translation>Archivos que no son informes legibles:</translation>
    </message>
    <message numerus="yes">
        <source>  %1 %2: failed on %3 of %n machines (%4)</source>
        <extracomment>%1 an endpoint, %2 its protocol code, %3 how many machines it failed on, %n how many tested it, %4 the diagnoses</extracomment>
        <translation>
            <numerusform>  %1 %2: falló en %3 de %n equipo (%4)</numerusform>
            <numerusform>  %1 %2: falló en %3 de %n equipos (%4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetWording</name>
    <message>
        <source>Netready fleet summary</source>
        <translation>Resumen de conjunto de equipos de Netready</translation>
    </message>
    <message>
        <source>Reports read: %1; unreadable files: %2.</source>
        <translation>Informes leídos: %1; archivos ilegibles: %2.</translation>
    </message>
    <message>
        <source>Cloud %1, report schema version %2</source>
        <translation>Nube %1, versión del esquema de informe %2</translation>
    </message>
    <message>
        <source>Machines: %1; ready: %2; not ready: %3.</source>
        <translation>Equipos: %1; preparados: %2; no preparados: %3.</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>directo</translation>
    </message>
    <message>
        <source>no site label</source>
        <translation>sin etiqueta de sitio</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>By proxy</source>
        <translation>Por proxy</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>Por sitio</translation>
    </message>
    <message>
        <source>By operating system</source>
        <translation>Por sistema operativo</translation>
    </message>
    <message>
        <source>By catalog date</source>
        <translation>Por fecha del catálogo</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 %4 fails with %5 while %6 of %n machines at the site pass it.</source>
        <extracomment>%1 a machine, %2 its site, %3 an endpoint, %4 its protocol code, %5 a diagnosis, %6 how many machines pass, %n how many machines the site has</extracomment>
        <translation>
            <numerusform>%1 (%2): %3 %4 falla con %5, mientras que %6 de %n equipo del sitio lo supera.</numerusform>
            <numerusform>%1 (%2): %3 %4 falla con %5, mientras que %6 de %n equipos del sitio lo superan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>the answer arrived complete</source>
        <translation>la respuesta llegó completa</translation>
    </message>
    <message>
        <source>the answer was cut at the size cap of %1 bytes</source>
        <translation>la respuesta se truncó en el límite de tamaño de %1 bytes</translation>
    </message>
    <message>
        <source>no HTTP answer within %1 s</source>
        <translation>ninguna respuesta HTTP en %1 s</translation>
    </message>
    <message>
        <source>the answer was still incomplete after %1 s (%2 bytes of headers)</source>
        <translation>la respuesta seguía incompleta después de %1 s (%2 bytes de encabezados)</translation>
    </message>
    <message>
        <source>the download was still running after %1 s: %2 of %3 bytes</source>
        <translation>la descarga seguía en curso después de %1 s: %2 de %3 bytes</translation>
    </message>
    <message>
        <source>the download was still running after %1 s: %2 bytes so far</source>
        <translation>la descarga seguía en curso después de %1 s: %2 bytes hasta ahora</translation>
    </message>
    <message>
        <source>the connection was closed without an answer</source>
        <translation>la conexión se cerró sin respuesta</translation>
    </message>
    <message>
        <source>the connection was closed after %1 bytes, before the headers ended</source>
        <translation>la conexión se cerró después de %1 bytes, antes del final de los encabezados</translation>
    </message>
    <message>
        <source>the connection was closed after %1 of %2 bytes of the body</source>
        <translation>la conexión se cerró después de %1 de %2 bytes del cuerpo</translation>
    </message>
    <message>
        <source>the connection was closed after the answer (%1 bytes)</source>
        <translation>la conexión se cerró después de la respuesta (%1 bytes)</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the connection closed without an answer</source>
        <translation>la conexión se cerró sin respuesta</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the headers</source>
        <translation>la conexión se cerró en mitad de los encabezados</translation>
    </message>
    <message>
        <source>the answer is not HTTP</source>
        <translation>la respuesta no es HTTP</translation>
    </message>
    <message>
        <source>the headers are larger than 64 KiB</source>
        <translation>los encabezados superan los 64 KiB</translation>
    </message>
    <message>
        <source>the Content-Length header is invalid</source>
        <translation>el encabezado Content-Length no es válido</translation>
    </message>
    <message>
        <source>a chunk header is malformed</source>
        <translation>un encabezado de fragmento (chunk) tiene un formato incorrecto</translation>
    </message>
</context>
<context>
    <name>JUnitReportWriter</name>
    <message>
        <source>Remedy: %1</source>
        <translation>Solución: %1</translation>
    </message>
    <message>
        <source>Answered by: %1</source>
        <translation>Respondido por: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>unknown key (allowed: %1)</source>
        <translation>clave desconocida (permitidas: %1)</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 no es una cadena</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>%1 is not an array</source>
        <translation>%1 no es una matriz</translation>
    </message>
    <message>
        <source>must not be an empty array</source>
        <translation>no debe ser una matriz vacía</translation>
    </message>
    <message>
        <source>%1 is not %2 (%3)</source>
        <translation>%1 no es %2 (%3)</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON no válido en la posición %1: %2</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>el nivel superior debe ser un objeto</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>A new language applies when Netready starts again.</source>
        <translation>Un idioma nuevo se aplica cuando Netready se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <extracomment>a menu entry; %1 the name of the system&apos;s language in itself, e.g. &quot;Deutsch&quot;</extracomment>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Netready will be in %1 the next time it starts. This window stays in the current language.</source>
        <extracomment>%1 the chosen language&apos;s name in itself, e.g. &quot;Français&quot;</extracomment>
        <translation>Netready se mostrará en %1 la próxima vez que se inicie. Esta ventana se mantiene en el idioma actual.</translation>
    </message>
</context>
<context>
    <name>LogonIdentity</name>
    <message>
        <source>no Kerberos ticket for this user</source>
        <translation>no hay ningún vale de Kerberos para este usuario</translation>
    </message>
    <message>
        <source>no Kerberos ticket for this user (%1)</source>
        <translation>no hay ningún vale de Kerberos para este usuario (%1)</translation>
    </message>
    <message>
        <source>the Kerberos ticket cannot be read (%1)</source>
        <translation>no se puede leer el vale de Kerberos (%1)</translation>
    </message>
    <message>
        <source>the Kerberos ticket has expired</source>
        <translation>el vale de Kerberos ha expirado</translation>
    </message>
</context>
<context>
    <name>NetreadyWizard</name>
    <message>
        <source>Netready</source>
        <translation>Netready</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>About Netready</source>
        <translation>Acerca de Netready</translation>
    </message>
    <message>
        <source>Shows the version of Netready and its homepage</source>
        <translation>Muestra la versión de Netready y su página principal</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Chooses the language Netready uses the next time it starts</source>
        <translation>Elige el idioma que Netready usará la próxima vez que se inicie</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Usar la configuración de proxy del &amp;sistema</translation>
    </message>
    <message>
        <source>Test &amp;desktop flows along the route of the desktop flows service</source>
        <translation>Probar los flujos de &amp;escritorio por la ruta del servicio de flujos de escritorio</translation>
    </message>
    <message>
        <source>Test desktop flows as me, with m&amp;y proxy settings</source>
        <translation>Probar los flujos de escritorio con mi identidad, con m&amp;i configuración de proxy</translation>
    </message>
    <message>
        <source>Direct connection, n&amp;o proxy</source>
        <translation>Conexión directa, sin pr&amp;oxy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy</source>
        <translation>Proxy &amp;manual</translation>
    </message>
    <message>
        <source>Automatic configuration scr&amp;ipt</source>
        <translation>Script de configuración a&amp;utomática</translation>
    </message>
    <message>
        <source>Also check the re&amp;vocation path of each TLS chain</source>
        <translation>Comprobar también la ruta de re&amp;vocación de cada cadena TLS</translation>
    </message>
    <message>
        <source>How does this machine reach the internet?</source>
        <translation>¿Cómo se conecta este equipo a Internet?</translation>
    </message>
    <message>
        <source>Power Automate uses the system&apos;s proxy settings. Change them here only to test another way.</source>
        <translation>Power Automate usa la configuración de proxy del sistema. Cámbiela aquí solo para probar otra vía.</translation>
    </message>
    <message>
        <source>&amp;Run checks</source>
        <translation>E&amp;jecutar comprobaciones</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Detected: looking…</source>
        <translation>Detectado: buscando…</translation>
    </message>
    <message>
        <source>Power Automate&apos;s own proxy settings, as the desktop flows service reads them: registry values, then its Proxy.config file, then the machine&apos;s WinHTTP proxy. Gateway endpoints follow the gateway service&apos;s route.</source>
        <translation>La configuración de proxy propia de Power Automate, tal como la lee el servicio de flujos de escritorio: valores del registro, después su archivo Proxy.config y después el proxy WinHTTP del equipo. Los puntos de conexión de la puerta de enlace siguen la ruta del servicio de la puerta de enlace.</translation>
    </message>
    <message>
        <source>Your own Windows proxy settings, as Power Automate for desktop uses them while you are signed in.</source>
        <translation>Su propia configuración de proxy de Windows, tal como la usa Power Automate para escritorio mientras usted tiene la sesión iniciada.</translation>
    </message>
    <message>
        <source>Proxy of each Power Automate component</source>
        <translation>Proxy de cada componente de Power Automate</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>URL del proxy</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nombre de usuario del proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <source>Proxy U&amp;RL:</source>
        <translation>UR&amp;L del proxy:</translation>
    </message>
    <message>
        <source>Proxy authentication</source>
        <translation>Autenticación del proxy</translation>
    </message>
    <message>
        <source>Automatic: the strongest the proxy offers</source>
        <translation>Automática: la más segura que ofrezca el proxy</translation>
    </message>
    <message>
        <source>Negotiate (Kerberos, signed-in user)</source>
        <translation>Negotiate (Kerberos, usuario que ha iniciado sesión)</translation>
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
        <translation>Ninguna: no autenticarse</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>Au&amp;tenticación:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>DOMAIN\user; empty: the signed-in user where possible</source>
        <translation>DOMINIO\usuario; vacío: el usuario que ha iniciado sesión cuando sea posible</translation>
    </message>
    <message>
        <source>The password is used for this run only and is never saved.</source>
        <translation>La contraseña solo se usa para esta ejecución y nunca se guarda.</translation>
    </message>
    <message>
        <source>http://wpad.example.com/proxy.pac or a .pac file</source>
        <translation>http://wpad.example.com/proxy.pac o un archivo .pac</translation>
    </message>
    <message>
        <source>Automatic configuration script</source>
        <translation>Script de configuración automática</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Browse for a proxy auto-config script</source>
        <translation>Buscar un script de configuración automática de proxy</translation>
    </message>
    <message>
        <source>Proxy auto-config scripts (*.pac *.dat *.js)</source>
        <translation>Scripts de configuración automática de proxy (*.pac *.dat *.js)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Script a&amp;ddress:</source>
        <translation>&amp;Dirección del script:</translation>
    </message>
    <message>
        <source>&amp;Advanced settings</source>
        <translation>Confi&amp;guración avanzada</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Configuración avanzada</translation>
    </message>
    <message>
        <source>Extra trusted CA file</source>
        <translation>Archivo de CA de confianza adicional</translation>
    </message>
    <message>
        <source>PEM file, e.g. your TLS inspection&apos;s root</source>
        <translation>Archivo PEM, p. ej. la raíz de su inspección TLS</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Examina&amp;r…</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>Buscar un archivo de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificados (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout per step in seconds</source>
        <translation>Tiempo de espera por paso en segundos</translation>
    </message>
    <message>
        <source>Also check the revocation path of each TLS chain</source>
        <translation>Comprobar también la ruta de revocación de cada cadena TLS</translation>
    </message>
    <message>
        <source>Extra catalog file</source>
        <translation>Archivo de catálogo adicional</translation>
    </message>
    <message>
        <source>JSON file with your own endpoints</source>
        <translation>Archivo JSON con sus propios puntos de conexión</translation>
    </message>
    <message>
        <source>Brows&amp;e…</source>
        <translation>Ex&amp;aminar…</translation>
    </message>
    <message>
        <source>Browse for a catalog file</source>
        <translation>Buscar un archivo de catálogo</translation>
    </message>
    <message>
        <source>Catalogs (*.json)</source>
        <translation>Catálogos (*.json)</translation>
    </message>
    <message>
        <source>Extra trusted &amp;CA file:</source>
        <translation>Archivo de CA de con&amp;fianza adicional:</translation>
    </message>
    <message>
        <source>&amp;Timeout per step:</source>
        <translation>Tiempo de es&amp;pera por paso:</translation>
    </message>
    <message>
        <source>E&amp;xtra catalog file:</source>
        <translation>Arc&amp;hivo de catálogo adicional:</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detectado: %1</translation>
    </message>
    <message>
        <source>%1, on the network as %2</source>
        <translation>%1, en la red como %2</translation>
    </message>
    <message>
        <source>Power Automate for desktop and its services take the same route.</source>
        <translation>Power Automate para escritorio y sus servicios siguen la misma ruta.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s address, e.g. http://proxy.example.com:8080</source>
        <translation>Escriba la dirección del proxy, p. ej. http://proxy.example.com:8080</translation>
    </message>
    <message>
        <source>Enter the script&apos;s URL or file, e.g. http://wpad.example.com/proxy.pac</source>
        <translation>Escriba la dirección URL o el archivo del script, p. ej. http://wpad.example.com/proxy.pac</translation>
    </message>
    <message>
        <source>No readable file at this path.</source>
        <translation>No hay ningún archivo legible en esta ruta.</translation>
    </message>
    <message>
        <source>No readable file at %1.</source>
        <translation>No hay ningún archivo legible en %1.</translation>
    </message>
    <message>
        <source>Checks of this catalog need your hosts under %1: go Back to the Features page to enter them, or they are reported as needing your input.</source>
        <translation>Las comprobaciones de este catálogo necesitan sus hosts bajo %1: vuelva con Atrás a la página Funciones para escribirlos; de lo contrario, se notificarán como pendientes de un dato suyo.</translation>
    </message>
    <message>
        <source>This file holds no PEM certificate.</source>
        <translation>Este archivo no contiene ningún certificado PEM.</translation>
    </message>
</context>
<context>
    <name>OcspInspector</name>
    <message>
        <source>it could not read the request</source>
        <translation>no pudo leer la solicitud</translation>
    </message>
    <message>
        <source>it had an internal error</source>
        <translation>tuvo un error interno</translation>
    </message>
    <message>
        <source>it is busy</source>
        <translation>está ocupado</translation>
    </message>
    <message>
        <source>it wants signed requests</source>
        <translation>requiere solicitudes firmadas</translation>
    </message>
    <message>
        <source>it does not answer for this issuer</source>
        <translation>no responde para este emisor</translation>
    </message>
    <message>
        <source>unknown meaning</source>
        <translation>significado desconocido</translation>
    </message>
    <message>
        <source>Single responses: %1</source>
        <translation>Respuestas individuales: %1</translation>
    </message>
    <message>
        <source>Serial %1: %2</source>
        <translation>Número de serie %1: %2</translation>
    </message>
    <message>
        <source>The response does not mention the certificate asked about</source>
        <translation>La respuesta no menciona el certificado consultado</translation>
    </message>
    <message>
        <source>Nonce: echoed</source>
        <translation>Nonce: devuelto</translation>
    </message>
    <message>
        <source>Nonce: none sent</source>
        <translation>Nonce: no se envió ninguno</translation>
    </message>
    <message>
        <source>Nonce: not echoed (the responder may serve pre-signed answers)</source>
        <translation>Nonce: no devuelto (el respondedor puede servir respuestas firmadas previamente)</translation>
    </message>
    <message>
        <source>Nonce: present in the response only</source>
        <translation>Nonce: presente solo en la respuesta</translation>
    </message>
    <message>
        <source>Nonce: does not match the request (a replayed or cached answer?)</source>
        <translation>Nonce: no coincide con la solicitud (¿una respuesta reproducida o almacenada en caché?)</translation>
    </message>
    <message>
        <source>not checked (no issuer certificate known)</source>
        <translation>no comprobada (no se conoce ningún certificado del emisor)</translation>
    </message>
    <message>
        <source>not checked (the issuer certificate cannot be read)</source>
        <translation>no comprobada (no se puede leer el certificado del emisor)</translation>
    </message>
    <message>
        <source>not checked (%1)</source>
        <translation>no comprobada (%1)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <source>does not verify (%1)</source>
        <translation>no se verifica (%1)</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Estado HTTP: %1</translation>
    </message>
    <message>
        <source>Content-Type: %1</source>
        <translation>Content-Type: %1</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>Tamaño: %1 bytes</translation>
    </message>
    <message>
        <source>The answer is larger than 20 MB and was cut; no OCSP response is that large</source>
        <translation>La respuesta supera los 20 MB y se truncó; ninguna respuesta OCSP es tan grande</translation>
    </message>
    <message>
        <source>an OCSP response</source>
        <translation>una respuesta OCSP</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 instead of an OCSP response (the body was %2)</source>
        <translation>El servidor respondió HTTP %1 en lugar de una respuesta OCSP (el cuerpo era %2)</translation>
    </message>
    <message>
        <source>The answer is not an OCSP response but %1</source>
        <translation>La respuesta no es una respuesta OCSP, sino %1</translation>
    </message>
    <message>
        <source>Response status: %1</source>
        <translation>Estado de la respuesta: %1</translation>
    </message>
    <message>
        <source>The OCSP responder answered with responseStatus %1 (%2): it is reachable but gives no certificate status</source>
        <translation>El respondedor OCSP respondió con responseStatus %1 (%2): es accesible, pero no da ningún estado del certificado</translation>
    </message>
    <message>
        <source>The OCSP responder answered with responseStatus %1 (%2): it is reachable</source>
        <translation>El respondedor OCSP respondió con responseStatus %1 (%2): es accesible</translation>
    </message>
    <message>
        <source>The OCSP response says successful but carries no basic response</source>
        <translation>La respuesta OCSP indica successful, pero no contiene ninguna respuesta básica</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>The OCSP answer is not signed by the certificate&apos;s issuer nor by a responder it delegated to: something other than the CA answered (a filtering device or a wrong responder); signature %1</source>
        <translation>La respuesta OCSP no está firmada por el emisor del certificado ni por un respondedor delegado por este: respondió algo distinto de la CA (un dispositivo de filtrado o un respondedor incorrecto); firma %1</translation>
    </message>
    <message>
        <source>The OCSP responder answered (responseStatus successful) but without the certificate asked about; signature %1</source>
        <translation>El respondedor OCSP respondió (responseStatus successful), pero sin el certificado consultado; firma %1</translation>
    </message>
    <message>
        <source>revoked at %1 (reason: %2)</source>
        <translation>revocado el %1 (motivo: %2)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>This update: %1</source>
        <translation>Esta actualización: %1</translation>
    </message>
    <message>
        <source>Next update: %1</source>
        <translation>Próxima actualización: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>This update lies in the future: is the local clock behind?</source>
        <translation>Esta actualización está en el futuro: ¿va atrasado el reloj local?</translation>
    </message>
    <message>
        <source>The OCSP responder answers with an out-of-date status: certificate %1, next update %2 has passed (a cache or a device in between may be replaying an old answer)</source>
        <translation>El respondedor OCSP responde con un estado obsoleto: certificado %1, la próxima actualización %2 ya ha pasado (una caché o un dispositivo intermedio puede estar reproduciendo una respuesta antigua)</translation>
    </message>
    <message>
        <source>The OCSP responder answered (responseStatus successful): certificate %1, this update %2, next update %3, signature %4</source>
        <translation>El respondedor OCSP respondió (responseStatus successful): certificado %1, esta actualización %2, próxima actualización %3, firma %4</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes follow the OCSP response</source>
        <translation>
            <numerusform>hay %n byte después de la respuesta OCSP</numerusform>
            <numerusform>hay %n bytes después de la respuesta OCSP</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OcspRequestBuilder</name>
    <message>
        <source>An OCSP request needs the issuer&apos;s certificate</source>
        <translation>Una solicitud OCSP necesita el certificado del emisor</translation>
    </message>
    <message>
        <source>The issuer certificate cannot be read (PEM expected)</source>
        <translation>No se puede leer el certificado del emisor (se esperaba PEM)</translation>
    </message>
    <message>
        <source>The certificate to ask about cannot be read (PEM expected)</source>
        <translation>No se puede leer el certificado que se consulta (se esperaba PEM)</translation>
    </message>
    <message>
        <source>Cannot build the OCSP certificate identifier: %1</source>
        <translation>No se puede crear el identificador de certificado OCSP: %1</translation>
    </message>
    <message>
        <source>Cannot build the OCSP request: %1</source>
        <translation>No se puede crear la solicitud OCSP: %1</translation>
    </message>
    <message>
        <source>Cannot add a nonce to the OCSP request: %1</source>
        <translation>No se puede agregar un nonce a la solicitud OCSP: %1</translation>
    </message>
    <message>
        <source>Cannot encode the OCSP request: %1</source>
        <translation>No se puede codificar la solicitud OCSP: %1</translation>
    </message>
</context>
<context>
    <name>PacAnswer</name>
    <message>
        <source>&apos;%1&apos; names no proxy (host:port); passed over</source>
        <translation>&apos;%1&apos; no indica ningún proxy (host:puerto); se omite</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HTTP proxy; passed over</source>
        <translation>&apos;%1&apos; no es un proxy HTTP; se omite</translation>
    </message>
</context>
<context>
    <name>PacDownload</name>
    <message>
        <source>the script %1 cannot be read: %2</source>
        <translation>no se puede leer el script %1: %2</translation>
    </message>
    <message>
        <source>the script %1 is larger than %2 bytes</source>
        <translation>el script %1 supera los %2 bytes</translation>
    </message>
    <message>
        <source>%1 sent no complete script within %2 s</source>
        <translation>%1 no envió un script completo en %2 s</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 supera los %2 bytes</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>no se pudo descargar %1: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of the script</source>
        <translation>%1 respondió HTTP %2 en lugar del script</translation>
    </message>
</context>
<context>
    <name>PacEvaluator</name>
    <message>
        <source>the proxy auto-config script could not be loaded: %1</source>
        <translation>no se pudo cargar el script de configuración automática de proxy: %1</translation>
    </message>
    <message>
        <source>the proxy auto-config script %1 cannot be used: %2</source>
        <translation>el script de configuración automática de proxy %1 no se puede usar: %2</translation>
    </message>
    <message>
        <source>the proxy auto-config script %1 gave no answer for %2: %3</source>
        <translation>el script de configuración automática de proxy %1 no dio ninguna respuesta para %2: %3</translation>
    </message>
    <message>
        <source>%1; it is not asked again in this run</source>
        <translation>%1; no se vuelve a consultar en esta ejecución</translation>
    </message>
    <message>
        <source>the proxy auto-config script %1 returned &quot;%2&quot; for %3: no route Netready can test (only HTTP proxies and DIRECT are)</source>
        <translation>el script de configuración automática de proxy %1 devolvió &quot;%2&quot; para %3: ninguna ruta que Netready pueda probar (solo se pueden probar proxies HTTP y DIRECT)</translation>
    </message>
</context>
<context>
    <name>PacScript</name>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (línea %2)</translation>
    </message>
    <message>
        <source>the script did not return within %1 s</source>
        <translation>el script no devolvió nada en %1 s</translation>
    </message>
    <message>
        <source>the script threw %1</source>
        <translation>el script produjo la excepción %1</translation>
    </message>
    <message>
        <source>the script defines no function FindProxyForURL</source>
        <translation>el script no define ninguna función FindProxyForURL</translation>
    </message>
    <message>
        <source>the script is not loaded</source>
        <translation>el script no está cargado</translation>
    </message>
    <message>
        <source>the script returned %1, not a string</source>
        <translation>el script devolvió %1, no una cadena</translation>
    </message>
    <message>
        <source>WinHTTP reports an error in the script (a syntax error, or it threw)</source>
        <translation>WinHTTP informa de un error en el script (un error de sintaxis, o generó una excepción)</translation>
    </message>
    <message>
        <source>WinHTTP could not download the script (it reads http:// and https:// URLs only)</source>
        <translation>WinHTTP no pudo descargar el script (solo lee direcciones URL http:// y https://)</translation>
    </message>
    <message>
        <source>WinHTTP found no script</source>
        <translation>WinHTTP no encontró ningún script</translation>
    </message>
    <message>
        <source>WinHTTP error %1</source>
        <translation>error de WinHTTP %1</translation>
    </message>
    <message>
        <source>this Windows has no engine for scripts in files (jsproxy.dll); give the script as an http:// or https:// URL</source>
        <translation>este Windows no tiene motor para scripts en archivos (jsproxy.dll); indique el script como una URL http:// o https://</translation>
    </message>
    <message>
        <source>another script from a file is in use in this process</source>
        <translation>otro script de un archivo ya está en uso en este proceso</translation>
    </message>
    <message>
        <source>the script could not be loaded by jsproxy.dll: error %1</source>
        <translation>jsproxy.dll no pudo cargar el script: error %1</translation>
    </message>
    <message>
        <source>WinHTTP is not available: error %1</source>
        <translation>WinHTTP no está disponible: error %1</translation>
    </message>
    <message>
        <source>the script gave no answer: a syntax error, it threw, or FindProxyForURL is missing (jsproxy.dll error %1)</source>
        <translation>el script no dio ninguna respuesta: un error de sintaxis, una excepción o falta FindProxyForURL (error de jsproxy.dll %1)</translation>
    </message>
    <message>
        <source>the JavaScript engine for proxy auto-config scripts could not be loaded (%1); reinstall Netready</source>
        <translation>no se pudo cargar el motor de JavaScript para los scripts de configuración automática del proxy (%1); reinstale Netready</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>PlaceholderRules</name>
    <message>
        <source>&apos;%1&apos; is neither a host name nor an http(s) URL</source>
        <translation>&apos;%1&apos; no es ni un nombre de host ni una dirección URL http(s)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: leave out the user name, only the host name is checked</source>
        <translation>&apos;%1&apos;: omita el nombre de usuario; solo se comprueba el nombre de host</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an IP address: a host name is needed</source>
        <translation>&apos;%1&apos; es una dirección IP: se necesita un nombre de host</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a port (1 to 65535)</source>
        <translation>&apos;%1&apos;: &apos;%2&apos; no es un puerto (de 1 a 65535)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: leave out the port %2, the checks use the ports the catalog lists</source>
        <translation>&apos;%1&apos;: omita el puerto %2; las comprobaciones usan los puertos que indica el catálogo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL: the part after the host name holds spaces or characters a URL does not allow</source>
        <translation>&apos;%1&apos; no es una dirección URL válida: la parte posterior al nombre de host contiene espacios o caracteres que una dirección URL no admite</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a namespace name: 6 to 50 letters, digits and hyphens, starting with a letter</source>
        <translation>&apos;%1&apos; no es un nombre de espacio de nombres: de 6 a 50 letras, dígitos y guiones, empezando por una letra</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: environment addresses start with https://</source>
        <translation>&apos;%1&apos;: las direcciones de entorno empiezan por https://</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host under %2, which {%3} stands for in the %4 cloud</source>
        <translation>&apos;%1&apos; no es un host bajo %2, que es lo que representa {%3} en la nube %4</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an environment of the %2 cloud, not of %3: check the cloud you chose</source>
        <translation>&apos;%1&apos; es un entorno de la nube %2, no de %3: compruebe la nube que eligió</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an environment address of the %2 cloud: it ends in .%3, e.g. %4</source>
        <translation>&apos;%1&apos; no es una dirección de entorno de la nube %2: termina en .%3, p. ej. %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Service Bus namespace of the %2 cloud (expected a name or name.%3)</source>
        <translation>&apos;%1&apos; no es un espacio de nombres de Service Bus de la nube %2 (se esperaba un nombre o nombre.%3)</translation>
    </message>
    <message>
        <source>contoso-relay or contoso-relay.%1</source>
        <translation>contoso-relay o contoso-relay.%1</translation>
    </message>
</context>
<context>
    <name>ProxyAuthenticator</name>
    <message>
        <source>not tried: the proxy does not offer it (it offers %1)</source>
        <translation>no probado: el proxy no lo ofrece (ofrece %1)</translation>
    </message>
    <message>
        <source>not tried: this build of libcurl cannot do it</source>
        <translation>no probado: esta compilación de libcurl no lo admite</translation>
    </message>
    <message>
        <source>not tried: %1</source>
        <translation>no probado: %1</translation>
    </message>
    <message>
        <source>not tried: it needs a user name (DOMAIN\user for NTLM) and a password, and none was given</source>
        <translation>no probado: necesita un nombre de usuario (DOMINIO\usuario para NTLM) y una contraseña, y no se indicó ninguno</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>ninguna respuesta</translation>
    </message>
    <message>
        <source>proxy CONNECT with %1: %2</source>
        <translation>CONNECT del proxy con %1: %2</translation>
    </message>
    <message>
        <source>proxy request with %1: %2</source>
        <translation>solicitud al proxy con %1: %2</translation>
    </message>
    <message>
        <source>authenticated as %1</source>
        <translation>autenticado como %1</translation>
    </message>
    <message>
        <source>the proxy rejected the Kerberos ticket of %1</source>
        <translation>el proxy rechazó el vale de Kerberos de %1</translation>
    </message>
    <message>
        <source>the proxy rejected the credentials of %1 (wrong user name or password)</source>
        <translation>el proxy rechazó las credenciales de %1 (nombre de usuario o contraseña incorrectos)</translation>
    </message>
    <message>
        <source>the proxy answered %1</source>
        <translation>el proxy respondió %1</translation>
    </message>
    <message>
        <source>not supported by Netready</source>
        <translation>no admitido por Netready</translation>
    </message>
    <message>
        <source>no scheme named</source>
        <translation>no se indica ningún esquema</translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2); authentication is turned off</source>
        <translation>el proxy %1 requiere autenticación (%2); la autenticación está desactivada</translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2), and no scheme could be tried</source>
        <translation>el proxy %1 requiere autenticación (%2) y no se pudo probar ningún esquema</translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2), and no scheme succeeded: %3</source>
        <translation>el proxy %1 requiere autenticación (%2) y ningún esquema funcionó: %3</translation>
    </message>
</context>
<context>
    <name>ProxyResolver</name>
    <message>
        <source>direct: the bypass list&apos;s entry &apos;%1&apos; matches %2</source>
        <translation>directo: la entrada &apos;%1&apos; de la lista de omisión coincide con %2</translation>
    </message>
    <message>
        <source>the system proxy %1:%2 is not an HTTP proxy; checked directly</source>
        <translation>el proxy del sistema %1:%2 no es un proxy HTTP; se comprueba directamente</translation>
    </message>
</context>
<context>
    <name>ProxySetting</name>
    <message>
        <source>&apos;%1&apos; is not a proxy URL (expected http://host:port)</source>
        <translation>&apos;%1&apos; no es una dirección URL de proxy (se esperaba http://host:puerto)</translation>
    </message>
    <message>
        <source>proxy scheme &apos;%1&apos; is not supported (use http://)</source>
        <translation>el esquema de proxy &apos;%1&apos; no se admite (use http://)</translation>
    </message>
    <message>
        <source>proxy URL needs a port, e.g. http://%1:8080</source>
        <translation>la dirección URL del proxy necesita un puerto, p. ej. http://%1:8080</translation>
    </message>
    <message>
        <source>proxy URL must not have a path</source>
        <translation>la dirección URL del proxy no debe tener ruta</translation>
    </message>
    <message>
        <source>no proxy auto-config script given</source>
        <translation>no se indicó ningún script de configuración automática de proxy</translation>
    </message>
    <message>
        <source>proxy auto-config scheme &apos;%1&apos; is not supported (use a file, http:// or https://)</source>
        <translation>el esquema de configuración automática de proxy &apos;%1&apos; no se admite (use un archivo, http:// o https://)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file or URL of a proxy auto-config script</source>
        <translation>&apos;%1&apos; no es un archivo ni una dirección URL de un script de configuración automática de proxy</translation>
    </message>
    <message>
        <source>the proxy auto-config script %1 is not a readable file</source>
        <translation>el script de configuración automática de proxy %1 no es un archivo legible</translation>
    </message>
</context>
<context>
    <name>ProxyTunnel</name>
    <message>
        <source>the proxy %1 did not answer the CONNECT request within %2 s</source>
        <translation>el proxy %1 no respondió a la solicitud CONNECT en %2 s</translation>
    </message>
    <message>
        <source>a TLS handshake: it is an HTTPS proxy or a TLS service, not an HTTP proxy</source>
        <translation>un protocolo de enlace TLS: es un proxy HTTPS o un servicio TLS, no un proxy HTTP</translation>
    </message>
    <message>
        <source>a TLS alert: it expects TLS, not an HTTP proxy request</source>
        <translation>una alerta TLS: espera TLS, no una solicitud de proxy HTTP</translation>
    </message>
    <message>
        <source>a SOCKS 5 reply: it is a SOCKS proxy</source>
        <translation>una respuesta SOCKS 5: es un proxy SOCKS</translation>
    </message>
    <message>
        <source>a SOCKS 4 reply: it is a SOCKS proxy</source>
        <translation>una respuesta SOCKS 4: es un proxy SOCKS</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>the proxy %1 answered CONNECT with %2</source>
        <translation>el proxy %1 respondió a CONNECT con %2</translation>
    </message>
    <message>
        <source>the proxy %1 sent more than %2 bytes of headers in reply to CONNECT</source>
        <translation>el proxy %1 envió más de %2 bytes de encabezados en respuesta a CONNECT</translation>
    </message>
    <message>
        <source>the proxy %1 closed the connection without answering CONNECT</source>
        <translation>el proxy %1 cerró la conexión sin responder a CONNECT</translation>
    </message>
    <message>
        <source>the proxy %1 closed the connection in the middle of its reply (%2 bytes)</source>
        <translation>el proxy %1 cerró la conexión en mitad de su respuesta (%2 bytes)</translation>
    </message>
    <message>
        <source>bytes that are not text: %1</source>
        <translation>bytes que no son texto: %1</translation>
    </message>
</context>
<context>
    <name>PublicRoots</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>larger than %1 KB; not a list of public roots</source>
        <translation>mayor de %1 KB; no es una lista de raíces públicas</translation>
    </message>
    <message>
        <source>%1 is not a supported format (this version reads 1)</source>
        <translation>%1 no es un formato admitido (esta versión lee el 1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 no es un objeto</translation>
    </message>
    <message>
        <source>more than %1 roots</source>
        <translation>más de %1 raíces</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>más de %1 caracteres</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint (64 lower-case hex digits)</source>
        <translation>&apos;%1&apos; no es una huella digital SHA-256 (64 dígitos hexadecimales en minúsculas)</translation>
    </message>
    <message>
        <source>%1 is not the id of an entry of sources</source>
        <translation>%1 no es el id de una entrada de sources</translation>
    </message>
    <message>
        <source>this root is listed twice</source>
        <translation>esta raíz aparece dos veces</translation>
    </message>
</context>
<context>
    <name>RegionListCommand</name>
    <message>
        <source>Regions of Microsoft&apos;s list of Service Bus namespaces for the desktop flows runtime (public cloud; page of %1), with how many each region has:</source>
        <translation>Regiones de la lista de Microsoft de espacios de nombres de Service Bus para el runtime de flujos de escritorio (nube pública; página del %1), con cuántos tiene cada región:</translation>
    </message>
    <message>
        <source>--region NAME tests every namespace of one region; the name is not case-sensitive.</source>
        <translation>--region NOMBRE prueba todos los espacios de nombres de una región; el nombre no distingue mayúsculas de minúsculas.</translation>
    </message>
    <message numerus="yes">
        <source>(%n preview)</source>
        <extracomment>after a region and its number of namespaces: how many of them serve preview environments</extracomment>
        <translation>
            <numerusform>(%n en versión preliminar)</numerusform>
            <numerusform>(%n en versión preliminar)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayNamespaces</name>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 no es un objeto</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>larger than %1 KB; not a list of relay namespaces</source>
        <translation>mayor de %1 KB; no es una lista de espacios de nombres de Relay</translation>
    </message>
    <message>
        <source>%1 is not a supported version (this version reads 1)</source>
        <translation>%1 no es una versión admitida (esta versión lee la 1)</translation>
    </message>
    <message>
        <source>a region name has 1 to %1 characters</source>
        <translation>un nombre de región tiene de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>the region &apos;%1&apos; is listed twice</source>
        <translation>la región &apos;%1&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a namespace host: one lower-case label below servicebus.windows.net</source>
        <translation>&apos;%1&apos; no es un host de espacio de nombres: una sola etiqueta en minúsculas bajo servicebus.windows.net</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 no es true ni false</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 aparece dos veces</translation>
    </message>
    <message>
        <source>more than %1 namespaces</source>
        <translation>más de %1 espacios de nombres</translation>
    </message>
</context>
<context>
    <name>Remedies</name>
    <message>
        <source>Authentication at the proxy was turned off for this run (--proxy-auth none): allow it (--proxy-auth auto) to test past the proxy.</source>
        <translation>La autenticación en el proxy se desactivó para esta ejecución (--proxy-auth none): permítala (--proxy-auth auto) para probar más allá del proxy.</translation>
    </message>
    <message>
        <source>%1: get a Kerberos ticket for the user first (sign in to the domain, or run kinit user@REALM).</source>
        <translation>%1: obtenga primero un vale de Kerberos para el usuario (inicie sesión en el dominio o ejecute kinit usuario@REALM).</translation>
    </message>
    <message>
        <source>%1: give the proxy user (--proxy-user DOMAIN\user, or on the Network page) and its password.</source>
        <translation>%1: indique el usuario del proxy (--proxy-user DOMINIO\usuario, o en la página Red) y su contraseña.</translation>
    </message>
    <message>
        <source>%1: check the user name and password (for NTLM and Kerberos also the domain) and that the account may use the proxy.</source>
        <translation>%1: compruebe el nombre de usuario y la contraseña (para NTLM y Kerberos, también el dominio) y que la cuenta pueda usar el proxy.</translation>
    </message>
    <message>
        <source>%1: not supported here; ask the proxy administrators to offer Negotiate, NTLM, Digest or Basic as well.</source>
        <translation>%1: no se admite aquí; pida a los administradores del proxy que ofrezcan también Negotiate, NTLM, Digest o Basic.</translation>
    </message>
    <message>
        <source>%1: the proxy does not offer it; choose a scheme it offers, or auto.</source>
        <translation>%1: el proxy no lo ofrece; elija un esquema que ofrezca, o auto.</translation>
    </message>
    <message>
        <source>%1: the exchange failed (see the evidence); check the proxy&apos;s authentication setup.</source>
        <translation>%1: el intercambio falló (consulte las evidencias); revise la configuración de autenticación del proxy.</translation>
    </message>
    <message>
        <source>the filtering device</source>
        <translation>el dispositivo de filtrado</translation>
    </message>
    <message>
        <source>Microsoft still lists %1, but its owner has retired it and current certificates no longer point there, so this does not block Power Automate. If older components still use it: %2</source>
        <translation>Microsoft sigue indicando %1, pero su propietario lo ha retirado y los certificados actuales ya no apuntan allí, por lo que esto no bloquea Power Automate. Si los componentes antiguos aún lo usan: %2</translation>
    </message>
    <message>
        <source>Microsoft still lists %1, but their owner has retired them and current certificates no longer point there, so this does not block Power Automate. If older components still use them: %2</source>
        <translation>Microsoft sigue indicando %1, pero su propietario los ha retirado y los certificados actuales ya no apuntan allí, por lo que esto no bloquea Power Automate. Si los componentes antiguos aún los usan: %2</translation>
    </message>
    <message>
        <source>Nothing to change. This host is listed by Microsoft but retired by its owner; allowing it does no harm.</source>
        <translation>No hay nada que cambiar. Microsoft indica este host, pero su propietario lo ha retirado; permitirlo no causa ningún problema.</translation>
    </message>
    <message>
        <source>Make %1 resolvable from this machine: check the DNS servers and any DNS filter, or use a proxy that resolves internet names.</source>
        <translation>Haga que %1 se pueda resolver desde este equipo: compruebe los servidores DNS y cualquier filtro DNS, o use un proxy que resuelva nombres de Internet.</translation>
    </message>
    <message>
        <source>Allow HTTP 80 to the revocation servers: %1 on TCP %2 (outbound). Windows checks certificate revocation there; blocked, desktop flows start slowly or fail.</source>
        <translation>Permita HTTP 80 a los servidores de revocación: %1 en TCP %2 (saliente). Windows comprueba allí la revocación de certificados; si está bloqueado, los flujos de escritorio se inician lentamente o fallan.</translation>
    </message>
    <message>
        <source>Allow outbound %1 to %2 in the firewall (a device actively rejects it).</source>
        <translation>Permita %1 saliente a %2 en el firewall (un dispositivo lo rechaza activamente).</translation>
    </message>
    <message>
        <source>Allow outbound %1 to %2 in the firewall (packets are silently dropped).</source>
        <translation>Permita %1 saliente a %2 en el firewall (los paquetes se descartan sin aviso).</translation>
    </message>
    <message>
        <source>Let TLS to %1 on port %2 through unchanged: a device in between ends or breaks the handshake. Exclude it from TLS inspection and protocol filtering.</source>
        <translation>Deje pasar sin cambios TLS a %1 en el puerto %2: un dispositivo intermedio termina o interrumpe el protocolo de enlace. Exclúyalo de la inspección TLS y del filtrado de protocolos.</translation>
    </message>
    <message>
        <source>Exclude %1 from TLS inspection, or install the inspecting CA&apos;s root in this machine&apos;s trusted root store (and in the store of the account that runs the service).</source>
        <translation>Excluya %1 de la inspección TLS o instale la raíz de la CA de inspección en el almacén de raíces de confianza de este equipo (y en el almacén de la cuenta que ejecuta el servicio).</translation>
    </message>
    <message>
        <source>Something answers for %1 with another site&apos;s certificate: check DNS, hosts file and proxy rules for this name, and exclude it from TLS inspection.</source>
        <translation>Algo responde en nombre de %1 con el certificado de otro sitio: compruebe el DNS, el archivo hosts y las reglas del proxy para este nombre, y exclúyalo de la inspección TLS.</translation>
    </message>
    <message>
        <source>Exclude %1 from TLS inspection: Power Automate and the gateway pin Microsoft&apos;s certificate chains, and WebSocket relay traffic breaks when inspected.</source>
        <translation>Excluya %1 de la inspección TLS: Power Automate y la puerta de enlace anclan las cadenas de certificados de Microsoft, y el tráfico de retransmisión WebSocket se interrumpe cuando se inspecciona.</translation>
    </message>
    <message>
        <source>Check this machine&apos;s date and time first. If they are right, a device in between serves an outdated certificate for %1: exclude it from TLS inspection, or renew the device&apos;s certificate.</source>
        <translation>Compruebe primero la fecha y la hora de este equipo. Si son correctas, un dispositivo intermedio sirve un certificado expirado para %1: exclúyalo de la inspección TLS o renueve el certificado del dispositivo.</translation>
    </message>
    <message>
        <source>Allow HTTP 80 to the certificate authority&apos;s AIA address named in the detail, so that Windows can fetch the missing intermediate certificate of %1, or have the device that answers send its whole chain.</source>
        <translation>Permita HTTP 80 a la dirección AIA de la entidad de certificación indicada en el detalle, para que Windows pueda obtener el certificado intermedio que falta de %1, o haga que el dispositivo que responde envíe su cadena completa.</translation>
    </message>
    <message>
        <source>Power Automate needs TLS 1.2 or later: whatever answers for %1 offers only older versions. Exclude it from TLS inspection, or update the device&apos;s TLS settings.</source>
        <translation>Power Automate necesita TLS 1.2 o posterior: lo que responde en nombre de %1 solo ofrece versiones anteriores. Exclúyalo de la inspección TLS o actualice la configuración TLS del dispositivo.</translation>
    </message>
    <message>
        <source>The device that answers for %1 offers no cipher Windows and Power Automate accept: exclude it from TLS inspection, or enable TLS 1.2 ciphers with ECDHE and AES-GCM on it.</source>
        <translation>El dispositivo que responde en nombre de %1 no ofrece ningún cifrado que acepten Windows y Power Automate: exclúyalo de la inspección TLS o habilite en él cifrados TLS 1.2 con ECDHE y AES-GCM.</translation>
    </message>
    <message>
        <source>Ask the team that runs %1 to allow %2 (and to exempt it from TLS inspection): it answers with its own block page instead of the service.</source>
        <translation>Pida al equipo que administra %1 que permita %2 (y que lo exima de la inspección TLS): responde con su propia página de bloqueo en lugar del servicio.</translation>
    </message>
    <message>
        <source>Allow HTTPS traffic to %1 to pass unchanged: the connection opens but no HTTP answer comes back (a filtering device holds or drops it).</source>
        <translation>Permita que el tráfico HTTPS a %1 pase sin cambios: la conexión se abre, pero no vuelve ninguna respuesta HTTP (un dispositivo de filtrado la retiene o la descarta).</translation>
    </message>
    <message>
        <source>Allow traffic to %1 to pass unchanged: the connection opens but the answer does not come within the timeout (a filtering device holds it, or the link is very slow).</source>
        <translation>Permita que el tráfico a %1 pase sin cambios: la conexión se abre, pero la respuesta no llega dentro del tiempo de espera (un dispositivo de filtrado la retiene o el enlace es muy lento).</translation>
    </message>
    <message>
        <source>Check the proxy setting: %1 does not answer from this machine. Fix the address or port, or allow this machine to reach it.</source>
        <translation>Compruebe la configuración del proxy: %1 no responde desde este equipo. Corrija la dirección o el puerto, o permita que este equipo llegue a él.</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>el proxy</translation>
    </message>
    <message>
        <source>The proxy requires authentication: configure it for the account that runs the service (the desktop flows runtime and the gateway run as service accounts), or exempt %1 from proxy authentication.</source>
        <translation>El proxy requiere autenticación: configúrela para la cuenta que ejecuta el servicio (el runtime de flujos de escritorio y la puerta de enlace se ejecutan como cuentas de servicio) o exima %1 de la autenticación del proxy.</translation>
    </message>
    <message>
        <source>Ask the proxy administrators to allow %1 to %2 (the proxy refused it; see its reply).</source>
        <translation>Pida a los administradores del proxy que permitan %1 a %2 (el proxy lo rechazó; consulte su respuesta).</translation>
    </message>
    <message>
        <source>Ask the team that runs %1 to allow %2 to %3 (it refused the connection; see its reply).</source>
        <translation>Pida al equipo que administra %1 que permita %2 a %3 (rechazó la conexión; consulte su respuesta).</translation>
    </message>
    <message>
        <source>Check the proxy setting: %1 does not speak the HTTP proxy protocol (it may be a SOCKS or HTTPS proxy, or another service on that port). Use the address and port of the HTTP proxy.</source>
        <translation>Compruebe la configuración del proxy: %1 no habla el protocolo de proxy HTTP (puede ser un proxy SOCKS o HTTPS, u otro servicio en ese puerto). Use la dirección y el puerto del proxy HTTP.</translation>
    </message>
    <message>
        <source>Fix the proxy auto-config script or its address (the detail says what went wrong): without an answer from it, nothing on this machine that uses it can choose a proxy for %1.</source>
        <translation>Corrija el script de configuración automática de proxy o su dirección (el detalle indica qué falló): sin una respuesta suya, nada de lo que lo usa en este equipo puede elegir un proxy para %1.</translation>
    </message>
    <message>
        <source>Allow WebSocket upgrades to %1 on port %2: the proxy or inspection device must pass the Upgrade and Connection headers; exclude the host from TLS inspection.</source>
        <translation>Permita las actualizaciones a WebSocket hacia %1 en el puerto %2: el proxy o el dispositivo de inspección debe dejar pasar los encabezados Upgrade y Connection; excluya el host de la inspección TLS.</translation>
    </message>
    <message>
        <source>Synchronize this machine&apos;s clock (Windows Time service or NTP): sign-in tokens fail when the clock is off by more than 5 minutes.</source>
        <translation>Sincronice el reloj de este equipo (servicio Hora de Windows o NTP): los tokens de inicio de sesión fallan cuando el reloj tiene un desfase de más de 5 minutos.</translation>
    </message>
    <message>
        <source>Apply the same proxy settings to all four *.Proxy.config files of Power Automate for desktop (PAD, UIFlowService, LogShipper, UpdateService), as Microsoft advises, or set them once in the registry values under HKLM\SOFTWARE\Microsoft\Power Automate Desktop.</source>
        <translation>Aplique la misma configuración de proxy a los cuatro archivos *.Proxy.config de Power Automate para escritorio (PAD, UIFlowService, LogShipper, UpdateService), como recomienda Microsoft, o establézcala una sola vez en los valores del registro bajo HKLM\SOFTWARE\Microsoft\Power Automate Desktop.</translation>
    </message>
    <message>
        <source>Correct the settings named in the detail: proxy addresses as http://host:port, bypass entries without a leading &apos;*&apos;, registry values in the 64-bit view (not under WOW6432Node).</source>
        <translation>Corrija la configuración indicada en el detalle: direcciones de proxy como http://host:puerto, entradas de omisión sin &apos;*&apos; inicial, valores del registro en la vista de 64 bits (no bajo WOW6432Node).</translation>
    </message>
    <message>
        <source>Allow HTTP 80 to the revocation servers: something other than %1 answers (a captive portal or filtering proxy). Let plain HTTP to it through unchanged.</source>
        <translation>Permita HTTP 80 a los servidores de revocación: responde algo distinto de %1 (un portal cautivo o un proxy de filtrado). Deje pasar sin cambios HTTP sin cifrar hacia él.</translation>
    </message>
    <message>
        <source>Let plain HTTP 80 to %1 through without delay: the revocation answer did not arrive in time. Windows waits up to 15 s per revocation server, so desktop flows start slowly or fail.</source>
        <translation>Deje pasar sin demora HTTP 80 sin cifrar a %1: la respuesta de revocación no llegó a tiempo. Windows espera hasta 15 s por cada servidor de revocación, por lo que los flujos de escritorio se inician lentamente o fallan.</translation>
    </message>
    <message>
        <source>A cache or proxy serves an outdated revocation list for %1: let it fetch fresh copies, or exclude the host from caching.</source>
        <translation>Una caché o un proxy sirve una lista de revocación obsoleta para %1: permita que obtenga copias actualizadas o excluya el host del almacenamiento en caché.</translation>
    </message>
    <message>
        <source>A cache or proxy serves an outdated OCSP answer for %1: exclude the host from caching.</source>
        <translation>Una caché o un proxy sirve una respuesta OCSP obsoleta para %1: excluya el host del almacenamiento en caché.</translation>
    </message>
    <message>
        <source>The OCSP responder %1 reports an error for a well-formed request. If it persists, something between this machine and the certificate authority alters the requests: let HTTP 80 to it through unchanged.</source>
        <translation>El respondedor OCSP %1 notifica un error para una solicitud bien formada. Si persiste, algo entre este equipo y la entidad de certificación altera las solicitudes: deje pasar sin cambios HTTP 80 hacia él.</translation>
    </message>
    <message>
        <source>Run the check again.</source>
        <translation>Vuelva a ejecutar la comprobación.</translation>
    </message>
    <message>
        <source>Give &lt;defaultProxy&gt; the same settings in all three configuration files of the on-premises data gateway (Microsoft.PowerBI.EnterpriseGateway.exe.config, enterprisegatewayconfigurator.exe.config and m\Microsoft.Mashup.Container.NetFX45.exe.config), as Microsoft advises, then restart the gateway service.</source>
        <translation>Aplique la misma configuración de &lt;defaultProxy&gt; en los tres archivos de configuración de la puerta de enlace de datos local (Microsoft.PowerBI.EnterpriseGateway.exe.config, enterprisegatewayconfigurator.exe.config y m\Microsoft.Mashup.Container.NetFX45.exe.config), como recomienda Microsoft, y reinicie el servicio de la puerta de enlace.</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Inicio (UTC)</translation>
    </message>
    <message>
        <source>Started (local time)</source>
        <translation>Inicio (hora local)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Cancelled before every check finished</source>
        <translation>Cancelada antes de que terminaran todas las comprobaciones</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nube</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxies of the Power Automate components</source>
        <translation>Proxies de los componentes de Power Automate</translation>
    </message>
    <message>
        <source>Proxy of %1</source>
        <translation>Proxy de %1</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (de %2)</translation>
    </message>
    <message>
        <source>Catalogs</source>
        <translation>Catálogos</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>integrado</translation>
    </message>
    <message>
        <source>Catalog date</source>
        <translation>Fecha del catálogo</translation>
    </message>
    <message>
        <source>%1 (when its entries were last checked against Microsoft&apos;s pages)</source>
        <translation>%1 (fecha en que se comprobaron por última vez sus entradas con las páginas de Microsoft)</translation>
    </message>
    <message>
        <source>Timeout and parallel checks</source>
        <translation>Tiempo de espera y comprobaciones en paralelo</translation>
    </message>
    <message>
        <source>%1 s per phase, %2 at once</source>
        <translation>%1 s por fase, %2 a la vez</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Revocación</translation>
    </message>
    <message>
        <source>Revocation servers of every certificate chain were checked</source>
        <translation>Se comprobaron los servidores de revocación de todas las cadenas de certificados</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>%1 (Service Bus namespaces of the desktop flows runtime tested: %2)</source>
        <translation>%1 (espacios de nombres de Service Bus del runtime de flujos de escritorio probados: %2)</translation>
    </message>
    <message>
        <source>Clock skew: %1</source>
        <extracomment>%1 how far this machine&apos;s clock is off; %2 the servers&apos; host names</extracomment>
        <translation>Desfase del reloj: %1</translation>
    </message>
    <message>
        <source>Clock skew: not measured (no server sent a Date header)</source>
        <translation>Desfase del reloj: no medido (ningún servidor envió un encabezado Date)</translation>
    </message>
    <message>
        <source>DNS: no public name pointed at a private or sinkhole address</source>
        <translation>DNS: ningún nombre público apuntaba a una dirección privada o sinkhole</translation>
    </message>
    <message>
        <source>DNS: %1</source>
        <translation>DNS: %1</translation>
    </message>
    <message>
        <source>IPv4: %1</source>
        <translation>IPv4: %1</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>accesible</translation>
    </message>
    <message>
        <source>no check connected over IPv4</source>
        <translation>ninguna comprobación se conectó por IPv4</translation>
    </message>
    <message>
        <source>IPv6: reachable</source>
        <translation>IPv6: accesible</translation>
    </message>
    <message>
        <source>IPv6: names have IPv6 addresses, but no check connected over IPv6</source>
        <translation>IPv6: los nombres tienen direcciones IPv6, pero ninguna comprobación se conectó por IPv6</translation>
    </message>
    <message>
        <source>IPv6: not used (no IPv6 addresses resolved)</source>
        <translation>IPv6: no se usa (no se resolvió ninguna dirección IPv6)</translation>
    </message>
    <message>
        <source>WPAD: discovery finds a proxy auto-config script at %1 (information only; this run did not use it)</source>
        <translation>WPAD: la detección encuentra un script de configuración automática de proxy en %1 (solo informativo; esta ejecución no lo usó)</translation>
    </message>
    <message>
        <source>WPAD: not looked for: %1</source>
        <translation>WPAD: no se buscó: %1</translation>
    </message>
    <message>
        <source>WPAD: discovery finds no proxy auto-config script</source>
        <translation>WPAD: la detección no encuentra ningún script de configuración automática de proxy</translation>
    </message>
    <message>
        <source>WPAD: discovery finds no proxy auto-config script (asked %1)</source>
        <translation>WPAD: la detección no encuentra ningún script de configuración automática de proxy (se consultó %1)</translation>
    </message>
    <message>
        <source>Documented host: %1</source>
        <translation>Host documentado: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>Retired: still listed by the documentation, but retired by its owner</source>
        <translation>Retirado: la documentación aún lo indica, pero su propietario lo ha retirado</translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation>Direcciones: %1</translation>
    </message>
    <message>
        <source>Connected to: %1</source>
        <translation>Conectado a: %1</translation>
    </message>
    <message>
        <source>Proxy: none (direct connection)</source>
        <translation>Proxy: ninguno (conexión directa)</translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <translation>Proxy: %1</translation>
    </message>
    <message>
        <source>Phase %1: ok in %2</source>
        <translation>Fase %1: correcta en %2</translation>
    </message>
    <message>
        <source>Phase %1: failed after %2</source>
        <translation>Fase %1: error después de %2</translation>
    </message>
    <message>
        <source>Phase %1: failed after %2: %3</source>
        <translation>Fase %1: error después de %2: %3</translation>
    </message>
    <message>
        <source>TLS: %1 %2</source>
        <translation>TLS: %1 %2</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Certificado: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Emitido por: %1</translation>
    </message>
    <message>
        <source>Root: %1</source>
        <translation>Raíz: %1</translation>
    </message>
    <message>
        <source>Root: %1 (SHA-256 %2)</source>
        <translation>Raíz: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>Cadena: %1</translation>
    </message>
    <message>
        <source>OCSP responders: %1</source>
        <translation>Respondedores OCSP: %1</translation>
    </message>
    <message>
        <source>CRL distribution points: %1</source>
        <translation>Puntos de distribución de CRL: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1 %2</source>
        <translation>Estado HTTP: %1 %2</translation>
    </message>
    <message>
        <source>Server date: %1</source>
        <translation>Fecha del servidor: %1</translation>
    </message>
    <message>
        <source>Power Automate network readiness</source>
        <translation>Preparación de la red para Power Automate</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>el fallo de %1: %2</translation>
    </message>
    <message>
        <source>Proxy auto-config script returned &quot;%1&quot;; no route used</source>
        <translation>El script de configuración automática de proxy devolvió &quot;%1&quot;; no se usó ninguna ruta</translation>
    </message>
    <message>
        <source>Proxy auto-config script returned &quot;%1&quot;; used %2</source>
        <translation>El script de configuración automática de proxy devolvió &quot;%1&quot;; se usó %2</translation>
    </message>
    <message>
        <source> after %1</source>
        <translation> tras %1</translation>
    </message>
    <message>
        <source>direct connection</source>
        <translation>conexión directa</translation>
    </message>
    <message>
        <source>none (direct connection)</source>
        <translation>ninguno (conexión directa)</translation>
    </message>
    <message>
        <source>manual: %1</source>
        <translation>manual: %1</translation>
    </message>
    <message>
        <source>proxy auto-config script %1 (chosen per check)</source>
        <translation>script de configuración automática de proxy %1 (elegido por comprobación)</translation>
    </message>
    <message>
        <source>system settings: %1 (from the proxy auto-config script %2)</source>
        <translation>configuración del sistema: %1 (del script de configuración automática de proxy %2)</translation>
    </message>
    <message>
        <source>system settings: %1 (desktop flows tested as you)</source>
        <translation>configuración del sistema: %1 (flujos de escritorio probados con su identidad)</translation>
    </message>
    <message>
        <source>system settings: %1 (desktop flows along the desktop flows service&apos;s route, gateway along the gateway service&apos;s)</source>
        <translation>configuración del sistema: %1 (flujos de escritorio por la ruta del servicio de flujos de escritorio, puerta de enlace por la del servicio de la puerta de enlace)</translation>
    </message>
    <message>
        <source>system settings: %1</source>
        <translation>configuración del sistema: %1</translation>
    </message>
    <message>
        <source>local clock is %1 s behind the servers</source>
        <translation>el reloj local va %1 s por detrás de los servidores</translation>
    </message>
    <message>
        <source>local clock is %1 s ahead of the servers</source>
        <translation>el reloj local va %1 s por delante de los servidores</translation>
    </message>
    <message>
        <source>Clock skew: %1 (compared with %2)</source>
        <translation>Desfase del reloj: %1 (en comparación con %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n checks: %1 passed, %2 with warnings, %3 failed, %4 skipped</source>
        <extracomment>%n the number of checks; %1 how many of them passed, %2 warned, %3 failed, %4 were skipped</extracomment>
        <translation>
            <numerusform>%n comprobación: %1 correctas, %2 con advertencias, %3 con errores, %4 omitidas</numerusform>
            <numerusform>%n comprobaciones: %1 correctas, %2 con advertencias, %3 con errores, %4 omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>a date and time of day in Coordinated Universal Time</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Written by %1 %2.</source>
        <translation>Generado por %1 %2.</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>report file name is empty</source>
        <translation>el nombre del archivo de informe está vacío</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: unknown extension &apos;%2&apos; (use %3)</source>
        <translation>archivo de informe &apos;%1&apos;: extensión desconocida &apos;%2&apos; (use %3)</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos; is given more than once</source>
        <translation>el archivo de informe &apos;%1&apos; se indica más de una vez</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: directory &apos;%2&apos; does not exist</source>
        <translation>archivo de informe &apos;%1&apos;: el directorio &apos;%2&apos; no existe</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: &apos;%2&apos; is not a directory</source>
        <translation>archivo de informe &apos;%1&apos;: &apos;%2&apos; no es un directorio</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos; is a directory</source>
        <translation>el archivo de informe &apos;%1&apos; es un directorio</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos; exists and cannot be overwritten</source>
        <translation>el archivo de informe &apos;%1&apos; existe y no se puede sobrescribir</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: cannot write in directory &apos;%2&apos;</source>
        <translation>archivo de informe &apos;%1&apos;: no se puede escribir en el directorio &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown extension</source>
        <translation>extensión desconocida</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: %2</source>
        <translation>archivo de informe &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punto de conexión</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>documented as %1</source>
        <translation>documentado como %1</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Qué hay que cambiar</translation>
    </message>
    <message>
        <source>Each check</source>
        <translation>Cada comprobación</translation>
    </message>
    <message>
        <source>Remedy:</source>
        <translation>Solución:</translation>
    </message>
    <message>
        <source>Allowlist for this selection</source>
        <translation>Lista de permitidos para esta selección</translation>
    </message>
    <message>
        <source>The selection lists no endpoints.</source>
        <translation>La selección no enumera ningún punto de conexión.</translation>
    </message>
    <message>
        <source>Domains grouped by protocol and port, ready to paste into a firewall or proxy request.</source>
        <translation>Dominios agrupados por protocolo y puerto, listos para pegar en una solicitud de firewall o de proxy.</translation>
    </message>
    <message>
        <source>Service Bus namespaces of the region %1</source>
        <translation>Espacios de nombres de Service Bus de la región %1</translation>
    </message>
    <message>
        <source>Microsoft lists these namespaces for the desktop flows runtime in this region; a firewall that allows all of them need not allow *.servicebus.windows.net.</source>
        <translation>Microsoft indica estos espacios de nombres para el runtime de flujos de escritorio en esta región; un firewall que los permita todos no necesita permitir *.servicebus.windows.net.</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Espacio de nombres</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>versión preliminar</translation>
    </message>
    <message>
        <source>%1 on port %2</source>
        <translation>%1 en el puerto %2</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>no probado</translation>
    </message>
    <message>
        <source>Proxy auto-config</source>
        <translation>Configuración automática de proxy</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message numerus="yes">
        <source>%n checks</source>
        <translation>
            <numerusform>%n comprobación</numerusform>
            <numerusform>%n comprobaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>Copiar &amp;resumen</translation>
    </message>
    <message>
        <source>Copy a&amp;llowlist</source>
        <translation>Copiar &amp;lista de permitidos</translation>
    </message>
    <message>
        <source>Co&amp;mpare with an earlier report…</source>
        <translation>Co&amp;mparar con un informe anterior…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Select a check to see what it found and what to change.</source>
        <translation>Seleccione una comprobación para ver qué encontró y qué hay que cambiar.</translation>
    </message>
    <message>
        <source>All checks</source>
        <translation>Todas las comprobaciones</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Solo problemas</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Mo&amp;strar:</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>nombre de host</translation>
    </message>
    <message>
        <source>Search by host</source>
        <translation>Buscar por host</translation>
    </message>
    <message>
        <source>Search &amp;host:</source>
        <translation>&amp;Buscar host:</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Details of the selected check</source>
        <translation>Detalles de la comprobación seleccionada</translation>
    </message>
    <message>
        <source>Select a check to see its details.</source>
        <translation>Seleccione una comprobación para ver sus detalles.</translation>
    </message>
    <message>
        <source>What changed since a JSON report saved before: fixed, broken, still failing.</source>
        <translation>Qué ha cambiado desde un informe JSON guardado anteriormente: qué se corrigió, qué dejó de funcionar y qué sigue fallando.</translation>
    </message>
    <message>
        <source>This machine&apos;s network lets the selected features work.</source>
        <translation>La red de este equipo permite que funcionen las funciones seleccionadas.</translation>
    </message>
    <message>
        <source>The selected features can work; look at the warnings.</source>
        <translation>Las funciones seleccionadas pueden funcionar; revise las advertencias.</translation>
    </message>
    <message>
        <source>Some endpoints cannot be reached. Show the problems below for what to change.</source>
        <translation>No se puede llegar a algunos puntos de conexión. Muestre los problemas a continuación para ver qué hay que cambiar.</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Informe HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>Datos JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation>JUnit XML (*.xml)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Informe no guardado</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>The summary is on the clipboard, ready to paste into a ticket.</source>
        <translation>El resumen está en el Portapapeles, listo para pegarlo en una incidencia.</translation>
    </message>
    <message>
        <source>The allowlist is on the clipboard, grouped by protocol and port.</source>
        <translation>La lista de permitidos está en el Portapapeles, agrupada por protocolo y puerto.</translation>
    </message>
    <message>
        <source>Compare with an earlier report</source>
        <translation>Comparar con un informe anterior</translation>
    </message>
    <message>
        <source>Netready JSON report (*.json)</source>
        <translation>Informe JSON de Netready (*.json)</translation>
    </message>
    <message>
        <source>Report not compared</source>
        <translation>Informe no comparado</translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>Comparado con %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n checks passed, %2 with warnings, %3 failed, %4 skipped. The run was cancelled before every check finished.</source>
        <extracomment>%n the number of checks; %1 how many of them passed, %2 warned, %3 failed, %4 were skipped</extracomment>
        <translation>
            <numerusform>%1 de %n comprobación correcta, %2 con advertencias, %3 con errores, %4 omitidas. La ejecución se canceló antes de que terminara la comprobación.</numerusform>
            <numerusform>%1 de %n comprobaciones correctas, %2 con advertencias, %3 con errores, %4 omitidas. La ejecución se canceló antes de que terminaran todas las comprobaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n checks passed, %2 with warnings, %3 failed, %4 skipped.</source>
        <translation>
            <numerusform>%1 de %n comprobación correcta, %2 con advertencias, %3 con errores, %4 omitidas.</numerusform>
            <numerusform>%1 de %n comprobaciones correctas, %2 con advertencias, %3 con errores, %4 omitidas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportReader</name>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>a text or null</source>
        <translation>un texto o null</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is &apos;%2&apos;, expected one of: %3</source>
        <translation>el campo &apos;%1&apos; es &apos;%2&apos;; se esperaba uno de: %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is missing or is not %2</source>
        <translation>el campo &apos;%1&apos; falta o no es %2</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>no es JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <source>not a Netready report: the JSON is not an object</source>
        <translation>no es un informe de Netready: el JSON no es un objeto</translation>
    </message>
    <message>
        <source>this is a Netready %1, not a run report</source>
        <translation>esto es un %1 de Netready, no un informe de ejecución</translation>
    </message>
    <message>
        <source>not a Netready report: it has no schemaVersion or its tool is not netready</source>
        <translation>no es un informe de Netready: no tiene schemaVersion o su tool no es netready</translation>
    </message>
    <message>
        <source>report schema version %1 is not known to this Netready (it reads version %2); a newer Netready can read it</source>
        <translation>esta versión de Netready no conoce la versión %1 del esquema de informe (lee la versión %2); una versión más reciente de Netready puede leerlo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>is a directory, not a report</source>
        <translation>es un directorio, no un informe</translation>
    </message>
    <message>
        <source>too large for a report (%1 bytes)</source>
        <translation>demasiado grande para ser un informe (%1 bytes)</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>the output is not open for writing</source>
        <translation>la salida no está abierta para escritura</translation>
    </message>
    <message>
        <source>could not start the PDF</source>
        <translation>no se pudo iniciar el PDF</translation>
    </message>
    <message>
        <source>could not finish the PDF</source>
        <translation>no se pudo terminar el PDF</translation>
    </message>
    <message>
        <source>could not write: %1</source>
        <translation>no se pudo escribir: %1</translation>
    </message>
    <message>
        <source>could not write the XML</source>
        <translation>no se pudo escribir el XML</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Other checks</source>
        <translation>Otras comprobaciones</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Host and port</source>
        <translation>Host y puerto</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 passed</source>
        <extracomment>A group of checks in the results table: %n checks of %1 passed.</extracomment>
        <translation>
            <numerusform>%n de %1 correcta</numerusform>
            <numerusform>%n de %1 correctas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Cancelar ejecución</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>Ejecutar &amp;de nuevo</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Reintentar &amp;fallidas</translation>
    </message>
    <message>
        <source>Checking the endpoints</source>
        <translation>Comprobando los puntos de conexión</translation>
    </message>
    <message>
        <source>Each endpoint is tried the way Power Automate connects to it. You can cancel at any time.</source>
        <translation>Cada punto de conexión se prueba de la misma manera en que Power Automate se conecta a él. Puede cancelar en cualquier momento.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Elapsed: %1</source>
        <translation>Tiempo transcurrido: %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Stopping the previous run…</source>
        <translation>Deteniendo la ejecución anterior…</translation>
    </message>
    <message>
        <source>The checks could not start.</source>
        <translation>No se pudieron iniciar las comprobaciones.</translation>
    </message>
    <message>
        <source>Checks in this run: %1. Running…</source>
        <translation>Comprobaciones en esta ejecución: %1. En ejecución…</translation>
    </message>
    <message>
        <source>%1 passed, %2 with warnings, %3 failed, %4 skipped.</source>
        <translation>%1 correctas, %2 con advertencias, %3 con errores, %4 omitidas.</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Cancelado. %1</translation>
    </message>
    <message>
        <source>Done. %1</source>
        <translation>Finalizado. %1</translation>
    </message>
</context>
<context>
    <name>RunPlanner</name>
    <message>
        <source>your environment URL (wizard: Features page; command line: --dataverse-url https://org.crm.dynamics.com)</source>
        <translation>la dirección URL de su entorno (asistente: página Funciones; línea de comandos: --dataverse-url https://org.crm.dynamics.com)</translation>
    </message>
    <message>
        <source>a Service Bus namespace of your region (wizard: Features page; command line: --servicebus-namespace NAME)</source>
        <translation>un espacio de nombres de Service Bus de su región (asistente: página Funciones; línea de comandos: --servicebus-namespace NOMBRE)</translation>
    </message>
    <message>
        <source>a concrete host name under it (command line: --input %1=HOST)</source>
        <translation>un nombre de host concreto bajo él (línea de comandos: --input %1=HOST)</translation>
    </message>
    <message>
        <source>%1 cannot be tested without %2</source>
        <translation>%1 no se puede probar sin %2</translation>
    </message>
    <message>
        <source>a namespace of the %1 region of Microsoft&apos;s list for the desktop flows runtime; --region or the wizard&apos;s region choice tests every namespace of a region</source>
        <translation>un espacio de nombres de la región %1 de la lista de Microsoft para el runtime de flujos de escritorio; --region o la elección de región del asistente prueba todos los espacios de nombres de una región</translation>
    </message>
    <message>
        <source>a preview namespace of the %1 region</source>
        <translation>un espacio de nombres en versión preliminar de la región %1</translation>
    </message>
    <message>
        <source>a namespace of the %1 region</source>
        <translation>un espacio de nombres de la región %1</translation>
    </message>
</context>
<context>
    <name>RunSession</name>
    <message>
        <source>The chosen cloud and features need no endpoints from this catalog.</source>
        <translation>La nube y las funciones elegidas no necesitan ningún punto de conexión de este catálogo.</translation>
    </message>
</context>
<context>
    <name>RunSummary</name>
    <message>
        <source>READY</source>
        <translation>PREPARADO</translation>
    </message>
    <message>
        <source>READY WITH WARNINGS</source>
        <translation>PREPARADO CON ADVERTENCIAS</translation>
    </message>
    <message>
        <source>NOT READY</source>
        <translation>NO PREPARADO</translation>
    </message>
</context>
<context>
    <name>SummarizeCommand</name>
    <message>
        <source>--summarize: &apos;%1&apos; does not exist</source>
        <translation>--summarize: &apos;%1&apos; no existe</translation>
    </message>
    <message>
        <source>--summarize: no readable report among the files given</source>
        <translation>--summarize: no hay ningún informe legible entre los archivos indicados</translation>
    </message>
</context>
<context>
    <name>SystemProxyLookup</name>
    <message>
        <source>none (direct connection)</source>
        <translation>ninguno (conexión directa)</translation>
    </message>
    <message>
        <source>none (direct connection): %1</source>
        <translation>ninguno (conexión directa): %1</translation>
    </message>
    <message>
        <source>%1, chosen by the proxy auto-config script %2</source>
        <translation>%1, elegido por el script de configuración automática de proxy %2</translation>
    </message>
</context>
<context>
    <name>TcpRace</name>
    <message>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <source>%1: no answer (timed out)</source>
        <translation>%1: sin respuesta (se agotó el tiempo de espera)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the proxy %1 refused the connection</source>
        <translation>el proxy %1 rechazó la conexión</translation>
    </message>
    <message>
        <source>the proxy %1 did not answer within %2 s</source>
        <translation>el proxy %1 no respondió en %2 s</translation>
    </message>
    <message>
        <source>the proxy %1 cannot be reached: %2</source>
        <translation>no se puede llegar al proxy %1: %2</translation>
    </message>
    <message>
        <source>%1 refused the connection (nothing listens, or a firewall rejects it)</source>
        <translation>%1 rechazó la conexión (no hay nada escuchando o un firewall la rechaza)</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s: packets are dropped on the way</source>
        <translation>%1 no respondió en %2 s: los paquetes se descartan por el camino</translation>
    </message>
    <message>
        <source>no route to %1 (network unreachable)</source>
        <translation>no hay ruta a %1 (red inaccesible)</translation>
    </message>
    <message>
        <source>%1 has no address to connect to</source>
        <translation>%1 no tiene ninguna dirección a la que conectarse</translation>
    </message>
    <message>
        <source>could not connect to %1: %2</source>
        <translation>no se pudo conectar a %1: %2</translation>
    </message>
</context>
<context>
    <name>TextSummary</name>
    <message>
        <source>[retired]</source>
        <extracomment>after a diagnosis title: the host is listed by Microsoft but retired by its owner</extracomment>
        <translation>[retirado]</translation>
    </message>
    <message>
        <source>Proxy auto-config:</source>
        <translation>Configuración automática de proxy:</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Resumen: %1</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Veredicto: %1</translation>
    </message>
    <message>
        <source>What to change:</source>
        <translation>Qué hay que cambiar:</translation>
    </message>
    <message>
        <source>Each check:</source>
        <translation>Cada comprobación:</translation>
    </message>
</context>
<context>
    <name>TlsFailureExplainer</name>
    <message>
        <source>presented: %1, issued by %2, valid %3 to %4</source>
        <translation>presentado: %1, emitido por %2, válido del %3 al %4</translation>
    </message>
    <message>
        <source>certificate check: %1</source>
        <translation>comprobación del certificado: %1</translation>
    </message>
    <message>
        <source>TLS library: %1</source>
        <translation>biblioteca TLS: %1</translation>
    </message>
    <message>
        <source>the certificate of %1 expired on %2 (this machine&apos;s date is %3)</source>
        <translation>el certificado de %1 expiró el %2 (la fecha de este equipo es %3)</translation>
    </message>
    <message>
        <source>the certificate %1 in the chain of %2 expired on %3 (this machine&apos;s date is %4)</source>
        <translation>el certificado %1 de la cadena de %2 expiró el %3 (la fecha de este equipo es %4)</translation>
    </message>
    <message>
        <source>the certificate %1 presented for %2 is not valid before %3, and this machine&apos;s date is %4: check the clock</source>
        <translation>el certificado %1 presentado para %2 no es válido antes del %3, y la fecha de este equipo es %4: compruebe el reloj</translation>
    </message>
    <message>
        <source>%1 presents a self-signed certificate %2 that this machine does not trust (a device answers in the service&apos;s place)</source>
        <translation>%1 presenta un certificado autofirmado %2 en el que este equipo no confía (un dispositivo responde en lugar del servicio)</translation>
    </message>
    <message>
        <source>the chain of %1 ends at %2, a root this machine does not trust: TLS inspection whose root is not installed, or a device answering in the service&apos;s place</source>
        <translation>la cadena de %1 termina en %2, una raíz en la que este equipo no confía: una inspección TLS cuya raíz no está instalada o un dispositivo que responde en lugar del servicio</translation>
    </message>
    <message>
        <source>the server did not send its intermediate certificate &apos;%1&apos; for %2 (Windows may fetch it from the AIA URL %3; allow that URL)</source>
        <translation>el servidor no envió su certificado intermedio &apos;%1&apos; para %2 (Windows puede obtenerlo de la dirección URL AIA %3; permita esa dirección URL)</translation>
    </message>
    <message>
        <source>the certificate of %1 is issued by &apos;%2&apos;, which this machine does not trust (its root is not installed, or the server does not send the intermediate certificate)</source>
        <translation>el certificado de %1 lo emite &apos;%2&apos;, en el que este equipo no confía (su raíz no está instalada o el servidor no envía el certificado intermedio)</translation>
    </message>
    <message>
        <source>the certificate presented for %1 is for %2</source>
        <translation>el certificado presentado para %1 es para %2</translation>
    </message>
    <message>
        <source>the certificate presented for %1 has been revoked</source>
        <translation>el certificado presentado para %1 ha sido revocado</translation>
    </message>
    <message>
        <source>the certificate of %1 fails the checks: %2</source>
        <translation>el certificado de %1 no supera las comprobaciones: %2</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 did not complete within %2 s (the server is silent)</source>
        <translation>el protocolo de enlace TLS con %1 no se completó en %2 s (el servidor no responde)</translation>
    </message>
    <message>
        <source>%1 offers only TLS versions older than 1.2 (TLS 1.0 or 1.1); Power Automate needs TLS 1.2 or later</source>
        <translation>%1 solo ofrece versiones de TLS anteriores a la 1.2 (TLS 1.0 o 1.1); Power Automate necesita TLS 1.2 o posterior</translation>
    </message>
    <message>
        <source>%1 and this machine have no cipher in common: the server refused every cipher offered for TLS 1.2 and 1.3</source>
        <translation>%1 y este equipo no tienen ningún cifrado en común: el servidor rechazó todos los cifrados ofrecidos para TLS 1.2 y 1.3</translation>
    </message>
    <message>
        <source>%1 does not speak TLS: its first bytes are not a TLS handshake (plain HTTP or another protocol on this port)</source>
        <translation>%1 no habla TLS: sus primeros bytes no son un protocolo de enlace TLS (HTTP sin cifrar u otro protocolo en este puerto)</translation>
    </message>
    <message>
        <source>the connection to %1 was reset during the TLS handshake (a device in between cut it)</source>
        <translation>la conexión con %1 se restableció durante el protocolo de enlace TLS (un dispositivo intermedio la cortó)</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake (a device in between ends it, or the server refuses this client)</source>
        <translation>%1 cerró la conexión durante el protocolo de enlace TLS (un dispositivo intermedio la termina o el servidor rechaza este cliente)</translation>
    </message>
    <message>
        <source>no TLS handshake with %1 (the handshake broke off)</source>
        <translation>ningún protocolo de enlace TLS con %1 (el protocolo de enlace se interrumpió)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Is this machine ready for Power Automate?</source>
        <translation>¿Está este equipo preparado para Power Automate?</translation>
    </message>
    <message>
        <source>Netready tests, before you install anything, whether this network lets Power Automate work.</source>
        <translation>Netready comprueba, antes de que instale nada, si esta red permite que Power Automate funcione.</translation>
    </message>
    <message>
        <source>&lt;p&gt;You choose your cloud and the features you use. Netready then tries every endpoint they need: name resolution, TCP connection, TLS certificate (including TLS inspection), HTTP answer, through this machine&apos;s proxy, and the certificate revocation servers Windows needs.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What it does not do:&lt;/b&gt; no data leaves this machine except the connection attempts themselves, and no sign-in is needed.&lt;/p&gt;&lt;p&gt;At the end you get a verdict, the exact fix for every problem and a report to save or send.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Usted elige su nube y las funciones que usa. Después, Netready prueba cada punto de conexión que necesitan: resolución de nombres, conexión TCP, certificado TLS (incluida la inspección TLS) y respuesta HTTP, a través del proxy de este equipo, así como los servidores de revocación de certificados que necesita Windows.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lo que no hace:&lt;/b&gt; ningún dato sale de este equipo, salvo los propios intentos de conexión, y no es necesario iniciar sesión.&lt;/p&gt;&lt;p&gt;Al final obtiene un veredicto, la corrección exacta para cada problema y un informe para guardar o enviar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About the checks</source>
        <translation>Acerca de las comprobaciones</translation>
    </message>
</context>
<context>
    <name>WpadFinder</name>
    <message>
        <source>the machine has no DNS search domain to look in</source>
        <translation>el equipo no tiene ningún dominio de búsqueda DNS en el que buscar</translation>
    </message>
    <message>
        <source>/etc/resolv.conf cannot be read: %1</source>
        <translation>no se puede leer /etc/resolv.conf: %1</translation>
    </message>
    <message>
        <source>WinHTTP&apos;s discovery failed: error %1</source>
        <translation>La detección de WinHTTP falló: error %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;netready --help&apos;.</source>
        <translation>Pruebe &apos;netready --help&apos;.</translation>
    </message>
    <message>
        <source>there is no display to show the wizard on; run the checks without one with --cli</source>
        <translation>no hay ninguna pantalla en la que mostrar el asistente; ejecute las comprobaciones sin ella con --cli</translation>
    </message>
</context>
</TS>
