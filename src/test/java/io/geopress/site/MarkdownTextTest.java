package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Plain text made Markdown renders as the same text in every place the Markdown outputs put it, and prose stays as it is. */
class MarkdownTextTest {
    /** Another seed: {@code -Dmarkdown.seed=N}. */
    private static final long SEED = Long.getLong("markdown.seed", 20260513L);
    private static final int STRINGS = 3000;
    private static final String LINK = "https://geo.example.com/articles/a.html.md";
    /** GFM's tables and strikethrough, which the twins use: a pipe or a tilde in text must not start them either. */
    private static final List<Extension> GFM = List.of(TablesExtension.create(), StrikethroughExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(GFM).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(GFM).build();

    /** Where the outputs put a value: the Markdown around it, and the HTML it must render as around its text. */
    private record Place(String name, UnaryOperator<String> markdown, String open, String close) {}

    private static final List<Place> PLACES = List.of(
            new Place("paragraph", MarkdownText::text, "<p>", "</p>\n"),
            new Place("line under a paragraph", s -> "Above\n" + MarkdownText.text(s), "<p>Above\n", "</p>\n"),
            new Place("list item", s -> "- " + MarkdownText.text(s), "<ul>\n<li>", "</li>\n</ul>\n"),
            new Place("list item's translation", s -> "- 中文。\n   " + MarkdownText.text(s), "<ul>\n<li>中文。\n", "</li>\n</ul>\n"),
            new Place("numbered item's translation", s -> "10. 中文。\n   " + MarkdownText.text(s),
                    "<ol start=\"10\">\n<li>中文。\n", "</li>\n</ol>\n"),
            new Place("quote", s -> "> " + MarkdownText.text(s), "<blockquote>\n<p>", "</p>\n</blockquote>\n"),
            new Place("heading", s -> "## " + MarkdownText.heading(s), "<h2>", "</h2>\n"),
            new Place("emphasis after a label", s -> "*Original: " + MarkdownText.inline(s) + "*", "<p><em>Original: ", "</em></p>\n"),
            new Place("link text", s -> "[" + MarkdownText.linkText(s) + "](" + LINK + ")", "<p><a href=\"" + LINK + "\">", "</a></p>\n"),
            new Place("link description", s -> "- [T](" + LINK + "): " + MarkdownText.inline(s),
                    "<ul>\n<li><a href=\"" + LINK + "\">T</a>: ", "</li>\n</ul>\n"),
            new Place("table cell", s -> "| h |\n| --- |\n| " + MarkdownTable.pipesEscaped(MarkdownText.inline(s)) + " |",
                    "<table>\n<thead>\n<tr>\n<th>h</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>", "</td>\n</tr>\n</tbody>\n</table>\n"));

    private static final List<String> HOSTILE = hostile();

    private static List<String> hostile() {
        List<String> pieces = new ArrayList<>();
        for (char c = '!'; c <= '~'; c++) if (!Character.isLetterOrDigit(c)) pieces.add(String.valueOf(c));
        pieces.addAll(List.of(" ", "  ", "    ", "\t", "\n", "\n\n", "  \n", "\\\n", "\r\n", "\u3000",
                "<script>", "</", "</script>", "<img src=x>", "<!--", "<?php", "<!DOCTYPE", "<![CDATA[", "<a@b.co>", "<5@x.y>",
                "<http://x.y>", "&amp;", "&#65;", "&#x1F;", "&nbsp;", "[a](b)", "![x](y)", "[x]: /url", "[x]", "](", "```",
                "~~~", "***", "**", "__", "_x_", "*x*", "`code`", "\\*", "#", "# ", "###### ", "####### ", ">", "> ", "- ",
                "+ ", "* ", "1. ", "1) ", "===", "---", "- - -", "    code", "中文", "夜市重开", "，", "。", "（", "）", "：",
                "0", "7", "2026", "3.5%", "a", "Z", "word", "x_y", "e-mail", "|", "| --- |", "a|b", "~~x~~", "~", "\\|"));
        return List.copyOf(pieces);
    }

    @Test
    void randomHostileTextRendersAsItsOwnTextInEveryPlace() {
        Random random = new Random(SEED);
        for (int n = 0; n < STRINGS; n++) {
            String input = randomText(random);
            for (Place place : PLACES) {
                String markdown = place.markdown().apply(input);
                String html = HTML.render(PARSER.parse(markdown));
                String why = "seed " + SEED + ", string " + n + ", " + place.name() + ", input \"" + shown(input)
                        + "\", Markdown \"" + shown(markdown) + "\", HTML \"" + shown(html) + "\"";
                assertThat(html).as(why).startsWith(place.open()).endsWith(place.close());
                String inner = html.substring(place.open().length(), html.length() - place.close().length());
                assertThat(inner).as(why).doesNotContain("<");
                assertThat(collapsed(decoded(inner))).as(why).isEqualTo(collapsed(input));
            }
        }
    }

    @Test
    void ordinaryProseComesOutAsItWent() {
        List<String> prose = List.of(
                "2025年第三季度，本市公交的准点率升到93.5%，比去年同期高出4个百分点。",
                "据区图书馆介绍（2026-03-14），自助借还机今年已服务1.2万人次：其中65岁以上读者约占三成。",
                "问：夜市几点收摊？答：周五、周六开到晚上十一点，其余日子十点。",
                "文章来源：示例日报 作者：李明 发布时间:2026-07-08 20:00",
                "“慢一点没关系，”馆员说，“关键是让老人自己学会。”",
                "The co-op's two-year pilot cut irrigation water by 23% (see table 2: March to October 2025).",
                "Readers aged 65+ renewed 1,240 loans in Q3; the self_service kiosk's log keeps user_id and loan_count.",
                "Is it worth it? Yes, if rents stay below ¥800 a month and the last bus runs past 10 p.m. — for now!",
                "C# and F# teams met on 2026.05.01 at 9:30 to compare R&D budgets, up 3.5% year-on-year.",
                "Prices rose 2 * 3 percent, or so the stallholders joked - a rough guess at best.");
        for (String sentence : prose) {
            assertThat(MarkdownText.text(sentence)).isEqualTo(sentence);
            assertThat(MarkdownText.inline(sentence)).isEqualTo(sentence);
            assertThat(MarkdownText.heading(sentence)).isEqualTo(sentence);
            assertThat(MarkdownText.linkText(sentence)).isEqualTo(sentence).doesNotContain("\\");
        }
    }

    @Test
    void onlyWhatWouldBeMarkupWhereItStandsIsEscaped() {
        escapes(MarkdownText::text, "1. 首先", "1\\. 首先", "# 标题", "\\# 标题", "#话题", "#话题", "===", "\\===",
                "a_b _c_ **d**", "a_b \\_c\\_ \\*\\*d\\*\\*", "AT&T &amp; &#65;", "AT&T \\&amp; \\&#65;",
                "a < b, <b>, <x@y.z>", "a < b, \\<b>, \\<x@y.z>", "[a](b) ![c](d)", "\\[a](b) !\\[c](d)",
                "two  \nlines\\", "two lines\\\\");
        escapes(MarkdownText::inline, "1. 首先", "1. 首先", "# 标题", "# 标题");
        escapes(MarkdownText::heading, "Issue #", "Issue \\#", "Learn C#", "Learn C#", "# 标题", "# 标题");
        escapes(MarkdownText::linkText, "x](https://evil.example) [y", "x\\](https://evil.example) \\[y");
    }

    /** Each text, then the Markdown it makes in this place. */
    private static void escapes(UnaryOperator<String> place, String... textThenMarkdown) {
        for (int i = 0; i < textThenMarkdown.length; i += 2) {
            assertThat(place.apply(textThenMarkdown[i])).as(textThenMarkdown[i]).isEqualTo(textThenMarkdown[i + 1]);
        }
    }

    @Test
    void aDestinationStaysOneLinkToTheSameAddress() {
        String url = "https://geo.example.com/a b/(c)<d>\\e?f=1&amp;g";
        Element a = Jsoup.parse(HTML.render(PARSER.parse("[x](" + MarkdownText.destination(url) + ")"))).selectFirst("a");
        assertThat(a).isNotNull();
        assertThat(a.attr("href")).isEqualTo("https://geo.example.com/a%20b/%28c%29%3Cd%3E%5Ce?f=1&amp;g");
        assertThat(a.text()).isEqualTo("x");
    }

    private static String randomText(Random random) {
        while (true) {
            StringBuilder text = new StringBuilder();
            for (int pieces = 1 + random.nextInt(10); pieces > 0; pieces--) text.append(HOSTILE.get(random.nextInt(HOSTILE.size())));
            if (!collapsed(text.toString()).isEmpty()) return text.toString();
        }
    }

    /** The text as HtmlRenderer escapes it, unescaped. */
    private static String decoded(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static String collapsed(String text) {
        return text.replaceAll("[\\s\\p{Z}]+", " ").strip();
    }

    private static String shown(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }
}
