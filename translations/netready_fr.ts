<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Netready</source>
        <translation>À propos de Netready</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Netready %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Checks whether this machine&apos;s network lets Microsoft Power Automate work, and says what is blocked and what to change.&lt;/p&gt;&lt;p&gt;Headless use: &lt;code&gt;netready --cli&lt;/code&gt;; every option: &lt;code&gt;netready --help&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Netready %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Vérifie si le réseau de cette machine permet à Microsoft Power Automate de fonctionner, et indique ce qui est bloqué et ce qu&apos;il faut modifier.&lt;/p&gt;&lt;p&gt;Utilisation sans interface graphique : &lt;code&gt;netready --cli&lt;/code&gt;; toutes les options : &lt;code&gt;netready --help&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AddressClassifier</name>
    <message>
        <source>resolves only to a sinkhole address (a DNS filter blocks it)</source>
        <translation>se résout uniquement en une adresse sinkhole (un filtre DNS le bloque)</translation>
    </message>
    <message>
        <source>resolves only to private or loopback addresses (split DNS or a private endpoint)</source>
        <translation>se résout uniquement en adresses privées ou de bouclage (DNS split ou point de terminaison privé)</translation>
    </message>
</context>
<context>
    <name>AddressLookup</name>
    <message>
        <source>%1 is not a valid host name</source>
        <translation>%1 n&apos;est pas un nom d&apos;hôte valide</translation>
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
        <translation>HTTPS avec mise à niveau WebSocket (TCP %1)</translation>
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
        <translation>HTTP %1 (révocation de certificats)</translation>
    </message>
    <message>
        <source>Cloud flows call your services from Azure, not from this machine: to let connectors reach services behind your firewall, allow inbound traffic from the AzureConnectors service tag; for HTTP and HTTP + Swagger actions also allow LogicApps, PowerPlatformPlex and PowerPlatformInfra.</source>
        <translation>Les flux de cloud appellent vos services depuis Azure, pas depuis cette machine : pour permettre aux connecteurs d&apos;atteindre les services situés derrière votre pare-feu, autorisez le trafic entrant provenant de l&apos;étiquette de service AzureConnectors; pour les actions HTTP et HTTP + Swagger, autorisez également LogicApps, PowerPlatformPlex et PowerPlatformInfra.</translation>
    </message>
</context>
<context>
    <name>AnswerClassifier</name>
    <message>
        <source>no scheme named</source>
        <translation>aucun schéma indiqué</translation>
    </message>
    <message>
        <source>the proxy %1 rejected the credentials given (it asks for %2)</source>
        <translation>le proxy %1 a refusé les informations d&apos;identification fournies (il demande %2)</translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2)</source>
        <translation>le proxy %1 demande une authentification (%2)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1, page &quot;%2&quot;</source>
        <translation>HTTP %1, page «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the proxy %1 answered something that is not HTTP (%2)</source>
        <translation>le proxy %1 a répondu autre chose que du HTTP (%2)</translation>
    </message>
    <message>
        <source>proxy reply: HTTP %1</source>
        <translation>réponse du proxy : HTTP %1</translation>
    </message>
    <message>
        <source>the proxy %1 refused CONNECT to %2: HTTP %3</source>
        <translation>le proxy %1 a refusé CONNECT vers %2 : HTTP %3</translation>
    </message>
    <message>
        <source>the proxy %1 refused CONNECT to %2: HTTP %3 (%4)</source>
        <translation>le proxy %1 a refusé CONNECT vers %2 : HTTP %3 (%4)</translation>
    </message>
    <message>
        <source>the refusal comes from %1: %2</source>
        <translation>refus émis par %1 : %2</translation>
    </message>
    <message>
        <source>a filtering device</source>
        <translation>un équipement de filtrage</translation>
    </message>
    <message>
        <source>the proxy %1 refused the request for %2: HTTP %3%4</source>
        <translation>le proxy %1 a refusé la requête pour %2 : HTTP %3%4</translation>
    </message>
    <message>
        <source>the proxy %1</source>
        <translation>le proxy %1</translation>
    </message>
    <message>
        <source>signs of %1: %2</source>
        <translation>%1, reconnaissable à : %2</translation>
    </message>
    <message>
        <source>%1 answers for %2 and wants authentication (%3)</source>
        <translation>%1 répond pour %2 et demande une authentification (%3)</translation>
    </message>
    <message>
        <source>%1 answered in place of %2 with its own page: %3</source>
        <translation>%1 a répondu à la place de %2 avec sa propre page : %3</translation>
    </message>
    <message>
        <source>%1 answered for %2 with an error of its own instead of the service&apos;s answer: %3</source>
        <translation>%1 a répondu pour %2 avec sa propre erreur au lieu de la réponse du service : %3</translation>
    </message>
    <message>
        <source>%1 redirects requests for %2 to %3 (a login or block page), HTTP %4</source>
        <translation>%1 redirige les requêtes pour %2 vers %3 (une page de connexion ou de blocage), HTTP %4</translation>
    </message>
    <message>
        <source>the WebSocket upgrade answer carries a wrong Sec-WebSocket-Accept: something in between rewrote it</source>
        <translation>la réponse à la mise à niveau WebSocket contient un Sec-WebSocket-Accept erroné : un équipement intermédiaire l&apos;a réécrit</translation>
    </message>
    <message>
        <source>WebSocket upgrade accepted (HTTP 101) via %1</source>
        <translation>mise à niveau WebSocket acceptée (HTTP 101) via %1</translation>
    </message>
    <message>
        <source>the WebSocket upgrade did not come through: HTTP %1 (a proxy or inspection device strips the Upgrade header)</source>
        <translation>la mise à niveau WebSocket n&apos;a pas abouti : HTTP %1 (un proxy ou un équipement d&apos;inspection supprime l&apos;en-tête Upgrade)</translation>
    </message>
    <message>
        <source>the service answered the WebSocket request with HTTP %1</source>
        <translation>le service a répondu à la requête WebSocket par HTTP %1</translation>
    </message>
</context>
<context>
    <name>BlockPageRules</name>
    <message>
        <source>%1 must be a list of patterns</source>
        <translation>%1 doit être une liste de modèles</translation>
    </message>
    <message>
        <source>%1[%2] is not a valid pattern: %3</source>
        <translation>%1[%2] n&apos;est pas un modèle valide : %3</translation>
    </message>
    <message>
        <source>%1 needs an id and a name</source>
        <translation>%1 nécessite un id et un nom</translation>
    </message>
    <message>
        <source>%1 (%2) names no source</source>
        <translation>%1 (%2) n&apos;indique aucune source</translation>
    </message>
    <message>
        <source>%1.headers[%2] needs a name and a valid pattern</source>
        <translation>%1.headers[%2] nécessite un nom et un modèle valide</translation>
    </message>
    <message>
        <source>page title &quot;%1&quot;</source>
        <translation>titre de page «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>page text &quot;%1&quot;</source>
        <translation>texte de page «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>redirect to %1</source>
        <translation>redirection vers %1</translation>
    </message>
