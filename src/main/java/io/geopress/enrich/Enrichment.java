package io.geopress.enrich;

import io.geopress.llm.LanguageModel;
import io.geopress.model.Article;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;

/**
 * Produces the parts of an article that its source did not bring (translation, BLUF summary, GEO title, FAQ, tags
 * and keywords), through a language model or, without one, by extraction from the text. A part an editor wrote
 * ({@link Article#locked}) is never replaced. Thread-safe: a run enriches several articles at once.
 */
public final class Enrichment {
    private final Function<Article, Enriched> steps;

    private Enrichment(Function<Article, Enriched> steps) {
        this.steps = Objects.requireNonNull(steps);
    }

    /**
     * Enrichment without a language model: a summary, keywords, tags, an FAQ and a title taken from the article's own
     * text (TextRank, HanLP keywords, headings), and every missing translation reported instead of written.
     */
    public static Enrichment offline(EnrichOptions options) {
        return new Enrichment(new OfflineEnricher(options, Clock.systemUTC()));
    }

    /** Steps given as one function: for tests of what runs enrichment, without a model. */
    static Enrichment of(Function<Article, Enriched> steps) {
        return new Enrichment(steps);
    }

    /**
     * Enrichment through a chat model: translation of every block that lacks a language, the GEO title, the BLUF
     * summary, a grounded FAQ, tags and keywords. Each request goes through {@code cache}; a step that fails is
     * reported in {@link Enriched#problems()} and leaves its part as it was.
     *
     * @throws io.geopress.llm.LlmException from {@link #enrich} when the model cannot be reached
     */
    public static Enrichment withModel(LanguageModel model, EnrichOptions options, ResponseCache cache) {
        return new Enrichment(new ModelEnricher(model, options, cache, new Grounding(), Clock.systemUTC()));
    }

    public Enriched enrich(Article article) {
        return steps.apply(article);
    }
}
