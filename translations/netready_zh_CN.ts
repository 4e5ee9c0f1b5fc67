<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Netready</source>
        <translation>关于 Netready</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Netready %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Checks whether this machine&apos;s network lets Microsoft Power Automate work, and says what is blocked and what to change.&lt;/p&gt;&lt;p&gt;Headless use: &lt;code&gt;netready --cli&lt;/code&gt;; every option: &lt;code&gt;netready --help&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Netready %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;检查此计算机的网络是否允许 Microsoft Power Automate 正常工作，并指出哪些内容被阻止以及需要更改什么。&lt;/p&gt;&lt;p&gt;无界面使用：&lt;code&gt;netready --cli&lt;/code&gt;；所有选项：&lt;code&gt;netready --help&lt;/code&gt;。&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AddressClassifier</name>
    <message>
        <source>resolves only to a sinkhole address (a DNS filter blocks it)</source>
        <translation>仅解析为黑洞 (sinkhole) 地址（被 DNS 筛选器阻止）</translation>
    </message>
    <message>
        <source>resolves only to private or loopback addresses (split DNS or a private endpoint)</source>
        <translation>仅解析为专用地址或环回地址（拆分 DNS 或专用终结点）</translation>
    </message>
</context>
<context>
    <name>AddressLookup</name>
    <message>
        <source>%1 is not a valid host name</source>
        <translation>%1 不是有效的主机名</translation>
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
        <translation>HTTPS，带 WebSocket 升级 (TCP %1)</translation>
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
        <translation>HTTP %1（证书吊销检查）</translation>
    </message>
    <message>
        <source>Cloud flows call your services from Azure, not from this machine: to let connectors reach services behind your firewall, allow inbound traffic from the AzureConnectors service tag; for HTTP and HTTP + Swagger actions also allow LogicApps, PowerPlatformPlex and PowerPlatformInfra.</source>
        <translation>云端流从 Azure 调用你的服务，而不是从此计算机调用：要让连接器访问防火墙后面的服务，请允许来自 AzureConnectors 服务标记的入站流量；对于 HTTP 和 HTTP + Swagger 操作，还需允许 LogicApps、PowerPlatformPlex 和 PowerPlatformInfra。</translation>
    </message>
</context>
<context>
    <name>AnswerClassifier</name>
    <message>
        <source>no scheme named</source>
        <translation>未指明身份验证方案</translation>
    </message>
    <message>
        <source>the proxy %1 rejected the credentials given (it asks for %2)</source>
        <translation>代理 %1 拒绝了所提供的凭据（它要求 %2）</translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2)</source>
        <translation>代理 %1 要求身份验证 (%2)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1, page &quot;%2&quot;</source>
        <translation>HTTP %1，页面“%2”</translation>
    </message>
    <message>
        <source>the proxy %1 answered something that is not HTTP (%2)</source>
        <translation>代理 %1 返回的内容不是 HTTP (%2)</translation>
    </message>
    <message>
        <source>proxy reply: HTTP %1</source>
        <translation>代理应答：HTTP %1</translation>
    </message>
    <message>
        <source>the proxy %1 refused CONNECT to %2: HTTP %3</source>
        <translation>代理 %1 拒绝了到 %2 的 CONNECT：HTTP %3</translation>
    </message>
    <message>
        <source>the proxy %1 refused CONNECT to %2: HTTP %3 (%4)</source>
        <translation>代理 %1 拒绝了到 %2 的 CONNECT：HTTP %3 (%4)</translation>
    </message>
    <message>
        <source>the refusal comes from %1: %2</source>
        <translation>拒绝来自 %1：%2</translation>
    </message>
    <message>
        <source>a filtering device</source>
        <translation>某个筛选设备</translation>
    </message>
    <message>
        <source>the proxy %1 refused the request for %2: HTTP %3%4</source>
        <translation>代理 %1 拒绝了对 %2 的请求：HTTP %3%4</translation>
    </message>
    <message>
        <source>the proxy %1</source>
        <translation>代理 %1</translation>
    </message>
    <message>
        <source>signs of %1: %2</source>
        <translation>%1 的迹象：%2</translation>
    </message>
    <message>
        <source>%1 answers for %2 and wants authentication (%3)</source>
        <translation>%1 代替 %2 应答并要求身份验证 (%3)</translation>
    </message>
    <message>
        <source>%1 answered in place of %2 with its own page: %3</source>
        <translation>%1 代替 %2 用自己的页面进行了应答：%3</translation>
    </message>
    <message>
        <source>%1 answered for %2 with an error of its own instead of the service&apos;s answer: %3</source>
        <translation>%1 代替 %2 返回了自己的错误，而不是服务的应答：%3</translation>
    </message>
    <message>
        <source>%1 redirects requests for %2 to %3 (a login or block page), HTTP %4</source>
        <translation>%1 将对 %2 的请求重定向到 %3（登录页或阻止页），HTTP %4</translation>
    </message>
    <message>
        <source>the WebSocket upgrade answer carries a wrong Sec-WebSocket-Accept: something in between rewrote it</source>
        <translation>WebSocket 升级应答中的 Sec-WebSocket-Accept 不正确：中间的某个设备改写了它</translation>
    </message>
    <message>
        <source>WebSocket upgrade accepted (HTTP 101) via %1</source>
        <translation>WebSocket 升级已被接受 (HTTP 101)，经由 %1</translation>
    </message>
    <message>
        <source>the WebSocket upgrade did not come through: HTTP %1 (a proxy or inspection device strips the Upgrade header)</source>
        <translation>WebSocket 升级未能通过：HTTP %1（某个代理或检查设备删除了 Upgrade 标头）</translation>
    </message>
    <message>
        <source>the service answered the WebSocket request with HTTP %1</source>
        <translation>服务以 HTTP %1 应答了 WebSocket 请求</translation>
    </message>
</context>
<context>
    <name>BlockPageRules</name>
    <message>
        <source>%1 must be a list of patterns</source>
        <translation>%1 必须是模式列表</translation>
    </message>
    <message>
        <source>%1[%2] is not a valid pattern: %3</source>
        <translation>%1[%2] 不是有效的模式：%3</translation>
    </message>
    <message>
        <source>%1 needs an id and a name</source>
        <translation>%1 需要 id 和名称</translation>
    </message>
    <message>
        <source>%1 (%2) names no source</source>
        <translation>%1 (%2) 未指明来源</translation>
    </message>
    <message>
        <source>%1.headers[%2] needs a name and a valid pattern</source>
        <translation>%1.headers[%2] 需要名称和有效的模式</translation>
    </message>
    <message>
        <source>page title &quot;%1&quot;</source>
        <translation>页面标题“%1”</translation>
    </message>
    <message>
        <source>page text &quot;%1&quot;</source>
        <translation>页面文本“%1”</translation>
    </message>
    <message>
        <source>redirect to %1</source>
        <translation>重定向到 %1</translation>
    </message>
</context>
<context>
    <name>BodySniffer</name>
    <message>
        <source>an empty body</source>
        <translation>空正文</translation>
    </message>
    <message>
        <source>a DER structure cut short (%1 of %2 bytes)</source>
        <translation>被截断的 DER 结构（%2 字节中的 %1 字节）</translation>
    </message>
    <message>
        <source>a DER structure of another kind (%1 bytes)</source>
        <translation>其他类型的 DER 结构（%1 字节）</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>HTML 页面</translation>
    </message>
    <message>
        <source>an HTML page (title: &quot;%1&quot;)</source>
        <translation>HTML 页面（标题：“%1”）</translation>
    </message>
    <message>
        <source>an XML document</source>
        <translation>XML 文档</translation>
    </message>
    <message>
        <source>a PEM block of type %1</source>
        <translation>类型为 %1 的 PEM 块</translation>
    </message>
    <message>
        <source>a JSON document</source>
        <translation>JSON 文档</translation>
    </message>
    <message>
        <source>text starting with &quot;%1&quot;</source>
        <translation>以“%1”开头的文本</translation>
    </message>
    <message>
        <source>%1 bytes of binary data starting with %2</source>
        <translation>%1 字节的二进制数据，以 %2 开头</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>（根）</translation>
    </message>
    <message>
        <source>a catalog must be a JSON object</source>
        <translation>目录必须是 JSON 对象</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <source>%1 is not a supported schema version (this version reads 1)</source>
        <translation>%1 不是受支持的架构版本（此版本读取版本 1）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date of the form YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 不是对象</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint (64 hex digits)</source>
        <translation>“%1”不是 SHA-256 指纹（64 个十六进制数字）</translation>
    </message>
    <message>
        <source>this root is listed twice</source>
        <translation>此根证书列出了两次</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (also %2)</source>
        <translation>重复的 id“%1”（另见 %2）</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>larger than %1 MB; not a catalog</source>
        <translation>大于 %1 MB；不是目录</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (already defined in %2)</source>
        <translation>重复的 id“%1”（已在 %2 中定义）</translation>
    </message>
</context>
<context>
    <name>CheckDetails</name>
    <message>
        <source>What to do:</source>
        <translation>处理方法：</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Diagnosis code</source>
        <translation>诊断代码</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>已连接到</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>DNS note</source>
        <translation>DNS 说明</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>应答方</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>根证书</translation>
    </message>
    <message>
        <source>HTTP answer</source>
        <translation>HTTP 应答</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>%1: ok (%2 ms)</source>
        <extracomment>%1 a phase of the check (dns, tcp, tls, http), %2 its duration in milliseconds</extracomment>
        <translation>%1：正常（%2 毫秒）</translation>
    </message>
    <message>
        <source>%1: failed (%2 ms)</source>
        <translation>%1：失败（%2 毫秒）</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>served by a public CA not in Microsoft&apos;s list: %1</source>
        <translation>由不在 Microsoft 列表中的公共 CA 提供：%1</translation>
    </message>
    <message>
        <source>root of the public web PKI, not one the service is known to use: &apos;%1&apos;, SHA-256 %2</source>
        <translation>公共 Web PKI 的根证书，但不是已知该服务使用的根证书：“%1”，SHA-256 %2</translation>
    </message>
    <message>
        <source>the certificate of %1 was issued by %2, a CA this machine trusts but not one the service uses: a TLS-inspecting device replaced it</source>
        <translation>%1 的证书由 %2 颁发，此计算机信任该 CA，但服务并不使用它：某个 TLS 检查设备替换了证书</translation>
    </message>
    <message>
        <source>the certificate of %1 was issued by %2, the inspection CA of %3: TLS inspection replaced the service&apos;s certificate</source>
        <translation>%1 的证书由 %2 颁发，这是 %3 的检查 CA：TLS 检查替换了服务的证书</translation>
    </message>
    <message>
        <source>inspecting root: %1, SHA-256 %2</source>
        <translation>TLS 检查根证书：%1，SHA-256 %2</translation>
    </message>
    <message>
        <source>%1; authenticated as %2 with %3</source>
        <translation>%1；已使用 %3 以 %2 身份进行身份验证</translation>
    </message>
    <message>
        <source>%1 (proxy auto-config: through %2 after %3 failed)</source>
        <translation>%1（代理自动配置：%3 失败后经由 %2）</translation>
    </message>
    <message>
        <source>%1; verified as you, not as the service (%2 authenticates to the proxy as itself)</source>
        <translation>%1；以你的身份验证，而不是以服务的身份（%2 以自己的身份向代理进行身份验证）</translation>
    </message>
    <message>
        <source>DNS: %1</source>
        <translation>DNS：%1</translation>
    </message>
    <message>
        <source>Route: %1</source>
        <translation>路由：%1</translation>
    </message>
    <message>
        <source>connect-to: %1:%2 -&gt; %3:%4</source>
        <translation>connect-to: %1:%2 -&gt; %3:%4</translation>
    </message>
    <message>
        <source>no OCSP request could be built: %1</source>
        <translation>无法生成 OCSP 请求：%1</translation>
    </message>
    <message>
        <source>the system proxy configuration gave no answer within %1 s</source>
        <translation>系统代理配置在 %1 秒内未给出应答</translation>
    </message>
    <message>
        <source>proxy auto-config script %1 returned &quot;%2&quot;</source>
        <translation>代理自动配置脚本 %1 返回了“%2”</translation>
    </message>
    <message>
        <source>only the first route is used, without failover, as Power Automate does</source>
        <translation>与 Power Automate 的做法相同，仅使用第一个路由，不进行故障转移</translation>
    </message>
    <message>
        <source>proxy auto-config: %1 failed (%2); trying %3</source>
        <translation>代理自动配置：%1 失败 (%2)；正在尝试 %3</translation>
    </message>
    <message>
        <source>DNS (informational): %1 does not resolve on this machine; the proxy resolves it</source>
        <translation>DNS（仅供参考）：%1 在此计算机上无法解析；由代理解析该名称</translation>
    </message>
    <message>
        <source>its name did not resolve within %1 s</source>
        <translation>其名称未在 %1 秒内解析</translation>
    </message>
    <message>
        <source>the proxy name %1 did not resolve within %2 s</source>
        <translation>代理名称 %1 未在 %2 秒内解析</translation>
    </message>
    <message>
        <source>%1 did not resolve within %2 s</source>
        <translation>%1 未在 %2 秒内解析</translation>
    </message>
    <message>
        <source>its name does not resolve: %1</source>
        <translation>其名称无法解析：%1</translation>
    </message>
    <message>
        <source>the proxy name %1 does not resolve: %2</source>
        <translation>代理名称 %1 无法解析：%2</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS (no A or AAAA record)</source>
        <translation>%1 在 DNS 中不存在（没有 A 或 AAAA 记录）</translation>
    </message>
    <message>
        <source>%1 could not be resolved: %2</source>
        <translation>无法解析 %1：%2</translation>
    </message>
    <message>
        <source>authenticating at the proxy %1 did not complete in time</source>
        <translation>在代理 %1 上的身份验证未能及时完成</translation>
    </message>
    <message>
        <source>the authenticated tunnel could not be taken over: %1</source>
        <translation>无法接管已通过身份验证的隧道：%1</translation>
    </message>
    <message>
        <source>TCP port %1 reachable through the proxy %2</source>
        <translation>可通过代理 %2 访问 TCP 端口 %1</translation>
    </message>
    <message>
        <source>TCP port %1 open at %2</source>
        <translation>%2 上的 TCP 端口 %1 已打开</translation>
    </message>
    <message>
        <source>the certificate checks did not complete in time</source>
        <translation>证书检查未能及时完成</translation>
    </message>
    <message>
        <source>%1 closed the connection before a request could be sent</source>
        <translation>%1 在发送请求之前关闭了连接</translation>
    </message>
    <message>
        <source>proxy reply: HTTP %1</source>
        <translation>代理应答：HTTP %1</translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2)</source>
        <translation>代理 %1 要求身份验证 (%2)</translation>
    </message>
    <message>
        <source>the proxy %1</source>
        <translation>代理 %1</translation>
    </message>
    <message>
        <source>%1 accepted the connection but sent no HTTP answer: %2</source>
        <translation>%1 接受了连接，但未发送 HTTP 应答：%2</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>来自 %2 的 HTTP %1</translation>
    </message>
    <message>
        <source>%1 (proxy)</source>
        <translation>%1（代理）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 sent no complete answer: %2</source>
        <translation>%1 未发送完整的应答：%2</translation>
    </message>
    <message>
        <source>the answer could not be checked in time</source>
        <translation>无法及时检查应答</translation>
    </message>
    <message>
        <source>HTTP %1, %2 bytes%3</source>
        <translation>HTTP %1，%2 字节%3</translation>
    </message>
    <message>
        <source> (cut at the size cap)</source>
        <translation> （已在大小上限处截断）</translation>
    </message>
    <message>
        <source>%1; the GET form is answered too</source>
        <translation>%1；GET 形式也有应答</translation>
    </message>
    <message>
        <source>%1 (GET form); POST failed: %2</source>
        <translation>%1（GET 形式）；POST 失败：%2</translation>
    </message>
    <message>
        <source>answers OCSP over POST, but not the GET form Windows uses: %1</source>
        <translation>通过 POST 应答 OCSP，但不应答 Windows 使用的 GET 形式：%1</translation>
    </message>
</context>
<context>
    <name>CheckStatuses</name>
    <message>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>CliRunCommand</name>
    <message>
        <source>Password for %1 at the proxy: </source>
        <translation>%1 在代理上的密码： </translation>
    </message>
    <message>
        <source>--proxy-user: no password: set NETREADY_PROXY_PASSWORD, or run from a terminal to type it</source>
        <translation>--proxy-user：没有密码：请设置 NETREADY_PROXY_PASSWORD，或从终端运行以输入密码</translation>
    </message>
    <message>
        <source>netready: interrupted, cancelling…</source>
        <translation>netready：已中断，正在取消…</translation>
    </message>
    <message>
        <source>checked %1 of %2</source>
        <translation>已检查 %1/%2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>CloudPage</name>
    <message>
        <source>Which cloud is your tenant in?</source>
        <translation>你的租户位于哪个云中？</translation>
    </message>
    <message>
        <source>Each cloud has its own sign-in, portal and relay addresses. Most organizations use Public.</source>
        <translation>每个云都有各自的登录、门户和中继地址。大多数组织使用公有云。</translation>
    </message>
    <message>
        <source>Power Automate for desktop on this machine is set to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>此计算机上的 Power Automate 桌面版设置为 &lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Hint from this machine&apos;s settings</source>
        <translation>来自此计算机设置的提示</translation>
    </message>
