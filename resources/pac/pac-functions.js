// The functions a proxy auto-config script may call: Netscape's original set and Microsoft's IPv6 "Ex"
// additions. Name lookups, the machine's addresses and the clock come from the host object __pac, so that
// every lookup is bounded and tests can answer them.

function isPlainHostName(host) {
    return String(host).search(/[.:]/) < 0;
}

function dnsDomainIs(host, domain) {
    host = String(host).toLowerCase();
    domain = String(domain).toLowerCase();
    return host.length >= domain.length && host.substring(host.length - domain.length) === domain;
}

function localHostOrDomainIs(host, hostdom) {
    host = String(host).toLowerCase();
    hostdom = String(hostdom).toLowerCase();
    return host === hostdom || hostdom.lastIndexOf(host + ".", 0) === 0;
}

function dnsDomainLevels(host) {
    return String(host).split(".").length - 1;
}

function shExpMatch(str, pattern) {
    var source = String(pattern).replace(/[.+^${}()|[\]\\\/]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
    return new RegExp("^" + source + "$").test(String(str));
}

function dnsResolve(host) {
    var address = __pac.dnsResolve(String(host));
    return address === "" ? null : address;
}

function isResolvable(host) {
    return dnsResolve(host) !== null;
}

function myIpAddress() {
    return __pac.myIpAddress();
}

function __pacIpv4(text) {
    var parts = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(String(text));
    if (!parts)
        return null;
    var value = 0;
    for (var i = 1; i <= 4; ++i) {
        var part = Number(parts[i]);
        if (part > 255)
            return null;
        value = value * 256 + part;
    }
    return value;
}

function isInNet(ipaddr, pattern, maskstr) {
    var address = __pacIpv4(ipaddr);
    if (address === null) {
        var resolved = dnsResolve(ipaddr);
        if (resolved === null)
            return false;
        address = __pacIpv4(resolved);
    }
    var net = __pacIpv4(pattern);
    var mask = __pacIpv4(maskstr);
    if (address === null || net === null || mask === null)
        return false;
    return ((address & mask) >>> 0) === ((net & mask) >>> 0);
}

function dnsResolveEx(host) {
    return __pac.dnsResolveEx(String(host));
}

function isResolvableEx(host) {
    return dnsResolveEx(host) !== "";
}

function myIpAddressEx() {
    return __pac.myIpAddressEx();
}

function isInNetEx(ipAddress, ipPrefix) {
    return __pac.isInNetEx(String(ipAddress), String(ipPrefix));
}

function sortIpAddressList(list) {
    var sorted = __pac.sortIpAddressList(String(list));
    return sorted === "" ? false : sorted;
}

function getClientVersion() {
    return "1.0";
}

// The clock: local time, or UTC when the last argument is "GMT".
function __pacNow(args) {
    var utc = args.length > 0 && args[args.length - 1] === "GMT";
    var now = new Date(__pac.now());
    return {
        utc: utc,
        count: utc ? args.length - 1 : args.length,
        year: utc ? now.getUTCFullYear() : now.getFullYear(),
        month: utc ? now.getUTCMonth() : now.getMonth(),
        day: utc ? now.getUTCDate() : now.getDate(),
        weekday: utc ? now.getUTCDay() : now.getDay(),
        seconds: utc ? now.getUTCHours() * 3600 + now.getUTCMinutes() * 60 + now.getUTCSeconds()
                     : now.getHours() * 3600 + now.getMinutes() * 60 + now.getSeconds()
    };
}

// low <= value <= high, or, when the range wraps (FRI..MON, DEC..FEB, 22..6 h), value outside high..low.
function __pacInRange(value, low, high) {
    return low <= high ? (low <= value && value <= high) : (value >= low || value <= high);
}

function weekdayRange() {
    var days = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
    var now = __pacNow(arguments);
    var first = days.indexOf(String(arguments[0]).toUpperCase());
    if (now.count < 1 || first < 0)
        return false;
    if (now.count === 1)
        return now.weekday === first;
    var last = days.indexOf(String(arguments[1]).toUpperCase());
    return last >= 0 && __pacInRange(now.weekday, first, last);
}

function dateRange() {
    var months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    var now = __pacNow(arguments);
    // Each argument is a day (1..31), a month name or a year; a bound is one to three of them, in that order.
    var fields = [];
    for (var i = 0; i < now.count; ++i) {
        var text = String(arguments[i]).toUpperCase();
        var month = months.indexOf(text);
        if (month >= 0)
            fields.push({kind: "month", value: month});
        else if (/^\d+$/.test(text))
            fields.push(Number(text) > 31 ? {kind: "year", value: Number(text)} : {kind: "day", value: Number(text)});
        else
            return false;
    }
    if (fields.length !== 1 && fields.length % 2 !== 0)
        return false;
    var half = fields.length === 1 ? 1 : fields.length / 2;
    var key = function(part) {
        var value = {year: 0, month: 0, day: 0};
        for (var j = 0; j < part.length; ++j)
            value[part[j].kind] = part[j].value;
        return value.year * 10000 + value.month * 100 + value.day;
    };
    var low = fields.slice(0, half);
    var today = [];
    for (var k = 0; k < low.length; ++k)
        today.push({kind: low[k].kind, value: now[low[k].kind]});
    if (fields.length === 1)
        return key(today) === key(low);
    var high = fields.slice(half);
    for (var m = 0; m < half; ++m) {
        if (high[m].kind !== low[m].kind)
            return false;
    }
    return __pacInRange(key(today), key(low), key(high));
}

function timeRange() {
    var now = __pacNow(arguments);
    var a = [];
    for (var i = 0; i < now.count; ++i)
        a.push(Number(arguments[i]));
    var hour = Math.floor(now.seconds / 3600);
    switch (a.length) {
    case 1:
        return hour === a[0];
    case 2:
        return __pacInRange(hour, a[0], a[1]);
    case 4:
        return __pacInRange(now.seconds, a[0] * 3600 + a[1] * 60, a[2] * 3600 + a[3] * 60 + 59);
    case 6:
        return __pacInRange(now.seconds, a[0] * 3600 + a[1] * 60 + a[2], a[3] * 3600 + a[4] * 60 + a[5]);
    default:
        return false;
    }
}
