package io.geopress.enrich;

import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockKind;
import io.geopress.model.Figure;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.model.Table;
import io.geopress.text.Script;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The texts of body blocks that lack a language: a block's text (a figure's or a table's caption), a figure's alt
 * text, a table's cells. Code and rules hold none; a cell or alt text without words (only numbers or symbols) reads
 * the same in both languages and lacks nothing. Blocks are numbered from 1, as an editor counts them.
 */
final class Untranslated {
    enum Kind {
        TEXT,
        /** A figure's caption. */
        CAPTION,
        /** A table's caption, asked for with its cells. */
        TABLE_CAPTION,
        ALT,
        CELL
    }

    /**
     * One text to translate.
     *
     * @param block the block's position in the body (from 0)
     * @param row for a cell, its row in the table (from 0); likewise {@code cell}, its place in the row; 0 for others
     * @param from the language it is translated from
     */
    record Part(int block, Kind kind, int row, int cell, Lang from, List<Inline> nodes) {
        /** Its key in a request: the block number, that number and {@code .alt}, or in a table {@code caption} or {@code row.cell}. */
        String key() {
            return switch (kind) {
                case TEXT, CAPTION -> String.valueOf(block + 1);
                case TABLE_CAPTION -> "caption";
                case ALT -> (block + 1) + ".alt";
                case CELL -> (row + 1) + "." + (cell + 1);
            };
        }

        String name() {
            return switch (kind) {
                case TEXT -> "block " + (block + 1);
                case CAPTION, TABLE_CAPTION -> "the caption of block " + (block + 1);
                case ALT -> "the alt text of block " + (block + 1);
                case CELL -> "block " + (block + 1) + ", row " + (row + 1) + ", cell " + (cell + 1);
            };
        }

        Translator.Piece piece() {
            return new Translator.Piece(key(), name(), nodes);
        }
    }

    private Untranslated() {}

    /**
     * What block {@code position} lacks: each text in one language; when {@code force}, also each text the model
     * translated before (a machine-translated block's texts in the language it was translated from).
     */
    static List<Part> of(Block b, int position, boolean force) {
        List<Part> parts = new ArrayList<>();
        if (!b.kind().translatable()) return parts;
        Lang again = force && b.machineTranslated() != null ? b.machineTranslated().other() : null;
        Kind own = b.kind() == BlockKind.FIGURE ? Kind.CAPTION : b.kind() == BlockKind.TABLE ? Kind.TABLE_CAPTION : Kind.TEXT;
        add(parts, b.text(), again, false, from -> new Part(position, own, 0, 0, from, b.text().nodes(from)));
        Figure f = b.figure();
        if (f != null) add(parts, f.alt(), again, true, from -> new Part(position, Kind.ALT, 0, 0, from, f.alt().nodes(from)));
        Table t = b.table();
        for (int r = 0; t != null && r < t.rows().size(); r++) {
            List<Table.Cell> cells = t.rows().get(r).cells();
            for (int c = 0; c < cells.size(); c++) {
                int row = r, cell = c;
                Bilingual text = cells.get(c).text();
                add(parts, text, again, true, from -> new Part(position, Kind.CELL, row, cell, from, text.nodes(from)));
            }
        }
        return parts;
    }

    private static void add(List<Part> parts, Bilingual text, Lang again, boolean wordsOnly, Function<Lang, Part> part) {
        if (text.isEmpty() || wordsOnly && Script.hasNoWords(text.any())) return;
        if (!text.isComplete()) parts.add(part.apply(text.has(Lang.ZH) ? Lang.ZH : Lang.EN));
        else if (again != null) parts.add(part.apply(again));
    }

