function FindProxyForURL(url, host) {
    if (isPlainHostName(host) || dnsDomainIs(host, ".corp.example") || isInNet(dnsResolve(host), "10.0.0.0", "255.0.0.0"))
        return "DIRECT";
    if (shExpMatch(url, "https://*.powerautomate.com/*") && weekdayRange("MON", "FRI") && timeRange(8, 18))
        return "PROXY proxy-a.corp.example:8080; PROXY proxy-b.corp.example:8080; DIRECT";
    if (localHostOrDomainIs(host, "service.test") && myIpAddress() == "10.1.2.3")
        return "PROXY [::1]:3128; SOCKS5 127.0.0.1:1080; HTTPS secure.test:443";
    return "PROXY proxy.test:3128";
}
