package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.config.SiteConfig;
import io.geopress.model.Bilingual;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The quick ways the site files are written: text put on one line, sitemap dates, absolute links, the settings. */
class QuickFormatsTest {
    private static final Pattern RUN_WITH_BREAK = Pattern.compile("\\s*\\R\\s*");

    @Test
    void eachRunOfWhiteSpaceWithALineBreakBecomesOneSpace() {
        for (String text : List.of("", "plain title", "城市为何\n重建电车", "a \r\n\t b", "tabs\tstay  as\tthey are",
                "ends with a break\n", "\n\nstarts", "a\u2028b", "a \f b\u000Bc", "两段\n\n  第二段")) {
            assertThat(MarkdownText.oneLine(text)).as(text).isEqualTo(RUN_WITH_BREAK.matcher(text).replaceAll(" "));
        }
    }

    @Test
    void sitemapDatesAreFormattedAsTheIsoFormatterDoes() {
        for (OffsetDateTime t : List.of(OffsetDateTime.parse("2025-07-20T00:00+08:00"), OffsetDateTime.parse("2025-07-20T08:30:15Z"),
                OffsetDateTime.parse("2026-11-29T17:19:02.228631304-05:30"), OffsetDateTime.parse("2026-11-29T17:19:02.120+08:00"),
                OffsetDateTime.parse("2026-11-29T17:19:00.000001+08:00"), OffsetDateTime.parse("0999-01-01T00:00Z"))) {
            assertThat(Sitemap.w3c(t)).isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t));
        }
    }

    @Test
    void recordsInKeysAreWrittenAsTheirOwnToStringWritesThem() {
        SiteConfig config = SiteConfig.defaults("GEO", URI.create("https://geo.example.com/"))
                .withFooter("京ICP备12345678号", null).withPageSize(7);
        assertThat(RecordText.of(config)).isEqualTo(config.toString());
        record Tag(String name, int count) {}
        record Page(List<Tag> tags, Map<String, Tag> bySlug, Bilingual heading, Object none) {}
        Page page = new Page(List.of(new Tag("城市", 3), new Tag("trams", 1)), new TreeMap<>(Map.of("cheng-shi", new Tag("城市", 3))),
                new Bilingual("标签", "Tags"), null);
        assertThat(RecordText.of(page)).isEqualTo(page.toString());
        assertThat(RecordText.of(List.of())).isEqualTo("[]");
    }

    @Test
    void absoluteLinksAreTheBaseUrlsResolution() {
        for (String base : List.of("https://geo.example.com/", "https://geo.example.com/news/", "http://localhost:8080/a/b/")) {
            SiteConfig config = SiteConfig.defaults("GEO", URI.create(base));
            Links links = new Links(config);
            for (String path : List.of(links.articlePath("trams"), links.home(), links.home() + "sitemap.xml",
                    links.listPath("tags/jiao-tong/", 3), "relative/page.html", "/elsewhere/")) {
                assertThat(links.absolute(path)).as(base + " + " + path).isEqualTo(config.baseUrl().resolve(path).toString());
            }
        }
    }
}
