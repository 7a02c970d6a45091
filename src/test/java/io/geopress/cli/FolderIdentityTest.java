package io.geopress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.testing.GeopressProcess;
import io.geopress.testing.GeopressProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder imports as one article per file, whatever titles, sources and slugs its files share. */
class FolderIdentityTest {
    @TempDir Path dir;
    Path site;
    Path content;

    @BeforeEach
    void initSite() throws Exception {
        site = dir.resolve("site");
        Result init = GeopressProcess.run(dir, "init", "site");
        assertThat(init.exitCode()).as(init.err()).isZero();
        content = dir.resolve("blog/content");
    }

    private void write(String path, String slug, String text) throws Exception {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: 今天的天气怎么样？\nsource: 晚报\nsource_url: https://example.org/weather\n"
                + (slug == null ? "" : "slug: " + slug + "\n") + "---\n\n" + text + "\n");
    }

    @Test
    void filesSharingATitleASourceOrASlugAreEachTheirOwnArticle() throws Exception {
        write("weather/2026-05-01.md", null, "晴，气温二十度。");
        write("weather/2026-05-02.md", null, "多云，有小雨。");
        write("news/outlook.md", "outlook", "下周转暖。");
        write("weather/outlook.md", "outlook", "周末降温。");
        Result first = GeopressProcess.run(site, "import", content.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out().lines()).hasSize(4).doesNotHaveDuplicates().contains("outlook", "outlook-2");
        assertThat(first.err()).contains("imported 4 article(s): 4 new, 0 revised, 0 unchanged, 1 conflicting")
                .contains("weather/outlook.md: slug 'outlook' belongs to another article; this one is 'outlook-2'");

        Result again = GeopressProcess.run(site, "import", content.toString());
        assertThat(again.err()).contains("imported 4 article(s): 0 new, 0 revised, 4 unchanged");
        assertThat(again.out()).isEqualTo(first.out());

        write("weather/2026-05-02.md", null, "多云转晴。");
        Result edited = GeopressProcess.run(site, "import", content.resolve("weather").toString());
        assertThat(edited.err()).contains("0 new, 1 revised, 2 unchanged");
        assertThat(GeopressProcess.run(site, "list").out().lines()).hasSize(4);
    }

    @Test
    void twoFoldersHoldingTheSamePathsAreRefusedNamingBoth() throws Exception {
        write("a.md", null, "甲。");
        Path other = dir.resolve("mirror/content/a.md");
        Files.createDirectories(other.getParent());
        Files.copy(content.resolve("a.md"), other);
        Result both = GeopressProcess.run(site, "import", content.toString(), other.getParent().toString());
        assertThat(both.exitCode()).isNotZero();
        assertThat(both.err().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("geopress: error: " + other + ": the same article as " + content.resolve("a.md")
                + " (both are the file a.md); nothing imported: an import never merges two sources into one article");
        assertThat(GeopressProcess.run(site, "list").out()).isEmpty();
    }
}
