package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.geopress.config.ConfigFile;
import io.geopress.config.SiteConfig;
import io.geopress.testing.NuChecker;
import io.geopress.testing.SampleSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code languages} setting: which languages pages show, and which comes first. */
class LanguagesTest {
    private static final String NIGHT = "articles/how-far-can-a-small-town-s-night-economy-go-once-its-market.html";
    private static final String NIGHT_EN_PARAGRAPH = "The Shiqiao riverside night market reopened in May";

    @TempDir static Path englishFirst;
    @TempDir static Path chineseOnly;

    @BeforeAll
    static void build() throws Exception {
        SampleSite.build(englishFirst, settings(englishFirst, "languages: [en, zh]\n"));
        SampleSite.build(chineseOnly, settings(chineseOnly, "languages: [zh]\n"));
    }

    /** The site's settings as geopress reads them from its geopress.yml. */
    private static SiteConfig settings(Path site, String languages) throws Exception {
        Files.writeString(site.resolve(SiteConfig.FILE_NAME), "title: GEO 测试站\ntitle_en: GEO Test\n"
                + "base_url: https://geo.example.com/\n" + languages);
        return ConfigFile.read(site);
    }

    private static Document page(Path site, String path) throws Exception {
        return Jsoup.parse(site.resolve("public").resolve(path).toFile());
    }

    @Test
    void englishFirstMakesEnglishThePagesLanguageAndPutsItAboveTheChinese() throws Exception {
        Document article = page(englishFirst, NIGHT);
        assertThat(article.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(article.selectFirst("meta[property=og:locale]").attr("content")).isEqualTo("en_US");
        assertThat(article.selectFirst("meta[property=og:locale:alternate]").attr("content")).isEqualTo("zh_CN");
        assertThat(article.select("h1 > span").eachAttr("lang")).containsExactly("en", "zh-CN");
        assertThat(article.selectFirst("h1 > span").text()).startsWith("How Far Can a Small Town");
        assertThat(article.selectFirst("header .site-name").text()).isEqualTo("GEO Test");
        for (Element pair : article.select(".body div.pair")) {
            assertThat(pair.select("p:not(.flag)").eachAttr("lang")).as(pair.outerHtml()).containsExactly("en", "zh-CN");
            assertThat(pair.select("p[lang=zh-CN]").hasClass("second")).isTrue();
        }
        assertThat(article.select(".body li").first().select("p").eachAttr("lang")).containsExactly("en", "zh-CN");
        assertThat(article.select("input.mode")).as("both languages: the reading switch stays").hasSize(3);

        JsonNode ld = new ObjectMapper().readTree(article.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.get("@graph").get(0).get("inLanguage")).hasToString("[\"en\",\"zh-CN\"]");
        String twin = Files.readString(englishFirst.resolve("public").resolve(NIGHT + ".md"));
        assertThat(twin).startsWith("# How Far Can a Small Town");
        assertThat(twin.indexOf(NIGHT_EN_PARAGRAPH)).isLessThan(twin.indexOf("石桥滨河夜市停办三年后"));

        Document home = page(englishFirst, "index.html");
        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(home.select("ol.articles h2 a").first().select("span").eachAttr("lang")).containsExactly("en", "zh-CN");
    }

    @Test
    void oneLanguageShowsOnlyThatLanguageAndNoReadingSwitch() throws Exception {
        Document article = page(chineseOnly, NIGHT);
        assertThat(article.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(article.selectFirst("meta[property=og:locale]").attr("content")).isEqualTo("zh_CN");
        assertThat(article.select("meta[property=og:locale:alternate]")).isEmpty();
        assertThat(article.select("input.mode")).isEmpty();
        assertThat(article.select("nav.reading")).isEmpty();
        // the article is translated throughout: the BLUF's name is the only English left
        assertThat(article.select("body [lang=en]")).extracting(Element::id).containsExactly("bluf-heading");
        assertThat(article.text()).doesNotContain(NIGHT_EN_PARAGRAPH).contains("石桥滨河夜市停办三年后");
        assertThat(article.select(".body div.pair p")).allMatch(p -> p.attr("lang").equals("zh-CN"));
        assertThat(Files.readString(chineseOnly.resolve("public").resolve(NIGHT + ".md")))
                .doesNotContain(NIGHT_EN_PARAGRAPH).contains("石桥滨河夜市停办三年后");

        JsonNode ld = new ObjectMapper().readTree(article.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.get("@graph").get(0).get("inLanguage")).hasToString("[\"zh-CN\"]");
        for (String list : List.of("index.html", "tags/index.html", "categories/index.html", "about/index.html", "404.html")) {
            Document page = page(chineseOnly, list);
            assertThat(page.select("body [lang=en]")).as(list).isEmpty();
            assertThat(page.select("input.mode")).as(list).isEmpty();
        }
    }

    @Test
    void aTextMissingInTheSitesOnlyLanguageShowsInTheOneItHas() throws Exception {
        // this sample's source title is English only, and one of its list items has no English
        Document article = page(chineseOnly, "articles/libraries-older-readers-and-ai-assistants-notes-from-the-hexi.html");
        Element title = article.selectFirst(".source-title");
        assertThat(title.attr("lang")).isEqualTo("en");
        assertThat(title.hasClass("only")).isTrue();
    }

    @Test
    void everyPageOfBothSitesHasNoNuCheckerErrors() throws Exception {
        NuChecker checker = NuChecker.orAbort();
        List<Path> pages = new ArrayList<>();
        for (Path site : List.of(englishFirst, chineseOnly)) {
            try (Stream<Path> files = Files.walk(site.resolve("public").toRealPath())) {
                files.filter(f -> f.toString().endsWith(".html")).forEach(pages::add);
            }
        }
        assertThat(checker.errors(pages)).isEmpty();
    }
}
