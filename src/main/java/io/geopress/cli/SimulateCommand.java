package io.geopress.cli;

import io.geopress.config.ConfigFile;
import io.geopress.config.SiteConfig;
import io.geopress.llm.LanguageModel;
import io.geopress.llm.LanguageModels;
import io.geopress.llm.LlmSettings;
import io.geopress.measure.engine.Answerer;
import io.geopress.measure.engine.Comparison;
import io.geopress.measure.engine.ModelOptions;
import io.geopress.measure.engine.Query;
import io.geopress.measure.engine.QueryFile;
import io.geopress.measure.engine.Run;
import io.geopress.measure.engine.RunStore;
import io.geopress.measure.engine.RunSummary;
import io.geopress.measure.engine.Simulator;
import io.geopress.measure.report.HtmlReport;
import io.geopress.measure.report.JsonLines;
import io.geopress.measure.report.TextTable;
import io.geopress.measure.retrieve.HybridRetrieval;
import io.geopress.measure.retrieve.RetrievalSettings;
import io.geopress.model.GeopressException;
import io.geopress.store.ArticleStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code geopress simulate}: a local generative engine asks each query of a panel, over our articles (their latest
 * revisions by default) and a competitor corpus, and scores whose sources its answers cite (PAWC, word share); each
 * run is stored and its id printed last. {@code --compare A B} compares two stored runs query by query.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Ask a panel of queries of a local generative engine over our articles and competitors', and score "
                + "the citations of its answers (PAWC, word share); or compare two stored runs.")
final class SimulateCommand implements Callable<Integer> {
    @Mixin SiteOption site;

    @Spec CommandSpec spec;

    @Option(names = "--queries", paramLabel = "FILE", description = "JSON Lines: {\"id\", \"query\", \"lang\"?, \"target\"?} a line.")
    Path queries;

    @Option(names = "--competitors", paramLabel = "PATH",
            description = "A folder or JSON Lines file of other sites' articles, each with a source_url naming its site; "
                    + "kept in a store of their own, never the site's.")
    Path competitors;

    @Option(names = "--engine", paramLabel = "offline|model", defaultValue = "offline",
            description = "offline: an extractive answerer, deterministic (default); model: the model of geopress.yml "
                    + "with the GEO paper's answer prompt.")
    String engine;

    @Option(names = "--samples", paramLabel = "N", description = "Answers per query (default: 5 with a model, 1 offline).")
    Integer samples;

    @Option(names = "--k", paramLabel = "K", defaultValue = "5", description = "Sources per answer (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--published", description = "Retrieve our articles as published (the live site), not at their latest revision.")
    boolean published;

    @Option(names = "--embed-ahead", description = "Embed every passage before the first query (for small corpora); "
            + "otherwise only BM25's candidates are embedded, once each.")
    boolean embedAhead;

    @Option(names = "--max-tokens", paramLabel = "N", defaultValue = "0",
            description = "Stop the run once the model has used this many tokens (0: no limit).")
    long maxTokens;

    @Option(names = "--json", description = "One JSON object a query, then a summary object.")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a report a person reads, with charts.")
    Path html;

    @Option(names = "--compare", arity = "2", paramLabel = "RUN", description = "Compare two stored runs (before, after).")
    List<Long> compare;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SiteConfig config = site.config();
        Path database = site.dir().resolve(SiteOption.DATABASE);
        if (compare != null) return compare(RunStore.open(database, Clock.systemUTC()), out);
        if (queries == null) throw new ParameterException(spec.commandLine(), "give --queries FILE, or --compare RUN_A RUN_B");
        if (!engine.equals("offline") && !engine.equals("model")) {
            throw new ParameterException(spec.commandLine(), "--engine " + engine + ": offline or model");
        }
        if (k < 1) throw new ParameterException(spec.commandLine(), "--k must be at least 1: " + k);
        if (samples != null && samples < 1) throw new ParameterException(spec.commandLine(), "--samples must be at least 1: " + samples);
        if (maxTokens < 0) throw new ParameterException(spec.commandLine(), "--max-tokens must be 0 (no limit) or more: " + maxTokens);
        List<Query> panel = QueryFile.read(queries);
        RetrievalSettings settings = new RetrievalSettings(site.dir(), config).withPublished(published).withEmbedAhead(embedAhead);
        if (competitors != null) settings = settings.withCompetitors(competitors);
        ArticleStore store = site.store(config); // opening migrates the site's store before retrieval and runs read it
        try (HybridRetrieval retrieval = HybridRetrieval.open(settings, new ConsoleProgress())) {
            var indexing = retrieval.indexing();
            indexing.warnings().forEach(w -> err.println("warning: " + Terminal.line(w)));
            err.printf("indexed %d article(s), %d passage(s): %d embedded now, %d reused (%.1f s)%n", indexing.articles(),
                    indexing.passages(), indexing.embedded(), indexing.reused(), indexing.seconds());
            Run run = engine.equals("model") ? withModel(store, retrieval, panel, err) : ask(Answerer.extractive(), retrieval, panel, 1);
            err.printf("%d passage(s) embedded while asking%n", retrieval.embedded() - indexing.embedded());
            return report(RunStore.open(database, Clock.systemUTC()).save(run), out);
        }
    }

    private Run withModel(ArticleStore store, HybridRetrieval retrieval, List<Query> panel, PrintWriter err) {
        LlmSettings llm = ConfigFile.readLlm(site.dir(), System.getenv());
        if (llm.offline()) throw new GeopressException("--engine model: geopress.yml configures no model (llm: provider); use --engine offline");
        try (LanguageModel model = LanguageModels.open(llm, notice -> err.println("simulate: " + Terminal.line(notice)))) {
            ModelOptions options = new ModelOptions(ModelOptions.DEFAULT.temperature(), ModelOptions.DEFAULT.maxReplyTokens(), maxTokens);
            Answerer answerer = Answerer.withModel(model, options, new StoredReplies(store),
                    notice -> err.println("simulate: " + Terminal.line(notice)));
            return ask(answerer, retrieval, panel, 5);
        }
    }

    private Run ask(Answerer answerer, HybridRetrieval retrieval, List<Query> panel, int defaultSamples) {
        Simulator simulator = new Simulator(retrieval, answerer, k, samples == null ? defaultSamples : samples, Clock.systemUTC());
        ConsoleProgress progress = new ConsoleProgress();
        progress.start("asking", panel.size());
        int[] done = {0};
        Run run = simulator.run(panel, result -> progress.advance(++done[0]));
        progress.finish();
        return run;
    }

    private int report(Run run, PrintWriter out) {
        RunSummary summary = RunSummary.of(run);
        if (json) JsonLines.run(run, summary, out);
        else TextTable.run(run, summary, out);
        if (html != null) AtomicFile.write(html, HtmlReport.run(run, summary), "the report");
        out.println("run " + run.id());
        out.flush();
        return 0;
    }

    private int compare(RunStore runs, PrintWriter out) {
        Comparison comparison = Comparison.of(runs.load(compare.get(0)), runs.load(compare.get(1)));
        if (json) JsonLines.comparison(comparison, out);
        else TextTable.comparison(comparison, out);
        if (html != null) AtomicFile.write(html, HtmlReport.comparison(comparison), "the report");
        out.flush();
        return 0;
    }
}
