function FindProxyForURL(url, host) { throw new Error("no rule for " + host); }
