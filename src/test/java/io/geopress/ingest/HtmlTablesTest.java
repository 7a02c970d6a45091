package io.geopress.ingest;

import static io.geopress.ingest.HtmlPages.blocks;
import static io.geopress.ingest.HtmlPages.line;
import static io.geopress.ingest.HtmlPages.read;
import static io.geopress.ingest.HtmlPages.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockKind;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.model.Table;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlTablesTest {
    private static final String CANONICAL = "<link rel=\"canonical\" href=\"https://tables.example/story\">";

    @TempDir
    Path dir;

    @Test
    void aLayoutTableIsReadAsTheBlocksInItsCells() {
        Imported page = read(write(dir, "layout.html", CANONICAL, "<table><tr><td><p>左栏第一段，讲的是站点的选址。</p>"
                + "<p>左栏第二段，讲的是车辆的调度。</p></td><td><ul><li>右栏要点一</li><li>右栏要点二</li></ul></td></tr></table>"));

        assertThat(blocks(page, BlockKind.TABLE)).isEmpty();
        assertThat(page.article().body()).extracting(b -> b.text().zh()).contains("左栏第一段，讲的是站点的选址。",
                "左栏第二段，讲的是车辆的调度。", "右栏要点一", "右栏要点二");
        assertThat(blocks(page, BlockKind.LIST_ITEM)).hasSize(2);
    }

    @Test
    void leadingRowsOfHeaderCellsAreHeaderRowsAndSpansAndMarkupInCellsAreKept() {
        Imported page = read(write(dir, "data.html", CANONICAL, "<table>"
                + "<tr><th colspan=\"2\">站点数量</th></tr><tr><th>年份</th><th>个数</th></tr>"
                + "<tr><td><a href=\"/data/2021\">2021年</a></td><td>1,200.5</td></tr></table>"));
        Table table = blocks(page, BlockKind.TABLE).get(0).table();

        assertThat(table.rows()).extracting(Table.Row::header).containsExactly(true, true, false);
        assertThat(table.rows().get(0).cells().get(0).colSpan()).isEqualTo(2);
        assertThat(table.columns()).isEqualTo(2);
        assertThat(table.rows().get(2).cells().get(0).text().nodes(Lang.ZH))
                .containsExactly(Inline.link("https://tables.example/data/2021", Inline.text("2021年")));
        assertThat(table.rows().get(2).cells().get(1).text().zh()).as("numbers as written").isEqualTo("1,200.5");
    }

    @Test
    void aFigureAroundATableGivesItItsCaption() {
        Imported page = read(write(dir, "figure.html", CANONICAL,
                "<figure><table><tr><td>甲</td><td>120</td></tr></table><figcaption>表一：站点</figcaption></figure>"));

        assertThat(blocks(page, BlockKind.TABLE)).singleElement().satisfies(b -> {
            assertThat(b.text()).isEqualTo(new Bilingual("表一：站点", ""));
            assertThat(b.table().rows()).hasSize(1);
        });
    }

    @Test
    void aTableOfMoreRowsThanTheLimitIsAnErrorNamingFileAndLine() {
        Path file = write(dir, "long.html", CANONICAL, "<p>下表很长。</p>\n<table>" + "<tr><td>行</td><td>1</td></tr>".repeat(501)
                + "</table>");

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class).hasMessage(file + ":" + line(2)
                + ": the table has 501 rows, more than the limit of 500 (import.max_table_rows in geopress.yml)");
    }

    @Test
    void theLimitsAreTheImportsOwn() {
        Path file = write(dir, "wide.html", CANONICAL, "<table><tr>" + "<td>列</td>".repeat(4) + "</tr><tr><td>一</td></tr></table>");
        ImportLimits narrow = new ImportLimits(ImportLimits.DEFAULT.fileBytes(), ImportLimits.DEFAULT.recordBytes(), 500, 3,
                ImportLimits.DEFAULT.imageBytes());

        assertThatThrownBy(() -> read(file, narrow)).hasMessage(file + ":" + line(1)
                + ": the table has 4 columns, more than the limit of 3 (import.max_table_columns in geopress.yml)");
        assertThat(blocks(read(file), BlockKind.TABLE)).singleElement().extracting(Block::table).extracting(Table::columns)
                .isEqualTo(4);
    }

    @Test
    void aTableOfNumbersOnlyNeedsNoTranslation() {
        Imported page = read(write(dir, "numbers.html", CANONICAL, "<table><tr><td>120</td><td>192</td></tr><tr><td>7</td><td>8</td></tr></table>"));

        assertThat(blocks(page, BlockKind.TABLE)).singleElement().satisfies(b -> assertThat(b.flags()).isEmpty());
        List<String> cells = blocks(page, BlockKind.TABLE).get(0).table().rows().stream()
                .flatMap(r -> r.cells().stream()).map(c -> c.text().any()).toList();
        assertThat(cells).containsExactly("120", "192", "7", "8");
    }
}
