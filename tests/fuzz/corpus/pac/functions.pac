var x = dnsDomainLevels("a.b.c") + convert_addr("1.2.3.4");
function FindProxyForURL(url, host) { return "PROXY " + host + ":" + x; }
