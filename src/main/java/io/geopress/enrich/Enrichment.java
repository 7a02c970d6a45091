package io.geopress.enrich;

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

    public Enriched enrich(Article article) {
        return steps.apply(article);
    }
}
