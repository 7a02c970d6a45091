package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.model.Bilingual;
import io.geopress.model.LabelSlugs;
import io.geopress.model.LabelText;
import io.geopress.model.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Hugo section's _index.md gives its title and description to a category, which its articles are filed under. */
class HugoSectionsTest {
    @TempDir Path dir;
    Path content;
    final Ingest ingest = new Ingest(ZoneId.of("Asia/Shanghai"));

    @BeforeEach
    void aHugoContentFolder() throws Exception {
        content = dir.resolve("site/content");
        write("_index.md", "---\ntitle: 首页\ndescription: The home page\n---\n");
        write("posts/_index.md", "---\ntitle: 随笔\ntitle_en: Essays\ndescription: 关于城市的短文。\ndescription_en: Short pieces on the city.\n---\n");
        write("posts/a.md", "---\ntitle: 第一篇\n---\n正文。\n");
        write("posts/b.md", "---\ntitle: 第二篇\ncategories: [随笔, Walks]\n---\n正文。\n");
        write("posts/travel/_index.zh.md", "+++\ntitle = \"旅行\"\ndescription = \"路上的见闻。\"\n+++\n");
        write("posts/travel/_index.en.md", "+++\ntitle = \"Travel\"\ndescription = \"Notes from the road.\"\n+++\n");
        write("posts/travel/_index.fr.md", "---\ntitle: Voyages\n---\n");
        write("posts/travel/c/index.md", "---\ntitle: 第三篇\n---\n正文。\n");
        write("notes/d.md", "---\ntitle: 第四篇\n---\n正文。\n");
    }

    private void write(String path, String text) throws Exception {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private List<Imported> importAll() {
        List<Imported> all = new ArrayList<>();
        for (SourcePath file : Ingest.expand(List.of(content))) ingest.read(file, null, Progress.NONE, all::add);
        return all;
    }

    @Test
    void eachSectionIsACategoryWithItsTitleAndDescriptionInEachLanguage() {
        List<Section> sections = ingest.sections(List.of(content));

        assertThat(sections).extracting(Section::folder).containsExactly("posts", "posts/travel");
        assertThat(sections).extracting(Section::category).containsExactly(
                new LabelText(LabelSlugs.Kind.CATEGORY, "随笔", new Bilingual("随笔", "Essays"),
                        new Bilingual("关于城市的短文。", "Short pieces on the city.")),
                new LabelText(LabelSlugs.Kind.CATEGORY, "旅行", new Bilingual("旅行", "Travel"),
                        new Bilingual("路上的见闻。", "Notes from the road.")));
        assertThat(ingest.importWarnings()).containsExactly(
                content.resolve("_index.md") + ": the home page's _index.md is not imported; the site's title and description"
                        + " are set in geopress.yml",
                content.resolve("posts/travel/_index.fr.md") + ": a section page in 'fr', neither Chinese nor English; skipped");
    }

    @Test
    void anArticleIsFiledUnderItsNearestSectionBesideItsOwnCategoriesOnce() {
        ingest.sections(List.of(content));

        assertThat(importAll()).extracting(i -> i.key() + " " + i.article().categories()).containsExactly(
                "file:notes/d.md []", "file:posts/a.md [随笔]", "file:posts/b.md [随笔, Walks]", "file:posts/travel/c/index.md [旅行]");
    }

    @Test
    void withoutSectionsReadNoArticleTakesACategory() {
        assertThat(importAll()).extracting(i -> i.key() + " " + i.article().categories()).containsExactly(
                "file:notes/d.md []", "file:posts/a.md []", "file:posts/b.md [随笔, Walks]", "file:posts/travel/c/index.md []");
    }
}