</context>
<context>
    <name>Clouds</name>
    <message>
        <source>Public (commercial)</source>
        <translation>公有云（商业版）</translation>
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
        <translation>中国（由世纪互联运营）</translation>
    </message>
    <message>
        <source>Most organizations worldwide: make.powerautomate.com.</source>
        <translation>全球大多数组织：make.powerautomate.com。</translation>
    </message>
    <message>
        <source>US federal, state and local government and their contractors on Government Community Cloud.</source>
        <translation>使用政府社区云 (Government Community Cloud) 的美国联邦、州和地方政府及其承包商。</translation>
    </message>
    <message>
        <source>US government organizations handling controlled unclassified information (ITAR, DFARS).</source>
        <translation>处理受控非机密信息 (ITAR、DFARS) 的美国政府组织。</translation>
    </message>
    <message>
        <source>US Department of Defense tenants only.</source>
        <translation>仅限美国国防部的租户。</translation>
    </message>
    <message>
        <source>Tenants in mainland China, operated by 21Vianet.</source>
        <translation>位于中国大陆、由世纪互联运营的租户。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Checks whether this machine&apos;s network lets Microsoft Power Automate work.
Without options it opens the wizard; with --cli it runs the checks headless.</source>
        <translation>检查此计算机的网络是否允许 Microsoft Power Automate 正常工作。
不带选项时打开向导；使用 --cli 时以无界面方式运行检查。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>打印版本并退出。</translation>
    </message>
    <message>
        <source>Run the checks headless and print the result.</source>
        <translation>以无界面方式运行检查并打印结果。</translation>
    </message>
    <message>
        <source>Print the endpoints the selection needs (an allowlist) and exit.</source>
        <translation>打印所选内容需要的终结点（允许列表）并退出。</translation>
    </message>
    <message>
        <source>Print the regions of Microsoft&apos;s list of desktop flows runtime namespaces, with their counts, and exit.</source>
        <translation>打印 Microsoft 桌面流运行时命名空间列表中的区域及其数量，然后退出。</translation>
    </message>
    <message>
        <source>Compare two JSON reports of one machine, BEFORE.json AFTER.json: what was fixed, what broke. Exit code 1 when a check that passed before fails now.</source>
        <translation>比较同一计算机的两个 JSON 报告 BEFORE.json AFTER.json：哪些已修复，哪些出现了新问题。如果之前通过的检查现在失败，则退出代码为 1。</translation>
    </message>
    <message>
        <source>Summarize many machines&apos; JSON reports (files or folders of *.json) into one fleet view.</source>
        <translation>将多台计算机的 JSON 报告（文件或包含 *.json 的文件夹）汇总为一个整体视图。</translation>
    </message>
    <message>
        <source>Tag the run&apos;s report, e.g. site=Berlin (repeatable).</source>
        <translation>为本次运行的报告添加标签，例如 site=Berlin（可重复）。</translation>
    </message>
    <message>
        <source>Cloud: public, gcc, gcc-high, dod or china (default: public).</source>
        <translation>云：public、gcc、gcc-high、dod 或 china（默认：public）。</translation>
    </message>
    <message>
        <source>Comma-separated features: cloud-flows, mobile, desktop, gateway (default: all).</source>
        <translation>以逗号分隔的功能：cloud-flows、mobile、desktop、gateway（默认：全部）。</translation>
    </message>
    <message>
        <source>Use this catalog file instead of the built-in one.</source>
        <translation>使用此目录文件代替内置目录。</translation>
    </message>
    <message>
        <source>Add the endpoints of this catalog file (repeatable).</source>
        <translation>添加此目录文件中的终结点（可重复）。</translation>
    </message>
    <message>
        <source>Connect to CONNECT_HOST:CONNECT_PORT when a check targets HOST:PORT, as curl does (repeatable).</source>
        <translation>当检查的目标为 HOST:PORT 时，改为连接到 CONNECT_HOST:CONNECT_PORT，与 curl 的做法相同（可重复）。</translation>
    </message>
    <message>
        <source>Use this HTTP proxy: http://[user:password@]host:port.</source>
        <translation>使用此 HTTP 代理：http://[user:password@]host:port。</translation>
    </message>
    <message>
        <source>Connect directly, ignoring the system proxy.</source>
        <translation>直接连接，忽略系统代理。</translation>
    </message>
    <message>
        <source>When the proxy asks for authentication: auto (the strongest it offers), negotiate, ntlm, digest, basic or none (default: auto). Negotiate uses the signed-in user&apos;s Kerberos ticket.</source>
        <translation>当代理要求身份验证时：auto（代理提供的最强方案）、negotiate、ntlm、digest、basic 或 none（默认：auto）。Negotiate 使用已登录用户的 Kerberos 票证。</translation>
    </message>
    <message>
        <source>Authenticate at the proxy as this user (DOMAIN\user for NTLM); the password comes from NETREADY_PROXY_PASSWORD or is asked on the terminal.</source>
        <translation>以此用户身份在代理上进行身份验证（NTLM 使用 DOMAIN\user）；密码取自 NETREADY_PROXY_PASSWORD，或在终端中询问。</translation>
    </message>
    <message>
        <source>Choose the proxy of every check with this proxy auto-config script: a file, file://, http:// or https:// URL.</source>
        <translation>使用此代理自动配置脚本为每项检查选择代理：文件，或 file://、http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>Without --proxy or --no-proxy: test desktop flows endpoints along the route of the desktop flows service (service, the default: Power Automate&apos;s own proxy settings on Windows) or with your own system proxy (me). Gateway endpoints follow the gateway service&apos;s route.</source>
        <translation>未指定 --proxy 或 --no-proxy 时：沿桌面流服务的路由测试桌面流终结点（service，默认值：Windows 上 Power Automate 自己的代理设置），或使用你自己的系统代理 (me)。网关终结点遵循网关服务的路由。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>同时信任此 PEM 文件中的 CA 证书。</translation>
    </message>
    <message>
        <source>Seconds each phase of a check may take (1-300, default 10).</source>
        <translation>检查的每个阶段可用的秒数（1-300，默认 10）。</translation>
    </message>
    <message>
        <source>Checks run at once (1-512, default 16).</source>
        <translation>同时运行的检查数（1-512，默认 16）。</translation>
    </message>
    <message>
        <source>Output: text or json (--list-endpoints also csv).</source>
        <translation>输出：text 或 json（--list-endpoints 还支持 csv）。</translation>
    </message>
    <message>
        <source>Write the report to this file; the format follows the extension: .html .pdf .json .csv .xml (repeatable). --compare writes .txt .json .html .pdf, --summarize .html .csv .json .txt.</source>
        <translation>将报告写入此文件；格式由扩展名决定：.html .pdf .json .csv .xml（可重复）。--compare 写入 .txt .json .html .pdf，--summarize 写入 .html .csv .json .txt。</translation>
    </message>
    <message>
        <source>Your environment URL, e.g. https://org.crm.dynamics.com.</source>
        <translation>你的环境 URL，例如 https://org.crm.dynamics.com。</translation>
    </message>
    <message>
        <source>A Service Bus namespace host the desktop runtime or the gateway uses (repeatable).</source>
        <translation>桌面运行时或网关使用的服务总线命名空间主机（可重复）。</translation>
    </message>
    <message>
        <source>Test every Service Bus namespace Microsoft lists for the desktop flows runtime in this region, e.g. Europe (public cloud; see --list-regions).</source>
        <translation>测试 Microsoft 为此区域的桌面流运行时列出的每个服务总线命名空间，例如 Europe（公有云；请参阅 --list-regions）。</translation>
    </message>
    <message>
        <source>A value for a catalog placeholder, e.g. azure-apim=host (repeatable).</source>
        <translation>目录占位符的值，例如 azure-apim=host（可重复）。</translation>
    </message>
    <message>
        <source>Also probe the OCSP and CRL URLs of every TLS chain seen.</source>
        <translation>同时探测所见每条 TLS 链的 OCSP 和 CRL URL。</translation>
    </message>
    <message>
        <source>--compare and --summarize exclude each other</source>
        <translation>--compare 和 --summarize 不能同时使用</translation>
    </message>
    <message>
        <source>--compare needs two reports, the earlier and the later: BEFORE.json AFTER.json</source>
        <translation>--compare 需要两个报告，先是较早的，再是较晚的：BEFORE.json AFTER.json</translation>
    </message>
    <message>
        <source>--summarize needs report files or folders of them</source>
        <translation>--summarize 需要报告文件或包含报告文件的文件夹</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>--cloud: unknown cloud &apos;%1&apos; (expected one of: %2)</source>
        <translation>--cloud：未知的云“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>--features: unknown feature &apos;%1&apos; (expected: %2)</source>
        <translation>--features：未知的功能“%1”（应为：%2）</translation>
    </message>
    <message>
        <source>%1: file &apos;%2&apos; does not exist</source>
        <translation>%1：文件“%2”不存在</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a readable file</source>
        <translation>%1：“%2”不是可读取的文件</translation>
    </message>
    <message>
        <source>--proxy, --no-proxy and --pac exclude each other</source>
        <translation>--proxy、--no-proxy 和 --pac 不能同时使用</translation>
    </message>
    <message>
        <source>--pac: %1</source>
        <translation>--pac：%1</translation>
    </message>
    <message>
        <source>--proxy: %1</source>
        <translation>--proxy：%1</translation>
    </message>
    <message>
        <source>--proxy-auth: unknown scheme &apos;%1&apos; (expected: %2)</source>
        <translation>--proxy-auth：未知的方案“%1”（应为：%2）</translation>
    </message>
    <message>
        <source>--proxy-user needs a proxy: it cannot go with --no-proxy</source>
        <translation>--proxy-user 需要代理：不能与 --no-proxy 一起使用</translation>
    </message>
    <message>
        <source>--proxy-user: the --proxy URL names a user already; give the user once</source>
        <translation>--proxy-user：--proxy URL 中已指定用户；用户只能指定一次</translation>
    </message>
    <message>
        <source>--proxy-user: the user name is empty</source>
        <translation>--proxy-user：用户名为空</translation>
    </message>
    <message>
        <source>--proxy-as: &apos;%1&apos; is neither &apos;service&apos; nor &apos;me&apos;</source>
        <translation>--proxy-as：“%1”既不是“service”也不是“me”</translation>
    </message>
    <message>
        <source>--ca-file: &apos;%1&apos; holds no PEM certificate</source>
        <translation>--ca-file：“%1”不包含 PEM 证书</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <translation>--%1：“%2”不是 %3 到 %4 之间的整数</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not one of: %2</source>
        <translation>--format：“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>--servicebus-namespace: no namespace given</source>
        <translation>--servicebus-namespace：未指定命名空间</translation>
    </message>
    <message>
        <source>--servicebus-namespace: &apos;%1&apos;: %2</source>
        <translation>--servicebus-namespace：“%1”：%2</translation>
    </message>
    <message>
        <source>--input: &apos;%1&apos; is not NAME=VALUE</source>
        <translation>--input：“%1”不是 NAME=VALUE 格式</translation>
    </message>
    <message>
        <source>--label: &apos;%1&apos; is not KEY=VALUE with a key of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>--label：“%1”不是 KEY=VALUE 格式，或键中含有字母、数字、“.”、“_”或“-”以外的字符</translation>
    </message>
    <message>
        <source>--label: &apos;%1&apos; is given more than once</source>
        <translation>--label：“%1”指定了多次</translation>
    </message>
    <message>
        <source>--region: Microsoft&apos;s list of namespaces by region is for the public cloud&apos;s desktop flows runtime; for the %1 cloud give your namespace with --servicebus-namespace</source>
        <translation>--region：Microsoft 按区域列出的命名空间列表适用于公有云的桌面流运行时；对于 %1 云，请使用 --servicebus-namespace 指定你的命名空间</translation>
    </message>
    <message>
        <source>--region: unknown region &apos;%1&apos; (expected one of: %2)</source>
        <translation>--region：未知的区域“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>Language of the wizard, the output and the reports: %1 (default: the system&apos;s language).</source>
        <extracomment>%1 the language codes, kept as they are</extracomment>
        <translation>向导、输出和报告的语言：%1（默认：系统语言）。</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not a language of Netready; use one of %2</source>
        <extracomment>%1 what was given, %2 the language codes, kept as they are</extracomment>
        <translation>--lang：“%1”不是 Netready 的语言；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>--proxy: other users of this machine can read the password in the URL in its list of processes; give the user with --proxy-user and the password in NETREADY_PROXY_PASSWORD, or type it when asked</source>
        <translation>--proxy：此计算机的其他用户可以在进程列表中读取 URL 中的密码；请使用 --proxy-user 提供用户，并在 NETREADY_PROXY_PASSWORD 中提供密码，或在系统提示时输入密码</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>&amp;Save comparison…</source>
        <translation>保存比较(&amp;S)…</translation>
    </message>
    <message>
        <source>HTML comparison (*.html)</source>
        <translation>HTML 比较 (*.html)</translation>
    </message>
    <message>
        <source>PDF comparison (*.pdf)</source>
        <translation>PDF 比较 (*.pdf)</translation>
    </message>
    <message>
        <source>JSON comparison (*.json)</source>
        <translation>JSON 比较 (*.json)</translation>
    </message>
    <message>
        <source>Text comparison (*.txt)</source>
        <translation>文本比较 (*.txt)</translation>
    </message>
    <message>
        <source>Save comparison</source>
        <translation>保存比较</translation>
    </message>
    <message>
        <source>Comparison not saved</source>
        <translation>未保存比较</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>ComparisonFiles</name>
    <message>
        <source>could not write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>unknown extension</source>
        <translation>未知的扩展名</translation>
    </message>
</context>
<context>
    <name>ComparisonHtml</name>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>之前：%1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>之后：%1</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>终结点</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>ComparisonText</name>
    <message>
        <source>Before: %1</source>
        <translation>之前：%1</translation>
    </message>
    <message>
        <source>After:  %1</source>
        <translation>之后：%1</translation>
    </message>
</context>
<context>
    <name>ComparisonWording</name>
    <message>
        <source>name resolution</source>
        <translation>名称解析</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>Netready comparison of two reports</source>
        <translation>Netready 两个报告的比较</translation>
    </message>
    <message>
        <source>Broke: passed before, fails now</source>
        <translation>新问题：之前通过，现在失败</translation>
    </message>
    <message>
        <source>Fixed: failed before, passes now</source>
        <translation>已修复：之前失败，现在通过</translation>
    </message>
    <message>
        <source>Still failing</source>
        <translation>仍然失败</translation>
    </message>
    <message>
        <source>Changed severity</source>
        <translation>严重性已更改</translation>
    </message>
    <message>
        <source>Only in the later report</source>
        <translation>仅在较晚的报告中</translation>
    </message>
    <message>
        <source>Only in the earlier report</source>
        <translation>仅在较早的报告中</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>%1 passed before (%2) and fails now: %3.</source>
        <translation>%1 之前通过 (%2)，现在失败：%3。</translation>
    </message>
    <message>
        <source>%1 failed before (%2) and passes now (%3).</source>
        <translation>%1 之前失败 (%2)，现在通过 (%3)。</translation>
    </message>
    <message>
        <source>%1 still fails the same way: %2.</source>
        <translation>%1 仍以相同方式失败：%2。</translation>
    </message>
    <message>
        <source>it gets further now: %1 passes, %2 stops it</source>
        <translation>现在进展更远：%1 已通过，在 %2 处受阻</translation>
    </message>
    <message>
        <source>it fails earlier now, at %1</source>
        <translation>现在更早失败，在 %1 处</translation>
    </message>
    <message>
        <source>it fails differently at %1</source>
        <translation>在 %1 处以不同方式失败</translation>
    </message>
    <message>
        <source>%1 still fails: %2 → %3; %4.</source>
        <translation>%1 仍然失败：%2 → %3；%4。</translation>
    </message>
    <message>
        <source>%1 changed from %2 (%3) to %4 (%5).</source>
        <translation>%1 从 %2 (%3) 变为 %4 (%5)。</translation>
    </message>
    <message>
        <source>%1 is checked only in the later report: %2 (%3).</source>
        <translation>%1 仅在较晚的报告中检查：%2 (%3)。</translation>
    </message>
    <message>
        <source>%1 was checked only in the earlier report: %2 (%3).</source>
        <translation>%1 仅在较早的报告中检查：%2 (%3)。</translation>
    </message>
    <message>
        <source>%1 is unchanged: %2 (%3).</source>
        <translation>%1 未更改：%2 (%3)。</translation>
    </message>
    <message>
        <source>The verdict is unchanged: %1.</source>
        <translation>结论未更改：%1。</translation>
    </message>
    <message>
        <source>The verdict changed from %1 to %2.</source>
        <translation>结论从 %1 变为 %2。</translation>
    </message>
    <message>
        <source>The reports come from different machines: %1 before, %2 now.</source>
        <translation>这两个报告来自不同的计算机：之前是 %1，现在是 %2。</translation>
    </message>
    <message>
        <source>The cloud differs: %1 before, %2 now.</source>
        <translation>云不同：之前是 %1，现在是 %2。</translation>
    </message>
    <message>
        <source>The features differ: %1 before, %2 now.</source>
        <translation>功能不同：之前是 %1，现在是 %2。</translation>
    </message>
    <message>
        <source>The catalogs differ: %1 before, %2 now.</source>
        <translation>目录不同：之前是 %1，现在是 %2。</translation>
    </message>
    <message>
        <source>The proxy differs: %1 before, %2 now.</source>
        <translation>代理不同：之前是 %1，现在是 %2。</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>The later report was started before the earlier one: are they in the right order?</source>
        <translation>较晚的报告开始时间早于较早的报告：顺序是否正确？</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message numerus="yes">
        <source>Unchanged checks: %n.</source>
        <translation>
            <numerusform>未更改的检查：%n 项。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComponentProxies</name>
    <message>
        <source>The proxy settings of Power Automate&apos;s components were not read: they exist only on Windows. The system proxy stands in for every component.</source>
        <translation>未读取 Power Automate 组件的代理设置：这些设置仅存在于 Windows 上。所有组件均以系统代理代替。</translation>
    </message>
