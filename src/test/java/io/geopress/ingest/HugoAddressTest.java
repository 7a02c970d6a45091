package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geopress.model.Progress;
import io.geopress.model.SitePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Hugo page's old address (its {@code url}, its site's {@code permalinks}, or Hugo's default) becomes a redirect. */
class HugoAddressTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    @TempDir Path dir;

    private Path page(String path, String front) throws IOException {
        Path file = dir.resolve("hugo/content").resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "---\n" + front + "---\n\n河边新开了一家面包房。\n\nA bakery opened by the river.\n");
    }

    private void config(String name, String text) throws IOException {
        Path file = dir.resolve("hugo").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Imported read(Path file) {
        List<Imported> imported = new Ingest(SHANGHAI).read(file, null, Progress.NONE);
        assertThat(imported).hasSize(1);
        return imported.get(0);
    }

    private List<String> addresses(Path file) {
        return read(file).aliases().stream().map(SitePath::path).toList();
    }

    @Test
    void withoutPermalinksAPageKeepsHugosDefaultAddressItsPathWithItsSlugLast() throws IOException {
        assertThat(addresses(page("posts/Riverside Bakery.md", "title: 面包房\n"))).containsExactly("posts/riverside-bakery/");
        assertThat(addresses(page("posts/2024/b.md", "title: 面包房\nslug: new-oven\n"))).containsExactly("posts/2024/new-oven/");
        assertThat(addresses(page("notes/oven/index.md", "title: 面包房\n"))).containsExactly("notes/oven/");
        assertThat(addresses(page("about-us.md", "title: 关于\n"))).containsExactly("about-us/");
    }

    @Test
    void theSitesPermalinksGiveTheAddressWithHugosTokens() throws IOException {
        config("hugo.toml", """
                baseURL = "https://old.example.org/"
                [permalinks]
                posts = "/:year/:month/:day/:slug/"
                notes = "/:section/:monthname-:weekday-:yearday/:title/"
                [permalinks.page]
                essays = "/e/:sections/:filename.html"
                """);

        assertThat(addresses(page("posts/a.md", "title: 面包房\nslug: second-oven\ndate: 2024-03-05T10:00:00+08:00\n")))
                .containsExactly("2024/03/05/second-oven/");
        assertThat(addresses(page("posts/b.md", "title: Why Bread Queues Form?\ndate: 2024-03-05\n")))
                .as("without a slug, :slug is the title, urlized").containsExactly("2024/03/05/why-bread-queues-form/");
        assertThat(addresses(page("notes/c.md", "title: Oven Notes\ndate: 2024-03-05\n")))
                .as("2024-03-05 is a Tuesday, the 65th day").containsExactly("notes/march-2-65/oven-notes/");
        assertThat(addresses(page("essays/long/My Essay.md", "title: 随笔\n"))).containsExactly("e/essays/long/my-essay.html");
    }

    @Test
    void aSplitConfigurationsPermalinksFileGivesTheAddress() throws IOException {
        config("config/_default/hugo.toml", "baseURL = \"https://old.example.org/\"\n");
        config("config/_default/permalinks.toml", "posts = \"/:year/:slug/\"\n");

        assertThat(addresses(page("posts/a.md", "title: 面包房\nslug: oven\ndate: 2024-03-05\n"))).containsExactly("2024/oven/");
    }

    @Test
    void urlFrontMatterIsTheOldAddressAndWinsOverPermalinks() throws IOException {
        config("config.toml", "[permalinks]\nposts = \"/:slug/\"\n");

        assertThat(addresses(page("posts/a.md", "title: 面包房\nurl: /old/bakery.html\naliases: [/b/]\n")))
                .containsExactly("b/", "old/bakery.html");
    }

    @Test
    void aUrlThatLeavesTheSiteIsAnErrorNamingFileLineAndKey() throws IOException {
        Path file = page("posts/a.md", "title: 面包房\nurl: https://evil.example/x\n");

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                .hasMessage(file + ":3: front matter key 'url': \"https://evil.example/x\" has a scheme; give a path on this site");
    }

    @Test
    void aPermalinkThatNeedsADateThePageLacksIsAWarningAndNoAddress() throws IOException {
        config("hugo.yaml", "permalinks:\n  posts: /:year/:slug/\n");

        Imported imported = read(page("posts/a.md", "title: 面包房\nslug: oven\n"));

        assertThat(imported.aliases()).isEmpty();
        assertThat(imported.warnings()).containsExactly(dir.resolve("hugo/hugo.yaml") + ": permalink \"/:year/:slug/\": the page"
                + " has no date for :year; its old address is not kept");
    }

    @Test
    void aSectionsIndexAndAFileInNoContentFolderHaveNoHugoAddress() throws IOException {
        assertThat(addresses(page("posts/_index.md", "title: 文章\n"))).isEmpty();
        Path loose = Files.writeString(dir.resolve("a.md"), "---\ntitle: 面包房\n---\n\n面包。\n\nBread.\n");
        assertThat(addresses(loose)).isEmpty();
    }
}
