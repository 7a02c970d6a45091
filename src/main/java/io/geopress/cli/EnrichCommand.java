package io.geopress.cli;

import io.geopress.config.ConfigFile;
import io.geopress.config.SiteConfig;
import io.geopress.enrich.EnrichOptions;
import io.geopress.enrich.Enriched;
import io.geopress.enrich.Enrichment;
import io.geopress.llm.LanguageModel;
import io.geopress.llm.LanguageModels;
import io.geopress.llm.LlmSettings;
import io.geopress.model.BlockFlag;
import io.geopress.model.GeopressException;
import io.geopress.model.Progress;
import io.geopress.model.StoredArticle;
import io.geopress.store.ArticleStore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Enriches articles and saves each as a new revision as soon as it is done, so that a crash loses at most the
 * articles in flight; their finished steps come from the response cache (kept in the store) on the next run.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Produce what articles lack (translation, BLUF summary, question title, FAQ, tags, keywords) "
                + "through the language model in geopress.yml, or offline by extraction; prints the slug of each "
                + "article that got a new revision.")
final class EnrichCommand implements Callable<Integer> {
    @Mixin SiteOption site;

    @Parameters(paramLabel = "SLUG", arity = "0..*", description = "Articles to enrich (their latest revision).")
    List<String> slugs = List.of();

    @Option(names = "--all", description = "Enrich every article.")
    boolean all;

    @Option(names = "--force", description = "Ask the model again even where the response cache holds a reply.")
    boolean force;

    @Option(names = "--offline", description = "Use no model: extractive summary, keywords and FAQ; no translation.")
    boolean offline;

    @Mixin RunTokenBudget budget;
    private long maxTokens;

    @Option(names = "--max-tokens-per-article", paramLabel = "N",
            description = "The most tokens one article may use (prompt and reply; default: no limit).")
    long maxTokensPerArticle;

    @Spec CommandSpec spec;

    private final EnrichmentFactory steps;

    EnrichCommand() {
        this(EnrichmentFactory.STEPS);
    }

    EnrichCommand(EnrichmentFactory steps) {
        this.steps = steps;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (all == !slugs.isEmpty()) throw new IllegalArgumentException("give either slugs or --all");
        maxTokens = budget.tokens();
        if (maxTokensPerArticle < 0) throw new IllegalArgumentException("--max-tokens-per-article must be at least 0");
        SiteConfig config = site.config();
        LlmSettings llm = ConfigFile.readLlm(site.dir(), System.getenv());
        ArticleStore store = site.store(config);
        List<StoredArticle> articles = all ? store.list()
                : new LinkedHashSet<>(slugs).stream().map(slug -> store.find(slug)
                        .orElseThrow(() -> new GeopressException("no article with slug '" + slug + "'"))).toList();
        EnrichOptions d = ConfigFile.readEnrich(site.dir());
        EnrichOptions options = new EnrichOptions(d.summaryWords(), d.summaryHanzi(), d.glossary(), maxTokensPerArticle, force,
                d.maxReplyTokens());
        PrintWriter err = spec.commandLine().getErr();
        if (offline || llm.offline()) {
            return new Run(store, steps.offline(options), "offline", 1, llm.prices()).over(articles);
        }
        try (LanguageModel model = LanguageModels.open(llm, notice -> {
            err.println("enrich: " + notice);
            err.flush();
        })) {
            Enrichment enrichment = steps.withModel(model, options, new StoredReplies(store));
            return new Run(store, enrichment, model.name(), llm.limits().concurrency(), llm.prices()).over(articles);
        }
    }

    /** One run over a list of articles: at most {@code concurrency} at once, each saved when done. */
    private final class Run {
        private final ArticleStore store;
        private final Enrichment enrichment;
        private final String agent;
        private final int concurrency;
        private final LlmSettings.Prices prices;
        private final Object writer = new Object(); // SQLite: one writer at a time
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        private List<List<String>> problems;
        private int enriched;
        private int unchanged;
        private int done;
        private long untranslated;
        private int untranslatedArticles;
        private Enriched.Usage usage = Enriched.Usage.NONE;

