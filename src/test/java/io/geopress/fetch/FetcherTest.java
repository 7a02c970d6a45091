package io.geopress.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geopress.model.FakeTiming;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FetcherTest {
    private static final Duration SECOND = Duration.ofSeconds(1);
    private final TestSite site = newSite();
    private final FakeTiming timing = new FakeTiming();

    private static TestSite newSite() {
        try {
            return new TestSite();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() throws Exception {
        site.close();
    }

    private FetchSettings settings() {
        return FetchSettings.defaults("1.2.3").withTestHost(site.hostPort()).withTiming(timing);
    }

    private Fetcher fetcher() {
        return Fetcher.create(settings());
    }

    @Test
    void a_page_comes_back_with_its_final_address_type_and_bytes_and_names_geopress() throws Exception {
        site.redirect("/old", "/new?x=1").html("/new?x=1", "<p>hello</p>");
        FetchedPage page = fetcher().fetch(site.url("/old"));
        assertThat(page.requestedUrl()).isEqualTo(site.url("/old"));
        assertThat(page.finalUrl()).isEqualTo(site.url("/new?x=1"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(page.charset()).isEqualTo("utf-8");
        assertThat(new String(page.bytes(), StandardCharsets.UTF_8)).isEqualTo("<p>hello</p>");
        site.server().takeRequest(); // robots.txt
        RecordedRequest first = site.server().takeRequest();
        assertThat(first.getHeader("User-Agent")).startsWith("geopress/1.2.3 (").doesNotContain("http");
    }

    @Test
    void five_redirects_are_followed_and_a_sixth_is_refused() throws Exception {
        for (int i = 0; i < 6; i++) site.redirect("/r" + i, "/r" + (i + 1));
        site.html("/r5", "<p>five</p>");
        assertThat(fetcher().fetch(site.url("/r0")).finalUrl()).isEqualTo(site.url("/r5"));

        site.redirect("/r5", "/r6").html("/r6", "<p>six</p>");
        assertThatThrownBy(() -> fetcher().fetch(site.url("/r0")))
                .hasMessage(site.url("/r0") + ": more than 5 redirects");
        assertThat(site.asked()).doesNotContain("/r6");
    }

    @Test
    void a_body_past_the_size_limit_is_refused_with_or_without_its_length_announced() throws Exception {
        site.page("/big", new MockResponse().setBody("x".repeat(5000)));
        Buffer chunked = new Buffer().writeUtf8("y".repeat(5000));
        site.page("/chunked", new MockResponse().setChunkedBody(chunked, 512));
        site.page("/fits", new MockResponse().setBody("z".repeat(1000)));
        Fetcher fetcher = Fetcher.create(settings().withMaxBytes(1000));
        assertThatThrownBy(() -> fetcher.fetch(site.url("/big")))
                .hasMessage(site.url("/big") + ": 5000 bytes by its Content-Length, larger than 1000 bytes, the limit of a fetched page");
        assertThatThrownBy(() -> fetcher.fetch(site.url("/chunked")))
                .hasMessage(site.url("/chunked") + ": larger than 1000 bytes, the limit of a fetched page");
        assertThat(fetcher.fetch(site.url("/fits")).bytes()).hasSize(1000);
    }

    @Test
    void a_server_that_does_not_answer_in_time_is_a_one_line_error() {
        site.page("/slow", new MockResponse().setBody("late").setHeadersDelay(1, TimeUnit.SECONDS));
        Fetcher fetcher = Fetcher.create(settings().withTimeouts(Duration.ofMillis(300), Duration.ofMillis(300)));
        assertThatThrownBy(() -> fetcher.fetch(site.url("/slow")))
                .hasMessage(site.url("/slow") + ": cannot fetch: timed out (300 ms to connect, 300 ms between reads,"
                        + " 1500 ms in all)");
    }

    @Test
    void an_error_status_names_the_url_and_status() {
        site.page("/gone", new MockResponse().setResponseCode(410));
        assertThatThrownBy(() -> fetcher().fetch(site.url("/gone"))).hasMessage(site.url("/gone") + ": HTTP 410 Client Error");
        assertThatThrownBy(() -> fetcher().fetch(site.url("/nothing-here"))).hasMessageStartingWith(site.url("/nothing-here") + ": HTTP 404");
    }

    @Test
    void robots_txt_is_honoured_and_read_once_per_site() {
        site.robots("User-agent: *\nDisallow: /private\n").html("/open", "<p>a</p>").html("/private/x", "<p>b</p>");
        Fetcher fetcher = fetcher();
        fetcher.fetch(site.url("/open"));
        assertThatThrownBy(() -> fetcher.fetch(site.url("/private/x")))
                .hasMessage(site.url("/private/x") + ": the robots.txt of 127.0.0.1 disallows /private/x for geopress");
        assertThat(site.asked()).containsExactly("/robots.txt", "/open");
    }

    @Test
    void robots_txt_is_checked_again_for_the_target_of_a_redirect() {
        site.robots("User-agent: geopress\nDisallow: /members/\n\nUser-agent: *\nAllow: /\n")
                .redirect("/go", "/members/page").html("/members/page", "<p>m</p>");
        assertThatThrownBy(() -> fetcher().fetch(site.url("/go")))
                .hasMessage(site.url("/go") + ": the robots.txt of 127.0.0.1 disallows /members/page for geopress");
        assertThat(site.asked()).containsExactly("/robots.txt", "/go");
    }

    @Test
    void a_missing_robots_txt_allows_and_a_failing_one_refuses() {
        site.html("/a", "<p>a</p>");
        assertThat(fetcher().fetch(site.url("/a")).status()).isEqualTo(200); // robots.txt: 404

        site.page("/robots.txt", new MockResponse().setResponseCode(503));
        assertThatThrownBy(() -> fetcher().fetch(site.url("/a")))
                .hasMessage(site.url("/a") + ": the robots.txt of 127.0.0.1 answered HTTP 503 Server Error; a site whose"
                        + " robots.txt fails is not fetched");
    }

    @Test
    void the_charset_of_the_http_header_is_reported() {
        Charset gbk = Charset.forName("GBK");
        site.page("/gbk", new MockResponse().setHeader("Content-Type", "text/html; charset=gbk")
                .setBody(new Buffer().write("<p>中文</p>".getBytes(gbk))));
        FetchedPage page = fetcher().fetch(site.url("/gbk"));
        assertThat(page.charset()).isEqualTo("gbk");
        assertThat(new String(page.bytes(), gbk)).isEqualTo("<p>中文</p>");
    }

    @Test
    void requests_to_one_host_are_a_second_apart() {
        site.html("/one", "<p>1</p>").html("/two", "<p>2</p>");
        Fetcher fetcher = fetcher();
        fetcher.fetch(site.url("/one"));
        fetcher.fetch(site.url("/two"));
        // robots.txt at once, then a second before each page
        assertThat(timing.sleeps()).containsExactly(SECOND, SECOND);
        assertThat(site.asked()).containsExactly("/robots.txt", "/one", "/two");
    }
}
