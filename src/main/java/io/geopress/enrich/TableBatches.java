package io.geopress.enrich;

import io.geopress.model.Block;
import io.geopress.model.Lang;
import io.geopress.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table's texts to translate, in batches of whole rows whose translations fit in one reply (counted generously,
 * {@link Translator#replyTokens}): the caption and the rows in order, so that the first batch holds the caption and
 * the header rows. Every batch also shows the caption and header rows, untranslated, for context.
 */
final class TableBatches {
    private TableBatches() {}

    /** {@code parts} (one table's, in one language, caption first and cells row by row) in batches of whole rows. */
    static List<List<Untranslated.Part>> of(List<Untranslated.Part> parts, int maxReplyTokens) {
        List<List<Untranslated.Part>> batches = new ArrayList<>();
        List<Untranslated.Part> batch = new ArrayList<>();
        int tokens = 0;
        for (List<Untranslated.Part> row : rows(parts)) {
            int rowTokens = row.stream().mapToInt(p -> Translator.replyTokens(Placeholders.encode(p.nodes()).text())).sum();
            if (!batch.isEmpty() && tokens + rowTokens > maxReplyTokens) {
                batches.add(batch);
                batch = new ArrayList<>();
                tokens = 0;
            }
            batch.addAll(row);
            tokens += rowTokens;
        }
        if (!batch.isEmpty()) batches.add(batch);
        return batches;
    }

    private static List<List<Untranslated.Part>> rows(List<Untranslated.Part> parts) {
        Map<Integer, List<Untranslated.Part>> rows = new LinkedHashMap<>();
        for (Untranslated.Part p : parts) {
            int row = p.kind() == Untranslated.Kind.CELL ? p.row() : -1;
            rows.computeIfAbsent(row, r -> new ArrayList<>()).add(p);
        }
        return List.copyOf(rows.values());
    }

    /** What a batch of {@code table}'s texts is, for the prompt: the keys, and the caption and header rows for context. */
    static String about(Block table, Lang from) {
        Map<String, Object> context = new LinkedHashMap<>();
        if (table.text().has(from)) context.put("caption", table.text().get(from));
        List<List<String>> header = new ArrayList<>();
        for (Table.Row row : table.table().rows()) {
            if (!row.header() && !row.cells().stream().allMatch(Table.Cell::header)) continue;
            header.add(row.cells().stream().map(c -> c.text().get(from)).toList());
        }
        if (!header.isEmpty()) context.put("header", header);
        String about = "The texts are the caption (key \"caption\") and cells (key \"row.cell\", both counted from 1) of one"
                + " table: translate each cell on its own, in the table's words.";
        return context.isEmpty() ? about : about + " For context, the table's caption and header rows: " + JsonShape.write(context);
    }

    /** How a problem names the texts of a batch: {@code block 9 (the caption, rows 1-40)}. */
    static String describe(List<Untranslated.Part> batch) {
        List<String> what = new ArrayList<>();
        if (batch.stream().anyMatch(p -> p.kind() != Untranslated.Kind.CELL)) what.add("the caption");
        if (batch.stream().anyMatch(p -> p.kind() == Untranslated.Kind.CELL)) what.add(Untranslated.rows(batch));
        return "block " + (batch.get(0).block() + 1) + " (" + String.join(", ", what) + ")";
    }
}