</context>
<context>
    <name>BodySniffer</name>
    <message>
        <source>an empty body</source>
        <translation>un corps vide</translation>
    </message>
    <message>
        <source>a DER structure cut short (%1 of %2 bytes)</source>
        <translation>une structure DER tronquée (%1 octets sur %2)</translation>
    </message>
    <message>
        <source>a DER structure of another kind (%1 bytes)</source>
        <translation>une structure DER d&apos;un autre type (%1 octets)</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>une page HTML</translation>
    </message>
    <message>
        <source>an HTML page (title: &quot;%1&quot;)</source>
        <translation>une page HTML (titre : «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>an XML document</source>
        <translation>un document XML</translation>
    </message>
    <message>
        <source>a PEM block of type %1</source>
        <translation>un bloc PEM de type %1</translation>
    </message>
    <message>
        <source>a JSON document</source>
        <translation>un document JSON</translation>
    </message>
    <message>
        <source>text starting with &quot;%1&quot;</source>
        <translation>du texte commençant par «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 bytes of binary data starting with %2</source>
        <translation>%1 octets de données binaires commençant par %2</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(racine)</translation>
    </message>
    <message>
        <source>a catalog must be a JSON object</source>
        <translation>un catalogue doit être un objet JSON</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>%1 is not a supported schema version (this version reads 1)</source>
        <translation>%1 n&apos;est pas une version de schéma prise en charge (cette version lit la version 1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date of the form YYYY-MM-DD</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint (64 hex digits)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une empreinte SHA-256 (64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>this root is listed twice</source>
        <translation>ce certificat racine figure deux fois dans la liste</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (also %2)</source>
        <translation>id en double «&#xa0;%1&#xa0;» (également %2)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>larger than %1 MB; not a catalog</source>
        <translation>plus de %1 Mo; ce n&apos;est pas un catalogue</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (already defined in %2)</source>
        <translation>id en double «&#xa0;%1&#xa0;» (déjà défini dans %2)</translation>
    </message>
</context>
<context>
    <name>CheckDetails</name>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fonctionnalités</translation>
    </message>
    <message>
        <source>Diagnosis code</source>
        <translation>Code de diagnostic</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>Connecté à</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <source>DNS note</source>
        <translation>Remarque DNS</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Réponse de</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Émis par</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Certificat racine</translation>
    </message>
    <message>
        <source>HTTP answer</source>
        <translation>Réponse HTTP</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>%1: ok (%2 ms)</source>
        <extracomment>%1 a phase of the check (dns, tcp, tls, http), %2 its duration in milliseconds</extracomment>
        <translation>%1 : ok (%2 ms)</translation>
    </message>
    <message>
        <source>%1: failed (%2 ms)</source>
        <translation>%1 : échec (%2 ms)</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>served by a public CA not in Microsoft&apos;s list: %1</source>
        <translation>servi par une autorité de certification publique absente de la liste de Microsoft : %1</translation>
    </message>
    <message>
        <source>root of the public web PKI, not one the service is known to use: &apos;%1&apos;, SHA-256 %2</source>
        <translation>racine de la PKI publique du web, mais pas l&apos;une de celles que le service utilise : «&#xa0;%1&#xa0;», SHA-256 %2</translation>
    </message>
    <message>
        <source>the certificate of %1 was issued by %2, a CA this machine trusts but not one the service uses: a TLS-inspecting device replaced it</source>
        <translation>le certificat de %1 a été émis par %2, une autorité de certification approuvée par cette machine mais que le service n&apos;utilise pas : un équipement d&apos;inspection TLS l&apos;a remplacé</translation>
    </message>
    <message>
        <source>the certificate of %1 was issued by %2, the inspection CA of %3: TLS inspection replaced the service&apos;s certificate</source>
        <translation>le certificat de %1 a été émis par %2, l&apos;autorité de certification d&apos;inspection de %3 : l&apos;inspection TLS a remplacé le certificat du service</translation>
    </message>
    <message>
        <source>inspecting root: %1, SHA-256 %2</source>
        <translation>racine d&apos;inspection : %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>%1; authenticated as %2 with %3</source>
        <translation>%1; authentifié en tant que %2 avec %3</translation>
    </message>
    <message>
        <source>%1 (proxy auto-config: through %2 after %3 failed)</source>
        <translation>%1 (configuration automatique du proxy : via %2 après l&apos;échec de %3)</translation>
    </message>
    <message>
        <source>%1; verified as you, not as the service (%2 authenticates to the proxy as itself)</source>
        <translation>%1; vérifié avec votre identité, pas avec celle du service (%2 s&apos;authentifie auprès du proxy sous sa propre identité)</translation>
    </message>
    <message>
        <source>DNS: %1</source>
        <translation>DNS : %1</translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation>Route : %1</translation>
    </message>
    <message>
        <source>connect-to: %1:%2 -&gt; %3:%4</source>
        <translation>connect-to : %1:%2 -&gt; %3:%4</translation>
    </message>
    <message>
        <source>no OCSP request could be built: %1</source>
        <translation>impossible de construire une requête OCSP : %1</translation>
    </message>
    <message>
        <source>the system proxy configuration gave no answer within %1 s</source>
        <translation>la configuration du proxy système n&apos;a pas répondu dans un délai de %1 s</translation>
    </message>
    <message>
        <source>proxy auto-config script %1 returned &quot;%2&quot;</source>
        <translation>le script de configuration automatique du proxy %1 a renvoyé «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>only the first route is used, without failover, as Power Automate does</source>
        <translation>seule la première route est utilisée, sans basculement, comme le fait Power Automate</translation>
    </message>
    <message>
        <source>proxy auto-config: %1 failed (%2); trying %3</source>
        <translation>configuration automatique du proxy : échec de %1 (%2); essai de %3</translation>
    </message>
    <message>
        <source>DNS (informational): %1 does not resolve on this machine; the proxy resolves it</source>
        <translation>DNS (pour information) : %1 n&apos;est pas résolu sur cette machine; le proxy le résout</translation>
    </message>
    <message>
        <source>its name did not resolve within %1 s</source>
        <translation>son nom n&apos;a pas été résolu dans un délai de %1 s</translation>
    </message>
    <message>
        <source>the proxy name %1 did not resolve within %2 s</source>
        <translation>le nom du proxy %1 n&apos;a pas été résolu dans un délai de %2 s</translation>
    </message>
    <message>
        <source>%1 did not resolve within %2 s</source>
        <translation>%1 n&apos;a pas été résolu dans un délai de %2 s</translation>
    </message>
    <message>
        <source>its name does not resolve: %1</source>
        <translation>son nom n&apos;est pas résolu : %1</translation>
    </message>
    <message>
        <source>the proxy name %1 does not resolve: %2</source>
        <translation>le nom du proxy %1 n&apos;est pas résolu : %2</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS (no A or AAAA record)</source>
        <translation>%1 n&apos;existe pas dans le DNS (aucun enregistrement A ou AAAA)</translation>
    </message>
    <message>
        <source>%1 could not be resolved: %2</source>
        <translation>%1 n&apos;a pas pu être résolu : %2</translation>
    </message>
    <message>
        <source>authenticating at the proxy %1 did not complete in time</source>
        <translation>l&apos;authentification auprès du proxy %1 ne s&apos;est pas terminée à temps</translation>
    </message>
    <message>
        <source>the authenticated tunnel could not be taken over: %1</source>
        <translation>le tunnel authentifié n&apos;a pas pu être repris : %1</translation>
    </message>
    <message>
        <source>TCP port %1 reachable through the proxy %2</source>
        <translation>port TCP %1 accessible via le proxy %2</translation>
    </message>
    <message>
        <source>TCP port %1 open at %2</source>
        <translation>port TCP %1 ouvert sur %2</translation>
    </message>
    <message>
        <source>the certificate checks did not complete in time</source>
        <translation>les vérifications de certificat ne se sont pas terminées à temps</translation>
    </message>
    <message>
        <source>%1 closed the connection before a request could be sent</source>
        <translation>%1 a fermé la connexion avant qu&apos;une requête ait pu être envoyée</translation>
    </message>
    <message>
        <source>proxy reply: HTTP %1</source>
        <translation>réponse du proxy : HTTP %1</translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2)</source>
        <translation>le proxy %1 demande une authentification (%2)</translation>
    </message>
    <message>
        <source>the proxy %1</source>
        <translation>le proxy %1</translation>
    </message>
    <message>
        <source>%1 accepted the connection but sent no HTTP answer: %2</source>
        <translation>%1 a accepté la connexion mais n&apos;a envoyé aucune réponse HTTP : %2</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 sent no complete answer: %2</source>
        <translation>%1 n&apos;a pas envoyé de réponse complète : %2</translation>
    </message>
    <message>
        <source>the answer could not be checked in time</source>
        <translation>la réponse n&apos;a pas pu être vérifiée à temps</translation>
    </message>
    <message>
        <source>HTTP %1, %2 bytes%3</source>
        <translation>HTTP %1, %2 octets%3</translation>
    </message>
    <message>
        <source> (cut at the size cap)</source>
        <translation> (tronqué à la taille maximale)</translation>
    </message>
    <message>
        <source>%1; the GET form is answered too</source>
        <translation>%1; la forme GET reçoit aussi une réponse</translation>
    </message>
    <message>
        <source>%1 (GET form); POST failed: %2</source>
        <translation>%1 (forme GET); échec de POST : %2</translation>
    </message>
    <message>
        <source>answers OCSP over POST, but not the GET form Windows uses: %1</source>
        <translation>répond à OCSP en POST, mais pas à la forme GET qu&apos;utilise Windows : %1</translation>
    </message>
</context>
<context>
    <name>CheckStatuses</name>
    <message>
        <source>Pass</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
</context>
<context>
    <name>CliRunCommand</name>
    <message>
        <source>Password for %1 at the proxy: </source>
        <translation>Mot de passe de %1 pour le proxy : </translation>
    </message>
    <message>
        <source>--proxy-user: no password: set NETREADY_PROXY_PASSWORD, or run from a terminal to type it</source>
        <translation>--proxy-user : aucun mot de passe : définissez NETREADY_PROXY_PASSWORD, ou exécutez depuis un terminal pour le saisir</translation>
    </message>
    <message>
        <source>netready: interrupted, cancelling…</source>
        <translation>netready : interrompu, annulation…</translation>
    </message>
    <message>
        <source>checked %1 of %2</source>
        <translation>%1 sur %2 vérifiés</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
</context>
<context>
    <name>CloudPage</name>
    <message>
        <source>Which cloud is your tenant in?</source>
        <translation>Dans quel cloud se trouve votre client?</translation>
    </message>
    <message>
        <source>Each cloud has its own sign-in, portal and relay addresses. Most organizations use Public.</source>
        <translation>Chaque cloud a ses propres adresses de connexion, de portail et de relais. La plupart des organisations utilisent le cloud public.</translation>
    </message>
    <message>
        <source>Power Automate for desktop on this machine is set to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Power Automate pour le bureau est configuré sur &lt;b&gt;%1&lt;/b&gt; sur cette machine.</translation>
    </message>
    <message>
        <source>Hint from this machine&apos;s settings</source>
        <translation>Indication tirée des paramètres de cette machine</translation>
    </message>
</context>
<context>
    <name>Clouds</name>
    <message>
        <source>Public (commercial)</source>
        <translation>Public (commercial)</translation>
    </message>
    <message>
        <source>US Government GCC</source>
        <translation>US Government GCC</translation>
    </message>
    <message>
        <source>US Government GCC High</source>
        <translation>US Government GCC High</translation>
    </message>
    <message>
        <source>US Government DoD</source>
        <translation>US Government DoD</translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation>Chine (cloud exploité par 21Vianet)</translation>
    </message>
    <message>
        <source>Most organizations worldwide: make.powerautomate.com.</source>
        <translation>La plupart des organisations dans le monde : make.powerautomate.com.</translation>
    </message>
    <message>
        <source>US federal, state and local government and their contractors on Government Community Cloud.</source>
        <translation>Administrations fédérales, étatiques et locales des États-Unis et leurs sous-traitants sur Government Community Cloud.</translation>
    </message>
    <message>
        <source>US government organizations handling controlled unclassified information (ITAR, DFARS).</source>
        <translation>Organisations gouvernementales américaines qui traitent des informations non classifiées contrôlées (ITAR, DFARS).</translation>
    </message>
    <message>
        <source>US Department of Defense tenants only.</source>
        <translation>Clients du département de la Défense des États-Unis uniquement.</translation>
    </message>
    <message>
        <source>Tenants in mainland China, operated by 21Vianet.</source>
        <translation>Clients en Chine continentale, cloud exploité par 21Vianet.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Checks whether this machine&apos;s network lets Microsoft Power Automate work.
Without options it opens the wizard; with --cli it runs the checks headless.</source>
        <translation>Vérifie si le réseau de cette machine permet à Microsoft Power Automate de fonctionner.
Sans option, ouvre l&apos;assistant; avec --cli, exécute les vérifications sans interface graphique.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Run the checks headless and print the result.</source>
        <translation>Exécuter les vérifications sans interface graphique et afficher le résultat.</translation>
    </message>
    <message>
        <source>Print the endpoints the selection needs (an allowlist) and exit.</source>
        <translation>Afficher les points de terminaison nécessaires à la sélection (une liste d&apos;autorisation) et quitter.</translation>
    </message>
    <message>
        <source>Print the regions of Microsoft&apos;s list of desktop flows runtime namespaces, with their counts, and exit.</source>
        <translation>Afficher les régions de la liste Microsoft des espaces de noms du runtime des flux de bureau, avec leur nombre, et quitter.</translation>
    </message>
    <message>
        <source>Compare two JSON reports of one machine, BEFORE.json AFTER.json: what was fixed, what broke. Exit code 1 when a check that passed before fails now.</source>
        <translation>Comparer deux rapports JSON d&apos;une même machine, AVANT.json APRÈS.json : ce qui a été corrigé, ce qui ne fonctionne plus. Code de sortie 1 lorsqu&apos;une vérification réussie auparavant échoue désormais.</translation>
    </message>
    <message>
        <source>Summarize many machines&apos; JSON reports (files or folders of *.json) into one fleet view.</source>
        <translation>Regrouper les rapports JSON de nombreuses machines (fichiers ou dossiers de *.json) en une vue d&apos;ensemble du parc.</translation>
    </message>
    <message>
        <source>Tag the run&apos;s report, e.g. site=Berlin (repeatable).</source>
        <translation>Étiqueter le rapport de l&apos;exécution, par ex. site=Paris (répétable).</translation>
    </message>
    <message>
        <source>Cloud: public, gcc, gcc-high, dod or china (default: public).</source>
        <translation>Cloud : public, gcc, gcc-high, dod ou china (par défaut : public).</translation>
    </message>
    <message>
        <source>Comma-separated features: cloud-flows, mobile, desktop, gateway (default: all).</source>
        <translation>Fonctionnalités séparées par des virgules : cloud-flows, mobile, desktop, gateway (par défaut : toutes).</translation>
    </message>
    <message>
        <source>Use this catalog file instead of the built-in one.</source>
        <translation>Utiliser ce fichier catalogue au lieu du catalogue intégré.</translation>
    </message>
    <message>
        <source>Add the endpoints of this catalog file (repeatable).</source>
        <translation>Ajouter les points de terminaison de ce fichier catalogue (répétable).</translation>
    </message>
    <message>
        <source>Connect to CONNECT_HOST:CONNECT_PORT when a check targets HOST:PORT, as curl does (repeatable).</source>
        <translation>Se connecter à CONNECT_HOST:CONNECT_PORT lorsqu&apos;une vérification cible HOST:PORT, comme le fait curl (répétable).</translation>
    </message>
    <message>
        <source>Use this HTTP proxy: http://[user:password@]host:port.</source>
        <translation>Utiliser ce proxy HTTP : http://[utilisateur:motdepasse@]hôte:port.</translation>
    </message>
    <message>
        <source>Connect directly, ignoring the system proxy.</source>
        <translation>Se connecter directement, en ignorant le proxy système.</translation>
    </message>
    <message>
        <source>When the proxy asks for authentication: auto (the strongest it offers), negotiate, ntlm, digest, basic or none (default: auto). Negotiate uses the signed-in user&apos;s Kerberos ticket.</source>
        <translation>Lorsque le proxy demande une authentification : auto (le schéma le plus fort qu&apos;il propose), negotiate, ntlm, digest, basic ou none (par défaut : auto). Negotiate utilise le ticket Kerberos de l&apos;utilisateur connecté.</translation>
    </message>
    <message>
        <source>Authenticate at the proxy as this user (DOMAIN\user for NTLM); the password comes from NETREADY_PROXY_PASSWORD or is asked on the terminal.</source>
        <translation>S&apos;authentifier auprès du proxy en tant que cet utilisateur (DOMAINE\utilisateur pour NTLM); le mot de passe provient de NETREADY_PROXY_PASSWORD ou est demandé dans le terminal.</translation>
    </message>
    <message>
        <source>Choose the proxy of every check with this proxy auto-config script: a file, file://, http:// or https:// URL.</source>
        <translation>Choisir le proxy de chaque vérification avec ce script de configuration automatique du proxy : un fichier, ou une URL file://, http:// ou https://.</translation>
    </message>
    <message>
        <source>Without --proxy or --no-proxy: test desktop flows endpoints along the route of the desktop flows service (service, the default: Power Automate&apos;s own proxy settings on Windows) or with your own system proxy (me). Gateway endpoints follow the gateway service&apos;s route.</source>
        <translation>Sans --proxy ni --no-proxy : tester les points de terminaison des flux de bureau selon la route du service des flux de bureau (service, par défaut : les paramètres de proxy propres à Power Automate sous Windows) ou avec votre propre proxy système (me). Les points de terminaison de la passerelle suivent la route du service de passerelle.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Faire également confiance aux certificats d&apos;autorité de certification de ce fichier PEM.</translation>
    </message>
    <message>
        <source>Seconds each phase of a check may take (1-300, default 10).</source>
        <translation>Durée maximale en secondes de chaque phase d&apos;une vérification (1-300, par défaut 10).</translation>
    </message>
    <message>
        <source>Checks run at once (1-512, default 16).</source>
        <translation>Nombre de vérifications simultanées (1-512, par défaut 16).</translation>
    </message>
    <message>
        <source>Output: text or json (--list-endpoints also csv).</source>
        <translation>Sortie : text ou json (--list-endpoints aussi csv).</translation>
    </message>
    <message>
        <source>Write the report to this file; the format follows the extension: .html .pdf .json .csv .xml (repeatable). --compare writes .txt .json .html .pdf, --summarize .html .csv .json .txt.</source>
        <translation>Écrire le rapport dans ce fichier; le format dépend de l&apos;extension : .html .pdf .json .csv .xml (répétable). --compare écrit .txt .json .html .pdf, --summarize .html .csv .json .txt.</translation>
    </message>
    <message>
        <source>Your environment URL, e.g. https://org.crm.dynamics.com.</source>
        <translation>L&apos;URL de votre environnement, par ex. https://org.crm.dynamics.com.</translation>
    </message>
    <message>
        <source>A Service Bus namespace host the desktop runtime or the gateway uses (repeatable).</source>
        <translation>Un hôte d&apos;espace de noms Service Bus utilisé par le runtime des flux de bureau ou la passerelle (répétable).</translation>
    </message>
    <message>
        <source>Test every Service Bus namespace Microsoft lists for the desktop flows runtime in this region, e.g. Europe (public cloud; see --list-regions).</source>
        <translation>Tester tous les espaces de noms Service Bus que Microsoft répertorie pour le runtime des flux de bureau dans cette région, par ex. Europe (cloud public; voir --list-regions).</translation>
    </message>
    <message>
        <source>A value for a catalog placeholder, e.g. azure-apim=host (repeatable).</source>
        <translation>Une valeur pour un espace réservé du catalogue, par ex. azure-apim=hôte (répétable).</translation>
    </message>
    <message>
        <source>Also probe the OCSP and CRL URLs of every TLS chain seen.</source>
        <translation>Tester également les URL OCSP et CRL de chaque chaîne TLS rencontrée.</translation>
    </message>
    <message>
        <source>--compare and --summarize exclude each other</source>
        <translation>--compare et --summarize s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>--compare needs two reports, the earlier and the later: BEFORE.json AFTER.json</source>
        <translation>--compare nécessite deux rapports, l&apos;ancien et le nouveau : AVANT.json APRÈS.json</translation>
    </message>
    <message>
        <source>--summarize needs report files or folders of them</source>
        <translation>--summarize nécessite des fichiers de rapport ou des dossiers qui en contiennent</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--cloud: unknown cloud &apos;%1&apos; (expected one of: %2)</source>
        <translation>--cloud : cloud inconnu «&#xa0;%1&#xa0;» (valeurs attendues : %2)</translation>
    </message>
    <message>
        <source>--features: unknown feature &apos;%1&apos; (expected: %2)</source>
        <translation>--features : fonctionnalité inconnue «&#xa0;%1&#xa0;» (valeurs attendues : %2)</translation>
    </message>
    <message>
        <source>%1: file &apos;%2&apos; does not exist</source>
        <translation>%1 : le fichier «&#xa0;%2&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a readable file</source>
        <translation>%1 : «&#xa0;%2&#xa0;» n&apos;est pas un fichier lisible</translation>
    </message>
    <message>
        <source>--proxy, --no-proxy and --pac exclude each other</source>
        <translation>--proxy, --no-proxy et --pac s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>--pac: %1</source>
        <translation>--pac : %1</translation>
    </message>
    <message>
        <source>--proxy: %1</source>
        <translation>--proxy : %1</translation>
    </message>
    <message>
        <source>--proxy-auth: unknown scheme &apos;%1&apos; (expected: %2)</source>
        <translation>--proxy-auth : schéma inconnu «&#xa0;%1&#xa0;» (valeurs attendues : %2)</translation>
    </message>
    <message>
        <source>--proxy-user needs a proxy: it cannot go with --no-proxy</source>
        <translation>--proxy-user nécessite un proxy : il est incompatible avec --no-proxy</translation>
    </message>
    <message>
        <source>--proxy-user: the --proxy URL names a user already; give the user once</source>
        <translation>--proxy-user : l&apos;URL de --proxy indique déjà un utilisateur; indiquez l&apos;utilisateur une seule fois</translation>
    </message>
    <message>
        <source>--proxy-user: the user name is empty</source>
        <translation>--proxy-user : le nom d&apos;utilisateur est vide</translation>
    </message>
    <message>
        <source>--proxy-as: &apos;%1&apos; is neither &apos;service&apos; nor &apos;me&apos;</source>
        <translation>--proxy-as : «&#xa0;%1&#xa0;» n&apos;est ni «&#xa0;service&#xa0;» ni «&#xa0;me&#xa0;»</translation>
    </message>
    <message>
        <source>--ca-file: &apos;%1&apos; holds no PEM certificate</source>
        <translation>--ca-file : «&#xa0;%1&#xa0;» ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <translation>--%1 : «&#xa0;%2&#xa0;» n&apos;est pas un nombre entier compris entre %3 et %4</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not one of: %2</source>
        <translation>--format : «&#xa0;%1&#xa0;» ne fait pas partie de : %2</translation>
    </message>
    <message>
        <source>--servicebus-namespace: no namespace given</source>
        <translation>--servicebus-namespace : aucun espace de noms indiqué</translation>
    </message>
    <message>
        <source>--servicebus-namespace: &apos;%1&apos;: %2</source>
        <translation>--servicebus-namespace : «&#xa0;%1&#xa0;» : %2</translation>
    </message>
    <message>
        <source>--input: &apos;%1&apos; is not NAME=VALUE</source>
        <translation>--input : «&#xa0;%1&#xa0;» n&apos;est pas de la forme NOM=VALEUR</translation>
    </message>
    <message>
        <source>--label: &apos;%1&apos; is not KEY=VALUE with a key of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>--label : «&#xa0;%1&#xa0;» n&apos;est pas de la forme CLÉ=VALEUR avec une clé composée de lettres, de chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <source>--label: &apos;%1&apos; is given more than once</source>
        <translation>--label : «&#xa0;%1&#xa0;» est indiqué plusieurs fois</translation>
    </message>
    <message>
        <source>--region: Microsoft&apos;s list of namespaces by region is for the public cloud&apos;s desktop flows runtime; for the %1 cloud give your namespace with --servicebus-namespace</source>
        <translation>--region : la liste Microsoft des espaces de noms par région concerne le runtime des flux de bureau du cloud public; pour le cloud %1, indiquez votre espace de noms avec --servicebus-namespace</translation>
    </message>
    <message>
        <source>--region: unknown region &apos;%1&apos; (expected one of: %2)</source>
        <translation>--region : région inconnue «&#xa0;%1&#xa0;» (valeurs attendues : %2)</translation>
    </message>
    <message>
        <source>Language of the wizard, the output and the reports: %1 (default: the system&apos;s language).</source>
        <extracomment>%1 the language codes, kept as they are</extracomment>
        <translation>Langue de l&apos;assistant, de la sortie et des rapports : %1 (par défaut : la langue du système).</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not a language of Netready; use one of %2</source>
        <extracomment>%1 what was given, %2 the language codes, kept as they are</extracomment>
        <translation>--lang : «&#xa0;%1&#xa0;» n&apos;est pas une langue de Netready; valeurs attendues : %2</translation>
    </message>
    <message>
        <source>--proxy: other users of this machine can read the password in the URL in its list of processes; give the user with --proxy-user and the password in NETREADY_PROXY_PASSWORD, or type it when asked</source>
        <translation>--proxy : les autres utilisateurs de cette machine peuvent lire le mot de passe de l&apos;URL dans sa liste de processus ; indiquez l&apos;utilisateur avec --proxy-user et le mot de passe dans NETREADY_PROXY_PASSWORD, ou saisissez-le lorsqu&apos;il est demandé</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>&amp;Save comparison…</source>
        <translation>&amp;Enregistrer la comparaison…</translation>
    </message>
    <message>
        <source>HTML comparison (*.html)</source>
        <translation>Comparaison HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF comparison (*.pdf)</source>
        <translation>Comparaison PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON comparison (*.json)</source>
        <translation>Comparaison JSON (*.json)</translation>
    </message>
    <message>
        <source>Text comparison (*.txt)</source>
        <translation>Comparaison texte (*.txt)</translation>
    </message>
    <message>
        <source>Save comparison</source>
        <translation>Enregistrer la comparaison</translation>
    </message>
    <message>
        <source>Comparison not saved</source>
        <translation>Comparaison non enregistrée</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
</context>
<context>
    <name>ComparisonFiles</name>
    <message>
        <source>could not write: %1</source>
        <translation>écriture impossible : %1</translation>
    </message>
    <message>
        <source>unknown extension</source>
        <translation>extension inconnue</translation>
    </message>
</context>
<context>
    <name>ComparisonHtml</name>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Avant : %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Après : %1</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
</context>
<context>
    <name>ComparisonText</name>
    <message>
        <source>Before: %1</source>
        <translation>Avant : %1</translation>
    </message>
    <message>
        <source>After:  %1</source>
        <translation>Après : %1</translation>
    </message>
</context>
<context>
    <name>ComparisonWording</name>
    <message>
        <source>name resolution</source>
        <translation>résolution de noms</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>proxy</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>heure inconnue</translation>
    </message>
    <message>
        <source>Netready comparison of two reports</source>
        <translation>Comparaison Netready de deux rapports</translation>
    </message>
    <message>
        <source>Broke: passed before, fails now</source>
        <translation>Régression : réussissait avant, échoue maintenant</translation>
    </message>
    <message>
        <source>Fixed: failed before, passes now</source>
        <translation>Corrigé : échouait avant, réussit maintenant</translation>
    </message>
    <message>
        <source>Still failing</source>
        <translation>Toujours en échec</translation>
    </message>
    <message>
        <source>Changed severity</source>
        <translation>Gravité modifiée</translation>
    </message>
    <message>
        <source>Only in the later report</source>
        <translation>Uniquement dans le rapport le plus récent</translation>
    </message>
    <message>
        <source>Only in the earlier report</source>
        <translation>Uniquement dans le rapport le plus ancien</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>%1 passed before (%2) and fails now: %3.</source>
        <translation>%1 réussissait avant (%2) et échoue maintenant : %3.</translation>
    </message>
    <message>
        <source>%1 failed before (%2) and passes now (%3).</source>
        <translation>%1 échouait avant (%2) et réussit maintenant (%3).</translation>
    </message>
    <message>
        <source>%1 still fails the same way: %2.</source>
        <translation>%1 échoue toujours de la même manière : %2.</translation>
    </message>
    <message>
        <source>it gets further now: %1 passes, %2 stops it</source>
        <translation>progrès : l&apos;étape «&#xa0;%1&#xa0;» réussit désormais, l&apos;étape «&#xa0;%2&#xa0;» bloque</translation>
    </message>
    <message>
        <source>it fails earlier now, at %1</source>
        <translation>échec désormais plus précoce, à l&apos;étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>it fails differently at %1</source>
        <translation>échec différent à l&apos;étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 still fails: %2 → %3; %4.</source>
        <translation>%1 échoue toujours : %2 → %3; %4.</translation>
    </message>
    <message>
        <source>%1 changed from %2 (%3) to %4 (%5).</source>
        <translation>%1 est passé de %2 (%3) à %4 (%5).</translation>
    </message>
    <message>
        <source>%1 is checked only in the later report: %2 (%3).</source>
        <translation>%1 n&apos;est vérifié que dans le rapport le plus récent : %2 (%3).</translation>
    </message>
    <message>
        <source>%1 was checked only in the earlier report: %2 (%3).</source>
        <translation>%1 n&apos;était vérifié que dans le rapport le plus ancien : %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is unchanged: %2 (%3).</source>
        <translation>%1 est inchangé : %2 (%3).</translation>
    </message>
    <message>
        <source>The verdict is unchanged: %1.</source>
        <translation>Le verdict est inchangé : %1.</translation>
    </message>
    <message>
        <source>The verdict changed from %1 to %2.</source>
        <translation>Le verdict est passé de %1 à %2.</translation>
    </message>
    <message>
        <source>The reports come from different machines: %1 before, %2 now.</source>
        <translation>Les rapports proviennent de machines différentes : %1 avant, %2 maintenant.</translation>
    </message>
    <message>
        <source>The cloud differs: %1 before, %2 now.</source>
        <translation>Le cloud diffère : %1 avant, %2 maintenant.</translation>
    </message>
    <message>
        <source>The features differ: %1 before, %2 now.</source>
        <translation>Les fonctionnalités diffèrent : %1 avant, %2 maintenant.</translation>
    </message>
    <message>
        <source>The catalogs differ: %1 before, %2 now.</source>
        <translation>Les catalogues diffèrent : %1 avant, %2 maintenant.</translation>
    </message>
    <message>
        <source>The proxy differs: %1 before, %2 now.</source>
        <translation>Le proxy diffère : %1 avant, %2 maintenant.</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <source>The later report was started before the earlier one: are they in the right order?</source>
        <translation>Le rapport le plus récent a été lancé avant le plus ancien : sont-ils dans le bon ordre?</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>Unchanged checks: %n.</source>
        <translation>
            <numerusform>Vérifications inchangées : %n.</numerusform>
            <numerusform>Vérifications inchangées : %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComponentProxies</name>
    <message>
        <source>The proxy settings of Power Automate&apos;s components were not read: they exist only on Windows. The system proxy stands in for every component.</source>
        <translation>Les paramètres de proxy des composants de Power Automate n&apos;ont pas été lus : ils n&apos;existent que sous Windows. Le proxy système est utilisé pour chaque composant.</translation>
    </message>
</context>
<context>
    <name>ComponentProxy</name>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>Power Automate for desktop (you)</source>
        <translation>Power Automate pour le bureau (vous)</translation>
    </message>
    <message>
        <source>desktop flows service</source>
        <translation>service des flux de bureau</translation>
    </message>
    <message>
        <source>desktop flows log shipper</source>
        <translation>agent d&apos;envoi des journaux des flux de bureau</translation>
    </message>
    <message>
        <source>desktop flows update service</source>
        <translation>service de mise à jour des flux de bureau</translation>
    </message>
    <message>
        <source>gateway service</source>
        <translation>service de passerelle</translation>
    </message>
    <message>
        <source>gateway configurator (you)</source>
        <translation>configurateur de passerelle (vous)</translation>
    </message>
    <message>
        <source>gateway data-source engine</source>
        <translation>moteur de sources de données de la passerelle</translation>
    </message>
    <message>
        <source>direct (no proxy)</source>
        <translation>direct (sans proxy)</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>proxy %1</translation>
    </message>
    <message>
        <source>PAC file %1</source>
        <translation>fichier PAC %1</translation>
    </message>
    <message>
        <source>the system proxy settings</source>
        <translation>les paramètres de proxy du système</translation>
    </message>
    <message>
        <source>your Windows proxy settings</source>
        <translation>vos paramètres de proxy Windows</translation>
    </message>
    <message>
        <source>registry %1</source>
        <translation>registre %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <source>the machine&apos;s WinHTTP proxy (netsh winhttp show proxy)</source>
        <translation>le proxy WinHTTP de la machine (netsh winhttp show proxy)</translation>
    </message>
    <message>
        <source>no Power Automate setting: Windows proxy of the signed-in user, %1</source>
        <translation>aucun paramètre Power Automate : proxy Windows de l&apos;utilisateur connecté, %1</translation>
    </message>
    <message>
        <source>no Power Automate setting: Windows proxy of the signed-in user</source>
        <translation>aucun paramètre Power Automate : proxy Windows de l&apos;utilisateur connecté</translation>
    </message>
    <message>
        <source>not read: Power Automate keeps its proxy settings only on Windows; the system proxy stands in</source>
        <translation>non lus : Power Automate ne conserve ses paramètres de proxy que sous Windows; le proxy système les remplace</translation>
    </message>
</context>
<context>
    <name>ComponentProxyLookup</name>
    <message>
        <source>The proxy settings of Power Automate&apos;s components were not read within %1 s. The system proxy stands in for every component.</source>
        <translation>Les paramètres de proxy des composants de Power Automate n&apos;ont pas été lus dans un délai de %1 s. Le proxy système est utilisé pour chaque composant.</translation>
    </message>
</context>
<context>
    <name>ComponentProxyResolver</name>
    <message>
        <source>%1: &apos;%2&apos; lacks the http:// prefix, so Power Automate rejects it</source>
        <translation>%1 : «&#xa0;%2&#xa0;» n&apos;a pas le préfixe http://, Power Automate le refuse donc</translation>
    </message>
    <message>
        <source>%1: bypass entry &apos;%2&apos; starts with &apos;*&apos;, which Power Automate rejects</source>
        <translation>%1 : l&apos;entrée de contournement «&#xa0;%2&#xa0;» commence par «&#xa0;*&#xa0;», ce que Power Automate refuse</translation>
    </message>
    <message>
        <source>found by automatic detection or a script for make.powerautomate.com</source>
        <translation>trouvé par détection automatique ou par un script pour make.powerautomate.com</translation>
    </message>
    <message>
        <source>%1 is not valid XML (%2) and is ignored</source>
        <translation>%1 n&apos;est pas un XML valide (%2) et est ignoré</translation>
    </message>
    <message>
        <source>%1: scriptLocation is ignored unless the registry value EnablePacProxy is 1</source>
        <translation>%1 : scriptLocation est ignoré sauf si la valeur de registre EnablePacProxy vaut 1</translation>
    </message>
    <message>
        <source>registry value %1 is set only under WOW6432Node (the 32-bit view), where Power Automate does not read it</source>
        <translation>la valeur de registre %1 n&apos;est définie que sous WOW6432Node (la vue 32 bits), où Power Automate ne la lit pas</translation>
    </message>
    <message>
        <source>Power Automate&apos;s components take different routes: %1. Give all four *.Proxy.config files (or the registry values) the same settings.</source>
        <translation>Les composants de Power Automate empruntent des routes différentes : %1. Donnez les mêmes paramètres aux quatre fichiers *.Proxy.config (ou aux valeurs de registre).</translation>
    </message>
    <message>
        <source>The gateway&apos;s components take different routes: %1. Give its three configuration files the same &lt;defaultProxy&gt; settings.</source>
        <translation>Les composants de la passerelle empruntent des routes différentes : %1. Donnez les mêmes paramètres &lt;defaultProxy&gt; à ses trois fichiers de configuration.</translation>
    </message>
</context>
<context>
    <name>ComponentRoutes</name>
    <message>
        <source>%1: %2 (from %3)</source>
        <translation>%1 : %2 (source : %3)</translation>
    </message>
    <message>
        <source>Power Automate&apos;s proxy settings</source>
        <translation>Paramètres de proxy de Power Automate</translation>
    </message>
    <message>
        <source>the proxy setting given for this run, not the route of the %1 (%2)</source>
        <translation>le paramètre de proxy indiqué pour cette exécution, et non la route du composant %1 (%2)</translation>
    </message>
    <message>
        <source>the system proxy, standing in for the %1: its own settings were not read</source>
        <translation>le proxy système, utilisé à la place de celui du composant %1 : ses propres paramètres n&apos;ont pas été lus</translation>
    </message>
    <message>
        <source>tested as you (your system proxy), not along the route of the %1: %2</source>
        <translation>testé avec votre identité (votre proxy système), et non selon la route du composant %1 : %2</translation>
    </message>
    <message>
        <source>the route of the %1</source>
        <translation>la route du composant %1</translation>
    </message>
    <message>
        <source>its proxy &apos;%1&apos; cannot be used (%2); the system proxy stands in</source>
        <translation>son proxy «&#xa0;%1&#xa0;» est inutilisable (%2); le proxy système le remplace</translation>
    </message>
    <message>
        <source>its PAC file &apos;%1&apos; cannot be used (%2); the system proxy stands in</source>
        <translation>son fichier PAC «&#xa0;%1&#xa0;» est inutilisable (%2); le proxy système le remplace</translation>
    </message>
    <message>
        <source>Power Automate for desktop and its services must reach the cloud the same way, or flows work while you are signed in and fail when nobody is.</source>
        <translation>Power Automate pour le bureau et ses services doivent atteindre le cloud de la même manière, sinon les flux fonctionnent lorsque vous êtes connecté et échouent lorsque personne ne l&apos;est.</translation>
    </message>
    <message>
        <source>Power Automate for desktop and its services take the same route</source>
        <translation>Power Automate pour le bureau et ses services empruntent la même route</translation>
    </message>
    <message>
        <source>Power Automate ignores proxy settings it cannot parse and connects another way.</source>
        <translation>Power Automate ignore les paramètres de proxy qu&apos;il ne peut pas analyser et se connecte d&apos;une autre manière.</translation>
    </message>
    <message>
        <source>Power Automate would accept every proxy setting found</source>
        <translation>Power Automate accepterait tous les paramètres de proxy trouvés</translation>
    </message>
    <message>
        <source>The gateway&apos;s service, its configurator and its mashup engine must reach the cloud the same way, or the gateway registers while you configure it and goes offline as a service.</source>
        <translation>Le service de la passerelle, son configurateur et son moteur mashup doivent joindre le cloud par la même route ; sinon la passerelle s&apos;inscrit pendant que vous la configurez puis passe hors connexion en tant que service.</translation>
    </message>
    <message>
        <source>The gateway&apos;s configuration files were not found (it is not installed here): its service will take the machine&apos;s route</source>
        <translation>Les fichiers de configuration de la passerelle sont introuvables (elle n&apos;est pas installée ici) : son service empruntera la route de la machine</translation>
    </message>
    <message>
        <source>The gateway&apos;s components take the same route</source>
        <translation>Les composants de la passerelle empruntent la même route</translation>
    </message>
</context>
<context>
    <name>ConnectToRule</name>
    <message>
        <source>--connect-to &apos;%1&apos;: %2</source>
        <translation>--connect-to «&#xa0;%1&#xa0;» : %2</translation>
    </message>
    <message>
        <source>expected HOST:PORT:CONNECT_HOST:CONNECT_PORT</source>
        <translation>attendu : HOST:PORT:CONNECT_HOST:CONNECT_PORT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port (1-65535)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un port (1-65535)</translation>
    </message>
    <message>
        <source>CONNECT_HOST must not be empty</source>
        <translation>CONNECT_HOST ne doit pas être vide</translation>
    </message>
</context>
<context>
    <name>CrlInspector</name>
    <message>
        <source>a certificate (subject %1), not a revocation list</source>
        <translation>un certificat (sujet %1), et non une liste de révocation</translation>
    </message>
    <message>
        <source>a PEM revocation list that cannot be read</source>
        <translation>une liste de révocation PEM illisible</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP : %1</translation>
    </message>
    <message>
        <source>Content-Type: %1</source>
        <translation>Content-Type : %1</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>Taille : %1 octets</translation>
    </message>
    <message>
        <source>The answer is larger than 20 MB and was cut; no revocation list is that large</source>
        <translation>La réponse dépasse 20 Mo et a été tronquée; aucune liste de révocation n&apos;est aussi volumineuse</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 instead of a revocation list (the body was %2)</source>
        <translation>Le serveur a répondu HTTP %1 au lieu d&apos;une liste de révocation (contenu reçu : %2)</translation>
    </message>
    <message>
        <source>The answer is not a revocation list but %1</source>
        <translation>La réponse n&apos;est pas une liste de révocation mais %1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format : %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur : %1</translation>
    </message>
    <message>
        <source>This update: %1</source>
        <translation>Date d&apos;effet : %1</translation>
    </message>
    <message>
        <source>Next update: %1</source>
        <translation>Prochaine mise à jour : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Revoked entries: %1</source>
        <translation>Entrées révoquées : %1</translation>
    </message>
    <message>
        <source>Revoked serial: %1 at %2</source>
        <translation>Numéro de série révoqué : %1 le %2</translation>
    </message>
    <message>
        <source>Signature: not checked (the expected issuer certificate cannot be read)</source>
        <translation>Signature : non vérifiée (le certificat de l&apos;émetteur attendu est illisible)</translation>
    </message>
    <message>
        <source>The revocation list comes from %1, not from the expected issuer %2</source>
        <translation>La liste de révocation provient de %1, et non de l&apos;émetteur attendu %2</translation>
    </message>
    <message>
        <source>Verification error: %1</source>
        <translation>Erreur de vérification : %1</translation>
    </message>
    <message>
        <source>The revocation list names the expected issuer %1 but its signature does not verify with the issuer&apos;s key</source>
        <translation>La liste de révocation indique l&apos;émetteur attendu %1, mais sa signature n&apos;est pas valide avec la clé de l&apos;émetteur</translation>
    </message>
    <message>
        <source>Signature: verified with the issuer&apos;s key</source>
        <translation>Signature : vérifiée avec la clé de l&apos;émetteur</translation>
    </message>
    <message>
        <source>Signature: not checked (no issuer certificate known)</source>
        <translation>Signature : non vérifiée (aucun certificat d&apos;émetteur connu)</translation>
    </message>
    <message>
        <source>The revocation list from %1 is out of date: its next update was due %2 (this update %3); Windows will not accept it</source>
        <translation>La liste de révocation de %1 est périmée : sa prochaine mise à jour était prévue le %2 (date d&apos;effet %3); Windows ne l&apos;acceptera pas</translation>
    </message>
    <message>
        <source>This update lies in the future: is the local clock behind?</source>
        <translation>La date d&apos;effet se situe dans le futur : l&apos;horloge locale retarde-t-elle?</translation>
    </message>
    <message numerus="yes">
        <source>(%n more revoked entries not listed)</source>
        <translation>
            <numerusform>(%n autre entrée révoquée non affichée)</numerusform>
            <numerusform>(%n autres entrées révoquées non affichées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes follow the revocation list</source>
        <translation>
            <numerusform>%n octet suit la liste de révocation</numerusform>
            <numerusform>%n octets suivent la liste de révocation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revocation list from %1: this update %2, next update %3, %n entries, %4 bytes</source>
        <extracomment>%1 the list&apos;s issuer, %2 and %3 times, %n how many revoked certificates it lists, %4 its size in bytes</extracomment>
        <translation>
            <numerusform>Liste de révocation de %1 : date d&apos;effet %2, prochaine mise à jour %3, %n entrée, %4 octets</numerusform>
            <numerusform>Liste de révocation de %1 : date d&apos;effet %2, prochaine mise à jour %3, %n entrées, %4 octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurlLibrary</name>
    <message>
        <source>libcurl (%1), which Netready authenticates at proxies with, could not be loaded: Netready&apos;s installation is incomplete</source>
        <translation>libcurl (%1), avec laquelle Netready s&apos;authentifie auprès des proxys, n&apos;a pas pu être chargée : l&apos;installation de Netready est incomplète</translation>
    </message>
    <message>
        <source>libcurl (%1), which Netready authenticates at proxies with, could not be loaded: install it (on Debian and Ubuntu, the package libcurl4)</source>
        <translation>libcurl (%1), avec laquelle Netready s&apos;authentifie auprès des proxys, n&apos;a pas pu être chargée : installez-la (sous Debian et Ubuntu, le paquet libcurl4)</translation>
    </message>
    <message>
        <source>Install Netready again: its folder lacks %1 (libcurl), which it authenticates at proxies with.</source>
        <translation>Réinstallez Netready : son dossier ne contient pas %1 (libcurl), avec laquelle il s&apos;authentifie auprès des proxys.</translation>
    </message>
    <message>
        <source>Install libcurl 4, which Netready authenticates at proxies with (on Debian and Ubuntu: apt install libcurl4).</source>
        <translation>Installez libcurl 4, avec laquelle Netready s&apos;authentifie auprès des proxys (sous Debian et Ubuntu : apt install libcurl4).</translation>
    </message>
</context>
<context>
    <name>Diagnoses</name>
    <message>
        <source>Reachable</source>
        <translation>Accessible</translation>
    </message>
    <message>
        <source>Name not resolved (DNS)</source>
        <translation>Nom non résolu (DNS)</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Connection timed out (dropped by a firewall?)</source>
        <translation>Délai de connexion dépassé (paquets abandonnés par un pare-feu?)</translation>
    </message>
    <message>
        <source>Network unreachable</source>
        <translation>Réseau inaccessible</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>Échec de la négociation TLS</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>Certificate is for another name</source>
        <translation>Certificat émis pour un autre nom</translation>
    </message>
    <message>
        <source>TLS inspection replaced the certificate</source>
        <translation>L&apos;inspection TLS a remplacé le certificat</translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation>Certificat expiré</translation>
    </message>
    <message>
        <source>Certificate not valid yet</source>
        <translation>Certificat pas encore valide</translation>
    </message>
    <message>
        <source>Intermediate certificate missing</source>
        <translation>Certificat intermédiaire manquant</translation>
    </message>
    <message>
        <source>Only outdated TLS versions offered</source>
        <translation>Seules des versions obsolètes de TLS sont proposées</translation>
    </message>
    <message>
        <source>No cipher in common</source>
        <translation>Aucune suite de chiffrement commune</translation>
    </message>
    <message>
        <source>Blocked by a filtering device</source>
        <translation>Bloqué par un équipement de filtrage</translation>
    </message>
    <message>
        <source>No HTTP answer</source>
        <translation>Aucune réponse HTTP</translation>
    </message>
    <message>
        <source>HTTP answer timed out</source>
        <translation>Délai de réponse HTTP dépassé</translation>
    </message>
    <message>
        <source>Proxy not reachable</source>
        <translation>Proxy inaccessible</translation>
    </message>
    <message>
        <source>Proxy requires authentication</source>
        <translation>Le proxy exige une authentification</translation>
    </message>
    <message>
        <source>Proxy refused the connection</source>
        <translation>Le proxy a refusé la connexion</translation>
    </message>
    <message>
        <source>Proxy does not speak HTTP</source>
        <translation>Le proxy ne parle pas HTTP</translation>
    </message>
    <message>
        <source>Proxy auto-config script failed</source>
        <translation>Échec du script de configuration automatique du proxy</translation>
    </message>
    <message>
        <source>WebSocket upgrade blocked</source>
        <translation>Mise à niveau WebSocket bloquée</translation>
    </message>
    <message>
        <source>Local clock is off</source>
        <translation>L&apos;horloge locale est décalée</translation>
    </message>
    <message>
        <source>Power Automate&apos;s components use different proxies</source>
        <translation>Les composants de Power Automate utilisent des proxys différents</translation>
    </message>
    <message>
        <source>Power Automate would reject or ignore a proxy setting</source>
        <translation>Power Automate refuserait ou ignorerait un paramètre de proxy</translation>
    </message>
    <message>
        <source>Answer is not a revocation list</source>
        <translation>La réponse n&apos;est pas une liste de révocation</translation>
    </message>
    <message>
        <source>Revocation list is out of date</source>
        <translation>La liste de révocation est périmée</translation>
    </message>
    <message>
        <source>Revocation list download too slow</source>
        <translation>Téléchargement de la liste de révocation trop lent</translation>
    </message>
    <message>
        <source>Answer is not a valid OCSP response</source>
        <translation>La réponse n&apos;est pas une réponse OCSP valide</translation>
    </message>
    <message>
        <source>OCSP answer is out of date</source>
        <translation>La réponse OCSP est périmée</translation>
    </message>
    <message>
        <source>OCSP responder reports an error</source>
        <translation>Le répondeur OCSP signale une erreur</translation>
    </message>
    <message>
        <source>OCSP answer too slow</source>
        <translation>Réponse OCSP trop lente</translation>
    </message>
    <message>
        <source>Needs your input</source>
        <translation>Nécessite votre saisie</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>DotNetProxyConfig</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>EndpointListCommand</name>
    <message>
        <source>Endpoints for %1: %2</source>
        <translation>Points de terminaison pour %1 : %2</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>Catalogue : %1</translation>
    </message>
    <message>
        <source>The catalog lists no endpoint for this selection.</source>
        <translation>Le catalogue ne répertorie aucun point de terminaison pour cette sélection.</translation>
    </message>
    <message>
        <source>Allowlist</source>
        <translation>Liste d&apos;autorisation</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>(URL %1)</source>
        <extracomment>after an endpoint in the list: the URL a check fetches</extracomment>
        <translation>(URL %1)</translation>
    </message>
    <message>
        <source>(listed by Microsoft, retired by its owner)</source>
        <extracomment>after an endpoint in the list</extracomment>
        <translation>(répertorié par Microsoft, retiré par son propriétaire)</translation>
    </message>
    <message>
        <source>(a check needs your value for {%1})</source>
        <extracomment>after an endpoint in the list; %1 a placeholder name such as dataverse, kept as it is</extracomment>
        <translation>(une vérification nécessite votre valeur pour {%1})</translation>
    </message>
    <message>
        <source>Relay namespaces of the %1 region</source>
        <translation>Espaces de noms de relais de la région %1</translation>
    </message>
    <message>
        <source>The selection has no relay check of the desktop flows runtime: the region&apos;s namespaces apply to desktop flows.</source>
        <translation>La sélection ne comporte aucune vérification de relais du runtime des flux de bureau : les espaces de noms de la région concernent les flux de bureau.</translation>
    </message>
    <message>
        <source>Allow these instead of %1 (TCP %2); source: %3, %4</source>
        <translation>Autorisez ceux-ci à la place de %1 (TCP %2); source : %3, %4</translation>
    </message>
    <message>
        <source>(preview environments)</source>
        <translation>(environnements en préversion)</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <extracomment>%1 a cloud code, %2 a feature code (both kept as they are), %3 counts of endpoints and hosts</extracomment>
        <translation>%1 · %2 : %3</translation>
    </message>
    <message>
        <source>%1 · all selected: %2</source>
        <extracomment>%1 a cloud code (kept as it is), %2 counts of endpoints and hosts</extracomment>
        <translation>%1 · toute la sélection : %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 a count of endpoints (&quot;12 endpoints&quot;), %2 a count of hosts (&quot;9 hosts&quot;)</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoints</source>
        <translation>
            <numerusform>%n point de terminaison</numerusform>
            <numerusform>%n points de terminaison</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hosts</source>
        <translation>
            <numerusform>%n hôte</numerusform>
            <numerusform>%n hôtes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointParser</name>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an id (up to 100 letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un id (jusqu&apos;à 100 lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;», commençant par une lettre ou un chiffre)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name (a wildcard is allowed only as a leading &apos;*.&apos; before a domain)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte (un caractère générique n&apos;est autorisé qu&apos;en préfixe «&#xa0;*.&#xa0;» devant un domaine)</translation>
    </message>
    <message>
        <source>required for the wildcard host &apos;%1&apos;: give a concrete host under it, or a placeholder such as {dataverse} that the user fills in</source>
        <translation>obligatoire pour l&apos;hôte générique «&#xa0;%1&#xa0;» : indiquez un hôte concret sous ce domaine, ou un espace réservé tel que {dataverse} que l&apos;utilisateur renseigne</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a host name nor a placeholder such as {servicebus-namespace}</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un nom d&apos;hôte ni un espace réservé tel que {servicebus-namespace}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the apex of &apos;%2&apos;, not a host under it (a firewall may allow one and not the other; give a host below it, or list the apex as an endpoint of its own)</source>
        <translation>«&#xa0;%1&#xa0;» est le domaine apex de «&#xa0;%2&#xa0;», et non un hôte sous celui-ci (un pare-feu peut autoriser l&apos;un et pas l&apos;autre; indiquez un hôte en dessous, ou listez l&apos;apex comme un point de terminaison distinct)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host under &apos;%2&apos;</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un hôte sous «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; differs from the host &apos;%2&apos; (a concrete host is tested as itself)</source>
        <translation>«&#xa0;%1&#xa0;» diffère de l&apos;hôte «&#xa0;%2&#xa0;» (un hôte concret est testé tel quel)</translation>
    </message>
    <message>
        <source>give either port or ports, not both</source>
        <translation>indiquez port ou ports, pas les deux</translation>
    </message>
    <message>
        <source>a port</source>
        <translation>un port</translation>
    </message>
    <message>
        <source>required field is missing (or give ports)</source>
        <translation>champ obligatoire manquant (ou indiquez ports)</translation>
    </message>
    <message>
        <source>lists %1 ports (at most %2)</source>
        <translation>indique %1 ports (au maximum %2)</translation>
    </message>
    <message>
        <source>port %1 is listed twice</source>
        <translation>le port %1 figure deux fois dans la liste</translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos; (expected one of: %2)</source>
        <translation>protocole inconnu «&#xa0;%1&#xa0;» (valeurs attendues : %2)</translation>
    </message>
    <message>
        <source>unknown cloud %1 (expected one of: %2)</source>
        <translation>cloud inconnu %1 (valeurs attendues : %2)</translation>
    </message>
    <message>
        <source>unknown feature %1 (expected one of: %2)</source>
        <translation>fonctionnalité inconnue %1 (valeurs attendues : %2)</translation>
    </message>
    <message>
        <source>only crl and ocsp endpoints take this field</source>
        <translation>seuls les points de terminaison crl et ocsp acceptent ce champ</translation>
    </message>
    <message>
        <source>only ocsp endpoints take this field</source>
        <translation>seuls les points de terminaison ocsp acceptent ce champ</translation>
    </message>
    <message>
        <source>required for protocol %1 (the %2)</source>
        <translation>obligatoire pour le protocole %1 (%2)</translation>
    </message>
    <message>
        <source>CRL to download</source>
        <translation>la CRL à télécharger</translation>
    </message>
    <message>
        <source>OCSP responder</source>
        <translation>le répondeur OCSP</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// URL (revocation is checked over plain HTTP)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL http:// (la révocation est vérifiée en HTTP simple)</translation>
    </message>
    <message>
        <source>the URL&apos;s host &apos;%1&apos; is not the endpoint&apos;s host &apos;%2&apos;</source>
        <translation>l&apos;hôte de l&apos;URL «&#xa0;%1&#xa0;» n&apos;est pas l&apos;hôte du point de terminaison «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the URL&apos;s port %1 is not among the endpoint&apos;s ports</source>
        <translation>le port %1 de l&apos;URL ne fait pas partie des ports du point de terminaison</translation>
    </message>
    <message>
        <source>required with certificate (an OCSP request names the issuer)</source>
        <translation>obligatoire avec certificate (une requête OCSP indique l&apos;émetteur)</translation>
    </message>
    <message>
        <source>not a PEM certificate (-----BEGIN CERTIFICATE----- ...)</source>
        <translation>pas un certificat PEM (-----BEGIN CERTIFICATE----- ...)</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (expected current or retired)</source>
        <translation>statut inconnu «&#xa0;%1&#xa0;» (attendu : current ou retired)</translation>
    </message>
    <message numerus="yes">
        <source>holds %n certificates; give exactly one</source>
        <translation>
            <numerusform>contient %n certificat; indiquez-en exactement un</numerusform>
            <numerusform>contient %n certificats; indiquez-en exactement un</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngineRun</name>
    <message>
        <source>the run was cancelled before this check finished</source>
        <translation>l&apos;exécution a été annulée avant la fin de cette vérification</translation>
    </message>
    <message>
        <source>Revocation path of the certificate chain of %1 (%2).</source>
        <translation>Chemin de révocation de la chaîne de certificats de %1 (%2).</translation>
    </message>
    <message>
        <source>%1 extension of a certificate presented by %2</source>
        <translation>extension %1 d&apos;un certificat présenté par %2</translation>
    </message>
    <message>
        <source>local clock</source>
        <translation>horloge locale</translation>
    </message>
    <message>
        <source>Sign-in tokens are rejected when the clock is off by more than 5 minutes.</source>
        <translation>Les jetons de connexion sont refusés lorsque l&apos;horloge est décalée de plus de 5 minutes.</translation>
    </message>
    <message>
        <source>this machine&apos;s clock is %1 min %2 s behind the servers&apos; (compared with %3)</source>
        <extracomment>%1 minutes and %2 seconds; %3 the servers&apos; host names</extracomment>
        <translation>l&apos;horloge de cette machine retarde de %1 min %2 s par rapport à celle des serveurs (comparaison avec %3)</translation>
    </message>
    <message>
        <source>this machine&apos;s clock is %1 min %2 s ahead of the servers&apos; (compared with %3)</source>
        <extracomment>%1 minutes and %2 seconds; %3 the servers&apos; host names</extracomment>
        <translation>l&apos;horloge de cette machine avance de %1 min %2 s par rapport à celle des serveurs (comparaison avec %3)</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Cloud flows</source>
        <translation>Flux de cloud</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Application mobile</translation>
    </message>
    <message>
        <source>Desktop flows runtime</source>
        <translation>Runtime des flux de bureau</translation>
    </message>
    <message>
        <source>On-premises data gateway</source>
        <translation>Passerelle de données locale</translation>
    </message>
    <message>
        <source>Designing and running flows in the browser: sign-in, portal, connectors.</source>
        <translation>Conception et exécution de flux dans le navigateur : connexion, portail, connecteurs.</translation>
    </message>
    <message>
        <source>The Power Automate app on phones and tablets.</source>
        <translation>L&apos;application Power Automate sur téléphones et tablettes.</translation>
    </message>
    <message>
        <source>Power Automate for desktop on this machine: attended and unattended runs.</source>
        <translation>Power Automate pour le bureau sur cette machine : exécutions en mode attendu et sans assistance.</translation>
    </message>
    <message>
        <source>The on-premises data gateway, connecting cloud flows to local data.</source>
        <translation>La passerelle de données locale, qui relie les flux de cloud aux données locales.</translation>
    </message>
</context>
<context>
    <name>FeaturesPage</name>
    <message>
        <source>Your tenant</source>
        <translation>Votre client</translation>
    </message>
    <message>
        <source>Which features do you use?</source>
        <translation>Quelles fonctionnalités utilisez-vous?</translation>
    </message>
    <message>
        <source>Netready checks the endpoints of the features you select. Select all that this machine needs.</source>
        <translation>Netready vérifie les points de terminaison des fonctionnalités que vous sélectionnez. Sélectionnez toutes celles dont cette machine a besoin.</translation>
    </message>
    <message>
        <source>&amp;Environment URL:</source>
        <translation>URL de l&apos;&amp;environnement :</translation>
    </message>
    <message>
        <source>Optional. Leave empty to skip the checks of your own environment.</source>
        <translation>Facultatif. Laissez vide pour ignorer les vérifications de votre propre environnement.</translation>
    </message>
    <message>
        <source>Service Bus name&amp;spaces:</source>
        <translation>Espaces de &amp;noms Service Bus :</translation>
    </message>
    <message>
        <source>The namespaces your desktop flows runtime or gateway uses. Optional; separate several with commas.</source>
        <translation>Les espaces de noms qu&apos;utilise votre runtime des flux de bureau ou votre passerelle. Facultatif; séparez-en plusieurs par des virgules.</translation>
    </message>
    <message>
        <source>Other hosts of your tenant</source>
        <translation>Autres hôtes de votre client</translation>
    </message>
    <message>
        <source>Desktop flows &amp;region:</source>
        <translation>&amp;Région des flux de bureau :</translation>
    </message>
    <message>
        <source>Desktop flows region</source>
        <translation>Région des flux de bureau</translation>
    </message>
    <message>
        <source>No region (one namespace)</source>
        <translation>Aucune région (un seul espace de noms)</translation>
    </message>
    <message>
        <source>%1 (namespaces: %2)</source>
        <translation>%1 (espaces de noms : %2)</translation>
    </message>
    <message>
        <source>Tests every Service Bus namespace Microsoft lists for the desktop flows runtime of this region (public cloud), so your firewall can allow those instead of *.servicebus.windows.net.</source>
        <translation>Teste tous les espaces de noms Service Bus que Microsoft répertorie pour le runtime des flux de bureau de cette région (cloud public), afin que votre pare-feu puisse les autoriser au lieu de *.servicebus.windows.net.</translation>
    </message>
    <message>
        <source>Optional. Your host under this wildcard, to check it too; separate several with commas.</source>
        <translation>Facultatif. Votre hôte sous ce caractère générique, pour le vérifier également; séparez-en plusieurs par des virgules.</translation>
    </message>
    <message>
        <source>Host under %1:</source>
        <translation>Hôte sous %1 :</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>&amp;Other hosts of your tenant (%1)</source>
        <translation>&amp;Autres hôtes de votre client (%1)</translation>
    </message>
    <message>
        <source>A value under Other hosts is not valid.</source>
        <translation>Une valeur sous «&#xa0;Autres hôtes&#xa0;» n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Select at least one feature.</source>
        <translation>Sélectionnez au moins une fonctionnalité.</translation>
    </message>
</context>
<context>
    <name>FleetFiles</name>
    <message>
        <source>unknown extension</source>
        <translation>extension inconnue</translation>
    </message>
    <message>
        <source>could not write: %1</source>
        <translation>écriture impossible : %1</translation>
    </message>
</context>
<context>
    <name>FleetHtml</name>
    <message>
        <source>Failures per endpoint</source>
        <translation>Échecs par point de terminaison</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Catalog id</source>
        <translation>Id du catalogue</translation>
    </message>
    <message>
        <source>Failed on</source>
        <translation>En échec sur</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Vérifié sur</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Machines</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Non prêtes</translation>
    </message>
    <message>
        <source>Odd ones out</source>
        <translation>Cas isolés</translation>
    </message>
    <message>
        <source>Endpoints that fail on a machine while at least 90 % of the machines of the same cloud and site pass them.</source>
        <translation>Points de terminaison qui échouent sur une machine alors qu&apos;au moins 90 % des machines du même cloud et du même site les réussissent.</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Passing at the site</source>
        <translation>Réussite sur le site</translation>
    </message>
    <message>
        <source>Machines at the site</source>
        <translation>Machines du site</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Click a column heading to sort by it.</source>
        <translation>Cliquez sur un en-tête de colonne pour trier selon celle-ci.</translation>
    </message>
    <message>
        <source>Files that are not readable reports</source>
        <translation>Fichiers qui ne sont pas des rapports lisibles</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>FleetText</name>
    <message>
        <source>Failures per endpoint:</source>
        <translation>Échecs par point de terminaison :</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  aucun</translation>
    </message>
    <message>
        <source>  %1: machines %2, not ready %3</source>
        <translation>  %1 : machines %2, non prêtes %3</translation>
    </message>
    <message>
        <source>Odd ones out:</source>
        <translation>Cas isolés :</translation>
    </message>
    <message>
        <source>Files that are not readable reports:</source>
        <translation>Fichiers qui ne sont pas des rapports lisibles :</translation>
    </message>
    <message numerus="yes">
        <source>  %1 %2: failed on %3 of %n machines (%4)</source>
        <extracomment>%1 an endpoint, %2 its protocol code, %3 how many machines it failed on, %n how many tested it, %4 the diagnoses</extracomment>
        <translation>
            <numerusform>  %1 %2 : en échec sur %3 machine sur %n (%4)</numerusform>
            <numerusform>  %1 %2 : en échec sur %3 des %n machines (%4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetWording</name>
    <message>
        <source>Netready fleet summary</source>
        <translation>Synthèse Netready du parc</translation>
    </message>
    <message>
        <source>Reports read: %1; unreadable files: %2.</source>
        <translation>Rapports lus : %1; fichiers illisibles : %2.</translation>
    </message>
    <message>
        <source>Cloud %1, report schema version %2</source>
        <translation>Cloud %1, version de schéma du rapport %2</translation>
    </message>
    <message>
        <source>Machines: %1; ready: %2; not ready: %3.</source>
        <translation>Machines : %1; prêtes : %2; non prêtes : %3.</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <source>no site label</source>
        <translation>sans étiquette de site</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>By proxy</source>
        <translation>Par proxy</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>Par site</translation>
    </message>
    <message>
        <source>By operating system</source>
        <translation>Par système d&apos;exploitation</translation>
    </message>
    <message>
        <source>By catalog date</source>
        <translation>Par date du catalogue</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 %4 fails with %5 while %6 of %n machines at the site pass it.</source>
        <extracomment>%1 a machine, %2 its site, %3 an endpoint, %4 its protocol code, %5 a diagnosis, %6 how many machines pass, %n how many machines the site has</extracomment>
        <translation>
            <numerusform>%1 (%2) : %3 %4 échoue (%5) alors que %6 machine sur %n du site le réussit.</numerusform>
            <numerusform>%1 (%2) : %3 %4 échoue (%5) alors que %6 des %n machines du site le réussissent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>the answer arrived complete</source>
        <translation>la réponse est arrivée complète</translation>
    </message>
    <message>
        <source>the answer was cut at the size cap of %1 bytes</source>
        <translation>la réponse a été tronquée à la taille maximale de %1 octets</translation>
    </message>
    <message>
        <source>no HTTP answer within %1 s</source>
        <translation>aucune réponse HTTP dans un délai de %1 s</translation>
    </message>
    <message>
        <source>the answer was still incomplete after %1 s (%2 bytes of headers)</source>
        <translation>la réponse était toujours incomplète après %1 s (%2 octets d&apos;en-têtes)</translation>
    </message>
    <message>
        <source>the download was still running after %1 s: %2 of %3 bytes</source>
        <translation>le téléchargement était toujours en cours après %1 s : %2 octets sur %3</translation>
    </message>
    <message>
        <source>the download was still running after %1 s: %2 bytes so far</source>
        <translation>le téléchargement était toujours en cours après %1 s : %2 octets reçus jusqu&apos;ici</translation>
    </message>
    <message>
        <source>the connection was closed without an answer</source>
        <translation>la connexion a été fermée sans réponse</translation>
    </message>
    <message>
        <source>the connection was closed after %1 bytes, before the headers ended</source>
        <translation>la connexion a été fermée après %1 octets, avant la fin des en-têtes</translation>
    </message>
    <message>
        <source>the connection was closed after %1 of %2 bytes of the body</source>
        <translation>la connexion a été fermée après %1 octets du corps sur %2</translation>
    </message>
    <message>
        <source>the connection was closed after the answer (%1 bytes)</source>
        <translation>la connexion a été fermée après la réponse (%1 octets)</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the connection closed without an answer</source>
        <translation>la connexion s&apos;est fermée sans réponse</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the headers</source>
        <translation>la connexion s&apos;est fermée au milieu des en-têtes</translation>
    </message>
    <message>
        <source>the answer is not HTTP</source>
        <translation>la réponse n&apos;est pas du HTTP</translation>
    </message>
    <message>
        <source>the headers are larger than 64 KiB</source>
        <translation>les en-têtes dépassent 64 Kio</translation>
    </message>
    <message>
        <source>the Content-Length header is invalid</source>
        <translation>l&apos;en-tête Content-Length n&apos;est pas valide</translation>
    </message>
    <message>
        <source>a chunk header is malformed</source>
        <translation>un en-tête de bloc (chunk) est mal formé</translation>
    </message>
</context>
<context>
    <name>JUnitReportWriter</name>
    <message>
        <source>Remedy: %1</source>
        <translation>Solution : %1</translation>
    </message>
    <message>
        <source>Answered by: %1</source>
        <translation>Réponse de : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>unknown key (allowed: %1)</source>
        <translation>clé inconnue (autorisées : %1)</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 is not an array</source>
        <translation>%1 n&apos;est pas un tableau</translation>
    </message>
    <message>
        <source>must not be an empty array</source>
        <translation>ne doit pas être un tableau vide</translation>
    </message>
    <message>
        <source>%1 is not %2 (%3)</source>
        <translation>%1 n&apos;est pas %2 (%3)</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON non valide à la position %1 : %2</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>le niveau supérieur doit être un objet</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>A new language applies when Netready starts again.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de Netready.</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <extracomment>a menu entry; %1 the name of the system&apos;s language in itself, e.g. &quot;Deutsch&quot;</extracomment>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Netready will be in %1 the next time it starts. This window stays in the current language.</source>
        <extracomment>%1 the chosen language&apos;s name in itself, e.g. &quot;Français&quot;</extracomment>
        <translation>Au prochain démarrage, Netready s&apos;affichera dans la langue suivante : %1. Cette fenêtre reste dans la langue actuelle.</translation>
    </message>
</context>
<context>
    <name>LogonIdentity</name>
    <message>
        <source>no Kerberos ticket for this user</source>
        <translation>aucun ticket Kerberos pour cet utilisateur</translation>
    </message>
    <message>
        <source>no Kerberos ticket for this user (%1)</source>
        <translation>aucun ticket Kerberos pour cet utilisateur (%1)</translation>
    </message>
    <message>
        <source>the Kerberos ticket cannot be read (%1)</source>
        <translation>le ticket Kerberos est illisible (%1)</translation>
    </message>
    <message>
        <source>the Kerberos ticket has expired</source>
        <translation>le ticket Kerberos a expiré</translation>
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
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À pr&amp;opos</translation>
    </message>
    <message>
        <source>About Netready</source>
        <translation>À propos de Netready</translation>
    </message>
    <message>
        <source>Shows the version of Netready and its homepage</source>
        <translation>Affiche la version de Netready et sa page d&apos;accueil</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Chooses the language Netready uses the next time it starts</source>
        <translation>Choisit la langue utilisée par Netready au prochain démarrage</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Utiliser les paramètres de proxy du &amp;système</translation>
    </message>
    <message>
        <source>Test &amp;desktop flows along the route of the desktop flows service</source>
        <translation>Tester les flux de &amp;bureau selon la route du service des flux de bureau</translation>
    </message>
    <message>
        <source>Test desktop flows as me, with m&amp;y proxy settings</source>
        <translation>Tester les flux de bureau avec mon identité, avec mes paramètres de prox&amp;y</translation>
    </message>
    <message>
        <source>Direct connection, n&amp;o proxy</source>
        <translation>Connexion directe, sa&amp;ns proxy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy</source>
        <translation>Proxy m&amp;anuel</translation>
    </message>
    <message>
        <source>Automatic configuration scr&amp;ipt</source>
        <translation>Script de confi&amp;guration automatique</translation>
    </message>
    <message>
        <source>Also check the re&amp;vocation path of each TLS chain</source>
        <translation>Vérifier aussi le chemin de ré&amp;vocation de chaque chaîne TLS</translation>
    </message>
    <message>
        <source>How does this machine reach the internet?</source>
        <translation>Comment cette machine accède-t-elle à Internet?</translation>
    </message>
    <message>
        <source>Power Automate uses the system&apos;s proxy settings. Change them here only to test another way.</source>
        <translation>Power Automate utilise les paramètres de proxy du système. Ne les modifiez ici que pour tester une autre configuration.</translation>
    </message>
    <message>
        <source>&amp;Run checks</source>
        <translation>&amp;Lancer les vérifications</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Detected: looking…</source>
        <translation>Détecté : recherche…</translation>
    </message>
    <message>
        <source>Power Automate&apos;s own proxy settings, as the desktop flows service reads them: registry values, then its Proxy.config file, then the machine&apos;s WinHTTP proxy. Gateway endpoints follow the gateway service&apos;s route.</source>
        <translation>Les paramètres de proxy propres à Power Automate, tels que le service des flux de bureau les lit : valeurs de registre, puis son fichier Proxy.config, puis le proxy WinHTTP de la machine. Les points de terminaison de la passerelle suivent la route du service de passerelle.</translation>
    </message>
    <message>
        <source>Your own Windows proxy settings, as Power Automate for desktop uses them while you are signed in.</source>
        <translation>Vos propres paramètres de proxy Windows, tels que Power Automate pour le bureau les utilise lorsque vous êtes connecté.</translation>
    </message>
    <message>
        <source>Proxy of each Power Automate component</source>
        <translation>Proxy de chaque composant de Power Automate</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>URL du proxy</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nom d&apos;utilisateur du proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>Proxy U&amp;RL:</source>
        <translation>&amp;URL du proxy :</translation>
    </message>
    <message>
        <source>Proxy authentication</source>
        <translation>Authentification auprès du proxy</translation>
    </message>
    <message>
        <source>Automatic: the strongest the proxy offers</source>
        <translation>Automatique : le plus fort que propose le proxy</translation>
    </message>
    <message>
        <source>Negotiate (Kerberos, signed-in user)</source>
        <translation>Negotiate (Kerberos, utilisateur connecté)</translation>
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
        <translation>Aucune : pas d&apos;authentification</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>Au&amp;thentification :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;utilisat&amp;eur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot &amp;de passe :</translation>
    </message>
    <message>
        <source>DOMAIN\user; empty: the signed-in user where possible</source>
        <translation>DOMAINE\utilisateur; vide : l&apos;utilisateur connecté si possible</translation>
    </message>
    <message>
        <source>The password is used for this run only and is never saved.</source>
        <translation>Le mot de passe n&apos;est utilisé que pour cette exécution et n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <source>http://wpad.example.com/proxy.pac or a .pac file</source>
        <translation>http://wpad.example.com/proxy.pac ou un fichier .pac</translation>
    </message>
    <message>
        <source>Automatic configuration script</source>
        <translation>Script de configuration automatique</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Browse for a proxy auto-config script</source>
        <translation>Rechercher un script de configuration automatique du proxy</translation>
    </message>
    <message>
        <source>Proxy auto-config scripts (*.pac *.dat *.js)</source>
        <translation>Scripts de configuration automatique du proxy (*.pac *.dat *.js)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Script a&amp;ddress:</source>
        <translation>Adresse du s&amp;cript :</translation>
    </message>
    <message>
        <source>&amp;Advanced settings</source>
        <translation>Para&amp;mètres avancés</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Paramètres avancés</translation>
    </message>
    <message>
        <source>Extra trusted CA file</source>
        <translation>Fichier d&apos;AC de confiance supplémentaire</translation>
    </message>
    <message>
        <source>PEM file, e.g. your TLS inspection&apos;s root</source>
        <translation>Fichier PEM, par ex. la racine de votre inspection TLS</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>Rechercher un fichier d&apos;AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificats (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout per step in seconds</source>
        <translation>Délai d&apos;expiration par étape, en secondes</translation>
    </message>
    <message>
        <source>Also check the revocation path of each TLS chain</source>
        <translation>Vérifier aussi le chemin de révocation de chaque chaîne TLS</translation>
    </message>
    <message>
        <source>Extra catalog file</source>
        <translation>Fichier catalogue supplémentaire</translation>
    </message>
    <message>
        <source>JSON file with your own endpoints</source>
        <translation>Fichier JSON contenant vos propres points de terminaison</translation>
    </message>
    <message>
        <source>Brows&amp;e…</source>
        <translation>Parcour&amp;ir…</translation>
    </message>
    <message>
        <source>Browse for a catalog file</source>
        <translation>Rechercher un fichier catalogue</translation>
    </message>
    <message>
        <source>Catalogs (*.json)</source>
        <translation>Catalogues (*.json)</translation>
    </message>
    <message>
        <source>Extra trusted &amp;CA file:</source>
        <translation>&amp;Fichier d&apos;AC de confiance supplémentaire :</translation>
    </message>
    <message>
        <source>&amp;Timeout per step:</source>
        <translation>Délai d&apos;e&amp;xpiration par étape :</translation>
    </message>
    <message>
        <source>E&amp;xtra catalog file:</source>
        <translation>Fic&amp;hier catalogue supplémentaire :</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Détecté : %1</translation>
    </message>
    <message>
        <source>%1, on the network as %2</source>
        <translation>%1, identité sur le réseau : %2</translation>
    </message>
    <message>
        <source>Power Automate for desktop and its services take the same route.</source>
        <translation>Power Automate pour le bureau et ses services empruntent la même route.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s address, e.g. http://proxy.example.com:8080</source>
        <translation>Saisissez l&apos;adresse du proxy, par ex. http://proxy.example.com:8080</translation>
    </message>
    <message>
        <source>Enter the script&apos;s URL or file, e.g. http://wpad.example.com/proxy.pac</source>
        <translation>Saisissez l&apos;URL ou le fichier du script, par ex. http://wpad.example.com/proxy.pac</translation>
    </message>
    <message>
        <source>No readable file at this path.</source>
        <translation>Aucun fichier lisible à cet emplacement.</translation>
    </message>
    <message>
        <source>No readable file at %1.</source>
        <translation>Aucun fichier lisible à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>Checks of this catalog need your hosts under %1: go Back to the Features page to enter them, or they are reported as needing your input.</source>
        <translation>Les vérifications de ce catalogue nécessitent vos hôtes sous %1 : revenez à la page Fonctionnalités avec Précédent pour les saisir, sinon elles seront signalées comme nécessitant votre saisie.</translation>
    </message>
    <message>
        <source>This file holds no PEM certificate.</source>
        <translation>Ce fichier ne contient aucun certificat PEM.</translation>
    </message>
</context>
<context>
    <name>OcspInspector</name>
    <message>
        <source>it could not read the request</source>
        <translation>il n&apos;a pas pu lire la requête</translation>
    </message>
    <message>
        <source>it had an internal error</source>
        <translation>il a rencontré une erreur interne</translation>
    </message>
    <message>
        <source>it is busy</source>
        <translation>il est surchargé</translation>
    </message>
    <message>
        <source>it wants signed requests</source>
        <translation>il exige des requêtes signées</translation>
    </message>
    <message>
        <source>it does not answer for this issuer</source>
        <translation>il ne répond pas pour cet émetteur</translation>
    </message>
    <message>
        <source>unknown meaning</source>
        <translation>signification inconnue</translation>
    </message>
    <message>
        <source>Single responses: %1</source>
        <translation>Réponses individuelles : %1</translation>
    </message>
    <message>
        <source>Serial %1: %2</source>
        <translation>Numéro de série %1 : %2</translation>
    </message>
    <message>
        <source>The response does not mention the certificate asked about</source>
        <translation>La réponse ne mentionne pas le certificat demandé</translation>
    </message>
    <message>
        <source>Nonce: echoed</source>
        <translation>Nonce : renvoyé</translation>
    </message>
    <message>
        <source>Nonce: none sent</source>
        <translation>Nonce : aucun envoyé</translation>
    </message>
    <message>
        <source>Nonce: not echoed (the responder may serve pre-signed answers)</source>
        <translation>Nonce : non renvoyé (le répondeur fournit peut-être des réponses pré-signées)</translation>
    </message>
    <message>
        <source>Nonce: present in the response only</source>
        <translation>Nonce : présent uniquement dans la réponse</translation>
    </message>
    <message>
        <source>Nonce: does not match the request (a replayed or cached answer?)</source>
        <translation>Nonce : ne correspond pas à la requête (réponse rejouée ou mise en cache?)</translation>
    </message>
    <message>
        <source>not checked (no issuer certificate known)</source>
        <translation>non vérifiée (aucun certificat d&apos;émetteur connu)</translation>
    </message>
    <message>
        <source>not checked (the issuer certificate cannot be read)</source>
        <translation>non vérifiée (le certificat de l&apos;émetteur est illisible)</translation>
    </message>
    <message>
        <source>not checked (%1)</source>
        <translation>non vérifiée (%1)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>does not verify (%1)</source>
        <translation>non valide (%1)</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP : %1</translation>
    </message>
    <message>
        <source>Content-Type: %1</source>
        <translation>Content-Type : %1</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>Taille : %1 octets</translation>
    </message>
    <message>
        <source>The answer is larger than 20 MB and was cut; no OCSP response is that large</source>
        <translation>La réponse dépasse 20 Mo et a été tronquée; aucune réponse OCSP n&apos;est aussi volumineuse</translation>
    </message>
    <message>
        <source>an OCSP response</source>
        <translation>une réponse OCSP</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 instead of an OCSP response (the body was %2)</source>
        <translation>Le serveur a répondu HTTP %1 au lieu d&apos;une réponse OCSP (contenu reçu : %2)</translation>
    </message>
    <message>
        <source>The answer is not an OCSP response but %1</source>
        <translation>La réponse n&apos;est pas une réponse OCSP mais %1</translation>
    </message>
    <message>
        <source>Response status: %1</source>
        <translation>Statut de la réponse : %1</translation>
    </message>
    <message>
        <source>The OCSP responder answered with responseStatus %1 (%2): it is reachable but gives no certificate status</source>
        <translation>Le répondeur OCSP a répondu avec responseStatus %1 (%2) : il est accessible mais ne donne aucun statut de certificat</translation>
    </message>
    <message>
        <source>The OCSP responder answered with responseStatus %1 (%2): it is reachable</source>
        <translation>Le répondeur OCSP a répondu avec responseStatus %1 (%2) : il est accessible</translation>
    </message>
    <message>
        <source>The OCSP response says successful but carries no basic response</source>
        <translation>La réponse OCSP indique un succès mais ne contient pas de réponse de base (basic response)</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signature : %1</translation>
    </message>
    <message>
        <source>The OCSP answer is not signed by the certificate&apos;s issuer nor by a responder it delegated to: something other than the CA answered (a filtering device or a wrong responder); signature %1</source>
        <translation>La réponse OCSP n&apos;est signée ni par l&apos;émetteur du certificat ni par un répondeur qu&apos;il a délégué : une autre entité que l&apos;autorité de certification a répondu (un équipement de filtrage ou un mauvais répondeur); signature %1</translation>
    </message>
    <message>
        <source>The OCSP responder answered (responseStatus successful) but without the certificate asked about; signature %1</source>
        <translation>Le répondeur OCSP a répondu (responseStatus successful) mais sans le certificat demandé; signature %1</translation>
    </message>
    <message>
        <source>revoked at %1 (reason: %2)</source>
        <translation>révoqué le %1 (motif : %2)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>This update: %1</source>
        <translation>Date d&apos;effet : %1</translation>
    </message>
    <message>
        <source>Next update: %1</source>
        <translation>Prochaine mise à jour : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>This update lies in the future: is the local clock behind?</source>
        <translation>La date d&apos;effet se situe dans le futur : l&apos;horloge locale retarde-t-elle?</translation>
    </message>
    <message>
        <source>The OCSP responder answers with an out-of-date status: certificate %1, next update %2 has passed (a cache or a device in between may be replaying an old answer)</source>
        <translation>Le répondeur OCSP répond avec un statut périmé : certificat %1, la prochaine mise à jour (%2) est dépassée (un cache ou un équipement intermédiaire rejoue peut-être une ancienne réponse)</translation>
    </message>
    <message>
        <source>The OCSP responder answered (responseStatus successful): certificate %1, this update %2, next update %3, signature %4</source>
        <translation>Le répondeur OCSP a répondu (responseStatus successful) : certificat %1, date d&apos;effet %2, prochaine mise à jour %3, signature %4</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes follow the OCSP response</source>
        <translation>
            <numerusform>%n octet suit la réponse OCSP</numerusform>
            <numerusform>%n octets suivent la réponse OCSP</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OcspRequestBuilder</name>
    <message>
        <source>An OCSP request needs the issuer&apos;s certificate</source>
        <translation>Une requête OCSP nécessite le certificat de l&apos;émetteur</translation>
    </message>
    <message>
        <source>The issuer certificate cannot be read (PEM expected)</source>
        <translation>Le certificat de l&apos;émetteur est illisible (PEM attendu)</translation>
    </message>
    <message>
        <source>The certificate to ask about cannot be read (PEM expected)</source>
        <translation>Le certificat à interroger est illisible (PEM attendu)</translation>
    </message>
    <message>
        <source>Cannot build the OCSP certificate identifier: %1</source>
        <translation>Impossible de construire l&apos;identifiant de certificat OCSP : %1</translation>
    </message>
    <message>
        <source>Cannot build the OCSP request: %1</source>
        <translation>Impossible de construire la requête OCSP : %1</translation>
    </message>
    <message>
        <source>Cannot add a nonce to the OCSP request: %1</source>
        <translation>Impossible d&apos;ajouter un nonce à la requête OCSP : %1</translation>
    </message>
    <message>
        <source>Cannot encode the OCSP request: %1</source>
        <translation>Impossible d&apos;encoder la requête OCSP : %1</translation>
    </message>
</context>
<context>
    <name>PacAnswer</name>
    <message>
        <source>&apos;%1&apos; names no proxy (host:port); passed over</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;indique aucun proxy (hôte:port); ignoré</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HTTP proxy; passed over</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un proxy HTTP; ignoré</translation>
    </message>
</context>
<context>
    <name>PacDownload</name>
    <message>
        <source>the script %1 cannot be read: %2</source>
        <translation>le script %1 est illisible : %2</translation>
    </message>
    <message>
        <source>the script %1 is larger than %2 bytes</source>
        <translation>le script %1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>%1 sent no complete script within %2 s</source>
        <translation>%1 n&apos;a pas envoyé de script complet dans un délai de %2 s</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 n&apos;a pas pu être téléchargé : %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of the script</source>
        <translation>%1 a répondu HTTP %2 au lieu du script</translation>
    </message>
</context>
<context>
    <name>PacEvaluator</name>
    <message>
        <source>the proxy auto-config script could not be loaded: %1</source>
        <translation>le script de configuration automatique du proxy n&apos;a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>the proxy auto-config script %1 cannot be used: %2</source>
        <translation>le script de configuration automatique du proxy %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>the proxy auto-config script %1 gave no answer for %2: %3</source>
        <translation>le script de configuration automatique du proxy %1 n&apos;a donné aucune réponse pour %2 : %3</translation>
    </message>
    <message>
        <source>%1; it is not asked again in this run</source>
        <translation>%1; il ne sera plus interrogé pendant cette exécution</translation>
    </message>
    <message>
        <source>the proxy auto-config script %1 returned &quot;%2&quot; for %3: no route Netready can test (only HTTP proxies and DIRECT are)</source>
        <translation>le script de configuration automatique du proxy %1 a renvoyé «&#xa0;%2&#xa0;» pour %3 : aucune route que Netready puisse tester (seuls les proxys HTTP et DIRECT le sont)</translation>
    </message>
</context>
<context>
    <name>PacScript</name>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (ligne %2)</translation>
    </message>
    <message>
        <source>the script did not return within %1 s</source>
        <translation>le script n&apos;a pas rendu la main dans un délai de %1 s</translation>
    </message>
    <message>
        <source>the script threw %1</source>
        <translation>le script a levé une exception : %1</translation>
    </message>
    <message>
        <source>the script defines no function FindProxyForURL</source>
        <translation>le script ne définit aucune fonction FindProxyForURL</translation>
    </message>
    <message>
        <source>the script is not loaded</source>
        <translation>le script n&apos;est pas chargé</translation>
    </message>
    <message>
        <source>the script returned %1, not a string</source>
        <translation>le script a renvoyé %1, et non une chaîne</translation>
    </message>
    <message>
        <source>WinHTTP reports an error in the script (a syntax error, or it threw)</source>
        <translation>WinHTTP signale une erreur dans le script (une erreur de syntaxe, ou il a levé une exception)</translation>
    </message>
    <message>
        <source>WinHTTP could not download the script (it reads http:// and https:// URLs only)</source>
        <translation>WinHTTP n&apos;a pas pu télécharger le script (il ne lit que les URL http:// et https://)</translation>
    </message>
    <message>
        <source>WinHTTP found no script</source>
        <translation>WinHTTP n&apos;a trouvé aucun script</translation>
    </message>
    <message>
        <source>WinHTTP error %1</source>
        <translation>erreur WinHTTP %1</translation>
    </message>
    <message>
        <source>this Windows has no engine for scripts in files (jsproxy.dll); give the script as an http:// or https:// URL</source>
        <translation>ce Windows n&apos;a pas de moteur pour les scripts en fichier (jsproxy.dll) ; indiquez le script sous forme d&apos;URL http:// ou https://</translation>
    </message>
    <message>
        <source>another script from a file is in use in this process</source>
        <translation>un autre script en fichier est déjà utilisé dans ce processus</translation>
    </message>
    <message>
        <source>the script could not be loaded by jsproxy.dll: error %1</source>
        <translation>jsproxy.dll n&apos;a pas pu charger le script : erreur %1</translation>
    </message>
    <message>
        <source>WinHTTP is not available: error %1</source>
        <translation>WinHTTP n&apos;est pas disponible : erreur %1</translation>
    </message>
    <message>
        <source>the script gave no answer: a syntax error, it threw, or FindProxyForURL is missing (jsproxy.dll error %1)</source>
        <translation>le script n&apos;a donné aucune réponse : erreur de syntaxe, exception levée, ou FindProxyForURL absente (erreur jsproxy.dll %1)</translation>
    </message>
    <message>
        <source>the JavaScript engine for proxy auto-config scripts could not be loaded (%1); reinstall Netready</source>
        <translation>le moteur JavaScript des scripts de configuration automatique du proxy n’a pas pu être chargé (%1) ; réinstallez Netready</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>PlaceholderRules</name>
    <message>
        <source>&apos;%1&apos; is neither a host name nor an http(s) URL</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un nom d&apos;hôte ni une URL http(s)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: leave out the user name, only the host name is checked</source>
        <translation>«&#xa0;%1&#xa0;» : omettez le nom d&apos;utilisateur, seul le nom d&apos;hôte est vérifié</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an IP address: a host name is needed</source>
        <translation>«&#xa0;%1&#xa0;» est une adresse IP : un nom d&apos;hôte est nécessaire</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a port (1 to 65535)</source>
        <translation>«&#xa0;%1&#xa0;» : «&#xa0;%2&#xa0;» n&apos;est pas un port (1 à 65535)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: leave out the port %2, the checks use the ports the catalog lists</source>
        <translation>«&#xa0;%1&#xa0;» : omettez le port %2, les vérifications utilisent les ports répertoriés par le catalogue</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL: the part after the host name holds spaces or characters a URL does not allow</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL valide : la partie qui suit le nom d&apos;hôte contient des espaces ou des caractères interdits dans une URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a namespace name: 6 to 50 letters, digits and hyphens, starting with a letter</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;espace de noms : 6 à 50 lettres, chiffres et traits d&apos;union, commençant par une lettre</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: environment addresses start with https://</source>
        <translation>«&#xa0;%1&#xa0;» : les adresses d&apos;environnement commencent par https://</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host under %2, which {%3} stands for in the %4 cloud</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un hôte sous %2, que {%3} représente dans le cloud %4</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an environment of the %2 cloud, not of %3: check the cloud you chose</source>
        <translation>«&#xa0;%1&#xa0;» est un environnement du cloud %2, et non du cloud %3 : vérifiez le cloud choisi</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an environment address of the %2 cloud: it ends in .%3, e.g. %4</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse d&apos;environnement du cloud %2 : elle se termine par .%3, par ex. %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Service Bus namespace of the %2 cloud (expected a name or name.%3)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un espace de noms Service Bus du cloud %2 (attendu : un nom ou nom.%3)</translation>
    </message>
    <message>
        <source>contoso-relay or contoso-relay.%1</source>
        <translation>contoso-relay ou contoso-relay.%1</translation>
    </message>
</context>
<context>
    <name>ProxyAuthenticator</name>
    <message>
        <source>not tried: the proxy does not offer it (it offers %1)</source>
        <translation>non essayé : le proxy ne le propose pas (il propose %1)</translation>
    </message>
    <message>
        <source>not tried: this build of libcurl cannot do it</source>
        <translation>non essayé : cette version de libcurl ne le prend pas en charge</translation>
    </message>
    <message>
        <source>not tried: %1</source>
        <translation>non essayé : %1</translation>
    </message>
    <message>
        <source>not tried: it needs a user name (DOMAIN\user for NTLM) and a password, and none was given</source>
        <translation>non essayé : il faut un nom d&apos;utilisateur (DOMAINE\utilisateur pour NTLM) et un mot de passe, et aucun n&apos;a été fourni</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>proxy CONNECT with %1: %2</source>
        <translation>CONNECT au proxy avec %1 : %2</translation>
    </message>
    <message>
        <source>proxy request with %1: %2</source>
        <translation>requête au proxy avec %1 : %2</translation>
    </message>
    <message>
        <source>authenticated as %1</source>
        <translation>authentifié en tant que %1</translation>
    </message>
    <message>
        <source>the proxy rejected the Kerberos ticket of %1</source>
        <translation>le proxy a refusé le ticket Kerberos de %1</translation>
    </message>
    <message>
        <source>the proxy rejected the credentials of %1 (wrong user name or password)</source>
        <translation>le proxy a refusé les informations d&apos;identification de %1 (nom d&apos;utilisateur ou mot de passe incorrect)</translation>
    </message>
    <message>
        <source>the proxy answered %1</source>
        <translation>le proxy a répondu %1</translation>
    </message>
    <message>
        <source>not supported by Netready</source>
        <translation>non pris en charge par Netready</translation>
    </message>
    <message>
        <source>no scheme named</source>
        <translation>aucun schéma indiqué</translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2); authentication is turned off</source>
        <translation>le proxy %1 demande une authentification (%2); l&apos;authentification est désactivée</translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2), and no scheme could be tried</source>
        <translation>le proxy %1 demande une authentification (%2), et aucun schéma n&apos;a pu être essayé</translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2), and no scheme succeeded: %3</source>
        <translation>le proxy %1 demande une authentification (%2), et aucun schéma n&apos;a réussi : %3</translation>
    </message>
</context>
<context>
    <name>ProxyResolver</name>
    <message>
        <source>direct: the bypass list&apos;s entry &apos;%1&apos; matches %2</source>
        <translation>direct : l&apos;entrée «&#xa0;%1&#xa0;» de la liste de contournement correspond à %2</translation>
    </message>
    <message>
        <source>the system proxy %1:%2 is not an HTTP proxy; checked directly</source>
        <translation>le proxy système %1:%2 n&apos;est pas un proxy HTTP; vérifié en connexion directe</translation>
    </message>
</context>
<context>
    <name>ProxySetting</name>
    <message>
        <source>&apos;%1&apos; is not a proxy URL (expected http://host:port)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL de proxy (attendu : http://hôte:port)</translation>
    </message>
    <message>
        <source>proxy scheme &apos;%1&apos; is not supported (use http://)</source>
        <translation>le schéma de proxy «&#xa0;%1&#xa0;» n&apos;est pas pris en charge (utilisez http://)</translation>
    </message>
    <message>
        <source>proxy URL needs a port, e.g. http://%1:8080</source>
        <translation>l&apos;URL du proxy nécessite un port, par ex. http://%1:8080</translation>
    </message>
    <message>
        <source>proxy URL must not have a path</source>
        <translation>l&apos;URL du proxy ne doit pas contenir de chemin</translation>
    </message>
    <message>
        <source>no proxy auto-config script given</source>
        <translation>aucun script de configuration automatique du proxy indiqué</translation>
    </message>
    <message>
        <source>proxy auto-config scheme &apos;%1&apos; is not supported (use a file, http:// or https://)</source>
        <translation>le schéma de configuration automatique du proxy «&#xa0;%1&#xa0;» n&apos;est pas pris en charge (utilisez un fichier, http:// ou https://)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file or URL of a proxy auto-config script</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un fichier ni une URL de script de configuration automatique du proxy</translation>
    </message>
    <message>
        <source>the proxy auto-config script %1 is not a readable file</source>
        <translation>le script de configuration automatique du proxy %1 n&apos;est pas un fichier lisible</translation>
    </message>
</context>
<context>
    <name>ProxyTunnel</name>
    <message>
        <source>the proxy %1 did not answer the CONNECT request within %2 s</source>
        <translation>le proxy %1 n&apos;a pas répondu à la requête CONNECT dans un délai de %2 s</translation>
    </message>
    <message>
        <source>a TLS handshake: it is an HTTPS proxy or a TLS service, not an HTTP proxy</source>
        <translation>une négociation TLS : il s&apos;agit d&apos;un proxy HTTPS ou d&apos;un service TLS, et non d&apos;un proxy HTTP</translation>
    </message>
    <message>
        <source>a TLS alert: it expects TLS, not an HTTP proxy request</source>
        <translation>une alerte TLS : il attend du TLS, et non une requête de proxy HTTP</translation>
    </message>
    <message>
        <source>a SOCKS 5 reply: it is a SOCKS proxy</source>
        <translation>une réponse SOCKS 5 : il s&apos;agit d&apos;un proxy SOCKS</translation>
    </message>
    <message>
        <source>a SOCKS 4 reply: it is a SOCKS proxy</source>
        <translation>une réponse SOCKS 4 : il s&apos;agit d&apos;un proxy SOCKS</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the proxy %1 answered CONNECT with %2</source>
        <translation>le proxy %1 a répondu à CONNECT par %2</translation>
    </message>
    <message>
        <source>the proxy %1 sent more than %2 bytes of headers in reply to CONNECT</source>
        <translation>le proxy %1 a envoyé plus de %2 octets d&apos;en-têtes en réponse à CONNECT</translation>
    </message>
    <message>
        <source>the proxy %1 closed the connection without answering CONNECT</source>
        <translation>le proxy %1 a fermé la connexion sans répondre à CONNECT</translation>
    </message>
    <message>
        <source>the proxy %1 closed the connection in the middle of its reply (%2 bytes)</source>
        <translation>le proxy %1 a fermé la connexion au milieu de sa réponse (%2 octets)</translation>
    </message>
    <message>
        <source>bytes that are not text: %1</source>
        <translation>des octets qui ne sont pas du texte : %1</translation>
    </message>
</context>
<context>
    <name>PublicRoots</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>larger than %1 KB; not a list of public roots</source>
        <translation>plus de %1 Ko; ce n&apos;est pas une liste de racines publiques</translation>
    </message>
    <message>
        <source>%1 is not a supported format (this version reads 1)</source>
        <translation>%1 n&apos;est pas un format pris en charge (cette version lit le format 1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>more than %1 roots</source>
        <translation>plus de %1 certificats racines</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>plus de %1 caractères</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint (64 lower-case hex digits)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une empreinte SHA-256 (64 chiffres hexadécimaux en minuscules)</translation>
    </message>
    <message>
        <source>%1 is not the id of an entry of sources</source>
        <translation>%1 n&apos;est pas l&apos;id d&apos;une entrée de sources</translation>
    </message>
    <message>
        <source>this root is listed twice</source>
        <translation>ce certificat racine figure deux fois dans la liste</translation>
    </message>
</context>
<context>
    <name>RegionListCommand</name>
    <message>
        <source>Regions of Microsoft&apos;s list of Service Bus namespaces for the desktop flows runtime (public cloud; page of %1), with how many each region has:</source>
        <translation>Régions de la liste Microsoft des espaces de noms Service Bus du runtime des flux de bureau (cloud public; page du %1), avec le nombre d&apos;espaces de noms de chaque région :</translation>
    </message>
    <message>
        <source>--region NAME tests every namespace of one region; the name is not case-sensitive.</source>
        <translation>--region NOM teste tous les espaces de noms d&apos;une région; le nom n&apos;est pas sensible à la casse.</translation>
    </message>
    <message numerus="yes">
        <source>(%n preview)</source>
        <extracomment>after a region and its number of namespaces: how many of them serve preview environments</extracomment>
        <translation>
            <numerusform>(dont %n en préversion)</numerusform>
            <numerusform>(dont %n en préversion)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayNamespaces</name>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>larger than %1 KB; not a list of relay namespaces</source>
        <translation>plus de %1 Ko; ce n&apos;est pas une liste d&apos;espaces de noms de relais</translation>
    </message>
    <message>
        <source>%1 is not a supported version (this version reads 1)</source>
        <translation>%1 n&apos;est pas une version prise en charge (cette version lit la version 1)</translation>
    </message>
    <message>
        <source>a region name has 1 to %1 characters</source>
        <translation>un nom de région comporte de 1 à %1 caractères</translation>
    </message>
    <message>
        <source>the region &apos;%1&apos; is listed twice</source>
        <translation>la région «&#xa0;%1&#xa0;» figure deux fois dans la liste</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a namespace host: one lower-case label below servicebus.windows.net</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un hôte d&apos;espace de noms : une seule étiquette en minuscules sous servicebus.windows.net</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 figure deux fois dans la liste</translation>
    </message>
    <message>
        <source>more than %1 namespaces</source>
        <translation>plus de %1 espaces de noms</translation>
    </message>
</context>
<context>
    <name>Remedies</name>
    <message>
        <source>Authentication at the proxy was turned off for this run (--proxy-auth none): allow it (--proxy-auth auto) to test past the proxy.</source>
        <translation>L&apos;authentification auprès du proxy a été désactivée pour cette exécution (--proxy-auth none) : autorisez-la (--proxy-auth auto) pour tester au-delà du proxy.</translation>
    </message>
    <message>
        <source>%1: get a Kerberos ticket for the user first (sign in to the domain, or run kinit user@REALM).</source>
        <translation>%1 : obtenez d&apos;abord un ticket Kerberos pour l&apos;utilisateur (connectez-vous au domaine, ou exécutez kinit user@REALM).</translation>
    </message>
    <message>
        <source>%1: give the proxy user (--proxy-user DOMAIN\user, or on the Network page) and its password.</source>
        <translation>%1 : indiquez l&apos;utilisateur du proxy (--proxy-user DOMAINE\utilisateur, ou sur la page Réseau) et son mot de passe.</translation>
    </message>
    <message>
        <source>%1: check the user name and password (for NTLM and Kerberos also the domain) and that the account may use the proxy.</source>
        <translation>%1 : vérifiez le nom d&apos;utilisateur et le mot de passe (pour NTLM et Kerberos, également le domaine) et que le compte est autorisé à utiliser le proxy.</translation>
    </message>
    <message>
        <source>%1: not supported here; ask the proxy administrators to offer Negotiate, NTLM, Digest or Basic as well.</source>
        <translation>%1 : non pris en charge ici; demandez aux administrateurs du proxy de proposer également Negotiate, NTLM, Digest ou Basic.</translation>
    </message>
    <message>
        <source>%1: the proxy does not offer it; choose a scheme it offers, or auto.</source>
        <translation>%1 : le proxy ne le propose pas; choisissez un schéma qu&apos;il propose, ou auto.</translation>
    </message>
    <message>
        <source>%1: the exchange failed (see the evidence); check the proxy&apos;s authentication setup.</source>
        <translation>%1 : l&apos;échange a échoué (voir les éléments de preuve); vérifiez la configuration d&apos;authentification du proxy.</translation>
    </message>
    <message>
        <source>the filtering device</source>
        <translation>l&apos;équipement de filtrage</translation>
    </message>
    <message>
        <source>Microsoft still lists %1, but its owner has retired it and current certificates no longer point there, so this does not block Power Automate. If older components still use it: %2</source>
        <translation>Microsoft répertorie toujours %1, mais son propriétaire l&apos;a retiré et les certificats actuels n&apos;y renvoient plus; cela ne bloque donc pas Power Automate. Si des composants plus anciens l&apos;utilisent encore : %2</translation>
    </message>
    <message>
        <source>Microsoft still lists %1, but their owner has retired them and current certificates no longer point there, so this does not block Power Automate. If older components still use them: %2</source>
        <translation>Microsoft répertorie toujours %1, mais leur propriétaire les a retirés et les certificats actuels n&apos;y renvoient plus; cela ne bloque donc pas Power Automate. Si des composants plus anciens les utilisent encore : %2</translation>
    </message>
    <message>
        <source>Nothing to change. This host is listed by Microsoft but retired by its owner; allowing it does no harm.</source>
        <translation>Rien à modifier. Cet hôte est répertorié par Microsoft mais retiré par son propriétaire; l&apos;autoriser ne pose aucun problème.</translation>
    </message>
    <message>
        <source>Make %1 resolvable from this machine: check the DNS servers and any DNS filter, or use a proxy that resolves internet names.</source>
        <translation>Rendez %1 résolvable depuis cette machine : vérifiez les serveurs DNS et tout filtre DNS, ou utilisez un proxy qui résout les noms Internet.</translation>
    </message>
    <message>
        <source>Allow HTTP 80 to the revocation servers: %1 on TCP %2 (outbound). Windows checks certificate revocation there; blocked, desktop flows start slowly or fail.</source>
        <translation>Autorisez HTTP 80 vers les serveurs de révocation : %1 sur TCP %2 (sortant). Windows y vérifie la révocation des certificats; s&apos;ils sont bloqués, les flux de bureau démarrent lentement ou échouent.</translation>
    </message>
    <message>
        <source>Allow outbound %1 to %2 in the firewall (a device actively rejects it).</source>
        <translation>Autorisez le trafic sortant %1 vers %2 dans le pare-feu (un équipement le rejette activement).</translation>
    </message>
    <message>
        <source>Allow outbound %1 to %2 in the firewall (packets are silently dropped).</source>
        <translation>Autorisez le trafic sortant %1 vers %2 dans le pare-feu (les paquets sont abandonnés silencieusement).</translation>
    </message>
    <message>
        <source>Let TLS to %1 on port %2 through unchanged: a device in between ends or breaks the handshake. Exclude it from TLS inspection and protocol filtering.</source>
        <translation>Laissez passer sans modification le TLS vers %1 sur le port %2 : un équipement intermédiaire interrompt ou casse la négociation. Excluez ce trafic de l&apos;inspection TLS et du filtrage de protocoles.</translation>
    </message>
    <message>
        <source>Exclude %1 from TLS inspection, or install the inspecting CA&apos;s root in this machine&apos;s trusted root store (and in the store of the account that runs the service).</source>
        <translation>Excluez %1 de l&apos;inspection TLS, ou installez le certificat racine de l&apos;autorité de certification d&apos;inspection dans le magasin des autorités de certification racines de confiance de cette machine (et dans celui du compte qui exécute le service).</translation>
    </message>
    <message>
        <source>Something answers for %1 with another site&apos;s certificate: check DNS, hosts file and proxy rules for this name, and exclude it from TLS inspection.</source>
        <translation>Quelque chose répond pour %1 avec le certificat d&apos;un autre site : vérifiez le DNS, le fichier hosts et les règles du proxy pour ce nom, et excluez-le de l&apos;inspection TLS.</translation>
    </message>
    <message>
        <source>Exclude %1 from TLS inspection: Power Automate and the gateway pin Microsoft&apos;s certificate chains, and WebSocket relay traffic breaks when inspected.</source>
        <translation>Excluez %1 de l&apos;inspection TLS : Power Automate et la passerelle épinglent les chaînes de certificats de Microsoft, et le trafic de relais WebSocket ne fonctionne plus lorsqu&apos;il est inspecté.</translation>
    </message>
    <message>
        <source>Check this machine&apos;s date and time first. If they are right, a device in between serves an outdated certificate for %1: exclude it from TLS inspection, or renew the device&apos;s certificate.</source>
        <translation>Vérifiez d&apos;abord la date et l&apos;heure de cette machine. Si elles sont correctes, un équipement intermédiaire présente un certificat périmé pour %1 : excluez cet hôte de l&apos;inspection TLS, ou renouvelez le certificat de l&apos;équipement.</translation>
    </message>
    <message>
        <source>Allow HTTP 80 to the certificate authority&apos;s AIA address named in the detail, so that Windows can fetch the missing intermediate certificate of %1, or have the device that answers send its whole chain.</source>
        <translation>Autorisez HTTP 80 vers l&apos;adresse AIA de l&apos;autorité de certification indiquée dans le détail, afin que Windows puisse récupérer le certificat intermédiaire manquant de %1, ou faites en sorte que l&apos;équipement qui répond envoie sa chaîne complète.</translation>
    </message>
    <message>
        <source>Power Automate needs TLS 1.2 or later: whatever answers for %1 offers only older versions. Exclude it from TLS inspection, or update the device&apos;s TLS settings.</source>
        <translation>Power Automate nécessite TLS 1.2 ou une version ultérieure : ce qui répond pour %1 ne propose que des versions plus anciennes. Excluez cet hôte de l&apos;inspection TLS, ou mettez à jour les paramètres TLS de l&apos;équipement.</translation>
    </message>
    <message>
        <source>The device that answers for %1 offers no cipher Windows and Power Automate accept: exclude it from TLS inspection, or enable TLS 1.2 ciphers with ECDHE and AES-GCM on it.</source>
        <translation>L&apos;équipement qui répond pour %1 ne propose aucune suite de chiffrement acceptée par Windows et Power Automate : excluez cet hôte de l&apos;inspection TLS, ou activez-y des suites de chiffrement TLS 1.2 avec ECDHE et AES-GCM.</translation>
    </message>
    <message>
        <source>Ask the team that runs %1 to allow %2 (and to exempt it from TLS inspection): it answers with its own block page instead of the service.</source>
        <translation>Demandez à l&apos;équipe qui gère %1 d&apos;autoriser %2 (et de l&apos;exempter de l&apos;inspection TLS) : l&apos;équipement répond avec sa propre page de blocage au lieu du service.</translation>
    </message>
    <message>
        <source>Allow HTTPS traffic to %1 to pass unchanged: the connection opens but no HTTP answer comes back (a filtering device holds or drops it).</source>
        <translation>Laissez passer sans modification le trafic HTTPS vers %1 : la connexion s&apos;ouvre mais aucune réponse HTTP ne revient (un équipement de filtrage la retient ou l&apos;abandonne).</translation>
    </message>
    <message>
        <source>Allow traffic to %1 to pass unchanged: the connection opens but the answer does not come within the timeout (a filtering device holds it, or the link is very slow).</source>
        <translation>Laissez passer sans modification le trafic vers %1 : la connexion s&apos;ouvre mais la réponse n&apos;arrive pas dans le délai imparti (un équipement de filtrage la retient, ou la liaison est très lente).</translation>
    </message>
    <message>
        <source>Check the proxy setting: %1 does not answer from this machine. Fix the address or port, or allow this machine to reach it.</source>
        <translation>Vérifiez le paramètre de proxy : %1 ne répond pas depuis cette machine. Corrigez l&apos;adresse ou le port, ou autorisez cette machine à l&apos;atteindre.</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>le proxy</translation>
    </message>
    <message>
        <source>The proxy requires authentication: configure it for the account that runs the service (the desktop flows runtime and the gateway run as service accounts), or exempt %1 from proxy authentication.</source>
        <translation>Le proxy exige une authentification : configurez-la pour le compte qui exécute le service (le runtime des flux de bureau et la passerelle s&apos;exécutent sous des comptes de service), ou exemptez %1 de l&apos;authentification du proxy.</translation>
    </message>
    <message>
        <source>Ask the proxy administrators to allow %1 to %2 (the proxy refused it; see its reply).</source>
        <translation>Demandez aux administrateurs du proxy d&apos;autoriser %1 vers %2 (le proxy l&apos;a refusé; voir sa réponse).</translation>
    </message>
    <message>
        <source>Ask the team that runs %1 to allow %2 to %3 (it refused the connection; see its reply).</source>
        <translation>Demandez à l&apos;équipe qui gère %1 d&apos;autoriser %2 vers %3 (l&apos;équipement a refusé la connexion; voir sa réponse).</translation>
    </message>
    <message>
        <source>Check the proxy setting: %1 does not speak the HTTP proxy protocol (it may be a SOCKS or HTTPS proxy, or another service on that port). Use the address and port of the HTTP proxy.</source>
        <translation>Vérifiez le paramètre de proxy : %1 ne parle pas le protocole de proxy HTTP (il peut s&apos;agir d&apos;un proxy SOCKS ou HTTPS, ou d&apos;un autre service sur ce port). Utilisez l&apos;adresse et le port du proxy HTTP.</translation>
    </message>
    <message>
        <source>Fix the proxy auto-config script or its address (the detail says what went wrong): without an answer from it, nothing on this machine that uses it can choose a proxy for %1.</source>
        <translation>Corrigez le script de configuration automatique du proxy ou son adresse (le détail indique le problème) : sans réponse de sa part, rien sur cette machine qui l&apos;utilise ne peut choisir de proxy pour %1.</translation>
    </message>
    <message>
        <source>Allow WebSocket upgrades to %1 on port %2: the proxy or inspection device must pass the Upgrade and Connection headers; exclude the host from TLS inspection.</source>
        <translation>Autorisez les mises à niveau WebSocket vers %1 sur le port %2 : le proxy ou l&apos;équipement d&apos;inspection doit laisser passer les en-têtes Upgrade et Connection; excluez l&apos;hôte de l&apos;inspection TLS.</translation>
    </message>
    <message>
        <source>Synchronize this machine&apos;s clock (Windows Time service or NTP): sign-in tokens fail when the clock is off by more than 5 minutes.</source>
        <translation>Synchronisez l&apos;horloge de cette machine (service de temps Windows ou NTP) : les jetons de connexion échouent lorsque l&apos;horloge est décalée de plus de 5 minutes.</translation>
    </message>
    <message>
        <source>Apply the same proxy settings to all four *.Proxy.config files of Power Automate for desktop (PAD, UIFlowService, LogShipper, UpdateService), as Microsoft advises, or set them once in the registry values under HKLM\SOFTWARE\Microsoft\Power Automate Desktop.</source>
        <translation>Appliquez les mêmes paramètres de proxy aux quatre fichiers *.Proxy.config de Power Automate pour le bureau (PAD, UIFlowService, LogShipper, UpdateService), comme le recommande Microsoft, ou définissez-les une seule fois dans les valeurs de registre sous HKLM\SOFTWARE\Microsoft\Power Automate Desktop.</translation>
    </message>
    <message>
        <source>Correct the settings named in the detail: proxy addresses as http://host:port, bypass entries without a leading &apos;*&apos;, registry values in the 64-bit view (not under WOW6432Node).</source>
        <translation>Corrigez les paramètres indiqués dans le détail : adresses de proxy au format http://hôte:port, entrées de contournement sans «&#xa0;*&#xa0;» initial, valeurs de registre dans la vue 64 bits (pas sous WOW6432Node).</translation>
    </message>
    <message>
        <source>Allow HTTP 80 to the revocation servers: something other than %1 answers (a captive portal or filtering proxy). Let plain HTTP to it through unchanged.</source>
        <translation>Autorisez HTTP 80 vers les serveurs de révocation : autre chose que %1 répond (un portail captif ou un proxy de filtrage). Laissez passer sans modification le HTTP simple vers ce serveur.</translation>
    </message>
    <message>
        <source>Let plain HTTP 80 to %1 through without delay: the revocation answer did not arrive in time. Windows waits up to 15 s per revocation server, so desktop flows start slowly or fail.</source>
        <translation>Laissez passer sans délai le HTTP simple (port 80) vers %1 : la réponse de révocation n&apos;est pas arrivée à temps. Windows attend jusqu&apos;à 15 s par serveur de révocation, si bien que les flux de bureau démarrent lentement ou échouent.</translation>
    </message>
    <message>
        <source>A cache or proxy serves an outdated revocation list for %1: let it fetch fresh copies, or exclude the host from caching.</source>
        <translation>Un cache ou un proxy fournit une liste de révocation périmée pour %1 : laissez-le récupérer des copies à jour, ou excluez l&apos;hôte de la mise en cache.</translation>
    </message>
    <message>
        <source>A cache or proxy serves an outdated OCSP answer for %1: exclude the host from caching.</source>
        <translation>Un cache ou un proxy fournit une réponse OCSP périmée pour %1 : excluez l&apos;hôte de la mise en cache.</translation>
    </message>
    <message>
        <source>The OCSP responder %1 reports an error for a well-formed request. If it persists, something between this machine and the certificate authority alters the requests: let HTTP 80 to it through unchanged.</source>
        <translation>Le répondeur OCSP %1 signale une erreur pour une requête bien formée. Si le problème persiste, un élément situé entre cette machine et l&apos;autorité de certification modifie les requêtes : laissez passer sans modification le HTTP 80 vers ce répondeur.</translation>
    </message>
    <message>
        <source>Run the check again.</source>
        <translation>Relancez la vérification.</translation>
    </message>
    <message>
        <source>Give &lt;defaultProxy&gt; the same settings in all three configuration files of the on-premises data gateway (Microsoft.PowerBI.EnterpriseGateway.exe.config, enterprisegatewayconfigurator.exe.config and m\Microsoft.Mashup.Container.NetFX45.exe.config), as Microsoft advises, then restart the gateway service.</source>
        <translation>Donnez à &lt;defaultProxy&gt; les mêmes paramètres dans les trois fichiers de configuration de la passerelle de données locale (Microsoft.PowerBI.EnterpriseGateway.exe.config, enterprisegatewayconfigurator.exe.config et m\Microsoft.Mashup.Container.NetFX45.exe.config), comme le conseille Microsoft, puis redémarrez le service de la passerelle.</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Démarrage (UTC)</translation>
    </message>
    <message>
        <source>Started (local time)</source>
        <translation>Démarrage (heure locale)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Cancelled before every check finished</source>
        <translation>Annulée avant la fin de toutes les vérifications</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fonctionnalités</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxies of the Power Automate components</source>
        <translation>Proxys des composants de Power Automate</translation>
    </message>
    <message>
        <source>Proxy of %1</source>
        <translation>Proxy (%1)</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (source : %2)</translation>
    </message>
    <message>
        <source>Catalogs</source>
        <translation>Catalogues</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>Catalog date</source>
        <translation>Date du catalogue</translation>
    </message>
    <message>
        <source>%1 (when its entries were last checked against Microsoft&apos;s pages)</source>
        <translation>%1 (date de la dernière comparaison de ses entrées avec les pages de Microsoft)</translation>
    </message>
    <message>
        <source>Timeout and parallel checks</source>
        <translation>Délai d&apos;expiration et vérifications parallèles</translation>
    </message>
    <message>
        <source>%1 s per phase, %2 at once</source>
        <translation>%1 s par phase, %2 simultanées</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Révocation</translation>
    </message>
    <message>
        <source>Revocation servers of every certificate chain were checked</source>
        <translation>Les serveurs de révocation de chaque chaîne de certificats ont été vérifiés</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>%1 (Service Bus namespaces of the desktop flows runtime tested: %2)</source>
        <translation>%1 (espaces de noms Service Bus du runtime des flux de bureau testés : %2)</translation>
    </message>
    <message>
        <source>Clock skew: %1</source>
        <extracomment>%1 how far this machine&apos;s clock is off; %2 the servers&apos; host names</extracomment>
        <translation>Décalage d&apos;horloge : %1</translation>
    </message>
    <message>
        <source>Clock skew: not measured (no server sent a Date header)</source>
        <translation>Décalage d&apos;horloge : non mesuré (aucun serveur n&apos;a envoyé d&apos;en-tête Date)</translation>
    </message>
    <message>
        <source>DNS: no public name pointed at a private or sinkhole address</source>
        <translation>DNS : aucun nom public ne pointait vers une adresse privée ou sinkhole</translation>
    </message>
    <message>
        <source>DNS: %1</source>
        <translation>DNS : %1</translation>
    </message>
    <message>
        <source>IPv4: %1</source>
        <translation>IPv4 : %1</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>accessible</translation>
    </message>
    <message>
        <source>no check connected over IPv4</source>
        <translation>aucune vérification ne s&apos;est connectée en IPv4</translation>
    </message>
    <message>
        <source>IPv6: reachable</source>
        <translation>IPv6 : accessible</translation>
    </message>
    <message>
        <source>IPv6: names have IPv6 addresses, but no check connected over IPv6</source>
        <translation>IPv6 : les noms ont des adresses IPv6, mais aucune vérification ne s&apos;est connectée en IPv6</translation>
    </message>
    <message>
        <source>IPv6: not used (no IPv6 addresses resolved)</source>
        <translation>IPv6 : non utilisé (aucune adresse IPv6 résolue)</translation>
    </message>
    <message>
        <source>WPAD: discovery finds a proxy auto-config script at %1 (information only; this run did not use it)</source>
        <translation>WPAD : la détection trouve un script de configuration automatique du proxy à l&apos;adresse %1 (pour information; cette exécution ne l&apos;a pas utilisé)</translation>
    </message>
    <message>
        <source>WPAD: not looked for: %1</source>
        <translation>WPAD : non recherché : %1</translation>
    </message>
    <message>
        <source>WPAD: discovery finds no proxy auto-config script</source>
        <translation>WPAD : la détection ne trouve aucun script de configuration automatique du proxy</translation>
    </message>
    <message>
        <source>WPAD: discovery finds no proxy auto-config script (asked %1)</source>
        <translation>WPAD : la détection ne trouve aucun script de configuration automatique du proxy (interrogé : %1)</translation>
    </message>
    <message>
        <source>Documented host: %1</source>
        <translation>Hôte documenté : %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL : %1</translation>
    </message>
    <message>
        <source>Retired: still listed by the documentation, but retired by its owner</source>
        <translation>Retiré : toujours répertorié dans la documentation, mais retiré par son propriétaire</translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation>Adresses : %1</translation>
    </message>
    <message>
        <source>Connected to: %1</source>
        <translation>Connecté à : %1</translation>
    </message>
    <message>
        <source>Proxy: none (direct connection)</source>
        <translation>Proxy : aucun (connexion directe)</translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <translation>Proxy : %1</translation>
    </message>
    <message>
        <source>Phase %1: ok in %2</source>
        <translation>Phase %1 : ok en %2</translation>
    </message>
    <message>
        <source>Phase %1: failed after %2</source>
        <translation>Phase %1 : échec après %2</translation>
    </message>
    <message>
        <source>Phase %1: failed after %2: %3</source>
        <translation>Phase %1 : échec après %2 : %3</translation>
    </message>
    <message>
        <source>TLS: %1 %2</source>
        <translation>TLS : %1 %2</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Certificat : %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Émis par : %1</translation>
    </message>
    <message>
        <source>Root: %1</source>
        <translation>Racine : %1</translation>
    </message>
    <message>
        <source>Root: %1 (SHA-256 %2)</source>
        <translation>Racine : %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>Chaîne : %1</translation>
    </message>
    <message>
        <source>OCSP responders: %1</source>
        <translation>Répondeurs OCSP : %1</translation>
    </message>
    <message>
        <source>CRL distribution points: %1</source>
        <translation>Points de distribution CRL : %1</translation>
    </message>
    <message>
        <source>HTTP status: %1 %2</source>
        <translation>Statut HTTP : %1 %2</translation>
    </message>
    <message>
        <source>Server date: %1</source>
        <translation>Date du serveur : %1</translation>
    </message>
    <message>
        <source>Power Automate network readiness</source>
        <translation>Préparation du réseau pour Power Automate</translation>
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
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>échec de %1 : %2</translation>
    </message>
    <message>
        <source>Proxy auto-config script returned &quot;%1&quot;; no route used</source>
        <translation>Le script de configuration automatique du proxy a renvoyé «&#xa0;%1&#xa0;»; aucune route utilisée</translation>
    </message>
    <message>
        <source>Proxy auto-config script returned &quot;%1&quot;; used %2</source>
        <translation>Le script de configuration automatique du proxy a renvoyé «&#xa0;%1&#xa0;»; utilisé : %2</translation>
    </message>
    <message>
        <source> after %1</source>
        <translation> après %1</translation>
    </message>
    <message>
        <source>direct connection</source>
        <translation>connexion directe</translation>
    </message>
    <message>
        <source>none (direct connection)</source>
        <translation>aucun (connexion directe)</translation>
    </message>
    <message>
        <source>manual: %1</source>
        <translation>manuel : %1</translation>
    </message>
    <message>
        <source>proxy auto-config script %1 (chosen per check)</source>
        <translation>script de configuration automatique du proxy %1 (choisi pour chaque vérification)</translation>
    </message>
    <message>
        <source>system settings: %1 (from the proxy auto-config script %2)</source>
        <translation>paramètres système : %1 (d&apos;après le script de configuration automatique du proxy %2)</translation>
    </message>
    <message>
        <source>system settings: %1 (desktop flows tested as you)</source>
        <translation>paramètres système : %1 (flux de bureau testés avec votre identité)</translation>
    </message>
    <message>
        <source>system settings: %1 (desktop flows along the desktop flows service&apos;s route, gateway along the gateway service&apos;s)</source>
        <translation>paramètres système : %1 (flux de bureau selon la route du service des flux de bureau, passerelle selon celle du service de passerelle)</translation>
    </message>
    <message>
        <source>system settings: %1</source>
        <translation>paramètres système : %1</translation>
    </message>
    <message>
        <source>local clock is %1 s behind the servers</source>
        <translation>l&apos;horloge locale retarde de %1 s par rapport aux serveurs</translation>
    </message>
    <message>
        <source>local clock is %1 s ahead of the servers</source>
        <translation>l&apos;horloge locale avance de %1 s par rapport aux serveurs</translation>
    </message>
    <message>
        <source>Clock skew: %1 (compared with %2)</source>
        <translation>Décalage d&apos;horloge : %1 (comparaison avec %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n checks: %1 passed, %2 with warnings, %3 failed, %4 skipped</source>
        <extracomment>%n the number of checks; %1 how many of them passed, %2 warned, %3 failed, %4 were skipped</extracomment>
        <translation>
            <numerusform>%n vérification : %1 réussies, %2 avec avertissements, %3 en échec, %4 ignorées</numerusform>
            <numerusform>%n vérifications : %1 réussies, %2 avec avertissements, %3 en échec, %4 ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>a date and time of day in Coordinated Universal Time</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Written by %1 %2.</source>
        <translation>Généré par %1 %2.</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>report file name is empty</source>
        <translation>le nom du fichier de rapport est vide</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: unknown extension &apos;%2&apos; (use %3)</source>
        <translation>fichier de rapport «&#xa0;%1&#xa0;» : extension inconnue «&#xa0;%2&#xa0;» (utilisez %3)</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos; is given more than once</source>
        <translation>le fichier de rapport «&#xa0;%1&#xa0;» est indiqué plusieurs fois</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: directory &apos;%2&apos; does not exist</source>
        <translation>fichier de rapport «&#xa0;%1&#xa0;» : le dossier «&#xa0;%2&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: &apos;%2&apos; is not a directory</source>
        <translation>fichier de rapport «&#xa0;%1&#xa0;» : «&#xa0;%2&#xa0;» n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos; is a directory</source>
        <translation>le fichier de rapport «&#xa0;%1&#xa0;» est un dossier</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos; exists and cannot be overwritten</source>
        <translation>le fichier de rapport «&#xa0;%1&#xa0;» existe et ne peut pas être remplacé</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: cannot write in directory &apos;%2&apos;</source>
        <translation>fichier de rapport «&#xa0;%1&#xa0;» : impossible d&apos;écrire dans le dossier «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>unknown extension</source>
        <translation>extension inconnue</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: %2</source>
        <translation>fichier de rapport «&#xa0;%1&#xa0;» : %2</translation>
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
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>documented as %1</source>
        <translation>documenté comme %1</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Ce qu&apos;il faut modifier</translation>
    </message>
    <message>
        <source>Each check</source>
        <translation>Détail des vérifications</translation>
    </message>
    <message>
        <source>Remedy:</source>
        <translation>Solution :</translation>
    </message>
    <message>
        <source>Allowlist for this selection</source>
        <translation>Liste d&apos;autorisation pour cette sélection</translation>
    </message>
    <message>
        <source>The selection lists no endpoints.</source>
        <translation>La sélection ne répertorie aucun point de terminaison.</translation>
    </message>
    <message>
        <source>Domains grouped by protocol and port, ready to paste into a firewall or proxy request.</source>
        <translation>Domaines regroupés par protocole et par port, prêts à être collés dans une demande d&apos;ouverture de pare-feu ou de proxy.</translation>
    </message>
    <message>
        <source>Service Bus namespaces of the region %1</source>
        <translation>Espaces de noms Service Bus de la région %1</translation>
    </message>
    <message>
        <source>Microsoft lists these namespaces for the desktop flows runtime in this region; a firewall that allows all of them need not allow *.servicebus.windows.net.</source>
        <translation>Microsoft répertorie ces espaces de noms pour le runtime des flux de bureau dans cette région; un pare-feu qui les autorise tous n&apos;a pas besoin d&apos;autoriser *.servicebus.windows.net.</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Espace de noms</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>préversion</translation>
    </message>
    <message>
        <source>%1 on port %2</source>
        <translation>%1 sur le port %2</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>non testé</translation>
    </message>
    <message>
        <source>Proxy auto-config</source>
        <translation>Configuration automatique du proxy</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message numerus="yes">
        <source>%n checks</source>
        <translation>
            <numerusform>%n vérification</numerusform>
            <numerusform>%n vérifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>Copier le &amp;résumé</translation>
    </message>
    <message>
        <source>Copy a&amp;llowlist</source>
        <translation>Copier la liste d&apos;a&amp;utorisation</translation>
    </message>
    <message>
        <source>Co&amp;mpare with an earlier report…</source>
        <translation>&amp;Comparer avec un rapport antérieur…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Select a check to see what it found and what to change.</source>
        <translation>Sélectionnez une vérification pour voir ce qu&apos;elle a trouvé et ce qu&apos;il faut modifier.</translation>
    </message>
    <message>
        <source>All checks</source>
        <translation>Toutes les vérifications</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Problèmes uniquement</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Search by host</source>
        <translation>Rechercher par hôte</translation>
    </message>
    <message>
        <source>Search &amp;host:</source>
        <translation>Rechercher un &amp;hôte :</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Details of the selected check</source>
        <translation>Détails de la vérification sélectionnée</translation>
    </message>
    <message>
        <source>Select a check to see its details.</source>
        <translation>Sélectionnez une vérification pour voir ses détails.</translation>
    </message>
    <message>
        <source>What changed since a JSON report saved before: fixed, broken, still failing.</source>
        <translation>Ce qui a changé depuis un rapport JSON enregistré auparavant : corrigé, en régression, toujours en échec.</translation>
    </message>
    <message>
        <source>This machine&apos;s network lets the selected features work.</source>
        <translation>Le réseau de cette machine permet aux fonctionnalités sélectionnées de fonctionner.</translation>
    </message>
    <message>
        <source>The selected features can work; look at the warnings.</source>
        <translation>Les fonctionnalités sélectionnées peuvent fonctionner; consultez les avertissements.</translation>
    </message>
    <message>
        <source>Some endpoints cannot be reached. Show the problems below for what to change.</source>
        <translation>Certains points de terminaison sont inaccessibles. Affichez les problèmes ci-dessous pour savoir quoi modifier.</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>Données JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation>JUnit XML (*.xml)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Rapport non enregistré</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>The summary is on the clipboard, ready to paste into a ticket.</source>
        <translation>Le résumé est dans le Presse-papiers, prêt à être collé dans un ticket.</translation>
    </message>
    <message>
        <source>The allowlist is on the clipboard, grouped by protocol and port.</source>
        <translation>La liste d&apos;autorisation est dans le Presse-papiers, regroupée par protocole et par port.</translation>
    </message>
    <message>
        <source>Compare with an earlier report</source>
        <translation>Comparer avec un rapport antérieur</translation>
    </message>
    <message>
        <source>Netready JSON report (*.json)</source>
        <translation>Rapport JSON Netready (*.json)</translation>
    </message>
    <message>
        <source>Report not compared</source>
        <translation>Rapport non comparé</translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>Comparé avec %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n checks passed, %2 with warnings, %3 failed, %4 skipped. The run was cancelled before every check finished.</source>
        <extracomment>%n the number of checks; %1 how many of them passed, %2 warned, %3 failed, %4 were skipped</extracomment>
        <translation>
            <numerusform>%1 sur %n vérification réussie, %2 avec avertissements, %3 en échec, %4 ignorées. L&apos;exécution a été annulée avant la fin de toutes les vérifications.</numerusform>
            <numerusform>%1 sur %n vérifications réussies, %2 avec avertissements, %3 en échec, %4 ignorées. L&apos;exécution a été annulée avant la fin de toutes les vérifications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n checks passed, %2 with warnings, %3 failed, %4 skipped.</source>
        <translation>
            <numerusform>%1 sur %n vérification réussie, %2 avec avertissements, %3 en échec, %4 ignorées.</numerusform>
            <numerusform>%1 sur %n vérifications réussies, %2 avec avertissements, %3 en échec, %4 ignorées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportReader</name>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>a text or null</source>
        <translation>un texte ou null</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is &apos;%2&apos;, expected one of: %3</source>
        <translation>le champ «&#xa0;%1&#xa0;» vaut «&#xa0;%2&#xa0;», valeurs attendues : %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is missing or is not %2</source>
        <translation>le champ «&#xa0;%1&#xa0;» est absent ou n&apos;est pas %2</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>pas du JSON : %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>not a Netready report: the JSON is not an object</source>
        <translation>pas un rapport Netready : le JSON n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>this is a Netready %1, not a run report</source>
        <translation>il s&apos;agit d&apos;un document Netready de type «&#xa0;%1&#xa0;», et non d&apos;un rapport d&apos;exécution</translation>
    </message>
    <message>
        <source>not a Netready report: it has no schemaVersion or its tool is not netready</source>
        <translation>pas un rapport Netready : il n&apos;a pas de schemaVersion ou son outil n&apos;est pas netready</translation>
    </message>
    <message>
        <source>report schema version %1 is not known to this Netready (it reads version %2); a newer Netready can read it</source>
        <translation>la version de schéma de rapport %1 est inconnue de cette version de Netready (elle lit la version %2); une version plus récente de Netready peut la lire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is a directory, not a report</source>
        <translation>est un dossier, et non un rapport</translation>
    </message>
    <message>
        <source>too large for a report (%1 bytes)</source>
        <translation>trop volumineux pour un rapport (%1 octets)</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>the output is not open for writing</source>
        <translation>la sortie n&apos;est pas ouverte en écriture</translation>
    </message>
    <message>
        <source>could not start the PDF</source>
        <translation>impossible de commencer le PDF</translation>
    </message>
    <message>
        <source>could not finish the PDF</source>
        <translation>impossible de terminer le PDF</translation>
    </message>
    <message>
        <source>could not write: %1</source>
        <translation>écriture impossible : %1</translation>
    </message>
    <message>
        <source>could not write the XML</source>
        <translation>impossible d&apos;écrire le XML</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Other checks</source>
        <translation>Autres vérifications</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Host and port</source>
        <translation>Hôte et port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 passed</source>
        <extracomment>A group of checks in the results table: %n checks of %1 passed.</extracomment>
        <translation>
            <numerusform>%n sur %1 réussie</numerusform>
            <numerusform>%n sur %1 réussies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>&amp;Cancel run</source>
        <translation>A&amp;nnuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Réessayer les &amp;vérifications en échec</translation>
    </message>
    <message>
        <source>Checking the endpoints</source>
        <translation>Vérification des points de terminaison</translation>
    </message>
    <message>
        <source>Each endpoint is tried the way Power Automate connects to it. You can cancel at any time.</source>
        <translation>Chaque point de terminaison est testé de la manière dont Power Automate s&apos;y connecte. Vous pouvez annuler à tout moment.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Elapsed: %1</source>
        <translation>Temps écoulé : %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Stopping the previous run…</source>
        <translation>Arrêt de l&apos;exécution précédente…</translation>
    </message>
    <message>
        <source>The checks could not start.</source>
        <translation>Les vérifications n&apos;ont pas pu démarrer.</translation>
    </message>
    <message>
        <source>Checks in this run: %1. Running…</source>
        <translation>Vérifications de cette exécution : %1. En cours…</translation>
    </message>
    <message>
        <source>%1 passed, %2 with warnings, %3 failed, %4 skipped.</source>
        <translation>%1 réussies, %2 avec avertissements, %3 en échec, %4 ignorées.</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Annulé. %1</translation>
    </message>
    <message>
        <source>Done. %1</source>
        <translation>Terminé. %1</translation>
    </message>
</context>
<context>
    <name>RunPlanner</name>
    <message>
        <source>your environment URL (wizard: Features page; command line: --dataverse-url https://org.crm.dynamics.com)</source>
        <translation>l&apos;URL de votre environnement (assistant : page Fonctionnalités; ligne de commande : --dataverse-url https://org.crm.dynamics.com)</translation>
    </message>
    <message>
        <source>a Service Bus namespace of your region (wizard: Features page; command line: --servicebus-namespace NAME)</source>
        <translation>un espace de noms Service Bus de votre région (assistant : page Fonctionnalités; ligne de commande : --servicebus-namespace NOM)</translation>
    </message>
    <message>
        <source>a concrete host name under it (command line: --input %1=HOST)</source>
        <translation>un nom d&apos;hôte concret sous celui-ci (ligne de commande : --input %1=HÔTE)</translation>
    </message>
    <message>
        <source>%1 cannot be tested without %2</source>
        <translation>%1 ne peut pas être testé sans %2</translation>
    </message>
    <message>
        <source>a namespace of the %1 region of Microsoft&apos;s list for the desktop flows runtime; --region or the wizard&apos;s region choice tests every namespace of a region</source>
        <translation>un espace de noms de la région %1 de la liste Microsoft pour le runtime des flux de bureau; --region ou le choix de région de l&apos;assistant teste tous les espaces de noms d&apos;une région</translation>
    </message>
    <message>
        <source>a preview namespace of the %1 region</source>
        <translation>un espace de noms en préversion de la région %1</translation>
    </message>
    <message>
        <source>a namespace of the %1 region</source>
        <translation>un espace de noms de la région %1</translation>
    </message>
</context>
<context>
    <name>RunSession</name>
    <message>
        <source>The chosen cloud and features need no endpoints from this catalog.</source>
        <translation>Le cloud et les fonctionnalités choisis ne nécessitent aucun point de terminaison de ce catalogue.</translation>
    </message>
</context>
<context>
    <name>RunSummary</name>
    <message>
        <source>READY</source>
        <translation>PRÊT</translation>
    </message>
    <message>
        <source>READY WITH WARNINGS</source>
        <translation>PRÊT AVEC AVERTISSEMENTS</translation>
    </message>
    <message>
        <source>NOT READY</source>
        <translation>NON PRÊT</translation>
    </message>
</context>
<context>
    <name>SummarizeCommand</name>
    <message>
        <source>--summarize: &apos;%1&apos; does not exist</source>
        <translation>--summarize : «&#xa0;%1&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <source>--summarize: no readable report among the files given</source>
        <translation>--summarize : aucun rapport lisible parmi les fichiers indiqués</translation>
    </message>
</context>
<context>
    <name>SystemProxyLookup</name>
    <message>
        <source>none (direct connection)</source>
        <translation>aucun (connexion directe)</translation>
    </message>
    <message>
        <source>none (direct connection): %1</source>
        <translation>aucun (connexion directe) : %1</translation>
    </message>
    <message>
        <source>%1, chosen by the proxy auto-config script %2</source>
        <translation>%1, choisi par le script de configuration automatique du proxy %2</translation>
    </message>
</context>
<context>
    <name>TcpRace</name>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>%1: no answer (timed out)</source>
        <translation>%1 : aucune réponse (délai dépassé)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the proxy %1 refused the connection</source>
        <translation>le proxy %1 a refusé la connexion</translation>
    </message>
    <message>
        <source>the proxy %1 did not answer within %2 s</source>
        <translation>le proxy %1 n&apos;a pas répondu dans un délai de %2 s</translation>
    </message>
    <message>
        <source>the proxy %1 cannot be reached: %2</source>
        <translation>le proxy %1 est inaccessible : %2</translation>
    </message>
    <message>
        <source>%1 refused the connection (nothing listens, or a firewall rejects it)</source>
        <translation>%1 a refusé la connexion (aucun service n&apos;écoute, ou un pare-feu la rejette)</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s: packets are dropped on the way</source>
        <translation>%1 n&apos;a pas répondu dans un délai de %2 s : des paquets sont abandonnés en chemin</translation>
    </message>
    <message>
        <source>no route to %1 (network unreachable)</source>
        <translation>aucune route vers %1 (réseau inaccessible)</translation>
    </message>
    <message>
        <source>%1 has no address to connect to</source>
        <translation>%1 n&apos;a aucune adresse à laquelle se connecter</translation>
    </message>
    <message>
        <source>could not connect to %1: %2</source>
        <translation>impossible de se connecter à %1 : %2</translation>
    </message>
</context>
<context>
    <name>TextSummary</name>
    <message>
        <source>[retired]</source>
        <extracomment>after a diagnosis title: the host is listed by Microsoft but retired by its owner</extracomment>
        <translation>[retiré]</translation>
    </message>
    <message>
        <source>Proxy auto-config:</source>
        <translation>Configuration automatique du proxy :</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Résumé : %1</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Verdict : %1</translation>
    </message>
    <message>
        <source>What to change:</source>
        <translation>Ce qu&apos;il faut modifier :</translation>
    </message>
    <message>
        <source>Each check:</source>
        <translation>Détail des vérifications :</translation>
    </message>
</context>
<context>
    <name>TlsFailureExplainer</name>
    <message>
        <source>presented: %1, issued by %2, valid %3 to %4</source>
        <translation>présenté : %1, émis par %2, valide du %3 au %4</translation>
    </message>
    <message>
        <source>certificate check: %1</source>
        <translation>vérification du certificat : %1</translation>
    </message>
    <message>
        <source>TLS library: %1</source>
        <translation>bibliothèque TLS : %1</translation>
    </message>
    <message>
        <source>the certificate of %1 expired on %2 (this machine&apos;s date is %3)</source>
        <translation>le certificat de %1 a expiré le %2 (date de cette machine : %3)</translation>
    </message>
    <message>
        <source>the certificate %1 in the chain of %2 expired on %3 (this machine&apos;s date is %4)</source>
        <translation>le certificat %1 de la chaîne de %2 a expiré le %3 (date de cette machine : %4)</translation>
    </message>
    <message>
        <source>the certificate %1 presented for %2 is not valid before %3, and this machine&apos;s date is %4: check the clock</source>
        <translation>le certificat %1 présenté pour %2 n&apos;est pas valide avant le %3, et la date de cette machine est le %4 : vérifiez l&apos;horloge</translation>
    </message>
    <message>
        <source>%1 presents a self-signed certificate %2 that this machine does not trust (a device answers in the service&apos;s place)</source>
        <translation>%1 présente un certificat auto-signé %2 que cette machine n&apos;approuve pas (un équipement répond à la place du service)</translation>
    </message>
    <message>
        <source>the chain of %1 ends at %2, a root this machine does not trust: TLS inspection whose root is not installed, or a device answering in the service&apos;s place</source>
        <translation>la chaîne de %1 se termine par %2, une racine que cette machine n&apos;approuve pas : inspection TLS dont la racine n&apos;est pas installée, ou équipement qui répond à la place du service</translation>
    </message>
    <message>
        <source>the server did not send its intermediate certificate &apos;%1&apos; for %2 (Windows may fetch it from the AIA URL %3; allow that URL)</source>
        <translation>le serveur n&apos;a pas envoyé son certificat intermédiaire «&#xa0;%1&#xa0;» pour %2 (Windows peut le récupérer à l&apos;URL AIA %3; autorisez cette URL)</translation>
    </message>
    <message>
        <source>the certificate of %1 is issued by &apos;%2&apos;, which this machine does not trust (its root is not installed, or the server does not send the intermediate certificate)</source>
        <translation>le certificat de %1 est émis par «&#xa0;%2&#xa0;», que cette machine n&apos;approuve pas (sa racine n&apos;est pas installée, ou le serveur n&apos;envoie pas le certificat intermédiaire)</translation>
    </message>
    <message>
        <source>the certificate presented for %1 is for %2</source>
        <translation>le certificat présenté pour %1 est émis pour %2</translation>
    </message>
    <message>
        <source>the certificate presented for %1 has been revoked</source>
        <translation>le certificat présenté pour %1 a été révoqué</translation>
    </message>
    <message>
        <source>the certificate of %1 fails the checks: %2</source>
        <translation>le certificat de %1 échoue aux vérifications : %2</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 did not complete within %2 s (the server is silent)</source>
        <translation>la négociation TLS avec %1 ne s&apos;est pas terminée dans un délai de %2 s (le serveur ne répond pas)</translation>
    </message>
    <message>
        <source>%1 offers only TLS versions older than 1.2 (TLS 1.0 or 1.1); Power Automate needs TLS 1.2 or later</source>
        <translation>%1 ne propose que des versions de TLS antérieures à 1.2 (TLS 1.0 ou 1.1); Power Automate nécessite TLS 1.2 ou une version ultérieure</translation>
    </message>
    <message>
        <source>%1 and this machine have no cipher in common: the server refused every cipher offered for TLS 1.2 and 1.3</source>
        <translation>%1 et cette machine n&apos;ont aucune suite de chiffrement en commun : le serveur a refusé toutes celles proposées pour TLS 1.2 et 1.3</translation>
    </message>
    <message>
        <source>%1 does not speak TLS: its first bytes are not a TLS handshake (plain HTTP or another protocol on this port)</source>
        <translation>%1 ne parle pas TLS : ses premiers octets ne sont pas une négociation TLS (HTTP simple ou autre protocole sur ce port)</translation>
    </message>
    <message>
        <source>the connection to %1 was reset during the TLS handshake (a device in between cut it)</source>
        <translation>la connexion à %1 a été réinitialisée pendant la négociation TLS (un équipement intermédiaire l&apos;a coupée)</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake (a device in between ends it, or the server refuses this client)</source>
        <translation>%1 a fermé la connexion pendant la négociation TLS (un équipement intermédiaire y met fin, ou le serveur refuse ce client)</translation>
    </message>
    <message>
        <source>no TLS handshake with %1 (the handshake broke off)</source>
        <translation>aucune négociation TLS avec %1 (la négociation s&apos;est interrompue)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Is this machine ready for Power Automate?</source>
        <translation>Cette machine est-elle prête pour Power Automate?</translation>
    </message>
    <message>
        <source>Netready tests, before you install anything, whether this network lets Power Automate work.</source>
        <translation>Netready teste, avant toute installation, si ce réseau permet à Power Automate de fonctionner.</translation>
    </message>
    <message>
        <source>&lt;p&gt;You choose your cloud and the features you use. Netready then tries every endpoint they need: name resolution, TCP connection, TLS certificate (including TLS inspection), HTTP answer, through this machine&apos;s proxy, and the certificate revocation servers Windows needs.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What it does not do:&lt;/b&gt; no data leaves this machine except the connection attempts themselves, and no sign-in is needed.&lt;/p&gt;&lt;p&gt;At the end you get a verdict, the exact fix for every problem and a report to save or send.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vous choisissez votre cloud et les fonctionnalités que vous utilisez. Netready essaie ensuite chaque point de terminaison dont elles ont besoin : résolution de noms, connexion TCP, certificat TLS (y compris l&apos;inspection TLS), réponse HTTP, via le proxy de cette machine, ainsi que les serveurs de révocation de certificats dont Windows a besoin.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ce qu&apos;il ne fait pas :&lt;/b&gt; aucune donnée ne quitte cette machine en dehors des tentatives de connexion elles-mêmes, et aucune connexion à un compte n&apos;est nécessaire.&lt;/p&gt;&lt;p&gt;À la fin, vous obtenez un verdict, la correction exacte de chaque problème et un rapport à enregistrer ou à envoyer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About the checks</source>
        <translation>À propos des vérifications</translation>
    </message>
</context>
<context>
    <name>WpadFinder</name>
    <message>
        <source>the machine has no DNS search domain to look in</source>
        <translation>la machine n&apos;a aucun domaine de recherche DNS dans lequel chercher</translation>
    </message>
    <message>
        <source>/etc/resolv.conf cannot be read: %1</source>
        <translation>impossible de lire /etc/resolv.conf : %1</translation>
    </message>
    <message>
        <source>WinHTTP&apos;s discovery failed: error %1</source>
        <translation>La découverte par WinHTTP a échoué : erreur %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;netready --help&apos;.</source>
        <translation>Essayez «&#xa0;netready --help&#xa0;».</translation>
    </message>
    <message>
        <source>there is no display to show the wizard on; run the checks without one with --cli</source>
        <translation>aucun affichage disponible pour l&apos;assistant; exécutez les vérifications sans affichage avec --cli</translation>
    </message>
</context>
</TS>