</context>
<context>
    <name>ComponentProxy</name>
    <message>
        <source>you</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Power Automate for desktop (you)</source>
        <translation>Power Automate 桌面版（你）</translation>
    </message>
    <message>
        <source>desktop flows service</source>
        <translation>桌面流服务</translation>
    </message>
    <message>
        <source>desktop flows log shipper</source>
        <translation>桌面流日志传送程序</translation>
    </message>
    <message>
        <source>desktop flows update service</source>
        <translation>桌面流更新服务</translation>
    </message>
    <message>
        <source>gateway service</source>
        <translation>网关服务</translation>
    </message>
    <message>
        <source>gateway configurator (you)</source>
        <translation>网关配置程序（你）</translation>
    </message>
    <message>
        <source>gateway data-source engine</source>
        <translation>网关数据源引擎</translation>
    </message>
    <message>
        <source>direct (no proxy)</source>
        <translation>直接（无代理）</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>代理 %1</translation>
    </message>
    <message>
        <source>PAC file %1</source>
        <translation>PAC 文件 %1</translation>
    </message>
    <message>
        <source>the system proxy settings</source>
        <translation>系统代理设置</translation>
    </message>
    <message>
        <source>your Windows proxy settings</source>
        <translation>你的 Windows 代理设置</translation>
    </message>
    <message>
        <source>registry %1</source>
        <translation>注册表 %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <source>the machine&apos;s WinHTTP proxy (netsh winhttp show proxy)</source>
        <translation>计算机的 WinHTTP 代理 (netsh winhttp show proxy)</translation>
    </message>
    <message>
        <source>no Power Automate setting: Windows proxy of the signed-in user, %1</source>
        <translation>无 Power Automate 设置：使用已登录用户的 Windows 代理，%1</translation>
    </message>
    <message>
        <source>no Power Automate setting: Windows proxy of the signed-in user</source>
        <translation>无 Power Automate 设置：使用已登录用户的 Windows 代理</translation>
    </message>
    <message>
        <source>not read: Power Automate keeps its proxy settings only on Windows; the system proxy stands in</source>
        <translation>未读取：Power Automate 仅在 Windows 上保存其代理设置；以系统代理代替</translation>
    </message>
</context>
<context>
    <name>ComponentProxyLookup</name>
    <message>
        <source>The proxy settings of Power Automate&apos;s components were not read within %1 s. The system proxy stands in for every component.</source>
        <translation>未能在 %1 秒内读取 Power Automate 组件的代理设置。所有组件均以系统代理代替。</translation>
    </message>
</context>
<context>
    <name>ComponentProxyResolver</name>
    <message>
        <source>%1: &apos;%2&apos; lacks the http:// prefix, so Power Automate rejects it</source>
        <translation>%1：“%2”缺少 http:// 前缀，因此 Power Automate 会拒绝它</translation>
    </message>
    <message>
        <source>%1: bypass entry &apos;%2&apos; starts with &apos;*&apos;, which Power Automate rejects</source>
        <translation>%1：绕过条目“%2”以“*”开头，Power Automate 会拒绝它</translation>
    </message>
    <message>
        <source>found by automatic detection or a script for make.powerautomate.com</source>
        <translation>通过自动检测或脚本为 make.powerautomate.com 找到</translation>
    </message>
    <message>
        <source>%1 is not valid XML (%2) and is ignored</source>
        <translation>%1 不是有效的 XML (%2)，已忽略</translation>
    </message>
    <message>
        <source>%1: scriptLocation is ignored unless the registry value EnablePacProxy is 1</source>
        <translation>%1：除非注册表值 EnablePacProxy 为 1，否则将忽略 scriptLocation</translation>
    </message>
    <message>
        <source>registry value %1 is set only under WOW6432Node (the 32-bit view), where Power Automate does not read it</source>
        <translation>注册表值 %1 仅在 WOW6432Node（32 位视图）下设置，而 Power Automate 不会从该位置读取</translation>
    </message>
    <message>
        <source>Power Automate&apos;s components take different routes: %1. Give all four *.Proxy.config files (or the registry values) the same settings.</source>
        <translation>Power Automate 的组件使用不同的路由：%1。请为全部四个 *.Proxy.config 文件（或注册表值）设置相同的配置。</translation>
    </message>
    <message>
        <source>The gateway&apos;s components take different routes: %1. Give its three configuration files the same &lt;defaultProxy&gt; settings.</source>
        <translation>网关的组件使用不同的路由：%1。请为其三个配置文件设置相同的 &lt;defaultProxy&gt; 配置。</translation>
    </message>
</context>
<context>
    <name>ComponentRoutes</name>
    <message>
        <source>%1: %2 (from %3)</source>
        <translation>%1：%2（来自 %3）</translation>
    </message>
    <message>
        <source>Power Automate&apos;s proxy settings</source>
        <translation>Power Automate 的代理设置</translation>
    </message>
    <message>
        <source>the proxy setting given for this run, not the route of the %1 (%2)</source>
        <translation>为本次运行指定的代理设置，而非%1的路由 (%2)</translation>
    </message>
    <message>
        <source>the system proxy, standing in for the %1: its own settings were not read</source>
        <translation>系统代理，代替%1：未读取其自身的设置</translation>
    </message>
    <message>
        <source>tested as you (your system proxy), not along the route of the %1: %2</source>
        <translation>以你的身份（你的系统代理）测试，而非沿%1的路由：%2</translation>
    </message>
    <message>
        <source>the route of the %1</source>
        <translation>%1的路由</translation>
    </message>
    <message>
        <source>its proxy &apos;%1&apos; cannot be used (%2); the system proxy stands in</source>
        <translation>无法使用其代理“%1”(%2)；以系统代理代替</translation>
    </message>
    <message>
        <source>its PAC file &apos;%1&apos; cannot be used (%2); the system proxy stands in</source>
        <translation>无法使用其 PAC 文件“%1”(%2)；以系统代理代替</translation>
    </message>
    <message>
        <source>Power Automate for desktop and its services must reach the cloud the same way, or flows work while you are signed in and fail when nobody is.</source>
        <translation>Power Automate 桌面版及其服务必须以相同的方式访问云，否则流在你登录时可以运行，而在无人登录时会失败。</translation>
    </message>
    <message>
        <source>Power Automate for desktop and its services take the same route</source>
        <translation>Power Automate 桌面版及其服务使用相同的路由</translation>
    </message>
    <message>
        <source>Power Automate ignores proxy settings it cannot parse and connects another way.</source>
        <translation>Power Automate 会忽略无法解析的代理设置，并改用其他方式连接。</translation>
    </message>
    <message>
        <source>Power Automate would accept every proxy setting found</source>
        <translation>Power Automate 会接受找到的所有代理设置</translation>
    </message>
    <message>
        <source>The gateway&apos;s service, its configurator and its mashup engine must reach the cloud the same way, or the gateway registers while you configure it and goes offline as a service.</source>
        <translation>网关服务、其配置程序和其混合引擎必须以相同的方式访问云；否则网关在你配置时可以注册，作为服务运行时却处于脱机状态。</translation>
    </message>
    <message>
        <source>The gateway&apos;s configuration files were not found (it is not installed here): its service will take the machine&apos;s route</source>
        <translation>未找到网关的配置文件（此计算机上未安装网关）：其服务将使用计算机的路由</translation>
    </message>
    <message>
        <source>The gateway&apos;s components take the same route</source>
        <translation>网关的组件使用相同的路由</translation>
    </message>
</context>
<context>
    <name>ConnectToRule</name>
    <message>
        <source>--connect-to &apos;%1&apos;: %2</source>
        <translation>--connect-to“%1”：%2</translation>
    </message>
    <message>
        <source>expected HOST:PORT:CONNECT_HOST:CONNECT_PORT</source>
        <translation>应为 HOST:PORT:CONNECT_HOST:CONNECT_PORT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port (1-65535)</source>
        <translation>“%1”不是端口 (1-65535)</translation>
    </message>
    <message>
        <source>CONNECT_HOST must not be empty</source>
        <translation>CONNECT_HOST 不能为空</translation>
    </message>
</context>
<context>
    <name>CrlInspector</name>
    <message>
        <source>a certificate (subject %1), not a revocation list</source>
        <translation>证书（使用者 %1），而不是吊销列表</translation>
    </message>
    <message>
        <source>a PEM revocation list that cannot be read</source>
        <translation>无法读取的 PEM 吊销列表</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态：%1</translation>
    </message>
    <message>
        <source>Content-Type: %1</source>
        <translation>Content-Type：%1</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>大小：%1 字节</translation>
    </message>
    <message>
        <source>The answer is larger than 20 MB and was cut; no revocation list is that large</source>
        <translation>应答大于 20 MB，已被截断；没有这么大的吊销列表</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 instead of a revocation list (the body was %2)</source>
        <translation>服务器应答的是 HTTP %1，而不是吊销列表（正文为%2）</translation>
    </message>
    <message>
        <source>The answer is not a revocation list but %1</source>
        <translation>应答不是吊销列表，而是%1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>格式：%1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>颁发者：%1</translation>
    </message>
    <message>
        <source>This update: %1</source>
        <translation>本次更新：%1</translation>
    </message>
    <message>
        <source>Next update: %1</source>
        <translation>下次更新：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Revoked entries: %1</source>
        <translation>已吊销条目：%1</translation>
    </message>
    <message>
        <source>Revoked serial: %1 at %2</source>
        <translation>已吊销序列号：%1，吊销时间 %2</translation>
    </message>
    <message>
        <source>Signature: not checked (the expected issuer certificate cannot be read)</source>
        <translation>签名：未检查（无法读取预期的颁发者证书）</translation>
    </message>
    <message>
        <source>The revocation list comes from %1, not from the expected issuer %2</source>
        <translation>吊销列表来自 %1，而不是预期的颁发者 %2</translation>
    </message>
    <message>
        <source>Verification error: %1</source>
        <translation>验证错误：%1</translation>
    </message>
    <message>
        <source>The revocation list names the expected issuer %1 but its signature does not verify with the issuer&apos;s key</source>
        <translation>吊销列表指明了预期的颁发者 %1，但无法用该颁发者的密钥验证其签名</translation>
    </message>
    <message>
        <source>Signature: verified with the issuer&apos;s key</source>
        <translation>签名：已使用颁发者的密钥验证</translation>
    </message>
    <message>
        <source>Signature: not checked (no issuer certificate known)</source>
        <translation>签名：未检查（颁发者证书未知）</translation>
    </message>
    <message>
        <source>The revocation list from %1 is out of date: its next update was due %2 (this update %3); Windows will not accept it</source>
        <translation>来自 %1 的吊销列表已过期：其下次更新应在 %2（本次更新 %3）；Windows 不会接受它</translation>
    </message>
    <message>
        <source>This update lies in the future: is the local clock behind?</source>
        <translation>本次更新时间在将来：本地时钟是否慢了？</translation>
    </message>
    <message numerus="yes">
        <source>(%n more revoked entries not listed)</source>
        <translation>
            <numerusform>（另有 %n 个已吊销条目未列出）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes follow the revocation list</source>
        <translation>
            <numerusform>吊销列表之后还有 %n 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revocation list from %1: this update %2, next update %3, %n entries, %4 bytes</source>
        <extracomment>%1 the list&apos;s issuer, %2 and %3 times, %n how many revoked certificates it lists, %4 its size in bytes</extracomment>
        <translation>
            <numerusform>来自 %1 的吊销列表：本次更新 %2，下次更新 %3，%n 个条目，%4 字节</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurlLibrary</name>
    <message>
        <source>libcurl (%1), which Netready authenticates at proxies with, could not be loaded: Netready&apos;s installation is incomplete</source>
        <translation>无法加载 Netready 用于代理身份验证的 libcurl (%1)：Netready 的安装不完整</translation>
    </message>
    <message>
        <source>libcurl (%1), which Netready authenticates at proxies with, could not be loaded: install it (on Debian and Ubuntu, the package libcurl4)</source>
        <translation>无法加载 Netready 用于代理身份验证的 libcurl (%1)：请安装它（在 Debian 和 Ubuntu 上为软件包 libcurl4）</translation>
    </message>
    <message>
        <source>Install Netready again: its folder lacks %1 (libcurl), which it authenticates at proxies with.</source>
        <translation>请重新安装 Netready：其文件夹中缺少用于代理身份验证的 %1 (libcurl)。</translation>
    </message>
    <message>
        <source>Install libcurl 4, which Netready authenticates at proxies with (on Debian and Ubuntu: apt install libcurl4).</source>
        <translation>请安装 Netready 用于代理身份验证的 libcurl 4（在 Debian 和 Ubuntu 上：apt install libcurl4）。</translation>
    </message>
