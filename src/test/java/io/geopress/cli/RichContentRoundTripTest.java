package io.geopress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.testing.GeopressProcess;
import io.geopress.testing.GeopressProcess.Result;
import io.geopress.testing.TestImages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's acceptance: an HTML page and a Markdown page bundle with links, emphasis, a figure, a table with a row
 * span, code and a footnote go through the real commands (import, publish, build), and every word, number, link,
 * image and table cell of each source body is in the built page and in its Markdown twin, in order. What the source
 * holds is read independently of the importers: jsoup's own text and attributes of the HTML, and of commonmark's
 * rendering (with GFM tables) of the Markdown.
 */
class RichContentRoundTripTest {
    /** Chinese has no spaces between words: its tokens are its characters. */
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}\\p{N}]+");

    @TempDir Path dir;

    private static final String HTML = """
            <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>新电车线路客流为何增长？</title></head>
            <body><article><h1>新电车线路客流为何增长？</h1>
            <p>据<a href="https://news.example.org/reports/2025">年度客流报告</a>，新线路开通一年后，工作日客流<strong>增长了六成</strong>。<sup><a href="#fn1">1</a></sup></p>
            <p>According to the <a href="https://news.example.org/reports/2025" title="Report">annual ridership report</a>, weekday ridership <strong>rose by three fifths</strong> a year after the line opened.</p>
            <figure><img src="tram.png" alt="河桥上的新电车"><figcaption>新电车驶过河桥</figcaption></figure>
            <figure><img src="tram.png" alt="The new tram on the river bridge"><figcaption>The new tram crossing the river bridge</figcaption></figure>
            <table><caption>各线路日均客流</caption><thead><tr><th>线路</th><th>时段</th><th>人次</th></tr></thead>
            <tbody><tr><td rowspan="2">一号线</td><td>早高峰</td><td>120</td></tr><tr><td>晚高峰</td><td>192</td></tr></tbody></table>
            <table><caption>Daily riders per line</caption><thead><tr><th>Line</th><th>Period</th><th>Riders</th></tr></thead>
            <tbody><tr><td rowspan="2">Line 1</td><td>Morning peak</td><td>120</td></tr><tr><td>Evening peak</td><td>192</td></tr></tbody></table>
            <pre><code class="language-python">riders = {"morning": 120, "evening": 192}</code></pre>
            <p>运营方表示，明年将增加<em>夜间班次</em>，并在每个月初公开上个月的准点率数据，方便乘客比较各条线路的表现。</p>
            <p>The operator said it would add <em>late-night services</em> next year and publish each month's punctuality figures early in the following month, so riders can compare the lines.</p>
            <p>沿线商户普遍认为，电车带来的客流让周末的营业额明显回升，但也有居民担心夜间噪音。</p>
            <p>Shops along the route mostly say the riders the tram brings have lifted weekend takings, though some residents worry about noise at night.</p>
            <section class="footnotes"><ol><li id="fn1"><p>数据来自<a href="https://news.example.org/method">统计方法说明</a>。</p></li></ol></section>
            </article></body></html>
            """;

    private static final String MARKDOWN = """
            ---
            title: 夜班公交为何受欢迎？
            title_en: Why are night buses popular?
            date: 2025-03-02
            images: ["https://img.example.org/night-bus.jpg"]
            ---

            据[交通局的调查](https://transit.example.org/survey "调查")，夜班公交的乘客中有**四成**是医护人员和外卖骑手。[^survey]

            According to the [transit bureau's survey](https://transit.example.org/survey), **two in five** night-bus riders are care workers or couriers.

            {{< figure src="bus.png" alt="深夜的公交站" caption="凌晨的公交站台" >}}

            {{< figure src="bus.png" alt="A bus stop late at night" caption="A bus stop after midnight" >}}

            | 线路 | 班次 |
            |---|---:|
            | N1 | 120 |
            | N2 | 192 |

            | Route | Runs |
            |---|---:|
            | N1 | 120 |
            | N2 | 192 |

            ```bash
            curl -s https://transit.example.org/api/night?route=N1
            ```

            ---

            调查还发现，乘客最希望增加的是~~末班车~~凌晨两点以后的班次。

            The survey also found that riders most want more runs ~~at the last hour~~ after two in the morning.

            [^survey]: 调查共访问了一千二百名乘客。
            """;

    @Test
    void everyWordNumberLinkImageAndCellOfTheSourcesIsOnThePageAndInTheTwinInOrder() throws Exception {
        Path site = dir.resolve("site");
        assertThat(GeopressProcess.run(dir, "init", "site", "--base-url", "https://geo.example.com/").exitCode()).isZero();
        Path html = Files.writeString(Files.createDirectories(dir.resolve("news")).resolve("rail.html"), HTML, StandardCharsets.UTF_8);
        TestImages.write(dir.resolve("news/tram.png"), "png", 1600, 900, 7);
        Path bundle = dir.resolve("hugo/content/posts/night-bus");
        Path markdown = Files.writeString(Files.createDirectories(bundle).resolve("index.md"), MARKDOWN, StandardCharsets.UTF_8);
        TestImages.write(bundle.resolve("bus.png"), "png", 1200, 800, 8);

        Result imported = GeopressProcess.run(site, "import", html.toString(), markdown.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        List<String> slugs = imported.out().lines().map(l -> l.strip().split("\\s+")[0]).toList();
        assertThat(slugs).hasSize(2);
        assertThat(GeopressProcess.run(site, "publish", "--all").exitCode()).isZero();
        Result built = GeopressProcess.run(site, "build");
        assertThat(built.exitCode()).as(built.err()).isZero();

        Element fromHtml = Jsoup.parse(HTML).selectFirst("article");
        fromHtml.selectFirst("h1").remove(); // the title: the page shows it as its own title
        String rendered = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build()
                .render(Parser.builder().extensions(List.of(TablesExtension.create())).build()
                        .parse(MARKDOWN.substring(MARKDOWN.indexOf("\n---\n", 4) + 5)
                                // commonmark here has no footnotes: the note's text stays, as a last paragraph
                                .replace("[^survey]:", "").replace("[^survey]", "")));
        Element fromMarkdown = Jsoup.parse(rendered).body();
        fromMarkdown.select("p:matches(^\\{\\{<)").forEach(Element::remove); // shortcodes: checked as figures below

        for (int i = 0; i < 2; i++) {
            Element source = i == 0 ? fromHtml : fromMarkdown;
            Path page = site.resolve("public/articles/" + slugs.get(i) + ".html");
            Document built0 = Jsoup.parse(Files.readString(page));
            Element body = built0.selectFirst("article div.body");
            String twin = Files.readString(site.resolve("public/articles/" + slugs.get(i) + ".html.md"));

            // a table's cells are checked one by one below: a page shows a table and its translation as one
            Element text = source.clone(), bodyText = body.clone();
            text.select("table").remove();
            bodyText.select("table").remove();
            String twinText = twin.replaceAll("(?m)^\\|.*$", "").replaceAll("(?s)<table.*?</table>", "");
            for (Pattern kind : List.of(HAN, WORD)) {
                List<String> expected = tokens(text.text(), kind);
                assertThat(expected).isNotEmpty();
                assertInOrder(expected, tokens(bodyText.text(), kind), "page " + slugs.get(i));
                assertInOrder(expected, tokens(twinText, kind), "twin " + slugs.get(i));
            }
            List<String> links = source.select("a[href^=http]").eachAttr("href");
            assertInOrder(links, body.select("a[href]").eachAttr("href"), "links on page " + slugs.get(i));
            for (String link : links) assertThat(twin).contains("(" + link);
            for (Element cell : source.select("td, th")) {
                assertThat(body.select("td, th")).as("cell " + cell.text()).anyMatch(c -> c.text().contains(cell.text()));
                assertThat(twin).contains(cell.text());
            }
            assertThat(body.select("table td[rowspan=2]")).hasSize(i == 0 ? 1 : 0);
            assertThat(body.select("pre code").text()).contains(i == 0 ? "\"morning\": 120" : "route=N1");

            String preview = built0.selectFirst("meta[property=og:image]").attr("content");
            if (i == 1) assertThat(preview).as("the front matter's image").isEqualTo("https://img.example.org/night-bus.jpg");
            else assertThat(preview).as("the first figure's").matches("https://geo\\.example\\.com/media/[0-9a-f]{64}\\.png");
            Element image = body.selectFirst("figure img");
            assertThat(image).as("the figure of " + slugs.get(i)).isNotNull();
            String src = image.attr("src");
            assertThat(src).matches(".*media/[0-9a-f]{64}\\.png");
            assertThat(site.resolve("public").resolve(src.substring(src.indexOf("media/")))).isRegularFile();
            assertThat(body.select("figure")).hasSize(1);
            assertThat(body.selectFirst("figcaption").text()).contains(i == 0 ? "新电车驶过河桥" : "凌晨的公交站台")
                    .contains(i == 0 ? "The new tram crossing the river bridge" : "A bus stop after midnight");
            assertThat(twin).containsPattern("!\\[[^\\]]*\\]\\(https://geo\\.example\\.com/media/[0-9a-f]{64}\\.png");
            String note = i == 0 ? "统计方法说明" : "调查共访问了一千二百名乘客";
            assertThat(body.select("a[href^=#fn]")).as("a reference to the note").isNotEmpty();
            assertThat(body.text()).contains(note);
            assertThat(twin).contains(note);
        }
    }

    private static List<String> tokens(String text, Pattern kind) {
        List<String> out = new ArrayList<>();
        Matcher m = kind.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** Every one of {@code expected} is in {@code actual}, in the same order (other tokens may come between). */
    private static void assertInOrder(List<String> expected, List<String> actual, String where) {
        int at = 0;
        for (String token : expected) {
            int found = actual.subList(at, actual.size()).indexOf(token);
            assertThat(found).as(where + ": '" + token + "' after token " + at + " of " + actual).isGreaterThanOrEqualTo(0);
            at += found + 1;
        }
    }
}
