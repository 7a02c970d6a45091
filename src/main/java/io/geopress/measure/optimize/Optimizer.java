package io.geopress.measure.optimize;

import io.geopress.enrich.EnrichOptions;
import io.geopress.enrich.Enriched;
import io.geopress.enrich.Enrichment;
import io.geopress.enrich.ModelCalls;
import io.geopress.enrich.ResponseCache;
import io.geopress.llm.LanguageModel;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Faq;
import io.geopress.model.Field;
import io.geopress.model.GeopressException;
import io.geopress.model.Lang;
import io.geopress.model.Provenance;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * GEO optimisation of articles, grounded: the GEO paper's rewrite methods ({@link Method}) in the article's own
 * language, through a language model or, for the methods that allow it, by extraction; and query panels, the
 * questions a person would ask an assistant about an article. A rewrite that invents a figure, a quotation or an
 * address, or stuffs a keyword, is refused and reported; a part an editor wrote is never touched; a block whose text
 * changes is translated again (with a model, checked as enrich checks translations) or flagged untranslated. The
 * caller saves the result as a new revision: nothing here publishes. Thread-safe.
 */
public final class Optimizer {
    private static final String OFFLINE = "offline";

    private final LanguageModel model;
    private final EnrichOptions options;
    private final ResponseCache cache;
    private final Clock clock;

    private Optimizer(LanguageModel model, EnrichOptions options, ResponseCache cache, Clock clock) {
        this.model = model;
        this.options = options;
        this.cache = cache;
        this.clock = clock;
    }

    /** Optimisation by extraction only: {@link Method#offline() structure, faq and bluf}; offline query panels. */
    public static Optimizer offline(EnrichOptions options) {
        return new Optimizer(null, options, ResponseCache.NONE, Clock.systemUTC());
    }

    /**
     * Optimisation through a chat model, each request through {@code cache} within the options' token budget per
     * article.
     *
     * @throws io.geopress.llm.LlmException from {@link #optimize} and {@link #queries} when the model cannot be reached
     */
    public static Optimizer withModel(LanguageModel model, EnrichOptions options, ResponseCache cache) {
        return new Optimizer(model, options, cache, Clock.systemUTC());
    }

    /** A method that needs a model, asked of an optimiser without one. */
    public static final class NeedsModel extends GeopressException {
        NeedsModel(Method method) {
            super("optimize --method " + method.code() + " needs a language model (configure llm in geopress.yml); "
                    + "offline, only structure, faq and bluf work");
        }
    }

    /** The check a caller makes before a run: {@code method} works with this optimiser. */
    public void check(Method method) {
        if (model == null && !method.offline()) throw new NeedsModel(method);
    }

    /** The article rewritten by {@code method}, with what was refused or failed. */
    public Optimized optimize(Article article, Method method) {
        check(method);
        ModelCalls calls = model == null ? null : ModelCalls.of(model, options, cache);
        List<String> problems = new ArrayList<>();
        Lang lang = sourceLang(article);
        Article out = switch (method) {
            case FAQ -> faq(article, lang, calls, problems);
            case BLUF -> bluf(article, lang, calls, problems);
            default -> body(article, lang, method, calls, problems);
        };
        return new Optimized(out, problems, calls == null ? Enriched.Usage.NONE : calls.usage());
    }

    /** The questions a person would ask an assistant about {@code article}, in both languages, ids from {@code slug}. */
    public QueryPanel queries(String slug, Article article) {
        List<String> problems = new ArrayList<>();
        ModelCalls calls = model == null ? null : ModelCalls.of(model, options, cache);
        Map<Lang, List<String>> asked = calls == null ? Questions.offline(article)
                : Questions.ask(article, sourceLang(article), calls, problems).orElse(Map.of());
        List<Query> queries = new ArrayList<>();
        for (Lang lang : List.of(Lang.ZH, Lang.EN)) {
            List<String> questions = asked.getOrDefault(lang, List.of());
            if (questions.isEmpty() && calls == null) {
                problems.add("queries: no " + (lang == Lang.ZH ? "Chinese" : "English") + " text to draw questions from");
            }
            for (int i = 0; i < questions.size(); i++) {
                queries.add(new Query(slug + "-" + lang.code() + "-" + (i + 1), questions.get(i), lang, slug));
            }
        }
        return new QueryPanel(queries, problems, calls == null ? Enriched.Usage.NONE : calls.usage());
    }

