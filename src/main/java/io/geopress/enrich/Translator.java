package io.geopress.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.geopress.llm.ChatRequest;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Translates keyed texts in one request, answered as a JSON object by the same keys, so that no text can be dropped
 * or merged unnoticed. Each translation is checked: its tags ({@link Placeholders}), its numbers, dates, names,
 * addresses and length ({@link TranslationCheck}), the glossary; the failing ones are asked for once more with the
 * failures named.
 *
 * <p>Plain texts keyed by block number go out with prompt v1, exactly as before markup existed, so the response cache
 * still answers them; texts with markup, and any other keys (a table's cells, a figure's alt text), with v2, which
 * explains the tags.
 */
final class Translator {
    static final Prompt PLAIN = Prompt.load("translate", 1);
    static final Prompt MARKED = Prompt.load("translate", 2);

    /** Reply tokens a text may take, guessed high: a Chinese character becomes about one English word. */
    static final int TOKENS_PER_CHAR = 3;
    /** Reply tokens a text's key and quotes take in the JSON object. */
    static final int TOKENS_PER_KEY = 10;

    /**
     * One text to translate.
     *
     * @param key its key in the request and the reply ({@code 4} for block 4, {@code 2.3} for a table's cell)
     * @param name how problems name it ({@code block 4})
     */
    record Piece(String key, String name, List<Inline> nodes) {}

    /**
     * What came back: every piece's translation by key (those that failed included, as the reply gave them), the
     * failures of those that failed twice, and the prompt they were asked with.
     */
    record Outcome(Map<String, List<Inline>> done, Map<String, List<String>> failing, Prompt prompt) {}

    private Translator() {}

    /** The prompt a request for {@code pieces} goes out with. */
    static Prompt prompt(Collection<Piece> pieces, String about) {
        if (!about.isEmpty()) return MARKED;
        for (Piece p : pieces) {
            if (!p.key().matches("\\d{1,6}") || !Inline.isPlain(p.nodes())) return MARKED;
        }
        return PLAIN;
    }

    /** Reply tokens a text may take in a request: generous, so that a batch fits the model's output limit. */
    static int replyTokens(String text) {
        return TOKENS_PER_KEY + TOKENS_PER_CHAR * text.length();
    }

    /**
     * Translates {@code pieces} out of {@code from}; {@code about} says what they are (a table's cells), or is empty.
     *
     * @throws StepFailed when no reply can be read, or the budget is spent
     */
    static Outcome translate(List<Piece> pieces, Lang from, String about, Calls calls, List<String> problems) {
        Prompt prompt = prompt(pieces, about);
        Map<String, Placeholders.Encoded> sent = new LinkedHashMap<>();
        for (Piece p : pieces) sent.put(p.key(), Placeholders.encode(p.nodes()));
        Map<String, String> replies = calls.ask(prompt, request(prompt, sent, from, about, calls.options(), ""),
                reply -> read(reply, sent.keySet(), prompt));
        Map<String, List<String>> failing = failing(sent, replies, from, calls.options());
        if (!failing.isEmpty()) {
            Map<String, Placeholders.Encoded> again = new LinkedHashMap<>();
            StringBuilder feedback = new StringBuilder("Your previous translation was rejected:");
            failing.forEach((key, why) -> {
                again.put(key, sent.get(key));
                feedback.append("\n- your translation of ").append(noun(prompt, key)).append(' ').append(String.join("; ", why));
            });
            feedback.append("\nTranslate these ").append(prompt == PLAIN ? "blocks" : "texts").append(" again, keeping everything named above.");
            try {
                replies.putAll(calls.ask(prompt, request(prompt, again, from, about, calls.options(), feedback.toString()),
                        reply -> read(reply, again.keySet(), prompt)));
            } catch (StepFailed e) {
                // the first translations stay, flagged (a spent budget is reported here too)
                problems.add(e.getMessage());
            }
            failing = failing(again, replies, from, calls.options());
        }
        Map<String, List<Inline>> done = new LinkedHashMap<>();
        sent.forEach((key, encoded) -> done.put(key, encoded.decode(replies.get(key)).nodes()));
        return new Outcome(done, failing, prompt);
    }

    /** {@code text} translated and checked like a block; null when it cannot be had, with a problem naming {@code what}. */
    static String one(String what, String text, Lang from, Calls calls, List<String> problems) {
        List<Inline> done = some(what, Map.of(1, List.of(new Inline.Text(text))), from, calls, problems).get(1);
        return done == null ? null : Inline.plain(done);
    }