</context>
<context>
    <name>Diagnoses</name>
    <message>
        <source>Reachable</source>
        <translation>可访问</translation>
    </message>
    <message>
        <source>Name not resolved (DNS)</source>
        <translation>名称未解析 (DNS)</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>Connection timed out (dropped by a firewall?)</source>
        <translation>连接超时（被防火墙丢弃？）</translation>
    </message>
    <message>
        <source>Network unreachable</source>
        <translation>网络不可访问</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>证书不受信任</translation>
    </message>
    <message>
        <source>Certificate is for another name</source>
        <translation>证书用于其他名称</translation>
    </message>
    <message>
        <source>TLS inspection replaced the certificate</source>
        <translation>TLS 检查替换了证书</translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation>证书已过期</translation>
    </message>
    <message>
        <source>Certificate not valid yet</source>
        <translation>证书尚未生效</translation>
    </message>
    <message>
        <source>Intermediate certificate missing</source>
        <translation>缺少中间证书</translation>
    </message>
    <message>
        <source>Only outdated TLS versions offered</source>
        <translation>仅提供过时的 TLS 版本</translation>
    </message>
    <message>
        <source>No cipher in common</source>
        <translation>没有共同的密码套件</translation>
    </message>
    <message>
        <source>Blocked by a filtering device</source>
        <translation>被筛选设备阻止</translation>
    </message>
    <message>
        <source>No HTTP answer</source>
        <translation>没有 HTTP 应答</translation>
    </message>
    <message>
        <source>HTTP answer timed out</source>
        <translation>HTTP 应答超时</translation>
    </message>
    <message>
        <source>Proxy not reachable</source>
        <translation>无法访问代理</translation>
    </message>
    <message>
        <source>Proxy requires authentication</source>
        <translation>代理要求身份验证</translation>
    </message>
    <message>
        <source>Proxy refused the connection</source>
        <translation>代理拒绝了连接</translation>
    </message>
    <message>
        <source>Proxy does not speak HTTP</source>
        <translation>代理不使用 HTTP 协议</translation>
    </message>
    <message>
        <source>Proxy auto-config script failed</source>
        <translation>代理自动配置脚本失败</translation>
    </message>
    <message>
        <source>WebSocket upgrade blocked</source>
        <translation>WebSocket 升级被阻止</translation>
    </message>
    <message>
        <source>Local clock is off</source>
        <translation>本地时钟不准确</translation>
    </message>
    <message>
        <source>Power Automate&apos;s components use different proxies</source>
        <translation>Power Automate 的组件使用不同的代理</translation>
    </message>
    <message>
        <source>Power Automate would reject or ignore a proxy setting</source>
        <translation>Power Automate 会拒绝或忽略某个代理设置</translation>
    </message>
    <message>
        <source>Answer is not a revocation list</source>
        <translation>应答不是吊销列表</translation>
    </message>
    <message>
        <source>Revocation list is out of date</source>
        <translation>吊销列表已过期</translation>
    </message>
    <message>
        <source>Revocation list download too slow</source>
        <translation>吊销列表下载太慢</translation>
    </message>
    <message>
        <source>Answer is not a valid OCSP response</source>
        <translation>应答不是有效的 OCSP 响应</translation>
    </message>
    <message>
        <source>OCSP answer is out of date</source>
        <translation>OCSP 应答已过期</translation>
    </message>
    <message>
        <source>OCSP responder reports an error</source>
        <translation>OCSP 响应程序报告了错误</translation>
    </message>
    <message>
        <source>OCSP answer too slow</source>
        <translation>OCSP 应答太慢</translation>
    </message>
    <message>
        <source>Needs your input</source>
        <translation>需要你的输入</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>DotNetProxyConfig</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>EndpointListCommand</name>
    <message>
        <source>Endpoints for %1: %2</source>
        <translation>%1 的终结点：%2</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>目录：%1</translation>
    </message>
    <message>
        <source>The catalog lists no endpoint for this selection.</source>
        <translation>目录中没有适用于此选择的终结点。</translation>
    </message>
    <message>
        <source>Allowlist</source>
        <translation>允许列表</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>(URL %1)</source>
        <extracomment>after an endpoint in the list: the URL a check fetches</extracomment>
        <translation>(URL %1)</translation>
    </message>
    <message>
        <source>(listed by Microsoft, retired by its owner)</source>
        <extracomment>after an endpoint in the list</extracomment>
        <translation>（由 Microsoft 列出，已被其所有者停用）</translation>
    </message>
    <message>
        <source>(a check needs your value for {%1})</source>
        <extracomment>after an endpoint in the list; %1 a placeholder name such as dataverse, kept as it is</extracomment>
        <translation>（某项检查需要你提供 {%1} 的值）</translation>
    </message>
    <message>
        <source>Relay namespaces of the %1 region</source>
        <translation>%1 区域的中继命名空间</translation>
    </message>
    <message>
        <source>The selection has no relay check of the desktop flows runtime: the region&apos;s namespaces apply to desktop flows.</source>
        <translation>所选内容中没有桌面流运行时的中继检查：该区域的命名空间适用于桌面流。</translation>
    </message>
    <message>
        <source>Allow these instead of %1 (TCP %2); source: %3, %4</source>
        <translation>允许这些主机，而不是 %1 (TCP %2)；来源：%3，%4</translation>
    </message>
    <message>
        <source>(preview environments)</source>
        <translation>（预览环境）</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <extracomment>%1 a cloud code, %2 a feature code (both kept as they are), %3 counts of endpoints and hosts</extracomment>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>%1 · all selected: %2</source>
        <extracomment>%1 a cloud code (kept as it is), %2 counts of endpoints and hosts</extracomment>
        <translation>%1 · 全部所选：%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 a count of endpoints (&quot;12 endpoints&quot;), %2 a count of hosts (&quot;9 hosts&quot;)</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoints</source>
        <translation>
            <numerusform>%n 个终结点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hosts</source>
        <translation>
            <numerusform>%n 个主机</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointParser</name>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 不是对象</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an id (up to 100 letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit)</source>
        <translation>“%1”不是 id（最多 100 个字母、数字、“.”、“-”和“_”，以字母或数字开头）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name (a wildcard is allowed only as a leading &apos;*.&apos; before a domain)</source>
        <translation>“%1”不是主机名（通配符只能以“*.”形式出现在域名前面）</translation>
    </message>
    <message>
        <source>required for the wildcard host &apos;%1&apos;: give a concrete host under it, or a placeholder such as {dataverse} that the user fills in</source>
        <translation>通配符主机“%1”需要此项：请指定其下的具体主机，或由用户填写的占位符，例如 {dataverse}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a host name nor a placeholder such as {servicebus-namespace}</source>
        <translation>“%1”既不是主机名，也不是 {servicebus-namespace} 之类的占位符</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the apex of &apos;%2&apos;, not a host under it (a firewall may allow one and not the other; give a host below it, or list the apex as an endpoint of its own)</source>
        <translation>“%1”是“%2”的顶级域本身，而不是其下的主机（防火墙可能允许其中一个而不允许另一个；请指定其下的主机，或将该顶级域作为单独的终结点列出）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host under &apos;%2&apos;</source>
        <translation>“%1”不是“%2”下的主机</translation>
    </message>
    <message>
        <source>&apos;%1&apos; differs from the host &apos;%2&apos; (a concrete host is tested as itself)</source>
        <translation>“%1”与主机“%2”不同（具体主机按其自身测试）</translation>
    </message>
    <message>
        <source>give either port or ports, not both</source>
        <translation>请指定 port 或 ports 之一，不要同时指定</translation>
    </message>
    <message>
        <source>a port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>required field is missing (or give ports)</source>
        <translation>缺少必填字段（或指定 ports）</translation>
    </message>
    <message>
        <source>lists %1 ports (at most %2)</source>
        <translation>列出了 %1 个端口（最多 %2 个）</translation>
    </message>
    <message>
        <source>port %1 is listed twice</source>
        <translation>端口 %1 列出了两次</translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos; (expected one of: %2)</source>
        <translation>未知的协议“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>unknown cloud %1 (expected one of: %2)</source>
        <translation>未知的云 %1（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>unknown feature %1 (expected one of: %2)</source>
        <translation>未知的功能 %1（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>only crl and ocsp endpoints take this field</source>
        <translation>仅 crl 和 ocsp 终结点接受此字段</translation>
    </message>
    <message>
        <source>only ocsp endpoints take this field</source>
        <translation>仅 ocsp 终结点接受此字段</translation>
    </message>
    <message>
        <source>required for protocol %1 (the %2)</source>
        <translation>协议 %1 需要此项（%2）</translation>
    </message>
    <message>
        <source>CRL to download</source>
        <translation>要下载的 CRL</translation>
    </message>
    <message>
        <source>OCSP responder</source>
        <translation>OCSP 响应程序</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// URL (revocation is checked over plain HTTP)</source>
        <translation>“%1”不是 http:// URL（吊销检查通过纯 HTTP 进行）</translation>
    </message>
    <message>
        <source>the URL&apos;s host &apos;%1&apos; is not the endpoint&apos;s host &apos;%2&apos;</source>
        <translation>URL 的主机“%1”不是终结点的主机“%2”</translation>
    </message>
    <message>
        <source>the URL&apos;s port %1 is not among the endpoint&apos;s ports</source>
        <translation>URL 的端口 %1 不在终结点的端口之中</translation>
    </message>
    <message>
        <source>required with certificate (an OCSP request names the issuer)</source>
        <translation>与 certificate 一起时为必填（OCSP 请求需指明颁发者）</translation>
    </message>
    <message>
        <source>not a PEM certificate (-----BEGIN CERTIFICATE----- ...)</source>
        <translation>不是 PEM 证书 (-----BEGIN CERTIFICATE----- ...)</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (expected current or retired)</source>
        <translation>未知的状态“%1”（应为 current 或 retired）</translation>
    </message>
    <message numerus="yes">
        <source>holds %n certificates; give exactly one</source>
        <translation>
            <numerusform>包含 %n 个证书；请只指定一个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngineRun</name>
    <message>
        <source>the run was cancelled before this check finished</source>
        <translation>此检查完成之前运行已被取消</translation>
    </message>
    <message>
        <source>Revocation path of the certificate chain of %1 (%2).</source>
        <translation>%1 (%2) 证书链的吊销检查路径。</translation>
    </message>
    <message>
        <source>%1 extension of a certificate presented by %2</source>
        <translation>%2 提供的证书的 %1 扩展</translation>
    </message>
    <message>
        <source>local clock</source>
        <translation>本地时钟</translation>
    </message>
    <message>
        <source>Sign-in tokens are rejected when the clock is off by more than 5 minutes.</source>
        <translation>当时钟偏差超过 5 分钟时，登录令牌将被拒绝。</translation>
    </message>
    <message>
        <source>this machine&apos;s clock is %1 min %2 s behind the servers&apos; (compared with %3)</source>
        <extracomment>%1 minutes and %2 seconds; %3 the servers&apos; host names</extracomment>
        <translation>此计算机的时钟比服务器慢 %1 分 %2 秒（与 %3 比较）</translation>
    </message>
    <message>
        <source>this machine&apos;s clock is %1 min %2 s ahead of the servers&apos; (compared with %3)</source>
        <extracomment>%1 minutes and %2 seconds; %3 the servers&apos; host names</extracomment>
        <translation>此计算机的时钟比服务器快 %1 分 %2 秒（与 %3 比较）</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Cloud flows</source>
        <translation>云端流</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>移动应用</translation>
    </message>
    <message>
        <source>Desktop flows runtime</source>
        <translation>桌面流运行时</translation>
    </message>
    <message>
        <source>On-premises data gateway</source>
        <translation>本地数据网关</translation>
    </message>
    <message>
        <source>Designing and running flows in the browser: sign-in, portal, connectors.</source>
        <translation>在浏览器中设计和运行流：登录、门户、连接器。</translation>
    </message>
    <message>
        <source>The Power Automate app on phones and tablets.</source>
        <translation>手机和平板电脑上的 Power Automate 应用。</translation>
    </message>
    <message>
        <source>Power Automate for desktop on this machine: attended and unattended runs.</source>
        <translation>此计算机上的 Power Automate 桌面版：有人参与和无人参与的运行。</translation>
    </message>
    <message>
        <source>The on-premises data gateway, connecting cloud flows to local data.</source>
        <translation>本地数据网关，将云端流连接到本地数据。</translation>
    </message>
</context>
<context>
    <name>FeaturesPage</name>
    <message>
        <source>Your tenant</source>
        <translation>你的租户</translation>
    </message>
    <message>
        <source>Which features do you use?</source>
        <translation>你使用哪些功能？</translation>
    </message>
    <message>
        <source>Netready checks the endpoints of the features you select. Select all that this machine needs.</source>
        <translation>Netready 会检查所选功能的终结点。请选择此计算机需要的所有功能。</translation>
    </message>
    <message>
        <source>&amp;Environment URL:</source>
        <translation>环境 URL(&amp;E)：</translation>
    </message>
    <message>
        <source>Optional. Leave empty to skip the checks of your own environment.</source>
        <translation>可选。留空可跳过对你自己环境的检查。</translation>
    </message>
    <message>
        <source>Service Bus name&amp;spaces:</source>
        <translation>服务总线命名空间(&amp;S)：</translation>
    </message>
    <message>
        <source>The namespaces your desktop flows runtime or gateway uses. Optional; separate several with commas.</source>
        <translation>你的桌面流运行时或网关使用的命名空间。可选；多个命名空间用逗号分隔。</translation>
    </message>
    <message>
        <source>Other hosts of your tenant</source>
        <translation>你的租户的其他主机</translation>
    </message>
    <message>
        <source>Desktop flows &amp;region:</source>
        <translation>桌面流区域(&amp;R)：</translation>
    </message>
    <message>
        <source>Desktop flows region</source>
        <translation>桌面流区域</translation>
    </message>
    <message>
        <source>No region (one namespace)</source>
        <translation>无区域（一个命名空间）</translation>
    </message>
    <message>
        <source>%1 (namespaces: %2)</source>
        <translation>%1（命名空间：%2）</translation>
    </message>
    <message>
        <source>Tests every Service Bus namespace Microsoft lists for the desktop flows runtime of this region (public cloud), so your firewall can allow those instead of *.servicebus.windows.net.</source>
        <translation>测试 Microsoft 为此区域的桌面流运行时列出的每个服务总线命名空间（公有云），以便防火墙可以允许这些命名空间，而不是 *.servicebus.windows.net。</translation>
    </message>
    <message>
        <source>Optional. Your host under this wildcard, to check it too; separate several with commas.</source>
        <translation>可选。此通配符下你的主机，以便一并检查；多个主机用逗号分隔。</translation>
    </message>
    <message>
        <source>Host under %1:</source>
        <translation>%1 下的主机：</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>&amp;Other hosts of your tenant (%1)</source>
        <translation>你的租户的其他主机(&amp;O) (%1)</translation>
    </message>
    <message>
        <source>A value under Other hosts is not valid.</source>
        <translation>“其他主机”下的某个值无效。</translation>
    </message>
    <message>
        <source>Select at least one feature.</source>
        <translation>请至少选择一项功能。</translation>
    </message>
</context>
<context>
    <name>FleetFiles</name>
    <message>
        <source>unknown extension</source>
        <translation>未知的扩展名</translation>
    </message>
    <message>
        <source>could not write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
</context>
<context>
    <name>FleetHtml</name>
    <message>
        <source>Failures per endpoint</source>
        <translation>每个终结点的失败情况</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>终结点</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Catalog id</source>
        <translation>目录 id</translation>
    </message>
    <message>
        <source>Failed on</source>
        <translation>失败的计算机</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>检查的计算机</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>计算机</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <source>Odd ones out</source>
        <translation>异常计算机</translation>
    </message>
    <message>
        <source>Endpoints that fail on a machine while at least 90 % of the machines of the same cloud and site pass them.</source>
        <translation>在某台计算机上失败、但在相同云和站点中至少 90% 的计算机上通过的终结点。</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>计算机</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Passing at the site</source>
        <translation>站点中通过的计算机</translation>
    </message>
    <message>
        <source>Machines at the site</source>
        <translation>站点中的计算机</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Click a column heading to sort by it.</source>
        <translation>单击列标题可按该列排序。</translation>
    </message>
    <message>
        <source>Files that are not readable reports</source>
        <translation>不是可读取报告的文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>FleetText</name>
    <message>
        <source>Failures per endpoint:</source>
        <translation>每个终结点的失败情况：</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  无</translation>
    </message>
    <message>
        <source>  %1: machines %2, not ready %3</source>
        <translation>  %1：计算机 %2 台，未就绪 %3 台</translation>
    </message>
    <message>
        <source>Odd ones out:</source>
        <translation>异常计算机：</translation>
    </message>
    <message>
        <source>Files that are not readable reports:</source>
        <translation>不是可读取报告的文件：</translation>
    </message>
    <message numerus="yes">
        <source>  %1 %2: failed on %3 of %n machines (%4)</source>
        <extracomment>%1 an endpoint, %2 its protocol code, %3 how many machines it failed on, %n how many tested it, %4 the diagnoses</extracomment>
        <translation>
            <numerusform>  %1 %2：在 %n 台计算机中的 %3 台上失败（%4）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetWording</name>
    <message>
        <source>Netready fleet summary</source>
        <translation>Netready 多计算机汇总</translation>
    </message>
    <message>
        <source>Reports read: %1; unreadable files: %2.</source>
        <translation>已读取的报告：%1；无法读取的文件：%2。</translation>
    </message>
    <message>
        <source>Cloud %1, report schema version %2</source>
        <translation>云 %1，报告架构版本 %2</translation>
    </message>
    <message>
        <source>Machines: %1; ready: %2; not ready: %3.</source>
        <translation>计算机：%1；已就绪：%2；未就绪：%3。</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <source>no site label</source>
        <translation>无站点标签</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>By proxy</source>
        <translation>按代理</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>按站点</translation>
    </message>
    <message>
        <source>By operating system</source>
        <translation>按操作系统</translation>
    </message>
    <message>
        <source>By catalog date</source>
        <translation>按目录日期</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 %4 fails with %5 while %6 of %n machines at the site pass it.</source>
        <extracomment>%1 a machine, %2 its site, %3 an endpoint, %4 its protocol code, %5 a diagnosis, %6 how many machines pass, %n how many machines the site has</extracomment>
        <translation>
            <numerusform>%1 (%2)：%3 %4 因%5而失败，而该站点 %n 台计算机中有 %6 台通过。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>the answer arrived complete</source>
        <translation>应答已完整到达</translation>
    </message>
    <message>
        <source>the answer was cut at the size cap of %1 bytes</source>
        <translation>应答在大小上限 %1 字节处被截断</translation>
    </message>
    <message>
        <source>no HTTP answer within %1 s</source>
        <translation>%1 秒内没有 HTTP 应答</translation>
    </message>
    <message>
        <source>the answer was still incomplete after %1 s (%2 bytes of headers)</source>
        <translation>%1 秒后应答仍不完整（标头 %2 字节）</translation>
    </message>
    <message>
        <source>the download was still running after %1 s: %2 of %3 bytes</source>
        <translation>%1 秒后下载仍在进行：%3 字节中的 %2 字节</translation>
    </message>
    <message>
        <source>the download was still running after %1 s: %2 bytes so far</source>
        <translation>%1 秒后下载仍在进行：目前已下载 %2 字节</translation>
    </message>
    <message>
        <source>the connection was closed without an answer</source>
        <translation>连接在没有应答的情况下被关闭</translation>
    </message>
    <message>
        <source>the connection was closed after %1 bytes, before the headers ended</source>
        <translation>连接在 %1 字节后、标头结束前被关闭</translation>
    </message>
    <message>
        <source>the connection was closed after %1 of %2 bytes of the body</source>
        <translation>连接在正文 %2 字节中的 %1 字节后被关闭</translation>
    </message>
    <message>
        <source>the connection was closed after the answer (%1 bytes)</source>
        <translation>连接在应答后被关闭（%1 字节）</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the connection closed without an answer</source>
        <translation>连接在没有应答的情况下关闭</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the headers</source>
        <translation>连接在标头中途关闭</translation>
    </message>
    <message>
        <source>the answer is not HTTP</source>
        <translation>应答不是 HTTP</translation>
    </message>
    <message>
        <source>the headers are larger than 64 KiB</source>
        <translation>标头大于 64 KiB</translation>
    </message>
    <message>
        <source>the Content-Length header is invalid</source>
        <translation>Content-Length 标头无效</translation>
    </message>
    <message>
        <source>a chunk header is malformed</source>
        <translation>某个分块标头格式不正确</translation>
    </message>
