<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Netready</source>
        <translation>Netready のバージョン情報</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Netready %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Checks whether this machine&apos;s network lets Microsoft Power Automate work, and says what is blocked and what to change.&lt;/p&gt;&lt;p&gt;Headless use: &lt;code&gt;netready --cli&lt;/code&gt;; every option: &lt;code&gt;netready --help&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Netready %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;このコンピューターのネットワークで Microsoft Power Automate が動作するかどうかをチェックし、何がブロックされているか、何を変更すべきかを示します。&lt;/p&gt;&lt;p&gt;ヘッドレスでの使用: &lt;code&gt;netready --cli&lt;/code&gt;、すべてのオプション: &lt;code&gt;netready --help&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AddressClassifier</name>
    <message>
        <source>resolves only to a sinkhole address (a DNS filter blocks it)</source>
        <translation>シンクホール アドレスにのみ解決されます (DNS フィルターがブロックしています)</translation>
    </message>
    <message>
        <source>resolves only to private or loopback addresses (split DNS or a private endpoint)</source>
        <translation>プライベート アドレスまたはループバック アドレスにのみ解決されます (スプリット DNS またはプライベート エンドポイント)</translation>
    </message>
</context>
<context>
    <name>AddressLookup</name>
    <message>
        <source>%1 is not a valid host name</source>
        <translation>%1 は有効なホスト名ではありません</translation>
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
        <translation>HTTPS、WebSocket アップグレードあり (TCP %1)</translation>
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
        <translation>HTTP %1 (証明書の失効確認)</translation>
    </message>
    <message>
        <source>Cloud flows call your services from Azure, not from this machine: to let connectors reach services behind your firewall, allow inbound traffic from the AzureConnectors service tag; for HTTP and HTTP + Swagger actions also allow LogicApps, PowerPlatformPlex and PowerPlatformInfra.</source>
        <translation>クラウド フローは、このコンピューターからではなく Azure からお使いのサービスを呼び出します。コネクタがファイアウォールの内側のサービスに到達できるようにするには、AzureConnectors サービス タグからの受信トラフィックを許可してください。HTTP アクションおよび HTTP + Swagger アクションの場合は、LogicApps、PowerPlatformPlex、PowerPlatformInfra も許可してください。</translation>
    </message>
</context>
<context>
    <name>AnswerClassifier</name>
    <message>
        <source>no scheme named</source>
        <translation>スキームの指定なし</translation>
    </message>
    <message>
        <source>the proxy %1 rejected the credentials given (it asks for %2)</source>
        <translation>プロキシ %1 は指定された資格情報を拒否しました (%2 を要求しています)</translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2)</source>
        <translation>プロキシ %1 は認証を要求しています (%2)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1, page &quot;%2&quot;</source>
        <translation>HTTP %1、ページ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the proxy %1 answered something that is not HTTP (%2)</source>
        <translation>プロキシ %1 は HTTP ではない応答を返しました (%2)</translation>
    </message>
    <message>
        <source>proxy reply: HTTP %1</source>
        <translation>プロキシの応答: HTTP %1</translation>
    </message>
    <message>
        <source>the proxy %1 refused CONNECT to %2: HTTP %3</source>
        <translation>プロキシ %1 は %2 への CONNECT を拒否しました: HTTP %3</translation>
    </message>
    <message>
        <source>the proxy %1 refused CONNECT to %2: HTTP %3 (%4)</source>
        <translation>プロキシ %1 は %2 への CONNECT を拒否しました: HTTP %3 (%4)</translation>
    </message>
    <message>
        <source>the refusal comes from %1: %2</source>
        <translation>拒否の発生元は %1 です: %2</translation>
    </message>
    <message>
        <source>a filtering device</source>
        <translation>フィルタリング デバイス</translation>
    </message>
    <message>
        <source>the proxy %1 refused the request for %2: HTTP %3%4</source>
        <translation>プロキシ %1 は %2 へのリクエストを拒否しました: HTTP %3%4</translation>
    </message>
    <message>
        <source>the proxy %1</source>
        <translation>プロキシ %1</translation>
    </message>
    <message>
        <source>signs of %1: %2</source>
        <translation>%1 と判断した根拠: %2</translation>
    </message>
    <message>
        <source>%1 answers for %2 and wants authentication (%3)</source>
        <translation>%1 が %2 の代わりに応答し、認証を要求しています (%3)</translation>
    </message>
    <message>
        <source>%1 answered in place of %2 with its own page: %3</source>
        <translation>%1 が %2 の代わりに独自のページで応答しました: %3</translation>
    </message>
    <message>
        <source>%1 answered for %2 with an error of its own instead of the service&apos;s answer: %3</source>
        <translation>%1 が %2 について、サービスの応答ではなく独自のエラーで応答しました: %3</translation>
    </message>
    <message>
        <source>%1 redirects requests for %2 to %3 (a login or block page), HTTP %4</source>
        <translation>%1 は %2 へのリクエストを %3 (ログイン ページまたはブロック ページ) にリダイレクトしています。HTTP %4</translation>
    </message>
    <message>
        <source>the WebSocket upgrade answer carries a wrong Sec-WebSocket-Accept: something in between rewrote it</source>
        <translation>WebSocket アップグレードの応答に含まれる Sec-WebSocket-Accept が正しくありません: 途中の何かが書き換えています</translation>
    </message>
    <message>
        <source>WebSocket upgrade accepted (HTTP 101) via %1</source>
        <translation>WebSocket アップグレードが受け入れられました (HTTP 101)。経由: %1</translation>
    </message>
    <message>
        <source>the WebSocket upgrade did not come through: HTTP %1 (a proxy or inspection device strips the Upgrade header)</source>
        <translation>WebSocket アップグレードが通りませんでした: HTTP %1 (プロキシまたはインスペクション デバイスが Upgrade ヘッダーを削除しています)</translation>
    </message>
    <message>
        <source>the service answered the WebSocket request with HTTP %1</source>
        <translation>サービスは WebSocket リクエストに HTTP %1 で応答しました</translation>
    </message>
</context>
<context>
    <name>BlockPageRules</name>
    <message>
        <source>%1 must be a list of patterns</source>
        <translation>%1 はパターンのリストである必要があります</translation>
    </message>
    <message>
        <source>%1[%2] is not a valid pattern: %3</source>
        <translation>%1[%2] は有効なパターンではありません: %3</translation>
    </message>
    <message>
        <source>%1 needs an id and a name</source>
        <translation>%1 には id と name が必要です</translation>
    </message>
    <message>
        <source>%1 (%2) names no source</source>
        <translation>%1 (%2) にソースが指定されていません</translation>
    </message>
    <message>
        <source>%1.headers[%2] needs a name and a valid pattern</source>
        <translation>%1.headers[%2] には name と有効なパターンが必要です</translation>
    </message>
    <message>
        <source>page title &quot;%1&quot;</source>
        <translation>ページ タイトル &quot;%1&quot;</translation>
    </message>
    <message>
        <source>page text &quot;%1&quot;</source>
        <translation>ページ テキスト &quot;%1&quot;</translation>
    </message>
    <message>
        <source>redirect to %1</source>
        <translation>%1 へのリダイレクト</translation>
    </message>
</context>
<context>
    <name>BodySniffer</name>
    <message>
        <source>an empty body</source>
        <translation>空の本文</translation>
    </message>
    <message>
        <source>a DER structure cut short (%1 of %2 bytes)</source>
        <translation>途中で切れた DER 構造 (%2 バイト中 %1 バイト)</translation>
    </message>
    <message>
        <source>a DER structure of another kind (%1 bytes)</source>
        <translation>別の種類の DER 構造 (%1 バイト)</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>HTML ページ</translation>
    </message>
    <message>
        <source>an HTML page (title: &quot;%1&quot;)</source>
        <translation>HTML ページ (タイトル: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>an XML document</source>
        <translation>XML ドキュメント</translation>
    </message>
    <message>
        <source>a PEM block of type %1</source>
        <translation>種類 %1 の PEM ブロック</translation>
    </message>
    <message>
        <source>a JSON document</source>
        <translation>JSON ドキュメント</translation>
    </message>
    <message>
        <source>text starting with &quot;%1&quot;</source>
        <translation>&quot;%1&quot; で始まるテキスト</translation>
    </message>
    <message>
        <source>%1 bytes of binary data starting with %2</source>
        <translation>%2 で始まる %1 バイトのバイナリ データ</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行、%2 列</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(ルート)</translation>
    </message>
    <message>
        <source>a catalog must be a JSON object</source>
        <translation>カタログは JSON オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>必須フィールドがありません</translation>
    </message>
    <message>
        <source>%1 is not a supported schema version (this version reads 1)</source>
        <translation>%1 はサポートされているスキーマ バージョンではありません (このバージョンが読み取れるのは 1 です)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date of the form YYYY-MM-DD</source>
        <translation>&apos;%1&apos; は YYYY-MM-DD 形式の日付ではありません</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 はオブジェクトではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint (64 hex digits)</source>
        <translation>&apos;%1&apos; は SHA-256 フィンガープリント (16 進数 64 桁) ではありません</translation>
    </message>
    <message>
        <source>this root is listed twice</source>
        <translation>このルートは 2 回記載されています</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (also %2)</source>
        <translation>ID &apos;%1&apos; が重複しています (%2 にもあります)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み取れません: %1</translation>
    </message>
    <message>
        <source>larger than %1 MB; not a catalog</source>
        <translation>%1 MB を超えています。カタログではありません</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (already defined in %2)</source>
        <translation>ID &apos;%1&apos; が重複しています (%2 で定義済み)</translation>
    </message>
</context>
<context>
    <name>CheckDetails</name>
    <message>
        <source>What to do:</source>
        <translation>対処方法:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>機能</translation>
    </message>
    <message>
        <source>Diagnosis code</source>
        <translation>診断コード</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>接続先</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>DNS note</source>
        <translation>DNS に関する注記</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>応答元</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>ルート証明書</translation>
    </message>
    <message>
        <source>HTTP answer</source>
        <translation>HTTP 応答</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>%1: ok (%2 ms)</source>
        <extracomment>%1 a phase of the check (dns, tcp, tls, http), %2 its duration in milliseconds</extracomment>
        <translation>%1: OK (%2 ms)</translation>
    </message>
    <message>
        <source>%1: failed (%2 ms)</source>
        <translation>%1: 失敗 (%2 ms)</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>served by a public CA not in Microsoft&apos;s list: %1</source>
        <translation>Microsoft のリストにないパブリック CA によって提供されています: %1</translation>
    </message>
    <message>
        <source>root of the public web PKI, not one the service is known to use: &apos;%1&apos;, SHA-256 %2</source>
        <translation>パブリック Web PKI のルートですが、サービスが使用していることが知られているルートではありません: &apos;%1&apos;、SHA-256 %2</translation>
    </message>
    <message>
        <source>the certificate of %1 was issued by %2, a CA this machine trusts but not one the service uses: a TLS-inspecting device replaced it</source>
        <translation>%1 の証明書は %2 によって発行されています。これはこのコンピューターが信頼している CA ですが、サービスが使用している CA ではありません: TLS インスペクション デバイスが証明書を置き換えています</translation>
    </message>
    <message>
        <source>the certificate of %1 was issued by %2, the inspection CA of %3: TLS inspection replaced the service&apos;s certificate</source>
        <translation>%1 の証明書は %3 のインスペクション CA である %2 によって発行されています: TLS インスペクションがサービスの証明書を置き換えています</translation>
    </message>
    <message>
        <source>inspecting root: %1, SHA-256 %2</source>
        <translation>インスペクションを行っているルート: %1、SHA-256 %2</translation>
    </message>
    <message>
        <source>%1; authenticated as %2 with %3</source>
        <translation>%1。%3 で %2 として認証済み</translation>
    </message>
    <message>
        <source>%1 (proxy auto-config: through %2 after %3 failed)</source>
        <translation>%1 (プロキシ自動構成: %3 が失敗した後 %2 を経由)</translation>
    </message>
    <message>
        <source>%1; verified as you, not as the service (%2 authenticates to the proxy as itself)</source>
        <translation>%1。サービスとしてではなく、サインイン ユーザーとして検証されました (%2 はプロキシに対して自身の ID で認証します)</translation>
    </message>
    <message>
        <source>DNS: %1</source>
        <translation>DNS: %1</translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation>経路: %1</translation>
    </message>
    <message>
        <source>connect-to: %1:%2 -&gt; %3:%4</source>
        <translation>connect-to: %1:%2 -&gt; %3:%4</translation>
    </message>
    <message>
        <source>no OCSP request could be built: %1</source>
        <translation>OCSP リクエストを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>the system proxy configuration gave no answer within %1 s</source>
        <translation>システムのプロキシ構成から %1 秒以内に応答がありませんでした</translation>
    </message>
    <message>
        <source>proxy auto-config script %1 returned &quot;%2&quot;</source>
        <translation>プロキシ自動構成スクリプト %1 が &quot;%2&quot; を返しました</translation>
    </message>
    <message>
        <source>only the first route is used, without failover, as Power Automate does</source>
        <translation>Power Automate と同じく、最初の経路のみを使用し、フェールオーバーは行いません</translation>
    </message>
    <message>
        <source>proxy auto-config: %1 failed (%2); trying %3</source>
        <translation>プロキシ自動構成: %1 が失敗しました (%2)。%3 を試行します</translation>
    </message>
    <message>
        <source>DNS (informational): %1 does not resolve on this machine; the proxy resolves it</source>
        <translation>DNS (情報): %1 はこのコンピューターでは名前解決されませんが、プロキシが解決します</translation>
    </message>
    <message>
        <source>its name did not resolve within %1 s</source>
        <translation>名前が %1 秒以内に解決されませんでした</translation>
    </message>
    <message>
        <source>the proxy name %1 did not resolve within %2 s</source>
        <translation>プロキシ名 %1 が %2 秒以内に解決されませんでした</translation>
    </message>
    <message>
        <source>%1 did not resolve within %2 s</source>
        <translation>%1 が %2 秒以内に解決されませんでした</translation>
    </message>
    <message>
        <source>its name does not resolve: %1</source>
        <translation>名前を解決できません: %1</translation>
    </message>
    <message>
        <source>the proxy name %1 does not resolve: %2</source>
        <translation>プロキシ名 %1 を解決できません: %2</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS (no A or AAAA record)</source>
        <translation>%1 は DNS に存在しません (A レコードも AAAA レコードもありません)</translation>
    </message>
    <message>
        <source>%1 could not be resolved: %2</source>
        <translation>%1 を解決できませんでした: %2</translation>
    </message>
    <message>
        <source>authenticating at the proxy %1 did not complete in time</source>
        <translation>プロキシ %1 での認証が時間内に完了しませんでした</translation>
    </message>
    <message>
        <source>the authenticated tunnel could not be taken over: %1</source>
        <translation>認証済みのトンネルを引き継げませんでした: %1</translation>
    </message>
    <message>
        <source>TCP port %1 reachable through the proxy %2</source>
        <translation>TCP ポート %1 にプロキシ %2 経由で到達できます</translation>
    </message>
    <message>
        <source>TCP port %1 open at %2</source>
        <translation>%2 の TCP ポート %1 は開いています</translation>
    </message>
    <message>
        <source>the certificate checks did not complete in time</source>
        <translation>証明書のチェックが時間内に完了しませんでした</translation>
    </message>
    <message>
        <source>%1 closed the connection before a request could be sent</source>
        <translation>%1 はリクエストを送信する前に接続を閉じました</translation>
    </message>
    <message>
        <source>proxy reply: HTTP %1</source>
        <translation>プロキシの応答: HTTP %1</translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2)</source>
        <translation>プロキシ %1 は認証を要求しています (%2)</translation>
    </message>
    <message>
        <source>the proxy %1</source>
        <translation>プロキシ %1</translation>
    </message>
    <message>
        <source>%1 accepted the connection but sent no HTTP answer: %2</source>
        <translation>%1 は接続を受け入れましたが、HTTP 応答を返しませんでした: %2</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>%2 からの HTTP %1</translation>
    </message>
    <message>
        <source>%1 (proxy)</source>
        <translation>%1 (プロキシ)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 sent no complete answer: %2</source>
        <translation>%1 から完全な応答がありませんでした: %2</translation>
    </message>
    <message>
        <source>the answer could not be checked in time</source>
        <translation>応答を時間内にチェックできませんでした</translation>
    </message>
    <message>
        <source>HTTP %1, %2 bytes%3</source>
        <translation>HTTP %1、%2 バイト%3</translation>
    </message>
    <message>
        <source> (cut at the size cap)</source>
        <translation> (サイズ上限で切り捨て)</translation>
    </message>
    <message>
        <source>%1; the GET form is answered too</source>
        <translation>%1。GET 形式にも応答します</translation>
    </message>
    <message>
        <source>%1 (GET form); POST failed: %2</source>
        <translation>%1 (GET 形式)。POST は失敗しました: %2</translation>
    </message>
    <message>
        <source>answers OCSP over POST, but not the GET form Windows uses: %1</source>
        <translation>POST による OCSP には応答しますが、Windows が使用する GET 形式には応答しません: %1</translation>
    </message>
</context>
<context>
    <name>CheckStatuses</name>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
</context>
<context>
    <name>CliRunCommand</name>
    <message>
        <source>Password for %1 at the proxy: </source>
        <translation>プロキシでの %1 のパスワード: </translation>
    </message>
    <message>
        <source>--proxy-user: no password: set NETREADY_PROXY_PASSWORD, or run from a terminal to type it</source>
        <translation>--proxy-user: パスワードがありません。NETREADY_PROXY_PASSWORD を設定するか、ターミナルから実行して入力してください</translation>
    </message>
    <message>
        <source>netready: interrupted, cancelling…</source>
        <translation>netready: 中断されました。キャンセルしています…</translation>
    </message>
    <message>
        <source>checked %1 of %2</source>
        <translation>%2 件中 %1 件をチェック済み</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
</context>
<context>
    <name>CloudPage</name>
    <message>
        <source>Which cloud is your tenant in?</source>
        <translation>テナントはどのクラウドにありますか?</translation>
    </message>
    <message>
        <source>Each cloud has its own sign-in, portal and relay addresses. Most organizations use Public.</source>
        <translation>サインイン、ポータル、リレーのアドレスはクラウドごとに異なります。多くの組織はパブリックです。</translation>
    </message>
    <message>
        <source>Power Automate for desktop on this machine is set to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>このコンピューターの Power Automate for desktop は &lt;b&gt;%1&lt;/b&gt; に設定されています。</translation>
    </message>
    <message>
        <source>Hint from this machine&apos;s settings</source>
        <translation>このコンピューターの設定からのヒント</translation>
    </message>
</context>
<context>
    <name>Clouds</name>
    <message>
        <source>Public (commercial)</source>
        <translation>パブリック (商用)</translation>
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
        <translation>中国 (21Vianet が運営)</translation>
    </message>
    <message>
        <source>Most organizations worldwide: make.powerautomate.com.</source>
        <translation>世界中のほとんどの組織: make.powerautomate.com。</translation>
    </message>
    <message>
        <source>US federal, state and local government and their contractors on Government Community Cloud.</source>
        <translation>Government Community Cloud を使用する米国の連邦政府、州政府、地方自治体とその請負業者。</translation>
    </message>
    <message>
        <source>US government organizations handling controlled unclassified information (ITAR, DFARS).</source>
        <translation>管理対象非機密情報 (CUI) を扱う米国政府機関 (ITAR、DFARS)。</translation>
    </message>
    <message>
        <source>US Department of Defense tenants only.</source>
        <translation>米国国防総省のテナントのみ。</translation>
    </message>
    <message>
        <source>Tenants in mainland China, operated by 21Vianet.</source>
        <translation>中国本土のテナント。21Vianet が運営。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Checks whether this machine&apos;s network lets Microsoft Power Automate work.
