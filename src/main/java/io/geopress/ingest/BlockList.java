package io.geopress.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.BlockKind;
import io.geopress.model.Lang;
import io.geopress.model.Table;
import io.geopress.text.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code blocks} form of a JSON line: a list of already paired blocks
 * {@code {"type": "heading|paragraph|item|quote", "level": n, "ordered": b, "zh": T, "en": T}}, taken as they
 * are, where a text T is a string or a list of inline nodes ({@link JsonInline}); and the blocks of
 * {@link JsonRichBlocks} (figure, table, code, rule, footnote). {@code level} is a heading's level (default 2; 1
 * counts as 2) or an item's depth (default 1); {@code ordered} is for items. A block with a text in one language is
 * flagged untranslated, one whose English stops mid-sentence is flagged cut, as Markdown blocks are.
 */
final class BlockList {
    private static final Map<String, BlockKind> TYPES = Map.of("heading", BlockKind.HEADING,
            "paragraph", BlockKind.PARAGRAPH, "item", BlockKind.LIST_ITEM, "quote", BlockKind.QUOTE);
    private static final Set<String> FIELDS = Set.of("type", "level", "ordered", "zh", "en");

    private BlockList() {}

    /** @param images receives the local image files figures name */
    static List<Block> read(Keys keys, String key, List<String> warnings, List<String> untranslated,
            List<Imported.LocalImage> images) {
        JsonNode value = keys.get(key);
        if (!value.isArray()) throw keys.wrong(key, "not a list of blocks: " + FrontMatter.shown(value));
        int line = keys.lines().getOrDefault(key, 1);
        List<Block> blocks = new ArrayList<>();
        for (JsonNode node : value) {
            String which = "block " + (blocks.size() + 1);
            if (!node.isObject()) throw keys.wrong(key, which + " is not a map with type, zh and en");
            String type = node.path("type").isTextual() ? node.path("type").asText() : "";
            BlockKind kind = TYPES.get(type);
            if (kind == null && !JsonRichBlocks.FIELDS.containsKey(type)) {
                throw keys.wrong(key, which + ": type " + FrontMatter.shown(node.path("type"))
                        + " is not heading, paragraph, item, quote, figure, table, code, rule or footnote");
            }
            Block block;
            try {
                JsonRichBlocks.known(node, kind != null ? FIELDS : JsonRichBlocks.FIELDS.get(type), which);
                block = kind != null ? text(keys, key, which, node, kind)
                        : JsonRichBlocks.read(type, node, keys.file(), line, images);
            } catch (IllegalArgumentException e) {
                throw keys.wrong(key, e.getMessage().startsWith(which) ? e.getMessage() : which + ": " + e.getMessage());
            }
            blocks.add(flagged(block, keys.origin() + ": " + which, warnings, untranslated));
        }
        return blocks;
    }

    private static Block text(Keys keys, String key, String which, JsonNode node, BlockKind kind) {
        Bilingual text = Bilingual.inline(JsonInline.text(node.get("zh"), "zh"), JsonInline.text(node.get("en"), "en"));
        if (text.isEmpty()) throw keys.wrong(key, which + " has neither zh nor en text");
        return new Block(kind, level(keys, key, which, node, kind), ordered(keys, key, which, node), text, null);
    }

    private static Block flagged(Block block, String where, List<String> warnings, List<String> untranslated) {
        Bilingual missing = untranslated(block);
        if (missing != null) {
            untranslated.add(where + " has no " + (missing.has(Lang.ZH) ? "English" : "Chinese")
                    + " translation: “" + BlockPairer.head(missing.any()) + "”");
            return block.withFlag(BlockFlag.UNTRANSLATED);
        }
        Bilingual text = block.text();
        if (block.detail() == null && block.kind() != BlockKind.HEADING && BlockPairer.isCut(text.zh(), text.en())) {
            warnings.add(where + ": English translation stops mid-sentence");
            return block.withFlag(BlockFlag.CUT_TRANSLATION);
        }
        return block;
    }

    /**
     * The block's text when it lacks a language; for a figure, table or footnote the first of its texts with words
     * (caption, alt text, cells) that does; else null.
     */
    private static Bilingual untranslated(Block block) {
        if (!block.kind().translatable()) return null;
        if (block.detail() == null) return block.text().isComplete() ? null : block.text();
        List<Bilingual> texts = new ArrayList<>(List.of(block.text()));
        if (block.figure() != null) texts.add(block.figure().alt());
        if (block.table() != null) {
            for (Table.Row row : block.table().rows()) for (Table.Cell cell : row.cells()) texts.add(cell.text());
        }
        for (Bilingual text : texts) {
            if (!text.isComplete() && !Script.hasNoWords(text.any())) return text;
        }
        return null;
    }

    private static int level(Keys keys, String key, String which, JsonNode node, BlockKind kind) {
        JsonNode level = node.get("level");
        boolean given = level != null && !level.isNull();
        if (given && !level.canConvertToExactIntegral()) {
            throw keys.wrong(key, which + ": level is not a whole number: " + FrontMatter.shown(level));
        }
        if (given && !level.canConvertToInt()) throw keys.wrong(key, which + ": level " + level.asText() + " is out of range");
        int n = given ? level.asInt() : 0;
        return switch (kind) {
            case HEADING -> {
                if (given && (n < 1 || n > 6)) throw keys.wrong(key, which + ": heading level must be 1 to 6: " + n);
                yield given ? Math.max(2, n) : 2;
            }
            case LIST_ITEM -> {
                if (given && (n < 1 || n > Checks.MAX_LIST_DEPTH)) {
                    throw keys.wrong(key, which + ": item level (depth) must be 1 to " + Checks.MAX_LIST_DEPTH + ": " + n);
                }
                yield given ? n : 1;
            }
            default -> 0;
        };
    }

    private static boolean ordered(Keys keys, String key, String which, JsonNode node) {
        JsonNode ordered = node.get("ordered");
        if (ordered == null || ordered.isNull()) return false;
        if (!ordered.isBoolean()) throw keys.wrong(key, which + ": ordered is not true or false");
        return ordered.booleanValue();
    }
}
