package io.geopress.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * A host written as an address rather than a name, as {@code HttpUrl} leaves it: {@code a.b.c.d} or an IPv6 address
 * (OkHttp connects to those without asking its {@code Dns}). Also the other spellings a browser reads as an IPv4
 * address ({@code 2130706433}, {@code 0x7f.1}, {@code 017700000001}), which {@code HttpUrl} keeps as names and the
 * system resolver reads differently from a browser ({@code 0177.0.0.1} is 177.0.0.1 to Java, 127.0.0.1 to a
 * browser): never fetched, whatever they name.
 *
 * @param address the address, or null when the host ends in a number but is no address at all
 * @param canonical whether the host is written the one ordinary way
 */
record HostLiteral(InetAddress address, boolean canonical) {

    /** The address {@code host} (as {@code HttpUrl#host()} gives it) writes, or null when it is a name. */
    static HostLiteral of(String host) {
        if (host.indexOf(':') >= 0) return new HostLiteral(literal(host), true);
        String[] parts = host.endsWith(".") ? host.substring(0, host.length() - 1).split("\\.", -1) : host.split("\\.", -1);
        if (!isNumber(parts[parts.length - 1])) return null;
        byte[] bytes = whatwgIpv4(parts);
        if (bytes == null) return new HostLiteral(null, false);
        return new HostLiteral(literal(bytes), isDottedDecimal(host));
    }

    /** A part as the WHATWG URL standard reads it: 0x… hexadecimal, 0… octal, else decimal. */
    private static long number(String part) {
        if (part.isEmpty()) return -1;
        int radix = 10;
        String digits = part;
        if (part.startsWith("0x") || part.startsWith("0X")) {
            radix = 16;
            digits = part.substring(2);
            if (digits.isEmpty()) return 0;
        } else if (part.length() > 1 && part.charAt(0) == '0') {
            radix = 8;
            digits = part.substring(1);
        }
        if (digits.length() > 12) return -1; // past any 32-bit value in every radix
        try {
            return Long.parseLong(digits, radix);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isNumber(String part) {
        if (part.isEmpty()) return false;
        if (part.startsWith("0x") || part.startsWith("0X")) return part.substring(2).chars().allMatch(c -> Character.digit(c, 16) >= 0);
        return part.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static byte[] whatwgIpv4(String[] parts) {
        if (parts.length > 4) return null;
        long value = 0;
        for (int i = 0; i < parts.length - 1; i++) {
            long n = number(parts[i]);
            if (n < 0 || n > 255) return null;
            value = value << 8 | n;
        }
        long last = number(parts[parts.length - 1]);
        int lastBytes = 5 - parts.length;
        if (last < 0 || last >= 1L << (8 * lastBytes)) return null;
        value = value << (8 * lastBytes) | last;
        return new byte[] {(byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }

    private static boolean isDottedDecimal(String host) {
        return host.matches("(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    }

    private static InetAddress literal(String host) {
        try {
            return InetAddress.getByName(host); // an IPv6 literal: no lookup
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static InetAddress literal(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always an address
        }
    }
}
