package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.config.SiteConfig;
import io.geopress.testing.RichArticle;
import io.geopress.testing.SampleSite;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Markdown twin of a rich article, read back by commonmark with GFM tables and strikethrough. */
class RichTwinTest {
    private static final List<Extension> GFM = List.of(TablesExtension.create(), StrikethroughExtension.create());
    private static final String MEDIA_URL = "https://geo.example.com/" + RichArticle.MEDIA_IMAGE;

    @TempDir static Path site;
    static String twin;
    static Document parsed;

    @BeforeAll
    static void build() throws Exception {
        SampleSite.build(site, SiteConfig.defaults("GEO 测试站", URI.create("https://geo.example.com/")), List.of(RichArticle.article()));
        Path out = site.resolve("public").toRealPath();
        twin = Files.readString(out.resolve("articles/" + RichArticle.SLUG + ".html.md"));
        parsed = rendered(twin);
    }

    /** The twin's HTML as commonmark writes it, without jsoup's line breaks, for an exact comparison. */
    private static String html(Element element) {
        return element.html().replace("\n", "");
    }

    static Document rendered(String markdown) {
        return Jsoup.parse(HtmlRenderer.builder().extensions(GFM).build().render(Parser.builder().extensions(GFM).build().parse(markdown)));
    }

    @Test
    void everyLinkHasItsAbsoluteAddressAndText() {
        assertThat(parsed.select("a[href=" + RichArticle.REPORT + "]").eachText())
                .containsExactly("市统计局报告", "city statistics report", "报告", "report");
        assertThat(parsed.select("a[title]").eachAttr("title")).contains("原文报告", RichArticle.REPORT_TITLE);
        assertThat(parsed.selectFirst("a:contains(our about page)").attr("href")).isEqualTo("https://geo.example.com/about/");
        assertThat(parsed.select("a[href=" + RichArticle.STOP_LIST + "]").eachText()).contains("站点列表", "List of stops", "40,000");
        assertThat(parsed.select("a[href=" + RichArticle.PHOTO_DESK + "]").eachText()).containsExactly("photo desk");
        assertThat(parsed.select("a[href=mailto:desk@example.com]").eachText()).containsExactly("e-mail");
        // without the footnotes extension (not to be had here) a reference [^1] reads as a link to its definition
        assertThat(parsed.select("a[href]")).filteredOn(a -> !a.text().matches("\\^[0-9]+"))
                .allMatch(a -> a.attr("href").startsWith("https://") || a.attr("href").startsWith("mailto:"));
    }

    @Test
    void imagesHaveAbsoluteAddressesAndAMissingOneOnlyItsCaption() {
        Elements images = parsed.select("img");
        assertThat(images.eachAttr("src")).containsExactly(RichArticle.REMOTE_IMAGE, MEDIA_URL);
        assertThat(images.eachAttr("alt")).containsExactly("站台上等车的乘客 / Passengers \"waiting\" <at dusk>", "线路图 / Route map");
        assertThat(parsed.select("p").eachText()).contains("这张图没有找到", RichArticle.MISSING_CAPTION_EN, "线路示意图",
                "图片来源 / Image: Li Wei <photo> & Co");
    }

    @Test
    void aTableWithASpanIsHtmlAndOneWithoutIsGfmEveryCellInBothLanguages() {
        Elements tables = parsed.select("table");
        assertThat(tables).hasSize(2);
        Element spanned = tables.get(0);
        assertThat(html(spanned.selectFirst("th[rowspan=2]"))).isEqualTo("一号线<br>Line 1");
        assertThat(spanned.select("tr")).hasSize(4);
        assertThat(spanned.select("td").eachText()).containsExactly("12", "80,000", "9", "四万 40,000", "7",
                RichArticle.HOSTILE_CELL_ZH + " " + RichArticle.HOSTILE_CELL_EN);
        assertThat(spanned.select("b")).isEmpty();

        Element gfm = tables.get(1);
        assertThat(gfm.select("thead th").eachText()).containsExactly("指标 Measure", "数值 Value");
        List<Elements> rows = gfm.select("tbody tr").stream().map(tr -> tr.select("td")).toList();
        assertThat(rows).hasSize(2).allMatch(cells -> cells.size() == 2);
        assertThat(html(rows.get(0).get(0))).isEqualTo(RichArticle.PIPE_CELL_ZH + "<br>" + RichArticle.PIPE_CELL_EN);
        assertThat(rows.get(1).get(0).selectFirst("code").text()).isEqualTo("a|b");
        assertThat(rows.get(1).get(0).text()).isEqualTo("a|b `反引号` line one line two *not em* <i>x</i>");
        assertThat(rows.get(1).get(1).text()).isEqualTo("3");
        assertThat(gfm.select("em, i")).isEmpty();
    }

    @Test
    void codeIsOneFenceAndMarkupInTextStaysText() {
        Element code = parsed.selectFirst("pre > code");
        assertThat(code.attr("class")).isEqualTo("language-java");
        assertThat(code.wholeText()).isEqualTo(RichArticle.CODE);
        assertThat(parsed.select("pre")).hasSize(1);
        assertThat(parsed.select("script, b")).isEmpty();
        assertThat(parsed.text()).contains(RichArticle.HOSTILE_ZH, RichArticle.HOSTILE_EN, "[no-such-note]");
        assertThat(parsed.select("code").eachText()).contains("<b>tag</b>", "a `tick` | pipe");
        assertThat(parsed.select("strong").eachText()).contains("12万人次", "120,000 trips", "换乘站");
        assertThat(parsed.select("em").eachText()).contains("约六成", "about 60%", "准点", "on time");
        assertThat(parsed.select("del").eachText()).containsExactly("旧票价");
        assertThat(parsed.select("sub, sup").eachText()).containsExactly("2", "2");
        assertThat(parsed.select("hr")).as("the rule, and no other").hasSize(1);
    }

    @Test
    void footnotesAreReferencesAndDefinitionsNumberedAsOnThePage() {
        assertThat(Pattern.compile("\\[\\^1]").matcher(twin).results().count()).as("four references and a definition").isEqualTo(7);
        assertThat(twin).contains("。[^1]\n", "on last year.[^1]\n", "[e-mail](mailto:desk@example.com)[^2]\n");
        assertThat(twin).contains("[^1]: 数据来自[开放数据平台](" + RichArticle.OPEN_DATA + ")。\n    Figures from the [open data portal]("
                + RichArticle.OPEN_DATA + ").\n");
        assertThat(twin).contains("[^2]: 第二条注释 \\<b>\n    A second note with \\<b>.\n", "[^3]: 没有被引用的注释\n");
        assertThat(parsed.select("a[href=" + RichArticle.OPEN_DATA + "]").eachText()).as("read without footnotes, the English note")
                .contains("open data portal");
        assertThat(twin.indexOf("[^3]:")).as("the notes end the body, before the FAQ").isLessThan(twin.indexOf("## 常见问题"));
    }

    @Test
    void llmsFullCarriesTheTables() throws Exception {
        String full = Files.readString(site.resolve("public").toRealPath().resolve("llms-full.txt"));
        assertThat(full).contains(twin.strip());
        Document all = rendered(full);
        assertThat(all.select("table")).hasSize(2);
    }
}
