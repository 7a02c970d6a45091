package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.ingest.Imported.LocalImage;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.BlockKind;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.model.Progress;
import io.geopress.model.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing the rich Markdown fixture brings is lost: its text, numbers, links, images, table cells, code and
 * footnotes, checked against the fixture as commonmark's own HTML renderer shows it (read with jsoup) and against
 * its raw text (the figure shortcodes, which only Hugo renders), not against the importer's reading of it.
 */
class MarkdownLosslessTest {
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{< figure (.*?) >}}");
    private static final Pattern PARAMETER = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]+|\\p{IsHan}");

    @TempDir Path dir;
    Path post;
    Path site;
    String body;
    Imported imported;

    @BeforeEach
    void importThePageBundle() throws Exception {
        site = dir.resolve("site");
        post = site.resolve("content/posts/library/index.md");
        Files.createDirectories(post.getParent());
        Files.copy(MarkdownImporterTest.fixture("rich/library.md"), post);
        String text = Files.readString(post);
        body = text.substring(text.indexOf("\n---\n", 4) + 5);
        imported = new Ingest(ZoneId.of("Asia/Shanghai")).read(post, null, Progress.NONE).get(0);
    }

    /**
     * The fixture's body as commonmark renders it, without the shortcodes (Hugo's, not Markdown's), and with its
     * footnote as a paragraph and no references to it (commonmark would read it as a link's definition).
     */
    private Document rendered() {
        var extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        String markdown = SHORTCODE.matcher(body).replaceAll("").replaceAll("(?m)^\\[\\^\\w+]: |^    ", "")
                .replaceAll("\\[\\^\\w+]", "");
        String html = HtmlRenderer.builder().extensions(extensions).build().render(parser.parse(markdown));
        return Jsoup.parseBodyFragment(html);
    }

    private List<Block> blocks() {
        return imported.article().body();
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) tokens.add(m.group());
        return tokens;
    }

    /** The imported text in reading order: each block's Chinese then English, a table's cells, code as written. */
    private List<String> importedTokens() {
        List<String> tokens = new ArrayList<>();
        for (Block b : blocks()) {
            if (b.kind() == BlockKind.FIGURE) continue; // captions and alt text come from attributes, checked below
            if (b.kind() == BlockKind.CODE) tokens.addAll(tokens(b.snippet().code()));
            for (Lang lang : List.of(Lang.ZH, Lang.EN)) {
                tokens.addAll(tokens(b.text().get(lang)));
                if (b.table() != null) {
                    for (Table.Row row : b.table().rows()) for (Table.Cell cell : row.cells()) tokens.addAll(tokens(cell.text().get(lang)));
                }
            }
        }
        return tokens;
    }

    @Test
    void everyTextTokenAndNumberIsImportedInOrder() {
        List<String> source = tokens(rendered().body().text());

        assertThat(source).contains("120", "192", "2024", "10", "H2O", "export", "loans");
        assertThat(importedTokens()).containsSubsequence(source);
    }

    @Test
    void everyLinkIsImportedWithItsAddressAndTitleInOrder() {
        List<String> source = rendered().select("a[href]").eachAttr("href");
        List<String> titles = rendered().select("a[title]").eachAttr("title");
        List<Inline.Link> links = new ArrayList<>();
        for (Block b : blocks()) for (Lang lang : List.of(Lang.ZH, Lang.EN)) collectLinks(b.text().nodes(lang), links);

        assertThat(source).hasSize(4);
        assertThat(links.stream().map(Inline.Link::url).toList()).containsSubsequence(source);
        assertThat(links.stream().map(Inline.Link::title).filter(t -> t != null).toList()).containsExactlyElementsOf(titles);
    }

    private static void collectLinks(List<Inline> nodes, List<Inline.Link> into) {
        for (Inline node : nodes) {
            if (node instanceof Inline.Link l) into.add(l);
            if (node instanceof Inline.Styled s) collectLinks(s.children(), into);
        }
    }

    @Test
    void everyImageIsAFigureWithItsAltAndCaptionAndLocalImagesAreResolved() throws Exception {
        Element img = rendered().selectFirst("img");
        List<Block> figures = blocks().stream().filter(b -> b.kind() == BlockKind.FIGURE).toList();

        assertThat(figures).hasSize(2).noneMatch(b -> b.has(BlockFlag.UNTRANSLATED));
        Block photo = figures.get(0);
        assertThat(photo.figure().src()).isEqualTo(img.attr("src"));
        assertThat(photo.figure().alt().zh()).isEqualTo(img.attr("alt"));
        assertThat(photo.text().zh() + " " + photo.text().en()).isEqualTo(img.attr("title"));

        Matcher shortcode = SHORTCODE.matcher(body);
        List<java.util.Map<String, String>> shortcodes = new ArrayList<>();
        while (shortcode.find()) {
            java.util.Map<String, String> values = new java.util.HashMap<>();
            Matcher p = PARAMETER.matcher(shortcode.group(1));
            while (p.find()) values.put(p.group(1), p.group(2));
            shortcodes.add(values);
        }
        assertThat(shortcodes).hasSize(2);
        Block map = figures.get(1);
        assertThat(map.figure().src()).isEqualTo(shortcodes.get(0).get("src")).isEqualTo(shortcodes.get(1).get("src"));
        assertThat(map.figure().alt().zh()).isEqualTo(shortcodes.get(0).get("alt"));
        assertThat(map.figure().alt().en()).isEqualTo(shortcodes.get(1).get("alt"));
        assertThat(map.figure().credit()).isEqualTo(shortcodes.get(0).get("attr"));
        assertThat(map.text().zh()).startsWith(shortcodes.get(0).get("caption").replace("**", ""));
        assertThat(map.text().en()).isEqualTo(shortcodes.get(1).get("caption").replace("**", ""));
        List<Inline.Link> captionLinks = new ArrayList<>();
        collectLinks(map.text().nodes(Lang.ZH), captionLinks);
        assertThat(captionLinks).extracting(Inline.Link::url).containsExactly(shortcodes.get(0).get("attrlink"));

        assertThat(imported.images()).containsExactly(
                new LocalImage(img.attr("src"), post.getParent().resolve(img.attr("src")).toAbsolutePath(),
                        post + ":" + MarkdownImporterTest.lineOf(post, "![")),
                new LocalImage("/images/map.png", site.resolve("static/images/map.png").toAbsolutePath(),
                        post + ":" + MarkdownImporterTest.lineOf(post, "{{< figure")));
    }

    @Test
    void everyTableCellIsInItsCellInBothLanguages() {
        List<String> cells = rendered().select("th, td").eachText();
        Table table = blocks().stream().filter(b -> b.kind() == BlockKind.TABLE).findFirst().orElseThrow().table();
        List<String> zh = new ArrayList<>(), en = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            for (Table.Cell cell : row.cells()) {
                zh.add(cell.text().zh());
                en.add(cell.text().en());
            }
        }

        assertThat(cells).hasSize(12);
        assertThat(zh).containsExactlyElementsOf(cells.subList(0, 6));
        assertThat(en).containsExactlyElementsOf(cells.subList(6, 12));
        assertThat(table.rows()).extracting(Table.Row::header).containsExactly(true, false, false);
    }

    @Test
    void codeIsKeptExactlyWithItsLanguageAndTheFootnoteIsBilingual() {
        Element code = rendered().selectFirst("pre > code");
        Block block = blocks().stream().filter(b -> b.kind() == BlockKind.CODE).findFirst().orElseThrow();

        assertThat(block.snippet().code() + "\n").isEqualTo(code.wholeText());
        assertThat(code.className()).isEqualTo("language-" + block.snippet().language());
        Block note = blocks().get(blocks().size() - 1);
        assertThat(note.kind()).isEqualTo(BlockKind.FOOTNOTE);
        assertThat(note.footnote().label()).isEqualTo("count");
        assertThat(note.text().isComplete()).isTrue();
        assertThat(blocks().get(0).text().nodes(Lang.ZH)).contains(new Inline.NoteRef("count"));
        assertThat(blocks().get(0).text().nodes(Lang.EN)).contains(new Inline.NoteRef("count"));
    }

    @Test
    void theWholeFixturePairsWithoutWarnings() {
        assertThat(imported.warnings()).isEmpty();
        assertThat(imported.untranslated()).isEmpty();
        assertThat(blocks()).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.HEADING,
                BlockKind.PARAGRAPH, BlockKind.FIGURE, BlockKind.FIGURE, BlockKind.TABLE, BlockKind.PARAGRAPH,
                BlockKind.CODE, BlockKind.RULE, BlockKind.PARAGRAPH, BlockKind.FOOTNOTE);
        assertThat(blocks().get(9).text().nodes(Lang.ZH)).containsSubsequence(
                new Inline.Styled(Inline.Style.SUB, List.of(new Inline.Text("2"))),
                new Inline.Styled(Inline.Style.SUP, List.of(new Inline.Text("2"))), new Inline.Break());
    }
}
