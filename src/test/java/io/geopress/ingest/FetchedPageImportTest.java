package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geopress.model.Block;
import io.geopress.model.BlockKind;
import io.geopress.model.Figure;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.model.Progress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A page fetched from a URL is read as an HTML file, from its own address and in the charset its header names. */
class FetchedPageImportTest {
    private static final String URL = "https://news.example/city/2026/bikes.html";
    private static final String BODY = "<p>运河边新开的自行车道全长十二公里，从北站一直通到老城的码头，沿途设有六个休息点和两处修车摊。</p>\n"
            + "<p>住在附近的居民说，早上骑车去上班比坐公交快一些，周末也常有人带着孩子沿河慢慢骑上一圈。</p>\n"
            + "<p>交通部门计划明年在车道两侧再种一排樟树，并在每个路口加装提示灯，让骑车人和行人都更安全。</p>\n"
            + "<p>车道开通的第一个星期，沿线的早餐店和茶馆生意明显好了起来，不少店主在门口摆出了停车架。</p>\n"
            + "<p>有骑车人建议在码头一端增设存车棚，方便换乘渡船的人把车锁好再过河，部门表示会认真考虑。</p>\n";

    private static String page(String head, String article) {
        return "<!DOCTYPE html>\n<html><head><title>运河自行车道通车</title>" + head + "</head>\n<body><article>"
                + "<h1>运河自行车道通车</h1>\n" + BODY + article + "</article></body></html>\n";
    }

    private static Imported read(String address, String contentType, byte[] bytes) {
        List<Imported> all = new ArrayList<>();
        new Ingest(ZoneId.of("Asia/Shanghai")).read(address, bytes, contentType, null, Progress.NONE, all::add);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void aGbkPageWithoutMetaIsReadInTheCharsetOfItsHeader() {
        byte[] gbk = page("", "").getBytes(Charset.forName("GBK"));

        Imported imported = read(URL, "text/html; charset=gbk", gbk);

        assertThat(imported.article().title().zh()).isEqualTo("运河自行车道通车");
        assertThat(imported.article().body()).extracting(b -> b.text().zh())
                .contains("运河边新开的自行车道全长十二公里，从北站一直通到老城的码头，沿途设有六个休息点和两处修车摊。");
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void theHeadersCharsetOutweighsTheMetaTag() {
        byte[] gbk = page("<meta charset=\"big5\">", "").getBytes(Charset.forName("GBK"));

        Imported imported = read(URL, "text/html;charset=GBK", gbk);

        assertThat(imported.article().title().zh()).isEqualTo("运河自行车道通车");
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void relativeLinksAndImagesLeadFromTheFetchedAddressAndImagesStayOnTheWeb() {
        String html = page("", "<p>详见<a href=\"../notices/42.html\">通告</a>。</p>\n"
                + "<figure><img src=\"/img/lane.jpg\" alt=\"车道\"><figcaption>新车道</figcaption></figure>\n");

        Imported imported = read(URL, "text/html", html.getBytes(StandardCharsets.UTF_8));

        Block linked = imported.article().body().stream().filter(b -> b.text().zh().startsWith("详见")).findFirst().orElseThrow();
        assertThat(linked.text().nodes(Lang.ZH)).contains(Inline.link("https://news.example/city/notices/42.html", Inline.text("通告")));
        Block figure = imported.article().body().stream().filter(b -> b.kind() == BlockKind.FIGURE).findFirst().orElseThrow();
        assertThat(((Figure) figure.detail()).src()).isEqualTo("https://news.example/img/lane.jpg");
        assertThat(imported.images()).as("nothing to capture from this machine").isEmpty();
        assertThat(imported.article().source().url()).isEqualTo(URL);
        assertThat(imported.origin()).isEqualTo(URL);
    }

    @Test
    void theCanonicalAddressIsTheSourceUrlWhenThePageNamesOne() {
        String html = page("<link rel=\"canonical\" href=\"https://news.example/bikes\">", "");

        Imported imported = read(URL + "?utm_source=feed", "text/html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(imported.article().source().url()).isEqualTo("https://news.example/bikes");
    }

    @Test
    void aPageThatIsNotHtmlIsRefusedNamingItsType() {
        assertThatThrownBy(() -> read(URL, "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(ImportException.class)
                .hasMessage(URL + ": not an HTML page or a feed (application/pdf)");
        assertThatThrownBy(() -> read(URL, "text/html", "  \n".getBytes(StandardCharsets.US_ASCII)))
                .hasMessage(URL + ": empty page");
    }

    @Test
    void aPageWithoutContentTypeIsReadWhenItLooksLikeHtml() {
        Imported imported = read(URL, null, page("", "").getBytes(StandardCharsets.UTF_8));
        assertThat(imported.article().title().zh()).isEqualTo("运河自行车道通车");
    }
}
