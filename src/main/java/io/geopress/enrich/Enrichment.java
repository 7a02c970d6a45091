package io.geopress.enrich;

import io.geopress.llm.LanguageModel;
import io.geopress.model.Article;
import io.geopress.model.GeopressException;
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

    /** Steps given as one function: for tests of what runs enrichment, without a model. */
    static Enrichment of(Function<Article, Enriched> steps) {
        return new Enrichment(steps);
    }

    // Placeholders with the signatures of the factories being built on the branches enrich-model and
    // enrich-offline, so that the enrich command compiles against them; those branches replace both.
    public static Enrichment withModel(LanguageModel model, EnrichOptions options, ResponseCache cache) {
        throw new GeopressException("enrichment through a language model is not built yet");
    }

    public static Enrichment offline(EnrichOptions options) {
        throw new GeopressException("offline enrichment is not built yet");
    }

    public Enriched enrich(Article article) {
        return steps.apply(article);
    }
}
