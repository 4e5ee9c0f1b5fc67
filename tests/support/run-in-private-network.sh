#!/bin/sh
# Runs a test in a private network namespace whose only interface is loopback, so that servers that bind every
# interface (openssl ocsp -port) are reachable from nowhere else. Where unshare is not permitted, runs the test
# as is; the test then finds non-loopback interfaces and skips what needs the namespace.
# A private mount namespace as well lets /etc/resolv.conf point at the test's own DNS server (127.0.0.1), so
# no lookup ever leaves the machine.
resolv="$(dirname "$0")/resolv.conf"
if unshare -n -m true 2>/dev/null; then
    exec unshare -n -m sh -c 'ip link set lo up && mount --bind "$0" /etc/resolv.conf && exec "$@"' \
        "$resolv" "$@"
fi
echo "run-in-private-network: unshare -n is not permitted; running without a private network namespace" >&2
exec "$@"
