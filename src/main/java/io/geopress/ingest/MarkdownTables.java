package io.geopress.ingest;

import io.geopress.ingest.BlockPairer.Candidate;
import io.geopress.ingest.MarkdownFigures.FigureSource;
import io.geopress.model.Bilingual;
import io.geopress.model.BlockKind;
import io.geopress.model.Inline;
import io.geopress.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;

/**
 * A GFM table as a table candidate: its first row the header, each cell's text as inline nodes (numbers as written),
 * within the import's limits of rows and columns ({@link Checks#table}). Images in cells become figures after it.
 */
final class MarkdownTables {
    private MarkdownTables() {}

    /** The table, and the figures its cells held. */
    record Read(Candidate table, List<FigureSource> figures) {}

    static Read read(TableBlock block, int line, MarkdownInline inline, SourceFile file) {
        List<Table.Row> rows = new ArrayList<>();
        List<FigureSource> figures = new ArrayList<>();
        StringJoiner text = new StringJoiner(" ");
        for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
            boolean header = section instanceof TableHead;
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<Table.Cell> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    MarkdownInline.Converted content = inline.convert(cell);
                    figures.addAll(content.figures());
                    text.add(content.plain());
                    cells.add(new Table.Cell(Bilingual.inline(content.nodes(), List.of()), ((TableCell) cell).isHeader()));
                }
                rows.add(new Table.Row(cells, header));
            }
        }
        Table table = new Table(rows);
        Checks.table(file, line, table);
        return new Read(new Candidate(BlockKind.TABLE, 0, false, text.toString().strip(), line, List.<Inline>of(), table), figures);
    }
}
