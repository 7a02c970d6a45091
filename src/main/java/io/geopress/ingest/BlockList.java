package io.geopress.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.BlockKind;
import io.geopress.model.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code blocks} form of a JSON line: a list of already paired blocks
 * {@code {"type": "heading|paragraph|item|quote", "level": n, "ordered": b, "zh": "…", "en": "…"}}, taken as they
 * are. {@code level} is a heading's level (default 2; 1 counts as 2) or an item's depth (default 1); {@code ordered}
 * is for items. A block with one language is flagged untranslated, one whose English stops mid-sentence is flagged
 * cut, as Markdown blocks are.
 */
final class BlockList {
    private static final Map<String, BlockKind> TYPES = Map.of("heading", BlockKind.HEADING,
            "paragraph", BlockKind.PARAGRAPH, "item", BlockKind.LIST_ITEM, "quote", BlockKind.QUOTE);
    private static final Set<String> FIELDS = Set.of("type", "level", "ordered", "zh", "en");

    private BlockList() {}

    static List<Block> read(Keys keys, String key, List<String> warnings, List<String> untranslated) {
        JsonNode value = keys.get(key);
        if (!value.isArray()) throw keys.wrong(key, "not a list of blocks: " + FrontMatter.shown(value));
        List<Block> blocks = new ArrayList<>();
        for (JsonNode node : value) {
            String which = "block " + (blocks.size() + 1);
            if (!node.isObject()) throw keys.wrong(key, which + " is not a map with type, zh and en");
            node.fieldNames().forEachRemaining(f -> {
                if (!FIELDS.contains(f)) throw keys.wrong(key, which + ": unknown field '" + f + "'");
            });
            BlockKind kind = TYPES.get(node.path("type").asText(""));
            if (kind == null || !node.path("type").isTextual()) {
                throw keys.wrong(key, which + ": type " + FrontMatter.shown(node.path("type"))
                        + " is not heading, paragraph, item or quote");
            }
            Bilingual text = new Bilingual(part(keys, key, which, node, "zh"), part(keys, key, which, node, "en"));
            if (text.isEmpty()) throw keys.wrong(key, which + " has neither zh nor en text");
            Block block = new Block(kind, level(keys, key, which, node, kind), ordered(keys, key, which, node), text,
                    null);
            blocks.add(flagged(block, keys.origin() + ": " + which, warnings, untranslated));
        }
        return blocks;
    }

    private static Block flagged(Block block, String where, List<String> warnings, List<String> untranslated) {
        Bilingual text = block.text();
        if (!text.isComplete()) {
            untranslated.add(where + " has no " + (text.has(Lang.ZH) ? "English" : "Chinese")
                    + " translation: “" + BlockPairer.head(text.any()) + "”");
            return block.withFlag(BlockFlag.UNTRANSLATED);
        }
        if (block.kind() != BlockKind.HEADING && BlockPairer.isCut(text.zh(), text.en())) {
            warnings.add(where + ": English translation stops mid-sentence");
            return block.withFlag(BlockFlag.CUT_TRANSLATION);
        }
        return block;
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

    private static String part(Keys keys, String key, String which, JsonNode node, String lang) {
        JsonNode text = node.get(lang);
        if (text == null || text.isNull()) return "";
        if (!text.isTextual()) throw keys.wrong(key, which + ": " + lang + " is not a text: " + FrontMatter.shown(text));
        return text.asText();
    }
}
