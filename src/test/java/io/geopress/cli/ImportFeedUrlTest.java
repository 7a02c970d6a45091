package io.geopress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.config.ConfigFile;
import io.geopress.model.Article;
import io.geopress.model.StoredArticle;
import io.geopress.store.ArticleStore;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geopress import https://…/feed} and {@code --fetch}, against a local web server reached through the test-only option. */
class ImportFeedUrlTest {
    @TempDir Path dir;
    Path site;
    String err;
    final MockWebServer server = new MockWebServer();
    final Map<String, MockResponse> pages = new ConcurrentHashMap<>();

    @BeforeEach
    void siteAndServer() throws IOException {
        site = dir.resolve("site");
        assertThat(Main.run("init", site.toString())).isZero();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                MockResponse page = pages.get(request.getPath());
                return page != null ? page : new MockResponse().setResponseCode(404);
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private void serve(String path, String contentType, byte[] body) {
        pages.put(path, new MockResponse().setHeader("Content-Type", contentType).setBody(new okio.Buffer().write(body)));
    }

    private static byte[] fixture(String name) throws Exception {
        return Files.readAllBytes(Path.of(ImportFeedUrlTest.class.getResource("/fixture/feeds/" + name).toURI()));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getPort() + path;
    }

    private int run(String... args) {
        CommandRun run = CommandRun.of(args);
        err = run.err();
        return run.exit();
    }

    private int importing(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--site", site.toString(), "import", "--allow-private-host",
                "127.0.0.1:" + server.getPort()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private List<Article> stored() {
        ArticleStore store = ArticleStore.openSqlite(site.resolve("geopress.db"), ConfigFile.read(site).timeZone(), Clock.systemUTC());
        return store.list().stream().map(l -> store.find(l.slug()).map(StoredArticle::article).orElseThrow()).toList();
    }

    @Test
    void rssAtomAndJsonFeedsServedOverHttpImportAnArticlePerEntry() throws Exception {
        serve("/river.xml", "application/rss+xml; charset=utf-8", fixture("river-notes.rss"));
        serve("/lathe", "application/atom+xml", fixture("workshop.atom"));
        serve("/tea/feed.json", "application/feed+json", fixture("tea-house.json"));

        assertThat(importing(url("/river.xml"), url("/lathe"), url("/tea/feed.json"))).as(err).isZero();

        assertThat(err).contains("imported 10 article(s): 10 new");
        assertThat(stored()).extracting(a -> a.title().any()).contains("鱼道观测", "Truing a warped faceplate", "A new clay kettle");
    }

    @Test
    void withFetchAnEntryWithOnlyASummaryTakesItsPageAndAFailedFetchKeepsTheSummary() throws Exception {
        String feed = "<rss version=\"2.0\"><channel><title>河畔笔记</title><link>" + url("/") + "</link>"
                + "<item><title>鱼道观测</title><link>" + url("/posts/fish-pass.html") + "</link><guid>fish</guid>"
                + "<description>志愿者在新鱼道数到了四十七条鲫鱼。</description></item>"
                + "<item><title>水闸开放日</title><link>" + url("/posts/gone.html") + "</link><guid>gate</guid>"
                + "<description>水闸开放日改到下周六。</description></item></channel></rss>";
        serve("/feed.rss", "application/rss+xml; charset=utf-8", feed.getBytes(StandardCharsets.UTF_8));
        serve("/posts/fish-pass.html", "text/html; charset=utf-8", fixture("fish-pass.html"));

        assertThat(importing("--fetch", url("/feed.rss"))).as(err).isZero();

        Article fish = stored().stream().filter(a -> a.title().zh().equals("鱼道观测")).findFirst().orElseThrow();
        assertThat(fish.excerpt()).isFalse();
        assertThat(fish.body().get(0).text().zh()).startsWith("三月十八日清晨");
        Article gate = stored().stream().filter(a -> a.title().zh().equals("水闸开放日")).findFirst().orElseThrow();
        assertThat(gate.excerpt()).isTrue();
        assertThat(gate.body().get(0).text().zh()).isEqualTo("水闸开放日改到下周六。");
        assertThat(err).contains("entry 2 (\"水闸开放日\") keeps its summary: " + url("/posts/gone.html") + ": HTTP 404");
    }

    @Test
    void withoutTheTestOptionALocalFeedIsRefusedBeforeAnyRequest() throws Exception {
        serve("/river.xml", "application/rss+xml", fixture("river-notes.rss"));

        assertThat(run("--site", site.toString(), "import", url("/river.xml"))).isNotZero();

        assertThat(err.strip()).startsWith("geopress: error: refused: " + url("/river.xml")).doesNotContain("\n");
        assertThat(server.getRequestCount()).isZero();
    }
}