    /** Block {@code b} with the translations {@code done} (by key) of its {@code parts}. */
    static Block with(Block b, List<Part> parts, Map<String, List<Inline>> done) {
        Block out = b;
        Map<Integer, Map<Integer, Part>> cells = new LinkedHashMap<>();
        for (Part p : parts) {
            List<Inline> nodes = done.get(p.key());
            Lang to = p.from().other();
            if (p.kind() == Kind.TEXT || p.kind() == Kind.CAPTION || p.kind() == Kind.TABLE_CAPTION) {
                out = out.withText(out.text().with(to, nodes));
            } else if (p.kind() == Kind.ALT) {
                Figure f = out.figure();
                out = out.withDetail(new Figure(f.src(), f.width(), f.height(), f.alt().with(to, Inline.plain(nodes)), f.credit()));
            } else {
                cells.computeIfAbsent(p.row(), r -> new LinkedHashMap<>()).put(p.cell(), p);
            }
        }
        if (cells.isEmpty()) return out;
        List<Table.Row> rows = new ArrayList<>(out.table().rows());
        cells.forEach((r, inRow) -> {
            List<Table.Cell> row = new ArrayList<>(rows.get(r).cells());
            inRow.forEach((c, p) -> row.set(c, row.get(c).withText(row.get(c).text().with(p.from().other(), done.get(p.key())))));
            rows.set(r, new Table.Row(row, rows.get(r).header()));
        });
        return out.withDetail(out.table().withRows(rows));
    }

    /** What the body still lacks, one line per language and kind of text, as the offline enricher reports it. */
    static List<String> report(List<Block> body) {
        List<String> lines = new ArrayList<>();
        for (Lang lang : List.of(Lang.EN, Lang.ZH)) {
            String lacks = " no " + (lang == Lang.ZH ? "Chinese" : "English") + "; translation needs a language model";
            Map<Kind, TreeSet<Integer>> blocks = new LinkedHashMap<>();
            Map<Integer, List<Part>> cells = new LinkedHashMap<>();
            for (int i = 0; i < body.size(); i++) {
                for (Part p : of(body.get(i), i, false)) {
                    if (p.from() != lang.other()) continue;
                    if (p.kind() == Kind.CELL) cells.computeIfAbsent(i + 1, n -> new ArrayList<>()).add(p);
                    else blocks.computeIfAbsent(p.kind() == Kind.TABLE_CAPTION ? Kind.CAPTION : p.kind(), k -> new TreeSet<>()).add(i + 1);
                }
            }
            blocks.forEach((kind, numbers) -> lines.add("translate: " + blocks(kind, numbers) + lacks));
            cells.forEach((n, missing) -> lines.add("translate: " + missing.size() + (missing.size() == 1 ? " cell" : " cells")
                    + " of the table in block " + n + " (" + rows(missing) + ")" + (missing.size() == 1 ? " has" : " have") + lacks));
        }
        return lines;
    }

    private static String blocks(Kind kind, TreeSet<Integer> numbers) {
        boolean one = numbers.size() == 1;
        String list = numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
        String what = switch (kind) {
            case CAPTION -> one ? "the caption of block " : "the captions of blocks ";
            case ALT -> one ? "the alt text of block " : "the alt texts of blocks ";
            default -> one ? "block " : "blocks ";
        };
        return what + list + (one ? " has" : " have");
    }

    /** The rows the cells among {@code parts} are in, counted from 1, runs shortened: {@code rows 1-3, 7}. */
    static String rows(List<Part> parts) {
        TreeSet<Integer> rows = parts.stream().filter(p -> p.kind() == Kind.CELL).map(p -> p.row() + 1)
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> runs = new ArrayList<>();
        Integer start = null, last = null;
        for (int r : rows) {
            if (last != null && r == last + 1) {
                last = r;
                continue;
            }
            if (start != null) runs.add(start.equals(last) ? String.valueOf(start) : start + "-" + last);
            start = r;
            last = r;
        }
        if (start != null) runs.add(start.equals(last) ? String.valueOf(start) : start + "-" + last);
        return (rows.size() == 1 ? "row " : "rows ") + String.join(", ", runs);
    }
}
