package io.geopress.ingest;

import static io.geopress.model.Inline.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.BlockKind;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.model.Progress;
import io.geopress.model.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GFM tables, code, rules and footnotes, and what bounds them. */
class MarkdownTablesAndNotesTest {
    @TempDir Path dir;
    Path file;

    Imported read(String body, ImportLimits limits) throws Exception {
        file = dir.resolve("a.md");
        Files.writeString(file, "---\ntitle: 测试\ntitle_en: Test\n---\n" + body);
        return new Ingest(ZoneId.of("Asia/Shanghai"), limits).read(file, null, Progress.NONE).get(0);
    }

    Imported read(String body) throws Exception {
        return read(body, ImportLimits.DEFAULT);
    }

    static Table.Cell cell(String zh, String en, boolean header) {
        return new Table.Cell(new Bilingual(zh, en), header);
    }

    @Test
    void aChineseTableFollowedByTheSameTableInEnglishIsOneTableCellByCell() throws Exception {
        Imported imported = read("""
                | 城市 | 人口（万） |
                |:---|---:|
                | 东湖 | **120** |
                | 西山 | 192 |

                | City | Population (10,000s) |
                |---|---|
                | Donghu | **120** |
                | Xishan | 192 |
                """);
        Block table = imported.article().body().get(0);

        assertThat(imported.article().body()).hasSize(1);
        assertThat(table.flags()).isEmpty();
        assertThat(table.table().rows()).containsExactly(
                new Table.Row(List.of(cell("城市", "City", true), cell("人口（万）", "Population (10,000s)", true)), true),
                new Table.Row(List.of(cell("东湖", "Donghu", false), new Table.Cell(Bilingual.inline(
                        List.of(Inline.strong(text("120"))), List.of(Inline.strong(text("120")))), false)), false),
                new Table.Row(List.of(cell("西山", "Xishan", false), cell("192", "192", false)), false));
    }

    @Test
    void aTableOfNumbersNeedsNoTranslationAndATableInOneLanguageIsFlagged() throws Exception {
        List<Block> body = read("| 1 | 2 |\n|---|---|\n| 120 | 192 |\n\n正文。\n\nText.\n\n| Name |\n|---|\n| Ada |\n")
                .article().body();

        assertThat(body.get(0).kind()).isEqualTo(BlockKind.TABLE);
        assertThat(body.get(0).flags()).isEmpty();
        assertThat(body.get(2).table().rows().get(1).cells().get(0).text()).isEqualTo(new Bilingual("", "Ada"));
        assertThat(body.get(2).flags()).containsExactly(BlockFlag.UNTRANSLATED);
    }

    @Test
    void aTableOverTheLimitsIsAnErrorNamingFileLineAndSetting() throws Exception {
        ImportLimits small = new ImportLimits(ImportLimits.DEFAULT.fileBytes(), ImportLimits.DEFAULT.recordBytes(), 3, 2,
                ImportLimits.DEFAULT.imageBytes());

        assertThatThrownBy(() -> read("正文。\n\n| a | b | c |\n|---|---|---|\n| 1 | 2 | 3 |\n", small))
                .isInstanceOf(ImportException.class)
                .hasMessage(file + ":7: the table has 3 columns, more than the limit of 2 (import.max_table_columns in geopress.yml)");
        assertThatThrownBy(() -> read("| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n| 5 | 6 |\n", small))
                .isInstanceOf(ImportException.class)
                .hasMessage(file + ":5: the table has more than 3 rows, the limit (import.max_table_rows in geopress.yml)");
    }

