package io.geopress.enrich;

import io.geopress.model.Article;
import java.util.List;
import java.util.Objects;

/**
 * What enrichment made of one article.
 *
 * @param article the article with what could be produced; equal to the input when nothing changed
 * @param problems what could not be produced or was flagged for review, one line each, naming the step and the
 *     block (e.g. {@code translate: block 4 drops "31%" (retried once); flagged for review})
 * @param usage the model calls it took
 */
public record Enriched(Article article, List<String> problems, Usage usage) {
    public Enriched {
        Objects.requireNonNull(article, "article");
        problems = List.copyOf(problems);
        Objects.requireNonNull(usage, "usage");
    }

    /**
     * Model calls and tokens.
     *
     * @param calls requests sent to the model (retries of one request count once)
     * @param cached requests answered from the response cache, not sent
     */
    public record Usage(int calls, int cached, long promptTokens, long completionTokens) {
        public static final Usage NONE = new Usage(0, 0, 0, 0);

        public Usage plus(Usage other) {
            return new Usage(calls + other.calls, cached + other.cached, promptTokens + other.promptTokens,
                    completionTokens + other.completionTokens);
        }
    }
}
