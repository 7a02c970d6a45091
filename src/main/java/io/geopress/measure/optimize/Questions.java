package io.geopress.measure.optimize;

import com.fasterxml.jackson.databind.JsonNode;
import io.geopress.enrich.ModelCalls;
import io.geopress.model.Article;
import io.geopress.model.Block;
import io.geopress.model.BlockKind;
import io.geopress.model.Faq;
import io.geopress.model.Lang;
import io.geopress.text.Extracts;
import io.geopress.text.Script;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The questions a person would put to an assistant about an article, per language. Offline they are drawn from the
 * article: its title when it is a question, its FAQ's questions, its question-form headings, then its keywords in a
 * fixed frame ("What do we know about X?" / "关于X有哪些信息？"). Through a model, {@code prompts/queries.v1.txt}
 * asks for {@link #LEAST} to {@link #MOST} per language.
 */
final class Questions {
    static final int LEAST = 3;
    static final int MOST = 8;
    private static final int KEYWORDS = 3;

    private Questions() {}

    static Map<Lang, List<String>> offline(Article article) {
        Map<Lang, List<String>> out = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            Set<String> found = new LinkedHashSet<>();
            if (Restructure.isQuestion(article.title().get(lang))) found.add(article.title().get(lang).strip());
            for (Faq faq : article.faq()) if (faq.question().has(lang)) found.add(faq.question().get(lang).strip());
            for (Block b : article.body()) {
                if (b.kind() == BlockKind.HEADING && Restructure.isQuestion(b.text().get(lang))) found.add(b.text().get(lang).strip());
            }
            for (String keyword : keywords(article, lang)) {
                found.add(lang == Lang.EN ? "What do we know about " + keyword + "?" : "关于" + keyword + "有哪些信息？");
            }
            out.put(lang, distinct(found).stream().limit(MOST).toList());
        }
        return out;
    }

    /** The article's keywords in {@code lang}, or when it has none there, those of its text in that language. */
    private static List<String> keywords(Article article, Lang lang) {
        List<String> own = article.keywords().stream().filter(k -> Script.dominant(k) == lang).limit(KEYWORDS).toList();
        if (!own.isEmpty()) return own;
        String text = article.body().stream().map(b -> b.text().get(lang)).filter(t -> !t.isEmpty()).collect(Collectors.joining("\n"));
        return text.isBlank() ? List.of() : Extracts.keywords(text, lang, KEYWORDS);
    }

    /** The questions without those that differ from an earlier one only in case. */
    private static List<String> distinct(Set<String> questions) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String q : questions) byKey.putIfAbsent(q.toLowerCase(Locale.ROOT), q);
        return List.copyOf(byKey.values());
    }

    static Optional<Map<Lang, List<String>>> ask(Article article, Lang lang, ModelCalls calls, List<String> problems) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", article.title().in(lang));
        values.put("blocks", ModelRewrite.blocks(article, lang));
        return calls.ask("queries", 1, values, 1024, Questions::read, problems);
    }

    /** {"zh": ["…？", …], "en": ["…?", …]}, each language {@link #LEAST} to {@link #MOST} questions. */
    private static Map<Lang, List<String>> read(String reply) {
        JsonNode root = Replies.object(reply);
        Map<Lang, List<String>> out = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            JsonNode list = root.get(lang.code());
            if (list == null || !list.isArray() || list.size() < LEAST || list.size() > MOST) {
                throw new IllegalArgumentException("field \"" + lang.code() + "\" must be an array of " + LEAST + " to " + MOST + " questions");
            }
            List<String> questions = new ArrayList<>();
            for (JsonNode q : list) {
                String text = q.asText("").strip();
                if (!q.isTextual() || !Restructure.isQuestion(text)) {
                    throw new IllegalArgumentException("each entry of \"" + lang.code() + "\" must be one question ending with a question mark");
                }
                if (lang == Lang.ZH && Script.hanCount(text) == 0) throw new IllegalArgumentException("a \"zh\" question holds no Chinese");
                questions.add(text);
            }
            out.put(lang, distinct(new LinkedHashSet<>(questions)));
        }
        return out;
    }
}
