package io.geopress.fetch;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * The addresses a fetch never connects to: everything that is not a public unicast address on the Internet
 * (loopback, private and unique-local networks, link-local with the cloud metadata service, shared CGNAT space,
 * multicast, unspecified, broadcast, reserved, benchmarking and documentation ranges), and the IPv6 forms that
 * carry an IPv4 address to another machine (NAT64, 6to4, Teredo, IPv4-mapped and -compatible).
 */
final class BlockedAddresses {
    private record Range(byte[] prefix, int bits, String reason) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) return false;
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) if (address[i] != prefix[i]) return false;
            int rest = bits % 8;
            if (rest == 0) return true;
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (address[whole] & mask) == (prefix[whole] & mask);
        }
    }

    /** Most specific first: the first range that holds an address gives the reason. */
    private static final List<Range> RANGES = List.of(
            range("169.254.169.254/32", "a link-local address (the cloud metadata service)"),
            range("255.255.255.255/32", "the broadcast address"),
            range("0.0.0.0/8", "an unspecified address"),
            range("10.0.0.0/8", "a private address"),
            range("100.64.0.0/10", "a shared (CGNAT) address"),
            range("127.0.0.0/8", "a loopback address"),
            range("169.254.0.0/16", "a link-local address"),
            range("172.16.0.0/12", "a private address"),
            range("192.0.0.0/24", "a reserved (IETF protocol) address"),
            range("192.0.2.0/24", "a documentation address"),
            range("192.88.99.0/24", "a reserved (6to4 relay) address"),
            range("192.168.0.0/16", "a private address"),
            range("198.18.0.0/15", "a benchmarking address"),
            range("198.51.100.0/24", "a documentation address"),
            range("203.0.113.0/24", "a documentation address"),
            range("224.0.0.0/4", "a multicast address"),
            range("240.0.0.0/4", "a reserved address"),
            range("::/128", "an unspecified address"),
            range("::1/128", "a loopback address"),
            range("64:ff9b::/96", "a NAT64 address"),
            range("64:ff9b:1::/48", "a NAT64 address"),
            range("100::/64", "a discard-only address"),
            range("2001::/32", "a Teredo address"),
            range("2001:10::/28", "a reserved (ORCHID) address"),
            range("2001:20::/28", "a reserved (ORCHID) address"),
            range("2001:db8::/32", "a documentation address"),
            range("2002::/16", "a 6to4 address"),
            range("fc00::/7", "a private (unique local) address"),
            range("fe80::/10", "a link-local address"),
            range("fec0::/10", "a site-local address"),
            range("ff00::/8", "a multicast address"));

    private BlockedAddresses() {}

    /** Why {@code address} is never connected to, or null when it is a public address. */
    static String reason(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 16 && embedsIpv4(bytes)) {
            boolean mapped = bytes[10] == (byte) 0xFF;
            String inner = reason(ipv4(bytes));
            String kind = mapped ? "IPv4-mapped" : "IPv4-compatible";
            if (inner != null) return "an " + kind + " form of " + inner;
            // a mapped public address is that address; a compatible one is deprecated and never routed
            if (!mapped) return "a deprecated IPv4-compatible address";
            return null;
        }
        for (Range range : RANGES) {
            if (range.contains(bytes)) return range.reason();
        }
        return null;
    }

    /** The address as a message shows it: IPv6 in its short form ({@code ::1}, not Java's {@code 0:0:0:0:0:0:0:1}). */
    static String shown(InetAddress address) {
        if (address instanceof Inet4Address) return address.getHostAddress();
        String host = address.getHostAddress();
        int zone = host.indexOf('%');
        HttpUrl url = HttpUrl.parse("http://[" + (zone < 0 ? host : host.substring(0, zone)) + "]/");
        return url == null ? host : url.host();
    }

    /** {@code ::ffff:a.b.c.d} or {@code ::a.b.c.d} (not {@code ::} and {@code ::1}, which are their own). */
    private static boolean embedsIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) if (b[i] != 0) return false;
        if (b[10] == (byte) 0xFF && b[11] == (byte) 0xFF) return true;
        if (b[10] != 0 || b[11] != 0) return false;
        return !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1));
    }

    private static InetAddress ipv4(byte[] ipv6) {
        try {
            return Inet4Address.getByAddress(new byte[] {ipv6[12], ipv6[13], ipv6[14], ipv6[15]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always an address
        }
    }

    private static Range range(String cidr, String reason) {
        int slash = cidr.indexOf('/');
        try {
            // literals only: getByName does no lookup for them
            byte[] prefix = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
            return new Range(prefix, Integer.parseInt(cidr.substring(slash + 1)), reason);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
