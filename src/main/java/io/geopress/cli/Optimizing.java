package io.geopress.cli;

import io.geopress.config.ConfigFile;
import io.geopress.enrich.EnrichOptions;
import io.geopress.enrich.Enriched;
import io.geopress.llm.LanguageModel;
import io.geopress.llm.LanguageModels;
import io.geopress.llm.LlmSettings;
import io.geopress.measure.optimize.Optimizer;
import io.geopress.model.GeopressException;
import io.geopress.model.StoredArticle;
import io.geopress.store.ArticleStore;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.BiFunction;

/**
 * What optimize and queries share: the articles named, and the optimiser built as enrich builds its steps (the model
 * of geopress.yml with its retries and limits, the store as response cache, enrich's options), or offline.
 */
final class Optimizing {
    private Optimizing() {}

    static List<StoredArticle> articles(ArticleStore store, List<String> slugs) {
        return new LinkedHashSet<>(slugs).stream().map(slug -> store.find(slug)
                .orElseThrow(() -> new GeopressException("no article with slug '" + slug + "'"))).toList();
    }

    /** Runs {@code work} with the optimiser and the name of what it runs on ({@code offline} or the model's). */
    static <T> T run(SiteOption site, ArticleStore store, boolean offline, boolean force, String command, PrintWriter err,
            BiFunction<Optimizer, String, T> work) {
        LlmSettings llm = ConfigFile.readLlm(site.dir(), System.getenv());
        EnrichOptions options = ConfigFile.readEnrich(site.dir()).withForce(force);
        if (offline || llm.offline()) return work.apply(Optimizer.offline(options), "offline");
        try (LanguageModel model = LanguageModels.open(llm, notice -> {
            err.println(command + ": " + notice);
            err.flush();
        })) {
            return work.apply(Optimizer.withModel(model, options, new StoredReplies(store)), model.name());
        }
    }

    /** Whether a run with a budget of {@code maxTokens} (0: none) has spent it. */
    static boolean spent(long maxTokens, Enriched.Usage usage) {
        return maxTokens > 0 && usage.promptTokens() + usage.completionTokens() >= maxTokens;
    }

    static String usage(Enriched.Usage usage) {
        return usage.calls() + " model call(s), " + usage.cached() + " cached repl" + (usage.cached() == 1 ? "y" : "ies") + ", tokens "
                + usage.promptTokens() + " in / " + usage.completionTokens() + " out";
    }
}
