package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.model.Bilingual;
import io.geopress.model.Table;
import io.geopress.site.page.TableView;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables laid out as the HTML table model wants them, whatever shape the source gave them. */
class TableViewTest {
    private static Table.Cell cell(String text, int rows, int columns) {
        return new Table.Cell(new Bilingual(text, text), false, rows, columns);
    }

    private static Table.Row row(boolean header, Table.Cell... cells) {
        return new Table.Row(List.of(cells), header);
    }

    /** Each row's cells as text, an empty cell as "_". */
    private static List<List<String>> texts(List<TableView.Row> rows) {
        return rows.stream().map(r -> r.cells().stream().map(c -> c.text().isEmpty() ? "_" : c.text().zh()).toList()).toList();
    }

    @Test
    void leadingHeaderRowsAreTheHeadWithColumnScopesAndHeaderCellsBelowHaveRowScopes() {
        TableView view = TableView.of(new Table(List.of(
                row(true, new Table.Cell(new Bilingual("年", "Year"), true), new Table.Cell(new Bilingual("客流", "Trips"), true)),
                row(false, new Table.Cell(new Bilingual("2025", "2025"), true), cell("120", 1, 1)))));
        assertThat(texts(view.head())).containsExactly(List.of("年", "客流"));
        assertThat(view.head().get(0).cells()).allMatch(c -> c.header() && "col".equals(c.scope()));
        assertThat(view.body().get(0).cells().get(0).scope()).isEqualTo("row");
        assertThat(view.body().get(0).cells().get(1).scope()).isNull();
        assertThat(view.body().get(0).cells().get(1).rowSpan()).as("no attribute for a span of one").isNull();
    }

    @Test
    void shortRowsArePaddedToTheWidestCountingCellsReachingFromAbove() {
        TableView view = TableView.of(new Table(List.of(
                row(false, cell("a", 2, 1), cell("b", 1, 1)),
                row(false, cell("c", 1, 1), cell("d", 1, 1)),
                row(false, cell("e", 1, 1)))));
        assertThat(texts(view.body())).containsExactly(List.of("a", "b", "_"), List.of("c", "d"), List.of("e", "_", "_"));
        assertThat(view.body().get(0).cells().get(0).rowSpan()).isEqualTo(2);
    }

    @Test
    void aSpanStaysInsideTheTableAndOffOtherCellsAndRowsWithoutCells() {
        TableView view = TableView.of(new Table(List.of(
                row(false, cell("a", 1, 1), cell("b", 3, 1)),
                row(false, cell("c", 1, 2)),
                row(false),
                row(false, cell("d", 9, 1)))));
        List<TableView.Row> rows = view.body();
        assertThat(rows.get(0).cells().get(1).rowSpan()).as("stops before the row of no cells").isEqualTo(2);
        assertThat(rows.get(1).cells().get(0).colSpan()).as("a column taken from above").isNull();
        assertThat(texts(rows)).containsExactly(List.of("a", "b"), List.of("c"), List.of("_", "_"), List.of("d", "_"));
        assertThat(rows.get(3).cells().get(0).rowSpan()).as("the table ends").isNull();
    }

    @Test
    void aHeaderCellReachingIntoTheBodyPutsEveryRowInTheBody() {
        TableView view = TableView.of(new Table(List.of(
                row(true, new Table.Cell(new Bilingual("组", "Group"), true, 2, 1), new Table.Cell(new Bilingual("甲", "A"), true)),
                row(false, cell("1", 1, 1)))));
        assertThat(view.head()).isEmpty();
        assertThat(texts(view.body())).containsExactly(List.of("组", "甲"), List.of("1"));
        assertThat(view.body().get(0).cells().get(0).scope()).isEqualTo("col");
    }

    @Test
    void aTableWithoutCellsIsEmpty() {
        assertThat(TableView.of(new Table(List.of(row(false), row(true)))).isEmpty()).isTrue();
        assertThat(TableView.of(new Table(List.of())).isEmpty()).isTrue();
    }
}