</context>
<context>
    <name>JUnitReportWriter</name>
    <message>
        <source>Remedy: %1</source>
        <translation>补救措施：%1</translation>
    </message>
    <message>
        <source>Answered by: %1</source>
        <translation>应答方：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>unknown key (allowed: %1)</source>
        <translation>未知的键（允许：%1）</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 不是字符串</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>%1 is not an array</source>
        <translation>%1 不是数组</translation>
    </message>
    <message>
        <source>must not be an empty array</source>
        <translation>不能为空数组</translation>
    </message>
    <message>
        <source>%1 is not %2 (%3)</source>
        <translation>%1 不是%2 (%3)</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>偏移量 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>顶层必须是对象</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>A new language applies when Netready starts again.</source>
        <translation>新语言将在 Netready 下次启动时生效。</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <extracomment>a menu entry; %1 the name of the system&apos;s language in itself, e.g. &quot;Deutsch&quot;</extracomment>
        <translation>系统语言 (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Netready will be in %1 the next time it starts. This window stays in the current language.</source>
        <extracomment>%1 the chosen language&apos;s name in itself, e.g. &quot;Français&quot;</extracomment>
        <translation>Netready 下次启动时将使用 %1。此窗口仍使用当前语言。</translation>
    </message>
</context>
<context>
    <name>LogonIdentity</name>
    <message>
        <source>no Kerberos ticket for this user</source>
        <translation>此用户没有 Kerberos 票证</translation>
    </message>
    <message>
        <source>no Kerberos ticket for this user (%1)</source>
        <translation>此用户没有 Kerberos 票证 (%1)</translation>
    </message>
    <message>
        <source>the Kerberos ticket cannot be read (%1)</source>
        <translation>无法读取 Kerberos 票证 (%1)</translation>
    </message>
    <message>
        <source>the Kerberos ticket has expired</source>
        <translation>Kerberos 票证已过期</translation>
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
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>About Netready</source>
        <translation>关于 Netready</translation>
    </message>
    <message>
        <source>Shows the version of Netready and its homepage</source>
        <translation>显示 Netready 的版本及其主页</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Chooses the language Netready uses the next time it starts</source>
        <translation>选择 Netready 下次启动时使用的语言</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>使用系统的代理设置(&amp;S)</translation>
    </message>
    <message>
        <source>Test &amp;desktop flows along the route of the desktop flows service</source>
        <translation>沿桌面流服务的路由测试桌面流(&amp;D)</translation>
    </message>
    <message>
        <source>Test desktop flows as me, with m&amp;y proxy settings</source>
        <translation>以我的身份、使用我的代理设置测试桌面流(&amp;Y)</translation>
    </message>
    <message>
        <source>Direct connection, n&amp;o proxy</source>
        <translation>直接连接，不使用代理(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Manual proxy</source>
        <translation>手动代理(&amp;M)</translation>
    </message>
    <message>
        <source>Automatic configuration scr&amp;ipt</source>
        <translation>自动配置脚本(&amp;I)</translation>
    </message>
    <message>
        <source>Also check the re&amp;vocation path of each TLS chain</source>
        <translation>同时检查每条 TLS 链的吊销路径(&amp;V)</translation>
    </message>
    <message>
        <source>How does this machine reach the internet?</source>
        <translation>此计算机如何访问 Internet？</translation>
    </message>
    <message>
        <source>Power Automate uses the system&apos;s proxy settings. Change them here only to test another way.</source>
        <translation>Power Automate 使用系统的代理设置。仅当要测试其他方式时才在此处更改。</translation>
    </message>
    <message>
        <source>&amp;Run checks</source>
        <translation>运行检查(&amp;R)</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Detected: looking…</source>
        <translation>检测到：正在查找…</translation>
    </message>
    <message>
        <source>Power Automate&apos;s own proxy settings, as the desktop flows service reads them: registry values, then its Proxy.config file, then the machine&apos;s WinHTTP proxy. Gateway endpoints follow the gateway service&apos;s route.</source>
        <translation>Power Automate 自己的代理设置，按桌面流服务的读取顺序：注册表值，然后是其 Proxy.config 文件，然后是计算机的 WinHTTP 代理。网关终结点遵循网关服务的路由。</translation>
    </message>
    <message>
        <source>Your own Windows proxy settings, as Power Automate for desktop uses them while you are signed in.</source>
        <translation>你自己的 Windows 代理设置，即你登录时 Power Automate 桌面版所使用的设置。</translation>
    </message>
    <message>
        <source>Proxy of each Power Automate component</source>
        <translation>每个 Power Automate 组件的代理</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>代理 URL</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>代理用户名</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>代理密码</translation>
    </message>
    <message>
        <source>Proxy U&amp;RL:</source>
        <translation>代理 URL(&amp;R)：</translation>
    </message>
    <message>
        <source>Proxy authentication</source>
        <translation>代理身份验证</translation>
    </message>
    <message>
        <source>Automatic: the strongest the proxy offers</source>
        <translation>自动：代理提供的最强方案</translation>
    </message>
    <message>
        <source>Negotiate (Kerberos, signed-in user)</source>
        <translation>Negotiate（Kerberos，已登录用户）</translation>
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
        <translation>无：不进行身份验证</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>身份验证(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>DOMAIN\user; empty: the signed-in user where possible</source>
        <translation>DOMAIN\user；留空：尽可能使用已登录用户</translation>
    </message>
    <message>
        <source>The password is used for this run only and is never saved.</source>
        <translation>密码仅用于本次运行，永远不会保存。</translation>
    </message>
    <message>
        <source>http://wpad.example.com/proxy.pac or a .pac file</source>
        <translation>http://wpad.example.com/proxy.pac 或 .pac 文件</translation>
    </message>
    <message>
        <source>Automatic configuration script</source>
        <translation>自动配置脚本</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for a proxy auto-config script</source>
        <translation>浏览代理自动配置脚本</translation>
    </message>
    <message>
        <source>Proxy auto-config scripts (*.pac *.dat *.js)</source>
        <translation>代理自动配置脚本 (*.pac *.dat *.js)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Script a&amp;ddress:</source>
        <translation>脚本地址(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Advanced settings</source>
        <translation>高级设置(&amp;A)</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>高级设置</translation>
    </message>
    <message>
        <source>Extra trusted CA file</source>
        <translation>额外信任的 CA 文件</translation>
    </message>
    <message>
        <source>PEM file, e.g. your TLS inspection&apos;s root</source>
        <translation>PEM 文件，例如你的 TLS 检查根证书</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>浏览 CA 文件</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>证书 (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Timeout per step in seconds</source>
        <translation>每个步骤的超时时间（秒）</translation>
    </message>
    <message>
        <source>Also check the revocation path of each TLS chain</source>
        <translation>同时检查每条 TLS 链的吊销路径</translation>
    </message>
    <message>
        <source>Extra catalog file</source>
        <translation>额外的目录文件</translation>
    </message>
    <message>
        <source>JSON file with your own endpoints</source>
        <translation>包含你自己的终结点的 JSON 文件</translation>
    </message>
    <message>
        <source>Brows&amp;e…</source>
        <translation>浏览(&amp;E)…</translation>
    </message>
    <message>
        <source>Browse for a catalog file</source>
        <translation>浏览目录文件</translation>
    </message>
    <message>
        <source>Catalogs (*.json)</source>
        <translation>目录 (*.json)</translation>
    </message>
    <message>
        <source>Extra trusted &amp;CA file:</source>
        <translation>额外信任的 CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Timeout per step:</source>
        <translation>每个步骤的超时时间(&amp;T)：</translation>
    </message>
    <message>
        <source>E&amp;xtra catalog file:</source>
        <translation>额外的目录文件(&amp;X)：</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>检测到：%1</translation>
    </message>
    <message>
        <source>%1, on the network as %2</source>
        <translation>%1，在网络上的身份为 %2</translation>
    </message>
    <message>
        <source>Power Automate for desktop and its services take the same route.</source>
        <translation>Power Automate 桌面版及其服务使用相同的路由。</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s address, e.g. http://proxy.example.com:8080</source>
        <translation>输入代理的地址，例如 http://proxy.example.com:8080</translation>
    </message>
    <message>
        <source>Enter the script&apos;s URL or file, e.g. http://wpad.example.com/proxy.pac</source>
        <translation>输入脚本的 URL 或文件，例如 http://wpad.example.com/proxy.pac</translation>
    </message>
    <message>
        <source>No readable file at this path.</source>
        <translation>此路径下没有可读取的文件。</translation>
    </message>
    <message>
        <source>No readable file at %1.</source>
        <translation>%1 下没有可读取的文件。</translation>
    </message>
    <message>
        <source>Checks of this catalog need your hosts under %1: go Back to the Features page to enter them, or they are reported as needing your input.</source>
        <translation>此目录的检查需要你在 %1 下的主机：请返回“功能”页输入，否则这些检查将报告为需要你的输入。</translation>
    </message>
    <message>
        <source>This file holds no PEM certificate.</source>
        <translation>此文件不包含 PEM 证书。</translation>
    </message>
</context>
<context>
    <name>OcspInspector</name>
    <message>
        <source>it could not read the request</source>
        <translation>无法读取请求</translation>
    </message>
    <message>
        <source>it had an internal error</source>
        <translation>出现内部错误</translation>
    </message>
    <message>
        <source>it is busy</source>
        <translation>繁忙</translation>
    </message>
    <message>
        <source>it wants signed requests</source>
        <translation>要求签名的请求</translation>
    </message>
    <message>
        <source>it does not answer for this issuer</source>
        <translation>不为此颁发者提供应答</translation>
    </message>
    <message>
        <source>unknown meaning</source>
        <translation>含义未知</translation>
    </message>
    <message>
        <source>Single responses: %1</source>
        <translation>单个响应：%1</translation>
    </message>
    <message>
        <source>Serial %1: %2</source>
        <translation>序列号 %1：%2</translation>
    </message>
    <message>
        <source>The response does not mention the certificate asked about</source>
        <translation>响应中未提及所询问的证书</translation>
    </message>
    <message>
        <source>Nonce: echoed</source>
        <translation>Nonce：已回显</translation>
    </message>
    <message>
        <source>Nonce: none sent</source>
        <translation>Nonce：未发送</translation>
    </message>
    <message>
        <source>Nonce: not echoed (the responder may serve pre-signed answers)</source>
        <translation>Nonce：未回显（响应程序可能提供预先签名的应答）</translation>
    </message>
    <message>
        <source>Nonce: present in the response only</source>
        <translation>Nonce：仅出现在响应中</translation>
    </message>
    <message>
        <source>Nonce: does not match the request (a replayed or cached answer?)</source>
        <translation>Nonce：与请求不匹配（重放或缓存的应答？）</translation>
    </message>
    <message>
        <source>not checked (no issuer certificate known)</source>
        <translation>未检查（颁发者证书未知）</translation>
    </message>
    <message>
        <source>not checked (the issuer certificate cannot be read)</source>
        <translation>未检查（无法读取颁发者证书）</translation>
    </message>
    <message>
        <source>not checked (%1)</source>
        <translation>未检查 (%1)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>does not verify (%1)</source>
        <translation>验证未通过 (%1)</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态：%1</translation>
    </message>
    <message>
        <source>Content-Type: %1</source>
        <translation>Content-Type：%1</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>大小：%1 字节</translation>
    </message>
    <message>
        <source>The answer is larger than 20 MB and was cut; no OCSP response is that large</source>
        <translation>应答大于 20 MB，已被截断；没有这么大的 OCSP 响应</translation>
    </message>
    <message>
        <source>an OCSP response</source>
        <translation>OCSP 响应</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 instead of an OCSP response (the body was %2)</source>
        <translation>服务器应答的是 HTTP %1，而不是 OCSP 响应（正文为%2）</translation>
    </message>
    <message>
        <source>The answer is not an OCSP response but %1</source>
        <translation>应答不是 OCSP 响应，而是%1</translation>
    </message>
    <message>
        <source>Response status: %1</source>
        <translation>响应状态：%1</translation>
    </message>
    <message>
        <source>The OCSP responder answered with responseStatus %1 (%2): it is reachable but gives no certificate status</source>
        <translation>OCSP 响应程序以 responseStatus %1 (%2) 应答：可以访问，但未提供证书状态</translation>
    </message>
    <message>
        <source>The OCSP responder answered with responseStatus %1 (%2): it is reachable</source>
        <translation>OCSP 响应程序以 responseStatus %1 (%2) 应答：可以访问</translation>
    </message>
    <message>
        <source>The OCSP response says successful but carries no basic response</source>
        <translation>OCSP 响应表示成功，但不包含基本响应</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>签名：%1</translation>
    </message>
    <message>
        <source>The OCSP answer is not signed by the certificate&apos;s issuer nor by a responder it delegated to: something other than the CA answered (a filtering device or a wrong responder); signature %1</source>
        <translation>OCSP 应答既不是由证书的颁发者签名，也不是由其委托的响应程序签名：应答的不是 CA，而是其他设备（筛选设备或错误的响应程序）；签名%1</translation>
    </message>
    <message>
        <source>The OCSP responder answered (responseStatus successful) but without the certificate asked about; signature %1</source>
        <translation>OCSP 响应程序已应答 (responseStatus successful)，但不包含所询问的证书；签名%1</translation>
    </message>
    <message>
        <source>revoked at %1 (reason: %2)</source>
        <translation>已于 %1 吊销（原因：%2）</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>This update: %1</source>
        <translation>本次更新：%1</translation>
    </message>
    <message>
        <source>Next update: %1</source>
        <translation>下次更新：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>This update lies in the future: is the local clock behind?</source>
        <translation>本次更新时间在将来：本地时钟是否慢了？</translation>
    </message>
    <message>
        <source>The OCSP responder answers with an out-of-date status: certificate %1, next update %2 has passed (a cache or a device in between may be replaying an old answer)</source>
        <translation>OCSP 响应程序应答的状态已过期：证书状态 %1，下次更新时间 %2 已过（中间的缓存或设备可能在重放旧的应答）</translation>
    </message>
    <message>
        <source>The OCSP responder answered (responseStatus successful): certificate %1, this update %2, next update %3, signature %4</source>
        <translation>OCSP 响应程序已应答 (responseStatus successful)：证书状态 %1，本次更新 %2，下次更新 %3，签名%4</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes follow the OCSP response</source>
        <translation>
            <numerusform>OCSP 响应之后还有 %n 字节</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OcspRequestBuilder</name>
    <message>
        <source>An OCSP request needs the issuer&apos;s certificate</source>
        <translation>OCSP 请求需要颁发者的证书</translation>
    </message>
    <message>
        <source>The issuer certificate cannot be read (PEM expected)</source>
        <translation>无法读取颁发者证书（应为 PEM）</translation>
    </message>
    <message>
        <source>The certificate to ask about cannot be read (PEM expected)</source>
        <translation>无法读取要询问的证书（应为 PEM）</translation>
    </message>
    <message>
        <source>Cannot build the OCSP certificate identifier: %1</source>
        <translation>无法生成 OCSP 证书标识符：%1</translation>
    </message>
    <message>
        <source>Cannot build the OCSP request: %1</source>
        <translation>无法生成 OCSP 请求：%1</translation>
    </message>
    <message>
        <source>Cannot add a nonce to the OCSP request: %1</source>
        <translation>无法向 OCSP 请求添加 nonce：%1</translation>
    </message>
    <message>
        <source>Cannot encode the OCSP request: %1</source>
        <translation>无法编码 OCSP 请求：%1</translation>
    </message>
</context>
<context>
    <name>PacAnswer</name>
    <message>
        <source>&apos;%1&apos; names no proxy (host:port); passed over</source>
        <translation>“%1”未指明代理 (host:port)；已跳过</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HTTP proxy; passed over</source>
        <translation>“%1”不是 HTTP 代理；已跳过</translation>
    </message>
</context>
<context>
    <name>PacDownload</name>
    <message>
        <source>the script %1 cannot be read: %2</source>
        <translation>无法读取脚本 %1：%2</translation>
    </message>
    <message>
        <source>the script %1 is larger than %2 bytes</source>
        <translation>脚本 %1 大于 %2 字节</translation>
    </message>
    <message>
        <source>%1 sent no complete script within %2 s</source>
        <translation>%1 未在 %2 秒内发送完整的脚本</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 大于 %2 字节</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>无法下载 %1：%2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of the script</source>
        <translation>%1 应答了 HTTP %2，而不是脚本</translation>
    </message>
</context>
<context>
    <name>PacEvaluator</name>
    <message>
        <source>the proxy auto-config script could not be loaded: %1</source>
        <translation>无法加载代理自动配置脚本：%1</translation>
    </message>
    <message>
        <source>the proxy auto-config script %1 cannot be used: %2</source>
        <translation>无法使用代理自动配置脚本 %1：%2</translation>
    </message>
    <message>
        <source>the proxy auto-config script %1 gave no answer for %2: %3</source>
        <translation>代理自动配置脚本 %1 未给出 %2 的应答：%3</translation>
    </message>
    <message>
        <source>%1; it is not asked again in this run</source>
        <translation>%1；本次运行中不再询问</translation>
    </message>
    <message>
        <source>the proxy auto-config script %1 returned &quot;%2&quot; for %3: no route Netready can test (only HTTP proxies and DIRECT are)</source>
        <translation>代理自动配置脚本 %1 为 %3 返回了“%2”：Netready 无法测试此路由（只能测试 HTTP 代理和 DIRECT）</translation>
    </message>
</context>
<context>
    <name>PacScript</name>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1（第 %2 行）</translation>
    </message>
    <message>
        <source>the script did not return within %1 s</source>
        <translation>脚本未在 %1 秒内返回</translation>
    </message>
    <message>
        <source>the script threw %1</source>
        <translation>脚本引发了异常：%1</translation>
    </message>
    <message>
        <source>the script defines no function FindProxyForURL</source>
        <translation>脚本未定义 FindProxyForURL 函数</translation>
    </message>
    <message>
        <source>the script is not loaded</source>
        <translation>脚本未加载</translation>
    </message>
    <message>
        <source>the script returned %1, not a string</source>
        <translation>脚本返回了 %1，而不是字符串</translation>
    </message>
    <message>
        <source>WinHTTP reports an error in the script (a syntax error, or it threw)</source>
        <translation>WinHTTP 报告脚本中有错误（语法错误，或脚本引发了异常）</translation>
    </message>
    <message>
        <source>WinHTTP could not download the script (it reads http:// and https:// URLs only)</source>
        <translation>WinHTTP 无法下载该脚本（它只读取 http:// 和 https:// URL）</translation>
    </message>
    <message>
        <source>WinHTTP found no script</source>
        <translation>WinHTTP 未找到脚本</translation>
    </message>
    <message>
        <source>WinHTTP error %1</source>
        <translation>WinHTTP 错误 %1</translation>
    </message>
    <message>
        <source>this Windows has no engine for scripts in files (jsproxy.dll); give the script as an http:// or https:// URL</source>
        <translation>此 Windows 没有用于文件中脚本的引擎 (jsproxy.dll)；请以 http:// 或 https:// URL 的形式提供脚本</translation>
    </message>
    <message>
        <source>another script from a file is in use in this process</source>
        <translation>此进程中已在使用另一个来自文件的脚本</translation>
    </message>
    <message>
        <source>the script could not be loaded by jsproxy.dll: error %1</source>
        <translation>jsproxy.dll 无法加载该脚本：错误 %1</translation>
    </message>
    <message>
        <source>WinHTTP is not available: error %1</source>
        <translation>WinHTTP 不可用：错误 %1</translation>
    </message>
    <message>
        <source>the script gave no answer: a syntax error, it threw, or FindProxyForURL is missing (jsproxy.dll error %1)</source>
        <translation>脚本没有给出应答：语法错误、引发了异常，或缺少 FindProxyForURL（jsproxy.dll 错误 %1）</translation>
    </message>
    <message>
        <source>the JavaScript engine for proxy auto-config scripts could not be loaded (%1); reinstall Netready</source>
        <translation>无法加载用于代理自动配置脚本的 JavaScript 引擎 (%1)；请重新安装 Netready</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>PlaceholderRules</name>
    <message>
        <source>&apos;%1&apos; is neither a host name nor an http(s) URL</source>
        <translation>“%1”既不是主机名，也不是 http(s) URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: leave out the user name, only the host name is checked</source>
        <translation>“%1”：请省略用户名，只检查主机名</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an IP address: a host name is needed</source>
        <translation>“%1”是 IP 地址：需要主机名</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a port (1 to 65535)</source>
        <translation>“%1”：“%2”不是端口（1 到 65535）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: leave out the port %2, the checks use the ports the catalog lists</source>
        <translation>“%1”：请省略端口 %2，检查使用目录中列出的端口</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL: the part after the host name holds spaces or characters a URL does not allow</source>
        <translation>“%1”不是有效的 URL：主机名后面的部分包含空格或 URL 不允许的字符</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a namespace name: 6 to 50 letters, digits and hyphens, starting with a letter</source>
        <translation>“%1”不是命名空间名称：应为 6 到 50 个字母、数字和连字符，以字母开头</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: environment addresses start with https://</source>
        <translation>“%1”：环境地址以 https:// 开头</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host under %2, which {%3} stands for in the %4 cloud</source>
        <translation>“%1”不是 %2 下的主机（在 %4 云中 {%3} 代表 %2）</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an environment of the %2 cloud, not of %3: check the cloud you chose</source>
        <translation>“%1”是 %2 云的环境，而不是 %3 云的环境：请检查所选的云</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an environment address of the %2 cloud: it ends in .%3, e.g. %4</source>
        <translation>“%1”不是 %2 云的环境地址：环境地址以 .%3 结尾，例如 %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Service Bus namespace of the %2 cloud (expected a name or name.%3)</source>
        <translation>“%1”不是 %2 云的服务总线命名空间（应为名称或 name.%3）</translation>
    </message>
    <message>
        <source>contoso-relay or contoso-relay.%1</source>
        <translation>contoso-relay 或 contoso-relay.%1</translation>
    </message>
</context>
<context>
    <name>ProxyAuthenticator</name>
    <message>
        <source>not tried: the proxy does not offer it (it offers %1)</source>
        <translation>未尝试：代理未提供此方案（它提供 %1）</translation>
    </message>
    <message>
        <source>not tried: this build of libcurl cannot do it</source>
        <translation>未尝试：此 libcurl 版本不支持</translation>
    </message>
    <message>
        <source>not tried: %1</source>
        <translation>未尝试：%1</translation>
    </message>
    <message>
        <source>not tried: it needs a user name (DOMAIN\user for NTLM) and a password, and none was given</source>
        <translation>未尝试：需要用户名（NTLM 使用 DOMAIN\user）和密码，但未提供</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>proxy CONNECT with %1: %2</source>
        <translation>使用 %1 的代理 CONNECT：%2</translation>
    </message>
    <message>
        <source>proxy request with %1: %2</source>
        <translation>使用 %1 的代理请求：%2</translation>
    </message>
    <message>
        <source>authenticated as %1</source>
        <translation>已以 %1 身份通过身份验证</translation>
    </message>
    <message>
        <source>the proxy rejected the Kerberos ticket of %1</source>
        <translation>代理拒绝了 %1 的 Kerberos 票证</translation>
    </message>
    <message>
        <source>the proxy rejected the credentials of %1 (wrong user name or password)</source>
        <translation>代理拒绝了 %1 的凭据（用户名或密码错误）</translation>
    </message>
    <message>
        <source>the proxy answered %1</source>
        <translation>代理应答了 %1</translation>
    </message>
    <message>
        <source>not supported by Netready</source>
        <translation>Netready 不支持</translation>
    </message>
    <message>
        <source>no scheme named</source>
        <translation>未指明身份验证方案</translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2); authentication is turned off</source>
        <translation>代理 %1 要求身份验证 (%2)；身份验证已关闭</translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2), and no scheme could be tried</source>
        <translation>代理 %1 要求身份验证 (%2)，但无法尝试任何方案</translation>
    </message>
    <message>
        <source>the proxy %1 wants authentication (%2), and no scheme succeeded: %3</source>
        <translation>代理 %1 要求身份验证 (%2)，但所有方案均未成功：%3</translation>
    </message>
</context>
<context>
    <name>ProxyResolver</name>
    <message>
        <source>direct: the bypass list&apos;s entry &apos;%1&apos; matches %2</source>
        <translation>直接：绕过列表条目“%1”与 %2 匹配</translation>
    </message>
    <message>
        <source>the system proxy %1:%2 is not an HTTP proxy; checked directly</source>
        <translation>系统代理 %1:%2 不是 HTTP 代理；已直接检查</translation>
    </message>
</context>
<context>
    <name>ProxySetting</name>
    <message>
        <source>&apos;%1&apos; is not a proxy URL (expected http://host:port)</source>
        <translation>“%1”不是代理 URL（应为 http://host:port）</translation>
    </message>
    <message>
        <source>proxy scheme &apos;%1&apos; is not supported (use http://)</source>
        <translation>不支持代理方案“%1”（请使用 http://）</translation>
    </message>
    <message>
        <source>proxy URL needs a port, e.g. http://%1:8080</source>
        <translation>代理 URL 需要端口，例如 http://%1:8080</translation>
    </message>
    <message>
        <source>proxy URL must not have a path</source>
        <translation>代理 URL 不能包含路径</translation>
    </message>
    <message>
        <source>no proxy auto-config script given</source>
        <translation>未指定代理自动配置脚本</translation>
    </message>
    <message>
        <source>proxy auto-config scheme &apos;%1&apos; is not supported (use a file, http:// or https://)</source>
        <translation>不支持代理自动配置方案“%1”（请使用文件、http:// 或 https://）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file or URL of a proxy auto-config script</source>
        <translation>“%1”不是代理自动配置脚本的文件或 URL</translation>
    </message>
    <message>
        <source>the proxy auto-config script %1 is not a readable file</source>
        <translation>代理自动配置脚本 %1 不是可读取的文件</translation>
    </message>
</context>
<context>
    <name>ProxyTunnel</name>
    <message>
        <source>the proxy %1 did not answer the CONNECT request within %2 s</source>
        <translation>代理 %1 未在 %2 秒内应答 CONNECT 请求</translation>
    </message>
    <message>
        <source>a TLS handshake: it is an HTTPS proxy or a TLS service, not an HTTP proxy</source>
        <translation>TLS 握手：它是 HTTPS 代理或 TLS 服务，而不是 HTTP 代理</translation>
    </message>
    <message>
        <source>a TLS alert: it expects TLS, not an HTTP proxy request</source>
        <translation>TLS 警报：它需要 TLS，而不是 HTTP 代理请求</translation>
    </message>
    <message>
        <source>a SOCKS 5 reply: it is a SOCKS proxy</source>
        <translation>SOCKS 5 应答：它是 SOCKS 代理</translation>
    </message>
    <message>
        <source>a SOCKS 4 reply: it is a SOCKS proxy</source>
        <translation>SOCKS 4 应答：它是 SOCKS 代理</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>the proxy %1 answered CONNECT with %2</source>
        <translation>代理 %1 对 CONNECT 的应答是 %2</translation>
    </message>
    <message>
        <source>the proxy %1 sent more than %2 bytes of headers in reply to CONNECT</source>
        <translation>代理 %1 在对 CONNECT 的应答中发送了超过 %2 字节的标头</translation>
    </message>
    <message>
        <source>the proxy %1 closed the connection without answering CONNECT</source>
        <translation>代理 %1 未应答 CONNECT 就关闭了连接</translation>
    </message>
    <message>
        <source>the proxy %1 closed the connection in the middle of its reply (%2 bytes)</source>
        <translation>代理 %1 在应答中途关闭了连接（%2 字节）</translation>
    </message>
    <message>
        <source>bytes that are not text: %1</source>
        <translation>非文本字节：%1</translation>
    </message>
</context>
<context>
    <name>PublicRoots</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>larger than %1 KB; not a list of public roots</source>
        <translation>大于 %1 KB；不是公共根证书列表</translation>
    </message>
    <message>
        <source>%1 is not a supported format (this version reads 1)</source>
        <translation>%1 不是受支持的格式（此版本读取格式 1）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 不是对象</translation>
    </message>
    <message>
        <source>more than %1 roots</source>
        <translation>超过 %1 个根证书</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint (64 lower-case hex digits)</source>
        <translation>“%1”不是 SHA-256 指纹（64 个小写十六进制数字）</translation>
    </message>
    <message>
        <source>%1 is not the id of an entry of sources</source>
        <translation>%1 不是 sources 中某个条目的 id</translation>
    </message>
    <message>
        <source>this root is listed twice</source>
        <translation>此根证书列出了两次</translation>
    </message>
</context>
<context>
    <name>RegionListCommand</name>
    <message>
        <source>Regions of Microsoft&apos;s list of Service Bus namespaces for the desktop flows runtime (public cloud; page of %1), with how many each region has:</source>
        <translation>Microsoft 桌面流运行时服务总线命名空间列表中的区域（公有云；页面日期 %1），以及每个区域的命名空间数量：</translation>
    </message>
    <message>
        <source>--region NAME tests every namespace of one region; the name is not case-sensitive.</source>
        <translation>--region NAME 测试某个区域的所有命名空间；名称不区分大小写。</translation>
    </message>
    <message numerus="yes">
        <source>(%n preview)</source>
        <extracomment>after a region and its number of namespaces: how many of them serve preview environments</extracomment>
        <translation>
            <numerusform>（其中 %n 个为预览）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelayNamespaces</name>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 不是对象</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>larger than %1 KB; not a list of relay namespaces</source>
        <translation>大于 %1 KB；不是中继命名空间列表</translation>
    </message>
    <message>
        <source>%1 is not a supported version (this version reads 1)</source>
        <translation>%1 不是受支持的版本（此版本读取版本 1）</translation>
    </message>
    <message>
        <source>a region name has 1 to %1 characters</source>
        <translation>区域名称应为 1 到 %1 个字符</translation>
    </message>
    <message>
        <source>the region &apos;%1&apos; is listed twice</source>
        <translation>区域“%1”列出了两次</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a namespace host: one lower-case label below servicebus.windows.net</source>
        <translation>“%1”不是命名空间主机：应为 servicebus.windows.net 下的一个小写标签</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 既不是 true 也不是 false</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 列出了两次</translation>
    </message>
    <message>
        <source>more than %1 namespaces</source>
        <translation>超过 %1 个命名空间</translation>
    </message>
</context>
<context>
    <name>Remedies</name>
    <message>
        <source>Authentication at the proxy was turned off for this run (--proxy-auth none): allow it (--proxy-auth auto) to test past the proxy.</source>
        <translation>本次运行关闭了代理身份验证 (--proxy-auth none)：请允许身份验证 (--proxy-auth auto)，以便越过代理进行测试。</translation>
    </message>
    <message>
        <source>%1: get a Kerberos ticket for the user first (sign in to the domain, or run kinit user@REALM).</source>
        <translation>%1：请先为该用户获取 Kerberos 票证（登录到域，或运行 kinit user@REALM）。</translation>
    </message>
    <message>
        <source>%1: give the proxy user (--proxy-user DOMAIN\user, or on the Network page) and its password.</source>
        <translation>%1：请提供代理用户（--proxy-user DOMAIN\user，或在“网络”页上）及其密码。</translation>
    </message>
    <message>
        <source>%1: check the user name and password (for NTLM and Kerberos also the domain) and that the account may use the proxy.</source>
        <translation>%1：请检查用户名和密码（对于 NTLM 和 Kerberos 还需检查域），并确认该帐户有权使用代理。</translation>
    </message>
    <message>
        <source>%1: not supported here; ask the proxy administrators to offer Negotiate, NTLM, Digest or Basic as well.</source>
        <translation>%1：此处不支持；请代理管理员同时提供 Negotiate、NTLM、Digest 或 Basic。</translation>
    </message>
    <message>
        <source>%1: the proxy does not offer it; choose a scheme it offers, or auto.</source>
        <translation>%1：代理未提供此方案；请选择代理提供的方案，或选择 auto。</translation>
    </message>
    <message>
        <source>%1: the exchange failed (see the evidence); check the proxy&apos;s authentication setup.</source>
        <translation>%1：交换失败（请参阅证据）；请检查代理的身份验证设置。</translation>
    </message>
    <message>
        <source>the filtering device</source>
        <translation>筛选设备</translation>
    </message>
    <message>
        <source>Microsoft still lists %1, but its owner has retired it and current certificates no longer point there, so this does not block Power Automate. If older components still use it: %2</source>
        <translation>Microsoft 仍列出了 %1，但其所有者已将其停用，当前证书也不再指向它，因此这不会阻止 Power Automate。如果较旧的组件仍在使用它：%2</translation>
    </message>
    <message>
        <source>Microsoft still lists %1, but their owner has retired them and current certificates no longer point there, so this does not block Power Automate. If older components still use them: %2</source>
        <translation>Microsoft 仍列出了 %1，但其所有者已将它们停用，当前证书也不再指向它们，因此这不会阻止 Power Automate。如果较旧的组件仍在使用它们：%2</translation>
    </message>
    <message>
        <source>Nothing to change. This host is listed by Microsoft but retired by its owner; allowing it does no harm.</source>
        <translation>无需更改。此主机由 Microsoft 列出，但已被其所有者停用；允许它不会造成任何影响。</translation>
    </message>
    <message>
        <source>Make %1 resolvable from this machine: check the DNS servers and any DNS filter, or use a proxy that resolves internet names.</source>
        <translation>确保可以从此计算机解析 %1：请检查 DNS 服务器和所有 DNS 筛选器，或使用能解析 Internet 名称的代理。</translation>
    </message>
    <message>
        <source>Allow HTTP 80 to the revocation servers: %1 on TCP %2 (outbound). Windows checks certificate revocation there; blocked, desktop flows start slowly or fail.</source>
        <translation>允许到吊销服务器的 HTTP 80：%1，TCP %2（出站）。Windows 会在这些服务器上检查证书吊销；如果被阻止，桌面流会启动缓慢或失败。</translation>
    </message>
    <message>
        <source>Allow outbound %1 to %2 in the firewall (a device actively rejects it).</source>
        <translation>在防火墙中允许到 %2 的出站 %1（某个设备主动拒绝了连接）。</translation>
    </message>
    <message>
        <source>Allow outbound %1 to %2 in the firewall (packets are silently dropped).</source>
        <translation>在防火墙中允许到 %2 的出站 %1（数据包被静默丢弃）。</translation>
    </message>
    <message>
        <source>Let TLS to %1 on port %2 through unchanged: a device in between ends or breaks the handshake. Exclude it from TLS inspection and protocol filtering.</source>
        <translation>让到 %1 端口 %2 的 TLS 不经更改地通过：中间的某个设备终止或破坏了握手。请将其排除在 TLS 检查和协议筛选之外。</translation>
    </message>
    <message>
        <source>Exclude %1 from TLS inspection, or install the inspecting CA&apos;s root in this machine&apos;s trusted root store (and in the store of the account that runs the service).</source>
        <translation>将 %1 排除在 TLS 检查之外，或将检查 CA 的根证书安装到此计算机的受信任根证书存储中（以及运行该服务的帐户的存储中）。</translation>
    </message>
    <message>
        <source>Something answers for %1 with another site&apos;s certificate: check DNS, hosts file and proxy rules for this name, and exclude it from TLS inspection.</source>
        <translation>某个设备使用其他站点的证书代替 %1 进行应答：请检查此名称的 DNS、hosts 文件和代理规则，并将其排除在 TLS 检查之外。</translation>
    </message>
    <message>
        <source>Exclude %1 from TLS inspection: Power Automate and the gateway pin Microsoft&apos;s certificate chains, and WebSocket relay traffic breaks when inspected.</source>
        <translation>将 %1 排除在 TLS 检查之外：Power Automate 和网关会固定 Microsoft 的证书链，并且 WebSocket 中继流量在被检查时会中断。</translation>
    </message>
    <message>
        <source>Check this machine&apos;s date and time first. If they are right, a device in between serves an outdated certificate for %1: exclude it from TLS inspection, or renew the device&apos;s certificate.</source>
        <translation>请先检查此计算机的日期和时间。如果正确，则是中间的某个设备为 %1 提供了过期的证书：请将其排除在 TLS 检查之外，或续订该设备的证书。</translation>
    </message>
    <message>
        <source>Allow HTTP 80 to the certificate authority&apos;s AIA address named in the detail, so that Windows can fetch the missing intermediate certificate of %1, or have the device that answers send its whole chain.</source>
        <translation>允许到详细信息中所列证书颁发机构 AIA 地址的 HTTP 80，以便 Windows 可以获取 %1 缺少的中间证书；或者让应答的设备发送其完整的证书链。</translation>
    </message>
    <message>
        <source>Power Automate needs TLS 1.2 or later: whatever answers for %1 offers only older versions. Exclude it from TLS inspection, or update the device&apos;s TLS settings.</source>
        <translation>Power Automate 需要 TLS 1.2 或更高版本：代替 %1 应答的设备仅提供较旧的版本。请将其排除在 TLS 检查之外，或更新该设备的 TLS 设置。</translation>
    </message>
    <message>
        <source>The device that answers for %1 offers no cipher Windows and Power Automate accept: exclude it from TLS inspection, or enable TLS 1.2 ciphers with ECDHE and AES-GCM on it.</source>
        <translation>代替 %1 应答的设备未提供 Windows 和 Power Automate 接受的任何密码套件：请将其排除在 TLS 检查之外，或在该设备上启用使用 ECDHE 和 AES-GCM 的 TLS 1.2 密码套件。</translation>
    </message>
    <message>
        <source>Ask the team that runs %1 to allow %2 (and to exempt it from TLS inspection): it answers with its own block page instead of the service.</source>
        <translation>请联系负责 %1 的团队允许 %2（并将其排除在 TLS 检查之外）：该设备以自己的阻止页面代替服务进行应答。</translation>
    </message>
    <message>
        <source>Allow HTTPS traffic to %1 to pass unchanged: the connection opens but no HTTP answer comes back (a filtering device holds or drops it).</source>
        <translation>允许到 %1 的 HTTPS 流量不经更改地通过：连接已建立，但没有返回 HTTP 应答（某个筛选设备扣留或丢弃了它）。</translation>
    </message>
    <message>
        <source>Allow traffic to %1 to pass unchanged: the connection opens but the answer does not come within the timeout (a filtering device holds it, or the link is very slow).</source>
        <translation>允许到 %1 的流量不经更改地通过：连接已建立，但应答未在超时时间内到达（某个筛选设备扣留了它，或链路非常慢）。</translation>
    </message>
    <message>
        <source>Check the proxy setting: %1 does not answer from this machine. Fix the address or port, or allow this machine to reach it.</source>
        <translation>请检查代理设置：%1 不应答此计算机。请更正地址或端口，或允许此计算机访问它。</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>The proxy requires authentication: configure it for the account that runs the service (the desktop flows runtime and the gateway run as service accounts), or exempt %1 from proxy authentication.</source>
        <translation>代理要求身份验证：请为运行服务的帐户配置身份验证（桌面流运行时和网关以服务帐户运行），或将 %1 排除在代理身份验证之外。</translation>
    </message>
    <message>
        <source>Ask the proxy administrators to allow %1 to %2 (the proxy refused it; see its reply).</source>
        <translation>请代理管理员允许到 %2 的 %1（代理拒绝了它；请参阅其应答）。</translation>
    </message>
    <message>
        <source>Ask the team that runs %1 to allow %2 to %3 (it refused the connection; see its reply).</source>
        <translation>请联系负责 %1 的团队允许到 %3 的 %2（它拒绝了连接；请参阅其应答）。</translation>
    </message>
    <message>
        <source>Check the proxy setting: %1 does not speak the HTTP proxy protocol (it may be a SOCKS or HTTPS proxy, or another service on that port). Use the address and port of the HTTP proxy.</source>
        <translation>请检查代理设置：%1 不使用 HTTP 代理协议（它可能是 SOCKS 或 HTTPS 代理，或该端口上的其他服务）。请使用 HTTP 代理的地址和端口。</translation>
    </message>
    <message>
        <source>Fix the proxy auto-config script or its address (the detail says what went wrong): without an answer from it, nothing on this machine that uses it can choose a proxy for %1.</source>
        <translation>请修复代理自动配置脚本或其地址（详细信息说明了出错原因）：如果没有它的应答，此计算机上使用它的任何程序都无法为 %1 选择代理。</translation>
    </message>
    <message>
        <source>Allow WebSocket upgrades to %1 on port %2: the proxy or inspection device must pass the Upgrade and Connection headers; exclude the host from TLS inspection.</source>
        <translation>允许到 %1 端口 %2 的 WebSocket 升级：代理或检查设备必须放行 Upgrade 和 Connection 标头；请将该主机排除在 TLS 检查之外。</translation>
    </message>
    <message>
        <source>Synchronize this machine&apos;s clock (Windows Time service or NTP): sign-in tokens fail when the clock is off by more than 5 minutes.</source>
        <translation>同步此计算机的时钟（Windows 时间服务或 NTP）：当时钟偏差超过 5 分钟时，登录令牌将失效。</translation>
    </message>
    <message>
        <source>Apply the same proxy settings to all four *.Proxy.config files of Power Automate for desktop (PAD, UIFlowService, LogShipper, UpdateService), as Microsoft advises, or set them once in the registry values under HKLM\SOFTWARE\Microsoft\Power Automate Desktop.</source>
        <translation>按照 Microsoft 的建议，对 Power Automate 桌面版的全部四个 *.Proxy.config 文件（PAD、UIFlowService、LogShipper、UpdateService）应用相同的代理设置，或在 HKLM\SOFTWARE\Microsoft\Power Automate Desktop 下的注册表值中统一设置一次。</translation>
    </message>
    <message>
        <source>Correct the settings named in the detail: proxy addresses as http://host:port, bypass entries without a leading &apos;*&apos;, registry values in the 64-bit view (not under WOW6432Node).</source>
        <translation>更正详细信息中列出的设置：代理地址采用 http://host:port 格式，绕过条目不以“*”开头，注册表值位于 64 位视图中（而非 WOW6432Node 下）。</translation>
    </message>
    <message>
        <source>Allow HTTP 80 to the revocation servers: something other than %1 answers (a captive portal or filtering proxy). Let plain HTTP to it through unchanged.</source>
        <translation>允许到吊销服务器的 HTTP 80：应答的不是 %1，而是其他设备（强制门户或筛选代理）。请让到它的纯 HTTP 不经更改地通过。</translation>
    </message>
    <message>
        <source>Let plain HTTP 80 to %1 through without delay: the revocation answer did not arrive in time. Windows waits up to 15 s per revocation server, so desktop flows start slowly or fail.</source>
        <translation>让到 %1 的纯 HTTP 80 无延迟地通过：吊销检查应答未及时到达。Windows 对每个吊销服务器最多等待 15 秒，因此桌面流会启动缓慢或失败。</translation>
    </message>
    <message>
        <source>A cache or proxy serves an outdated revocation list for %1: let it fetch fresh copies, or exclude the host from caching.</source>
        <translation>某个缓存或代理为 %1 提供了过期的吊销列表：请让它获取最新副本，或将该主机排除在缓存之外。</translation>
    </message>
    <message>
        <source>A cache or proxy serves an outdated OCSP answer for %1: exclude the host from caching.</source>
        <translation>某个缓存或代理为 %1 提供了过期的 OCSP 应答：请将该主机排除在缓存之外。</translation>
    </message>
    <message>
        <source>The OCSP responder %1 reports an error for a well-formed request. If it persists, something between this machine and the certificate authority alters the requests: let HTTP 80 to it through unchanged.</source>
        <translation>OCSP 响应程序 %1 对格式正确的请求报告了错误。如果问题持续，则说明此计算机与证书颁发机构之间的某个设备更改了请求：请让到它的 HTTP 80 不经更改地通过。</translation>
    </message>
    <message>
        <source>Run the check again.</source>
        <translation>请再次运行检查。</translation>
    </message>
    <message>
        <source>Give &lt;defaultProxy&gt; the same settings in all three configuration files of the on-premises data gateway (Microsoft.PowerBI.EnterpriseGateway.exe.config, enterprisegatewayconfigurator.exe.config and m\Microsoft.Mashup.Container.NetFX45.exe.config), as Microsoft advises, then restart the gateway service.</source>
        <translation>按照 Microsoft 的建议，在本地数据网关的全部三个配置文件（Microsoft.PowerBI.EnterpriseGateway.exe.config、enterprisegatewayconfigurator.exe.config 和 m\Microsoft.Mashup.Container.NetFX45.exe.config）中为 &lt;defaultProxy&gt; 设置相同的配置，然后重新启动网关服务。</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>开始时间 (UTC)</translation>
    </message>
    <message>
        <source>Started (local time)</source>
        <translation>开始时间（本地时间）</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Cancelled before every check finished</source>
        <translation>在所有检查完成之前已取消</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>计算机</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Proxies of the Power Automate components</source>
        <translation>Power Automate 组件的代理</translation>
    </message>
    <message>
        <source>Proxy of %1</source>
        <translation>%1 的代理</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（来自 %2）</translation>
    </message>
    <message>
        <source>Catalogs</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Catalog date</source>
        <translation>目录日期</translation>
    </message>
    <message>
        <source>%1 (when its entries were last checked against Microsoft&apos;s pages)</source>
        <translation>%1（上次对照 Microsoft 页面检查其条目的日期）</translation>
    </message>
    <message>
        <source>Timeout and parallel checks</source>
        <translation>超时和并行检查</translation>
    </message>
    <message>
        <source>%1 s per phase, %2 at once</source>
        <translation>每个阶段 %1 秒，同时 %2 项</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>吊销检查</translation>
    </message>
    <message>
        <source>Revocation servers of every certificate chain were checked</source>
        <translation>已检查每条证书链的吊销服务器</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>%1 (Service Bus namespaces of the desktop flows runtime tested: %2)</source>
        <translation>%1（已测试的桌面流运行时服务总线命名空间：%2）</translation>
    </message>
    <message>
        <source>Clock skew: %1</source>
        <extracomment>%1 how far this machine&apos;s clock is off; %2 the servers&apos; host names</extracomment>
        <translation>时钟偏差：%1</translation>
    </message>
    <message>
        <source>Clock skew: not measured (no server sent a Date header)</source>
        <translation>时钟偏差：未测量（没有服务器发送 Date 标头）</translation>
    </message>
    <message>
        <source>DNS: no public name pointed at a private or sinkhole address</source>
        <translation>DNS：没有公共名称指向专用地址或黑洞地址</translation>
    </message>
    <message>
        <source>DNS: %1</source>
        <translation>DNS：%1</translation>
    </message>
    <message>
        <source>IPv4: %1</source>
        <translation>IPv4：%1</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>可访问</translation>
    </message>
    <message>
        <source>no check connected over IPv4</source>
        <translation>没有检查通过 IPv4 连接</translation>
    </message>
    <message>
        <source>IPv6: reachable</source>
        <translation>IPv6：可访问</translation>
    </message>
    <message>
        <source>IPv6: names have IPv6 addresses, but no check connected over IPv6</source>
        <translation>IPv6：名称具有 IPv6 地址，但没有检查通过 IPv6 连接</translation>
    </message>
    <message>
        <source>IPv6: not used (no IPv6 addresses resolved)</source>
        <translation>IPv6：未使用（未解析到 IPv6 地址）</translation>
    </message>
    <message>
        <source>WPAD: discovery finds a proxy auto-config script at %1 (information only; this run did not use it)</source>
        <translation>WPAD：发现机制在 %1 找到了代理自动配置脚本（仅供参考；本次运行未使用它）</translation>
    </message>
    <message>
        <source>WPAD: not looked for: %1</source>
        <translation>WPAD：未查找：%1</translation>
    </message>
    <message>
        <source>WPAD: discovery finds no proxy auto-config script</source>
        <translation>WPAD：发现机制未找到代理自动配置脚本</translation>
    </message>
    <message>
        <source>WPAD: discovery finds no proxy auto-config script (asked %1)</source>
        <translation>WPAD：发现机制未找到代理自动配置脚本（已查询 %1）</translation>
    </message>
    <message>
        <source>Documented host: %1</source>
        <translation>文档中的主机：%1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL：%1</translation>
    </message>
    <message>
        <source>Retired: still listed by the documentation, but retired by its owner</source>
        <translation>已停用：文档中仍列出，但已被其所有者停用</translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Connected to: %1</source>
        <translation>已连接到：%1</translation>
    </message>
    <message>
        <source>Proxy: none (direct connection)</source>
        <translation>代理：无（直接连接）</translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <translation>代理：%1</translation>
    </message>
    <message>
        <source>Phase %1: ok in %2</source>
        <translation>阶段 %1：正常，用时 %2</translation>
    </message>
    <message>
        <source>Phase %1: failed after %2</source>
        <translation>阶段 %1：%2 后失败</translation>
    </message>
    <message>
        <source>Phase %1: failed after %2: %3</source>
        <translation>阶段 %1：%2 后失败：%3</translation>
    </message>
    <message>
        <source>TLS: %1 %2</source>
        <translation>TLS：%1 %2</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>证书：%1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>颁发者：%1</translation>
    </message>
    <message>
        <source>Root: %1</source>
        <translation>根证书：%1</translation>
    </message>
    <message>
        <source>Root: %1 (SHA-256 %2)</source>
        <translation>根证书：%1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>证书链：%1</translation>
    </message>
    <message>
        <source>OCSP responders: %1</source>
        <translation>OCSP 响应程序：%1</translation>
    </message>
    <message>
        <source>CRL distribution points: %1</source>
        <translation>CRL 分发点：%1</translation>
    </message>
    <message>
        <source>HTTP status: %1 %2</source>
        <translation>HTTP 状态：%1 %2</translation>
    </message>
    <message>
        <source>Server date: %1</source>
        <translation>服务器日期：%1</translation>
    </message>
    <message>
        <source>Power Automate network readiness</source>
        <translation>Power Automate 网络就绪情况</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Proxy auto-config script returned &quot;%1&quot;; no route used</source>
        <translation>代理自动配置脚本返回了“%1”；未使用任何路由</translation>
    </message>
    <message>
        <source>Proxy auto-config script returned &quot;%1&quot;; used %2</source>
        <translation>代理自动配置脚本返回了“%1”；使用了 %2</translation>
    </message>
    <message>
        <source> after %1</source>
        <translation> （此前 %1）</translation>
    </message>
    <message>
        <source>direct connection</source>
        <translation>直接连接</translation>
    </message>
    <message>
        <source>none (direct connection)</source>
        <translation>无（直接连接）</translation>
    </message>
    <message>
        <source>manual: %1</source>
        <translation>手动：%1</translation>
    </message>
    <message>
        <source>proxy auto-config script %1 (chosen per check)</source>
        <translation>代理自动配置脚本 %1（按检查选择）</translation>
    </message>
    <message>
        <source>system settings: %1 (from the proxy auto-config script %2)</source>
        <translation>系统设置：%1（来自代理自动配置脚本 %2）</translation>
    </message>
    <message>
        <source>system settings: %1 (desktop flows tested as you)</source>
        <translation>系统设置：%1（以你的身份测试桌面流）</translation>
    </message>
    <message>
        <source>system settings: %1 (desktop flows along the desktop flows service&apos;s route, gateway along the gateway service&apos;s)</source>
        <translation>系统设置：%1（桌面流沿桌面流服务的路由，网关沿网关服务的路由）</translation>
    </message>
    <message>
        <source>system settings: %1</source>
        <translation>系统设置：%1</translation>
    </message>
    <message>
        <source>local clock is %1 s behind the servers</source>
        <translation>本地时钟比服务器慢 %1 秒</translation>
    </message>
    <message>
        <source>local clock is %1 s ahead of the servers</source>
        <translation>本地时钟比服务器快 %1 秒</translation>
    </message>
    <message>
        <source>Clock skew: %1 (compared with %2)</source>
        <translation>时钟偏差：%1（与 %2 比较）</translation>
    </message>
    <message numerus="yes">
        <source>%n checks: %1 passed, %2 with warnings, %3 failed, %4 skipped</source>
        <extracomment>%n the number of checks; %1 how many of them passed, %2 warned, %3 failed, %4 were skipped</extracomment>
        <translation>
            <numerusform>%n 项检查：%1 项通过，%2 项有警告，%3 项失败，%4 项已跳过</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>a date and time of day in Coordinated Universal Time</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Written by %1 %2.</source>
        <translation>由 %1 %2 生成。</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>report file name is empty</source>
        <translation>报告文件名为空</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: unknown extension &apos;%2&apos; (use %3)</source>
        <translation>报告文件“%1”：未知的扩展名“%2”（请使用 %3）</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos; is given more than once</source>
        <translation>报告文件“%1”指定了多次</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: directory &apos;%2&apos; does not exist</source>
        <translation>报告文件“%1”：目录“%2”不存在</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: &apos;%2&apos; is not a directory</source>
        <translation>报告文件“%1”：“%2”不是目录</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos; is a directory</source>
        <translation>报告文件“%1”是目录</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos; exists and cannot be overwritten</source>
        <translation>报告文件“%1”已存在且无法覆盖</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: cannot write in directory &apos;%2&apos;</source>
        <translation>报告文件“%1”：无法在目录“%2”中写入</translation>
    </message>
    <message>
        <source>unknown extension</source>
        <translation>未知的扩展名</translation>
    </message>
    <message>
        <source>report file &apos;%1&apos;: %2</source>
        <translation>报告文件“%1”：%2</translation>
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
        <translation>结果</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>终结点</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>documented as %1</source>
        <translation>文档中记为 %1</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>需要更改的内容</translation>
    </message>
    <message>
        <source>Each check</source>
        <translation>各项检查</translation>
    </message>
    <message>
        <source>Remedy:</source>
        <translation>补救措施：</translation>
    </message>
    <message>
        <source>Allowlist for this selection</source>
        <translation>此选择的允许列表</translation>
    </message>
    <message>
        <source>The selection lists no endpoints.</source>
        <translation>所选内容未列出任何终结点。</translation>
    </message>
    <message>
        <source>Domains grouped by protocol and port, ready to paste into a firewall or proxy request.</source>
        <translation>按协议和端口分组的域，可直接粘贴到防火墙或代理申请中。</translation>
    </message>
    <message>
        <source>Service Bus namespaces of the region %1</source>
        <translation>%1 区域的服务总线命名空间</translation>
    </message>
    <message>
        <source>Microsoft lists these namespaces for the desktop flows runtime in this region; a firewall that allows all of them need not allow *.servicebus.windows.net.</source>
        <translation>Microsoft 为此区域的桌面流运行时列出了这些命名空间；允许全部这些命名空间的防火墙无需允许 *.servicebus.windows.net。</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>%1 on port %2</source>
        <translation>%1，端口 %2</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>未测试</translation>
    </message>
    <message>
        <source>Proxy auto-config</source>
        <translation>代理自动配置</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message numerus="yes">
        <source>%n checks</source>
        <translation>
            <numerusform>%n 项检查</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>&amp;Save report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>复制摘要(&amp;U)</translation>
    </message>
    <message>
        <source>Copy a&amp;llowlist</source>
        <translation>复制允许列表(&amp;L)</translation>
    </message>
    <message>
        <source>Co&amp;mpare with an earlier report…</source>
        <translation>与较早的报告比较(&amp;M)…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Select a check to see what it found and what to change.</source>
        <translation>选择一项检查，查看它发现了什么以及需要更改什么。</translation>
    </message>
    <message>
        <source>All checks</source>
        <translation>所有检查</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>仅问题</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Search by host</source>
        <translation>按主机搜索</translation>
    </message>
    <message>
        <source>Search &amp;host:</source>
        <translation>搜索主机(&amp;H)：</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Details of the selected check</source>
        <translation>所选检查的详细信息</translation>
    </message>
    <message>
        <source>Select a check to see its details.</source>
        <translation>选择一项检查以查看其详细信息。</translation>
    </message>
    <message>
        <source>What changed since a JSON report saved before: fixed, broken, still failing.</source>
        <translation>自之前保存的 JSON 报告以来的变化：已修复、新问题、仍然失败。</translation>
    </message>
    <message>
        <source>This machine&apos;s network lets the selected features work.</source>
        <translation>此计算机的网络可让所选功能正常工作。</translation>
    </message>
    <message>
        <source>The selected features can work; look at the warnings.</source>
        <translation>所选功能可以工作；请查看警告。</translation>
    </message>
    <message>
        <source>Some endpoints cannot be reached. Show the problems below for what to change.</source>
        <translation>无法访问某些终结点。请在下方显示问题，了解需要更改的内容。</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML 报告 (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>JSON 数据 (*.json)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation>JUnit XML (*.xml)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>未保存报告</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>The summary is on the clipboard, ready to paste into a ticket.</source>
        <translation>摘要已复制到剪贴板，可直接粘贴到工单中。</translation>
    </message>
    <message>
        <source>The allowlist is on the clipboard, grouped by protocol and port.</source>
        <translation>允许列表已复制到剪贴板，按协议和端口分组。</translation>
    </message>
    <message>
        <source>Compare with an earlier report</source>
        <translation>与较早的报告比较</translation>
    </message>
    <message>
        <source>Netready JSON report (*.json)</source>
        <translation>Netready JSON 报告 (*.json)</translation>
    </message>
    <message>
        <source>Report not compared</source>
        <translation>未比较报告</translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>已与 %1 比较。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n checks passed, %2 with warnings, %3 failed, %4 skipped. The run was cancelled before every check finished.</source>
        <extracomment>%n the number of checks; %1 how many of them passed, %2 warned, %3 failed, %4 were skipped</extracomment>
        <translation>
            <numerusform>%n 项检查中 %1 项通过，%2 项有警告，%3 项失败，%4 项已跳过。在所有检查完成之前运行已被取消。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n checks passed, %2 with warnings, %3 failed, %4 skipped.</source>
        <translation>
            <numerusform>%n 项检查中 %1 项通过，%2 项有警告，%3 项失败，%4 项已跳过。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportReader</name>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a text or null</source>
        <translation>文本或 null</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is &apos;%2&apos;, expected one of: %3</source>
        <translation>字段“%1”为“%2”，应为以下之一：%3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is missing or is not %2</source>
        <translation>字段“%1”缺失或不是%2</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>不是 JSON：%1，位于字节 %2</translation>
    </message>
    <message>
        <source>not a Netready report: the JSON is not an object</source>
        <translation>不是 Netready 报告：JSON 不是对象</translation>
    </message>
    <message>
        <source>this is a Netready %1, not a run report</source>
        <translation>这是 Netready %1，而不是运行报告</translation>
    </message>
    <message>
        <source>not a Netready report: it has no schemaVersion or its tool is not netready</source>
        <translation>不是 Netready 报告：缺少 schemaVersion，或其 tool 不是 netready</translation>
    </message>
    <message>
        <source>report schema version %1 is not known to this Netready (it reads version %2); a newer Netready can read it</source>
        <translation>此 Netready 无法识别报告架构版本 %1（它读取版本 %2）；较新版本的 Netready 可以读取它</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>is a directory, not a report</source>
        <translation>是目录，而不是报告</translation>
    </message>
    <message>
        <source>too large for a report (%1 bytes)</source>
        <translation>作为报告太大（%1 字节）</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>the output is not open for writing</source>
        <translation>输出未打开以供写入</translation>
    </message>
    <message>
        <source>could not start the PDF</source>
        <translation>无法开始生成 PDF</translation>
    </message>
    <message>
        <source>could not finish the PDF</source>
        <translation>无法完成 PDF</translation>
    </message>
    <message>
        <source>could not write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>could not write the XML</source>
        <translation>无法写入 XML</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Other checks</source>
        <translation>其他检查</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Host and port</source>
        <translation>主机和端口</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 passed</source>
        <extracomment>A group of checks in the results table: %n checks of %1 passed.</extracomment>
        <translation>
            <numerusform>%1 项中 %n 项通过</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>&amp;Cancel run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>再次运行(&amp;A)</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>重试失败项(&amp;F)</translation>
    </message>
    <message>
        <source>Checking the endpoints</source>
        <translation>正在检查终结点</translation>
    </message>
    <message>
        <source>Each endpoint is tried the way Power Automate connects to it. You can cancel at any time.</source>
        <translation>按照 Power Automate 连接每个终结点的方式尝试连接。你可以随时取消。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v/%m</translation>
    </message>
    <message>
        <source>Elapsed: %1</source>
        <translation>已用时间：%1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Stopping the previous run…</source>
        <translation>正在停止上一次运行…</translation>
    </message>
    <message>
        <source>The checks could not start.</source>
        <translation>检查无法启动。</translation>
    </message>
    <message>
        <source>Checks in this run: %1. Running…</source>
        <translation>本次运行的检查：%1。正在运行…</translation>
    </message>
    <message>
        <source>%1 passed, %2 with warnings, %3 failed, %4 skipped.</source>
        <translation>%1 项通过，%2 项有警告，%3 项失败，%4 项已跳过。</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>已取消。%1</translation>
    </message>
    <message>
        <source>Done. %1</source>
        <translation>已完成。%1</translation>
    </message>
</context>
<context>
    <name>RunPlanner</name>
    <message>
        <source>your environment URL (wizard: Features page; command line: --dataverse-url https://org.crm.dynamics.com)</source>
        <translation>你的环境 URL（向导：“功能”页；命令行：--dataverse-url https://org.crm.dynamics.com）</translation>
    </message>
    <message>
        <source>a Service Bus namespace of your region (wizard: Features page; command line: --servicebus-namespace NAME)</source>
        <translation>你所在区域的服务总线命名空间（向导：“功能”页；命令行：--servicebus-namespace NAME）</translation>
    </message>
    <message>
        <source>a concrete host name under it (command line: --input %1=HOST)</source>
        <translation>其下的具体主机名（命令行：--input %1=HOST）</translation>
    </message>
    <message>
        <source>%1 cannot be tested without %2</source>
        <translation>没有%2，无法测试 %1</translation>
    </message>
    <message>
        <source>a namespace of the %1 region of Microsoft&apos;s list for the desktop flows runtime; --region or the wizard&apos;s region choice tests every namespace of a region</source>
        <translation>Microsoft 桌面流运行时列表中 %1 区域的命名空间；--region 或向导中的区域选择会测试某个区域的所有命名空间</translation>
    </message>
    <message>
        <source>a preview namespace of the %1 region</source>
        <translation>%1 区域的预览命名空间</translation>
    </message>
    <message>
        <source>a namespace of the %1 region</source>
        <translation>%1 区域的命名空间</translation>
    </message>
</context>
<context>
    <name>RunSession</name>
    <message>
        <source>The chosen cloud and features need no endpoints from this catalog.</source>
        <translation>所选的云和功能不需要此目录中的任何终结点。</translation>
    </message>
</context>
<context>
    <name>RunSummary</name>
    <message>
        <source>READY</source>
        <translation>已就绪</translation>
    </message>
    <message>
        <source>READY WITH WARNINGS</source>
        <translation>已就绪，但有警告</translation>
    </message>
    <message>
        <source>NOT READY</source>
        <translation>未就绪</translation>
    </message>
</context>
<context>
    <name>SummarizeCommand</name>
    <message>
        <source>--summarize: &apos;%1&apos; does not exist</source>
        <translation>--summarize：“%1”不存在</translation>
    </message>
    <message>
        <source>--summarize: no readable report among the files given</source>
        <translation>--summarize：所给文件中没有可读取的报告</translation>
    </message>
</context>
<context>
    <name>SystemProxyLookup</name>
    <message>
        <source>none (direct connection)</source>
        <translation>无（直接连接）</translation>
    </message>
    <message>
        <source>none (direct connection): %1</source>
        <translation>无（直接连接）：%1</translation>
    </message>
    <message>
        <source>%1, chosen by the proxy auto-config script %2</source>
        <translation>%1，由代理自动配置脚本 %2 选择</translation>
    </message>
</context>
<context>
    <name>TcpRace</name>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1: no answer (timed out)</source>
        <translation>%1：无应答（超时）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the proxy %1 refused the connection</source>
        <translation>代理 %1 拒绝了连接</translation>
    </message>
    <message>
        <source>the proxy %1 did not answer within %2 s</source>
        <translation>代理 %1 未在 %2 秒内应答</translation>
    </message>
    <message>
        <source>the proxy %1 cannot be reached: %2</source>
        <translation>无法访问代理 %1：%2</translation>
    </message>
    <message>
        <source>%1 refused the connection (nothing listens, or a firewall rejects it)</source>
        <translation>%1 拒绝了连接（没有程序在侦听，或防火墙拒绝了连接）</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s: packets are dropped on the way</source>
        <translation>%1 未在 %2 秒内应答：数据包在途中被丢弃</translation>
    </message>
    <message>
        <source>no route to %1 (network unreachable)</source>
        <translation>没有到 %1 的路由（网络不可访问）</translation>
    </message>
    <message>
        <source>%1 has no address to connect to</source>
        <translation>%1 没有可连接的地址</translation>
    </message>
    <message>
        <source>could not connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
</context>
<context>
    <name>TextSummary</name>
    <message>
        <source>[retired]</source>
        <extracomment>after a diagnosis title: the host is listed by Microsoft but retired by its owner</extracomment>
        <translation>[已停用]</translation>
    </message>
    <message>
        <source>Proxy auto-config:</source>
        <translation>代理自动配置：</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>摘要：%1</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <source>What to change:</source>
        <translation>需要更改的内容：</translation>
    </message>
    <message>
        <source>Each check:</source>
        <translation>各项检查：</translation>
    </message>
</context>
<context>
    <name>TlsFailureExplainer</name>
    <message>
        <source>presented: %1, issued by %2, valid %3 to %4</source>
        <translation>提供的证书：%1，颁发者 %2，有效期 %3 至 %4</translation>
    </message>
    <message>
        <source>certificate check: %1</source>
        <translation>证书检查：%1</translation>
    </message>
    <message>
        <source>TLS library: %1</source>
        <translation>TLS 库：%1</translation>
    </message>
    <message>
        <source>the certificate of %1 expired on %2 (this machine&apos;s date is %3)</source>
        <translation>%1 的证书已于 %2 过期（此计算机的日期为 %3）</translation>
    </message>
    <message>
        <source>the certificate %1 in the chain of %2 expired on %3 (this machine&apos;s date is %4)</source>
        <translation>%2 证书链中的证书 %1 已于 %3 过期（此计算机的日期为 %4）</translation>
    </message>
    <message>
        <source>the certificate %1 presented for %2 is not valid before %3, and this machine&apos;s date is %4: check the clock</source>
        <translation>为 %2 提供的证书 %1 在 %3 之前无效，而此计算机的日期为 %4：请检查时钟</translation>
    </message>
    <message>
        <source>%1 presents a self-signed certificate %2 that this machine does not trust (a device answers in the service&apos;s place)</source>
        <translation>%1 提供了此计算机不信任的自签名证书 %2（某个设备代替服务进行了应答）</translation>
    </message>
    <message>
        <source>the chain of %1 ends at %2, a root this machine does not trust: TLS inspection whose root is not installed, or a device answering in the service&apos;s place</source>
        <translation>%1 的证书链终止于 %2，这是此计算机不信任的根证书：可能是未安装其根证书的 TLS 检查，或是代替服务应答的设备</translation>
    </message>
    <message>
        <source>the server did not send its intermediate certificate &apos;%1&apos; for %2 (Windows may fetch it from the AIA URL %3; allow that URL)</source>
        <translation>服务器未发送 %2 的中间证书“%1”（Windows 可以从 AIA URL %3 获取；请允许该 URL）</translation>
    </message>
    <message>
        <source>the certificate of %1 is issued by &apos;%2&apos;, which this machine does not trust (its root is not installed, or the server does not send the intermediate certificate)</source>
        <translation>%1 的证书由“%2”颁发，此计算机不信任该颁发者（未安装其根证书，或服务器未发送中间证书）</translation>
    </message>
    <message>
        <source>the certificate presented for %1 is for %2</source>
        <translation>为 %1 提供的证书是颁发给 %2 的</translation>
    </message>
    <message>
        <source>the certificate presented for %1 has been revoked</source>
        <translation>为 %1 提供的证书已被吊销</translation>
    </message>
    <message>
        <source>the certificate of %1 fails the checks: %2</source>
        <translation>%1 的证书未通过检查：%2</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 did not complete within %2 s (the server is silent)</source>
        <translation>与 %1 的 TLS 握手未在 %2 秒内完成（服务器无响应）</translation>
    </message>
    <message>
        <source>%1 offers only TLS versions older than 1.2 (TLS 1.0 or 1.1); Power Automate needs TLS 1.2 or later</source>
        <translation>%1 仅提供低于 1.2 的 TLS 版本（TLS 1.0 或 1.1）；Power Automate 需要 TLS 1.2 或更高版本</translation>
    </message>
    <message>
        <source>%1 and this machine have no cipher in common: the server refused every cipher offered for TLS 1.2 and 1.3</source>
        <translation>%1 与此计算机没有共同的密码套件：服务器拒绝了为 TLS 1.2 和 1.3 提供的所有密码套件</translation>
    </message>
    <message>
        <source>%1 does not speak TLS: its first bytes are not a TLS handshake (plain HTTP or another protocol on this port)</source>
        <translation>%1 不使用 TLS：其前几个字节不是 TLS 握手（此端口上是纯 HTTP 或其他协议）</translation>
    </message>
    <message>
        <source>the connection to %1 was reset during the TLS handshake (a device in between cut it)</source>
        <translation>与 %1 的连接在 TLS 握手期间被重置（中间的某个设备切断了连接）</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake (a device in between ends it, or the server refuses this client)</source>
        <translation>%1 在 TLS 握手期间关闭了连接（中间的某个设备终止了连接，或服务器拒绝此客户端）</translation>
    </message>
    <message>
        <source>no TLS handshake with %1 (the handshake broke off)</source>
        <translation>未能与 %1 完成 TLS 握手（握手中断）</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Is this machine ready for Power Automate?</source>
        <translation>此计算机是否已为 Power Automate 做好准备？</translation>
    </message>
    <message>
        <source>Netready tests, before you install anything, whether this network lets Power Automate work.</source>
        <translation>在你安装任何内容之前，Netready 会测试此网络是否允许 Power Automate 正常工作。</translation>
    </message>
    <message>
        <source>&lt;p&gt;You choose your cloud and the features you use. Netready then tries every endpoint they need: name resolution, TCP connection, TLS certificate (including TLS inspection), HTTP answer, through this machine&apos;s proxy, and the certificate revocation servers Windows needs.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What it does not do:&lt;/b&gt; no data leaves this machine except the connection attempts themselves, and no sign-in is needed.&lt;/p&gt;&lt;p&gt;At the end you get a verdict, the exact fix for every problem and a report to save or send.&lt;/p&gt;</source>
        <translation>&lt;p&gt;你选择自己的云和使用的功能。然后 Netready 会尝试这些功能需要的每个终结点：名称解析、TCP 连接、TLS 证书（包括 TLS 检查）、HTTP 应答（通过此计算机的代理），以及 Windows 需要的证书吊销服务器。&lt;/p&gt;&lt;p&gt;&lt;b&gt;它不会做什么：&lt;/b&gt;除了连接尝试本身，不会有任何数据离开此计算机，也无需登录。&lt;/p&gt;&lt;p&gt;最后你会得到一个结论、每个问题的确切修复方法，以及一份可保存或发送的报告。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About the checks</source>
        <translation>关于检查</translation>
    </message>
</context>
<context>
    <name>WpadFinder</name>
    <message>
        <source>the machine has no DNS search domain to look in</source>
        <translation>此计算机没有可供查找的 DNS 搜索域</translation>
    </message>
    <message>
        <source>/etc/resolv.conf cannot be read: %1</source>
        <translation>无法读取 /etc/resolv.conf：%1</translation>
    </message>
    <message>
        <source>WinHTTP&apos;s discovery failed: error %1</source>
        <translation>WinHTTP 的发现失败：错误 %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;netready --help&apos;.</source>
        <translation>请尝试“netready --help”。</translation>
    </message>
    <message>
        <source>there is no display to show the wizard on; run the checks without one with --cli</source>
        <translation>没有可显示向导的显示器；请使用 --cli 在无界面的情况下运行检查</translation>
    </message>
</context>
</TS>
