package io.geopress.ingest;

import static io.geopress.ingest.HtmlPages.blocks;
import static io.geopress.ingest.HtmlPages.line;
import static io.geopress.ingest.HtmlPages.read;
import static io.geopress.ingest.HtmlPages.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockKind;
import io.geopress.model.Figure;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlImagesTest {
    private static final String CANONICAL = "<link rel=\"canonical\" href=\"https://photos.example/2026/story\">";
    private static final String GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";

    @TempDir
    Path dir;

    @Test
    void lazyImagesShowTheAddressTheirScriptWouldLoadNeverThePlaceholder() {
        Imported page = read(write(dir, "lazy.html", CANONICAL, String.join("\n",
                "<p><img src=\"" + GIF + "\" data-src=\"/a.jpg\"></p>",
                "<p><img src=\"/img/blank.gif\" data-original=\"/b.jpg\"></p>",
                "<p><img src=\"/img/spacer.gif\" data-lazy-src=\"/c.jpg\"></p>",
                "<p><img src=\"/img/loading.gif\" data-actualsrc=\"/d.jpg\"></p>",
                "<p><img srcset=\"/e-1x.jpg 1x, /e-2x.jpg 2x\" src=\"/e.jpg\"></p>",
                "<p><img data-srcset=\"/f-480.jpg 480w, /f-1200.jpg 1200w,/f-800.jpg 800w\" src=\"" + GIF + "\"></p>",
                "<p><img src=\"/g.jpg\" srcset=\"https://cdn.photos.example/w_400,h_300/g.jpg 400w, https://cdn.photos.example/w_800,h_600/g.jpg 800w\"></p>",
                "<p><img src=\"/t.gif\" width=\"1\" height=\"1\" data-src=\"/h.jpg\"></p>",
                "<p>统计像素<img src=\"https://track.example/p?id=3\" width=\"1\" height=\"1\"></p>")));

        assertThat(srcs(page)).containsExactly("https://photos.example/a.jpg", "https://photos.example/b.jpg",
                "https://photos.example/c.jpg", "https://photos.example/d.jpg", "https://photos.example/e-2x.jpg",
                "https://photos.example/f-1200.jpg", "https://cdn.photos.example/w_800,h_600/g.jpg", "https://photos.example/h.jpg");
        assertThat(page.warnings()).isEmpty();
    }

    @Test
    void anImageWithOnlyAnEmbeddedDataAddressIsLeftOutWithAWarningNamingItsLine() {
        Path file = write(dir, "data.html", CANONICAL, "<p>说明文字。</p>\n<p><img src=\"" + GIF + "\" alt=\"一张地图\"></p>");

        Imported page = read(file);

        assertThat(blocks(page, BlockKind.FIGURE)).isEmpty();
        assertThat(page.warnings()).containsExactly(file + ":" + line(2)
                + ": an image with no address but an embedded data: image is not kept; its alt text: “一张地图”");
    }

    @Test
    void theRealImageInANoscriptFallbackTakesItsPlaceholdersPlace() {
        Imported page = read(write(dir, "noscript.html", CANONICAL,
                "<p><img class=\"lazy\" src=\"/img/grey.gif\" alt=\"河边的步道\"><noscript><img src=\"/photos/path.jpg\"></noscript></p>"));

        assertThat(blocks(page, BlockKind.FIGURE)).extracting(Block::figure).extracting(Figure::src, f -> f.alt().zh())
                .containsExactly(tuple("https://photos.example/photos/path.jpg", "河边的步道"));
    }

    @Test
    void anImageInRunningTextComesAfterItsTextAndOneAloneInItsParagraphIsAFigureWithoutCaption() {
        Imported page = read(write(dir, "inline.html", CANONICAL,
                "<p id=\"run\">志愿者带着<img src=\"/icons/tape.png\" width=\"24\" height=\"24\" alt=\"卷尺\">卷尺走遍了每条小巷。</p>\n"
                        + "<p><a href=\"/photos/lane.jpg\"><img src=\"/photos/lane-small.jpg\"></a></p>"));
        List<Block> body = page.article().body();
        int run = body.indexOf(body.stream().filter(b -> b.text().zh().startsWith("志愿者")).findFirst().orElseThrow());

        assertThat(body.get(run).text().zh()).isEqualTo("志愿者带着卷尺走遍了每条小巷。");
        assertThat(body.get(run + 1).figure()).isEqualTo(new Figure("https://photos.example/icons/tape.png", 24, 24,
                new Bilingual("卷尺", ""), null));
        assertThat(body.get(run + 2).figure().src()).isEqualTo("https://photos.example/photos/lane-small.jpg");
        assertThat(body.get(run + 2).text().isEmpty()).isTrue();
        assertThat(page.warnings()).as("a link to the larger image is the image").isEmpty();
    }

    @Test
    void theLinkAroundAnImageToAnotherPageIsNamedInAWarning() {
        Path file = write(dir, "linked.html", CANONICAL, "<p><a href=\"/gallery/12\"><img src=\"/photos/lane.jpg\"></a></p>");

        Imported page = read(file);

        assertThat(srcs(page)).containsExactly("https://photos.example/photos/lane.jpg");
        assertThat(page.warnings()).containsExactly(file + ":" + line(1)
                + ": the link around an image, to '/gallery/12', is not kept (a figure has no link)");
    }

    @Test
    void aRelativeImageOfAPageWithNoAddressIsALocalFileBesideIt() {
        Path file = write(dir, "local.html", "", "<figure><img src=\"images/my%20photo.png?v=2\" alt=\"河边\">"
                + "<figcaption>河边的新步道。</figcaption></figure>\n<p><img src=\"https://cdn.example/x.jpg\"></p>\n"
                + "<p><img src=\"images/my%20photo.png?v=2\"></p>");

        Imported page = read(file);

        assertThat(srcs(page)).containsExactly("images/my%20photo.png?v=2", "https://cdn.example/x.jpg", "images/my%20photo.png?v=2");
        assertThat(page.images()).containsExactly(new Imported.LocalImage("images/my%20photo.png?v=2",
                dir.resolve("images/my photo.png").toAbsolutePath(), file + ":" + line(1)));
    }

    @Test
    void anImageOutsideThePagesFolderIsNeverReadAndSaysSo() {
        Path file = write(dir, "saved.html", "", "<figure><img src=\"../../home/someone/Pictures/private.png\" alt=\"x\">"
                + "<figcaption>说明。</figcaption></figure>");

        Imported page = read(file);

        assertThat(page.images()).isEmpty();
        assertThat(page.warnings()).singleElement().asString().startsWith(file + ":" + line(1) + ": ")
                .contains("outside the page's folder");
    }

    @Test
    void aParagraphOfNumbersIsKeptOnItsOwnNotTakenForATranslation() {
        String p = "<p>年度客流如下，新线路开通一年后工作日客流增长了六成，周末客流增长了三成，沿线商户普遍认为电车带来的客流让"
                + "周末的营业额明显回升，但也有居民担心夜间噪音。</p>";
        Imported page = read(write(dir, "numbers.html", "", p + p.replace("年度", "今年") + "<p>120 + 192 = 312</p>"
                + p.replace("年度", "去年")));

        java.util.List<Block> body = page.article().body();
        int at = body.stream().map(b -> b.text().any()).toList().indexOf("120 + 192 = 312");
        assertThat(at).isPositive();
        assertThat(body.get(at).flags()).isEmpty();
        assertThat(body.get(at - 1).text().en()).as("no Chinese paragraph takes the figures for its English").isEmpty();
    }

    @Test
    void aPageWithABaseAddressHasNoLocalImages() {
        Imported page = read(write(dir, "based.html", "<base href=\"https://photos.example/2026/\">",
                "<p><img src=\"images/river.png\"></p>"));

        assertThat(srcs(page)).containsExactly("https://photos.example/2026/images/river.png");
        assertThat(page.images()).isEmpty();
    }

    private static List<String> srcs(Imported page) {
        return blocks(page, BlockKind.FIGURE).stream().map(b -> b.figure().src()).toList();
    }
}
