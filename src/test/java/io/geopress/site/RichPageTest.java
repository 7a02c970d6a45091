package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.geopress.config.SiteConfig;
import io.geopress.testing.RichArticle;
import io.geopress.testing.SampleSite;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article with links, emphasis, figures, tables, code, a rule and footnotes, as its page shows it. */
class RichPageTest {
    @TempDir static Path site;
    @TempDir static Path ugcSite;
    static Document page;
    static Element body;

    @BeforeAll
    static void build() throws Exception {
        SampleSite.build(site, SiteConfig.defaults("GEO 测试站", URI.create("https://geo.example.com/")), List.of(RichArticle.article()));
        page = read(site);
        body = page.selectFirst("article .body");
    }

    private static Document read(Path built) throws Exception {
        Path file = built.resolve("public").toRealPath().resolve("articles/" + RichArticle.SLUG + ".html");
        return Jsoup.parse(Files.readString(file), "https://geo.example.com/articles/" + RichArticle.SLUG + ".html");
    }

    @Test
    void linksKeepTheirAddressTitleAndTextAndExternalOnesOpenNothing() {
        Elements report = body.select("a[href=" + RichArticle.REPORT + "]");
        assertThat(report.eachText()).containsExactly("市统计局报告", "city statistics report");
        assertThat(report.get(1).attr("title")).isEqualTo(RichArticle.REPORT_TITLE);
        assertThat(report.eachAttr("rel")).containsOnly("noopener");
        Element about = body.selectFirst("a[href=/about/]");
        assertThat(about.text()).isEqualTo("our about page");
        assertThat(about.hasAttr("rel")).as("a link within the site").isFalse();
        assertThat(body.selectFirst("a[href=mailto:desk@example.com]").attr("rel")).isEqualTo("noopener");
        assertThat(body.select("p[lang=zh-CN] strong").eachText()).contains("12万人次");
        assertThat(body.select("p[lang=en] em").eachText()).contains("about 60%");
        assertThat(body.select("code").eachText()).contains("<b>tag</b>", "a `tick` | pipe");
        assertThat(body.select("sub").eachText()).contains("2");
        assertThat(body.select("sup:not(:has(a))").eachText()).contains("2", "[no-such-note]");
        assertThat(body.select("del").eachText()).containsExactly("旧票价");
        assertThat(body.select("p[lang=zh-CN]:has(br)").text()).contains("旧票价 第二行");
    }

    @Test
    void hostileTextStaysTextAndNoLinkRunsScript() {
        assertThat(page.select("script").eachAttr("type")).as("only the JSON-LD and the site's scripts")
                .allMatch(type -> type.equals("application/ld+json") || type.isEmpty());
        assertThat(page.select("script[src]")).allMatch(s -> s.attr("src").startsWith("/assets/"));
        assertThat(body.text()).contains(RichArticle.HOSTILE_ZH, RichArticle.HOSTILE_EN, "// </code></pre><script>alert(3)</script>");
        for (Element element : page.getAllElements()) {
            for (String attribute : List.of("href", "src", "srcset")) {
                String value = element.attr(attribute).strip().toLowerCase(Locale.ROOT);
                assertThat(value).as(element.outerHtml()).doesNotStartWith("javascript:").doesNotStartWith("data:text");
            }
            assertThat(element.attributes().asList()).as(element.outerHtml()).noneMatch(a -> a.getKey().startsWith("on"));
        }
        assertThat(body.selectFirst("a:contains(伪装链接)").attr("href")).isEqualTo(RichArticle.ENTITY_SCRIPT_LINK);
        assertThat(body.selectFirst("a:contains(a disguised link)").attr("href")).isEqualTo(RichArticle.NAMED_ENTITY_SCRIPT_LINK);
        Element remote = body.selectFirst("img[src=" + RichArticle.REMOTE_IMAGE + "]");
        assertThat(remote.attr("alt")).isEqualTo("站台上等车的乘客 / Passengers \"waiting\" <at dusk>");
        assertThat(body.selectFirst("figure:has(img[src=" + RichArticle.REMOTE_IMAGE + "]) .credit").text())
                .isEqualTo("图片来源: Li Wei <photo> & Co");
        assertThat(body.select("td span[lang=zh-CN]").eachText()).contains(RichArticle.HOSTILE_CELL_ZH);
        assertThat(body.select("td b, p b")).isEmpty();
    }

