package io.geopress.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.geopress.llm.ChatRequest;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Field;
import io.geopress.model.Lang;
import java.util.List;
import java.util.Map;

/** The "AI Summary (BLUF)": English within the word limit and its Chinese translation within the character limit. */
final class Summary implements Step {
    static final Prompt PROMPT = Prompt.load("summary", 1);

    private final Prompt prompt;

    Summary() {
        this(PROMPT);
    }

    /** The step with a prompt of its own that asks for the same reply (the GEO optimisation's). */
    Summary(Prompt prompt) {
        this.prompt = prompt;
    }

    @Override
    public Article apply(Article article, Calls calls, List<String> problems) {
        Bilingual given = article.summary();
        if (!given.isEmpty() && !given.isComplete() && !article.locked(Field.SUMMARY) && !calls.budgetSpent()) {
            // a summary the source brought in one language: its other language is a translation of it, not a new BLUF
            Lang from = given.has(Lang.ZH) ? Lang.ZH : Lang.EN;
            String other = Translator.one("the summary", given.get(from), from, calls, problems);
            return other == null ? article : article.withSummary(given.with(from.other(), other), calls.by(Translator.PLAIN));
        }
        if (!Step.mayWrite(article, Field.SUMMARY, article.summary().isEmpty(), calls.options().force())) return article;
        EnrichOptions options = calls.options();
        Map<String, String> values = Numbered.article(article);
        values.put("words", String.valueOf(options.summaryWords()));
        values.put("hanzi", String.valueOf(options.summaryHanzi()));
        ChatRequest request = new ChatRequest(prompt.system(), prompt.user(values), true, 1024, 0.3);
        Bilingual summary = calls.ask(prompt, request, reply -> read(reply, options));
        return article.withSummary(summary, calls.by(prompt));
    }

    private static Bilingual read(String reply, EnrichOptions options) throws InvalidReply {
        JsonNode node = JsonShape.object(reply);
        String en = JsonShape.text(node, "en");
        String zh = JsonShape.text(node, "zh");
        int words = Numbered.words(en);
        if (words > options.summaryWords()) {
            throw new InvalidReply("the English summary has " + words + " words, at most " + options.summaryWords() + " are allowed");
        }
        long hanzi = Numbered.hanzi(zh);
        if (hanzi > options.summaryHanzi()) {
            throw new InvalidReply("the Chinese summary has " + hanzi + " Chinese characters, at most " + options.summaryHanzi() + " are allowed");
        }
        if (hanzi == 0) throw new InvalidReply("field \"zh\" holds no Chinese");
        return new Bilingual(zh, en);
    }
}