        Run(ArticleStore store, Enrichment enrichment, String agent, int concurrency, LlmSettings.Prices prices) {
            this.store = store;
            this.enrichment = enrichment;
            this.agent = agent;
            this.concurrency = concurrency;
            this.prices = prices;
        }

        int over(List<StoredArticle> articles) throws InterruptedException {
            problems = new ArrayList<>();
            articles.forEach(a -> problems.add(List.of()));
            Progress progress = new ConsoleProgress();
            progress.start("enrich", articles.size());
            ExecutorService pool = Executors.newFixedThreadPool(concurrency);
            Semaphore slots = new Semaphore(concurrency);
            int started = 0;
            boolean budgetSpent = false;
            try {
                for (int i = 0; i < articles.size(); i++) {
                    slots.acquire();
                    if (failure.get() != null) break;
                    if (maxTokens > 0 && tokens() >= maxTokens) {
                        budgetSpent = true;
                        break;
                    }
                    int index = i;
                    try {
                        pool.execute(() -> {
                            try {
                                one(index, articles.get(index), progress);
                            } catch (RuntimeException e) {
                                if (failure.compareAndSet(null, e)) pool.shutdownNow(); // stop the others in flight
                            } finally {
                                slots.release();
                            }
                        });
                    } catch (RejectedExecutionException e) {
                        break; // a failure shut the pool down meanwhile
                    }
                    started++;
                }
            } finally {
                pool.shutdown();
                pool.awaitTermination(1, TimeUnit.DAYS);
                progress.finish();
            }
            report(articles, started, budgetSpent);
            if (failure.get() != null) throw failure.get();
            return 0;
        }

        private void one(int index, StoredArticle stored, Progress progress) {
            Enriched result = enrichment.enrich(stored.article());
            ArticleStore.Saved saved;
            synchronized (writer) {
                saved = store.revise(stored.slug(), stored.revision(), result.article(), "enrich: " + agent);
            }
            long missing = result.article().body().stream().filter(b -> b.has(BlockFlag.UNTRANSLATED)).count();
            synchronized (this) {
                usage = usage.plus(result.usage());
                if (saved.outcome() == ArticleStore.Outcome.REVISED) enriched++;
                else unchanged++;
                problems.set(index, result.problems());
                untranslated += missing;
                if (missing > 0) untranslatedArticles++;
                progress.advance(++done);
            }
            if (saved.outcome() == ArticleStore.Outcome.REVISED) {
                PrintWriter out = spec.commandLine().getOut();
                synchronized (out) {
                    out.println(stored.slug());
                    out.flush();
                }
            }
        }

        private synchronized long tokens() {
            return usage.promptTokens() + usage.completionTokens();
        }

        private synchronized void report(List<StoredArticle> articles, int started, boolean budgetSpent) {
            PrintWriter err = spec.commandLine().getErr();
            int withProblems = 0;
            for (int i = 0; i < articles.size(); i++) {
                if (!problems.get(i).isEmpty()) withProblems++;
                for (String problem : problems.get(i)) err.println("enrich: " + articles.get(i).slug() + ": " + Terminal.line(problem));
            }
            if (budgetSpent) {
                err.printf("enrich: the token budget of %d is spent (%d used): %d article(s) not started; run again to go on%n",
                        maxTokens, tokens(), articles.size() - started);
            }
            if (failure.get() != null) {
                err.printf("enrich: stopped: %d of %d article(s) finished and saved; the others are as they were%n", done,
                        articles.size());
            }
            err.printf("enrich: %d enriched, %d unchanged, %d with problems (%s)%n", enriched, unchanged, withProblems, agent);
            if (untranslated > 0) {
                err.printf("enrich: %d block(s) in %d article(s) still have no translation%n", untranslated, untranslatedArticles);
            }
            String cost = prices.equals(LlmSettings.Prices.NONE) ? "no prices set (llm.prices)"
                    : String.format(Locale.ROOT, "%.4f", prices.cost(usage.promptTokens(), usage.completionTokens()));
            err.printf("enrich: %d model call(s), %d cached repl%s, tokens %d in / %d out, estimated cost %s%n", usage.calls(),
                    usage.cached(), usage.cached() == 1 ? "y" : "ies", usage.promptTokens(), usage.completionTokens(), cost);
            err.flush();
        }
    }
}
