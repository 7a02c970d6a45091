package io.geopress.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.geopress.llm.ChatRequest;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Faq;
import io.geopress.model.Field;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The FAQ: 3 to 6 questions with answers drawn from the article, each naming the blocks it draws on. An answer its
 * blocks do not support ({@link Grounding}, in the article's main language) is dropped and reported.
 */
final class Questions implements Step {
    static final Prompt PROMPT = Prompt.load("faq", 1);

    private final Grounding grounding;
    private final Prompt prompt;

    Questions(Grounding grounding) {
        this(grounding, PROMPT);
    }

    /** The step with a prompt of its own that asks for the same reply (the GEO optimisation's). */
    Questions(Grounding grounding, Prompt prompt) {
        this.grounding = grounding;
        this.prompt = prompt;
    }

    @Override
    public Article apply(Article article, Calls calls, List<String> problems) {
        if (article.faq().stream().anyMatch(f -> !f.question().isComplete() || !f.answer().isComplete())
                && !article.locked(Field.FAQ) && !calls.budgetSpent()) {
            return completed(article, calls, problems);
        }
        if (article.body().isEmpty() || !Step.mayWrite(article, Field.FAQ, article.faq().isEmpty(), calls.options().force())) {
            return article;
        }
        ChatRequest request = new ChatRequest(prompt.system(), prompt.user(Numbered.article(article)), true, 2048, 0.3);
        List<Faq> asked = calls.ask(prompt, request, reply -> read(reply, article));
        Lang lang = Numbered.mainLang(article);
        List<Faq> kept = new ArrayList<>();
        for (int q = 0; q < asked.size(); q++) {
            Faq faq = asked.get(q);
            List<String> cited = faq.blocks().stream().mapToInt(article::position).filter(i -> i >= 0)
                    .mapToObj(i -> Numbered.text(article.body().get(i), lang, false)).toList();
            double score = grounding.support(faq.answer().get(lang), cited);
            if (score >= Grounding.threshold(lang)) {
                kept.add(faq);
            } else {
                problems.add(String.format(Locale.ROOT, "faq: dropped question %d (\"%s\"): blocks %s do not support its answer"
                        + " (similarity %.2f, needs %.2f)", q + 1, faq.question().get(lang), numbers(article, faq), score,
                        Grounding.threshold(lang)));
            }
        }
        if (kept.isEmpty()) {
            problems.add("faq: no answer was supported by the blocks it cited; the article has no FAQ");
            return article;
        }
        return article.withFaq(kept, calls.by(prompt));
    }

    /**
     * An FAQ the source gave with questions or answers in one language: the missing ones translated in one request
     * (numbered 2q+1 for question q, 2q+2 for its answer), not a new FAQ. An answer keeps its markup.
     */
    private static Article completed(Article article, Calls calls, List<String> problems) {
        List<Faq> faq = new ArrayList<>(article.faq());
        boolean marked = false;
        for (Lang from : Lang.values()) {
            Map<Integer, List<Inline>> texts = new LinkedHashMap<>();
            for (int q = 0; q < faq.size(); q++) {
                Bilingual question = faq.get(q).question();
                Bilingual answer = faq.get(q).answer();
                if (question.has(from) && !question.has(from.other())) texts.put(2 * q + 1, question.nodes(from));
                if (answer.has(from) && !answer.has(from.other())) texts.put(2 * q + 2, answer.nodes(from));
            }
            if (texts.isEmpty()) continue;
            marked |= texts.values().stream().anyMatch(nodes -> !Inline.isPlain(nodes));
            Map<Integer, List<Inline>> done = Translator.some("FAQ text", texts, from, calls, problems);
            for (int q = 0; q < faq.size(); q++) {
                Faq f = faq.get(q);
                List<Inline> question = done.get(2 * q + 1);
                List<Inline> answer = done.get(2 * q + 2);
                faq.set(q, new Faq(question == null ? f.question() : f.question().with(from.other(), question),
                        answer == null ? f.answer() : f.answer().with(from.other(), answer), f.blocks()));
            }
        }
        return faq.equals(article.faq()) ? article : article.withFaq(faq, calls.by(marked ? Translator.MARKED : Translator.PLAIN));
    }

    private static List<Integer> numbers(Article article, Faq faq) {
        return faq.blocks().stream().map(id -> article.position(id) + 1).toList();
    }

    /** {"faq": [{"question": {"zh", "en"}, "answer": {"zh", "en"}, "blocks": [n, …]}, …]}, 3 to 6 entries. */
    private static List<Faq> read(String reply, Article article) throws InvalidReply {
        int blocks = article.body().size();
        List<Faq> out = new ArrayList<>();
        for (JsonNode entry : JsonShape.array(JsonShape.object(reply), "faq", 3, 6)) {
            if (!entry.isObject()) throw new InvalidReply("each entry of \"faq\" must be an object");
            Bilingual question = bilingual(JsonShape.objectField(entry, "question"));
            Bilingual answer = bilingual(JsonShape.objectField(entry, "answer"));
            List<String> ids = JsonShape.numbers(entry, "blocks", 1, blocks).stream().distinct()
                    .map(n -> article.blockId(n - 1)).toList();
            out.add(new Faq(question, answer, ids));
        }
        return out;
    }

    private static Bilingual bilingual(JsonNode node) throws InvalidReply {
        String zh = JsonShape.text(node, "zh");
        if (Numbered.hanzi(zh) == 0) throw new InvalidReply("a \"zh\" field holds no Chinese");
        return new Bilingual(zh, JsonShape.text(node, "en"));
    }
}
