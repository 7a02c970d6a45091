package io.geopress.measure.retrieve;

import io.geopress.model.GeopressException;
import io.geopress.model.Lang;
import io.geopress.model.Progress;
import io.geopress.store.ArticleStore;
import io.geopress.text.Script;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Retrieval over our articles and the competitors', hybrid: Lucene BM25 proposes passages, bge-small-zh ranks them by
 * meaning, and the two rankings are fused by reciprocal rank fusion (k = 60); articles rank by their best passage.
 * A query reads passages in its own language only. Embeddings are kept in the site's store by passage hash (a vector
 * under a hash, no text: the competitors' articles stay in their own store), so a passage is embedded once: by
 * default when a query first has it among its candidates, or all when opening with {@code embedAhead}. Not for use by
 * several threads at once.
 */
public final class HybridRetrieval implements Retrieval {
    /** The competitor store, under the site folder: never the site's own store. */
    public static final String COMPETITOR_STORE = ".geopress/competitors.db";
    /** The fingerprint of the competitor corpus imported last, and the slugs its articles have in their store. */
    static final String COMPETITORS_IMPORTED = ".geopress/competitors.imported";
    /** The BM25 index of the passages last retrieved from, under the site folder. */
    public static final String PASSAGE_INDEX = ".geopress/passage-index";
    private static final String SITE_STORE = "geopress.db";

    private final RetrievalSettings settings;
    private final List<Document> documents;
    private final List<Passage> passages;
    private final Map<Lang, List<Integer>> byLang;
    private final Bm25 bm25;
    private final Vectors vectors;
    private final IndexReport report;

    private HybridRetrieval(RetrievalSettings settings, List<Document> documents, List<Passage> passages, Bm25 bm25,
            Vectors vectors, IndexReport report) {
        this.settings = settings;
        this.documents = documents;
        this.passages = passages;
        this.bm25 = bm25;
        this.vectors = vectors;
        this.report = report;
        this.byLang = new EnumMap<>(Lang.class);
        for (int i = 0; i < passages.size(); i++) byLang.computeIfAbsent(passages.get(i).lang(), l -> new ArrayList<>()).add(i);
    }

    /**
     * Reads our articles, imports the competitors (when the settings name them) into the competitor store, cuts every
     * article into passages and indexes them; with {@code embedAhead}, embeds those the site's store has no vector for yet.
     */
    public static HybridRetrieval open(RetrievalSettings settings, Progress progress) {
        long started = System.nanoTime();
        Path site = settings.site();
        ArticleStore ours = ArticleStore.openSqlite(site.resolve(SITE_STORE), settings.config().timeZone(), Clock.systemUTC());
        List<Document> documents = new ArrayList<>(OurArticles.read(ours, settings.config(), settings.published()));
        List<String> warnings = List.of();
        if (settings.competitors() != null) {
            ArticleStore theirs = competitorStore(settings);
            Competitors.Corpus corpus = Competitors.load(site, settings.config(), settings.competitors(), theirs,
                    site.resolve(COMPETITORS_IMPORTED), progress);
            documents.addAll(corpus.documents());
            warnings = corpus.warnings();
        }
        List<Passage> passages = new ArrayList<>();
        progress.start("cut articles into passages", documents.size());
        for (int d = 0; d < documents.size(); d++) {
            for (Lang lang : Lang.values()) passages.addAll(Passages.of(documents.get(d).article(), lang, d, Vectors.MODEL));
            if (d % 1000 == 999) progress.advance(d + 1);
        }
        progress.finish();
        Bm25 bm25 = Bm25.open(passages, site.resolve(PASSAGE_INDEX), progress);
        Vectors vectors = new Vectors(ours.embeddings());
        Vectors.Found found = settings.embedAhead() ? vectors.ensure(passages, progress) : new Vectors.Found(0, 0);
        IndexReport report = new IndexReport(documents.size(), passages.size(), bm25.indexed(), found.embedded(), found.reused(),
                (System.nanoTime() - started) / 1e9, warnings);
        return new HybridRetrieval(settings, List.copyOf(documents), List.copyOf(passages), bm25, vectors, report);
    }

    private static ArticleStore competitorStore(RetrievalSettings settings) {
        Path file = settings.site().resolve(COMPETITOR_STORE);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new GeopressException(file.getParent() + ": cannot make the folder of the competitor store: " + e.getMessage(), e);
        }
        return ArticleStore.openSqlite(file, settings.config().timeZone(), Clock.systemUTC());
    }

    /** What opening did, and how long it took. */
    public IndexReport indexing() {
        return report;
    }

    /** Passages embedded since opening: while opening, and by queries, whose new candidates are embedded as they come. */
    public int embedded() {
        return vectors.embedded();
    }

    @Override
    public List<RetrievedSource> top(String query, String lang, int k) {
        if (query == null || query.isBlank() || k < 1) return List.of();
        Lang language = language(query, lang);
        List<Integer> lexical = bm25.top(query, language, settings.candidates());
        List<Integer> pool = settings.embedAhead() ? byLang.getOrDefault(language, List.of()) : lexical;
        if (pool.isEmpty()) return List.of();
        vectors.ensure(pool.stream().map(passages::get).toList(), Progress.NONE);
        float[] asked = vectors.query(query);
        Map<Integer, Double> similarity = new HashMap<>();
        for (int p : pool) similarity.put(p, Vectors.cosine(asked, vectors.of(passages.get(p))));
        List<Integer> semantic = pool.stream()
                .sorted(Comparator.comparingDouble((Integer p) -> -similarity.get(p)).thenComparingInt(p -> p))
                .limit(settings.candidates()).toList();
        return Sources.of(Fusion.fused(List.of(lexical, semantic)), passages, documents, language, k, settings.budget());
    }

    /** The language a query names ({@code zh}, {@code en}, {@code zh-CN} …), else the one it is mostly written in. */
    private static Lang language(String query, String lang) {
        Lang named = lang == null ? null : Lang.ofCode(lang.strip().toLowerCase(Locale.ROOT).replaceFirst("-.*", ""));
        return named != null ? named : Script.dominant(query);
    }

    @Override
    public void close() {
        bm25.close();
    }
}