    /**
     * Numbered texts translated in one request and checked like blocks: those that pass, by number; each that fails is
     * reported as {@code what} and its number, left untranslated.
     */
    static Map<Integer, List<Inline>> some(String what, Map<Integer, List<Inline>> texts, Lang from, Calls calls,
            List<String> problems) {
        List<Piece> pieces = new ArrayList<>();
        texts.forEach((n, nodes) -> pieces.add(new Piece(String.valueOf(n), what + (texts.size() > 1 ? " " + n : ""), nodes)));
        try {
            Outcome o = translate(pieces, from, "", calls, problems);
            Map<Integer, List<Inline>> passed = new LinkedHashMap<>();
            for (Piece p : pieces) {
                List<String> why = o.failing().get(p.key());
                if (why == null) passed.put(Integer.valueOf(p.key()), o.done().get(p.key()));
                else problems.add("translate: " + p.name() + " " + String.join("; ", why) + " (retried once); left untranslated");
            }
            return passed;
        } catch (StepFailed.BudgetSpent e) {
            problems.add(e.getMessage());
        } catch (StepFailed e) {
            problems.add(e.getMessage() + "; " + what + " left untranslated");
        }
        return Map.of();
    }

    private static String noun(Prompt prompt, String key) {
        return prompt == PLAIN ? "block " + key : "\"" + key + "\"";
    }

    private static Map<String, List<String>> failing(Map<String, Placeholders.Encoded> sent, Map<String, String> replies,
            Lang from, EnrichOptions options) {
        Map<String, List<String>> failing = new LinkedHashMap<>();
        sent.forEach((key, source) -> {
            String reply = replies.get(key);
            List<String> why = new ArrayList<>(source.decode(reply).failures());
            String words = source.words(reply);
            why.addAll(TranslationCheck.failures(source.words(), from, words));
            String lowerSource = source.words().toLowerCase(Locale.ROOT);
            String lowerWords = words.toLowerCase(Locale.ROOT);
            options.glossary().forEach((term, fixed) -> {
                if (lowerSource.contains(term.toLowerCase(Locale.ROOT)) && !lowerWords.contains(fixed.toLowerCase(Locale.ROOT))) {
                    why.add("does not translate \"" + term + "\" as the glossary's \"" + fixed + "\"");
                }
            });
            if (!why.isEmpty()) failing.put(key, why);
        });
        return failing;
    }

    private static ChatRequest request(Prompt prompt, Map<String, Placeholders.Encoded> sent, Lang from, String about,
            EnrichOptions options, String feedback) {
        StringBuilder glossary = new StringBuilder();
        options.glossary().forEach((term, fixed) -> glossary.append(term).append(" => ").append(fixed).append('\n'));
        Map<String, String> texts = new LinkedHashMap<>();
        sent.forEach((key, encoded) -> texts.put(key, encoded.text()));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("from", name(from));
        values.put("to", name(from.other()));
        values.put("glossary", glossary.length() == 0 ? "(none)" : glossary.toString().strip());
        values.put("blocks", JsonShape.write(texts));
        values.put("feedback", feedback);
        int tokens;
        if (prompt == PLAIN) {
            // as prompt v1 always asked: 3 tokens per source character
            tokens = TOKENS_PER_CHAR * texts.values().stream().mapToInt(String::length).sum();
        } else {
            values.put("about", about);
            tokens = texts.values().stream().mapToInt(Translator::replyTokens).sum();
        }
        return new ChatRequest(prompt.system(), prompt.user(values), true, Math.min(options.maxReplyTokens(), Math.max(512, tokens)), 0.2);
    }

    private static String name(Lang lang) {
        return lang == Lang.ZH ? "Simplified Chinese" : "English";
    }

    /** {"translations": {"4": "…", …}} with exactly the keys asked for. */
    private static Map<String, String> read(String reply, Set<String> asked, Prompt prompt) throws InvalidReply {
        String noun = prompt == PLAIN ? "block" : "text";
        JsonNode translations = JsonShape.objectField(JsonShape.object(reply), "translations");
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<String> it = translations.fieldNames(); it.hasNext(); ) {
            String given = it.next();
            String key = given.matches("\\d{1,6}") ? String.valueOf(Integer.parseInt(given)) : given;
            if (!asked.contains(key)) throw new InvalidReply("\"translations\" has " + noun + " \"" + given + "\", which was not asked for");
            out.put(key, JsonShape.text(translations, given));
        }
        Set<String> dropped = new LinkedHashSet<>(asked);
        dropped.removeAll(out.keySet());
        if (!dropped.isEmpty()) {
            throw new InvalidReply("\"translations\" lacks " + noun + " " + dropped + " (each " + noun + " must be translated on its own)");
        }
        return out;
    }
}
