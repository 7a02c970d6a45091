package io.geopress.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Dns;

/**
 * OkHttp's only way to a host name's addresses: each name is resolved once per fetcher, and refused when any of
 * its addresses is one that {@link BlockedAddresses} names, so the addresses checked are the ones connected to (a
 * name that answers a public address first and a private one next time cannot slip through).
 */
final class GuardedDns implements Dns {
    /** A name that leads inside; thrown before OkHttp makes any connection. */
    static final class Refused extends UnknownHostException {
        final InetAddress address;
        final String reason;

        Refused(String host, InetAddress address, String reason) {
            super(host + " resolves to " + BlockedAddresses.shown(address) + ", " + reason);
            this.address = address;
            this.reason = reason;
        }
    }

    private final Resolver resolver;
    private final Map<String, List<InetAddress>> resolved = new ConcurrentHashMap<>();

    GuardedDns(Resolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public List<InetAddress> lookup(String host) throws UnknownHostException {
        List<InetAddress> known = resolved.get(host);
        if (known != null) return known;
        List<InetAddress> addresses = List.copyOf(resolver.resolve(host));
        if (addresses.isEmpty()) throw new UnknownHostException(host + " has no address");
        for (InetAddress address : addresses) {
            String reason = BlockedAddresses.reason(address);
            if (reason != null) throw new Refused(host, address, reason);
        }
        resolved.put(host, addresses);
        return addresses;
    }
}
