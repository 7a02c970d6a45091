package io.geopress.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.geopress.llm.ChatRequest;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.Field;
import io.geopress.model.Lang;
import io.geopress.model.Provenance;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gives every block that has one language the other, in batches of blocks sent as a JSON object by block number and
 * answered the same way, so no block can be dropped or merged unnoticed. Each translation is checked
 * ({@link TranslationCheck}, the glossary); the failing blocks of a batch are asked for once more with the failures
 * named, and a block that still fails is kept but flagged for review. The source's own title is translated too.
 */
final class Translation implements Step {
    static final Prompt PROMPT = Prompt.load("translate", 1);
    private static final int BATCH_CHARS = 3000;
    private static final int BATCH_BLOCKS = 30;

    @Override
    public Article apply(Article article, Calls calls, List<String> problems) {
        // each block to translate and the language it is translated from, chosen before any block is translated so
        // that no translation is translated back: blocks missing a language and, when forced, the model's translations
        Map<Integer, Lang> sourceOf = new LinkedHashMap<>();
        for (int i = 0; i < article.body().size(); i++) {
            Block b = article.body().get(i);
            if (b.text().isEmpty()) continue;
            if (!b.text().isComplete()) sourceOf.put(i, b.text().has(Lang.ZH) ? Lang.ZH : Lang.EN);
            else if (calls.options().force() && b.machineTranslated() != null) sourceOf.put(i, b.machineTranslated().other());
        }
        List<Integer> missing = List.copyOf(sourceOf.keySet());
        if (missing.isEmpty()) return sourceTitle(article, calls, problems);
        if (article.locked(Field.BODY)) {
            problems.add("translate: the body was written by an editor; " + missing.size() + " blocks left untranslated");
            return sourceTitle(article, calls, problems);
        }
        List<Block> body = new ArrayList<>(article.body());
        for (Lang from : Lang.values()) {
            List<Integer> sources = missing.stream().filter(i -> sourceOf.get(i) == from).toList();
            List<Integer> batch = new ArrayList<>();
            int chars = 0;
            for (Iterator<Integer> it = sources.iterator(); it.hasNext(); ) {
                int i = it.next();
                batch.add(i);
                chars += body.get(i).text().get(from).length();
                if (chars >= BATCH_CHARS || batch.size() >= BATCH_BLOCKS || !it.hasNext()) {
                    try {
                        translate(body, batch, from, calls, problems);
                    } catch (StepFailed.BudgetSpent e) {
                        problems.add(e.getMessage());
                    } catch (StepFailed e) {
                        problems.add(e.getMessage() + "; blocks " + batch.stream().map(n -> n + 1).toList() + " left untranslated");
                    }
                    // the batches already translated are kept
                    if (calls.budgetSpent()) return withBody(article, body, calls);
                    batch = new ArrayList<>();
                    chars = 0;
                }
            }
        }
        return sourceTitle(withBody(article, body, calls), calls, problems);
    }

    /** The body with its translations, credited to the model; the blocks' flags say which texts it wrote. */
    private static Article withBody(Article article, List<Block> body, Calls calls) {
        return body.equals(article.body()) ? article : article.withTranslation(body, calls.by(PROMPT));
    }

    /** The source's own title in the language it lacks; a translation that fails its checks is left out. */
    private static Article sourceTitle(Article article, Calls calls, List<String> problems) {
        Bilingual title = article.source().title();
        if (title.isEmpty() || title.isComplete() || article.locked(Field.SOURCE_TITLE) || calls.budgetSpent()) return article;
        Lang from = title.has(Lang.ZH) ? Lang.ZH : Lang.EN;
        String translated = one("the source's title", title.get(from), from, calls, problems);
        return translated == null ? article : SourceTitle.set(article, title.with(from.other(), translated), calls.by(PROMPT));
    }

    /**
     * {@code text} translated out of {@code from} and checked like a block; null when it cannot be had, with a problem
     * naming {@code what} was left untranslated.
     */
    static String one(String what, String text, Lang from, Calls calls, List<String> problems) {
        return some(what, Map.of(1, text), from, calls, problems).get(1);
    }

    /**
     * Numbered texts translated out of {@code from} in one request and checked like blocks: those that pass, by
     * number; each that fails is reported as {@code what} and its number, left untranslated.
     */
    static Map<Integer, String> some(String what, Map<Integer, String> texts, Lang from, Calls calls, List<String> problems) {
        try {
            Checked c = checked(texts, from, calls, problems);
            Map<Integer, String> passed = new LinkedHashMap<>(c.done());
            c.failing().forEach((n, why) -> {
                passed.remove(n);
                problems.add("translate: " + what + (texts.size() > 1 ? " " + n : "") + " " + String.join("; ", why)
                        + " (retried once); left untranslated");
            });
            return passed;
        } catch (StepFailed.BudgetSpent e) {
            problems.add(e.getMessage());
        } catch (StepFailed e) {
            problems.add(e.getMessage() + "; " + what + " left untranslated");
        }
        return Map.of();
    }

    private record Checked(Map<Integer, String> done, Map<Integer, List<String>> failing) {}

