package io.geopress.ingest;

import io.geopress.ingest.BlockPairer.Candidate;
import io.geopress.model.Inline;
import io.geopress.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads a data table: its caption, its rows (those of {@code <thead>}, or leading rows of {@code <th>} cells only,
 * being header rows), each cell's text with its inline markup, its header flag ({@code <th>}) and spans, numbers as
 * written. A table used for layout, whose cells hold paragraphs, lists or other tables, is no data table: its
 * cells are read as the blocks they hold.
 */
final class HtmlTables {
    private static final String BLOCKS_IN_CELLS = "table, ul, ol, dl, h1, h2, h3, h4, h5, h6, blockquote, pre, figure";
    private static final Pattern LEADING_NUMBER = Pattern.compile("\\s*(\\d{1,6})");

    /**
     * @param after the images met in cells, as figures to put after the table
     */
    record Read(Table table, List<Inline> caption, List<Candidate> after) {}

    private HtmlTables() {}

    /** Whether a table lays out a page rather than holding data. */
    static boolean isLayout(Element table) {
        if (table.attr("role").equals("presentation") || table.attr("role").equals("none")) return true;
        List<Element> cells = cells(table);
        if (cells.size() == 1) return true;
        for (Element cell : cells) {
            if (!cell.select(BLOCKS_IN_CELLS).isEmpty() || cell.select("p, div").size() > 1) return true;
        }
        return false;
    }

    /** The cells of the table's own rows, not of a table inside it. */
    static List<Element> cells(Element table) {
        List<Element> cells = new ArrayList<>();
        for (Element row : rows(table)) for (Element cell : row.children()) if (isCell(cell)) cells.add(cell);
        return cells;
    }

    static Read read(Element table, HtmlReading reading) {
        Element captionElement = child(table, "caption");
        List<Candidate> after = new ArrayList<>();
        List<Inline> caption = List.of();
        if (captionElement != null) {
            HtmlInline text = new HtmlInline(reading);
            text.addChildren(captionElement);
            caption = text.nodes();
            after.addAll(text.after());
        }
        boolean hasHead = child(table, "thead") != null;
        boolean leading = true;
        List<Table.Row> rows = new ArrayList<>();
        for (Element tr : rows(table)) {
            List<Table.Cell> cells = new ArrayList<>();
            boolean allHeaders = true;
            for (Element td : tr.children()) {
                if (!isCell(td)) continue;
                HtmlInline text = new HtmlInline(reading);
                text.addChildren(td);
                after.addAll(text.after());
                boolean header = td.normalName().equals("th");
                allHeaders &= header;
                cells.add(new Table.Cell(Candidates.waiting(text.nodes()), header, span(td.attr("rowspan")),
                        span(td.attr("colspan"))));
            }
            boolean headRow = hasHead ? tr.parent() != null && tr.parent().normalName().equals("thead")
                    : leading && allHeaders && !cells.isEmpty();
            leading &= headRow;
            rows.add(new Table.Row(cells, headRow));
        }
        return new Read(new Table(rows), caption, after);
    }

    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.normalName().equals("tr")) {
                rows.add(child);
            } else if (child.is("thead, tbody, tfoot")) {
                for (Element tr : child.children()) if (tr.normalName().equals("tr")) rows.add(tr);
            }
        }
        return rows;
    }

    private static Element child(Element parent, String tag) {
        for (Element child : parent.children()) if (child.normalName().equals(tag)) return child;
        return null;
    }

    private static boolean isCell(Element e) {
        return e.normalName().equals("td") || e.normalName().equals("th");
    }

    /** A span as written; anything but a positive number is 1 ({@link Table.Cell} caps a large one). */
    private static int span(String attr) {
        Matcher m = LEADING_NUMBER.matcher(attr);
        return m.lookingAt() ? Integer.parseInt(m.group(1)) : 1;
    }
}
