package io.geopress.ingest;

import static io.geopress.model.Inline.emphasis;
import static io.geopress.model.Inline.link;
import static io.geopress.model.Inline.strong;
import static io.geopress.model.Inline.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.ingest.Imported.LocalImage;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockKind;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.model.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running text keeps its markup as inline nodes; nothing else in it becomes markup. */
class MarkdownInlineTest {
    @TempDir Path dir;
    Path file;

    Imported read(String body) throws Exception {
        file = dir.resolve("a.md");
        Files.writeString(file, "---\ntitle: 测试\ntitle_en: Test\n---\n" + body);
        return new Ingest(ZoneId.of("Asia/Shanghai")).read(file, null, Progress.NONE).get(0);
    }

    List<Inline> only(String body) throws Exception {
        List<Block> blocks = read(body).article().body();
        assertThat(blocks).hasSize(1);
        Bilingual text = blocks.get(0).text();
        return text.nodes(text.has(Lang.ZH) ? Lang.ZH : Lang.EN);
    }

    @Test
    void stylesLinksWithTitlesAutolinksAndBreaksBecomeNodes() throws Exception {
        assertThat(only("A **strong** and _soft_ ~~old~~ word, `x < y`, [a site](https://example.org/a \"Its title\"),"
                + " <https://example.org/b>, www.example.org and a break  \nhere.\n")).containsExactly(
                text("A "), strong(text("strong")), text(" and "), emphasis(text("soft")), text(" "),
                new Inline.Styled(Inline.Style.STRIKE, List.of(text("old"))), text(" word, "), new Inline.Code("x < y"),
                text(", "), new Inline.Link("https://example.org/a", "Its title", List.of(text("a site"))), text(", "),
                link("https://example.org/b", text("https://example.org/b")), text(", "),
                link("http://www.example.org", text("www.example.org")), text(" and a break"), new Inline.Break(),
                text("here."));
    }

    @Test
    void aSoftBreakIsASpaceButNoneBetweenChineseCharactersEvenAcrossMarkup() throws Exception {
        assertThat(only("第一行\n**第二行**\nand\n[三](https://example.org)。\n")).containsExactly(
                text("第一行"), strong(text("第二行")), text(" and "), link("https://example.org", text("三")), text("。"));
    }

    @Test
    void oneTildeIsNoStrikethroughSoChineseRangesStayText() throws Exception {
        assertThat(only("每次3~5天，或者7~8天。\n")).containsExactly(text("每次3~5天，或者7~8天。"));
    }

    @Test
    void simpleRawHtmlTagsAreTheSameNodesAndOtherTagsKeepOnlyTheirText() throws Exception {
        assertThat(only("H<sub>2</sub>O and x<sup>2</sup>, <b>bold</b>, <em>soft</em>, <del>gone</del>, <code>a<b</code>,"
                + " <span class=\"x\" onclick=\"alert(1)\">plain</span><br>next <a href=\"https://example.org\" title=\"T\">site</a>"
                + " <a name=\"here\">anchor</a> <i>open\n")).containsExactly(
                text("H"), new Inline.Styled(Inline.Style.SUB, List.of(text("2"))), text("O and x"),
                new Inline.Styled(Inline.Style.SUP, List.of(text("2"))), text(", "), strong(text("bold")), text(", "),
                emphasis(text("soft")), text(", "), new Inline.Styled(Inline.Style.STRIKE, List.of(text("gone"))),
                text(", "), new Inline.Code("a<b"), text(", plain"), new Inline.Break(), text("next "),
                new Inline.Link("https://example.org", "T", List.of(text("site"))), text(" anchor open"));
    }

    @Test
    void aLinkWithARefusedSchemeIsItsTextWithOneWarningNamingFileAndLine() throws Exception {
        Imported imported = read("正文。\n\nClick [here](javascript:alert(1)) or <a href=\"data:text/html,x\">there</a>\nor"
                + " [file](file:///etc/passwd).\n");

        assertThat(imported.article().body().get(0).text().nodes(Lang.EN)).containsExactly(text("Click here or there or file."));
        assertThat(imported.warnings()).containsExactly(
                file + ":7: link 'javascript:alert(1)': link scheme 'javascript:' is not allowed; kept as text",
                file + ":7: link 'data:text/html,x': link scheme 'data:' is not allowed; kept as text",
                file + ":8: link 'file:///etc/passwd': link scheme 'file:' is not allowed; kept as text");
    }

    @Test
    void aParagraphPairsWithItsTranslationWhenBothCarryLinks() throws Exception {
        List<Block> body = read("报告见[这里](https://example.org/r)。\n\nThe report is [here](https://example.org/r).\n")
                .article().body();

        assertThat(body).containsExactly(Block.paragraph(Bilingual.inline(
                List.of(text("报告见"), link("https://example.org/r", text("这里")), text("。")),
                List.of(text("The report is "), link("https://example.org/r", text("here")), text(".")))));
    }

    @Test
    void rawHtmlBlocksAreReadIntoFiguresTablesAndLinksWhileAnImageInlineIsWarnedAbout() throws Exception {
        Imported imported = read("正文。\n\n<div>\n<img src=\"a.png\" alt=\"x\">\n<p>Inside a block.</p>\n</div>\n\n"
                + "Text <img src=\"b.png\" alt=\"An owl\"> here.\n\n"
                + "<table><caption>客流</caption><tr><th>线路</th><th>人次</th></tr><tr><td>一号线</td><td>120</td></tr></table>\n\n"
                + "<iframe src=\"https://video.example.org/v/1\" title=\"开通视频\"></iframe>\n");
        List<Block> body = imported.article().body();

        Block figure = body.stream().filter(b -> b.kind() == BlockKind.FIGURE).findFirst().orElseThrow();
        assertThat(figure.figure().src()).isEqualTo("a.png");
        assertThat(imported.images()).extracting(LocalImage::src).containsExactly("a.png");
        assertThat(body).extracting(b -> b.text().en()).contains("Inside a block.", "Text An owl here.");
        Block table = body.stream().filter(b -> b.kind() == BlockKind.TABLE).findFirst().orElseThrow();
        assertThat(table.text().zh()).isEqualTo("客流");
        assertThat(table.table().rows().get(1).cells().get(1).text().any()).isEqualTo("120");
        assertThat(body).as("a frame is a link to what it shows").anyMatch(b -> b.text().nodes(Lang.ZH).stream()
                .anyMatch(n -> n instanceof Inline.Link l && l.url().equals("https://video.example.org/v/1")));
        assertThat(imported.warnings()).filteredOn(w -> w.contains("raw HTML <img> is not read yet")).singleElement()
                .asString().startsWith(file + ":12: ");
    }
}
