package io.geopress.measure.retrieve;

import io.geopress.config.SiteConfig;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a hybrid retrieval reads and how.
 *
 * @param site the site folder, whose store holds our articles
 * @param config the site's settings: its name (the site of our sources) and base URL (their addresses)
 * @param competitors a folder or JSON Lines file of other sites' articles, imported into the competitor store
 *     ({@link HybridRetrieval#COMPETITOR_STORE}) and retrieved beside ours; null for ours alone
 * @param published only the published revision of our articles (the live site); otherwise each at its latest revision,
 *     drafts and new revisions included
 * @param budget the most characters of passages a source gives the answerer
 * @param candidates how many passages BM25 proposes for a query, which are embedded (when not yet) and ranked by
 *     meaning too
 * @param embedAhead embed every passage when opening (those not embedded before), and rank all of them by meaning
 *     for each query: for a small corpus
 */
public record RetrievalSettings(Path site, SiteConfig config, Path competitors, boolean published, int budget,
        int candidates, boolean embedAhead) {
    public static final int DEFAULT_BUDGET = 1_500;
    public static final int DEFAULT_CANDIDATES = 50;

    public RetrievalSettings {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(config, "config");
        if (budget < 1) throw new IllegalArgumentException("budget must be at least 1 character: " + budget);
        if (candidates < 1) throw new IllegalArgumentException("candidates must be at least 1: " + candidates);
    }

    /** Our articles at their latest revision, no competitors, the default budget and candidates, embedding on demand. */
    public RetrievalSettings(Path site, SiteConfig config) {
        this(site, config, null, false, DEFAULT_BUDGET, DEFAULT_CANDIDATES, false);
    }

    public RetrievalSettings withCompetitors(Path corpus) {
        return new RetrievalSettings(site, config, corpus, published, budget, candidates, embedAhead);
    }

    public RetrievalSettings withPublished(boolean live) {
        return new RetrievalSettings(site, config, competitors, live, budget, candidates, embedAhead);
    }

    public RetrievalSettings withEmbedAhead(boolean ahead) {
        return new RetrievalSettings(site, config, competitors, published, budget, candidates, ahead);
    }
}
