package io.geopress.fetch;

import java.net.InetAddress;
import okhttp3.HttpUrl;

/** The one address and port a test lets fetches reach although it is inside (a local test server). */
record HostPort(InetAddress address, int port) {

    /** {@code 127.0.0.1:8080} or {@code [::1]:8080}; the host must be an address, as a name could resolve anywhere. */
    static HostPort parse(String text) {
        HttpUrl url = HttpUrl.parse("http://" + text.strip() + "/");
        String problem = "'" + text + "' is not an IP address and port (HOST:PORT, e.g. 127.0.0.1:8080)";
        if (url == null || !text.strip().matches(".*:\\d+")) throw new IllegalArgumentException(problem);
        HostLiteral literal = HostLiteral.of(url.host());
        if (literal == null || literal.address() == null || !literal.canonical()) throw new IllegalArgumentException(problem);
        return new HostPort(literal.address(), url.port());
    }

    boolean matches(HostLiteral literal, int port) {
        return literal.canonical() && address.equals(literal.address()) && this.port == port;
    }
}
