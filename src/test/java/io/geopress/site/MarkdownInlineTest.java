package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.site.page.Footnotes;
import io.geopress.site.page.InlineHtml;
import io.geopress.site.page.LangText;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Text with markup written as Markdown reads back (commonmark with GFM) as the same text with the same markup. */
class MarkdownInlineTest {
    /** Another seed: {@code -Dmarkdown.seed=N}. */
    private static final long SEED = Long.getLong("markdown.seed", 20261203L);
    private static final int TEXTS = 1500;
    private static final List<Extension> GFM = List.of(TablesExtension.create(), StrikethroughExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(GFM).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(GFM).build();
    private static final URI PAGE = URI.create("https://geo.example.com/articles/a.html");
    private static final List<String> PIECES = List.of("中文", "引用", "，", "。", "“", "”", "（", "）", "word", "x_y", "2026", "3.5%",
            " ", "  ", "\n", "*", "**", "_", "~", "~~", "`", "|", "||", "\\", "\\|", "[", "]", "](", "!", "<b>", "</em>", "&amp;",
            "&#65;", "# ", "- ", "1. ", "> ", "---", "<https://x.y>", "[^1]", ":");

    private static MarkdownInline writer() {
        return new MarkdownInline(InlineHtml.of(List.of()).forTwin(Footnotes.none(), PAGE));
    }

    private static Document read(String markdown) {
        return Jsoup.parse(HTML.render(PARSER.parse(markdown)));
    }

    private static LangText text(List<Inline> nodes) {
        List<Inline> normal = Inline.normalized(nodes);
        return new LangText(Lang.ZH, Inline.plain(normal), normal, true, false);
    }

    @Test
    void emphasisNextToChinesePunctuationIsStillEmphasis() {
        List<List<Inline>> texts = List.of(
                List.of(Inline.text("他说"), Inline.strong(Inline.text("“引用”")), Inline.text("后面")),
                List.of(Inline.emphasis(Inline.text("（注）")), Inline.text("正文")),
                List.of(Inline.text("增长"), Inline.strong(Inline.text("约 60%")), Inline.text("。")),
                List.of(Inline.strong(Inline.text("a")), Inline.emphasis(Inline.text("b")), Inline.strong(Inline.emphasis(Inline.text("c")))));
        for (List<Inline> nodes : texts) {
            String markdown = writer().line(text(nodes));
            Document html = read(markdown);
            assertThat(html.select("strong, em").size()).as(markdown).isEqualTo(styles(nodes));
            assertThat(html.text()).as(markdown).isEqualTo(Inline.plain(nodes));
        }
        assertThat(writer().line(text(List.of(Inline.text("增长"), Inline.strong(Inline.text("六成")), Inline.text("。")))))
                .as("delimiters where they work").isEqualTo("增长**六成**。");
    }

    @Test
    void aPipeAnywhereInACellStaysInItsCell() {
        LangText cell = text(List.of(Inline.text("a|b \\| c "), new Inline.Code("x|y\\|"), Inline.link("https://x.example/a|b", Inline.text("|"))));
        String markdown = "| h | i |\n| --- | --- |\n| " + MarkdownTable.pipesEscaped(writer().inline(cell)) + " | 2 |\n";
        Element row = read(markdown).selectFirst("tbody tr");
        assertThat(row.select("td")).as(markdown).hasSize(2);
        assertThat(row.selectFirst("td").text()).startsWith("a|b \\| c x|y");
        assertThat(row.selectFirst("td a").attr("href")).isEqualTo("https://x.example/a%7Cb".replace("%7C", "|"));
        assertThat(row.select("td").get(1).text()).isEqualTo("2");
    }

    @Test
    void codeSpansAndFencesHoldAnyBackticks() {
        for (String code : List.of("`", "``a``", " `x` ", "a ` b", "  ")) {
            Element span = read("x " + MarkdownText.codeSpan(code) + " y").selectFirst("code");
            assertThat(span.wholeText()).as(code).isEqualTo(code);
        }
        String code = "```\n~~~\n````x\n";
        Element block = read(MarkdownText.fence(code, "java script`")).selectFirst("pre > code");
        assertThat(block.wholeText()).isEqualTo(code);
        assertThat(block.attr("class")).isEqualTo("language-javascript");
    }

    @Test
    void randomMarkupOfHostileTextReadsBackAsItsTextAndItsMarkup() {
        Random random = new Random(SEED);
        for (int n = 0; n < TEXTS; n++) {
            List<Inline> nodes = Inline.normalized(nodes(random, 0, false));
            if (nodes.isEmpty()) continue;
            String markdown = writer().line(text(nodes));
            Document html = read(markdown);
            String why = "seed " + SEED + ", text " + n + ": " + markdown.replace("\n", "\\n");
            Element p = html.selectFirst("body > p");
            assertThat(p).as(why).isNotNull();
            assertThat(html.body().children()).as(why).hasSize(1);
            assertThat(collapsed(p.text())).as(why).isEqualTo(collapsed(Inline.plain(nodes)));
            assertThat(p.select("strong, em, del, sub, sup").size()).as(why).isEqualTo(styles(nodes));
            assertThat(p.select("code").size()).as(why).isEqualTo(count(nodes, Inline.Code.class));
            assertThat(p.select("a").eachAttr("href")).as(why).isEqualTo(urls(nodes));
        }
    }

    private static List<Inline> nodes(Random random, int depth, boolean inLink) {
        List<Inline> nodes = new ArrayList<>();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            int kind = depth > 2 ? 0 : random.nextInt(6);
            if (kind <= 1) {
                StringBuilder s = new StringBuilder();
                for (int k = 1 + random.nextInt(4); k > 0; k--) s.append(PIECES.get(random.nextInt(PIECES.size())));
                nodes.add(Inline.text(s.toString()));
            } else if (kind <= 3) {
                Inline.Style style = Inline.Style.values()[random.nextInt(Inline.Style.values().length)];
                nodes.add(new Inline.Styled(style, List.of(Inline.text("字" + random.nextInt(10)))));
                if (kind == 3) nodes.set(nodes.size() - 1, new Inline.Styled(style, nodes(random, depth + 1, inLink)));
            } else if (kind == 4 && !inLink) {
                nodes.add(new Inline.Link("https://x.example/" + random.nextInt(100) + "?q=a&b=(c)", null, nodes(random, depth + 1, true)));
            } else {
                nodes.add(new Inline.Code(PIECES.get(random.nextInt(PIECES.size())) + "c"));
            }
        }
        return nodes;
    }

    private static int styles(List<Inline> nodes) {
        return count(nodes, Inline.Styled.class);
    }

    private static int count(List<Inline> nodes, Class<?> kind) {
        int n = 0;
        for (Inline node : nodes) {
            if (kind.isInstance(node)) n++;
            if (node instanceof Inline.Styled s) n += count(s.children(), kind);
            if (node instanceof Inline.Link l) n += count(l.children(), kind);
        }
        return n;
    }

    private static List<String> urls(List<Inline> nodes) {
        List<String> urls = new ArrayList<>();
        for (Inline node : nodes) {
            if (node instanceof Inline.Link l) urls.add(l.url().replace("(", "%28").replace(")", "%29").replace("&", "&"));
            if (node instanceof Inline.Styled s) urls.addAll(urls(s.children()));
        }
        return urls;
    }

    private static String collapsed(String text) {
        return text.replaceAll("[\\s\\p{Z}]+", " ").strip();
    }
}
