package io.geopress.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geopress.model.FakeTiming;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SsrfGuardTest {
    private final List<String> resolved = new ArrayList<>();

    /** Resolves the names of {@code names}, remembering each lookup; any other name does not exist. */
    private Resolver resolver(Map<String, List<String>> names) {
        return host -> {
            resolved.add(host);
            List<String> addresses = names.get(host);
            if (addresses == null) throw new UnknownHostException(host);
            List<InetAddress> all = new ArrayList<>();
            for (String a : addresses) all.add(InetAddress.getByName(a)); // literals: no lookup
            return all;
        };
    }

    private Fetcher fetcher(Resolver resolver) {
        return Fetcher.create(FetchSettings.defaults("test").withResolver(resolver).withTiming(new FakeTiming())
                .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(500)));
    }

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource(delimiter = '|', value = {
        "http://127.0.0.1/                 | a loopback address",
        "http://127.9.9.9:8080/x           | a loopback address",
        "http://10.1.2.3/                  | a private address",
        "http://172.16.5.4/                | a private address",
        "http://172.31.255.255/            | a private address",
        "http://192.168.1.1/               | a private address",
        "http://169.254.169.254/latest/meta-data/ | the cloud metadata service",
        "http://169.254.1.1/               | a link-local address",
        "http://100.64.0.1/                | a shared (CGNAT) address",
        "http://224.0.0.1/                 | a multicast address",
        "http://0.0.0.0/                   | an unspecified address",
        "http://255.255.255.255/           | the broadcast address",
        "http://240.0.0.1/                 | a reserved address",
        "http://198.18.0.1/                | a benchmarking address",
        "http://192.0.2.1/                 | a documentation address",
        "http://[::1]/                     | a loopback address",
        "http://[::]/                      | an unspecified address",
        "http://[fc00::1]/                 | a private (unique local) address",
        "http://[fd12:3456::1]/            | a private (unique local) address",
        "http://[fe80::1]/                 | a link-local address",
        "http://[fec0::1]/                 | a site-local address",
        "http://[ff02::1]/                 | a multicast address",
        "http://[64:ff9b::a9fe:a9fe]/      | a NAT64 address",
        "http://[2002:7f00:1::]/           | a 6to4 address",
        "http://[2001:0:4136:e378::1]/     | a Teredo address",
        "http://[::ffff:10.0.0.1]/         | a private address",
        "http://[::ffff:169.254.169.254]/  | the cloud metadata service",
        "http://[::7f00:1]/                | an IPv4-compatible form of a loopback address",
        "https://127.0.0.1/                | a loopback address",
    })
    void an_address_inside_written_as_the_host_is_refused_before_any_lookup_or_connection(String url, String reason) {
        assertThatThrownBy(() -> fetcher(resolver(Map.of())).fetch(url))
                .isInstanceOf(FetchException.class)
                .hasMessageStartingWith("refused: http")
                .hasMessageContaining(reason)
                .hasMessageNotContaining("\n");
        assertThat(resolved).as("no lookup for an address").isEmpty();
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(delimiter = '|', value = {
        "http://2130706433/   | refused: http://2130706433/ writes the address 127.0.0.1 in an unusual form, a loopback address",
        "http://0x7f.1/       | refused: http://0x7f.1/ writes the address 127.0.0.1 in an unusual form, a loopback address",
        "http://017700000001/ | refused: http://017700000001/ writes the address 127.0.0.1 in an unusual form, a loopback address",
        "http://0177.0.0.1/   | refused: http://0177.0.0.1/ writes the address 127.0.0.1 in an unusual form, a loopback address",
        "http://127.1/        | refused: http://127.1/ writes the address 127.0.0.1 in an unusual form, a loopback address",
        "http://0xA9FEA9FE/   | refused: http://0xa9fea9fe/ writes the address 169.254.169.254 in an unusual form, a link-local address (the cloud metadata service)",
        "http://134744072/    | refused: http://134744072/ writes the address 8.8.8.8 in an unusual form; write it as 8.8.8.8",
        "http://1.2.3.999/    | refused: http://1.2.3.999/: its host is not a valid IPv4 address",
    })
    void other_spellings_of_an_ipv4_address_are_refused_as_a_browser_would_read_them(String url, String message) {
        assertThatThrownBy(() -> fetcher(resolver(Map.of())).fetch(url)).hasMessage(message);
        assertThat(resolved).as("never handed to a resolver, which reads some of them otherwise").isEmpty();
    }

    @ParameterizedTest(name = "a name resolving to {0} is refused as {1}")
    @CsvSource(delimiter = '|', value = {
        "10.0.0.1        | a private address",
        "127.0.0.1       | a loopback address",
        "169.254.169.254 | a link-local address (the cloud metadata service)",
        "100.100.1.1     | a shared (CGNAT) address",
        "::1             | a loopback address",
        "fd00::5         | a private (unique local) address",
        "fe80::1         | a link-local address",
        "64:ff9b::a00:1  | a NAT64 address",
        "2002:a00:1::    | a 6to4 address",
        "::ffff:192.168.0.1 | a private address",
        "239.1.1.1       | a multicast address",
        "0.0.0.0         | an unspecified address",
    })
    void a_name_that_resolves_inside_is_refused_before_connecting(String address, String reason) {
        Fetcher fetcher = fetcher(resolver(Map.of("internal.example", List.of(address))));
        assertThatThrownBy(() -> fetcher.fetch("http://internal.example/page"))
                .hasMessageStartingWith("refused: http://internal.example/page resolves to ")
                .hasMessageContaining(", " + reason);
        assertThat(resolved).containsExactly("internal.example");
    }

    @Test
    void a_name_is_refused_when_any_of_its_addresses_is_inside() {
        Fetcher fetcher = fetcher(resolver(Map.of("mixed.example", List.of("93.184.216.34", "10.0.0.7"))));
        assertThatThrownBy(() -> fetcher.fetch("https://mixed.example/"))
                .hasMessage("refused: https://mixed.example/ resolves to 10.0.0.7, a private address");
    }

    @Test
    void a_name_resolving_to_the_test_server_is_refused_even_when_the_test_host_is_allowed() throws Exception {
        try (TestSite site = new TestSite()) {
            site.html("/", "<p>hi</p>");
            Fetcher fetcher = Fetcher.create(FetchSettings.defaults("test").withTestHost(site.hostPort())
                    .withResolver(resolver(Map.of("internal.example", List.of("127.0.0.1")))).withTiming(new FakeTiming()));
            assertThatThrownBy(() -> fetcher.fetch("http://internal.example:" + site.port() + "/"))
                    .hasMessage("refused: http://internal.example:" + site.port() + "/ resolves to 127.0.0.1, a loopback address");
            assertThat(site.asked()).isEmpty();
        }
    }

    @Test
    void without_the_test_option_the_local_server_is_refused_and_never_asked() throws Exception {
        try (TestSite site = new TestSite()) {
            site.html("/", "<p>hi</p>");
            assertThatThrownBy(() -> fetcher(resolver(Map.of())).fetch(site.url("/")))
                    .hasMessage("refused: " + site.url("/") + " is 127.0.0.1, a loopback address");
            assertThat(site.asked()).isEmpty();
        }
    }

    @Test
    void the_test_option_opens_one_port_only() throws Exception {
        try (TestSite site = new TestSite()) {
            Fetcher fetcher = Fetcher.create(FetchSettings.defaults("test").withTestHost(site.hostPort()).withTiming(new FakeTiming()));
            String otherPort = "http://127.0.0.1:" + (site.port() == 65535 ? 65534 : site.port() + 1) + "/";
            assertThatThrownBy(() -> fetcher.fetch(otherPort)).hasMessage("refused: " + otherPort + " is 127.0.0.1, a loopback address");
            String otherLoopback = "http://127.0.0.2:" + site.port() + "/";
            assertThatThrownBy(() -> fetcher.fetch(otherLoopback)).hasMessage("refused: " + otherLoopback + " is 127.0.0.2, a loopback address");
        }
    }

    @Test
    void the_test_host_must_be_an_address_and_port() {
        for (String bad : List.of("localhost:8080", "127.0.0.1", "127.1:80", "example.com:80")) {
            assertThatThrownBy(() -> Fetcher.create(FetchSettings.defaults("test").withTestHost(bad)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not an IP address and port");
        }
    }

    @Test
    void a_redirect_from_the_test_server_to_the_metadata_service_is_refused() throws Exception {
        try (TestSite site = new TestSite()) {
            site.redirect("/go", "http://169.254.169.254/latest/meta-data/");
            Fetcher fetcher = Fetcher.create(FetchSettings.defaults("test").withTestHost(site.hostPort()).withTiming(new FakeTiming()));
            assertThatThrownBy(() -> fetcher.fetch(site.url("/go")))
                    .hasMessage("refused: http://169.254.169.254/latest/meta-data/ (redirected from " + site.url("/go")
                            + ") is 169.254.169.254, a link-local address (the cloud metadata service)");
            assertThat(site.asked()).containsExactly("/robots.txt", "/go");
        }
    }

    @Test
    void a_redirect_to_ipv6_loopback_or_to_a_name_inside_is_refused() throws Exception {
        try (TestSite site = new TestSite()) {
            site.redirect("/six", "http://[::1]:" + site.port() + "/").redirect("/name", "http://internal.example/admin");
            Fetcher fetcher = Fetcher.create(FetchSettings.defaults("test").withTestHost(site.hostPort())
                    .withResolver(resolver(Map.of("internal.example", List.of("10.0.0.1")))).withTiming(new FakeTiming()));
            assertThatThrownBy(() -> fetcher.fetch(site.url("/six")))
                    .hasMessage("refused: http://[::1]:" + site.port() + "/ (redirected from " + site.url("/six")
                            + ") is ::1, a loopback address");
            assertThatThrownBy(() -> fetcher.fetch(site.url("/name")))
                    .hasMessage("refused: http://internal.example/admin (redirected from " + site.url("/name")
                            + ") resolves to 10.0.0.1, a private address");
        }
    }

    @Test
    void credentials_and_other_schemes_are_refused() throws Exception {
        Fetcher fetcher = fetcher(resolver(Map.of()));
        assertThatThrownBy(() -> fetcher.fetch("http://user:secret@example.com/a"))
                .hasMessage("refused: http://example.com/a carries credentials (user:password@); they are never sent");
        assertThatThrownBy(() -> fetcher.fetch("file:///etc/passwd"))
                .hasMessage("refused: file:///etc/passwd: only http and https addresses are fetched");
        assertThatThrownBy(() -> fetcher.fetch("ftp://example.com/a.html"))
                .hasMessage("refused: ftp://example.com/a.html: only http and https addresses are fetched");
        assertThatThrownBy(() -> fetcher.fetch("gopher://example.com/")).hasMessageStartingWith("refused: gopher:");
        assertThat(resolved).isEmpty();
        try (TestSite site = new TestSite()) {
            site.redirect("/file", "file:///etc/passwd").redirect("/cred", "http://u:p@example.com/");
            Fetcher toSite = Fetcher.create(FetchSettings.defaults("test").withTestHost(site.hostPort()).withTiming(new FakeTiming()));
            assertThatThrownBy(() -> toSite.fetch(site.url("/file")))
                    .hasMessage("refused: file:///etc/passwd (redirected from " + site.url("/file") + "): only http and https addresses are fetched");
            assertThatThrownBy(() -> toSite.fetch(site.url("/cred")))
                    .hasMessage("refused: http://example.com/ (redirected from " + site.url("/cred") + ") carries credentials"
                            + " (user:password@); they are never sent");
        }
    }
}
