package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final List<String> problems = new ArrayList<>();
    private PageMetadata meta;

    @Test
    void jsonLdArticleIsFoundInsideAnArrayWithAuthorsAndPublisherByReference() {
        givenHead("""
                <meta name="author" content="Someone Else">
                <script type="application/ld+json">
                [{"@type": "Organization", "@id": "#org", "name": "Misty Ridge Journal"},
                 {"@type": ["BlogPosting"], "headline": "Terraces after the rain",
                  "datePublished": "2026-04-02T08:15:00Z",
                  "author": [{"@type": "Person", "name": "Mei Chen"}, "Tom Hart"],
                  "publisher": {"@id": "#org"}, "keywords": "tea, terraces"}]
                </script>""");

        assertThat(meta.title()).isEqualTo("Terraces after the rain");
        assertThat(meta.published()).isEqualTo(OffsetDateTime.parse("2026-04-02T08:15:00Z"));
        assertThat(meta.author()).isEqualTo("Mei Chen, Tom Hart");
        assertThat(meta.siteName()).isEqualTo("Misty Ridge Journal");
        assertThat(meta.tags()).containsExactly("tea", "terraces");
        assertThat(problems).isEmpty();
    }

    @Test
    void jsonLdThatIsNotAnArticleIsPassedOver() {
        givenHead("""
                <meta property="og:title" content="Night trams on Line 2">
                <script type="application/ld+json">{"@type": "WebSite", "name": "Qingxi Observer"}</script>""");

        assertThat(meta.title()).isEqualTo("Night trams on Line 2");
    }

    @Test
    void brokenJsonLdIsReportedAndIgnored() {
        givenHead("""
                <title>Night trams on Line 2</title>
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>""");

        assertThat(meta.title()).isEqualTo("Night trams on Line 2");
        assertThat(problems).containsExactly("JSON-LD block 1 is not valid JSON and was ignored");
    }

    @Test
    void titleLosesTheSiteNameWhateverTheSeparator() {
        assertThat(PageMetadata.withoutSiteName("Night trams - Qingxi Observer", "Qingxi Observer")).isEqualTo("Night trams");
        assertThat(PageMetadata.withoutSiteName("Qingxi Observer | Night trams", "Qingxi Observer")).isEqualTo("Night trams");
        assertThat(PageMetadata.withoutSiteName("夜班电车｜青溪城市观察", "青溪城市观察")).isEqualTo("夜班电车");
        assertThat(PageMetadata.withoutSiteName("Trams - the next ten years", "Qingxi Observer"))
                .isEqualTo("Trams - the next ten years");
        assertThat(PageMetadata.withoutSiteName("Night trams - Qingxi Observer", null)).isEqualTo("Night trams - Qingxi Observer");
    }

    @Test
    void titleFallsBackToTheFirstHeading() {
        givenPage("<html><head></head><body><h1>夜班电车</h1><p>正文</p></body></html>");

        assertThat(meta.title()).isEqualTo("夜班电车");
    }

    @Test
    void dateFallsBackToATimeElement() {
        givenPage("<html><body><p>Posted <time datetime=\"2026-03-11\">11 March</time></p></body></html>");

        assertThat(meta.published()).isEqualTo(OffsetDateTime.parse("2026-03-11T00:00:00+08:00"));
    }

    @Test
    void unreadableDateIsReportedAndLeftEmpty() {
        givenHead("<meta name=\"pubdate\" content=\"last Tuesday\">");

        assertThat(meta.published()).isNull();
        assertThat(problems).containsExactly("cannot read the publication date 'last Tuesday'; left empty");
    }

    @Test
    void canonicalUrlOutranksOpenGraphUrl() {
        givenHead("""
                <meta property="og:url" content="https://misty-ridge.example/?utm=feed">
                <link rel="canonical" href="https://misty-ridge.example/tea/terraces">""");

        assertThat(meta.url()).isEqualTo("https://misty-ridge.example/tea/terraces");
    }

    @Test
    void datesAreReadInTheFormsPagesUse() {
        assertThat(Dates.find("2026-03-11T10:42:00+08:00", SHANGHAI)).isEqualTo("2026-03-11T10:42:00+08:00");
        assertThat(Dates.find("2026-03-11T02:42:00Z", SHANGHAI)).isEqualTo("2026-03-11T02:42:00Z");
        assertThat(Dates.find("2026-03-11T10:42:00.250+0800", SHANGHAI)).isEqualTo("2026-03-11T10:42:00+08:00");
        assertThat(Dates.find("2026-03-11T10:42:00", SHANGHAI)).isEqualTo("2026-03-11T10:42:00+08:00");
        assertThat(Dates.find("2026-03-11 10:42", SHANGHAI)).isEqualTo("2026-03-11T10:42:00+08:00");
        assertThat(Dates.find("2026-03-11 10:42", ZoneId.of("Europe/London"))).isEqualTo("2026-03-11T10:42:00Z");
        assertThat(Dates.find("2026/3/11", SHANGHAI)).isEqualTo("2026-03-11T00:00:00+08:00");
        assertThat(Dates.find("2026年3月11日 10:42", SHANGHAI)).isEqualTo("2026-03-11T10:42:00+08:00");
        assertThat(Dates.find("2026-13-45", SHANGHAI)).isNull();
        assertThat(Dates.find("soon", SHANGHAI)).isNull();
    }

    private void givenHead(String head) {
        givenPage("<html><head>" + head + "</head><body><p>Body</p></body></html>");
    }

    private void givenPage(String html) {
        meta = PageMetadata.read(Jsoup.parse(html), SHANGHAI, problems);
    }
}
