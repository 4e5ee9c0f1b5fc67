function FindProxyForURL(url, host) { while (true) {} }
