package io.geopress.ingest;

import io.geopress.model.Article;
import io.geopress.model.Block;
import io.geopress.model.BlockKind;
import io.geopress.model.CleanText;
import io.geopress.model.Field;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every import must satisfy before it is saved, whatever its format, so that whatever import accepts a build
 * can render: a title within its length, tags and categories within theirs, dates within 1900–2200 and lists
 * nested no deeper than a page can show. Text has already lost the characters no output can carry ({@link
 * CleanText}); the importers say where there were some.
 */
final class Checks {
    static final int MAX_TITLE_CHARS = 1_000;
    static final int MAX_LABEL_CHARS = 200;
    static final int MAX_LABELS = 100;
    /** Deeper list items are shown at this depth: no page nests lists further, and rendering nests once per level. */
    static final int MAX_LIST_DEPTH = 8;
    /** Elements, quotes or lists nested deeper than this are not a document but an attack on the parser. */
    static final int MAX_NESTING = 256;
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;

    private Checks() {}

    /** A table within the import's limits of rows and columns, else an error naming where it is and the setting. */
    static void table(SourceFile file, int line, io.geopress.model.Table table) {
        ImportLimits limits = file.limits();
        if (table.rows().size() > limits.tableRows()) {
            throw new ImportException(file.at(line), "the table has " + table.rows().size() + " rows, more than the limit of "
                    + limits.tableRows() + " (import.max_table_rows in geopress.yml)");
        }
        int columns = table.columns();
        if (columns > limits.tableColumns()) {
            throw new ImportException(file.at(line), "the table has " + columns + " columns, more than the limit of "
                    + limits.tableColumns() + " (import.max_table_columns in geopress.yml)");
        }
    }

    /** The import as it is saved: checked, with lists deeper than {@link #MAX_LIST_DEPTH} made that deep. */
    static Imported check(Imported imported) {
        String at = imported.origin();
        Article a = imported.article();
        if (a.title().isEmpty()) throw new ImportException(at, "no title");
        title(at, a.title().zh());
        title(at, a.title().en());
        labels(at, "tags", a.tags());
        labels(at, "categories", a.categories());
        date(at, "date", a.date());
        date(at, "source date", a.source().published());
        List<Block> body = new ArrayList<>(a.body().size());
        int deepest = 0;
        for (Block b : a.body()) {
            if (b.kind() == BlockKind.LIST_ITEM && b.level() > MAX_LIST_DEPTH) {
                deepest = Math.max(deepest, b.level());
                b = new Block(b.kind(), MAX_LIST_DEPTH, b.ordered(), b.text(), b.flags());
            }
            body.add(b);
        }
        if (deepest == 0) return imported;
        List<String> warnings = new ArrayList<>(imported.warnings());
        warnings.add(at + ": a list is nested " + deepest + " levels deep; its items below level " + MAX_LIST_DEPTH
                + " are shown at level " + MAX_LIST_DEPTH);
        return imported.with(a.withBody(body, a.provenance().get(Field.BODY)), warnings);
    }

    /** Whether a date lies in the years an article's can: others are mistakes (year 0, 10000) no feed can carry. */
    static boolean plausible(OffsetDateTime date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    /** "FILE:LINE: 3 control characters removed" for a text read from a file, naming the first one's line. */
    static Optional<String> controlCharacters(SourceFile file, String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n'); // line ends are no control characters here
        int first = CleanText.firstUnwanted(lines);
        if (first < 0) return Optional.empty();
        int count = CleanText.unwanted(lines);
        int line = 1;
        for (int i = 0; i < first; i++) if (lines.charAt(i) == '\n') line++;
        return Optional.of(file.at(line) + ": " + count + " control character(s) removed (no page, feed or terminal "
                + "can show them)");
    }

    /** Refuses a title longer than {@link #MAX_TITLE_CHARS}. */
    static void title(String at, String title) {
        if (title.length() > MAX_TITLE_CHARS) {
            throw new ImportException(at, "title: " + title.length() + " characters; the most is " + MAX_TITLE_CHARS);
        }
    }

    private static void labels(String at, String field, List<String> names) {
        if (names.size() > MAX_LABELS) throw new ImportException(at, field + ": " + names.size() + "; the most is " + MAX_LABELS);
        for (String name : names) {
            if (name.length() > MAX_LABEL_CHARS) {
                throw new ImportException(at, field + ": one is " + name.length() + " characters long; the most is " + MAX_LABEL_CHARS);
            }
        }
    }

    private static void date(String at, String field, OffsetDateTime date) {
        if (date != null && !plausible(date)) {
            throw new ImportException(at, field + ": year " + date.getYear() + " is outside " + FIRST_YEAR + "–" + LAST_YEAR);
        }
    }
}