    private static void translate(List<Block> body, List<Integer> batch, Lang from, Calls calls, List<String> problems) {
        Map<Integer, String> sources = new LinkedHashMap<>();
        for (int i : batch) sources.put(i + 1, body.get(i).text().get(from));
        Checked c = checked(sources, from, calls, problems);
        for (Map.Entry<Integer, String> t : c.done().entrySet()) {
            int i = t.getKey() - 1;
            Block b = body.get(i);
            Set<BlockFlag> flags = EnumSet.noneOf(BlockFlag.class);
            flags.addAll(b.flags());
            flags.removeAll(List.of(BlockFlag.UNTRANSLATED, BlockFlag.NEEDS_REVIEW));
            flags.add(BlockFlag.machineTranslated(from.other()));
            List<String> why = c.failing().get(t.getKey());
            if (why != null) {
                flags.add(BlockFlag.NEEDS_REVIEW);
                problems.add("translate: block " + t.getKey() + " " + String.join("; ", why) + " (retried once); flagged for review");
            }
            body.set(i, new Block(b.kind(), b.level(), b.ordered(), b.text().with(from.other(), t.getValue()), flags));
        }
    }

    /** Numbered texts translated and checked; the failing ones are asked for once more with the failures named. */
    private static Checked checked(Map<Integer, String> sources, Lang from, Calls calls, List<String> problems) {
        Map<Integer, String> done = calls.ask(PROMPT, request(sources, from, calls.options(), ""), reply -> read(reply, sources.keySet()));
        Map<Integer, List<String>> failing = failing(sources, done, from, calls.options());
        if (!failing.isEmpty()) {
            Map<Integer, String> again = new LinkedHashMap<>();
            StringBuilder feedback = new StringBuilder("Your previous translation was rejected:");
            failing.forEach((n, why) -> {
                again.put(n, sources.get(n));
                feedback.append("\n- your translation of block ").append(n).append(' ').append(String.join("; ", why));
            });
            feedback.append("\nTranslate these blocks again, keeping everything named above.");
            try {
                done.putAll(calls.ask(PROMPT, request(again, from, calls.options(), feedback.toString()), reply -> read(reply, again.keySet())));
            } catch (StepFailed e) {
                // the first translations stay, flagged below (a spent budget is reported here too)
                problems.add(e.getMessage());
            }
            failing = failing(again, done, from, calls.options());
        }
        return new Checked(done, failing);
    }

    private static Map<Integer, List<String>> failing(Map<Integer, String> sources, Map<Integer, String> done, Lang from,
            EnrichOptions options) {
        Map<Integer, List<String>> failing = new TreeMap<>();
        for (Map.Entry<Integer, String> s : sources.entrySet()) {
            String translation = done.get(s.getKey());
            List<String> why = new ArrayList<>(TranslationCheck.failures(s.getValue(), from, translation));
            String lowerSource = s.getValue().toLowerCase(Locale.ROOT);
            options.glossary().forEach((term, fixed) -> {
                if (lowerSource.contains(term.toLowerCase(Locale.ROOT)) && !translation.toLowerCase(Locale.ROOT).contains(fixed.toLowerCase(Locale.ROOT))) {
                    why.add("does not translate \"" + term + "\" as the glossary's \"" + fixed + "\"");
                }
            });
            if (!why.isEmpty()) failing.put(s.getKey(), why);
        }
        return failing;
    }

    private static ChatRequest request(Map<Integer, String> sources, Lang from, EnrichOptions options, String feedback) {
        StringBuilder glossary = new StringBuilder();
        options.glossary().forEach((term, fixed) -> glossary.append(term).append(" => ").append(fixed).append('\n'));
        Map<String, String> blocks = new LinkedHashMap<>();
        sources.forEach((n, text) -> blocks.put(String.valueOf(n), text));
        int chars = sources.values().stream().mapToInt(String::length).sum();
        String user = PROMPT.user(Map.of("from", name(from), "to", name(from.other()),
                "glossary", glossary.length() == 0 ? "(none)" : glossary.toString().strip(), "blocks", JsonShape.write(blocks),
                "feedback", feedback));
        // a Chinese character becomes about one English word: leave room for 3 tokens per source character
        return new ChatRequest(PROMPT.system(), user, true, Math.min(8192, Math.max(512, chars * 3)), 0.2);
    }

    private static String name(Lang lang) {
        return lang == Lang.ZH ? "Simplified Chinese" : "English";
    }

    /** {"translations": {"4": "…", …}} with exactly the block numbers asked for. */
    private static Map<Integer, String> read(String reply, Set<Integer> asked) throws InvalidReply {
        JsonNode translations = JsonShape.objectField(JsonShape.object(reply), "translations");
        Map<Integer, String> out = new LinkedHashMap<>();
        for (Iterator<String> it = translations.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            Integer n = key.matches("\\d{1,6}") ? Integer.valueOf(key) : null;
            if (n == null || !asked.contains(n)) throw new InvalidReply("\"translations\" has block \"" + key + "\", which was not asked for");
            out.put(n, JsonShape.text(translations, key));
        }
        List<Integer> dropped = asked.stream().filter(n -> !out.containsKey(n)).toList();
        if (!dropped.isEmpty()) throw new InvalidReply("\"translations\" lacks block " + dropped + " (each block must be translated on its own)");
        return out;
    }
}