    @Test
    void figuresLoadLazilyAtTheirSizeAndAMissingImageLeavesItsCaption() {
        Element remote = body.selectFirst("img[src=" + RichArticle.REMOTE_IMAGE + "]");
        assertThat(remote.attr("width")).isEqualTo("1200");
        assertThat(remote.attr("height")).isEqualTo("800");
        assertThat(remote.attr("loading")).isEqualTo("lazy");
        assertThat(remote.attr("decoding")).isEqualTo("async");
        assertThat(remote.attr("referrerpolicy")).isEqualTo("no-referrer");
        Element caption = remote.parent().selectFirst("figcaption");
        assertThat(caption.select("p[lang=zh-CN] strong").text()).isEqualTo("换乘站");
        assertThat(caption.selectFirst("p[lang=en] a").attr("href")).isEqualTo(RichArticle.PHOTO_DESK);

        Element local = body.selectFirst("img[src=/" + RichArticle.MEDIA_IMAGE + "]");
        assertThat(local).as("a media store image is a file of the built site").isNotNull();
        assertThat(local.hasAttr("referrerpolicy")).isFalse();
        assertThat(local.attr("width")).isEqualTo(String.valueOf(RichArticle.MEDIA_WIDTH));
        assertThat(local.parent().select("figcaption p").eachText()).containsExactly("线路示意图", "Route sketch");

        Element missing = body.selectFirst("figure:contains(这张图没有找到)");
        assertThat(missing.select("img")).isEmpty();
        assertThat(missing.select("figcaption p").eachText()).containsExactly("这张图没有找到", RichArticle.MISSING_CAPTION_EN);
        assertThat(body.select("figure")).hasSize(3);
        assertThat(body.select("img")).as("a caption's markup is text").hasSize(2);
    }

    @Test
    void aTableHasItsCaptionHeadHeaderScopesAndSpansEachCellInBothLanguages() {
        Element table = body.selectFirst("div.table-scroll > table:has(caption)");
        assertThat(table.select("caption p").eachText()).containsExactly("各线路工作日客流", "Weekday ridership by line");
        assertThat(table.select("thead th").eachAttr("scope")).containsExactly("col", "col", "col");
        assertThat(table.select("thead th span[lang=en]").eachText()).containsExactly("Line", "Stops", "Trips");
        Element line1 = table.selectFirst("tbody th:contains(一号线)");
        assertThat(line1.attr("scope")).isEqualTo("row");
        assertThat(line1.attr("rowspan")).isEqualTo("2");
        assertThat(line1.select("span").eachAttr("class")).containsExactly("zh", "en second");
        assertThat(table.select("tbody tr")).hasSize(3);
        assertThat(table.select("tbody tr").get(1).select("td")).as("the row under the span").hasSize(2);
        Element number = table.selectFirst("td:contains(80,000)");
        assertThat(number.select("span")).as("a number the same in both languages, once").hasSize(1);
        assertThat(number.selectFirst("span").hasClass("only")).isTrue();
        assertThat(table.selectFirst("td:has(em)").select("a[href=" + RichArticle.STOP_LIST + "]").text()).isEqualTo("40,000");

        Element gfm = body.select("div.table-scroll > table").get(1);
        assertThat(gfm.select("caption")).isEmpty();
        assertThat(gfm.select("tbody tr").get(1).select("td")).as("a missing cell is padded").hasSize(2);
    }

    @Test
    void codeIsPreformattedAndNamedAndARuleIsARule() {
        Element code = body.selectFirst("pre > code");
        assertThat(code.attr("class")).isEqualTo("language-java");
        assertThat(code.wholeText()).isEqualTo(RichArticle.CODE);
        assertThat(code.parent().hasAttr("lang")).isFalse();
        assertThat(body.select("hr")).hasSize(1);
    }

