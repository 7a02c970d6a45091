package io.geopress.enrich;

import io.geopress.model.Article;
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

    public Enriched enrich(Article article) {
        return steps.apply(article);
    }
}