    @Test
    void hostileTablesAreRefusedBeforeTheyAreParsed() throws Exception {
        // a header of 1,000 columns over 20,000 short rows: commonmark fills each row to the header's width
        StringBuilder wide = new StringBuilder("|a".repeat(1_000) + "|\n" + "|-".repeat(1_000) + "|\n");
        wide.append("x\n".repeat(20_000));
        assertThatThrownBy(() -> read(wide.toString())).hasMessageContaining("the table has 1000 columns");

        StringBuilder many = new StringBuilder();
        for (int t = 0; t < 20; t++) many.append("|a".repeat(50)).append("|\n").append("|-".repeat(50)).append("|\n").append("x\n".repeat(400)).append('\n');
        assertThatThrownBy(() -> read(many.toString())).hasMessageEndingWith("the tables have more than 200000 cells in all");

        // 100,000 pipes in a line of a small table is one row, read in linear time
        Imported pipes = read("| a |\n|---|\n| b " + "|".repeat(100_000) + "\n");
        assertThat(pipes.article().body().get(0).table().rows()).hasSize(2);
        assertThat(pipes.article().body().get(0).table().columns()).isEqualTo(1);
    }

    @Test
    void codeKeepsItsTextAndLanguageAndARuleIsKept() throws Exception {
        List<Block> body = read("正文。\n\nText.\n\n~~~python extra\ndef f():\n    return \"<b>\"  \n\n~~~\n\n***\n\n"
                + "    indented code\n").article().body();

        assertThat(body).containsExactly(
                Block.paragraph(new Bilingual("正文。", "Text.")),
                Block.code("python", "def f():\n    return \"<b>\"  \n"),
                Block.rule(),
                Block.code(null, "indented code"));
    }

    @Test
    void footnoteReferencesAreNodesAndDefinitionsFootnotesPairedByLabel() throws Exception {
        Imported imported = read("""
                据统计[^a]，共有120人[^b]。

                By one count[^a], 120 people came[^b]. An [^undefined] stays.

                [^a]: 街道办的统计。 The sub-district office's count.
                [^b]: 来自报名表。
                [^b]: From the sign-up sheet, see [the form](https://example.org/form).
                """);
        List<Block> body = imported.article().body();

        assertThat(body.get(0).text().nodes(Lang.ZH)).containsExactly(text("据统计"), new Inline.NoteRef("a"), text("，共有120人"),
                new Inline.NoteRef("b"), text("。"));
        assertThat(body.get(0).text().en()).endsWith("An [^undefined] stays.");
        assertThat(body.subList(1, body.size())).extracting(Block::kind, b -> b.footnote().label(), b -> b.text().zh(),
                b -> b.text().en()).containsExactly(
                org.assertj.core.api.Assertions.tuple(BlockKind.FOOTNOTE, "a", "街道办的统计。", "The sub-district office's count."),
                org.assertj.core.api.Assertions.tuple(BlockKind.FOOTNOTE, "b", "来自报名表。",
                        "From the sign-up sheet, see the form."));
        assertThat(body).noneMatch(b -> b.has(BlockFlag.UNTRANSLATED));
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void aFootnoteFloodIsBoundedByTheBracketLimit() throws Exception {
        StringBuilder flood = new StringBuilder("正文[^1]。\n\n");
        for (int i = 0; i < 60_000; i++) flood.append("[^").append(i).append("]: note\n\n");
        assertThatThrownBy(() -> read(flood.toString())).isInstanceOf(ImportException.class)
                .hasMessageEndingWith("more than 50000 '[', '<' or emphasis marks in the text");

        // as many as the limit lets through: 20,000 notes, each referred to
        StringBuilder most = new StringBuilder();
        for (int i = 0; i < 20_000; i++) most.append("Note").append("[^").append(i).append("].\n\n");
        for (int i = 0; i < 20_000; i++) most.append("[^").append(i).append("]: The note ").append(i).append(".\n\n");
        List<Block> body = read(most.toString()).article().body();
        assertThat(body).hasSize(40_000);
        assertThat(body.get(39_999).footnote().label()).isEqualTo("19999");
        StringBuilder nested = new StringBuilder("正文。\n\n");
        nested.append("[^n]: ".repeat(300)).append("deep\n");
        assertThatThrownBy(() -> read(nested.toString())).isInstanceOf(ImportException.class)
                .hasMessage(file + ":7: lists or quotes nested more than 256 deep");
    }
}