    @Test
    void footnotesAreNumberedByFirstReferenceAndLinkedBothWays() {
        Elements notes = body.select("section.footnotes > ol > li");
        assertThat(notes.eachAttr("id")).containsExactly("fn-src", "fn-two", "fn-unused");
        assertThat(notes.get(0).select("p[lang=zh-CN] a[href=" + RichArticle.OPEN_DATA + "]").text()).isEqualTo("开放数据平台");
        assertThat(notes.get(1).text()).contains("第二条注释 <b>");
        Elements refs = page.select("sup > a[href^=#fn-]");
        assertThat(refs.stream().filter(a -> a.attr("href").equals("#fn-src")).map(Element::text).distinct().toList()).containsExactly("1");
        assertThat(refs.stream().filter(a -> a.attr("href").equals("#fn-two")).map(Element::text).toList()).containsExactly("2");
        Set<String> ids = new HashSet<>();
        for (Element element : page.select("[id]")) assertThat(ids.add(element.id())).as("id %s once", element.id()).isTrue();
        for (Element ref : refs) assertThat(page.getElementById(ref.attr("href").substring(1))).as(ref.outerHtml()).isNotNull();
        Elements back = notes.select("a.back");
        assertThat(back.eachAttr("href")).contains("#fnref-src-zh", "#fnref-src-en", "#fnref-two-en");
        for (Element link : back) assertThat(page.getElementById(link.attr("href").substring(1))).as(link.outerHtml()).isNotNull();
        assertThat(notes.get(1).selectFirst("p[lang=zh-CN] a.back").attr("href")).as("no Chinese reference: the English one")
                .isEqualTo("#fnref-two-en");
        assertThat(notes.get(2).select("a.back")).as("a note nobody refers to").isEmpty();
        assertThat(page.select(".faq sup a").eachText()).containsOnly("1");
    }

    @Test
    void faqAnswersDisclaimersAndListItemsCarryTheirLinks() {
        assertThat(page.select(".faq .qa a[href=" + RichArticle.REPORT + "]").eachText()).containsExactly("报告", "report");
        assertThat(page.select("footer.disclaimer a").eachText()).containsExactly("转载规则", "reprint rules");
        assertThat(body.select("ul li a[href=" + RichArticle.STOP_LIST + "]").eachText()).containsExactly("站点列表", "List of stops");
        assertThat(body.select("blockquote em").eachText()).containsExactly("准点", "on time");
    }

    @Test
    void theFirstFigureIsTheArticlesImageAndItsOutboundLinksItsCitations() throws Exception {
        assertThat(page.selectFirst("meta[property=og:image]").attr("content")).isEqualTo(RichArticle.REMOTE_IMAGE);
        assertThat(page.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
        assertThat(page.selectFirst("meta[property=og:image:height]").attr("content")).isEqualTo("800");
        JsonNode article = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data()).get("@graph").get(0);
        JsonNode image = article.get("image");
        assertThat(image.get("@type").asText()).isEqualTo("ImageObject");
        assertThat(image.get("url").asText()).isEqualTo(RichArticle.REMOTE_IMAGE);
        assertThat(image.get("width").asInt()).isEqualTo(1200);
        List<String> cited = article.get("citation").findValuesAsText("url");
        assertThat(cited).containsExactly(RichArticle.REPORT, RichArticle.PHOTO_DESK, RichArticle.STOP_LIST, RichArticle.OPEN_DATA);
        assertThat(article.get("citation").get(0).get("@type").asText()).isEqualTo("CreativeWork");
        assertThat(article.get("citation").get(0).get("name").asText()).isEqualTo("市统计局报告");
    }

    @Test
    void aSiteCanMarkExternalLinksNofollowAndUgc() throws Exception {
        SiteConfig config = SiteConfig.defaults("GEO", URI.create("https://geo.example.com/")).withLinkRel(List.of("nofollow", "ugc"));
        SampleSite.build(ugcSite, config, List.of(RichArticle.article()));
        Element ugcBody = read(ugcSite).selectFirst("article .body");
        assertThat(ugcBody.select("a[href=" + RichArticle.REPORT + "]").eachAttr("rel")).containsOnly("noopener nofollow ugc");
        assertThat(ugcBody.selectFirst("a[href=/about/]").hasAttr("rel")).isFalse();
    }
}
