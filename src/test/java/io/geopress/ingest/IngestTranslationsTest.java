package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.BlockKind;
import io.geopress.model.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTranslationsTest {
    @TempDir Path dir;
    private final Ingest ingest = new Ingest(ZoneId.of("Asia/Shanghai"));
    private final List<String> notices = new ArrayList<>();

    private static final String ZH = """
            ---
            title: 河边的早市
            tags: [市场, 社区]
            date: 2026-03-01
            ---
            早市六点开门，八点收摊。

            ## 摊位

            - 蔬菜
            - 豆腐
            """;
    private static final String EN = """
            ---
            title: The riverside morning market
            tags: [market, 社区]
            summary: A market by the river, open early.
            ---
            The market opens at six and packs up at eight.

            ## Stalls

            - Vegetables
            - Tofu
            """;

    private Path write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private List<Imported> importFolder(Path folder) {
        List<Imported> all = new ArrayList<>();
        notices.addAll(ingest.read(Ingest.expand(List.of(folder)), null, Progress.NONE, all::add));
        return all;
    }

    /** The content folder imports as one merged article of identity {@code key}. */
    private void importsOneArticle(String key) {
        List<Imported> all = importFolder(dir.resolve("content"));
        assertThat(all).singleElement().extracting(Imported::key).isEqualTo(key);
        assertMerged(all.get(0));
    }

    private static void assertMerged(Imported imported) {
        Article a = imported.article();
        assertThat(a.title()).isEqualTo(new Bilingual("河边的早市", "The riverside morning market"));
        assertThat(a.summary().en()).isEqualTo("A market by the river, open early.");
        assertThat(a.tags()).containsExactly("市场", "社区", "market");
        assertThat(a.source().published()).as("Hugo's date is the original's").isNotNull();
        assertThat(a.body()).extracting(Block::kind, b -> b.text().zh(), b -> b.text().en()).containsExactly(
                tuple(BlockKind.PARAGRAPH, "早市六点开门，八点收摊。", "The market opens at six and packs up at eight."),
                tuple(BlockKind.HEADING, "摊位", "Stalls"),
                tuple(BlockKind.LIST_ITEM, "蔬菜", "Vegetables"),
                tuple(BlockKind.LIST_ITEM, "豆腐", "Tofu"));
        assertThat(a.body()).noneMatch(b -> b.has(BlockFlag.UNTRANSLATED));
        assertThat(imported.untranslated()).isEmpty();
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void aChineseAndAnEnglishFileOfOnePageAreOneArticleNamedByThePathWithoutTheLanguage() throws IOException {
        write("content/posts/market.zh.md", ZH);
        write("content/posts/market.en.md", EN);
        write("content/posts/other.md", "---\ntitle: 另一篇\n---\n正文。\n");
        List<Imported> all = importFolder(dir.resolve("content"));
        assertThat(all).extracting(Imported::key).containsExactly("file:posts/market.md", "file:posts/other.md");
        assertMerged(all.get(0));
        assertThat(all.get(0).origin()).endsWith("market.zh.md + " + dir.resolve("content/posts/market.en.md"));
        assertThat(notices).isEmpty();
    }

    @Test
    void aPageBundlesIndexFilesAndRegionalCodesPairToo() throws IOException {
        write("content/posts/market/index.zh-cn.md", ZH);
        write("content/posts/market/index.en-us.md", EN);
        importsOneArticle("file:posts/market/index.md");
    }

    @Test
    void contentFoldersPerLanguagePairByThePathUnderEach() throws IOException {
        write("content/zh/posts/market.md", ZH);
        write("content/en/posts/market.md", EN);
        importsOneArticle("file:posts/market.md");
    }

    @Test
    void eachLanguagesContentDirInTheSiteConfigIsALanguageFolder() throws IOException {
        write("hugo.toml", """
                defaultContentLanguage = "zh"
                [languages.zh]
                contentDir = "content/chinese"
                [languages.en]
                contentDir = "content/english"
                """);
        write("content/chinese/market.md", ZH);
        write("content/english/market.md", EN);
        importsOneArticle("file:market.md");
    }

    @Test
    void aSplitConfigurationsLanguagesFileGivesTheContentDirs() throws IOException {
        write("config/_default/hugo.yaml", "defaultContentLanguage: zh\n");
        write("config/_default/languages.yaml", """
                zh:
                  contentDir: content/chinese
                en:
                  contentDir: content/english
                """);
        write("content/chinese/market.md", ZH);
        write("content/english/market.md", EN);
        importsOneArticle("file:market.md");
    }

    @Test
    void pagesOfOneTranslationKeyAreOneArticleWhateverTheirNames() throws IOException {
        write("content/posts/zao-shi.zh.md", ZH.replace("title: 河边的早市", "title: 河边的早市\ntranslationKey: market-2026"));
        // no code: in the default language, English when the site does not say
        write("content/posts/morning-market.md", EN.replace("---\ntitle", "---\ntranslationKey: market-2026\ntitle"));
        importsOneArticle("translation:market-2026");
    }

    @Test
    void aPageWithoutCodeBesideItsTranslationIsInTheDefaultLanguage() throws IOException {
        write("content/posts/market.md", EN);
        write("content/posts/market.zh.md", ZH);
        importsOneArticle("file:posts/market.md");
    }

    @Test
    void aLoneTranslationKeepsTheIdentityItWillShareWithItsTranslation() throws IOException {
        write("content/posts/market.zh.md", ZH);
        List<Imported> all = importFolder(dir.resolve("content"));
        assertThat(all).singleElement().satisfies(i -> {
            assertThat(i.key()).isEqualTo("file:posts/market.md");
            assertThat(i.article().body()).allMatch(b -> b.has(BlockFlag.UNTRANSLATED));
        });
    }

    @Test
    void aStructureThatDiffersIsReportedNamingBothFilesAndTheFirstBlockAndKeepsEveryBlock() throws IOException {
        Path zh = write("content/posts/market.zh.md", ZH);
        Path en = write("content/posts/market.en.md", EN.replace("## Stalls\n", "The stalls:\n"));
        Imported merged = importFolder(dir.resolve("content")).get(0);
        assertThat(merged.warnings()).containsExactly(zh + " and " + en + ": not paired block by block: block 2 is a heading"
                + " “摊位” in the Chinese and a paragraph “The stalls:” in the English; the Chinese blocks come first, then the"
                + " English ones, each without translation");
        assertThat(merged.article().body()).hasSize(8).allMatch(b -> b.has(BlockFlag.UNTRANSLATED));
        assertThat(merged.article().body().get(0).text().zh()).startsWith("早市");
        assertThat(merged.article().body().get(4).text().en()).startsWith("The market");
        assertThat(merged.untranslated()).hasSize(8);
        assertThat(merged.article().title()).isEqualTo(new Bilingual("河边的早市", "The riverside morning market"));
    }

    @Test
    void pagesInOtherLanguagesAreLeftOutWithOneLinePerLanguage() throws IOException {
        write("content/posts/market.zh.md", ZH);
        write("content/posts/market.en.md", EN);
        Path fr = write("content/posts/market.fr.md", "---\ntitle: Le marché du matin\n---\nLe marché ouvre à six heures.\n");
        write("content/posts/bridge.fr.md", "---\ntitle: Le pont\n---\nUn pont.\n");
        write("content/posts/note.md", "---\ntitle: Notiz\nlang: de\n---\nEin Markt am Fluss.\n");
        importsOneArticle("file:posts/market.md");
        assertThat(notices).containsExactlyInAnyOrder(
                "2 file(s) in French (fr) left out: geopress publishes Chinese and English (first: "
                        + dir.resolve("content/posts/bridge.fr.md") + ")",
                "1 file(s) in German (de) left out: geopress publishes Chinese and English (first: "
                        + dir.resolve("content/posts/note.md") + ")");
        assertThat(fr).exists();
    }

    @Test
    void aLanguageFolderOfAnotherLanguageIsLeftOutAndASecondChineseVersionIsReported() throws IOException {
        write("content/zh/market.md", ZH);
        write("content/en/market.md", EN);
        write("content/fr/market.md", "---\ntitle: Le marché\n---\nLe marché ouvre à six heures.\n");
        write("content/zh-tw/market.md", ZH);
        List<Imported> all = importFolder(dir.resolve("content"));
        assertThat(all).singleElement().extracting(Imported::key).isEqualTo("file:market.md");
        assertThat(notices).hasSize(2).anyMatch(n -> n.startsWith("1 file(s) in French (fr) left out"))
                .anyMatch(n -> n.equals(dir.resolve("content/zh-tw/market.md") + ": left out: another Chinese version (zh-tw) of"
                        + " the page that " + dir.resolve("content/zh/market.md") + " (zh) gives"));
    }

    @Test
    void aDottedNameThatIsNoLanguageCodeAndASectionNamedLikeOneStayArticlesOfTheirOwn() throws IOException {
        write("content/posts/v1.notes.md", "---\ntitle: 笔记\n---\n正文。\n");
        write("content/it/market.md", ZH);
        List<Imported> all = importFolder(dir.resolve("content"));
        assertThat(all).extracting(Imported::key).containsExactly("file:it/market.md", "file:posts/v1.notes.md");
        assertThat(notices).isEmpty();
    }

    @Test
    void tablesFiguresAndCodeOfTheTwoPagesPairCellByCellAndCodeIsKeptOnce() throws IOException {
        write("content/posts/market.zh.md", "---\ntitle: 早市\n---\n| 摊位 | 开门 |\n|---|---|\n| 豆腐 | 六点 |\n\n"
                + "![河边的早市](https://example.org/m.jpg)\n\n```\nopen 6:00\n```\n");
        write("content/posts/market.en.md", "---\ntitle: Market\n---\n| Stall | Opens |\n|---|---|\n| Tofu | at six |\n\n"
                + "![The riverside market](https://example.org/m.jpg)\n\n```\nopen 6:00\n```\n");
        List<Block> body = importFolder(dir.resolve("content")).get(0).article().body();
        assertThat(body).extracting(Block::kind).containsExactly(BlockKind.TABLE, BlockKind.FIGURE, BlockKind.CODE);
        assertThat(body.get(0).table().rows().get(1).cells().get(0).text()).isEqualTo(new Bilingual("豆腐", "Tofu"));
        assertThat(body.get(1).figure().alt()).isEqualTo(new Bilingual("河边的早市", "The riverside market"));
        assertThat(body.get(2).snippet().code()).isEqualTo("open 6:00");
        assertThat(body).noneMatch(b -> b.has(BlockFlag.UNTRANSLATED));
    }
}
