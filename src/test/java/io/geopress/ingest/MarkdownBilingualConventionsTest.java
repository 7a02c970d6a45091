package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.BlockKind;
import io.geopress.model.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownBilingualConventionsTest {
    @TempDir Path dir;

    private Imported read(String body) throws IOException {
        Path file = Files.writeString(dir.resolve("a.md"), "---\ntitle: 测试\ntitle_en: Test\n---\n" + body);
        List<Imported> all = new Ingest(ZoneId.of("Asia/Shanghai")).read(file, null, Progress.NONE);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private List<Block> blocks(String body) throws IOException {
        return read(body).article().body();
    }

    @Test
    void aHeadingInBothLanguagesOnOneLineIsOneHeadingPairWhateverTheSeparatorAndOrder() throws IOException {
        List<Block> body = blocks("""
                ## 前景展望 · Outlook

                ## 社区反馈 / Community feedback

                ### Next steps | 下一步

                ## 预算 - Budget
                """);
        assertThat(body).extracting(Block::kind, Block::level, b -> b.text().zh(), b -> b.text().en()).containsExactly(
                tuple(BlockKind.HEADING, 2, "前景展望", "Outlook"),
                tuple(BlockKind.HEADING, 2, "社区反馈", "Community feedback"),
                tuple(BlockKind.HEADING, 3, "下一步", "Next steps"),
                tuple(BlockKind.HEADING, 2, "预算", "Budget"));
        assertThat(body).noneMatch(b -> b.has(BlockFlag.UNTRANSLATED));
    }

    @Test
    void aHeadingWithASeparatorButOneLanguageOrNoSpacesStaysWhole() throws IOException {
        for (String heading : List.of("AI / ML", "2024 - 2025", "C++ | Rust", "上海 · 北京", "前景/Outlook", "AI / ML 周报")) {
            assertThat(blocks("## " + heading + "\n")).singleElement().matches(b -> b.text().any().equals(heading)
                    && !b.text().isComplete(), heading);
        }
    }

    @Test
    void aOneLineHeadingPairIsNotMixedWithTheHeadingsAroundIt() throws IOException {
        List<Block> body = blocks("""
                ## 水质监测 · Water quality

                ## Sampling points

                ## 采样点
                """);
        assertThat(body).extracting(b -> b.text().zh(), b -> b.text().en())
                .containsExactly(tuple("水质监测", "Water quality"), tuple("采样点", "Sampling points"));
    }

    @Test
    void aLeadingTitleHeadingInBothLanguagesGivesBothTitles() throws IOException {
        Path file = Files.writeString(dir.resolve("t.md"), "# 河边的早市 · The riverside morning market\n\n早市六点开门。\n\nThe market opens at six.\n");
        Imported imported = new Ingest(ZoneId.of("Asia/Shanghai")).read(file, null, Progress.NONE).get(0);
        assertThat(imported.article().title().zh()).isEqualTo("河边的早市");
        assertThat(imported.article().title().en()).isEqualTo("The riverside morning market");
        assertThat(imported.article().body()).hasSize(1);
    }

    @Test
    void aFrontMatterTitleInBothLanguagesOnOneLineGivesBothUnlessOneIsExplicit() throws IOException {
        Path both = Files.writeString(dir.resolve("b.md"), "---\ntitle: 河边的早市 / The riverside morning market\n---\n早市六点开门。\n");
        Path explicit = Files.writeString(dir.resolve("c.md"), "---\ntitle: 河边的早市 / The riverside morning market\n"
                + "title_en: Morning market\n---\n早市六点开门。\n");
        Path whole = Files.writeString(dir.resolve("d.md"), "---\ntitle: AI / ML 周报\n---\n早市六点开门。\n");
        Ingest ingest = new Ingest(ZoneId.of("Asia/Shanghai"));
        assertThat(ingest.read(both, null, Progress.NONE).get(0).article().title())
                .isEqualTo(new io.geopress.model.Bilingual("河边的早市", "The riverside morning market"));
        assertThat(ingest.read(explicit, null, Progress.NONE).get(0).article().title())
                .isEqualTo(new io.geopress.model.Bilingual("河边的早市", "Morning market"));
        assertThat(ingest.read(whole, null, Progress.NONE).get(0).article().title())
                .isEqualTo(new io.geopress.model.Bilingual("AI / ML 周报", ""));
    }

    @Test
    void aChineseListFollowedByItsEnglishListIsPairedItemByItemAtEveryLevel() throws IOException {
        List<Block> body = blocks("""
                - 周一清扫河岸
                  - 上午九点集合
                - 周三检测水样
                - 周五整理数据

                * Clean the banks on Monday
                  * Meet at nine in the morning
                * Test water samples on Wednesday
                * Sort the data on Friday
                """);
        assertThat(body).extracting(Block::level, b -> b.text().zh(), b -> b.text().en()).containsExactly(
                tuple(1, "周一清扫河岸", "Clean the banks on Monday"),
                tuple(2, "上午九点集合", "Meet at nine in the morning"),
                tuple(1, "周三检测水样", "Test water samples on Wednesday"),
                tuple(1, "周五整理数据", "Sort the data on Friday"));
        assertThat(body).noneMatch(b -> b.has(BlockFlag.UNTRANSLATED));
    }

    @Test
    void anEnglishListInTheSameListAfterTheChineseItemsIsPairedToo() throws IOException {
        List<Block> body = blocks("""
                1. 报名
                2. 领取工具

                3. Sign up
                4. Collect the tools
                """);
        assertThat(body).extracting(b -> b.text().zh(), b -> b.text().en())
                .containsExactly(tuple("报名", "Sign up"), tuple("领取工具", "Collect the tools"));
    }

    @Test
    void listsOfDifferentLengthsOrNestingAreReportedOnceAndNothingIsPaired() throws IOException {
        Imported counts = read("""
                - 周一清扫河岸
                - 周三检测水样
                - 周五整理数据

                * Clean the banks on Monday
                * Test water samples on Wednesday
                """);
        assertThat(counts.article().body()).hasSize(5).allMatch(b -> b.has(BlockFlag.UNTRANSLATED));
        assertThat(counts.warnings()).containsExactly(dir.resolve("a.md") + ":5: a Chinese list of 3 item(s) followed by an"
                + " English list of 2 item(s): not paired item by item; its items are left without translation");

        Imported nesting = read("""
                - 周一清扫河岸
                  - 上午九点集合
                - 周三检测水样

                * Clean the banks on Monday
                * Meet at nine in the morning
                  * Test water samples on Wednesday
                """);
        assertThat(nesting.article().body()).allMatch(b -> b.has(BlockFlag.UNTRANSLATED));
        assertThat(nesting.warnings()).singleElement().asString().contains(":5: a Chinese list of 2 item(s) followed by an"
                + " English list of 2 item(s) nested differently");
    }

    @Test
    void aListWithEachTranslationNestedOrAlternatingIsStillPairedAsBefore() throws IOException {
        List<Block> nested = blocks("""
                - 周一清扫河岸
                  - Clean the banks on Monday
                - 周三检测水样
                  - Test water samples on Wednesday
                """);
        assertThat(nested).extracting(Block::level, b -> b.text().en())
                .containsExactly(tuple(1, "Clean the banks on Monday"), tuple(1, "Test water samples on Wednesday"));
        List<Block> alternating = blocks("""
                - 周一清扫河岸
                - Clean the banks on Monday
                - 周三检测水样
                - Test water samples on Wednesday
                """);
        assertThat(alternating).extracting(b -> b.text().zh(), b -> b.text().en()).containsExactly(
                tuple("周一清扫河岸", "Clean the banks on Monday"), tuple("周三检测水样", "Test water samples on Wednesday"));
    }

    @Test
    void aRunOfChineseParagraphsFollowedByAsManyEnglishOnesIsPairedInOrder() throws IOException {
        List<Block> body = blocks("""
                去年夏天，我们在河边种了两百棵柳树。

                今年春天，其中一百八十棵已经发芽。

                Last summer we planted two hundred willows along the river.

                This spring, one hundred and eighty of them have sprouted.

                志愿者每周浇水一次。

                Volunteers water them once a week.
                """);
        assertThat(body).extracting(b -> b.text().zh(), b -> b.text().en()).containsExactly(
                tuple("去年夏天，我们在河边种了两百棵柳树。", "Last summer we planted two hundred willows along the river."),
                tuple("今年春天，其中一百八十棵已经发芽。", "This spring, one hundred and eighty of them have sprouted."),
                tuple("志愿者每周浇水一次。", "Volunteers water them once a week."));
    }

    @Test
    void threeChineseParagraphsFollowedByTwoEnglishAreReportedAndLeftUnpaired() throws IOException {
        Imported imported = read("""
                去年夏天，我们在河边种了两百棵柳树。

                今年春天，其中一百八十棵已经发芽。

                明年还要再种一百棵。

                Last summer we planted two hundred willows along the river.

                This spring, one hundred and eighty of them have sprouted.
                """);
        assertThat(imported.article().body()).hasSize(5).allMatch(b -> b.has(BlockFlag.UNTRANSLATED));
        assertThat(imported.warnings()).containsExactly(dir.resolve("a.md") + ":5: 3 Chinese paragraphs followed by 2 English"
                + " ones: not paired, as which translates which cannot be told; they are left without translation");
    }

    @Test
    void aHeadingOrFigureBetweenBreaksARun() throws IOException {
        List<Block> body = blocks("""
                去年夏天，我们在河边种了两百棵柳树。

                今年春天，其中一百八十棵已经发芽。

                ## Results

                Last summer we planted two hundred willows along the river.

                This spring, one hundred and eighty of them have sprouted.
                """);
        assertThat(body).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.HEADING,
                BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
        assertThat(body).allMatch(b -> b.has(BlockFlag.UNTRANSLATED));
    }

    @Test
    void aChineseParagraphQuotingEnglishBreaksARunSoNothingIsPairedByPositionAcrossIt() throws IOException {
        List<Block> body = blocks("""
                她在信的结尾写道：“Keep the river clean, please.”

                下周继续清理河道。

                The clean-up of the river goes on next week.

                Her letter ended with a plea.
                """);
        // by position the quoting paragraph would take the first English one; it is no run, so the pairer decides
        assertThat(body).noneMatch(b -> b.text().zh().startsWith("她在信") && b.text().en().startsWith("The clean-up"));
        assertThat(body).filteredOn(b -> b.text().zh().equals("下周继续清理河道。")).singleElement()
                .matches(b -> b.text().en().equals("The clean-up of the river goes on next week."));
    }

    @Test
    void runsWhoseNumbersDisagreeAreLeftToTheOrdinaryPairing() throws IOException {
        List<Block> body = blocks("""
                2023年种了200棵树。

                2024年又种了150棵。

                A festival was held in 1998 with 40 stalls.

                The 2024 planting added 150 trees.
                """);
        assertThat(body).filteredOn(b -> b.text().zh().startsWith("2023")).singleElement()
                .matches(b -> b.has(BlockFlag.UNTRANSLATED));
    }

    @Test
    void aTableFollowedByItsEnglishTableIsPairedCellByCellAndOneOfAnotherShapeIsReported() throws IOException {
        List<Block> body = blocks("""
                | 地点 | 水温 |
                |---|---|
                | 上游 | 十八度 |

                | Site | Water temperature |
                |---|---|
                | Upstream | eighteen degrees |
                """);
        assertThat(body).singleElement().satisfies(b -> {
            assertThat(b.table().rows().get(1).cells().get(0).text().zh()).isEqualTo("上游");
            assertThat(b.table().rows().get(1).cells().get(0).text().en()).isEqualTo("Upstream");
        });
        Imported other = read("""
                | 地点 | 水温 |
                |---|---|
                | 上游 | 十八度 |

                | Site | Water temperature | Depth |
                |---|---|---|
                | Upstream | eighteen degrees | two metres |
                """);
        assertThat(other.article().body()).hasSize(2).allMatch(b -> b.has(BlockFlag.UNTRANSLATED));
        assertThat(other.warnings()).containsExactly(dir.resolve("a.md") + ":9: an English table follows a Chinese one of"
                + " other rows or cells: not paired cell by cell; both are left without translation");
    }
}
