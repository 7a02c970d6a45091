package io.geopress.measure.optimize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.geopress.enrich.ModelCalls;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockKind;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.text.Script;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Asks the model for a method's rewrites of the body in the article's own language ({@code prompts/optimize.v1.txt}):
 * every block shown by number with its kind, those it may not rewrite marked fixed (tables, figures, footnotes, and
 * text with links or other markup, which a plain rewrite would lose). The reply names each block it rewrites and the
 * blocks that take its place; only {@link Method#STRUCTURE} may change a block's kind or split it.
 */
final class ModelRewrite {
    static final String PROMPT = "optimize";
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, BlockKind> KINDS = Map.of("heading", BlockKind.HEADING, "paragraph", BlockKind.PARAGRAPH,
            "item", BlockKind.LIST_ITEM, "quote", BlockKind.QUOTE);

    private ModelRewrite() {}

    static Optional<List<Rewrite>> ask(Article article, Lang lang, Method method, ModelCalls calls, int maxTokens,
            List<String> problems) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("instruction", method.instruction());
        values.put("lang", lang == Lang.ZH ? "Simplified Chinese" : "English");
        values.put("title", article.title().in(lang));
        values.put("blocks", blocks(article, lang));
        return calls.ask(PROMPT, VERSION, values, maxTokens, reply -> read(reply, article, lang, method), problems);
    }

    static boolean rewritable(Block b, Lang lang) {
        return KINDS.containsValue(b.kind()) && b.text().has(lang) && Inline.isPlain(b.text().nodes(lang));
    }

    /** The body as prompts show it: block number to kind and text in {@code lang}, those not to rewrite marked fixed. */
    static String blocks(Article article, Lang lang) {
        ObjectNode blocks = JSON.createObjectNode();
        for (int i = 0; i < article.body().size(); i++) {
            Block b = article.body().get(i);
            if (!b.kind().translatable() || b.text().isEmpty()) continue;
            ObjectNode block = blocks.putObject(String.valueOf(i + 1)).put("kind", kind(b.kind())).put("text", b.text().in(lang));
            if (!rewritable(b, lang)) block.put("fixed", true);
        }
        return blocks.toString();
    }

    private static String kind(BlockKind kind) {
        for (Map.Entry<String, BlockKind> k : KINDS.entrySet()) if (k.getValue() == kind) return k.getKey();
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** {"rewrites": [{"block": n, "parts": [{"kind", "text"}, …]}, …]}; an empty list when nothing needs rewriting. */
    private static List<Rewrite> read(String reply, Article article, Lang lang, Method method) {
        JsonNode root = Replies.object(reply);
        JsonNode rewrites = root.get("rewrites");
        if (rewrites == null || !rewrites.isArray()) throw new IllegalArgumentException("field \"rewrites\" must be an array");
        List<Rewrite> out = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();
        for (JsonNode r : rewrites) {
            JsonNode number = r.get("block");
            int size = article.body().size();
            if (number == null || !number.isIntegralNumber() || number.asInt() < 1 || number.asInt() > size) {
                throw new IllegalArgumentException("each rewrite needs \"block\", a block number from 1 to " + size);
            }
            int at = number.asInt() - 1;
            Block original = article.body().get(at);
            if (!rewritable(original, lang)) throw new IllegalArgumentException("block " + (at + 1) + " is fixed and may not be rewritten");
            if (seen.contains(at)) throw new IllegalArgumentException("block " + (at + 1) + " is rewritten twice");
            seen.add(at);
            List<Rewrite.Part> parts = parts(r.get("parts"), at, lang);
            if (method != Method.STRUCTURE && (parts.size() != 1 || parts.get(0).kind() != original.kind())) {
                throw new IllegalArgumentException("block " + (at + 1) + ": only the structure method may split a block or change its kind");
            }
            out.add(new Rewrite(at, parts));
        }
        return out;
    }

    private static List<Rewrite.Part> parts(JsonNode parts, int at, Lang lang) {
        if (parts == null || !parts.isArray() || parts.isEmpty() || parts.size() > 20) {
            throw new IllegalArgumentException("block " + (at + 1) + ": \"parts\" must hold 1 to 20 blocks");
        }
        List<Rewrite.Part> out = new ArrayList<>();
        for (JsonNode part : parts) {
            BlockKind kind = KINDS.get(part.path("kind").asText(""));
            String text = part.path("text").asText("").strip();
            if (kind == null) throw new IllegalArgumentException("block " + (at + 1) + ": a part's \"kind\" must be one of " + KINDS.keySet());
            if (text.isEmpty()) throw new IllegalArgumentException("block " + (at + 1) + ": a part's \"text\" must be a non-empty string");
            if (lang == Lang.ZH && Script.hanCount(text) == 0) {
                throw new IllegalArgumentException("block " + (at + 1) + ": the rewrite must stay in Chinese");
            }
            out.add(new Rewrite.Part(kind, Bilingual.of(lang, text)));
        }
        return out;
    }
}
