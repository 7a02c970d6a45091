package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geopress.config.SiteConfig;
import io.geopress.model.GeopressException;
import io.geopress.testing.SampleSite;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site overrides templates from its own templates/ folder, without a new jar; the rest stay as bundled. */
class ThemeTest {
    @TempDir Path site;

    @Test
    void aTemplateInTheSiteFolderReplacesTheBundledOneOfTheSameName() throws Exception {
        Path parts = Files.createDirectories(site.resolve("templates/parts"));
        Files.writeString(parts.resolve("footer.jte"), """
                @import io.geopress.site.page.SitePart
                @param SitePart site
                <footer class="site-footer"><p>本站主题 Our own theme · ${site.name().any()}</p></footer>
                """);
        SampleSite.build(site, SiteConfig.defaults("GEO 主题站", URI.create("https://geo.example.com/")));
        Path out = site.resolve("public").toRealPath();
        String article = Files.readString(out.resolve("articles/why-trams-are-back-lessons-from-lanhe-s-first-year.html"));
        assertThat(article).contains("本站主题 Our own theme · GEO 主题站").contains("AI Summary (BLUF)");
        assertThat(Files.readString(out.resolve("index.html"))).contains("Our own theme");
    }

    @Test
    void aThemePageThatIncludesTheSiteScriptPartWithoutTheSiteStillBuilds() throws Exception {
        // as themes did while the script was inline, which the Content-Security-Policy now blocks
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/about.jte"), """
                @import io.geopress.site.page.AboutPage
                @param AboutPage page
                <!DOCTYPE html>
                <html lang="zh-CN"><head><title>关于</title><link rel="stylesheet" href="${page.site().css()}"></head>
                <body><p>本站主题的关于页</p>
                @template.parts.sitescript()
                </body></html>
                """);
        SampleSite.build(site, SiteConfig.defaults("GEO 主题站", URI.create("https://geo.example.com/")));
        Path out = site.resolve("public").toRealPath();
        assertThat(Files.readString(out.resolve("about/index.html"))).contains("本站主题的关于页").doesNotContain("<script");
        assertThat(Files.readString(out.resolve("index.html"))).containsPattern("<script src=\"/assets/site\\.[0-9a-f]{10}\\.js\" defer>");
    }

    @Test
    void aBrokenThemeTemplateFailsTheBuildWithItsNameAndLeavesTheSiteAsItWas() throws Exception {
        SiteConfig config = SiteConfig.defaults("GEO", URI.create("https://geo.example.com/"));
        SampleSite.build(site, config);
        Path before = site.resolve("public").toRealPath();
        Path theme = Files.createDirectories(site.resolve("templates"));
        Files.writeString(theme.resolve("list.jte"), "@param io.geopress.site.page.ListPage page\n<p>${page.noSuchThing()}</p>\n");
        assertThatThrownBy(() -> SampleSite.build(site, config))
                .isInstanceOf(GeopressException.class)
                .hasMessageEndingWith("build failed, the site was not changed: templates/list.jte:2: cannot find symbol (symbol: method noSuchThing())")
                .hasMessageNotContaining("\n");
        assertThat(site.resolve("public").toRealPath()).isEqualTo(before);
    }
}
