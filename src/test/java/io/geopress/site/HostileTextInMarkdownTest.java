package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.config.SiteConfig;
import io.geopress.testing.SampleSite;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imported text that looks like markup stays text in the Markdown twin, llms-full.txt and llms.txt. */
class HostileTextInMarkdownTest {
    private static final String SCRIPT = "</script><script>alert(1)</script>";
    private static final String BREAKOUT = "x](https://evil.example) [y";

    @TempDir static Path site;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        Path jsonl = Files.writeString(site.resolve("hostile.jsonl"), """
                {"title": "%s", "slug": "script-title", "summary_en": "**Bold** claims. <img src=x onerror=alert(1)>", \
                "blocks": [{"type": "paragraph", "zh": "# 不是标题 [链接](https://evil.example)", "en": "> not a quote, `no code`"}, \
                {"type": "item", "level": 1, "ordered": false, "zh": "1. 不是编号", "en": "=== not a heading"}]}
                {"title": "%s", "slug": "breakout-title", "summary_en": "A title that tries to end its link early. \
                [more](https://evil.example)", "blocks": [{"type": "paragraph", "zh": "正文。", "en": "Body."}]}
                """.formatted(SCRIPT, BREAKOUT));
        SampleSite.build(site, SiteConfig.defaults("GEO 测试站", URI.create("https://geo.example.com/")), jsonl);
        out = site.resolve("public").toRealPath();
    }

    private static Document rendered(String markdown) {
        return Jsoup.parse(HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown)));
    }

    @Test
    void aTitleThatClosesAScriptIsTheTwinsHeadingAsText() throws Exception {
        for (String file : new String[] {"articles/script-title.html.md", "llms-full.txt"}) {
            Document twin = rendered(Files.readString(out.resolve(file)));
            assertThat(twin.select("script, img")).as(file).isEmpty();
            assertThat(twin.select("a").eachAttr("href")).as(file).noneMatch(href -> href.contains("evil.example"));
            assertThat(twin.select("h1").eachText()).as(file).contains(SCRIPT);
        }
        Document twin = rendered(Files.readString(out.resolve("articles/script-title.html.md")));
        assertThat(twin.select("strong, code, blockquote, ol")).isEmpty();
        assertThat(twin.select("p").eachText()).contains("# 不是标题 [链接](https://evil.example)", "> not a quote, `no code`");
        assertThat(twin.select("li").eachText()).containsExactly("1. 不是编号 === not a heading");
    }

    @Test
    void aTitleThatEndsItsLinkEarlyStaysOneLinkToItsTwin() throws Exception {
        String line = Files.readAllLines(out.resolve("llms.txt")).stream().filter(l -> l.contains("evil.example"))
                .findFirst().orElseThrow();
        Elements links = rendered(line).select("a");
        assertThat(links).as(line).hasSize(1);
        assertThat(links.get(0).attr("href")).isEqualTo("https://geo.example.com/articles/breakout-title.html.md");
        assertThat(links.get(0).text()).isEqualTo(BREAKOUT);
        assertThat(rendered(Files.readString(out.resolve("llms.txt"))).select("a").eachAttr("href"))
                .allMatch(href -> href.startsWith("https://geo.example.com/"));
    }
}
