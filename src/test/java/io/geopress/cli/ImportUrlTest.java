package io.geopress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.config.ConfigFile;
import io.geopress.model.Article;
import io.geopress.store.ArticleStore;
import java.net.InetAddress;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geopress import URL}, through the real command, from a local server reached with the test-only option. */
class ImportUrlTest {
    private static final String PAGE = "<!DOCTYPE html>\n<html><head><title>山城缆车恢复运行</title></head>\n<body>"
            + "<nav><a href=\"/\">首页</a></nav><article><h1>山城缆车恢复运行</h1>\n"
            + "<p>检修了三个月的山城缆车今天恢复运行，第一班车早上七点从江边站出发，十分钟后到达山顶公园。</p>\n"
            + "<p>管理处说，这次检修更换了全部钢缆和两台电机，车厢里也装上了新的座椅和更大的窗户。</p>\n"
            + "<p>不少老居民一早就来排队，他们说坐缆车上山是几十年的习惯，停运的这段时间只能绕远路坐公交。</p>\n"
            + "<p>票价和以前一样，学生和老人仍然半价，节假日会加开夜班车，末班车延长到晚上十点。</p>\n"
            + "<p>江边站的候车厅也重新粉刷过，墙上挂起了缆车从建成到现在的老照片，很多乘客停下来仔细看。</p>\n"
            + "<p>管理处提醒大家雨天和大风天可能临时停运，出门前可以先在车站门口的告示牌上看看当天的安排。</p>\n"
            + "<p>详细时刻表见<a href=\"timetable.html\">运行时刻</a>，山顶站旁边的观景台也同时重新开放。</p>\n"
            + "</article></body></html>\n";

    @TempDir Path dir;
    Path site;
    MockWebServer server;
    String out;
    String err;

    @BeforeEach
    void siteAndServer() throws Exception {
        site = dir.resolve("site");
        assertThat(Main.run("init", site.toString())).isZero();
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return switch (request.getPath()) {
                    case "/news/cable-car" -> new MockResponse().setResponseCode(301).setHeader("Location", "/news/2026/cable-car.html");
                    case "/news/2026/cable-car.html" -> new MockResponse().setHeader("Content-Type", "text/html; charset=gbk")
                            .setBody(new Buffer().write(PAGE.getBytes(Charset.forName("GBK"))));
                    case "/to-metadata" -> new MockResponse().setResponseCode(302).setHeader("Location", "http://169.254.169.254/");
                    default -> new MockResponse().setResponseCode(404);
                };
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stopServer() throws Exception {
        server.shutdown();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getPort() + path;
    }

    private int run(String... args) {
        CommandRun run = CommandRun.of(args);
        out = run.out();
        err = run.err();
        return run.exit();
    }

    private ArticleStore store() {
        return ArticleStore.openSqlite(site.resolve("geopress.db"), ConfigFile.read(site).timeZone(), Clock.systemUTC());
    }

    @Test
    void aUrlIsFetchedAndImportedAsItsPageFromItsFinalAddressInItsHeadersCharset() {
        assertThat(run("--site", site.toString(), "import", "--allow-private-host", "127.0.0.1:" + server.getPort(),
                url("/news/cable-car"))).as(err).isZero();

        assertThat(err).contains("imported 1 article(s): 1 new");
        ArticleStore store = store();
        assertThat(store.list()).hasSize(1);
        Article article = store.find(store.list().get(0).slug()).orElseThrow().article();
        assertThat(out.strip()).isEqualTo(store.list().get(0).slug());
        assertThat(article.title().zh()).isEqualTo("山城缆车恢复运行");
        assertThat(article.source().url()).isEqualTo(url("/news/2026/cable-car.html"));
        assertThat(article.body().get(0).text().zh()).startsWith("检修了三个月的山城缆车今天恢复运行");
        assertThat(article.body()).anySatisfy(b -> assertThat(b.text().nodes(io.geopress.model.Lang.ZH).toString())
                .contains(url("/news/2026/timetable.html")));
    }

    @Test
    void withoutTheTestOptionTheLocalServerIsRefusedAndNothingIsSaved() {
        assertThat(run("--site", site.toString(), "import", url("/news/cable-car"))).isEqualTo(1);

        assertThat(err).contains("geopress: error: refused: " + url("/news/cable-car") + " is 127.0.0.1, a loopback address\n");
        assertThat(server.getRequestCount()).isZero();
        assertThat(store().list()).isEmpty();
    }

    @Test
    void aRedirectToTheMetadataServiceIsRefusedEvenWithTheTestOption() {
        assertThat(run("--site", site.toString(), "import", "--allow-private-host", "127.0.0.1:" + server.getPort(),
                url("/to-metadata"))).isEqualTo(1);

        assertThat(err).contains("geopress: error: refused: http://169.254.169.254/ (redirected from " + url("/to-metadata")
                + ") is 169.254.169.254, a link-local address (the cloud metadata service)");
        assertThat(store().list()).isEmpty();
    }

    @Test
    void theTestOptionNeedsAnAddressAndPortAndSaysItIsForTesting() {
        assertThat(run("--site", site.toString(), "import", "--allow-private-host", "localhost:80", url("/news/cable-car")))
                .isNotZero();
        assertThat(err).contains("--allow-private-host 'localhost:80' is not an IP address and port");

        assertThat(run("import", "--help")).isZero();
        assertThat(out).contains("--allow-private-host=HOST:PORT").contains("For testing only");
    }
}
