package io.geopress.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.Figure;
import io.geopress.model.LinkTarget;
import io.geopress.model.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The blocks of a JSON line beyond running text (docs/formats.md): {@code figure}, {@code table}, {@code code},
 * {@code rule} and {@code footnote}, their texts read by {@link JsonInline}. A bad field is an
 * {@link IllegalArgumentException} whose message names it.
 */
final class JsonRichBlocks {
    static final Map<String, Set<String>> FIELDS = Map.of(
            "figure", Set.of("type", "src", "width", "height", "alt", "caption", "credit"),
            "table", Set.of("type", "caption", "rows"),
            "code", Set.of("type", "language", "code"),
            "rule", Set.of("type"),
            "footnote", Set.of("type", "label", "text"));
    private static final Set<String> ROW_FIELDS = Set.of("header", "cells");
    private static final Set<String> CELL_FIELDS = Set.of("text", "header", "rowSpan", "colSpan");
    private static final int MAX_PIXELS = 100_000;

    private JsonRichBlocks() {}

    /**
     * @param images receives the local image file a figure names (a relative path, read against the file's folder)
     * @param line the file's line of the block, for a table past the limits
     */
    static Block read(String type, JsonNode node, SourceFile file, int line, List<Imported.LocalImage> images) {
        return switch (type) {
            case "figure" -> figure(node, file, line, images);
            case "table" -> {
                Table table = table(node.get("rows"));
                Checks.table(file, line, table);
                yield Block.table(table, JsonInline.bilingual(node.get("caption"), "caption"));
            }
            case "code" -> Block.code(optional(node, "language"), JsonInline.string(node.get("code"), "code"));
            case "rule" -> Block.rule();
            case "footnote" -> {
                JsonNode label = node.get("label");
                boolean number = label != null && label.canConvertToExactIntegral();
                String text = number ? label.asText() : JsonInline.string(label, "label");
                if (text.isBlank()) throw new IllegalArgumentException("label is empty");
                yield Block.footnote(text, JsonInline.bilingual(node.get("text"), "text"));
            }
            default -> throw new IllegalArgumentException("type '" + type + "' is no block of its own");
        };
    }

    private static Block figure(JsonNode node, SourceFile file, int line, List<Imported.LocalImage> images) {
        String src = JsonInline.string(node.get("src"), "src");
        int width = pixels(node, "width");
        int height = pixels(node, "height");
        Bilingual alt = JsonInline.bilingual(node.get("alt"), "alt");
        String credit = optional(node, "credit");
        String problem = LinkTarget.problem(src);
        if (problem != null) throw new IllegalArgumentException("src: " + problem);
        Figure figure = new Figure(src, width, height, alt, credit);
        Path folder = file.path() == null ? null : file.path().toAbsolutePath().getParent();
        HtmlAddresses addresses = new HtmlAddresses(null, folder);
        Path local = addresses.localFile(figure.src());
        if (local != null && !addresses.inside(local)) {
            throw new IllegalArgumentException("src: '" + src + "' is outside the folder of the file; put the image beside it");
        }
        if (local != null && images.stream().noneMatch(known -> known.src().equals(figure.src()))) {
            images.add(new Imported.LocalImage(figure.src(), local, file.at(line)));
        }
        return Block.figure(figure, JsonInline.bilingual(node.get("caption"), "caption"));
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : JsonInline.string(value, field);
    }

    private static int pixels(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return 0;
        if (!value.canConvertToExactIntegral() || value.asLong() < 0 || value.asLong() > MAX_PIXELS) {
            throw new IllegalArgumentException(field + " is not a number of pixels (0 to " + MAX_PIXELS + "): "
                    + FrontMatter.shown(value));
        }
        return value.asInt();
    }

    private static Table table(JsonNode rows) {
        if (rows == null || !rows.isArray() || rows.isEmpty()) throw new IllegalArgumentException("rows is not a list of rows");
        List<Table.Row> read = new ArrayList<>(rows.size());
        for (JsonNode row : rows) {
            String which = "rows[" + (read.size() + 1) + "]";
            if (!row.isObject()) throw new IllegalArgumentException(which + " is not a map with cells");
            known(row, ROW_FIELDS, which);
            JsonNode cells = row.get("cells");
            if (cells == null || !cells.isArray()) throw new IllegalArgumentException(which + ".cells is not a list of cells");
            List<Table.Cell> cellsRead = new ArrayList<>(cells.size());
            for (JsonNode cell : cells) cellsRead.add(cell(cell, which + ".cells[" + (cellsRead.size() + 1) + "]"));
            read.add(new Table.Row(cellsRead, flag(row, "header", which)));
        }
        return new Table(read);
    }

    /** A cell: {@code {"text": …, "header": b, "rowSpan": n, "colSpan": n}}, or its text alone. */
    private static Table.Cell cell(JsonNode cell, String which) {
        if (!cell.isObject()) return new Table.Cell(JsonInline.bilingual(cell, which), false);
        known(cell, CELL_FIELDS, which);
        Bilingual text = JsonInline.bilingual(cell.get("text"), which + ".text");
        return new Table.Cell(text, flag(cell, "header", which), span(cell, "rowSpan", which), span(cell, "colSpan", which));
    }

    private static int span(JsonNode cell, String field, String which) {
        JsonNode value = cell.get(field);
        if (value == null || value.isNull()) return 1;
        if (!value.canConvertToExactIntegral() || value.asLong() < 1 || value.asLong() > Table.MAX_SPAN) {
            throw new IllegalArgumentException(which + "." + field + " is not a number from 1 to " + Table.MAX_SPAN + ": "
                    + FrontMatter.shown(value));
        }
        return value.asInt();
    }

    private static boolean flag(JsonNode node, String field, String which) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return false;
        if (!value.isBoolean()) throw new IllegalArgumentException(which + "." + field + " is not true or false");
        return value.booleanValue();
    }

    static void known(JsonNode node, Set<String> fields, String which) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!fields.contains(name)) throw new IllegalArgumentException(which + ": unknown field '" + name + "'");
        }
    }
}
