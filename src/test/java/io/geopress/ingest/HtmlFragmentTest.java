package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geopress.ingest.BlockPairer.Candidate;
import io.geopress.model.Bilingual;
import io.geopress.model.BlockKind;
import io.geopress.model.Figure;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.model.Progress;
import io.geopress.model.Table;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Raw HTML inside a Markdown file, read into the same candidates as a page's content. */
class HtmlFragmentTest {
    @TempDir
    Path dir;

    private SourceFile post() {
        return new SourceFile(dir.resolve("post/index.md"), "post/index.md", new byte[0], ZoneId.of("Asia/Shanghai"),
                Progress.NONE, ImportLimits.DEFAULT);
    }

    @Test
    void aFigureWithALocalImageIsAFigureCandidateAndALocalFileBesideTheMarkdown() {
        HtmlFragment.Read read = HtmlFragment.candidates("<figure>\n  <img src=\"bridge.jpg\" alt=\"新桥\" width=\"800\" height=\"600\">\n"
                + "  <figcaption>新桥在五月通车。</figcaption>\n</figure>", post(), 10, null);

        assertThat(read.candidates()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(BlockKind.FIGURE);
            assertThat(c.nodes()).containsExactly(Inline.text("新桥在五月通车。"));
            assertThat(c.detail()).isEqualTo(new Figure("bridge.jpg", 800, 600, new Bilingual("新桥", ""), null));
            assertThat(c.line()).isEqualTo(11);
        });
        assertThat(read.images()).containsExactly(new Imported.LocalImage("bridge.jpg",
                dir.resolve("post/bridge.jpg").toAbsolutePath(), "post/index.md:11"));
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void withABaseAddressImagesAndLinksAreAbsolute() {
        HtmlFragment.Read read = HtmlFragment.candidates("<p>见<a href=\"/reports/a.pdf\">报告</a>：<img src=\"img/a.png\"></p>", post(), 3,
                "https://blog.example/posts/bridge/");

        assertThat(read.candidates()).extracting(Candidate::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.FIGURE);
        assertThat(read.candidates().get(0).nodes()).contains(Inline.link("https://blog.example/reports/a.pdf", Inline.text("报告")));
        assertThat(((Figure) read.candidates().get(1).detail()).src()).isEqualTo("https://blog.example/posts/bridge/img/a.png");
        assertThat(read.images()).isEmpty();
    }

    @Test
    void aTableWithItsCaptionIsATableCandidateWithinTheLimits() {
        HtmlFragment.Read read = HtmlFragment.candidates("<table><caption>车次</caption><tr><th>线路</th><th>班次</th></tr>"
                + "<tr><td>一号线</td><td><b>120</b></td></tr></table>", post(), 5, null);

        Candidate table = read.candidates().get(0);
        assertThat(table.kind()).isEqualTo(BlockKind.TABLE);
        assertThat(table.nodes()).containsExactly(Inline.text("车次"));
        assertThat(((Table) table.detail()).rows().get(1).cells().get(1).text().nodes(Lang.ZH))
                .containsExactly(Inline.strong(Inline.text("120")));
        String tooLong = "<table>" + "<tr><td>1</td></tr>".repeat(501) + "</table>";
        assertThatThrownBy(() -> HtmlFragment.candidates("\n" + tooLong, post(), 5, null))
                .hasMessageStartingWith("post/index.md:6: the table has 501 rows");
    }

    @Test
    void anIframeIsAParagraphWithALinkToWhatItShows() {
        HtmlFragment.Read read = HtmlFragment.candidates("<iframe src=\"https://video.example/embed/42\" title=\"通车仪式\"></iframe>\n"
                + "<video src=\"/media/ride.mp4\"></video>", post(), 1, "https://blog.example/");

        assertThat(read.candidates()).extracting(Candidate::nodes).containsExactly(
                List.of(Inline.link("https://video.example/embed/42", Inline.text("通车仪式"))),
                List.of(Inline.link("https://blog.example/media/ride.mp4", Inline.text("https://blog.example/media/ride.mp4"))));
    }

    @Test
    void elementsOutsideTheClosedSetAreKeptAsTheirTextNeverAsMarkup() {
        HtmlFragment.Read read = HtmlFragment.candidates("<div onclick=\"steal()\" style=\"color:red\"><span class=\"x\">红字</span>"
                + "<font size=\"7\">大字</font><u>下划线</u><button>按钮</button><marquee>滚动</marquee></div>", post(), 1, null);

        assertThat(read.candidates()).singleElement().satisfies(c -> {
            assertThat(c.nodes()).containsExactly(Inline.text("红字大字下划线按钮滚动"));
            assertThat(c.kind()).isEqualTo(BlockKind.PARAGRAPH);
        });
    }

    @Test
    void scriptsStylesAndRefusedAddressesAreLeftOutWithAWarningNamingTheLine() {
        HtmlFragment.Read read = HtmlFragment.candidates("<style>p { color: red }</style>\n<p>正文</p>\n<script>alert(1)</script>\n"
                + "<iframe src=\"javascript:alert(2)\"></iframe>\n<p><img src=\"vbscript:x\" alt=\"图\"></p>", post(), 20, null);

        assertThat(read.candidates()).extracting(Candidate::text).containsExactly("正文");
        assertThat(read.warnings()).containsExactly(
                "post/index.md:20: <style> in HTML is not kept (it holds no text to read)",
                "post/index.md:22: <script> in HTML is not kept (it holds no text to read)",
                "post/index.md:23: embedded iframe 'javascript:alert(2)' is not kept (link scheme 'javascript:' is not allowed)",
                "post/index.md:24: image 'vbscript:x' is not kept (link scheme 'vbscript:' is not allowed); its alt text: “图”");
    }
}
