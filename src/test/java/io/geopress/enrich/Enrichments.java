package io.geopress.enrich;

import io.geopress.model.Article;
import java.util.function.Function;

/** Enrichments made from a function, for tests of what runs enrichment (the enrich command) without the steps. */
public final class Enrichments {
    private Enrichments() {}

    public static Enrichment of(Function<Article, Enriched> steps) {
        return Enrichment.of(steps);
    }
}