    /**
     * The language the article was written in: Chinese when most blocks have Chinese that no model translated (as
     * enrich decides, Chinese when both are the source's), else English.
     */
    static Lang sourceLang(Article article) {
        long zh = article.body().stream().filter(b -> b.text().has(Lang.ZH) && b.machineTranslated() != Lang.ZH).count();
        return zh * 2 >= article.body().size() && zh > 0 ? Lang.ZH : Lang.EN;
    }

    private Article body(Article article, Lang lang, Method method, ModelCalls calls, List<String> problems) {
        if (article.locked(Field.BODY)) {
            problems.add(method.code() + ": the body was written by an editor; left as it is");
            return article;
        }
        List<Rewrite> rewrites;
        Provenance by;
        if (calls == null) {
            rewrites = Restructure.of(article, lang);
            by = new Provenance(OFFLINE, "optimize structure v1", clock.instant(), true);
        } else {
            Optional<List<Rewrite>> asked = ModelRewrite.ask(article, lang, method, calls, options.maxReplyTokens(), problems);
            if (asked.isEmpty()) return article;
            rewrites = asked.get();
            by = calls.by(ModelRewrite.PROMPT, ModelRewrite.VERSION);
        }
        Article edited = BodyEdit.apply(article, lang, method, rewrites, by, problems);
        return calls == null || edited == article ? edited : calls.translate(edited, problems);
    }

    private Article faq(Article article, Lang lang, ModelCalls calls, List<String> problems) {
        if (article.locked(Field.FAQ)) {
            problems.add("faq: the FAQ was written by an editor; left as it is");
            return article;
        }
        Article made = written(article.withFaq(List.of(), null), calls, "faq", (a, p) -> calls.faq(a, "faq-geo", 1, p), problems);
        if (made.faq().isEmpty()) return article;
        Evidence evidence = Evidence.of(article);
        List<Faq> kept = new ArrayList<>();
        for (int q = 0; q < made.faq().size(); q++) {
            Faq faq = made.faq().get(q);
            Optional<String> refusal = refusal(List.of(faq.question(), faq.answer()), article, evidence);
            if (refusal.isPresent()) problems.add("faq: question " + (q + 1) + " (\"" + faq.question().in(lang) + "\") refused: " + refusal.get());
            else kept.add(faq);
        }
        if (kept.isEmpty() || kept.equals(article.faq())) return article;
        return article.withFaq(kept, made.provenance().get(Field.FAQ));
    }

    private Article bluf(Article article, Lang lang, ModelCalls calls, List<String> problems) {
        if (article.locked(Field.SUMMARY)) {
            problems.add("bluf: the summary was written by an editor; left as it is");
            return article;
        }
        Article made = written(article.withSummary(Bilingual.EMPTY, null), calls, "summary",
                (a, p) -> calls.summary(a, "summary-geo", 1, p), problems);
        if (made.summary().isEmpty() || made.summary().equals(article.summary())) return article;
        Optional<String> refusal = refusal(List.of(made.summary()), article, Evidence.of(article));
        if (refusal.isPresent()) {
            problems.add("bluf: the summary refused: " + refusal.get());
            return article;
        }
        return article.withSummary(made.summary(), made.provenance().get(Field.SUMMARY));
    }

    /**
     * The article with a part written anew from empty (so that enrichment's step writes it whoever wrote it before):
     * by the model step given, or offline by enrichment's extraction, keeping only that step's problems.
     */
    private Article written(Article cleared, ModelCalls calls, String step, BiFunction<Article, List<String>, Article> withModel,
            List<String> problems) {
        if (calls != null) return withModel.apply(cleared, problems);
        Enriched e = Enrichment.offline(options).enrich(cleared);
        e.problems().stream().filter(p -> p.startsWith(step + ":")).forEach(problems::add);
        return e.article();
    }

    /** Why texts written for {@code article} may not be used: an invented item, or a stuffed term against its body. */
    private static Optional<String> refusal(List<Bilingual> texts, Article article, Evidence evidence) {
        for (Bilingual text : texts) {
            Optional<String> invented = evidence.invented(text);
            if (invented.isPresent()) return Optional.of("invents " + invented.get());
            for (Lang l : Lang.values()) {
                if (!text.has(l)) continue;
                String body = article.body().stream().map(b -> b.text().get(l)).collect(Collectors.joining(l == Lang.ZH ? "" : " "));
                Optional<String> stuffed = Stuffing.of(text.get(l), body, l);
                if (stuffed.isPresent()) return stuffed;
            }
        }
        return Optional.empty();
    }
}
