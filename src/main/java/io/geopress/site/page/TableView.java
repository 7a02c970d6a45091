package io.geopress.site.page;

import io.geopress.model.Bilingual;
import io.geopress.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A table laid out for HTML: its leading header rows as the head, the others as the body, every row as wide as
 * the widest, and each span kept inside its row group and off the cells of other rows, as the HTML table model
 * wants. A source's table may break those rules; nothing of its text is lost here, only a span that could not
 * be kept (a cell spanning past the table, or over another cell) is shortened.
 *
 * @param head the rows of {@code <thead>}; empty when the table has none, or when a cell of its header rows
 *     reaches into the others
 */
public record TableView(List<Row> head, List<Row> body) {
    /** One row: its cells, padded with empty ones to the table's width. */
    public record Row(List<Cell> cells) {}

    /**
     * One cell.
     *
     * @param scope for a header cell, {@code col} in a header row and {@code row} in another; null for a data cell
     * @param rowSpan the rows it spans, or null for one (so that no attribute is written)
     */
    public record Cell(Bilingual text, boolean header, String scope, Integer rowSpan, Integer colSpan) {
        static final Cell EMPTY = new Cell(Bilingual.EMPTY, false, null, null, null);
    }

    public boolean isEmpty() {
        return head.isEmpty() && body.isEmpty();
    }

    public static TableView of(Table table) {
        List<Table.Row> rows = table.rows();
        int headEnd = 0;
        while (headEnd < rows.size() && rows.get(headEnd).header()) headEnd++;
        if (headEnd == rows.size() || reachesPast(rows, headEnd)) headEnd = 0;
        List<List<Cell>> placed = new ArrayList<>();
        List<Integer> occupied = new ArrayList<>();
        int width = place(rows, headEnd, placed, occupied);
        if (width == 0) return new TableView(List.of(), List.of());
        List<Row> laidOut = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = new ArrayList<>(placed.get(r));
            for (int free = width - occupied.get(r); free > 0; free--) cells.add(Cell.EMPTY);
            laidOut.add(new Row(List.copyOf(cells)));
        }
        return new TableView(List.copyOf(laidOut.subList(0, headEnd)), List.copyOf(laidOut.subList(headEnd, laidOut.size())));
    }

    /** Whether a cell of the first {@code headEnd} rows spans rows beyond them. */
    private static boolean reachesPast(List<Table.Row> rows, int headEnd) {
        for (int r = 0; r < headEnd; r++) {
            for (Table.Cell cell : rows.get(r).cells()) if (r + cell.rowSpan() > headEnd) return true;
        }
        return false;
    }

    /**
     * Places each row's cells in the columns the rows above leave free, spans shortened to stay in their row group,
     * off taken columns and out of rows that have no cells of their own (HTML wants a cell to begin in every row).
     * Fills {@code placed} and {@code occupied} (the columns each row covers) and returns the table's width.
     */
    private static int place(List<Table.Row> rows, int headEnd, List<List<Cell>> placed, List<Integer> occupied) {
        List<Integer> reaching = new ArrayList<>(); // per column: the rows, this one included, a cell from above covers
        int width = 0;
        for (int r = 0; r < rows.size(); r++) {
            int groupEnd = r < headEnd ? headEnd : rows.size();
            int end = r + 1;
            while (end < groupEnd && !rows.get(end).cells().isEmpty()) end++;
            List<Cell> cells = new ArrayList<>();
            int column = 0;
            for (Table.Cell cell : rows.get(r).cells()) {
                while (column < reaching.size() && reaching.get(column) > 0) column++;
                int colSpan = 1;
                while (colSpan < cell.colSpan() && (column + colSpan >= reaching.size() || reaching.get(column + colSpan) == 0)) colSpan++;
                int rowSpan = Math.min(cell.rowSpan(), end - r);
                for (int c = column; c < column + colSpan; c++) {
                    while (reaching.size() <= c) reaching.add(0);
                    reaching.set(c, rowSpan);
                }
                column += colSpan;
                boolean header = cell.header();
                cells.add(new Cell(cell.text(), header, header ? (rows.get(r).header() ? "col" : "row") : null,
                        rowSpan > 1 ? rowSpan : null, colSpan > 1 ? colSpan : null));
            }
            int covered = 0;
            for (int c = 0; c < reaching.size(); c++) {
                if (reaching.get(c) > 0) {
                    covered++;
                    width = Math.max(width, c + 1);
                }
            }
            placed.add(cells);
            occupied.add(covered);
            for (int c = 0; c < reaching.size(); c++) reaching.set(c, Math.max(0, reaching.get(c) - 1));
        }
        return width;
    }
}
