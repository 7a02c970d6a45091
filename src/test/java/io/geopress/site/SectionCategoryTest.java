package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.model.LabelText;
import io.geopress.store.ArticleStore;
import io.geopress.testing.GeopressProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Hugo section's _index.md names the category of its articles and gives its list page a title and a description in
 * both languages, escaped; importing the folder again with a changed description updates it and adds nothing else.
 * Imported, published and built by real {@code geopress} processes.
 */
class SectionCategoryTest {
    @TempDir Path dir;

    @Test
    void theSectionsTitleAndDescriptionReachItsCategoryPageAndAreUpdatedOnReimport() throws Exception {
        Path content = dir.resolve("hugo/content");
        Files.createDirectories(content.resolve("walks"));
        Path index = Files.writeString(content.resolve("walks/_index.md"), """
                ---
                title: 步行
                title_en: Walks
                description: 城里的<b>步行</b>路线 & 小巷。
                description_en: Routes on foot <script>alert(1)</script>
                ---
                """);
        Files.writeString(content.resolve("walks/river.md"), """
                ---
                title: 沿河步道有多长?
                title_en: How Long Is the River Path?
                slug: river-path
                ---

                步道全长六公里。

                The path runs six kilometres.
                """);
        Path site = dir.resolve("site");
        succeeds(dir, "init", "site", "--base-url", "https://geo.example.com/");
        assertThat(succeeds(site, "import", content.toString()).err()).contains("1 new, 0 revised, 0 unchanged");
        succeeds(site, "publish", "--all");
        succeeds(site, "build");

        Document article = Jsoup.parse(site.resolve("public/articles/river-path.html").toFile());
        assertThat(article.select(".categories a").eachText()).containsExactly("步行");
        String listPath = article.selectFirst(".categories a").attr("href");
        Path list = site.resolve("public" + listPath + "index.html");
        Document page = Jsoup.parse(list.toFile());
        assertThat(page.selectFirst("h1").text()).contains("分类：步行").contains("Category: Walks");
        assertThat(page.select(".description p").eachText())
                .containsExactly("城里的<b>步行</b>路线 & 小巷。", "Routes on foot <script>alert(1)</script>");
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo("城里的<b>步行</b>路线 & 小巷。");
        assertThat(Files.readString(list)).doesNotContain("<script>alert").doesNotContain("<b>步行")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");

        Files.writeString(index, Files.readString(index).replace("Routes on foot <script>alert(1)</script>", "Routes on foot, old and new"));
        assertThat(succeeds(site, "import", content.toString()).err()).contains("0 new, 0 revised, 1 unchanged");
        succeeds(site, "build");

        assertThat(Jsoup.parse(list.toFile()).select(".description p").eachText()).contains("Routes on foot, old and new");
        List<LabelText> texts = ArticleStore.openSqlite(site.resolve("geopress.db"), ZoneId.of("Asia/Shanghai"), Clock.systemUTC()).labelTexts();
        assertThat(texts).extracting(LabelText::name).containsExactly("步行");
    }

    private static GeopressProcess.Result succeeds(Path workingDir, String... args) throws Exception {
        GeopressProcess.Result result = GeopressProcess.run(workingDir, args);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result;
    }
}
