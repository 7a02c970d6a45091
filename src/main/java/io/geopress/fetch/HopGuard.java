package io.geopress.fetch;

import io.geopress.model.LinkTarget;
import okhttp3.HttpUrl;

/**
 * Checks each address a fetch is about to ask for, the first and every redirect: only http(s), no credentials, and
 * a host written as an address must be a public one (a host name is checked as it is resolved, by
 * {@link GuardedDns}); {@code allowed}, when set, is the one inside address and port a test may reach.
 */
final class HopGuard {
    private static final int SHOWN_LOCATION = 200;
    private final HostPort allowed;

    HopGuard(HostPort allowed) {
        this.allowed = allowed;
    }

    /** The address the user gave, parsed, or a one-line refusal. */
    HttpUrl first(String url) {
        String scheme = LinkTarget.scheme(url.strip());
        if (scheme == null) throw FetchException.at(url, "not an absolute http(s) address");
        if (!isWeb(scheme)) throw FetchException.refused(url + ": only http and https addresses are fetched");
        HttpUrl parsed = HttpUrl.parse(url.strip());
        if (parsed == null) throw FetchException.at(url, "not a valid address");
        check(parsed, "");
        return parsed;
    }

    /** Where a redirect from {@code from} to {@code location} leads, checked as the first address was. */
    HttpUrl redirect(HttpUrl from, String location, String requested) {
        String via = " (redirected from " + requested + ")";
        HttpUrl next = from.resolve(location.strip());
        if (next == null) {
            String shown = location.length() > SHOWN_LOCATION ? location.substring(0, SHOWN_LOCATION) + "…" : location;
            String scheme = LinkTarget.scheme(location.strip());
            if (scheme != null && !isWeb(scheme)) {
                throw FetchException.refused(shown + via + ": only http and https addresses are fetched");
            }
            throw FetchException.at(requested, "redirected to an address that is not valid: " + shown);
        }
        check(next, via);
        return next;
    }

    /** @param via how the address was reached, for the message: empty for the first */
    private void check(HttpUrl url, String via) {
        if (!url.username().isEmpty() || !url.password().isEmpty()) {
            String bare = url.newBuilder().username("").password("").build().toString();
            throw FetchException.refused(bare + via + " carries credentials (user:password@); they are never sent");
        }
        HostLiteral literal = HostLiteral.of(url.host());
        if (literal == null) return; // a name: GuardedDns checks what it resolves to
        if (allowed != null && allowed.matches(literal, url.port())) return;
        String where = url + via;
        if (literal.address() == null) throw FetchException.refused(where + ": its host is not a valid IPv4 address");
        String address = BlockedAddresses.shown(literal.address());
        String reason = BlockedAddresses.reason(literal.address());
        if (!literal.canonical()) {
            throw FetchException.refused(where + " writes the address " + address + " in an unusual form"
                    + (reason == null ? "; write it as " + address : ", " + reason));
        }
        if (reason != null) throw FetchException.refused(where + " is " + address + ", " + reason);
    }

    private static boolean isWeb(String scheme) {
        return scheme.equals("http") || scheme.equals("https");
    }
}
