package io.geopress.ingest;

import io.geopress.ingest.BlockPairer.Candidate;
import io.geopress.model.Bilingual;
import io.geopress.model.BlockKind;
import io.geopress.model.Figure;
import io.geopress.model.Footnote;
import io.geopress.model.Inline;
import io.geopress.model.Snippet;
import io.geopress.model.Table;
import io.geopress.text.Script;
import java.util.List;

/** One-language candidates of each kind, their plain text made of what the language guess and the pairing read. */
final class Candidates {
    private Candidates() {}

    /** A heading, paragraph, list item, quote or footnote of running text. */
    static Candidate text(BlockKind kind, int level, boolean ordered, List<Inline> nodes, int line) {
        List<Inline> normal = Inline.normalized(nodes);
        return new Candidate(kind, level, ordered, Inline.plain(normal), line, normal, null);
    }

    static Candidate footnote(String label, List<Inline> nodes, int line) {
        List<Inline> normal = Inline.normalized(nodes);
        return new Candidate(BlockKind.FOOTNOTE, 0, false, Inline.plain(normal), line, normal, new Footnote(label));
    }

    /** A figure, its alt text in the Chinese slot (see {@link Candidate}). */
    static Candidate figure(Figure image, List<Inline> caption, int line) {
        List<Inline> normal = Inline.normalized(caption);
        return new Candidate(BlockKind.FIGURE, 0, false, joined(Inline.plain(normal), image.alt().zh()), line, normal, image);
    }

    /** A table, its cells' texts in the Chinese slot. */
    static Candidate table(Table table, List<Inline> caption, int line) {
        List<Inline> normal = Inline.normalized(caption);
        StringBuilder text = new StringBuilder(Inline.plain(normal));
        for (Table.Row row : table.rows()) {
            for (Table.Cell cell : row.cells()) text.append(text.isEmpty() ? "" : " ").append(cell.text().zh());
        }
        return new Candidate(BlockKind.TABLE, 0, false, text.toString().strip(), line, normal, table);
    }

    static Candidate code(Snippet snippet, int line) {
        return new Candidate(BlockKind.CODE, 0, false, "", line, List.of(), snippet);
    }

    static Candidate rule(int line) {
        return new Candidate(BlockKind.RULE, 0, false, "", line, List.of(), null);
    }

    /** The text in the Chinese slot: where a candidate's texts wait until the pairer knows their language. */
    static Bilingual waiting(List<Inline> nodes) {
        return Bilingual.inline(nodes, List.of());
    }

    private static String joined(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
    }

    /**
     * Whether running text says something: words in any script (a quoted Russian or Korean sentence too), or numbers
     * ("2024", "120"), which a page must not lose.
     */
    static boolean hasContent(String plain) {
        return plain.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
