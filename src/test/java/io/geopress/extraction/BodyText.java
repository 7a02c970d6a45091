package io.geopress.extraction;

import io.geopress.model.Article;
import io.geopress.model.Block;
import io.geopress.model.Snippet;
import io.geopress.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * An imported article's body as the extraction benchmark scores it: each block's text on its lines (both
 * languages, as the page gave them), a table's caption and cells, a figure's caption, code as written; not the title.
 */
public final class BodyText {
    private BodyText() {}

    public static String of(Article article) {
        List<String> lines = new ArrayList<>();
        for (Block block : article.body()) {
            if (!block.text().isEmpty()) lines.add(block.text().joined("\n"));
            if (block.detail() instanceof Table table) {
                for (Table.Row row : table.rows()) {
                    for (Table.Cell cell : row.cells()) if (!cell.text().isEmpty()) lines.add(cell.text().joined("\n"));
                }
            } else if (block.detail() instanceof Snippet code) {
                lines.add(code.code());
            }
        }
        return String.join("\n", lines);
    }
}
