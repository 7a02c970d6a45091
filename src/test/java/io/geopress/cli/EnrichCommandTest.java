package io.geopress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.enrich.EnrichOptions;
import io.geopress.enrich.Enriched;
import io.geopress.enrich.Enrichment;
import io.geopress.enrich.Enrichments;
import io.geopress.enrich.ResponseCache;
import io.geopress.llm.ChatRequest;
import io.geopress.llm.LanguageModel;
import io.geopress.llm.LlmException;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.Provenance;
import io.geopress.model.Source;
import io.geopress.store.ArticleStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code geopress enrich} through the real command line, in-process, with the enrichment's steps faked. */
class EnrichCommandTest {
    @TempDir Path dir;
    Path site;

    @BeforeEach
    void initSite() {
        site = dir.resolve("site");
        assertThat(Main.run("init", site.toString())).isZero();
    }

    @Test
    void offlineEachChangedArticleIsANewRevisionAndProblemsNameTheirArticle() {
        String trams = save("https://example.org/trams", "电车回来了。", "车站有十九座。");
        String done = save("https://example.org/done", "已经翻译。");
        ArticleStore store = store();
        store.revise(done, 1, translated(store.find(done).orElseThrow().article(), "editor")
                .withSummary(new Bilingual("已经翻译。", "Already translated."), provenance(Provenance.EDITOR)), "edit");

        Run run = enrich(offline(a -> summarizedOnly(a)), "--all");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly(trams);
        assertThat(store().history(trams)).extracting(ArticleStore.Revision::reason).containsExactly("import", "enrich: offline");
        assertThat(store().history(done)).hasSize(2);
        assertThat(run.err()).contains("enrich: " + trams + ": translate: blocks 0, 1 have no English; translation needs a language model\n")
                .contains("enrich: 1 enriched, 1 unchanged, 1 with problems (offline)")
                .contains("enrich: 2 block(s) in 1 article(s) still have no translation")
                .contains("enrich: 0 model call(s), 0 cached replies, tokens 0 in / 0 out, estimated cost no prices set (llm.prices)");

        Run again = enrich(offline(a -> summarizedOnly(a)), "--all");
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).contains("enrich: 0 enriched, 2 unchanged");
        assertThat(store().history(trams)).hasSize(2);
    }

    @Test
    void offlineIsChosenByTheFlagEvenWithAModelConfigured() throws Exception {
        configureModel(closedPort(), 2);
        String trams = save("https://example.org/trams", "电车回来了。");
        Run run = enrich(offline(a -> summarizedOnly(a)), "--offline", trams);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(store().history(trams)).extracting(ArticleStore.Revision::reason).containsExactly("import", "enrich: offline");
    }

    @Test
    void withAModelRepliesAreCachedInTheStoreAndTheRunPricedFromTheSettings() throws Exception {
        configureModel(closedPort(), 2);
        List<String> slugs = List.of(save("https://example.org/a", "甲。"), save("https://example.org/b", "乙。"),
                save("https://example.org/c", "丙。"));
        List<EnrichOptions> given = new ArrayList<>();
        BiFunction<EnrichOptions, ResponseCache, Function<Article, Enriched>> step = (options, cache) -> {
            given.add(options);
            return a -> cachedTranslation(a, cache, options.force());
        };

        Run first = enrich(model(step), "--all");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out().lines()).containsExactlyInAnyOrderElementsOf(slugs);
        assertThat(first.err()).contains("enrich: 3 enriched, 0 unchanged, 0 with problems (fake)")
                .contains("enrich: 3 model call(s), 0 cached replies, tokens 300 in / 60 out, estimated cost 0.0011");
        for (String slug : slugs) {
            assertThat(store().history(slug)).extracting(ArticleStore.Revision::reason).containsExactly("import", "enrich: fake");
        }

        Run forcedRun = enrich(model(step), "--all", "--force", "--max-tokens-per-article", "5000");
        assertThat(forcedRun.err()).contains("enrich: 0 enriched, 3 unchanged");
        assertThat(given).extracting(EnrichOptions::force).containsExactly(false, true);
        assertThat(given).extracting(EnrichOptions::maxTokensPerArticle).containsExactly(0L, 5000L);
    }

    @Test
    void aRunThatFailsMidwayResumesWithTheFinishedStepsFromTheCache() throws Exception {
        configureModel(closedPort(), 1);
        String first = save("https://example.org/a", "甲。");
        String second = save("https://example.org/b", "乙。");
        // the newest is first in line: the second article fails after its first step is done and cached
        Run crashed = enrich(model((options, cache) -> a -> {
            Enriched translated = cachedTranslation(a, cache, false);
            if (a.source().url().endsWith("/a")) throw new LlmException("model fake at 127.0.0.1:9: HTTP 500 after 4 attempts in 5.3 s");
            return translated;
        }), "--all");
        assertThat(crashed.exit()).isEqualTo(1);
        assertThat(crashed.err().lines().reduce((a, b) -> b).orElseThrow())
                .isEqualTo("geopress: error: model fake at 127.0.0.1:9: HTTP 500 after 4 attempts in 5.3 s");
        assertThat(crashed.err()).contains("enrich: stopped: 1 of 2 article(s) finished and saved; the others are as they were");
        assertThat(store().history(second)).hasSize(2);
        assertThat(store().history(first)).hasSize(1);

        Run resumed = enrich(model((options, cache) -> a -> cachedTranslation(a, cache, false)), "--all");
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.out().lines()).containsExactly(first);
        assertThat(resumed.err()).contains("enrich: 1 enriched, 1 unchanged").contains("0 model call(s), 1 cached reply,");
    }

    @Test
    void aModelThatFailsLeavesEveryUnfinishedArticleExactlyAsItWas() throws Exception {
        configureModel(closedPort(), 2);
        List<String> slugs = Stream.of("a", "b", "c", "d").map(n -> save("https://example.org/" + n, n + "。")).toList();
        Map<String, List<ArticleStore.Revision>> before = revisions(slugs);
        Run run = enrich(model((options, cache) -> a -> {
            throw new LlmException("model fake at 127.0.0.1:9: connection refused after 2 attempts in 1.0 s");
        }), "--all");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().lines().reduce((a, b) -> b).orElseThrow())
                .isEqualTo("geopress: error: model fake at 127.0.0.1:9: connection refused after 2 attempts in 1.0 s");
        assertThat(revisions(slugs)).isEqualTo(before);
        assertThat(store().reply("anything")).isEmpty();
    }

    @Test
    void anEndpointThatAnswers500ToEverythingIsGivenUpWithinTheBoundAndChangesNothing() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return new MockResponse().setResponseCode(500).setHeader("Content-Type", "application/json")
                            .setBody("{\"error\":{\"message\":\"internal error\",\"type\":\"server_error\"}}");
                }
            });
            server.start();
            configureModel(server.getPort(), 2);
            assertGivesUpAndChangesNothing(server.getPort(), "HTTP 500");
            assertThat(server.getRequestCount()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void anEndpointThatRefusesConnectionsIsGivenUpWithinTheBoundAndChangesNothing() throws Exception {
        int port = closedPort();
        configureModel(port, 2);
        assertGivesUpAndChangesNothing(port, "");
    }

    /** The real model from geopress.yml, asked once per article by a fake step. */
    private void assertGivesUpAndChangesNothing(int port, String failure) {
        List<String> slugs = Stream.of("a", "b", "c").map(n -> save("https://example.org/" + n, n + "。")).toList();
        Map<String, List<ArticleStore.Revision>> before = revisions(slugs);
        long start = System.nanoTime();
        Run run = enrich(new EnrichmentFactory() {
            @Override
            public Enrichment offline(EnrichOptions options) {
                throw new AssertionError("a model is configured");
            }

            @Override
            public Enrichment withModel(LanguageModel model, EnrichOptions options, ResponseCache cache) {
                return Enrichments.of(a -> {
                    model.chat(ChatRequest.of("Translate into English.", a.body().get(0).text().zh()));
                    return new Enriched(translated(a, model.name()), List.of(), new Enriched.Usage(1, 0, 10, 10));
                });
            }
        }, "--all");
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        assertThat(run.exit()).isEqualTo(1);
        String error = run.err().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(error).startsWith("geopress: error: model fake at 127.0.0.1:" + port + ": ").contains(failure);
        assertThat(seconds).as("seconds to give up").isLessThan(20);
        assertThat(revisions(slugs)).isEqualTo(before);
    }

    @Test
    void articlesAreEnrichedAsManyAtOnceAsTheModelAllowsAndOneAtATimeOffline() throws Exception {
        configureModel(closedPort(), 2);
        Stream.of("a", "b", "c", "d", "e", "f").forEach(n -> save("https://example.org/" + n, n + "。"));
        InFlight withModel = new InFlight();
        assertThat(enrich(model((options, cache) -> withModel.counting(a -> cachedTranslation(a, cache, false))), "--all").exit()).isZero();
        assertThat(withModel.most.get()).isEqualTo(2);
        InFlight offline = new InFlight();
        assertThat(enrich(offline(offline.counting(a -> summarizedOnly(a))), "--all", "--offline").exit()).isZero();
        assertThat(offline.most.get()).isEqualTo(1);
    }

    /** Counts the articles being enriched at once, each taking a while. */
    private static final class InFlight {
        final AtomicInteger now = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();

        Function<Article, Enriched> counting(Function<Article, Enriched> steps) {
            return a -> {
                most.accumulateAndGet(now.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(100);
                    return steps.apply(a);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                } finally {
                    now.decrementAndGet();
                }
            };
        }
    }

    @Test
    void aTokenBudgetStopsStartingArticlesOnceSpent() throws Exception {
        configureModel(closedPort(), 1);
        List<String> slugs = Stream.of("a", "b", "c").map(n -> save("https://example.org/" + n, n + "。")).toList();
        Run run = enrich(model((options, cache) -> a -> cachedTranslation(a, cache, false)), "--all", "--max-tokens", "150");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(2);
        assertThat(run.err()).contains("enrich: the token budget of 150 is spent (240 used): 1 article(s) not started; run again to go on")
                .contains("enrich: 2 enriched, 0 unchanged");
        assertThat(slugs.stream().filter(s -> store().history(s).size() == 1)).hasSize(1);
    }

    @Test
    void theCommandLineIsCheckedBeforeAnythingIsDone() {
        String trams = save("https://example.org/trams", "电车回来了。");
        Run neither = enrich(offline(a -> summarizedOnly(a)));
        assertThat(neither.exit()).isEqualTo(1);
        assertThat(neither.err().strip()).isEqualTo("geopress: error: give either slugs or --all");
        Run unknown = enrich(offline(a -> summarizedOnly(a)), trams, "no-such-article");
        assertThat(unknown.err().strip()).isEqualTo("geopress: error: no article with slug 'no-such-article'");
        assertThat(store().history(trams)).hasSize(1);
        Run bogus = enrich(offline(a -> summarizedOnly(a)), "--bogus");
        assertThat(bogus.exit()).isEqualTo(2);
        assertThat(bogus.err().strip()).isEqualTo("geopress: error: Unknown option: '--bogus' (see geopress enrich --help)");
    }

    @Test
    void theListShowsBlocksThatNeedReview() {
        String trams = save("https://example.org/trams", "电车回来了。", "车站有十九座。");
        ArticleStore store = store();
        Article a = store.find(trams).orElseThrow().article();
        Block flagged = translated(a, "fake").body().get(1).withFlag(BlockFlag.NEEDS_REVIEW);
        store.revise(trams, 1, a.withBody(List.of(a.body().get(0), flagged), provenance("fake")), "enrich: fake");
        CommandLine cli = Main.commandLine(CommandLine.defaultFactory());
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream old = System.out; // list prints to System.out, as the other commands do
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(cli.execute("list", "--site", site.toString())).isZero();
            assertThat(cli.execute("list", "--site", site.toString(), "--json")).isZero();
        } finally {
            System.setOut(old);
        }
        String listed = captured.toString(StandardCharsets.UTF_8);
        assertThat(listed).contains(trams + "  电车回来了。  (1 untranslated, 1 to review)").contains("\"needs_review_blocks\":1");
    }

    // ---- fakes and helpers

    private record Run(int exit, String out, String err) {}

    private Run enrich(EnrichmentFactory steps, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == EnrichCommand.class ? cls.cast(new EnrichCommand(steps)) : CommandLine.defaultFactory().create(cls);
            }
        });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = Stream.concat(Stream.of("enrich", "--site", site.toString()), Stream.of(args)).toArray(String[]::new);
        int code = cli.execute(all);
        return new Run(code, out.toString(), err.toString());
    }

    private static EnrichmentFactory offline(Function<Article, Enriched> steps) {
        return new EnrichmentFactory() {
            @Override
            public Enrichment offline(EnrichOptions options) {
                return Enrichments.of(steps);
            }

            @Override
            public Enrichment withModel(LanguageModel model, EnrichOptions options, ResponseCache cache) {
                throw new AssertionError("offline was asked for");
            }
        };
    }

    private static EnrichmentFactory model(BiFunction<EnrichOptions, ResponseCache, Function<Article, Enriched>> steps) {
        return new EnrichmentFactory() {
            @Override
            public Enrichment offline(EnrichOptions options) {
                throw new AssertionError("a model is configured");
            }

            @Override
            public Enrichment withModel(LanguageModel model, EnrichOptions options, ResponseCache cache) {
                assertThat(model.name()).isEqualTo("fake");
                return Enrichments.of(steps.apply(options, cache));
            }
        };
    }

    /** What offline enrichment does, roughly: a summary from the text; untranslated blocks reported, not translated. */
    private static Enriched summarizedOnly(Article a) {
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < a.body().size(); i++) if (a.body().get(i).has(BlockFlag.UNTRANSLATED)) missing.add(i);
        Article summarized = a.summary().isEmpty() ? a.withSummary(new Bilingual(a.body().get(0).text().zh(), ""), provenance("offline")) : a;
        List<String> problems = missing.isEmpty() ? List.of() : List.of("translate: blocks " + String.join(", ",
                missing.stream().map(String::valueOf).toList()) + " have no English; translation needs a language model");
        return new Enriched(summarized, problems, Enriched.Usage.NONE);
    }

    /** One model step per article, its reply kept in the cache: 100 tokens in, 20 out when asked. */
    private static Enriched cachedTranslation(Article a, ResponseCache cache, boolean force) {
        if (a.body().stream().noneMatch(b -> b.has(BlockFlag.UNTRANSLATED))) return new Enriched(a, List.of(), Enriched.Usage.NONE);
        String key = "translate/v1/fake/" + a.source().url();
        boolean cached = !force && cache.get(key).isPresent();
        if (!cached) cache.put(key, "EN");
        return new Enriched(translated(a, "fake"), List.of(), cached ? new Enriched.Usage(0, 1, 0, 0) : new Enriched.Usage(1, 0, 100, 20));
    }

    private static Article translated(Article a, String agent) {
        List<Block> blocks = a.body().stream().map(b -> {
            if (!b.has(BlockFlag.UNTRANSLATED)) return b;
            EnumSet<BlockFlag> flags = EnumSet.of(BlockFlag.MACHINE_TRANSLATED_EN);
            return new Block(b.kind(), b.level(), b.ordered(), new Bilingual(b.text().zh(), "EN " + b.text().zh()), flags);
        }).toList();
        return blocks.equals(a.body()) ? a : a.withTranslation(blocks, provenance(agent));
    }

    private static Provenance provenance(String agent) {
        return new Provenance(agent, "test", Instant.parse("2026-05-01T02:00:00Z"), !agent.equals(Provenance.EDITOR));
    }

    private String save(String url, String... paragraphs) {
        List<Block> body = Stream.of(paragraphs).map(p -> Block.paragraph(new Bilingual(p, "")).withFlag(BlockFlag.UNTRANSLATED)).toList();
        Article article = new Article(new Bilingual(paragraphs[0], ""), Bilingual.EMPTY, null,
                new Source(new Bilingual("晨报", ""), url, null, Bilingual.EMPTY), body, null, null, null, null, false, null, null);
        return store().save(List.of(new ArticleStore.Draft(article, "import"))).get(0).slug();
    }

    private ArticleStore store() {
        return ArticleStore.openSqlite(site.resolve("geopress.db"), ZoneId.of("Asia/Shanghai"), Clock.systemUTC());
    }

    private Map<String, List<ArticleStore.Revision>> revisions(List<String> slugs) {
        Map<String, List<ArticleStore.Revision>> all = new LinkedHashMap<>();
        ArticleStore store = store();
        for (String slug : slugs) all.put(slug, store.history(slug));
        return all;
    }

    /** An llm section naming a model at a local port, giving up after 2 s. */
    private void configureModel(int port, int concurrency) throws Exception {
        Files.writeString(site.resolve("geopress.yml"), "llm:\n  base_url: http://127.0.0.1:" + port + "/v1\n  model: fake\n"
                + "  timeout: 1\n  max_retries: 1\n  give_up_after: 2\n  concurrency: " + concurrency + "\n"
                + "  prices: {input: 2, output: 8}\n", StandardOpenOption.APPEND);
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
