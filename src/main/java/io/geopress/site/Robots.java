package io.geopress.site;

import io.geopress.config.SiteConfig;
import java.util.Map;

/** robots.txt from the site's crawler policy: a group per named crawler, {@code *} last, then the sitemap. */
final class Robots {
    private Robots() {}

    /** robots.txt of the site {@code config} describes, pointing at its sitemap. */
    static String of(SiteConfig config) {
        Links links = new Links(config);
        return of(config, links.absolute(links.home()) + Sitemap.FILE);
    }

    private static String of(SiteConfig config, String sitemapUrl) {
        StringBuilder out = new StringBuilder("# Which crawlers may read this site (geopress.yml: crawlers)\n");
        Map<String, Boolean> crawlers = config.crawlers();
        crawlers.forEach((agent, allowed) -> {
            if (!agent.equals("*")) group(out, agent, allowed, config.basePath());
        });
        group(out, "*", crawlers.getOrDefault("*", true), config.basePath());
        out.append("Sitemap: ").append(sitemapUrl).append('\n');
        return out.toString();
    }

    private static void group(StringBuilder out, String agent, boolean allowed, String path) {
        out.append("\nUser-agent: ").append(agent).append('\n')
                .append(allowed ? "Allow: " : "Disallow: ").append(path).append('\n');
    }
}