Without options it opens the wizard; with --cli it runs the checks headless.</source>
        <translation>このコンピューターのネットワークで Microsoft Power Automate が動作するかどうかをチェックします。
オプションなしではウィザードを開きます。--cli を指定するとヘッドレスでチェックを実行します。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Run the checks headless and print the result.</source>
        <translation>ヘッドレスでチェックを実行し、結果を出力します。</translation>
    </message>
    <message>
        <source>Print the endpoints the selection needs (an allowlist) and exit.</source>
        <translation>選択した内容に必要なエンドポイント (許可リスト) を出力して終了します。</translation>
    </message>
    <message>
        <source>Print the regions of Microsoft&apos;s list of desktop flows runtime namespaces, with their counts, and exit.</source>
        <translation>Microsoft のデスクトップ フロー ランタイム名前空間リストのリージョンを、その件数とともに出力して終了します。</translation>
    </message>
    <message>
        <source>Compare two JSON reports of one machine, BEFORE.json AFTER.json: what was fixed, what broke. Exit code 1 when a check that passed before fails now.</source>
        <translation>同じコンピューターの 2 つの JSON レポート (BEFORE.json AFTER.json) を比較し、何が修正され、何が壊れたかを示します。以前は合格していたチェックが今回不合格になった場合、終了コードは 1 です。</translation>
    </message>
    <message>
        <source>Summarize many machines&apos; JSON reports (files or folders of *.json) into one fleet view.</source>
        <translation>多数のコンピューターの JSON レポート (ファイル、または *.json を含むフォルダー) を 1 つの全体ビューに集計します。</translation>
    </message>
    <message>
        <source>Tag the run&apos;s report, e.g. site=Berlin (repeatable).</source>
        <translation>実行のレポートにタグを付けます (例: site=Berlin、複数指定可)。</translation>
    </message>
    <message>
        <source>Cloud: public, gcc, gcc-high, dod or china (default: public).</source>
        <translation>クラウド: public、gcc、gcc-high、dod、china のいずれか (既定: public)。</translation>
    </message>
    <message>
        <source>Comma-separated features: cloud-flows, mobile, desktop, gateway (default: all).</source>
        <translation>機能 (コンマ区切り): cloud-flows、mobile、desktop、gateway (既定: すべて)。</translation>
    </message>
    <message>
        <source>Use this catalog file instead of the built-in one.</source>
        <translation>組み込みのカタログの代わりにこのカタログ ファイルを使用します。</translation>
    </message>
    <message>
        <source>Add the endpoints of this catalog file (repeatable).</source>
        <translation>このカタログ ファイルのエンドポイントを追加します (複数指定可)。</translation>
    </message>
    <message>
        <source>Connect to CONNECT_HOST:CONNECT_PORT when a check targets HOST:PORT, as curl does (repeatable).</source>
        <translation>チェックが HOST:PORT を対象とするとき、curl と同様に CONNECT_HOST:CONNECT_PORT に接続します (複数指定可)。</translation>
    </message>
    <message>
        <source>Use this HTTP proxy: http://[user:password@]host:port.</source>
        <translation>この HTTP プロキシを使用します: http://[user:password@]host:port。</translation>
    </message>
    <message>
        <source>Connect directly, ignoring the system proxy.</source>
        <translation>システム プロキシを無視して直接接続します。</translation>
    </message>
    <message>
        <source>When the proxy asks for authentication: auto (the strongest it offers), negotiate, ntlm, digest, basic or none (default: auto). Negotiate uses the signed-in user&apos;s Kerberos ticket.</source>
        <translation>プロキシが認証を要求したときの方式: auto (提示された中で最も強力なもの)、negotiate、ntlm、digest、basic、none (既定: auto)。Negotiate はサインインしているユーザーの Kerberos チケットを使用します。</translation>
    </message>
    <message>
        <source>Authenticate at the proxy as this user (DOMAIN\user for NTLM); the password comes from NETREADY_PROXY_PASSWORD or is asked on the terminal.</source>
        <translation>このユーザーとしてプロキシで認証します (NTLM の場合は DOMAIN\user)。パスワードは NETREADY_PROXY_PASSWORD から取得するか、ターミナルで入力を求めます。</translation>
    </message>
    <message>
        <source>Choose the proxy of every check with this proxy auto-config script: a file, file://, http:// or https:// URL.</source>
        <translation>このプロキシ自動構成スクリプトで各チェックのプロキシを選択します: ファイル、または file://、http://、https:// の URL。</translation>
    </message>
    <message>
        <source>Without --proxy or --no-proxy: test desktop flows endpoints along the route of the desktop flows service (service, the default: Power Automate&apos;s own proxy settings on Windows) or with your own system proxy (me). Gateway endpoints follow the gateway service&apos;s route.</source>
        <translation>--proxy も --no-proxy も指定しない場合: デスクトップ フローのエンドポイントを、デスクトップ フロー サービスの経路 (service、既定: Windows 上の Power Automate 独自のプロキシ設定) で、または自分のシステム プロキシ (me) でテストします。ゲートウェイのエンドポイントはゲートウェイ サービスの経路に従います。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>この PEM ファイル内の CA 証明書も信頼します。</translation>
    </message>
    <message>
        <source>Seconds each phase of a check may take (1-300, default 10).</source>
        <translation>チェックの各フェーズにかけられる秒数 (1-300、既定 10)。</translation>
    </message>
    <message>
        <source>Checks run at once (1-512, default 16).</source>
        <translation>同時に実行するチェックの数 (1-512、既定 16)。</translation>
    </message>
    <message>
        <source>Output: text or json (--list-endpoints also csv).</source>
        <translation>出力: text または json (--list-endpoints では csv も可)。</translation>
    </message>
    <message>
        <source>Write the report to this file; the format follows the extension: .html .pdf .json .csv .xml (repeatable). --compare writes .txt .json .html .pdf, --summarize .html .csv .json .txt.</source>
        <translation>レポートをこのファイルに書き込みます。形式は拡張子 (.html .pdf .json .csv .xml) で決まります (複数指定可)。--compare は .txt .json .html .pdf、--summarize は .html .csv .json .txt を書き込みます。</translation>
    </message>
    <message>
        <source>Your environment URL, e.g. https://org.crm.dynamics.com.</source>
        <translation>環境の URL (例: https://org.crm.dynamics.com)。</translation>
    </message>
    <message>
        <source>A Service Bus namespace host the desktop runtime or the gateway uses (repeatable).</source>
        <translation>デスクトップ ランタイムまたはゲートウェイが使用する Service Bus 名前空間のホスト (複数指定可)。</translation>
    </message>
    <message>
        <source>Test every Service Bus namespace Microsoft lists for the desktop flows runtime in this region, e.g. Europe (public cloud; see --list-regions).</source>
        <translation>このリージョン (例: Europe) のデスクトップ フロー ランタイム用に Microsoft が記載しているすべての Service Bus 名前空間をテストします (パブリック クラウド。--list-regions を参照)。</translation>
    </message>
    <message>
        <source>A value for a catalog placeholder, e.g. azure-apim=host (repeatable).</source>
        <translation>カタログのプレースホルダーの値 (例: azure-apim=host、複数指定可)。</translation>
    </message>
    <message>
        <source>Also probe the OCSP and CRL URLs of every TLS chain seen.</source>
        <translation>検出されたすべての TLS チェーンの OCSP URL と CRL URL もプローブします。</translation>
    </message>
    <message>
        <source>--compare and --summarize exclude each other</source>
        <translation>--compare と --summarize は同時に指定できません</translation>
    </message>
    <message>
        <source>--compare needs two reports, the earlier and the later: BEFORE.json AFTER.json</source>
        <translation>--compare には以前と以後の 2 つのレポートが必要です: BEFORE.json AFTER.json</translation>
    </message>
    <message>
        <source>--summarize needs report files or folders of them</source>
        <translation>--summarize にはレポート ファイルまたはそれを含むフォルダーが必要です</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>予期しない引数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--cloud: unknown cloud &apos;%1&apos; (expected one of: %2)</source>
        <translation>--cloud: 不明なクラウド &apos;%1&apos; (%2 のいずれかを指定してください)</translation>
    </message>
    <message>
        <source>--features: unknown feature &apos;%1&apos; (expected: %2)</source>
        <translation>--features: 不明な機能 &apos;%1&apos; (指定可能: %2)</translation>
    </message>
    <message>
        <source>%1: file &apos;%2&apos; does not exist</source>
        <translation>%1: ファイル &apos;%2&apos; が存在しません</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a readable file</source>
        <translation>%1: &apos;%2&apos; は読み取り可能なファイルではありません</translation>
    </message>
    <message>
        <source>--proxy, --no-proxy and --pac exclude each other</source>
        <translation>--proxy、--no-proxy、--pac は同時に指定できません</translation>
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
        <translation>--proxy-auth: 不明な方式 &apos;%1&apos; (指定可能: %2)</translation>
    </message>
    <message>
        <source>--proxy-user needs a proxy: it cannot go with --no-proxy</source>
        <translation>--proxy-user にはプロキシが必要です: --no-proxy とは併用できません</translation>
    </message>
    <message>
        <source>--proxy-user: the --proxy URL names a user already; give the user once</source>
        <translation>--proxy-user: --proxy の URL にすでにユーザーが指定されています。ユーザーは 1 回だけ指定してください</translation>
    </message>
    <message>
        <source>--proxy-user: the user name is empty</source>
        <translation>--proxy-user: ユーザー名が空です</translation>
    </message>
    <message>
        <source>--proxy-as: &apos;%1&apos; is neither &apos;service&apos; nor &apos;me&apos;</source>
        <translation>--proxy-as: &apos;%1&apos; は &apos;service&apos; でも &apos;me&apos; でもありません</translation>
    </message>
    <message>
        <source>--ca-file: &apos;%1&apos; holds no PEM certificate</source>
        <translation>--ca-file: &apos;%1&apos; に PEM 証明書が含まれていません</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <translation>--%1: &apos;%2&apos; は %3 から %4 までの整数ではありません</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not one of: %2</source>
        <translation>--format: &apos;%1&apos; は次のいずれでもありません: %2</translation>
    </message>
    <message>
        <source>--servicebus-namespace: no namespace given</source>
        <translation>--servicebus-namespace: 名前空間が指定されていません</translation>
    </message>
    <message>
        <source>--servicebus-namespace: &apos;%1&apos;: %2</source>
        <translation>--servicebus-namespace: &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>--input: &apos;%1&apos; is not NAME=VALUE</source>
        <translation>--input: &apos;%1&apos; は NAME=VALUE の形式ではありません</translation>
    </message>
    <message>
        <source>--label: &apos;%1&apos; is not KEY=VALUE with a key of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>--label: &apos;%1&apos; は KEY=VALUE の形式ではありません (キーに使用できるのは英字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; です)</translation>
    </message>
    <message>
        <source>--label: &apos;%1&apos; is given more than once</source>
        <translation>--label: &apos;%1&apos; が複数回指定されています</translation>
    </message>
    <message>
        <source>--region: Microsoft&apos;s list of namespaces by region is for the public cloud&apos;s desktop flows runtime; for the %1 cloud give your namespace with --servicebus-namespace</source>
        <translation>--region: Microsoft のリージョン別名前空間リストは、パブリック クラウドのデスクトップ フロー ランタイム用です。%1 クラウドの場合は、--servicebus-namespace で名前空間を指定してください</translation>
    </message>
    <message>
        <source>--region: unknown region &apos;%1&apos; (expected one of: %2)</source>
        <translation>--region: 不明なリージョン &apos;%1&apos; (%2 のいずれかを指定してください)</translation>
    </message>
    <message>
        <source>Language of the wizard, the output and the reports: %1 (default: the system&apos;s language).</source>
        <extracomment>%1 the language codes, kept as they are</extracomment>
        <translation>ウィザード、出力、レポートの言語: %1 (既定: システムの言語)。</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not a language of Netready; use one of %2</source>
        <extracomment>%1 what was given, %2 the language codes, kept as they are</extracomment>
        <translation>--lang: &apos;%1&apos; は Netready の言語ではありません。%2 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>--proxy: other users of this machine can read the password in the URL in its list of processes; give the user with --proxy-user and the password in NETREADY_PROXY_PASSWORD, or type it when asked</source>
        <translation>--proxy: このコンピューターの他のユーザーは、プロセス一覧から URL 内のパスワードを読み取ることができます。ユーザーは --proxy-user で、パスワードは NETREADY_PROXY_PASSWORD で指定するか、求められたときに入力してください</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>&amp;Save comparison…</source>
        <translation>比較を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>HTML comparison (*.html)</source>
        <translation>HTML 形式の比較 (*.html)</translation>
    </message>
    <message>
        <source>PDF comparison (*.pdf)</source>
        <translation>PDF 形式の比較 (*.pdf)</translation>
    </message>
    <message>
        <source>JSON comparison (*.json)</source>
        <translation>JSON 形式の比較 (*.json)</translation>
    </message>
    <message>
        <source>Text comparison (*.txt)</source>
        <translation>テキスト形式の比較 (*.txt)</translation>
    </message>
    <message>
        <source>Save comparison</source>
        <translation>比較の保存</translation>
    </message>
    <message>
        <source>Comparison not saved</source>
        <translation>比較は保存されませんでした</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>保存しました: %1</translation>
    </message>
</context>
<context>
    <name>ComparisonFiles</name>
    <message>
        <source>could not write: %1</source>
        <translation>書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>unknown extension</source>
        <translation>不明な拡張子</translation>
    </message>
</context>
<context>
    <name>ComparisonHtml</name>
    <message>
        <source>not checked</source>
        <translation>未チェック</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>変更前: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>変更後: %1</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>変更内容</translation>
    </message>
</context>
<context>
    <name>ComparisonText</name>
    <message>
        <source>Before: %1</source>
        <translation>変更前: %1</translation>
    </message>
    <message>
        <source>After:  %1</source>
        <translation>変更後: %1</translation>
    </message>
</context>
<context>
    <name>ComparisonWording</name>
    <message>
        <source>name resolution</source>
        <translation>名前解決</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>不明な時刻</translation>
    </message>
    <message>
        <source>Netready comparison of two reports</source>
        <translation>Netready による 2 つのレポートの比較</translation>
    </message>
    <message>
        <source>Broke: passed before, fails now</source>
        <translation>新たな不合格: 以前は合格、現在は不合格</translation>
    </message>
    <message>
        <source>Fixed: failed before, passes now</source>
        <translation>修正済み: 以前は不合格、現在は合格</translation>
    </message>
    <message>
        <source>Still failing</source>
        <translation>引き続き不合格</translation>
    </message>
    <message>
        <source>Changed severity</source>
        <translation>重大度の変化</translation>
    </message>
    <message>
        <source>Only in the later report</source>
        <translation>後のレポートのみ</translation>
    </message>
    <message>
        <source>Only in the earlier report</source>
        <translation>前のレポートのみ</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変化なし</translation>
    </message>
    <message>
        <source>%1 passed before (%2) and fails now: %3.</source>
        <translation>%1 は以前は合格でしたが (%2)、現在は不合格です: %3。</translation>
    </message>
    <message>
        <source>%1 failed before (%2) and passes now (%3).</source>
        <translation>%1 は以前は不合格でしたが (%2)、現在は合格です (%3)。</translation>
    </message>
    <message>
        <source>%1 still fails the same way: %2.</source>
        <translation>%1 は引き続き同じ理由で不合格です: %2。</translation>
    </message>
    <message>
        <source>it gets further now: %1 passes, %2 stops it</source>
        <translation>先へ進むようになりました: %1 は通過し、%2 で止まっています</translation>
    </message>
    <message>
        <source>it fails earlier now, at %1</source>
        <translation>より前の段階の %1 で失敗するようになりました</translation>
    </message>
    <message>
        <source>it fails differently at %1</source>
        <translation>%1 で以前とは異なる失敗をしています</translation>
    </message>
    <message>
        <source>%1 still fails: %2 → %3; %4.</source>
        <translation>%1 は引き続き不合格です: %2 → %3。%4。</translation>
    </message>
    <message>
        <source>%1 changed from %2 (%3) to %4 (%5).</source>
        <translation>%1 は %2 (%3) から %4 (%5) に変わりました。</translation>
    </message>
    <message>
        <source>%1 is checked only in the later report: %2 (%3).</source>
        <translation>%1 は後のレポートでのみチェックされています: %2 (%3)。</translation>
    </message>
    <message>
        <source>%1 was checked only in the earlier report: %2 (%3).</source>
        <translation>%1 は前のレポートでのみチェックされていました: %2 (%3)。</translation>
    </message>
    <message>
        <source>%1 is unchanged: %2 (%3).</source>
        <translation>%1 は変化していません: %2 (%3)。</translation>
    </message>
    <message>
        <source>The verdict is unchanged: %1.</source>
        <translation>判定は変わっていません: %1。</translation>
    </message>
    <message>
        <source>The verdict changed from %1 to %2.</source>
        <translation>判定は %1 から %2 に変わりました。</translation>
    </message>
    <message>
        <source>The reports come from different machines: %1 before, %2 now.</source>
        <translation>レポートは異なるコンピューターのものです: 以前は %1、現在は %2。</translation>
    </message>
    <message>
        <source>The cloud differs: %1 before, %2 now.</source>
        <translation>クラウドが異なります: 以前は %1、現在は %2。</translation>
    </message>
    <message>
        <source>The features differ: %1 before, %2 now.</source>
        <translation>機能が異なります: 以前は %1、現在は %2。</translation>
    </message>
    <message>
        <source>The catalogs differ: %1 before, %2 now.</source>
        <translation>カタログが異なります: 以前は %1、現在は %2。</translation>
    </message>
    <message>
        <source>The proxy differs: %1 before, %2 now.</source>
        <translation>プロキシが異なります: 以前は %1、現在は %2。</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>The later report was started before the earlier one: are they in the right order?</source>
        <translation>後のレポートが前のレポートより前に開始されています。順序は正しいですか?</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message numerus="yes">
        <source>Unchanged checks: %n.</source>
        <translation>
            <numerusform>変化なしのチェック: %n 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComponentProxies</name>
    <message>
        <source>The proxy settings of Power Automate&apos;s components were not read: they exist only on Windows. The system proxy stands in for every component.</source>
        <translation>Power Automate のコンポーネントのプロキシ設定は読み取られませんでした: この設定は Windows にのみ存在します。すべてのコンポーネントについてシステム プロキシで代用します。</translation>
    </message>
</context>
<context>
    <name>ComponentProxy</name>
    <message>
        <source>you</source>
        <translation>サインイン ユーザー</translation>
    </message>
    <message>
        <source>Power Automate for desktop (you)</source>
        <translation>Power Automate for desktop (サインイン ユーザー)</translation>
    </message>
    <message>
        <source>desktop flows service</source>
        <translation>デスクトップ フロー サービス</translation>
    </message>
    <message>
        <source>desktop flows log shipper</source>
        <translation>デスクトップ フローのログ転送サービス</translation>
    </message>
    <message>
        <source>desktop flows update service</source>
        <translation>デスクトップ フローの更新サービス</translation>
    </message>
    <message>
        <source>gateway service</source>
        <translation>ゲートウェイ サービス</translation>
    </message>
    <message>
        <source>gateway configurator (you)</source>
        <translation>ゲートウェイ構成ツール (サインイン ユーザー)</translation>
    </message>
    <message>
        <source>gateway data-source engine</source>
        <translation>ゲートウェイのデータ ソース エンジン</translation>
    </message>
    <message>
        <source>direct (no proxy)</source>
        <translation>直接 (プロキシなし)</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>プロキシ %1</translation>
    </message>
    <message>
        <source>PAC file %1</source>
        <translation>PAC ファイル %1</translation>
    </message>
    <message>
        <source>the system proxy settings</source>
        <translation>システムのプロキシ設定</translation>
    </message>
    <message>
        <source>your Windows proxy settings</source>
        <translation>お使いの Windows のプロキシ設定</translation>
    </message>
    <message>
        <source>registry %1</source>
        <translation>レジストリ %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>ファイル %1</translation>
    </message>
    <message>
        <source>the machine&apos;s WinHTTP proxy (netsh winhttp show proxy)</source>
        <translation>コンピューターの WinHTTP プロキシ (netsh winhttp show proxy)</translation>
    </message>
    <message>
        <source>no Power Automate setting: Windows proxy of the signed-in user, %1</source>
        <translation>Power Automate の設定なし: サインイン ユーザーの Windows プロキシ、%1</translation>
    </message>
    <message>
        <source>no Power Automate setting: Windows proxy of the signed-in user</source>
        <translation>Power Automate の設定なし: サインイン ユーザーの Windows プロキシ</translation>
    </message>
    <message>
        <source>not read: Power Automate keeps its proxy settings only on Windows; the system proxy stands in</source>
        <translation>未読み取り: Power Automate はプロキシ設定を Windows 上にのみ保持するため、システム プロキシで代用します</translation>
    </message>
</context>
<context>
    <name>ComponentProxyLookup</name>
    <message>
        <source>The proxy settings of Power Automate&apos;s components were not read within %1 s. The system proxy stands in for every component.</source>
        <translation>Power Automate のコンポーネントのプロキシ設定を %1 秒以内に読み取れませんでした。すべてのコンポーネントについてシステム プロキシで代用します。</translation>
    </message>
</context>
<context>
    <name>ComponentProxyResolver</name>
    <message>
        <source>%1: &apos;%2&apos; lacks the http:// prefix, so Power Automate rejects it</source>
        <translation>%1: &apos;%2&apos; には http:// プレフィックスがないため、Power Automate はこれを拒否します</translation>
    </message>
    <message>
        <source>%1: bypass entry &apos;%2&apos; starts with &apos;*&apos;, which Power Automate rejects</source>
        <translation>%1: バイパス エントリ &apos;%2&apos; が &apos;*&apos; で始まっていますが、Power Automate はこれを拒否します</translation>
    </message>
    <message>
        <source>found by automatic detection or a script for make.powerautomate.com</source>
        <translation>make.powerautomate.com について自動検出またはスクリプトで見つかったもの</translation>
    </message>
    <message>
        <source>%1 is not valid XML (%2) and is ignored</source>
        <translation>%1 は有効な XML ではないため (%2)、無視されます</translation>
    </message>
    <message>
        <source>%1: scriptLocation is ignored unless the registry value EnablePacProxy is 1</source>
        <translation>%1: レジストリ値 EnablePacProxy が 1 でない限り、scriptLocation は無視されます</translation>
    </message>
    <message>
        <source>registry value %1 is set only under WOW6432Node (the 32-bit view), where Power Automate does not read it</source>
        <translation>レジストリ値 %1 は WOW6432Node (32 ビット ビュー) の下にのみ設定されていますが、Power Automate はそこを読み取りません</translation>
    </message>
    <message>
        <source>Power Automate&apos;s components take different routes: %1. Give all four *.Proxy.config files (or the registry values) the same settings.</source>
        <translation>Power Automate のコンポーネントがそれぞれ異なる経路を使用しています: %1。4 つの *.Proxy.config ファイル (またはレジストリ値) すべてに同じ設定を指定してください。</translation>
    </message>
    <message>
        <source>The gateway&apos;s components take different routes: %1. Give its three configuration files the same &lt;defaultProxy&gt; settings.</source>
        <translation>ゲートウェイのコンポーネントがそれぞれ異なる経路を使用しています: %1。3 つの構成ファイルすべてに同じ &lt;defaultProxy&gt; 設定を指定してください。</translation>
    </message>
</context>
<context>
    <name>ComponentRoutes</name>
    <message>
        <source>%1: %2 (from %3)</source>
        <translation>%1: %2 (%3 から)</translation>
    </message>
    <message>
        <source>Power Automate&apos;s proxy settings</source>
        <translation>Power Automate のプロキシ設定</translation>
    </message>
    <message>
        <source>the proxy setting given for this run, not the route of the %1 (%2)</source>
        <translation>この実行に指定されたプロキシ設定であり、%1 の経路ではありません (%2)</translation>
    </message>
    <message>
        <source>the system proxy, standing in for the %1: its own settings were not read</source>
        <translation>%1 の代わりとしてのシステム プロキシ: %1 自身の設定は読み取られていません</translation>
    </message>
    <message>
        <source>tested as you (your system proxy), not along the route of the %1: %2</source>
        <translation>%1 の経路ではなく、サインイン ユーザーとして (お使いのシステム プロキシで) テストしました: %2</translation>
    </message>
    <message>
        <source>the route of the %1</source>
        <translation>%1 の経路</translation>
    </message>
    <message>
        <source>its proxy &apos;%1&apos; cannot be used (%2); the system proxy stands in</source>
        <translation>そのプロキシ &apos;%1&apos; は使用できないため (%2)、システム プロキシで代用します</translation>
    </message>
    <message>
        <source>its PAC file &apos;%1&apos; cannot be used (%2); the system proxy stands in</source>
        <translation>その PAC ファイル &apos;%1&apos; は使用できないため (%2)、システム プロキシで代用します</translation>
    </message>
    <message>
        <source>Power Automate for desktop and its services must reach the cloud the same way, or flows work while you are signed in and fail when nobody is.</source>
        <translation>Power Automate for desktop とそのサービスは同じ方法でクラウドに到達する必要があります。そうでないと、サインインしている間はフローが動作しても、誰もサインインしていないときに失敗します。</translation>
    </message>
    <message>
        <source>Power Automate for desktop and its services take the same route</source>
        <translation>Power Automate for desktop とそのサービスは同じ経路を使用しています</translation>
    </message>
    <message>
        <source>Power Automate ignores proxy settings it cannot parse and connects another way.</source>
        <translation>Power Automate は解析できないプロキシ設定を無視し、別の方法で接続します。</translation>
    </message>
    <message>
        <source>Power Automate would accept every proxy setting found</source>
        <translation>Power Automate は検出されたすべてのプロキシ設定を受け入れます</translation>
    </message>
    <message>
        <source>The gateway&apos;s service, its configurator and its mashup engine must reach the cloud the same way, or the gateway registers while you configure it and goes offline as a service.</source>
        <translation>ゲートウェイのサービス、構成ツール、マッシュアップ エンジンは同じ経路でクラウドに接続する必要があります。そうでないと、構成中はゲートウェイを登録できても、サービスとしてはオフラインになります。</translation>
    </message>
    <message>
        <source>The gateway&apos;s configuration files were not found (it is not installed here): its service will take the machine&apos;s route</source>
        <translation>ゲートウェイの構成ファイルが見つかりません (このコンピューターにはインストールされていません)。そのサービスはコンピューターの経路を使用します</translation>
    </message>
    <message>
        <source>The gateway&apos;s components take the same route</source>
        <translation>ゲートウェイのコンポーネントは同じ経路を使用しています</translation>
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
        <translation>HOST:PORT:CONNECT_HOST:CONNECT_PORT の形式で指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port (1-65535)</source>
        <translation>&apos;%1&apos; はポート番号 (1-65535) ではありません</translation>
    </message>
    <message>
        <source>CONNECT_HOST must not be empty</source>
        <translation>CONNECT_HOST は空にできません</translation>
    </message>
</context>
<context>
    <name>CrlInspector</name>
    <message>
        <source>a certificate (subject %1), not a revocation list</source>
        <translation>失効リストではなく証明書です (サブジェクト %1)</translation>
    </message>
    <message>
        <source>a PEM revocation list that cannot be read</source>
        <translation>読み取れない PEM 形式の失効リスト</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP ステータス: %1</translation>
    </message>
    <message>
        <source>Content-Type: %1</source>
        <translation>Content-Type: %1</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>サイズ: %1 バイト</translation>
    </message>
    <message>
        <source>The answer is larger than 20 MB and was cut; no revocation list is that large</source>
        <translation>応答が 20 MB を超えたため切り捨てられました。これほど大きな失効リストはありません</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 instead of a revocation list (the body was %2)</source>
        <translation>サーバーは失効リストではなく HTTP %1 を返しました (本文は %2)</translation>
    </message>
    <message>
        <source>The answer is not a revocation list but %1</source>
        <translation>応答は失効リストではなく、%1 です</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>形式: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>発行者: %1</translation>
    </message>
    <message>
        <source>This update: %1</source>
        <translation>今回の更新: %1</translation>
    </message>
    <message>
        <source>Next update: %1</source>
        <translation>次回の更新: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Revoked entries: %1</source>
        <translation>失効したエントリ: %1</translation>
    </message>
    <message>
        <source>Revoked serial: %1 at %2</source>
        <translation>失効したシリアル番号: %1 (%2)</translation>
    </message>
    <message>
        <source>Signature: not checked (the expected issuer certificate cannot be read)</source>
        <translation>署名: 未チェック (想定される発行者の証明書を読み取れません)</translation>
    </message>
    <message>
        <source>The revocation list comes from %1, not from the expected issuer %2</source>
        <translation>失効リストの発行元は %1 であり、想定される発行者 %2 ではありません</translation>
    </message>
    <message>
        <source>Verification error: %1</source>
        <translation>検証エラー: %1</translation>
    </message>
    <message>
        <source>The revocation list names the expected issuer %1 but its signature does not verify with the issuer&apos;s key</source>
        <translation>失効リストには想定される発行者 %1 が記載されていますが、その署名を発行者の鍵で検証できません</translation>
    </message>
    <message>
        <source>Signature: verified with the issuer&apos;s key</source>
        <translation>署名: 発行者の鍵で検証済み</translation>
    </message>
    <message>
        <source>Signature: not checked (no issuer certificate known)</source>
        <translation>署名: 未チェック (発行者の証明書が不明)</translation>
    </message>
    <message>
        <source>The revocation list from %1 is out of date: its next update was due %2 (this update %3); Windows will not accept it</source>
        <translation>%1 の失効リストは期限切れです: 次回の更新期限は %2 でした (今回の更新 %3)。Windows はこれを受け入れません</translation>
    </message>
    <message>
        <source>This update lies in the future: is the local clock behind?</source>
        <translation>今回の更新が未来の日時になっています。ローカルの時計が遅れていませんか?</translation>
    </message>
    <message numerus="yes">
        <source>(%n more revoked entries not listed)</source>
        <translation>
            <numerusform>(ほかに失効したエントリが %n 件ありますが、一覧には表示していません)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes follow the revocation list</source>
        <translation>
            <numerusform>失効リストの後に %n バイトのデータが続いています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revocation list from %1: this update %2, next update %3, %n entries, %4 bytes</source>
        <extracomment>%1 the list&apos;s issuer, %2 and %3 times, %n how many revoked certificates it lists, %4 its size in bytes</extracomment>
        <translation>
            <numerusform>%1 の失効リスト: 今回の更新 %2、次回の更新 %3、エントリ %n 件、%4 バイト</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurlLibrary</name>
    <message>
        <source>libcurl (%1), which Netready authenticates at proxies with, could not be loaded: Netready&apos;s installation is incomplete</source>
        <translation>Netready がプロキシでの認証に使う libcurl (%1) を読み込めませんでした: Netready のインストールが不完全です</translation>
    </message>
    <message>
        <source>libcurl (%1), which Netready authenticates at proxies with, could not be loaded: install it (on Debian and Ubuntu, the package libcurl4)</source>
        <translation>Netready がプロキシでの認証に使う libcurl (%1) を読み込めませんでした: インストールしてください (Debian と Ubuntu ではパッケージ libcurl4)</translation>
    </message>
    <message>
        <source>Install Netready again: its folder lacks %1 (libcurl), which it authenticates at proxies with.</source>
        <translation>Netready を再インストールしてください: プロキシでの認証に使う %1 (libcurl) がフォルダーにありません。</translation>
    </message>
    <message>
        <source>Install libcurl 4, which Netready authenticates at proxies with (on Debian and Ubuntu: apt install libcurl4).</source>
        <translation>Netready がプロキシでの認証に使う libcurl 4 をインストールしてください (Debian と Ubuntu では apt install libcurl4)。</translation>
    </message>
</context>
<context>
    <name>Diagnoses</name>
    <message>
        <source>Reachable</source>
        <translation>到達可能</translation>
    </message>
    <message>
        <source>Name not resolved (DNS)</source>
        <translation>名前を解決できない (DNS)</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>接続が拒否された</translation>
    </message>
    <message>
        <source>Connection timed out (dropped by a firewall?)</source>
        <translation>接続がタイムアウトした (ファイアウォールによる破棄?)</translation>
    </message>
    <message>
        <source>Network unreachable</source>
        <translation>ネットワークに到達できない</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS ハンドシェイクの失敗</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>証明書が信頼されていない</translation>
    </message>
    <message>
        <source>Certificate is for another name</source>
        <translation>証明書が別の名前用</translation>
    </message>
    <message>
        <source>TLS inspection replaced the certificate</source>
        <translation>TLS インスペクションによる証明書の置き換え</translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation>証明書の有効期限切れ</translation>
    </message>
    <message>
        <source>Certificate not valid yet</source>
        <translation>証明書がまだ有効でない</translation>
    </message>
    <message>
        <source>Intermediate certificate missing</source>
        <translation>中間証明書がない</translation>
    </message>
    <message>
        <source>Only outdated TLS versions offered</source>
        <translation>古い TLS バージョンのみ提示</translation>
    </message>
    <message>
        <source>No cipher in common</source>
        <translation>共通の暗号スイートがない</translation>
    </message>
    <message>
        <source>Blocked by a filtering device</source>
        <translation>フィルタリング デバイスによるブロック</translation>
    </message>
    <message>
        <source>No HTTP answer</source>
        <translation>HTTP 応答なし</translation>
    </message>
    <message>
        <source>HTTP answer timed out</source>
        <translation>HTTP 応答のタイムアウト</translation>
    </message>
    <message>
        <source>Proxy not reachable</source>
        <translation>プロキシに到達できない</translation>
    </message>
    <message>
        <source>Proxy requires authentication</source>
        <translation>プロキシで認証が必要</translation>
    </message>
    <message>
        <source>Proxy refused the connection</source>
        <translation>プロキシによる接続の拒否</translation>
    </message>
    <message>
        <source>Proxy does not speak HTTP</source>
        <translation>プロキシが HTTP に対応していない</translation>
    </message>
    <message>
        <source>Proxy auto-config script failed</source>
        <translation>プロキシ自動構成スクリプトの失敗</translation>
    </message>
    <message>
        <source>WebSocket upgrade blocked</source>
        <translation>WebSocket アップグレードのブロック</translation>
    </message>
    <message>
        <source>Local clock is off</source>
        <translation>ローカルの時計のずれ</translation>
    </message>
    <message>
        <source>Power Automate&apos;s components use different proxies</source>
        <translation>Power Automate のコンポーネントが異なるプロキシを使用</translation>
    </message>
    <message>
        <source>Power Automate would reject or ignore a proxy setting</source>
        <translation>Power Automate がプロキシ設定を拒否または無視する</translation>
    </message>
    <message>
        <source>Answer is not a revocation list</source>
        <translation>応答が失効リストではない</translation>
    </message>
    <message>
        <source>Revocation list is out of date</source>
        <translation>失効リストの期限切れ</translation>
    </message>
    <message>
        <source>Revocation list download too slow</source>
        <translation>失効リストのダウンロードが遅すぎる</translation>
    </message>
    <message>
        <source>Answer is not a valid OCSP response</source>
        <translation>応答が有効な OCSP 応答ではない</translation>
    </message>
    <message>
        <source>OCSP answer is out of date</source>
        <translation>OCSP 応答の期限切れ</translation>
    </message>
    <message>
        <source>OCSP responder reports an error</source>
        <translation>OCSP レスポンダーがエラーを報告</translation>
    </message>
    <message>
        <source>OCSP answer too slow</source>
        <translation>OCSP 応答が遅すぎる</translation>
    </message>
    <message>
        <source>Needs your input</source>
        <translation>入力が必要</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
</context>
<context>
    <name>DotNetProxyConfig</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
</context>
<context>
    <name>EndpointListCommand</name>
    <message>
        <source>Endpoints for %1: %2</source>
        <translation>%1 のエンドポイント: %2</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>カタログ: %1</translation>
    </message>
    <message>
        <source>The catalog lists no endpoint for this selection.</source>
        <translation>この選択に対するエンドポイントはカタログに記載されていません。</translation>
    </message>
    <message>
        <source>Allowlist</source>
        <translation>許可リスト</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>(URL %1)</source>
        <extracomment>after an endpoint in the list: the URL a check fetches</extracomment>
        <translation>(URL %1)</translation>
    </message>
    <message>
        <source>(listed by Microsoft, retired by its owner)</source>
        <extracomment>after an endpoint in the list</extracomment>
        <translation>(Microsoft が記載、所有者により廃止)</translation>
    </message>
    <message>
        <source>(a check needs your value for {%1})</source>
        <extracomment>after an endpoint in the list; %1 a placeholder name such as dataverse, kept as it is</extracomment>
        <translation>(チェックには {%1} の値の入力が必要です)</translation>
    </message>
    <message>
        <source>Relay namespaces of the %1 region</source>
        <translation>%1 リージョンのリレー名前空間</translation>
    </message>
    <message>
        <source>The selection has no relay check of the desktop flows runtime: the region&apos;s namespaces apply to desktop flows.</source>
        <translation>選択内容にデスクトップ フロー ランタイムのリレー チェックが含まれていません: リージョンの名前空間はデスクトップ フローに適用されます。</translation>
    </message>
    <message>
        <source>Allow these instead of %1 (TCP %2); source: %3, %4</source>
        <translation>%1 (TCP %2) の代わりにこれらを許可してください。ソース: %3、%4</translation>
    </message>
    <message>
        <source>(preview environments)</source>
        <translation>(プレビュー環境)</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <extracomment>%1 a cloud code, %2 a feature code (both kept as they are), %3 counts of endpoints and hosts</extracomment>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>%1 · all selected: %2</source>
        <extracomment>%1 a cloud code (kept as it is), %2 counts of endpoints and hosts</extracomment>
        <translation>%1 · 選択したすべて: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 a count of endpoints (&quot;12 endpoints&quot;), %2 a count of hosts (&quot;9 hosts&quot;)</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoints</source>
        <translation>
            <numerusform>%n 個のエンドポイント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hosts</source>
        <translation>
            <numerusform>%n 個のホスト</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointParser</name>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 はオブジェクトではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an id (up to 100 letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit)</source>
        <translation>&apos;%1&apos; は ID ではありません (英字、数字、&apos;.&apos;、&apos;-&apos;、&apos;_&apos; で 100 文字まで、先頭は英字または数字)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name (a wildcard is allowed only as a leading &apos;*.&apos; before a domain)</source>
        <translation>&apos;%1&apos; はホスト名ではありません (ワイルドカードはドメインの前に &apos;*.&apos; を付ける形でのみ使用できます)</translation>
    </message>
    <message>
        <source>required for the wildcard host &apos;%1&apos;: give a concrete host under it, or a placeholder such as {dataverse} that the user fills in</source>
        <translation>ワイルドカード ホスト &apos;%1&apos; には必須です: その下の具体的なホストか、ユーザーが入力する {dataverse} などのプレースホルダーを指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a host name nor a placeholder such as {servicebus-namespace}</source>
        <translation>&apos;%1&apos; はホスト名でも、{servicebus-namespace} などのプレースホルダーでもありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the apex of &apos;%2&apos;, not a host under it (a firewall may allow one and not the other; give a host below it, or list the apex as an endpoint of its own)</source>
        <translation>&apos;%1&apos; は &apos;%2&apos; の apex (ドメインそのもの) であり、その下のホストではありません (ファイアウォールによっては一方のみを許可することがあります。その下のホストを指定するか、apex を独自のエンドポイントとして記載してください)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host under &apos;%2&apos;</source>
        <translation>&apos;%1&apos; は &apos;%2&apos; の下のホストではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; differs from the host &apos;%2&apos; (a concrete host is tested as itself)</source>
        <translation>&apos;%1&apos; はホスト &apos;%2&apos; と異なります (具体的なホストはそのホスト自体としてテストされます)</translation>
    </message>
    <message>
        <source>give either port or ports, not both</source>
        <translation>port と ports のどちらか一方を指定してください (両方は指定できません)</translation>
    </message>
    <message>
        <source>a port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>required field is missing (or give ports)</source>
        <translation>必須フィールドがありません (または ports を指定してください)</translation>
    </message>
    <message>
        <source>lists %1 ports (at most %2)</source>
        <translation>%1 個のポートが記載されています (最大 %2 個)</translation>
    </message>
    <message>
        <source>port %1 is listed twice</source>
        <translation>ポート %1 が 2 回記載されています</translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos; (expected one of: %2)</source>
        <translation>不明なプロトコル &apos;%1&apos; (%2 のいずれかを指定してください)</translation>
    </message>
    <message>
        <source>unknown cloud %1 (expected one of: %2)</source>
        <translation>不明なクラウド %1 (%2 のいずれかを指定してください)</translation>
    </message>
    <message>
        <source>unknown feature %1 (expected one of: %2)</source>
        <translation>不明な機能 %1 (%2 のいずれかを指定してください)</translation>
    </message>
    <message>
        <source>only crl and ocsp endpoints take this field</source>
        <translation>このフィールドを使用できるのは crl と ocsp のエンドポイントだけです</translation>
    </message>
    <message>
        <source>only ocsp endpoints take this field</source>
        <translation>このフィールドを使用できるのは ocsp のエンドポイントだけです</translation>
    </message>
    <message>
        <source>required for protocol %1 (the %2)</source>
        <translation>プロトコル %1 には必須です (%2)</translation>
    </message>
    <message>
        <source>CRL to download</source>
        <translation>ダウンロードする CRL</translation>
    </message>
    <message>
        <source>OCSP responder</source>
        <translation>OCSP レスポンダー</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// URL (revocation is checked over plain HTTP)</source>
        <translation>&apos;%1&apos; は http:// の URL ではありません (失効確認は暗号化されていない HTTP で行われます)</translation>
    </message>
    <message>
        <source>the URL&apos;s host &apos;%1&apos; is not the endpoint&apos;s host &apos;%2&apos;</source>
        <translation>URL のホスト &apos;%1&apos; がエンドポイントのホスト &apos;%2&apos; と一致しません</translation>
    </message>
    <message>
        <source>the URL&apos;s port %1 is not among the endpoint&apos;s ports</source>
        <translation>URL のポート %1 がエンドポイントのポートに含まれていません</translation>
    </message>
    <message>
        <source>required with certificate (an OCSP request names the issuer)</source>
        <translation>certificate と共に必須です (OCSP リクエストには発行者が含まれます)</translation>
    </message>
    <message>
        <source>not a PEM certificate (-----BEGIN CERTIFICATE----- ...)</source>
        <translation>PEM 証明書ではありません (-----BEGIN CERTIFICATE----- ...)</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (expected current or retired)</source>
        <translation>不明な状態 &apos;%1&apos; (current または retired を指定してください)</translation>
    </message>
    <message numerus="yes">
        <source>holds %n certificates; give exactly one</source>
        <translation>
            <numerusform>%n 個の証明書が含まれています。1 つだけ指定してください</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngineRun</name>
    <message>
        <source>the run was cancelled before this check finished</source>
        <translation>このチェックが終わる前に実行がキャンセルされました</translation>
    </message>
    <message>
        <source>Revocation path of the certificate chain of %1 (%2).</source>
        <translation>%1 (%2) の証明書チェーンの失効確認パス。</translation>
    </message>
    <message>
        <source>%1 extension of a certificate presented by %2</source>
        <translation>%2 が提示した証明書の %1 拡張</translation>
    </message>
    <message>
        <source>local clock</source>
        <translation>ローカルの時計</translation>
    </message>
    <message>
        <source>Sign-in tokens are rejected when the clock is off by more than 5 minutes.</source>
        <translation>時計が 5 分を超えてずれていると、サインイン トークンは拒否されます。</translation>
    </message>
    <message>
        <source>this machine&apos;s clock is %1 min %2 s behind the servers&apos; (compared with %3)</source>
        <extracomment>%1 minutes and %2 seconds; %3 the servers&apos; host names</extracomment>
        <translation>このコンピューターの時計はサーバーより %1 分 %2 秒遅れています (%3 と比較)</translation>
    </message>
    <message>
        <source>this machine&apos;s clock is %1 min %2 s ahead of the servers&apos; (compared with %3)</source>
        <extracomment>%1 minutes and %2 seconds; %3 the servers&apos; host names</extracomment>
        <translation>このコンピューターの時計はサーバーより %1 分 %2 秒進んでいます (%3 と比較)</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Cloud flows</source>
        <translation>クラウド フロー</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>モバイル アプリ</translation>
    </message>
    <message>
        <source>Desktop flows runtime</source>
        <translation>デスクトップ フロー ランタイム</translation>
    </message>
    <message>
        <source>On-premises data gateway</source>
        <translation>オンプレミス データ ゲートウェイ</translation>
    </message>
    <message>
        <source>Designing and running flows in the browser: sign-in, portal, connectors.</source>
        <translation>ブラウザーでのフローの設計と実行: サインイン、ポータル、コネクタ。</translation>
    </message>
    <message>
        <source>The Power Automate app on phones and tablets.</source>
        <translation>スマートフォンとタブレット用の Power Automate アプリ。</translation>
    </message>
    <message>
        <source>Power Automate for desktop on this machine: attended and unattended runs.</source>
        <translation>このコンピューター上の Power Automate for desktop: 有人実行と無人実行。</translation>
    </message>
    <message>
        <source>The on-premises data gateway, connecting cloud flows to local data.</source>
        <translation>クラウド フローをローカルのデータに接続するオンプレミス データ ゲートウェイ。</translation>
    </message>
</context>
<context>
    <name>FeaturesPage</name>
    <message>
        <source>Your tenant</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>Which features do you use?</source>
        <translation>どの機能を使用していますか?</translation>
    </message>
    <message>
        <source>Netready checks the endpoints of the features you select. Select all that this machine needs.</source>
        <translation>選択した機能のエンドポイントをチェックします。このコンピューターに必要な機能をすべて選択してください。</translation>
    </message>
    <message>
        <source>&amp;Environment URL:</source>
        <translation>環境の URL(&amp;E):</translation>
    </message>
    <message>
        <source>Optional. Leave empty to skip the checks of your own environment.</source>
        <translation>省略可能。空のままにすると、お使いの環境のチェックをスキップします。</translation>
    </message>
    <message>
        <source>Service Bus name&amp;spaces:</source>
        <translation>Service Bus 名前空間(&amp;S):</translation>
    </message>
    <message>
        <source>The namespaces your desktop flows runtime or gateway uses. Optional; separate several with commas.</source>
        <translation>デスクトップ フロー ランタイムまたはゲートウェイが使用する名前空間。省略可能。複数ある場合はコンマで区切ります。</translation>
    </message>
    <message>
        <source>Other hosts of your tenant</source>
        <translation>テナントのその他のホスト</translation>
    </message>
    <message>
        <source>Desktop flows &amp;region:</source>
        <translation>デスクトップ フローのリージョン(&amp;R):</translation>
    </message>
    <message>
        <source>Desktop flows region</source>
        <translation>デスクトップ フローのリージョン</translation>
    </message>
    <message>
        <source>No region (one namespace)</source>
        <translation>リージョンなし (名前空間 1 つ)</translation>
    </message>
    <message>
        <source>%1 (namespaces: %2)</source>
        <translation>%1 (名前空間: %2)</translation>
    </message>
    <message>
        <source>Tests every Service Bus namespace Microsoft lists for the desktop flows runtime of this region (public cloud), so your firewall can allow those instead of *.servicebus.windows.net.</source>
        <translation>このリージョンのデスクトップ フロー ランタイム用に Microsoft が記載しているすべての Service Bus 名前空間をテストします (パブリック クラウド)。これにより、ファイアウォールで *.servicebus.windows.net の代わりにそれらを許可できます。</translation>
    </message>
    <message>
        <source>Optional. Your host under this wildcard, to check it too; separate several with commas.</source>
        <translation>省略可能。このワイルドカードの下にあるお使いのホストで、これもチェックします。複数ある場合はコンマで区切ります。</translation>
    </message>
    <message>
        <source>Host under %1:</source>
        <translation>%1 の下のホスト:</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>&amp;Other hosts of your tenant (%1)</source>
        <translation>テナントのその他のホスト(&amp;O) (%1)</translation>
    </message>
    <message>
        <source>A value under Other hosts is not valid.</source>
        <translation>[その他のホスト] の値が無効です。</translation>
    </message>
    <message>
        <source>Select at least one feature.</source>
        <translation>機能を 1 つ以上選択してください。</translation>
    </message>
</context>
<context>
    <name>FleetFiles</name>
    <message>
        <source>unknown extension</source>
        <translation>不明な拡張子</translation>
    </message>
    <message>
        <source>could not write: %1</source>
        <translation>書き込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>FleetHtml</name>
    <message>
        <source>Failures per endpoint</source>
        <translation>エンドポイント別の不合格</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Catalog id</source>
        <translation>カタログ ID</translation>
    </message>
    <message>
        <source>Failed on</source>
        <translation>不合格の台数</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>チェックした台数</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>台数</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>準備未完了</translation>
    </message>
    <message>
        <source>Odd ones out</source>
        <translation>外れ値</translation>
    </message>
    <message>
        <source>Endpoints that fail on a machine while at least 90 % of the machines of the same cloud and site pass them.</source>
        <translation>同じクラウドおよびサイトのコンピューターの 90 % 以上で合格しているのに、あるコンピューターでは不合格になっているエンドポイント。</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>Passing at the site</source>
        <translation>サイトでの合格数</translation>
    </message>
    <message>
        <source>Machines at the site</source>
        <translation>サイトの台数</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Click a column heading to sort by it.</source>
        <translation>列見出しをクリックすると、その列で並べ替えます。</translation>
    </message>
    <message>
        <source>Files that are not readable reports</source>
        <translation>読み取り可能なレポートではないファイル</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>FleetText</name>
    <message>
        <source>Failures per endpoint:</source>
        <translation>エンドポイント別の不合格:</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  なし</translation>
    </message>
    <message>
        <source>  %1: machines %2, not ready %3</source>
        <translation>  %1: %2 台、準備未完了 %3 台</translation>
    </message>
    <message>
        <source>Odd ones out:</source>
        <translation>外れ値:</translation>
    </message>
    <message>
        <source>Files that are not readable reports:</source>
        <translation>読み取り可能なレポートではないファイル:</translation>
    </message>
    <message numerus="yes">
        <source>  %1 %2: failed on %3 of %n machines (%4)</source>
        <extracomment>%1 an endpoint, %2 its protocol code, %3 how many machines it failed on, %n how many tested it, %4 the diagnoses</extracomment>
        <translation>
            <numerusform>  %1 %2: %n 台中 %3 台で失敗 (%4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetWording</name>
    <message>
        <source>Netready fleet summary</source>
        <translation>Netready 複数コンピューターの集計</translation>
    </message>
    <message>
        <source>Reports read: %1; unreadable files: %2.</source>
        <translation>読み取ったレポート: %1、読み取れないファイル: %2。</translation>
    </message>
    <message>
        <source>Cloud %1, report schema version %2</source>
        <translation>クラウド %1、レポート スキーマ バージョン %2</translation>
    </message>
    <message>
        <source>Machines: %1; ready: %2; not ready: %3.</source>
        <translation>コンピューター: %1 台、準備完了: %2 台、準備未完了: %3 台。</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>no site label</source>
        <translation>サイト ラベルなし</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>By proxy</source>
        <translation>プロキシ別</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>サイト別</translation>
    </message>
    <message>
        <source>By operating system</source>
        <translation>オペレーティング システム別</translation>
    </message>
    <message>
        <source>By catalog date</source>
        <translation>カタログの日付別</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 %4 fails with %5 while %6 of %n machines at the site pass it.</source>
        <extracomment>%1 a machine, %2 its site, %3 an endpoint, %4 its protocol code, %5 a diagnosis, %6 how many machines pass, %n how many machines the site has</extracomment>
        <translation>
            <numerusform>%1 (%2): %3 %4 は %5 で不合格ですが、このサイトのコンピューター %n 台中 %6 台では合格しています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>the answer arrived complete</source>
        <translation>応答は完全に受信されました</translation>
    </message>
    <message>
        <source>the answer was cut at the size cap of %1 bytes</source>
        <translation>応答はサイズ上限の %1 バイトで切り捨てられました</translation>
    </message>
    <message>
        <source>no HTTP answer within %1 s</source>
        <translation>%1 秒以内に HTTP 応答がありませんでした</translation>
    </message>
    <message>
        <source>the answer was still incomplete after %1 s (%2 bytes of headers)</source>
        <translation>%1 秒経過後も応答が不完全でした (ヘッダー %2 バイト)</translation>
    </message>
    <message>
        <source>the download was still running after %1 s: %2 of %3 bytes</source>
        <translation>%1 秒経過後もダウンロードが続いていました: %3 バイト中 %2 バイト</translation>
    </message>
    <message>
        <source>the download was still running after %1 s: %2 bytes so far</source>
        <translation>%1 秒経過後もダウンロードが続いていました: これまでに %2 バイト</translation>
    </message>
    <message>
        <source>the connection was closed without an answer</source>
        <translation>応答がないまま接続が閉じられました</translation>
    </message>
    <message>
        <source>the connection was closed after %1 bytes, before the headers ended</source>
        <translation>ヘッダーの終わりより前の %1 バイトの時点で接続が閉じられました</translation>
    </message>
    <message>
        <source>the connection was closed after %1 of %2 bytes of the body</source>
        <translation>本文 %2 バイト中 %1 バイトの時点で接続が閉じられました</translation>
    </message>
    <message>
        <source>the connection was closed after the answer (%1 bytes)</source>
        <translation>応答の後に接続が閉じられました (%1 バイト)</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the connection closed without an answer</source>
        <translation>応答がないまま接続が閉じられました</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the headers</source>
        <translation>ヘッダーの途中で接続が閉じられました</translation>
    </message>
    <message>
        <source>the answer is not HTTP</source>
        <translation>応答が HTTP ではありません</translation>
    </message>
    <message>
        <source>the headers are larger than 64 KiB</source>
        <translation>ヘッダーが 64 KiB を超えています</translation>
    </message>
    <message>
        <source>the Content-Length header is invalid</source>
        <translation>Content-Length ヘッダーが無効です</translation>
    </message>
    <message>
        <source>a chunk header is malformed</source>
        <translation>チャンク ヘッダーの形式が正しくありません</translation>
    </message>
</context>
<context>
    <name>JUnitReportWriter</name>
    <message>
        <source>Remedy: %1</source>
        <translation>対処法: %1</translation>
    </message>
    <message>
        <source>Answered by: %1</source>
        <translation>応答元: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>何もなし</translation>
    </message>
    <message>
        <source>unknown key (allowed: %1)</source>
        <translation>不明なキー (使用可能: %1)</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>必須フィールドがありません</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 は文字列ではありません</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <source>%1 is not an array</source>
        <translation>%1 は配列ではありません</translation>
    </message>
    <message>
        <source>must not be an empty array</source>
        <translation>空の配列にはできません</translation>
    </message>
    <message>
        <source>%1 is not %2 (%3)</source>
        <translation>%1 は %2 ではありません (%3)</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>オフセット %1 の位置で有効な JSON ではありません: %2</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>最上位はオブジェクトである必要があります</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>A new language applies when Netready starts again.</source>
        <translation>新しい言語は Netready の次回起動時に適用されます。</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <extracomment>a menu entry; %1 the name of the system&apos;s language in itself, e.g. &quot;Deutsch&quot;</extracomment>
        <translation>システムの言語 (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Netready will be in %1 the next time it starts. This window stays in the current language.</source>
        <extracomment>%1 the chosen language&apos;s name in itself, e.g. &quot;Français&quot;</extracomment>
        <translation>Netready は次回の起動時から %1 で表示されます。このウィンドウは現在の言語のままです。</translation>
    </message>
</context>
<context>
    <name>LogonIdentity</name>
    <message>
        <source>no Kerberos ticket for this user</source>
        <translation>このユーザーの Kerberos チケットがありません</translation>
    </message>
    <message>
        <source>no Kerberos ticket for this user (%1)</source>
        <translation>このユーザーの Kerberos チケットがありません (%1)</translation>
    </message>
    <message>
        <source>the Kerberos ticket cannot be read (%1)</source>
        <translation>Kerberos チケットを読み取れません (%1)</translation>
    </message>
    <message>
        <source>the Kerberos ticket has expired</source>
        <translation>Kerberos チケットの有効期限が切れています</translation>
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
        <translation>閉じる</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>バージョン情報(&amp;A)</translation>
    </message>
    <message>
        <source>About Netready</source>
        <translation>Netready のバージョン情報</translation>
    </message>
    <message>
        <source>Shows the version of Netready and its homepage</source>
        <translation>Netready のバージョンとホームページを表示します</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Chooses the language Netready uses the next time it starts</source>
        <translation>Netready が次回の起動時から使用する言語を選択します</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>システムのプロキシ設定を使用する(&amp;S)</translation>
    </message>
    <message>
        <source>Test &amp;desktop flows along the route of the desktop flows service</source>
        <translation>デスクトップ フローをデスクトップ フロー サービスの経路でテストする(&amp;D)</translation>
    </message>
    <message>
        <source>Test desktop flows as me, with m&amp;y proxy settings</source>
        <translation>デスクトップ フローを自分のプロキシ設定を使って自分としてテストする(&amp;Y)</translation>
    </message>
    <message>
        <source>Direct connection, n&amp;o proxy</source>
        <translation>直接接続、プロキシなし(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Manual proxy</source>
        <translation>手動プロキシ(&amp;M)</translation>
    </message>
    <message>
        <source>Automatic configuration scr&amp;ipt</source>
        <translation>自動構成スクリプト(&amp;I)</translation>
    </message>
    <message>
        <source>Also check the re&amp;vocation path of each TLS chain</source>
        <translation>各 TLS チェーンの失効確認パスもチェックする(&amp;V)</translation>
    </message>
    <message>
        <source>How does this machine reach the internet?</source>
        <translation>このコンピューターはどのようにインターネットに接続していますか?</translation>
    </message>
    <message>
        <source>Power Automate uses the system&apos;s proxy settings. Change them here only to test another way.</source>
        <translation>Power Automate はシステムのプロキシ設定を使用します。別の方法をテストする場合のみ変更してください。</translation>
    </message>
    <message>
        <source>&amp;Run checks</source>
        <translation>チェックを実行(&amp;R)</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Detected: looking…</source>
        <translation>検出結果: 検索しています…</translation>
    </message>
    <message>
        <source>Power Automate&apos;s own proxy settings, as the desktop flows service reads them: registry values, then its Proxy.config file, then the machine&apos;s WinHTTP proxy. Gateway endpoints follow the gateway service&apos;s route.</source>
        <translation>デスクトップ フロー サービスが読み取る順序での Power Automate 独自のプロキシ設定: レジストリ値、次に Proxy.config ファイル、次にコンピューターの WinHTTP プロキシ。ゲートウェイのエンドポイントはゲートウェイ サービスの経路に従います。</translation>
    </message>
    <message>
        <source>Your own Windows proxy settings, as Power Automate for desktop uses them while you are signed in.</source>
        <translation>サインインしている間に Power Automate for desktop が使用する、お使いの Windows のプロキシ設定。</translation>
    </message>
    <message>
        <source>Proxy of each Power Automate component</source>
        <translation>Power Automate の各コンポーネントのプロキシ</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>From</source>
        <translation>取得元</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>検索しています…</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>プロキシ URL</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>プロキシのユーザー名</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>プロキシのパスワード</translation>
    </message>
    <message>
        <source>Proxy U&amp;RL:</source>
        <translation>プロキシ URL(&amp;R):</translation>
    </message>
    <message>
        <source>Proxy authentication</source>
        <translation>プロキシ認証</translation>
    </message>
    <message>
        <source>Automatic: the strongest the proxy offers</source>
        <translation>自動: プロキシが提示する最も強力な方式</translation>
    </message>
    <message>
        <source>Negotiate (Kerberos, signed-in user)</source>
        <translation>Negotiate (Kerberos、サインイン ユーザー)</translation>
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
        <translation>なし: 認証しない</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>認証(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>DOMAIN\user; empty: the signed-in user where possible</source>
        <translation>DOMAIN\user。空の場合: 可能であればサインイン ユーザー</translation>
    </message>
    <message>
        <source>The password is used for this run only and is never saved.</source>
        <translation>パスワードはこの実行にのみ使用され、保存されることはありません。</translation>
    </message>
    <message>
        <source>http://wpad.example.com/proxy.pac or a .pac file</source>
        <translation>http://wpad.example.com/proxy.pac または .pac ファイル</translation>
    </message>
    <message>
        <source>Automatic configuration script</source>
        <translation>自動構成スクリプト</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for a proxy auto-config script</source>
        <translation>プロキシ自動構成スクリプトの参照</translation>
    </message>
    <message>
        <source>Proxy auto-config scripts (*.pac *.dat *.js)</source>
        <translation>プロキシ自動構成スクリプト (*.pac *.dat *.js)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Script a&amp;ddress:</source>
        <translation>スクリプトのアドレス(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Advanced settings</source>
        <translation>詳細設定(&amp;A)</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Extra trusted CA file</source>
        <translation>追加の信頼された CA ファイル</translation>
    </message>
    <message>
        <source>PEM file, e.g. your TLS inspection&apos;s root</source>
        <translation>PEM ファイル (例: TLS インスペクションのルート)</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>CA ファイルの参照</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>証明書 (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Timeout per step in seconds</source>
        <translation>ステップごとのタイムアウト (秒)</translation>
    </message>
    <message>
        <source>Also check the revocation path of each TLS chain</source>
        <translation>各 TLS チェーンの失効確認パスもチェックする</translation>
    </message>
    <message>
        <source>Extra catalog file</source>
        <translation>追加のカタログ ファイル</translation>
    </message>
    <message>
        <source>JSON file with your own endpoints</source>
        <translation>独自のエンドポイントを記載した JSON ファイル</translation>
    </message>
    <message>
        <source>Brows&amp;e…</source>
        <translation>参照(&amp;E)…</translation>
    </message>
    <message>
        <source>Browse for a catalog file</source>
        <translation>カタログ ファイルの参照</translation>
    </message>
    <message>
        <source>Catalogs (*.json)</source>
        <translation>カタログ (*.json)</translation>
    </message>
    <message>
        <source>Extra trusted &amp;CA file:</source>
        <translation>追加の信頼された CA ファイル(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Timeout per step:</source>
        <translation>ステップごとのタイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source>E&amp;xtra catalog file:</source>
        <translation>追加のカタログ ファイル(&amp;X):</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>検出結果: %1</translation>
    </message>
    <message>
        <source>%1, on the network as %2</source>
        <translation>%1、ネットワーク上では %2</translation>
    </message>
    <message>
        <source>Power Automate for desktop and its services take the same route.</source>
        <translation>Power Automate for desktop とそのサービスは同じ経路を使用しています。</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s address, e.g. http://proxy.example.com:8080</source>
        <translation>プロキシのアドレスを入力してください (例: http://proxy.example.com:8080)</translation>
    </message>
    <message>
        <source>Enter the script&apos;s URL or file, e.g. http://wpad.example.com/proxy.pac</source>
        <translation>スクリプトの URL またはファイルを入力してください (例: http://wpad.example.com/proxy.pac)</translation>
    </message>
    <message>
        <source>No readable file at this path.</source>
        <translation>このパスに読み取り可能なファイルがありません。</translation>
    </message>
    <message>
        <source>No readable file at %1.</source>
        <translation>%1 に読み取り可能なファイルがありません。</translation>
    </message>
    <message>
        <source>Checks of this catalog need your hosts under %1: go Back to the Features page to enter them, or they are reported as needing your input.</source>
        <translation>このカタログのチェックには、%1 の下にあるお使いのホストが必要です: [戻る] で [機能] ページに戻って入力してください。入力しない場合、これらは入力が必要として報告されます。</translation>
    </message>
    <message>
        <source>This file holds no PEM certificate.</source>
        <translation>このファイルには PEM 証明書が含まれていません。</translation>
    </message>
</context>
<context>
    <name>OcspInspector</name>
    <message>
        <source>it could not read the request</source>
        <translation>リクエストを読み取れませんでした</translation>
    </message>
    <message>
        <source>it had an internal error</source>
        <translation>内部エラーが発生しました</translation>
    </message>
    <message>
        <source>it is busy</source>
        <translation>ビジー状態です</translation>
    </message>
    <message>
        <source>it wants signed requests</source>
        <translation>署名付きリクエストを要求しています</translation>
    </message>
    <message>
        <source>it does not answer for this issuer</source>
        <translation>この発行者については応答しません</translation>
    </message>
    <message>
        <source>unknown meaning</source>
        <translation>意味が不明</translation>
    </message>
    <message>
        <source>Single responses: %1</source>
        <translation>個別の応答: %1</translation>
    </message>
    <message>
        <source>Serial %1: %2</source>
        <translation>シリアル番号 %1: %2</translation>
    </message>
    <message>
        <source>The response does not mention the certificate asked about</source>
        <translation>応答に、問い合わせた証明書が含まれていません</translation>
    </message>
    <message>
        <source>Nonce: echoed</source>
        <translation>Nonce: エコーあり</translation>
    </message>
    <message>
        <source>Nonce: none sent</source>
        <translation>Nonce: 送信なし</translation>
    </message>
    <message>
        <source>Nonce: not echoed (the responder may serve pre-signed answers)</source>
        <translation>Nonce: エコーなし (レスポンダーが事前署名済みの応答を返している可能性があります)</translation>
    </message>
    <message>
        <source>Nonce: present in the response only</source>
        <translation>Nonce: 応答にのみ存在</translation>
    </message>
    <message>
        <source>Nonce: does not match the request (a replayed or cached answer?)</source>
        <translation>Nonce: リクエストと一致しません (再送またはキャッシュされた応答?)</translation>
    </message>
    <message>
        <source>not checked (no issuer certificate known)</source>
        <translation>未チェック (発行者の証明書が不明)</translation>
    </message>
    <message>
        <source>not checked (the issuer certificate cannot be read)</source>
        <translation>未チェック (発行者の証明書を読み取れません)</translation>
    </message>
    <message>
        <source>not checked (%1)</source>
        <translation>未チェック (%1)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <source>does not verify (%1)</source>
        <translation>検証できません (%1)</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP ステータス: %1</translation>
    </message>
    <message>
        <source>Content-Type: %1</source>
        <translation>Content-Type: %1</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>サイズ: %1 バイト</translation>
    </message>
    <message>
        <source>The answer is larger than 20 MB and was cut; no OCSP response is that large</source>
        <translation>応答が 20 MB を超えたため切り捨てられました。これほど大きな OCSP 応答はありません</translation>
    </message>
    <message>
        <source>an OCSP response</source>
        <translation>OCSP 応答</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 instead of an OCSP response (the body was %2)</source>
        <translation>サーバーは OCSP 応答ではなく HTTP %1 を返しました (本文は %2)</translation>
    </message>
    <message>
        <source>The answer is not an OCSP response but %1</source>
        <translation>応答は OCSP 応答ではなく、%1 です</translation>
    </message>
    <message>
        <source>Response status: %1</source>
        <translation>応答ステータス: %1</translation>
    </message>
    <message>
        <source>The OCSP responder answered with responseStatus %1 (%2): it is reachable but gives no certificate status</source>
        <translation>OCSP レスポンダーは responseStatus %1 (%2) で応答しました: 到達可能ですが、証明書の状態を返していません</translation>
    </message>
    <message>
        <source>The OCSP responder answered with responseStatus %1 (%2): it is reachable</source>
        <translation>OCSP レスポンダーは responseStatus %1 (%2) で応答しました: 到達可能です</translation>
    </message>
    <message>
        <source>The OCSP response says successful but carries no basic response</source>
        <translation>OCSP 応答は成功を示していますが、基本応答 (basic response) が含まれていません</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>署名: %1</translation>
    </message>
    <message>
        <source>The OCSP answer is not signed by the certificate&apos;s issuer nor by a responder it delegated to: something other than the CA answered (a filtering device or a wrong responder); signature %1</source>
        <translation>OCSP 応答は、証明書の発行者によっても、発行者が委任したレスポンダーによっても署名されていません: CA 以外の何か (フィルタリング デバイスまたは誤ったレスポンダー) が応答しています。署名 %1</translation>
    </message>
    <message>
        <source>The OCSP responder answered (responseStatus successful) but without the certificate asked about; signature %1</source>
        <translation>OCSP レスポンダーは応答しましたが (responseStatus successful)、問い合わせた証明書が含まれていません。署名 %1</translation>
    </message>
    <message>
        <source>revoked at %1 (reason: %2)</source>
        <translation>%1 に失効 (理由: %2)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>This update: %1</source>
        <translation>今回の更新: %1</translation>
    </message>
    <message>
        <source>Next update: %1</source>
        <translation>次回の更新: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>This update lies in the future: is the local clock behind?</source>
        <translation>今回の更新が未来の日時になっています。ローカルの時計が遅れていませんか?</translation>
    </message>
    <message>
        <source>The OCSP responder answers with an out-of-date status: certificate %1, next update %2 has passed (a cache or a device in between may be replaying an old answer)</source>
        <translation>OCSP レスポンダーは期限切れの状態を返しています: 証明書 %1、次回の更新 %2 を過ぎています (キャッシュまたは途中のデバイスが古い応答を再送している可能性があります)</translation>
    </message>
    <message>
        <source>The OCSP responder answered (responseStatus successful): certificate %1, this update %2, next update %3, signature %4</source>
        <translation>OCSP レスポンダーは応答しました (responseStatus successful): 証明書 %1、今回の更新 %2、次回の更新 %3、署名 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes follow the OCSP response</source>
        <translation>
            <numerusform>OCSP 応答の後に %n バイトのデータが続いています</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OcspRequestBuilder</name>
    <message>
        <source>An OCSP request needs the issuer&apos;s certificate</source>
        <translation>OCSP リクエストには発行者の証明書が必要です</translation>
    </message>
    <message>
        <source>The issuer certificate cannot be read (PEM expected)</source>
        <translation>発行者の証明書を読み取れません (PEM が必要です)</translation>
    </message>
    <message>
        <source>The certificate to ask about cannot be read (PEM expected)</source>
        <translation>問い合わせる証明書を読み取れません (PEM が必要です)</translation>
    </message>
    <message>
        <source>Cannot build the OCSP certificate identifier: %1</source>
        <translation>OCSP 証明書識別子を作成できません: %1</translation>
    </message>
    <message>
        <source>Cannot build the OCSP request: %1</source>
        <translation>OCSP リクエストを作成できません: %1</translation>
    </message>
    <message>
        <source>Cannot add a nonce to the OCSP request: %1</source>
        <translation>OCSP リクエストに nonce を追加できません: %1</translation>
    </message>
    <message>
        <source>Cannot encode the OCSP request: %1</source>
        <translation>OCSP リクエストをエンコードできません: %1</translation>
    </message>
</context>
<context>
    <name>PacAnswer</name>
    <message>
        <source>&apos;%1&apos; names no proxy (host:port); passed over</source>
        <translation>&apos;%1&apos; はプロキシ (host:port) を指定していないため、スキップしました</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HTTP proxy; passed over</source>
        <translation>&apos;%1&apos; は HTTP プロキシではないため、スキップしました</translation>
    </message>
</context>
<context>
    <name>PacDownload</name>
    <message>
        <source>the script %1 cannot be read: %2</source>
        <translation>スクリプト %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>the script %1 is larger than %2 bytes</source>
        <translation>スクリプト %1 が %2 バイトを超えています</translation>
    </message>
    <message>
        <source>%1 sent no complete script within %2 s</source>
        <translation>%1 から %2 秒以内に完全なスクリプトが送信されませんでした</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 が %2 バイトを超えています</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 をダウンロードできませんでした: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of the script</source>
        <translation>%1 はスクリプトではなく HTTP %2 を返しました</translation>
    </message>
</context>
<context>
    <name>PacEvaluator</name>
    <message>
        <source>the proxy auto-config script could not be loaded: %1</source>
        <translation>プロキシ自動構成スクリプトを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>the proxy auto-config script %1 cannot be used: %2</source>
        <translation>プロキシ自動構成スクリプト %1 は使用できません: %2</translation>
    </message>
    <message>
        <source>the proxy auto-config script %1 gave no answer for %2: %3</source>
        <translation>プロキシ自動構成スクリプト %1 は %2 に対して応答を返しませんでした: %3</translation>
    </message>
    <message>
        <source>%1; it is not asked again in this run</source>
        <translation>%1。この実行では再度問い合わせません</translation>
    </message>
    <message>
        <source>the proxy auto-config script %1 returned &quot;%2&quot; for %3: no route Netready can test (only HTTP proxies and DIRECT are)</source>
        <translation>プロキシ自動構成スクリプト %1 は %3 に対して &quot;%2&quot; を返しました: Netready がテストできる経路ではありません (テストできるのは HTTP プロキシと DIRECT のみです)</translation>
    </message>
</context>
<context>
    <name>PacScript</name>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (%2 行目)</translation>
    </message>
    <message>
        <source>the script did not return within %1 s</source>
        <translation>スクリプトが %1 秒以内に戻りませんでした</translation>
    </message>
    <message>
        <source>the script threw %1</source>
        <translation>スクリプトが例外をスローしました: %1</translation>
    </message>
    <message>
        <source>the script defines no function FindProxyForURL</source>
        <translation>スクリプトに関数 FindProxyForURL が定義されていません</translation>
    </message>
    <message>
        <source>the script is not loaded</source>
        <translation>スクリプトが読み込まれていません</translation>
    </message>
    <message>
        <source>the script returned %1, not a string</source>
        <translation>スクリプトは文字列ではなく %1 を返しました</translation>
    </message>
    <message>
        <source>WinHTTP reports an error in the script (a syntax error, or it threw)</source>
        <translation>WinHTTP がスクリプト内のエラーを報告しました (構文エラー、または例外がスローされました)</translation>
    </message>
    <message>
        <source>WinHTTP could not download the script (it reads http:// and https:// URLs only)</source>
        <translation>WinHTTP はスクリプトをダウンロードできませんでした (http:// と https:// の URL のみ読み取ります)</translation>
    </message>
    <message>
        <source>WinHTTP found no script</source>
        <translation>WinHTTP はスクリプトを見つけられませんでした</translation>
    </message>
    <message>
        <source>WinHTTP error %1</source>
        <translation>WinHTTP エラー %1</translation>
    </message>
    <message>
        <source>this Windows has no engine for scripts in files (jsproxy.dll); give the script as an http:// or https:// URL</source>
        <translation>この Windows にはファイル内のスクリプト用のエンジン (jsproxy.dll) がありません。スクリプトを http:// または https:// の URL で指定してください</translation>
    </message>
    <message>
        <source>another script from a file is in use in this process</source>
        <translation>このプロセスでは、ファイルから読み込んだ別のスクリプトが既に使用されています</translation>
    </message>
    <message>
        <source>the script could not be loaded by jsproxy.dll: error %1</source>
        <translation>jsproxy.dll はスクリプトを読み込めませんでした: エラー %1</translation>
    </message>
    <message>
        <source>WinHTTP is not available: error %1</source>
        <translation>WinHTTP を使用できません: エラー %1</translation>
    </message>
    <message>
        <source>the script gave no answer: a syntax error, it threw, or FindProxyForURL is missing (jsproxy.dll error %1)</source>
        <translation>スクリプトが応答を返しませんでした: 構文エラー、例外、または FindProxyForURL がありません (jsproxy.dll エラー %1)</translation>
    </message>
    <message>
        <source>the JavaScript engine for proxy auto-config scripts could not be loaded (%1); reinstall Netready</source>
        <translation>プロキシ自動構成スクリプト用の JavaScript エンジンを読み込めませんでした (%1)。Netready を再インストールしてください</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
</context>
<context>
    <name>PlaceholderRules</name>
    <message>
        <source>&apos;%1&apos; is neither a host name nor an http(s) URL</source>
        <translation>&apos;%1&apos; はホスト名でも http(s) の URL でもありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: leave out the user name, only the host name is checked</source>
        <translation>&apos;%1&apos;: ユーザー名は省略してください。チェックされるのはホスト名のみです</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an IP address: a host name is needed</source>
        <translation>&apos;%1&apos; は IP アドレスです: ホスト名が必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a port (1 to 65535)</source>
        <translation>&apos;%1&apos;: &apos;%2&apos; はポート番号 (1 から 65535) ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: leave out the port %2, the checks use the ports the catalog lists</source>
        <translation>&apos;%1&apos;: ポート %2 は省略してください。チェックではカタログに記載されたポートを使用します</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL: the part after the host name holds spaces or characters a URL does not allow</source>
        <translation>&apos;%1&apos; は有効な URL ではありません: ホスト名より後の部分に、スペースまたは URL で使用できない文字が含まれています</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a namespace name: 6 to 50 letters, digits and hyphens, starting with a letter</source>
        <translation>&apos;%1&apos; は名前空間名ではありません: 英字で始まる、英字、数字、ハイフンの 6 から 50 文字で指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: environment addresses start with https://</source>
        <translation>&apos;%1&apos;: 環境のアドレスは https:// で始まります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host under %2, which {%3} stands for in the %4 cloud</source>
        <translation>&apos;%1&apos; は %2 の下のホストではありません (%4 クラウドでは {%3} は %2 を表します)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an environment of the %2 cloud, not of %3: check the cloud you chose</source>
        <translation>&apos;%1&apos; は %3 ではなく %2 クラウドの環境です: 選択したクラウドを確認してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an environment address of the %2 cloud: it ends in .%3, e.g. %4</source>
        <translation>&apos;%1&apos; は %2 クラウドの環境のアドレスではありません: 環境のアドレスは .%3 で終わります (例: %4)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Service Bus namespace of the %2 cloud (expected a name or name.%3)</source>
        <translation>&apos;%1&apos; は %2 クラウドの Service Bus 名前空間ではありません (名前または name.%3 を指定してください)</translation>
    </message>
    <message>
        <source>contoso-relay or contoso-relay.%1</source>
        <translation>contoso-relay または contoso-relay.%1</translation>
    </message>
</context>
<context>
    <name>ProxyAuthenticator</name>
    <message>
        <source>not tried: the proxy does not offer it (it offers %1)</source>
        <translation>未試行: プロキシがこの方式を提示していません (提示しているのは %1)</translation>
    </message>
    <message>
        <source>not tried: this build of libcurl cannot do it</source>
        <translation>未試行: この libcurl のビルドでは対応していません</translation>
    </message>
    <message>
        <source>not tried: %1</source>
        <translation>未試行: %1</translation>
    </message>
    <message>
        <source>not tried: it needs a user name (DOMAIN\user for NTLM) and a password, and none was given</source>
        <translation>未試行: ユーザー名 (NTLM の場合は DOMAIN\user) とパスワードが必要ですが、指定されていません</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>proxy CONNECT with %1: %2</source>
        <translation>%1 によるプロキシ CONNECT: %2</translation>
    </message>
    <message>
        <source>proxy request with %1: %2</source>
        <translation>%1 によるプロキシ リクエスト: %2</translation>
    </message>
    <message>
        <source>authenticated as %1</source>
        <translation>%1 として認証済み</translation>
    </message>
    <message>
        <source>the proxy rejected the Kerberos ticket of %1</source>
        <translation>プロキシは %1 の Kerberos チケットを拒否しました</translation>
    </message>
    <message>
        <source>the proxy rejected the credentials of %1 (wrong user name or password)</source>
        <translation>プロキシは %1 の資格情報を拒否しました (ユーザー名またはパスワードが正しくありません)</translation>
    </message>
    <message>
        <source>the proxy answered %1</source>
        <translation>プロキシの応答: %1</translation>
    </message>
    <message>
        <source>not supported by Netready</source>
        <translation>Netready では未サポート</translation>
    </message>
    <message>
        <source>no scheme named</source>
        <translation>スキームの指定なし</translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2); authentication is turned off</source>
        <translation>プロキシ %1 は認証を要求していますが (%2)、認証はオフになっています</translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2), and no scheme could be tried</source>
        <translation>プロキシ %1 は認証を要求していますが (%2)、試行できる方式がありませんでした</translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2), and no scheme succeeded: %3</source>
        <translation>プロキシ %1 は認証を要求していますが (%2)、成功した方式はありませんでした: %3</translation>
    </message>
</context>
<context>
    <name>ProxyResolver</name>
    <message>
        <source>direct: the bypass list&apos;s entry &apos;%1&apos; matches %2</source>
        <translation>直接: バイパス リストのエントリ &apos;%1&apos; が %2 に一致します</translation>
    </message>
    <message>
        <source>the system proxy %1:%2 is not an HTTP proxy; checked directly</source>
        <translation>システム プロキシ %1:%2 は HTTP プロキシではないため、直接チェックしました</translation>
    </message>
</context>
<context>
    <name>ProxySetting</name>
    <message>
        <source>&apos;%1&apos; is not a proxy URL (expected http://host:port)</source>
        <translation>&apos;%1&apos; はプロキシ URL ではありません (http://host:port の形式で指定してください)</translation>
    </message>
    <message>
        <source>proxy scheme &apos;%1&apos; is not supported (use http://)</source>
        <translation>プロキシのスキーム &apos;%1&apos; はサポートされていません (http:// を使用してください)</translation>
    </message>
    <message>
        <source>proxy URL needs a port, e.g. http://%1:8080</source>
        <translation>プロキシ URL にはポートが必要です (例: http://%1:8080)</translation>
    </message>
    <message>
        <source>proxy URL must not have a path</source>
        <translation>プロキシ URL にパスを含めることはできません</translation>
    </message>
    <message>
        <source>no proxy auto-config script given</source>
        <translation>プロキシ自動構成スクリプトが指定されていません</translation>
    </message>
    <message>
        <source>proxy auto-config scheme &apos;%1&apos; is not supported (use a file, http:// or https://)</source>
        <translation>プロキシ自動構成のスキーム &apos;%1&apos; はサポートされていません (ファイル、http://、https:// のいずれかを使用してください)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file or URL of a proxy auto-config script</source>
        <translation>&apos;%1&apos; はプロキシ自動構成スクリプトのファイルでも URL でもありません</translation>
    </message>
    <message>
        <source>the proxy auto-config script %1 is not a readable file</source>
        <translation>プロキシ自動構成スクリプト %1 は読み取り可能なファイルではありません</translation>
    </message>
</context>
<context>
    <name>ProxyTunnel</name>
    <message>
        <source>the proxy %1 did not answer the CONNECT request within %2 s</source>
        <translation>プロキシ %1 は %2 秒以内に CONNECT リクエストに応答しませんでした</translation>
    </message>
    <message>
        <source>a TLS handshake: it is an HTTPS proxy or a TLS service, not an HTTP proxy</source>
        <translation>TLS ハンドシェイク: HTTP プロキシではなく、HTTPS プロキシまたは TLS サービスです</translation>
    </message>
    <message>
        <source>a TLS alert: it expects TLS, not an HTTP proxy request</source>
        <translation>TLS アラート: HTTP プロキシ リクエストではなく TLS を想定しています</translation>
    </message>
    <message>
        <source>a SOCKS 5 reply: it is a SOCKS proxy</source>
        <translation>SOCKS 5 の応答: SOCKS プロキシです</translation>
    </message>
    <message>
        <source>a SOCKS 4 reply: it is a SOCKS proxy</source>
        <translation>SOCKS 4 の応答: SOCKS プロキシです</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>the proxy %1 answered CONNECT with %2</source>
        <translation>プロキシ %1 は CONNECT に %2 で応答しました</translation>
    </message>
    <message>
        <source>the proxy %1 sent more than %2 bytes of headers in reply to CONNECT</source>
        <translation>プロキシ %1 は CONNECT への応答で %2 バイトを超えるヘッダーを送信しました</translation>
    </message>
    <message>
        <source>the proxy %1 closed the connection without answering CONNECT</source>
        <translation>プロキシ %1 は CONNECT に応答せずに接続を閉じました</translation>
    </message>
    <message>
        <source>the proxy %1 closed the connection in the middle of its reply (%2 bytes)</source>
        <translation>プロキシ %1 は応答の途中で接続を閉じました (%2 バイト)</translation>
    </message>
    <message>
        <source>bytes that are not text: %1</source>
        <translation>テキストではないバイト列（%1）</translation>
    </message>
</context>
<context>
    <name>PublicRoots</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み取れません: %1</translation>
    </message>
    <message>
        <source>larger than %1 KB; not a list of public roots</source>
        <translation>%1 KB を超えています。パブリック ルートのリストではありません</translation>
    </message>
    <message>
        <source>%1 is not a supported format (this version reads 1)</source>
        <translation>%1 はサポートされている形式ではありません (このバージョンが読み取れるのは 1 です)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; は日付 (YYYY-MM-DD) ではありません</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 はオブジェクトではありません</translation>
    </message>
    <message>
        <source>more than %1 roots</source>
        <translation>ルートが %1 個を超えています</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>%1 文字を超えています</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint (64 lower-case hex digits)</source>
        <translation>&apos;%1&apos; は SHA-256 フィンガープリント (小文字の 16 進数 64 桁) ではありません</translation>
    </message>
    <message>
        <source>%1 is not the id of an entry of sources</source>
        <translation>%1 は sources のエントリの id ではありません</translation>
    </message>
    <message>
        <source>this root is listed twice</source>
        <translation>このルートは 2 回記載されています</translation>
    </message>
</context>
<context>
    <name>RegionListCommand</name>
    <message>
        <source>Regions of Microsoft&apos;s list of Service Bus namespaces for the desktop flows runtime (public cloud; page of %1), with how many each region has:</source>
        <translation>デスクトップ フロー ランタイム用の Service Bus 名前空間に関する Microsoft のリストのリージョンと、各リージョンの名前空間の数 (パブリック クラウド、%1 時点のページ):</translation>
    </message>
    <message>
        <source>--region NAME tests every namespace of one region; the name is not case-sensitive.</source>
        <translation>--region NAME は 1 つのリージョンのすべての名前空間をテストします。名前の大文字と小文字は区別されません。</translation>
    </message>
    <message numerus="yes">
        <source>(%n preview)</source>
        <extracomment>after a region and its number of namespaces: how many of them serve preview environments</extracomment>
        <translation>
            <numerusform>(うちプレビュー %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayNamespaces</name>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; は日付 (YYYY-MM-DD) ではありません</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 はオブジェクトではありません</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み取れません: %1</translation>
    </message>
    <message>
        <source>larger than %1 KB; not a list of relay namespaces</source>
        <translation>%1 KB を超えています。リレー名前空間のリストではありません</translation>
    </message>
    <message>
        <source>%1 is not a supported version (this version reads 1)</source>
        <translation>%1 はサポートされているバージョンではありません (このバージョンが読み取れるのは 1 です)</translation>
    </message>
    <message>
        <source>a region name has 1 to %1 characters</source>
        <translation>リージョン名は 1 から %1 文字です</translation>
    </message>
    <message>
        <source>the region &apos;%1&apos; is listed twice</source>
        <translation>リージョン &apos;%1&apos; が 2 回記載されています</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a namespace host: one lower-case label below servicebus.windows.net</source>
        <translation>&apos;%1&apos; は名前空間のホストではありません: servicebus.windows.net の下の小文字のラベル 1 つである必要があります</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 は true でも false でもありません</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 が 2 回記載されています</translation>
    </message>
    <message>
        <source>more than %1 namespaces</source>
        <translation>名前空間が %1 個を超えています</translation>
    </message>
</context>
<context>
    <name>Remedies</name>
    <message>
        <source>Authentication at the proxy was turned off for this run (--proxy-auth none): allow it (--proxy-auth auto) to test past the proxy.</source>
        <translation>この実行ではプロキシでの認証がオフになっていました (--proxy-auth none): プロキシの先をテストするには、認証を許可してください (--proxy-auth auto)。</translation>
    </message>
    <message>
        <source>%1: get a Kerberos ticket for the user first (sign in to the domain, or run kinit user@REALM).</source>
        <translation>%1: まずユーザーの Kerberos チケットを取得してください (ドメインにサインインするか、kinit user@REALM を実行します)。</translation>
    </message>
    <message>
        <source>%1: give the proxy user (--proxy-user DOMAIN\user, or on the Network page) and its password.</source>
        <translation>%1: プロキシのユーザー (--proxy-user DOMAIN\user、または [ネットワーク] ページ) とそのパスワードを指定してください。</translation>
    </message>
    <message>
        <source>%1: check the user name and password (for NTLM and Kerberos also the domain) and that the account may use the proxy.</source>
        <translation>%1: ユーザー名とパスワード (NTLM と Kerberos の場合はドメインも) を確認し、そのアカウントがプロキシを使用できることを確認してください。</translation>
    </message>
    <message>
        <source>%1: not supported here; ask the proxy administrators to offer Negotiate, NTLM, Digest or Basic as well.</source>
        <translation>%1: ここではサポートされていません。Negotiate、NTLM、Digest、Basic のいずれかも提示するようプロキシの管理者に依頼してください。</translation>
    </message>
    <message>
        <source>%1: the proxy does not offer it; choose a scheme it offers, or auto.</source>
        <translation>%1: プロキシがこの方式を提示していません。プロキシが提示する方式か auto を選択してください。</translation>
    </message>
    <message>
        <source>%1: the exchange failed (see the evidence); check the proxy&apos;s authentication setup.</source>
        <translation>%1: やり取りが失敗しました (根拠を参照)。プロキシの認証設定を確認してください。</translation>
    </message>
    <message>
        <source>the filtering device</source>
        <translation>フィルタリング デバイス</translation>
    </message>
    <message>
        <source>Microsoft still lists %1, but its owner has retired it and current certificates no longer point there, so this does not block Power Automate. If older components still use it: %2</source>
        <translation>Microsoft は %1 を引き続き記載していますが、所有者によって廃止されており、現在の証明書はもうそこを参照していないため、Power Automate がブロックされることはありません。古いコンポーネントがまだ使用している場合: %2</translation>
    </message>
    <message>
        <source>Microsoft still lists %1, but their owner has retired them and current certificates no longer point there, so this does not block Power Automate. If older components still use them: %2</source>
        <translation>Microsoft は %1 を引き続き記載していますが、所有者によって廃止されており、現在の証明書はもうそれらを参照していないため、Power Automate がブロックされることはありません。古いコンポーネントがまだ使用している場合: %2</translation>
    </message>
    <message>
        <source>Nothing to change. This host is listed by Microsoft but retired by its owner; allowing it does no harm.</source>
        <translation>変更は不要です。このホストは Microsoft に記載されていますが、所有者によって廃止されています。許可しても問題はありません。</translation>
    </message>
    <message>
        <source>Make %1 resolvable from this machine: check the DNS servers and any DNS filter, or use a proxy that resolves internet names.</source>
        <translation>このコンピューターから %1 を名前解決できるようにしてください: DNS サーバーと DNS フィルターを確認するか、インターネットの名前を解決するプロキシを使用してください。</translation>
    </message>
    <message>
        <source>Allow HTTP 80 to the revocation servers: %1 on TCP %2 (outbound). Windows checks certificate revocation there; blocked, desktop flows start slowly or fail.</source>
        <translation>失効確認サーバーへの HTTP 80 を許可してください: %1 の TCP %2 (送信)。Windows はそこで証明書の失効を確認します。ブロックされていると、デスクトップ フローの起動が遅くなるか、失敗します。</translation>
    </message>
    <message>
        <source>Allow outbound %1 to %2 in the firewall (a device actively rejects it).</source>
        <translation>ファイアウォールで %2 への送信 %1 を許可してください (デバイスが能動的に拒否しています)。</translation>
    </message>
    <message>
        <source>Allow outbound %1 to %2 in the firewall (packets are silently dropped).</source>
        <translation>ファイアウォールで %2 への送信 %1 を許可してください (パケットが通知なしに破棄されています)。</translation>
    </message>
    <message>
        <source>Let TLS to %1 on port %2 through unchanged: a device in between ends or breaks the handshake. Exclude it from TLS inspection and protocol filtering.</source>
        <translation>ポート %2 での %1 への TLS を変更せずに通過させてください: 途中のデバイスがハンドシェイクを終了させるか、壊しています。このホストを TLS インスペクションとプロトコル フィルタリングの対象外にしてください。</translation>
    </message>
    <message>
        <source>Exclude %1 from TLS inspection, or install the inspecting CA&apos;s root in this machine&apos;s trusted root store (and in the store of the account that runs the service).</source>
        <translation>%1 を TLS インスペクションの対象外にするか、インスペクションを行う CA のルートをこのコンピューターの信頼されたルート証明機関ストア (およびサービスを実行するアカウントのストア) にインストールしてください。</translation>
    </message>
    <message>
        <source>Something answers for %1 with another site&apos;s certificate: check DNS, hosts file and proxy rules for this name, and exclude it from TLS inspection.</source>
        <translation>何かが別のサイトの証明書で %1 に応答しています: この名前について DNS、hosts ファイル、プロキシのルールを確認し、TLS インスペクションの対象外にしてください。</translation>
    </message>
    <message>
        <source>Exclude %1 from TLS inspection: Power Automate and the gateway pin Microsoft&apos;s certificate chains, and WebSocket relay traffic breaks when inspected.</source>
        <translation>%1 を TLS インスペクションの対象外にしてください: Power Automate とゲートウェイは Microsoft の証明書チェーンをピン留めしており、WebSocket のリレー トラフィックはインスペクションされると切断されます。</translation>
    </message>
    <message>
        <source>Check this machine&apos;s date and time first. If they are right, a device in between serves an outdated certificate for %1: exclude it from TLS inspection, or renew the device&apos;s certificate.</source>
        <translation>まずこのコンピューターの日付と時刻を確認してください。正しい場合は、途中のデバイスが %1 に期限切れの証明書を提供しています: このホストを TLS インスペクションの対象外にするか、デバイスの証明書を更新してください。</translation>
    </message>
    <message>
        <source>Allow HTTP 80 to the certificate authority&apos;s AIA address named in the detail, so that Windows can fetch the missing intermediate certificate of %1, or have the device that answers send its whole chain.</source>
        <translation>Windows が %1 の欠落している中間証明書を取得できるように、詳細に記載されている証明機関の AIA アドレスへの HTTP 80 を許可するか、応答しているデバイスがチェーン全体を送信するようにしてください。</translation>
    </message>
    <message>
        <source>Power Automate needs TLS 1.2 or later: whatever answers for %1 offers only older versions. Exclude it from TLS inspection, or update the device&apos;s TLS settings.</source>
        <translation>Power Automate には TLS 1.2 以降が必要ですが、%1 に応答しているものは古いバージョンしか提示していません。このホストを TLS インスペクションの対象外にするか、デバイスの TLS 設定を更新してください。</translation>
    </message>
    <message>
        <source>The device that answers for %1 offers no cipher Windows and Power Automate accept: exclude it from TLS inspection, or enable TLS 1.2 ciphers with ECDHE and AES-GCM on it.</source>
        <translation>%1 に応答しているデバイスは、Windows と Power Automate が受け入れる暗号スイートを提示していません: このホストを TLS インスペクションの対象外にするか、デバイスで ECDHE と AES-GCM を使用する TLS 1.2 の暗号スイートを有効にしてください。</translation>
    </message>
    <message>
        <source>Ask the team that runs %1 to allow %2 (and to exempt it from TLS inspection): it answers with its own block page instead of the service.</source>
        <translation>%1 を運用しているチームに、%2 を許可する (および TLS インスペクションの対象外にする) よう依頼してください: サービスの代わりに独自のブロック ページで応答しています。</translation>
    </message>
    <message>
        <source>Allow HTTPS traffic to %1 to pass unchanged: the connection opens but no HTTP answer comes back (a filtering device holds or drops it).</source>
        <translation>%1 への HTTPS トラフィックを変更せずに通過させてください: 接続は確立されますが、HTTP 応答が返ってきません (フィルタリング デバイスが保留または破棄しています)。</translation>
    </message>
    <message>
        <source>Allow traffic to %1 to pass unchanged: the connection opens but the answer does not come within the timeout (a filtering device holds it, or the link is very slow).</source>
        <translation>%1 へのトラフィックを変更せずに通過させてください: 接続は確立されますが、タイムアウトまでに応答が届きません (フィルタリング デバイスが保留しているか、回線が非常に低速です)。</translation>
    </message>
    <message>
        <source>Check the proxy setting: %1 does not answer from this machine. Fix the address or port, or allow this machine to reach it.</source>
        <translation>プロキシ設定を確認してください: %1 はこのコンピューターからの接続に応答しません。アドレスまたはポートを修正するか、このコンピューターから到達できるようにしてください。</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>The proxy requires authentication: configure it for the account that runs the service (the desktop flows runtime and the gateway run as service accounts), or exempt %1 from proxy authentication.</source>
        <translation>プロキシで認証が必要です: サービスを実行するアカウント (デスクトップ フロー ランタイムとゲートウェイはサービス アカウントで実行されます) に対して認証を構成するか、%1 をプロキシ認証の対象外にしてください。</translation>
    </message>
    <message>
        <source>Ask the proxy administrators to allow %1 to %2 (the proxy refused it; see its reply).</source>
        <translation>%2 への %1 を許可するようプロキシの管理者に依頼してください (プロキシが拒否しました。プロキシの応答を参照してください)。</translation>
    </message>
    <message>
        <source>Ask the team that runs %1 to allow %2 to %3 (it refused the connection; see its reply).</source>
        <translation>%1 を運用しているチームに、%3 への %2 を許可するよう依頼してください (接続が拒否されました。応答を参照してください)。</translation>
    </message>
    <message>
        <source>Check the proxy setting: %1 does not speak the HTTP proxy protocol (it may be a SOCKS or HTTPS proxy, or another service on that port). Use the address and port of the HTTP proxy.</source>
        <translation>プロキシ設定を確認してください: %1 は HTTP プロキシ プロトコルに対応していません (SOCKS プロキシ、HTTPS プロキシ、またはそのポートの別のサービスの可能性があります)。HTTP プロキシのアドレスとポートを使用してください。</translation>
    </message>
    <message>
        <source>Fix the proxy auto-config script or its address (the detail says what went wrong): without an answer from it, nothing on this machine that uses it can choose a proxy for %1.</source>
        <translation>プロキシ自動構成スクリプトまたはそのアドレスを修正してください (問題の内容は詳細に記載されています): スクリプトから応答がないと、このコンピューター上でスクリプトを使用するものはどれも %1 のプロキシを選択できません。</translation>
    </message>
    <message>
        <source>Allow WebSocket upgrades to %1 on port %2: the proxy or inspection device must pass the Upgrade and Connection headers; exclude the host from TLS inspection.</source>
        <translation>ポート %2 での %1 への WebSocket アップグレードを許可してください: プロキシまたはインスペクション デバイスが Upgrade ヘッダーと Connection ヘッダーを通過させる必要があります。このホストを TLS インスペクションの対象外にしてください。</translation>
    </message>
    <message>
        <source>Synchronize this machine&apos;s clock (Windows Time service or NTP): sign-in tokens fail when the clock is off by more than 5 minutes.</source>
        <translation>このコンピューターの時計を同期してください (Windows Time サービスまたは NTP): 時計が 5 分を超えてずれていると、サインイン トークンが失敗します。</translation>
    </message>
    <message>
        <source>Apply the same proxy settings to all four *.Proxy.config files of Power Automate for desktop (PAD, UIFlowService, LogShipper, UpdateService), as Microsoft advises, or set them once in the registry values under HKLM\SOFTWARE\Microsoft\Power Automate Desktop.</source>
        <translation>Microsoft の推奨に従って、Power Automate for desktop の 4 つの *.Proxy.config ファイル (PAD、UIFlowService、LogShipper、UpdateService) すべてに同じプロキシ設定を適用するか、HKLM\SOFTWARE\Microsoft\Power Automate Desktop の下のレジストリ値で一度だけ設定してください。</translation>
    </message>
    <message>
        <source>Correct the settings named in the detail: proxy addresses as http://host:port, bypass entries without a leading &apos;*&apos;, registry values in the 64-bit view (not under WOW6432Node).</source>
        <translation>詳細に記載されている設定を修正してください: プロキシのアドレスは http://host:port の形式、バイパス エントリは先頭に &apos;*&apos; を付けない、レジストリ値は 64 ビット ビューに設定する (WOW6432Node の下ではない)。</translation>
    </message>
    <message>
        <source>Allow HTTP 80 to the revocation servers: something other than %1 answers (a captive portal or filtering proxy). Let plain HTTP to it through unchanged.</source>
        <translation>失効確認サーバーへの HTTP 80 を許可してください: %1 以外の何か (キャプティブ ポータルまたはフィルタリング プロキシ) が応答しています。そこへの暗号化されていない HTTP を変更せずに通過させてください。</translation>
    </message>
    <message>
        <source>Let plain HTTP 80 to %1 through without delay: the revocation answer did not arrive in time. Windows waits up to 15 s per revocation server, so desktop flows start slowly or fail.</source>
        <translation>%1 への暗号化されていない HTTP 80 を遅延なく通過させてください: 失効確認の応答が時間内に届きませんでした。Windows は失効確認サーバーごとに最大 15 秒待機するため、デスクトップ フローの起動が遅くなるか、失敗します。</translation>
    </message>
    <message>
        <source>A cache or proxy serves an outdated revocation list for %1: let it fetch fresh copies, or exclude the host from caching.</source>
        <translation>キャッシュまたはプロキシが %1 の期限切れの失効リストを提供しています: 最新のコピーを取得させるか、このホストをキャッシュの対象外にしてください。</translation>
    </message>
    <message>
        <source>A cache or proxy serves an outdated OCSP answer for %1: exclude the host from caching.</source>
        <translation>キャッシュまたはプロキシが %1 の期限切れの OCSP 応答を提供しています: このホストをキャッシュの対象外にしてください。</translation>
    </message>
    <message>
        <source>The OCSP responder %1 reports an error for a well-formed request. If it persists, something between this machine and the certificate authority alters the requests: let HTTP 80 to it through unchanged.</source>
        <translation>OCSP レスポンダー %1 は、正しい形式のリクエストに対してエラーを報告しています。これが続く場合は、このコンピューターと証明機関の間の何かがリクエストを改変しています: そこへの HTTP 80 を変更せずに通過させてください。</translation>
    </message>
    <message>
        <source>Run the check again.</source>
        <translation>チェックを再度実行してください。</translation>
    </message>
    <message>
        <source>Give &lt;defaultProxy&gt; the same settings in all three configuration files of the on-premises data gateway (Microsoft.PowerBI.EnterpriseGateway.exe.config, enterprisegatewayconfigurator.exe.config and m\Microsoft.Mashup.Container.NetFX45.exe.config), as Microsoft advises, then restart the gateway service.</source>
        <translation>オンプレミス データ ゲートウェイの 3 つの構成ファイル (Microsoft.PowerBI.EnterpriseGateway.exe.config、enterprisegatewayconfigurator.exe.config、m\Microsoft.Mashup.Container.NetFX45.exe.config) すべてで &lt;defaultProxy&gt; に同じ設定を指定し (Microsoft の推奨どおり)、ゲートウェイ サービスを再起動してください。</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>開始日時 (UTC)</translation>
    </message>
    <message>
        <source>Started (local time)</source>
        <translation>開始日時 (ローカル時刻)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Cancelled before every check finished</source>
        <translation>すべてのチェックが終わる前にキャンセルされました</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>オペレーティング システム</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>機能</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Proxies of the Power Automate components</source>
        <translation>Power Automate コンポーネントのプロキシ</translation>
    </message>
    <message>
        <source>Proxy of %1</source>
        <translation>%1 のプロキシ</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (%2 から)</translation>
    </message>
    <message>
        <source>Catalogs</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>組み込み</translation>
    </message>
    <message>
        <source>Catalog date</source>
        <translation>カタログの日付</translation>
    </message>
    <message>
        <source>%1 (when its entries were last checked against Microsoft&apos;s pages)</source>
        <translation>%1 (エントリを Microsoft のページと最後に照合した日)</translation>
    </message>
    <message>
        <source>Timeout and parallel checks</source>
        <translation>タイムアウトと並列チェック</translation>
    </message>
    <message>
        <source>%1 s per phase, %2 at once</source>
        <translation>フェーズあたり %1 秒、同時に %2 件</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>失効確認</translation>
    </message>
    <message>
        <source>Revocation servers of every certificate chain were checked</source>
        <translation>すべての証明書チェーンの失効確認サーバーをチェックしました</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>%1 (Service Bus namespaces of the desktop flows runtime tested: %2)</source>
        <translation>%1 (テストしたデスクトップ フロー ランタイムの Service Bus 名前空間: %2)</translation>
    </message>
    <message>
        <source>Clock skew: %1</source>
        <extracomment>%1 how far this machine&apos;s clock is off; %2 the servers&apos; host names</extracomment>
        <translation>時計のずれ: %1</translation>
    </message>
    <message>
        <source>Clock skew: not measured (no server sent a Date header)</source>
        <translation>時計のずれ: 未測定 (Date ヘッダーを送信したサーバーがありません)</translation>
    </message>
    <message>
        <source>DNS: no public name pointed at a private or sinkhole address</source>
        <translation>DNS: プライベート アドレスやシンクホール アドレスを指すパブリック名はありませんでした</translation>
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
        <translation>到達可能</translation>
    </message>
    <message>
        <source>no check connected over IPv4</source>
        <translation>IPv4 で接続したチェックはありません</translation>
    </message>
    <message>
        <source>IPv6: reachable</source>
        <translation>IPv6: 到達可能</translation>
    </message>
    <message>
        <source>IPv6: names have IPv6 addresses, but no check connected over IPv6</source>
        <translation>IPv6: 名前には IPv6 アドレスがありますが、IPv6 で接続したチェックはありません</translation>
    </message>
    <message>
        <source>IPv6: not used (no IPv6 addresses resolved)</source>
        <translation>IPv6: 未使用 (IPv6 アドレスに解決されませんでした)</translation>
    </message>
    <message>
        <source>WPAD: discovery finds a proxy auto-config script at %1 (information only; this run did not use it)</source>
        <translation>WPAD: 検出により %1 にプロキシ自動構成スクリプトが見つかります (情報のみ。この実行では使用していません)</translation>
    </message>
    <message>
        <source>WPAD: not looked for: %1</source>
        <translation>WPAD: 検索していません: %1</translation>
    </message>
    <message>
        <source>WPAD: discovery finds no proxy auto-config script</source>
        <translation>WPAD: 検出ではプロキシ自動構成スクリプトが見つかりません</translation>
    </message>
    <message>
        <source>WPAD: discovery finds no proxy auto-config script (asked %1)</source>
        <translation>WPAD: 検出ではプロキシ自動構成スクリプトが見つかりません (問い合わせ先: %1)</translation>
    </message>
    <message>
        <source>Documented host: %1</source>
        <translation>ドキュメント記載のホスト: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>Retired: still listed by the documentation, but retired by its owner</source>
        <translation>廃止: ドキュメントには引き続き記載されていますが、所有者によって廃止されています</translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation>アドレス: %1</translation>
    </message>
    <message>
        <source>Connected to: %1</source>
        <translation>接続先: %1</translation>
    </message>
    <message>
        <source>Proxy: none (direct connection)</source>
        <translation>プロキシ: なし (直接接続)</translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <translation>プロキシ: %1</translation>
    </message>
    <message>
        <source>Phase %1: ok in %2</source>
        <translation>フェーズ %1: OK (%2)</translation>
    </message>
    <message>
        <source>Phase %1: failed after %2</source>
        <translation>フェーズ %1: %2 後に失敗</translation>
    </message>
    <message>
        <source>Phase %1: failed after %2: %3</source>
        <translation>フェーズ %1: %2 後に失敗: %3</translation>
    </message>
    <message>
        <source>TLS: %1 %2</source>
        <translation>TLS: %1 %2</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>証明書: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>発行者: %1</translation>
    </message>
    <message>
        <source>Root: %1</source>
        <translation>ルート証明書: %1</translation>
    </message>
    <message>
        <source>Root: %1 (SHA-256 %2)</source>
        <translation>ルート証明書: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>チェーン: %1</translation>
    </message>
    <message>
        <source>OCSP responders: %1</source>
        <translation>OCSP レスポンダー: %1</translation>
    </message>
    <message>
        <source>CRL distribution points: %1</source>
        <translation>CRL 配布ポイント: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1 %2</source>
        <translation>HTTP ステータス: %1 %2</translation>
    </message>
    <message>
        <source>Server date: %1</source>
        <translation>サーバーの日付: %1</translation>
    </message>
    <message>
        <source>Power Automate network readiness</source>
        <translation>Power Automate のネットワーク準備状況</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1: 失敗 (%2)</translation>
    </message>
    <message>
        <source>Proxy auto-config script returned &quot;%1&quot;; no route used</source>
        <translation>プロキシ自動構成スクリプトが &quot;%1&quot; を返しました。使用した経路はありません</translation>
    </message>
    <message>
        <source>Proxy auto-config script returned &quot;%1&quot;; used %2</source>
        <translation>プロキシ自動構成スクリプトが &quot;%1&quot; を返しました。使用した経路: %2</translation>
    </message>
    <message>
        <source> after %1</source>
        <translation> (それ以前の試行: %1)</translation>
    </message>
    <message>
        <source>direct connection</source>
        <translation>直接接続</translation>
    </message>
    <message>
        <source>none (direct connection)</source>
        <translation>なし (直接接続)</translation>
    </message>
    <message>
        <source>manual: %1</source>
        <translation>手動: %1</translation>
    </message>
    <message>
        <source>proxy auto-config script %1 (chosen per check)</source>
        <translation>プロキシ自動構成スクリプト %1 (チェックごとに選択)</translation>
    </message>
    <message>
        <source>system settings: %1 (from the proxy auto-config script %2)</source>
        <translation>システム設定: %1 (プロキシ自動構成スクリプト %2 から)</translation>
    </message>
    <message>
        <source>system settings: %1 (desktop flows tested as you)</source>
        <translation>システム設定: %1 (デスクトップ フローはサインイン ユーザーとしてテスト)</translation>
    </message>
    <message>
        <source>system settings: %1 (desktop flows along the desktop flows service&apos;s route, gateway along the gateway service&apos;s)</source>
        <translation>システム設定: %1 (デスクトップ フローはデスクトップ フロー サービスの経路、ゲートウェイはゲートウェイ サービスの経路でテスト)</translation>
    </message>
    <message>
        <source>system settings: %1</source>
        <translation>システム設定: %1</translation>
    </message>
    <message>
        <source>local clock is %1 s behind the servers</source>
        <translation>ローカルの時計はサーバーより %1 秒遅れています</translation>
    </message>
    <message>
        <source>local clock is %1 s ahead of the servers</source>
        <translation>ローカルの時計はサーバーより %1 秒進んでいます</translation>
    </message>
    <message>
        <source>Clock skew: %1 (compared with %2)</source>
        <translation>時計のずれ: %1 (%2 と比較)</translation>
    </message>
    <message numerus="yes">
        <source>%n checks: %1 passed, %2 with warnings, %3 failed, %4 skipped</source>
        <extracomment>%n the number of checks; %1 how many of them passed, %2 warned, %3 failed, %4 were skipped</extracomment>
        <translation>
            <numerusform>%n 件のチェック: 合格 %1 件、警告あり %2 件、不合格 %3 件、スキップ %4 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>a date and time of day in Coordinated Universal Time</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Written by %1 %2.</source>
        <translation>%1 %2 で作成。</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>report file name is empty</source>
        <translation>レポート ファイル名が空です</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: unknown extension &apos;%2&apos; (use %3)</source>
        <translation>レポート ファイル &apos;%1&apos;: 不明な拡張子 &apos;%2&apos; (%3 を使用してください)</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos; is given more than once</source>
        <translation>レポート ファイル &apos;%1&apos; が複数回指定されています</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: directory &apos;%2&apos; does not exist</source>
        <translation>レポート ファイル &apos;%1&apos;: ディレクトリ &apos;%2&apos; が存在しません</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: &apos;%2&apos; is not a directory</source>
        <translation>レポート ファイル &apos;%1&apos;: &apos;%2&apos; はディレクトリではありません</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos; is a directory</source>
        <translation>レポート ファイル &apos;%1&apos; はディレクトリです</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos; exists and cannot be overwritten</source>
        <translation>レポート ファイル &apos;%1&apos; は既に存在し、上書きできません</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: cannot write in directory &apos;%2&apos;</source>
        <translation>レポート ファイル &apos;%1&apos;: ディレクトリ &apos;%2&apos; に書き込めません</translation>
    </message>
    <message>
        <source>unknown extension</source>
        <translation>不明な拡張子</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: %2</source>
        <translation>レポート ファイル &apos;%1&apos;: %2</translation>
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
        <translation>結果</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>documented as %1</source>
        <translation>ドキュメントでの記載: %1</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>廃止</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>変更が必要な点</translation>
    </message>
    <message>
        <source>Each check</source>
        <translation>各チェックの詳細</translation>
    </message>
    <message>
        <source>Remedy:</source>
        <translation>対処法:</translation>
    </message>
    <message>
        <source>Allowlist for this selection</source>
        <translation>この選択の許可リスト</translation>
    </message>
    <message>
        <source>The selection lists no endpoints.</source>
        <translation>選択内容にエンドポイントがありません。</translation>
    </message>
    <message>
        <source>Domains grouped by protocol and port, ready to paste into a firewall or proxy request.</source>
        <translation>プロトコルとポートごとにまとめたドメイン。ファイアウォールやプロキシの申請にそのまま貼り付けられます。</translation>
    </message>
    <message>
        <source>Service Bus namespaces of the region %1</source>
        <translation>リージョン %1 の Service Bus 名前空間</translation>
    </message>
    <message>
        <source>Microsoft lists these namespaces for the desktop flows runtime in this region; a firewall that allows all of them need not allow *.servicebus.windows.net.</source>
        <translation>Microsoft はこのリージョンのデスクトップ フロー ランタイム用にこれらの名前空間を記載しています。これらをすべて許可するファイアウォールでは、*.servicebus.windows.net を許可する必要はありません。</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>%1 on port %2</source>
        <translation>ポート %2 の %1</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>未テスト</translation>
    </message>
    <message>
        <source>Proxy auto-config</source>
        <translation>プロキシ自動構成</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message numerus="yes">
        <source>%n checks</source>
        <translation>
            <numerusform>%n 件のチェック</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>&amp;Save report…</source>
        <translation>レポートを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>概要をコピー(&amp;U)</translation>
    </message>
    <message>
        <source>Copy a&amp;llowlist</source>
        <translation>許可リストをコピー(&amp;L)</translation>
    </message>
    <message>
        <source>Co&amp;mpare with an earlier report…</source>
        <translation>以前のレポートと比較(&amp;M)…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Select a check to see what it found and what to change.</source>
        <translation>チェックを選択すると、検出された内容と変更が必要な点が表示されます。</translation>
    </message>
    <message>
        <source>All checks</source>
        <translation>すべてのチェック</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>問題のみ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>表示(&amp;W):</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>Search by host</source>
        <translation>ホストで検索</translation>
    </message>
    <message>
        <source>Search &amp;host:</source>
        <translation>ホストを検索(&amp;H):</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Details of the selected check</source>
        <translation>選択したチェックの詳細</translation>
    </message>
    <message>
        <source>Select a check to see its details.</source>
        <translation>チェックを選択すると、その詳細が表示されます。</translation>
    </message>
    <message>
        <source>What changed since a JSON report saved before: fixed, broken, still failing.</source>
        <translation>以前に保存した JSON レポートからの変化: 修正済み、新たな不合格、引き続き不合格。</translation>
    </message>
    <message>
        <source>This machine&apos;s network lets the selected features work.</source>
        <translation>このコンピューターのネットワークでは、選択した機能が動作します。</translation>
    </message>
    <message>
        <source>The selected features can work; look at the warnings.</source>
        <translation>選択した機能は動作可能です。警告を確認してください。</translation>
    </message>
    <message>
        <source>Some endpoints cannot be reached. Show the problems below for what to change.</source>
        <translation>一部のエンドポイントに到達できません。下で問題を表示して、変更が必要な点を確認してください。</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML レポート (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>JSON データ (*.json)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV テーブル (*.csv)</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation>JUnit XML (*.xml)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>レポートの保存</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>レポートは保存されませんでした</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>保存しました: %1</translation>
    </message>
    <message>
        <source>The summary is on the clipboard, ready to paste into a ticket.</source>
        <translation>概要をクリップボードにコピーしました。チケットにそのまま貼り付けられます。</translation>
    </message>
    <message>
        <source>The allowlist is on the clipboard, grouped by protocol and port.</source>
        <translation>許可リストを、プロトコルとポートごとにまとめてクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Compare with an earlier report</source>
        <translation>以前のレポートとの比較</translation>
    </message>
    <message>
        <source>Netready JSON report (*.json)</source>
        <translation>Netready JSON レポート (*.json)</translation>
    </message>
    <message>
        <source>Report not compared</source>
        <translation>レポートは比較されませんでした</translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>%1 と比較しました。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n checks passed, %2 with warnings, %3 failed, %4 skipped. The run was cancelled before every check finished.</source>
        <extracomment>%n the number of checks; %1 how many of them passed, %2 warned, %3 failed, %4 were skipped</extracomment>
        <translation>
            <numerusform>チェック %n 件中、合格 %1 件、警告あり %2 件、不合格 %3 件、スキップ %4 件。すべてのチェックが終わる前に実行がキャンセルされました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n checks passed, %2 with warnings, %3 failed, %4 skipped.</source>
        <translation>
            <numerusform>チェック %n 件中、合格 %1 件、警告あり %2 件、不合格 %3 件、スキップ %4 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportReader</name>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>a text or null</source>
        <translation>テキストまたは null</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is &apos;%2&apos;, expected one of: %3</source>
        <translation>フィールド &apos;%1&apos; の値は &apos;%2&apos; ですが、次のいずれかである必要があります: %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is missing or is not %2</source>
        <translation>フィールド &apos;%1&apos; がないか、%2 ではありません</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>JSON ではありません: バイト %2 で %1</translation>
    </message>
    <message>
        <source>not a Netready report: the JSON is not an object</source>
        <translation>Netready レポートではありません: JSON がオブジェクトではありません</translation>
    </message>
    <message>
        <source>this is a Netready %1, not a run report</source>
        <translation>これは Netready の %1 であり、実行レポートではありません</translation>
    </message>
    <message>
        <source>not a Netready report: it has no schemaVersion or its tool is not netready</source>
        <translation>Netready レポートではありません: schemaVersion がないか、tool が netready ではありません</translation>
    </message>
    <message>
        <source>report schema version %1 is not known to this Netready (it reads version %2); a newer Netready can read it</source>
        <translation>レポート スキーマ バージョン %1 はこの Netready では認識できません (読み取れるのはバージョン %2 です)。新しい Netready なら読み取れます</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <source>is a directory, not a report</source>
        <translation>ディレクトリであり、レポートではありません</translation>
    </message>
    <message>
        <source>too large for a report (%1 bytes)</source>
        <translation>レポートとしては大きすぎます (%1 バイト)</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>the output is not open for writing</source>
        <translation>出力先が書き込み用に開かれていません</translation>
    </message>
    <message>
        <source>could not start the PDF</source>
        <translation>PDF を開始できませんでした</translation>
    </message>
    <message>
        <source>could not finish the PDF</source>
        <translation>PDF を完了できませんでした</translation>
    </message>
    <message>
        <source>could not write: %1</source>
        <translation>書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>could not write the XML</source>
        <translation>XML を書き込めませんでした</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Other checks</source>
        <translation>その他のチェック</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Host and port</source>
        <translation>ホストとポート</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 passed</source>
        <extracomment>A group of checks in the results table: %n checks of %1 passed.</extracomment>
        <translation>
            <numerusform>%1 件中 %n 件が合格</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>&amp;Cancel run</source>
        <translation>実行をキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>再実行(&amp;A)</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>失敗したチェックを再試行(&amp;F)</translation>
    </message>
    <message>
        <source>Checking the endpoints</source>
        <translation>エンドポイントをチェックしています</translation>
    </message>
    <message>
        <source>Each endpoint is tried the way Power Automate connects to it. You can cancel at any time.</source>
        <translation>各エンドポイントに Power Automate と同じ方法で接続を試みます。いつでもキャンセルできます。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Elapsed: %1</source>
        <translation>経過時間: %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Stopping the previous run…</source>
        <translation>前回の実行を停止しています…</translation>
    </message>
    <message>
        <source>The checks could not start.</source>
        <translation>チェックを開始できませんでした。</translation>
    </message>
    <message>
        <source>Checks in this run: %1. Running…</source>
        <translation>この実行のチェック数: %1。実行中…</translation>
    </message>
    <message>
        <source>%1 passed, %2 with warnings, %3 failed, %4 skipped.</source>
        <translation>合格 %1 件、警告あり %2 件、不合格 %3 件、スキップ %4 件。</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>キャンセルしました。%1</translation>
    </message>
    <message>
        <source>Done. %1</source>
        <translation>完了しました。%1</translation>
    </message>
</context>
<context>
    <name>RunPlanner</name>
    <message>
        <source>your environment URL (wizard: Features page; command line: --dataverse-url https://org.crm.dynamics.com)</source>
        <translation>お使いの環境の URL (ウィザード: [機能] ページ、コマンド ライン: --dataverse-url https://org.crm.dynamics.com)</translation>
    </message>
    <message>
        <source>a Service Bus namespace of your region (wizard: Features page; command line: --servicebus-namespace NAME)</source>
        <translation>お使いのリージョンの Service Bus 名前空間 (ウィザード: [機能] ページ、コマンド ライン: --servicebus-namespace NAME)</translation>
    </message>
    <message>
        <source>a concrete host name under it (command line: --input %1=HOST)</source>
        <translation>その下の具体的なホスト名 (コマンド ライン: --input %1=HOST)</translation>
    </message>
    <message>
        <source>%1 cannot be tested without %2</source>
        <translation>%1 は %2 がないとテストできません</translation>
    </message>
    <message>
        <source>a namespace of the %1 region of Microsoft&apos;s list for the desktop flows runtime; --region or the wizard&apos;s region choice tests every namespace of a region</source>
        <translation>デスクトップ フロー ランタイム用の Microsoft のリストにある %1 リージョンの名前空間。--region またはウィザードでのリージョンの選択で、リージョンのすべての名前空間をテストできます</translation>
    </message>
    <message>
        <source>a preview namespace of the %1 region</source>
        <translation>%1 リージョンのプレビュー名前空間</translation>
    </message>
    <message>
        <source>a namespace of the %1 region</source>
        <translation>%1 リージョンの名前空間</translation>
    </message>
</context>
<context>
    <name>RunSession</name>
    <message>
        <source>The chosen cloud and features need no endpoints from this catalog.</source>
        <translation>選択したクラウドと機能には、このカタログのエンドポイントは必要ありません。</translation>
    </message>
</context>
<context>
    <name>RunSummary</name>
    <message>
        <source>READY</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>READY WITH WARNINGS</source>
        <translation>準備完了 (警告あり)</translation>
    </message>
    <message>
        <source>NOT READY</source>
        <translation>準備未完了</translation>
    </message>
</context>
<context>
    <name>SummarizeCommand</name>
    <message>
        <source>--summarize: &apos;%1&apos; does not exist</source>
        <translation>--summarize: &apos;%1&apos; が存在しません</translation>
    </message>
    <message>
        <source>--summarize: no readable report among the files given</source>
        <translation>--summarize: 指定されたファイルの中に読み取り可能なレポートがありません</translation>
    </message>
</context>
<context>
    <name>SystemProxyLookup</name>
    <message>
        <source>none (direct connection)</source>
        <translation>なし (直接接続)</translation>
    </message>
    <message>
        <source>none (direct connection): %1</source>
        <translation>なし (直接接続): %1</translation>
    </message>
    <message>
        <source>%1, chosen by the proxy auto-config script %2</source>
        <translation>%1 (プロキシ自動構成スクリプト %2 が選択)</translation>
    </message>
</context>
<context>
    <name>TcpRace</name>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>%1: no answer (timed out)</source>
        <translation>%1: 応答なし (タイムアウト)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the proxy %1 refused the connection</source>
        <translation>プロキシ %1 は接続を拒否しました</translation>
    </message>
    <message>
        <source>the proxy %1 did not answer within %2 s</source>
        <translation>プロキシ %1 は %2 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>the proxy %1 cannot be reached: %2</source>
        <translation>プロキシ %1 に到達できません: %2</translation>
    </message>
    <message>
        <source>%1 refused the connection (nothing listens, or a firewall rejects it)</source>
        <translation>%1 は接続を拒否しました (待ち受けているものがないか、ファイアウォールが拒否しています)</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s: packets are dropped on the way</source>
        <translation>%1 は %2 秒以内に応答しませんでした: 途中でパケットが破棄されています</translation>
    </message>
    <message>
        <source>no route to %1 (network unreachable)</source>
        <translation>%1 への経路がありません (ネットワークに到達できません)</translation>
    </message>
    <message>
        <source>%1 has no address to connect to</source>
        <translation>%1 には接続先のアドレスがありません</translation>
    </message>
    <message>
        <source>could not connect to %1: %2</source>
        <translation>%1 に接続できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>TextSummary</name>
    <message>
        <source>[retired]</source>
        <extracomment>after a diagnosis title: the host is listed by Microsoft but retired by its owner</extracomment>
        <translation>[廃止]</translation>
    </message>
    <message>
        <source>Proxy auto-config:</source>
        <translation>プロキシ自動構成:</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>概要: %1</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>判定: %1</translation>
    </message>
    <message>
        <source>What to change:</source>
        <translation>変更が必要な点:</translation>
    </message>
    <message>
        <source>Each check:</source>
        <translation>各チェックの詳細:</translation>
    </message>
</context>
<context>
    <name>TlsFailureExplainer</name>
    <message>
        <source>presented: %1, issued by %2, valid %3 to %4</source>
        <translation>提示された証明書: %1、発行者 %2、有効期間 %3 から %4</translation>
    </message>
    <message>
        <source>certificate check: %1</source>
        <translation>証明書のチェック: %1</translation>
    </message>
    <message>
        <source>TLS library: %1</source>
        <translation>TLS ライブラリ: %1</translation>
    </message>
    <message>
        <source>the certificate of %1 expired on %2 (this machine&apos;s date is %3)</source>
        <translation>%1 の証明書は %2 に有効期限が切れています (このコンピューターの日付は %3)</translation>
    </message>
    <message>
        <source>the certificate %1 in the chain of %2 expired on %3 (this machine&apos;s date is %4)</source>
        <translation>%2 のチェーン内の証明書 %1 は %3 に有効期限が切れています (このコンピューターの日付は %4)</translation>
    </message>
    <message>
        <source>the certificate %1 presented for %2 is not valid before %3, and this machine&apos;s date is %4: check the clock</source>
        <translation>%2 に対して提示された証明書 %1 は %3 より前は有効ではありませんが、このコンピューターの日付は %4 です: 時計を確認してください</translation>
    </message>
    <message>
        <source>%1 presents a self-signed certificate %2 that this machine does not trust (a device answers in the service&apos;s place)</source>
        <translation>%1 は、このコンピューターが信頼していない自己署名証明書 %2 を提示しています (デバイスがサービスの代わりに応答しています)</translation>
    </message>
    <message>
        <source>the chain of %1 ends at %2, a root this machine does not trust: TLS inspection whose root is not installed, or a device answering in the service&apos;s place</source>
        <translation>%1 のチェーンは、このコンピューターが信頼していないルート %2 で終わっています: ルートがインストールされていない TLS インスペクション、またはサービスの代わりに応答しているデバイスです</translation>
    </message>
    <message>
        <source>the server did not send its intermediate certificate &apos;%1&apos; for %2 (Windows may fetch it from the AIA URL %3; allow that URL)</source>
        <translation>サーバーは %2 の中間証明書 &apos;%1&apos; を送信しませんでした (Windows は AIA URL %3 から取得できる場合があります。その URL を許可してください)</translation>
    </message>
    <message>
        <source>the certificate of %1 is issued by &apos;%2&apos;, which this machine does not trust (its root is not installed, or the server does not send the intermediate certificate)</source>
        <translation>%1 の証明書は、このコンピューターが信頼していない &apos;%2&apos; によって発行されています (そのルートがインストールされていないか、サーバーが中間証明書を送信していません)</translation>
    </message>
    <message>
        <source>the certificate presented for %1 is for %2</source>
        <translation>%1 に対して提示された証明書は %2 用です</translation>
    </message>
    <message>
        <source>the certificate presented for %1 has been revoked</source>
        <translation>%1 に対して提示された証明書は失効しています</translation>
    </message>
    <message>
        <source>the certificate of %1 fails the checks: %2</source>
        <translation>%1 の証明書がチェックに合格しません: %2</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 did not complete within %2 s (the server is silent)</source>
        <translation>%1 との TLS ハンドシェイクが %2 秒以内に完了しませんでした (サーバーが応答しません)</translation>
    </message>
    <message>
        <source>%1 offers only TLS versions older than 1.2 (TLS 1.0 or 1.1); Power Automate needs TLS 1.2 or later</source>
        <translation>%1 は 1.2 より古い TLS バージョン (TLS 1.0 または 1.1) しか提示していません。Power Automate には TLS 1.2 以降が必要です</translation>
    </message>
    <message>
        <source>%1 and this machine have no cipher in common: the server refused every cipher offered for TLS 1.2 and 1.3</source>
        <translation>%1 とこのコンピューターには共通の暗号スイートがありません: サーバーは TLS 1.2 および 1.3 で提示されたすべての暗号スイートを拒否しました</translation>
    </message>
    <message>
        <source>%1 does not speak TLS: its first bytes are not a TLS handshake (plain HTTP or another protocol on this port)</source>
        <translation>%1 は TLS に対応していません: 最初のバイトが TLS ハンドシェイクではありません (このポートでは暗号化されていない HTTP または別のプロトコルが使用されています)</translation>
    </message>
    <message>
        <source>the connection to %1 was reset during the TLS handshake (a device in between cut it)</source>
        <translation>TLS ハンドシェイク中に %1 への接続がリセットされました (途中のデバイスが切断しました)</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake (a device in between ends it, or the server refuses this client)</source>
        <translation>%1 は TLS ハンドシェイク中に接続を閉じました (途中のデバイスが終了させているか、サーバーがこのクライアントを拒否しています)</translation>
    </message>
    <message>
        <source>no TLS handshake with %1 (the handshake broke off)</source>
        <translation>%1 との TLS ハンドシェイクが成立しませんでした (ハンドシェイクが中断されました)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Is this machine ready for Power Automate?</source>
        <translation>このコンピューターは Power Automate を使用する準備ができていますか?</translation>
    </message>
    <message>
        <source>Netready tests, before you install anything, whether this network lets Power Automate work.</source>
        <translation>インストールの前に、このネットワークで Power Automate が動作するかどうかを Netready がテストします。</translation>
    </message>
    <message>
        <source>&lt;p&gt;You choose your cloud and the features you use. Netready then tries every endpoint they need: name resolution, TCP connection, TLS certificate (including TLS inspection), HTTP answer, through this machine&apos;s proxy, and the certificate revocation servers Windows needs.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What it does not do:&lt;/b&gt; no data leaves this machine except the connection attempts themselves, and no sign-in is needed.&lt;/p&gt;&lt;p&gt;At the end you get a verdict, the exact fix for every problem and a report to save or send.&lt;/p&gt;</source>
        <translation>&lt;p&gt;お使いのクラウドと使用する機能を選択します。Netready は、それらに必要なすべてのエンドポイントについて、このコンピューターのプロキシを経由して、名前解決、TCP 接続、TLS 証明書 (TLS インスペクションを含む)、HTTP 応答を試行し、さらに Windows が必要とする証明書失効確認サーバーも試行します。&lt;/p&gt;&lt;p&gt;&lt;b&gt;行わないこと:&lt;/b&gt; 接続の試行そのもの以外にデータがこのコンピューターから送信されることはなく、サインインも不要です。&lt;/p&gt;&lt;p&gt;最後に、判定結果、各問題の具体的な修正方法、および保存や送信ができるレポートが得られます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About the checks</source>
        <translation>チェックについて</translation>
    </message>
</context>
<context>
    <name>WpadFinder</name>
    <message>
        <source>the machine has no DNS search domain to look in</source>
        <translation>このコンピューターには検索に使用する DNS 検索ドメインがありません</translation>
    </message>
    <message>
        <source>/etc/resolv.conf cannot be read: %1</source>
        <translation>/etc/resolv.conf を読み取れません: %1</translation>
    </message>
    <message>
        <source>WinHTTP&apos;s discovery failed: error %1</source>
        <translation>WinHTTP による検出に失敗しました: エラー %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;netready --help&apos;.</source>
        <translation>&apos;netready --help&apos; を参照してください。</translation>
    </message>
    <message>
        <source>there is no display to show the wizard on; run the checks without one with --cli</source>
        <translation>ウィザードを表示するディスプレイがありません。ディスプレイなしでチェックを実行するには --cli を使用してください</translation>
    </message>
</context>
</TS>
