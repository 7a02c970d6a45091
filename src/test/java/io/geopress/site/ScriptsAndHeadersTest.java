package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.config.SiteConfig;
import io.geopress.testing.SampleSite;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages run only scripts loaded from the site's own fingerprinted files, so that a Content-Security-Policy of
 * {@code script-src 'self'} lets them run; the build writes the headers for static hosts in {@code _headers}.
 */
class ScriptsAndHeadersTest {
    private static final SiteConfig CONFIG = SiteConfig.defaults("GEO 测试站", URI.create("https://geo.example.com/news/"));
    @TempDir static Path site;
    static Path out;
    static List<Path> pages;

    @BeforeAll
    static void build() throws Exception {
        SampleSite.build(site, CONFIG);
        out = site.resolve("public").toRealPath();
        try (Stream<Path> files = Files.walk(out)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).toList();
        }
    }

    @Test
    void everyPageLoadsItsScriptsFromFingerprintedFilesAndHasNoInlineScriptHandlerOrStyle() throws Exception {
        for (Path file : pages) {
            Document page = Jsoup.parse(file.toFile());
            for (Element script : page.select("script")) {
                if (script.attr("type").equals("application/ld+json")) continue; // data, which no policy blocks
                assertThat(script.attr("src")).as(file + ": " + script).matches("/news/assets/(site|search)\\.[0-9a-f]{10}\\.js");
                assertThat(script.data()).as(file + ": " + script).isEmpty();
            }
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertThat(attribute.getKey()).as(file + ": " + element.tagName()).doesNotStartWith("on").isNotEqualTo("style");
                }
            }
        }
        Document article = Jsoup.parse(out.resolve("articles/why-trams-are-back-lessons-from-lanhe-s-first-year.html").toFile());
        String script = article.select("script[src]").attr("src");
        assertThat(Files.readString(out.resolve(script.substring("/news/".length())))).isEqualTo(bundled("site.js"));
        Document search = Jsoup.parse(out.resolve("search/index.html").toFile());
        assertThat(search.select("script[src]").eachAttr("src")).hasSize(2).allMatch(src -> Files.isRegularFile(out.resolve(src.substring(6))));
    }

    @Test
    void theHeadersFileGivesStaticHostsTheHeadersOfEveryAnswer() throws Exception {
        assertThat(Files.readAllLines(out.resolve("_headers"))).containsSubsequence("/*",
                "  Content-Security-Policy: " + SiteConfig.DEFAULT_CONTENT_SECURITY_POLICY,
                "  X-Content-Type-Options: nosniff",
                "  Referrer-Policy: strict-origin-when-cross-origin");
    }

    @Test
    void aChangedScriptChangesTheBuildsFingerprint() {
        Path theme = site.resolve(Templates.THEME);
        assertThat(Fingerprint.of(CONFIG, List.of("body{}", "var a;"), theme))
                .isEqualTo(Fingerprint.of(CONFIG, List.of("body{}", "var a;"), theme))
                .isNotEqualTo(Fingerprint.of(CONFIG, List.of("body{}", "var b;"), theme));
    }

    private static String bundled(String name) throws Exception {
        try (InputStream in = ScriptsAndHeadersTest.class.getResourceAsStream("/site/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
