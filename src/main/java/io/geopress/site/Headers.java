package io.geopress.site;

import io.geopress.config.SiteConfig;

/**
 * {@code _headers}, in the format Netlify and Cloudflare Pages read: the headers {@code geopress serve} sends with
 * every answer (the Content-Security-Policy and the rest), for a static host to send too.
 */
final class Headers {
    static final String FILE = "_headers";

    private Headers() {}

    static void write(BuildFolder folder, SiteConfig config) {
        StringBuilder out = new StringBuilder("# the headers of every answer (geopress.yml: content_security_policy)\n/*\n");
        config.securityHeaders().forEach((name, value) -> out.append("  ").append(name).append(": ").append(value).append('\n'));
        folder.writeUnlessSame(FILE, "headers", out.toString());
    }
}
