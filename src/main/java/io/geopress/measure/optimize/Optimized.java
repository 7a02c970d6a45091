package io.geopress.measure.optimize;

import io.geopress.enrich.Enriched;
import io.geopress.model.Article;
import java.util.List;
import java.util.Objects;

/**
 * What one optimisation made of an article.
 *
 * @param article the article with the rewrites that were grounded; equal to the input when none was
 * @param problems one line each, naming the method and the block or question: rewrites refused (what they invented
 *     or stuffed), parts left alone (an editor's), replies that could not be read, translations that failed checks
 * @param usage the model calls it took
 */
public record Optimized(Article article, List<String> problems, Enriched.Usage usage) {
    public Optimized {
        Objects.requireNonNull(article, "article");
        problems = List.copyOf(problems);
        Objects.requireNonNull(usage, "usage");
    }
}
