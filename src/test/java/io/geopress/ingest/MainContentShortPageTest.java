package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page under the 200-letter floor imports when it is clearly an article, and is refused otherwise. */
class MainContentShortPageTest {
    private static final String NOTE = "<p>因线路检修，本周六全天闭馆，周日起恢复开放，自助还书机照常使用，到期图书自动顺延三天，给您带来不便，敬请谅解。</p>";
    private static final String MENU = "<div><a href=\"/a\">首页新闻</a> <a href=\"/b\">城市频道</a> <a href=\"/c\">科技频道</a> "
            + "<a href=\"/d\">财经频道</a></div><div>本站由城西图书馆主办，欢迎来访</div>";

    @TempDir
    Path dir;

    @Test
    void aShortNoteInAnArticleElementImports() throws IOException {
        Imported page = HtmlPages.read(page("article.html", "", "<article>" + NOTE + "</article>" + MENU));

        assertThat(page.article().body()).hasSize(1);
        assertThat(page.article().body().get(0).text().zh()).startsWith("因线路检修");
    }

    @Test
    void aShortPageWhoseTypeIsArticleImports() throws IOException {
        Imported page = HtmlPages.read(page("typed.html", "<meta property=\"og:type\" content=\"article\">", "<div>" + NOTE + "</div>" + MENU));

        assertThat(page.article().body()).extracting(b -> b.text().zh()).anyMatch(t -> t.startsWith("因线路检修"));
    }

    @Test
    void aShortPageOfMenusAndNotesIsRefused() throws IOException {
        Path file = page("menu.html", "", MENU + "<div><p>欢迎光临</p><p>联系我们</p></div>");

        assertThatThrownBy(() -> HtmlPages.read(file)).isInstanceOf(ImportException.class).hasMessageContaining("no main content found");
    }

    private Path page(String name, String head, String body) throws IOException {
        return Files.writeString(dir.resolve(name), "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>闭馆通知</title>"
                + head + "</head><body>" + body + "</body></html>");
    }
}
