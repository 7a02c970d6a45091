package io.geopress.site;

import io.geopress.model.Bilingual;
import io.geopress.model.Table;
import io.geopress.site.page.LangText;
import io.geopress.site.page.SitePart;
import io.geopress.site.page.TableView;
import java.util.List;

/**
 * A table in a Markdown twin: a GFM table when no cell spans rows or columns, else an HTML table (which GFM cannot
 * show otherwise), each cell holding its languages in the page's order with a line break between.
 */
final class MarkdownTable {
    private MarkdownTable() {}

    static void write(StringBuilder md, SitePart site, MarkdownInline inline, Table table) {
        if (table.hasSpans()) html(md, site, inline, TableView.of(table));
        else gfm(md, site, inline, table);
    }

    /** GFM wants a head row: a table without one gets an empty one. */
    private static void gfm(StringBuilder md, SitePart site, MarkdownInline inline, Table table) {
        int columns = 0;
        for (Table.Row row : table.rows()) columns = Math.max(columns, row.cells().size());
        if (columns == 0) return;
        List<Table.Row> rows = table.rows();
        boolean headed = rows.get(0).header();
        row(md, site, inline, headed ? rows.get(0).cells() : List.of(), columns);
        md.append('|');
        for (int c = 0; c < columns; c++) md.append(" --- |");
        md.append('\n');
        for (Table.Row row : headed ? rows.subList(1, rows.size()) : rows) {
            row(md, site, inline, row.cells(), columns);
        }
        md.append('\n');
    }

    private static void row(StringBuilder md, SitePart site, MarkdownInline inline, List<Table.Cell> cells, int columns) {
        md.append('|');
        for (int c = 0; c < columns; c++) {
            String cell = c < cells.size() ? pipesEscaped(cell(site, inline, cells.get(c).text())) : "";
            md.append(' ').append(cell).append(" |");
        }
        md.append('\n');
    }

    /**
     * The cell with every pipe escaped, in code and addresses too: GFM splits a row at each unescaped pipe before
     * it reads anything else. Text's pipes come escaped already; a pipe after an even run of backslashes (none, or
     * escaped ones) gets one more, since GitHub's parser takes {@code \\|} for a backslash and a cell's end.
     */
    static String pipesEscaped(String cell) {
        StringBuilder out = null;
        int backslashes = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '|' && backslashes % 2 == 0) {
                if (out == null) out = new StringBuilder(cell.length() + 8).append(cell, 0, i);
                out.append('\\');
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            if (out != null) out.append(c);
        }
        return out == null ? cell : out.toString();
    }

    private static String cell(SitePart site, MarkdownInline inline, Bilingual text) {
        StringBuilder out = new StringBuilder();
        for (LangText t : site.cellTexts(text)) {
            if (!out.isEmpty()) out.append("<br>");
            out.append(inline.inline(t));
        }
        return out.toString();
    }

    /** An HTML block: one row a line and no blank line in it, which would end the block and start Markdown again. */
    private static void html(StringBuilder md, SitePart site, MarkdownInline inline, TableView view) {
        if (view.isEmpty()) return;
        md.append("<table>\n");
        group(md, site, inline, "thead", view.head());
        group(md, site, inline, "tbody", view.body());
        md.append("</table>\n\n");
    }

    private static void group(StringBuilder md, SitePart site, MarkdownInline inline, String tag, List<TableView.Row> rows) {
        if (rows.isEmpty()) return;
        md.append('<').append(tag).append(">\n");
        for (TableView.Row row : rows) {
            md.append("<tr>");
            for (TableView.Cell cell : row.cells()) {
                String name = cell.header() ? "th" : "td";
                md.append('<').append(name);
                if (cell.scope() != null) md.append(" scope=\"").append(cell.scope()).append('"');
                if (cell.rowSpan() != null) md.append(" rowspan=\"").append(cell.rowSpan()).append('"');
                if (cell.colSpan() != null) md.append(" colspan=\"").append(cell.colSpan()).append('"');
                md.append('>');
                boolean first = true;
                for (LangText t : site.cellTexts(cell.text())) {
                    if (!first) md.append("<br>");
                    md.append(inline.html(t));
                    first = false;
                }
                md.append("</").append(name).append('>');
            }
            md.append("</tr>\n");
        }
        md.append("</").append(tag).append(">\n");
    }
}
