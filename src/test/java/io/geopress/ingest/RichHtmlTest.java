package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockKind;
import io.geopress.model.Figure;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.model.Progress;
import io.geopress.model.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Chinese and an English page with a link to their source report, bold figures, images with and without a caption,
 * a table with a row span, code, a quote with its source and footnotes, compared with what jsoup itself reads from
 * them (its text and attributes, not the importer's code): nothing of the article is lost, and all comes in order.
 */
class RichHtmlTest {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private Path file;
    private Imported imported;
    private Element article;

    @ParameterizedTest
    @ValueSource(strings = {"rich-zh.html", "rich-en.html"})
    void everyTextTokenAndNumberOfTheArticleIsImportedInOrder(String name) throws IOException {
        givenPage(name);
        Element text = article.clone();
        text.select("h1, sup:has(a[href^=#]), a[role=doc-backlink]").remove(); // the title; references become nodes

        String imported = importedText();

        assertThat(subsequenceMisses(tokens(TOKEN, text.text()), tokens(TOKEN, imported))).isEmpty();
        assertThat(subsequenceMisses(tokens(NUMBER, text.text()), tokens(NUMBER, imported))).isEmpty();
        assertThat(this.imported.article().title().any()).isEqualTo(article.selectFirst("h1").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rich-zh.html", "rich-en.html"})
    void everyLinkIsKeptAbsoluteInOrderAndAJavascriptLinkIsItsTextWithOneWarning(String name) throws IOException {
        givenPage(name);
        List<String> expected = new ArrayList<>();
        Element script = null;
        for (Element e : article.select("a[href], blockquote[cite]")) {
            if (e.is("sup > a, a[role=doc-backlink]")) continue;
            if (e.attr("href").startsWith("javascript:")) {
                script = e;
                continue;
            }
            expected.add(e.is("blockquote") ? e.absUrl("cite") : e.absUrl("href"));
        }
        assertThat(links()).containsExactlyElementsOf(expected);
        assertThat(links()).allMatch(u -> u.startsWith("https://") || u.startsWith("mailto:"));

        assertThat(script).isNotNull();
        assertThat(importedText()).contains(script.text());
        String line = file + ":" + lineOf("javascript:") + ": link 'javascript:";
        assertThat(imported.warnings()).filteredOn(w -> w.contains("javascript:")).singleElement().asString().startsWith(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rich-zh.html", "rich-en.html"})
    void everyImageIsAFigureWithItsRealAddressAltTextAndSize(String name) throws IOException {
        givenPage(name);
        List<Figure> figures = blocks(BlockKind.FIGURE).stream().map(Block::figure).toList();
        List<Element> images = article.select("img");

        assertThat(figures).hasSameSizeAs(images);
        for (int i = 0; i < images.size(); i++) {
            Element img = images.get(i);
            String written = img.hasAttr("srcset") ? lastCandidate(img.attr("srcset"))
                    : img.hasAttr("data-src") ? img.attr("data-src") : img.attr("src");
            assertThat(figures.get(i).src()).isEqualTo(StringUtil.resolve(img.baseUri(), written));
            assertThat(figures.get(i).alt().any()).isEqualTo(img.attr("alt"));
            assertThat(figures.get(i).width()).isEqualTo(img.hasAttr("width") ? Integer.parseInt(img.attr("width")) : 0);
            assertThat(figures.get(i).height()).isEqualTo(img.hasAttr("height") ? Integer.parseInt(img.attr("height")) : 0);
        }
        Element caption = article.selectFirst("figcaption");
        Element credit = caption.selectFirst(".credit, small");
        Block captioned = blocks(BlockKind.FIGURE).get(images.indexOf(caption.parent().selectFirst("img")));
        assertThat(captioned.figure().credit()).isEqualTo(credit.text());
        assertThat(captioned.text().any()).isEqualTo(caption.text().replace(credit.text(), "").strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rich-zh.html", "rich-en.html"})
    void everyTableCellIsKeptWithItsSpanAndHeaderFlag(String name) throws IOException {
        givenPage(name);
        List<Element> tables = article.select("table");
        List<Block> imported = blocks(BlockKind.TABLE);

        assertThat(imported).hasSameSizeAs(tables);
        for (int t = 0; t < tables.size(); t++) {
            Table table = imported.get(t).table();
            assertThat(imported.get(t).text().any()).isEqualTo(tables.get(t).selectFirst("caption").text());
            List<Element> rows = tables.get(t).select("tr");
            assertThat(table.rows()).hasSameSizeAs(rows);
            for (int r = 0; r < rows.size(); r++) {
                List<Element> cells = rows.get(r).select("td, th");
                List<Table.Cell> read = table.rows().get(r).cells();
                assertThat(read).extracting(c -> c.text().any()).containsExactlyElementsOf(cells.stream().map(Element::text).toList());
                assertThat(read).extracting(Table.Cell::rowSpan).containsExactlyElementsOf(
                        cells.stream().map(c -> c.hasAttr("rowspan") ? Integer.parseInt(c.attr("rowspan")) : 1).toList());
                assertThat(read).extracting(Table.Cell::header).containsExactlyElementsOf(cells.stream().map(c -> c.is("th")).toList());
                assertThat(table.rows().get(r).header()).isEqualTo(rows.get(r).parent().is("thead"));
            }
            assertThat(table.columns()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rich-zh.html", "rich-en.html"})
    void codeKeepsItsWhiteSpaceAndLanguage(String name) throws IOException {
        givenPage(name);
        List<Block> code = blocks(BlockKind.CODE);
        Element pre = article.selectFirst("pre");

        assertThat(code).singleElement().satisfies(b -> {
            assertThat(b.snippet().code()).isEqualTo(pre.wholeText());
            assertThat(b.snippet().language()).isEqualTo(name.equals("rich-zh.html") ? "python" : "bash");
            assertThat(b.text()).isEqualTo(Bilingual.EMPTY);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"rich-zh.html", "rich-en.html"})
    void footnoteReferencesAndNotesKeepTheirNumbers(String name) throws IOException {
        givenPage(name);
        List<Block> notes = blocks(BlockKind.FOOTNOTE);
        List<Element> items = article.select("ol > li[id]");

        assertThat(notes).extracting(b -> b.footnote().label()).containsExactly("1", "2");
        for (int i = 0; i < items.size(); i++) {
            Element item = items.get(i).clone();
            item.select("a[role=doc-backlink]").remove();
            assertThat(notes.get(i).text().any()).isEqualTo(item.text());
        }
        List<String> refs = new ArrayList<>();
        for (Block b : imported.article().body()) {
            collect(b.text().nodes(b.text().has(Lang.ZH) ? Lang.ZH : Lang.EN), n -> n instanceof Inline.NoteRef r ? r.label() : null, refs);
        }
        assertThat(refs).containsExactlyElementsOf(article.select("sup > a[href^=#]").stream().map(Element::text).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rich-zh.html", "rich-en.html"})
    void theQuoteKeepsItsSourceAsItsLastLineAndTheTitleIsNotRepeated(String name) throws IOException {
        givenPage(name);
        Element cite = article.selectFirst("blockquote cite");
        List<Block> quotes = blocks(BlockKind.QUOTE);

        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.text().any()).endsWith("\n— " + cite.text()));
        assertThat(imported.article().body()).noneMatch(b -> b.text().any().equals(article.selectFirst("h1").text()));
        assertThat(blocks(BlockKind.RULE)).hasSize(name.equals("rich-zh.html") ? 1 : 0);
    }

    private void givenPage(String name) throws IOException {
        file = HtmlImporterTest.fixture(name);
        List<Imported> all = new Ingest(ZoneId.of("Asia/Shanghai")).read(file, null, Progress.NONE);
        assertThat(all).hasSize(1);
        imported = all.get(0);
        Document first = Jsoup.parse(file.toFile(), "UTF-8");
        String canonical = first.select("link[rel=canonical]").attr("href");
        article = Jsoup.parse(file.toFile(), "UTF-8", canonical).selectFirst("article");
    }

    private int lineOf(String text) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i + 1;
        throw new AssertionError(text);
    }

    private List<Block> blocks(BlockKind kind) {
        return imported.article().body().stream().filter(b -> b.kind() == kind).toList();
    }

    /** The article's text as the importer gave it: title, then each block's text, a figure's credit, cells, code. */
    private String importedText() {
        Article a = imported.article();
        StringBuilder sb = new StringBuilder(a.title().any());
        for (Block b : a.body()) {
            sb.append('\n').append(b.text().any());
            if (b.figure() != null && b.figure().credit() != null) sb.append(' ').append(b.figure().credit());
            if (b.table() != null) for (Table.Row row : b.table().rows()) for (Table.Cell c : row.cells()) sb.append(' ').append(c.text().any());
            if (b.snippet() != null) sb.append('\n').append(b.snippet().code());
        }
        return sb.toString();
    }

    private List<String> links() {
        List<String> urls = new ArrayList<>();
        for (Block b : imported.article().body()) {
            List<List<Inline>> texts = new ArrayList<>(List.of(b.text().nodes(Lang.ZH), b.text().nodes(Lang.EN)));
            if (b.table() != null) {
                for (Table.Row row : b.table().rows()) for (Table.Cell c : row.cells()) texts.add(c.text().nodes(Lang.ZH));
            }
            for (List<Inline> nodes : texts) collect(nodes, n -> n instanceof Inline.Link l ? l.url() : null, urls);
        }
        return urls;
    }

    private static void collect(List<Inline> nodes, Function<Inline, String> pick, List<String> into) {
        for (Inline n : nodes) {
            String picked = pick.apply(n);
            if (picked != null) into.add(picked);
            if (n instanceof Inline.Styled s) collect(s.children(), pick, into);
            if (n instanceof Inline.Link l) collect(l.children(), pick, into);
        }
    }

    private static String lastCandidate(String srcset) {
        String[] candidates = srcset.split(",");
        return candidates[candidates.length - 1].strip().split("\\s+")[0];
    }

    private static List<String> tokens(Pattern pattern, String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) tokens.add(m.group());
        return tokens;
    }

    /** The tokens of {@code expected} not found in {@code actual} in their order (as a subsequence). */
    private static List<String> subsequenceMisses(List<String> expected, List<String> actual) {
        List<String> misses = new ArrayList<>();
        int at = 0;
        for (String token : expected) {
            int found = actual.subList(at, actual.size()).indexOf(token);
            if (found < 0) misses.add(token);
            else at += found + 1;
        }
        return misses;
    }
}
