package io.geopress.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The cells of a table block (its caption is the block's text), row by row as the source wrote them: a cell
 * spanning rows or columns is written once, in its first row and column. Numbers stay text, as written.
 */
public record Table(List<Row> rows) implements Block.Detail {
    /** Spans beyond this are read as this: no table has more rows or columns than its limits allow anyway. */
    public static final int MAX_SPAN = 1000;

    public Table {
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    }

    /**
     * One row.
     *
     * @param header whether the row belongs to the table's head ({@code <thead>}, a GFM table's first row)
     */
    public record Row(List<Cell> cells, boolean header) {
        public Row {
            cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
        }
    }

    /**
     * One cell.
     *
     * @param header whether the cell heads its row or column ({@code <th>})
     */
    public record Cell(Bilingual text, boolean header, int rowSpan, int colSpan) {
        public Cell {
            Objects.requireNonNull(text, "text");
            rowSpan = Math.max(1, Math.min(rowSpan, MAX_SPAN));
            colSpan = Math.max(1, Math.min(colSpan, MAX_SPAN));
        }

        public Cell(Bilingual text, boolean header) {
            this(text, header, 1, 1);
        }

        public Cell withText(Bilingual replaced) {
            return new Cell(replaced, header, rowSpan, colSpan);
        }
    }

    /** The number of columns the widest row covers, counting cells that reach into it from rows above. */
    public int columns() {
        int widest = 0;
        List<Integer> reaching = new ArrayList<>(); // per column: how many more rows a cell from above covers
        for (Row row : rows) {
            int column = 0;
            for (Cell cell : row.cells()) {
                while (column < reaching.size() && reaching.get(column) > 0) column++;
                for (int c = column; c < column + cell.colSpan(); c++) {
                    while (reaching.size() <= c) reaching.add(0);
                    reaching.set(c, cell.rowSpan());
                }
                column += cell.colSpan();
            }
            widest = Math.max(widest, Math.max(column, reaching.size() - trailingFree(reaching)));
            for (int c = 0; c < reaching.size(); c++) reaching.set(c, Math.max(0, reaching.get(c) - 1));
        }
        return widest;
    }

    private static int trailingFree(List<Integer> reaching) {
        int free = 0;
        for (int c = reaching.size() - 1; c >= 0 && reaching.get(c) == 0; c--) free++;
        return free;
    }

    /** Whether some cell spans more than one row or column (a GFM table cannot show it). */
    public boolean hasSpans() {
        for (Row row : rows) for (Cell cell : row.cells()) if (cell.rowSpan() > 1 || cell.colSpan() > 1) return true;
        return false;
    }

    public Table withRows(List<Row> replaced) {
        return new Table(replaced);
    }
}
