package io.geopress.search;

import io.geopress.model.Bilingual;
import io.geopress.model.GeopressException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Full-text search over the published articles with a Lucene index: Chinese text is segmented into words
 * (HanLP), English is stemmed, and a query is run against both, so either language finds an article.
 */
public final class SearchIndex implements AutoCloseable {
    /** What the index holds of one article. */
    public record Entry(String slug, String url, String title, String zh, String en) {}

    /** One ranked result; {@code snippet} is HTML, the query's words in {@code <mark>}. */
    public record Hit(String url, String title, String snippet, float score) {}

    /** Adds articles to an index being written; thread-safe, as Lucene's IndexWriter is. */
    public interface Writer extends AutoCloseable {
        void add(Entry entry);

        /** Removes the article {@code slug} from the index. */
        void remove(String slug);

        /** Writes out what was added and removed. */
        @Override
        void close();
    }

    /** The longest query searched, in characters; a longer one is refused. */
    public static final int MAX_QUERY_CHARACTERS = 1_000;
    /**
     * The most words searched, as the analyzers find them (Chinese segmented, English stop words left out); a query
     * with more is refused. Each word is looked up in four fields, and Lucene refuses a query of over 1,024 clauses.
     */
    public static final int MAX_QUERY_WORDS = 64;

    /** A query refused before it is run: longer than {@link #MAX_QUERY_CHARACTERS} or {@link #MAX_QUERY_WORDS}. */
    public static final class QueryRefused extends GeopressException {
        private final transient Bilingual reason;

        QueryRefused(Bilingual reason) {
            super(reason.en());
            this.reason = reason;
        }

        /** Why, in both languages, for the reader. */
        public Bilingual reason() {
            return reason;
        }
    }

    /** Lucene's class that initializes, and is initialized by, IndexWriter and three others (see below). */
    static final String TEST_SECRETS = "org.apache.lucene.internal.tests.TestSecrets";

    static {
        // Lucene 9's TestSecrets and the classes it initializes (IndexWriter, ConcurrentMergeScheduler, SegmentReader,
        // FilterIndexInput) initialize each other, so two threads starting on two of them at once can deadlock
        // (apache/lucene#12419); a build's warm-up and its search index did. Every use of Lucene here goes through
        // this class, whose initialization (one thread, the others wait) initializes them all first.
        try {
            Class.forName(TEST_SECRETS, true, SearchIndex.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final DirectoryReader reader;
    private final ArticleSearcher searcher;

    private SearchIndex(DirectoryReader reader) {
        this.reader = reader;
        this.searcher = new ArticleSearcher(reader);
    }

    /**
     * The analyzer of queries and snippets: the words of a text one by one, with their offsets; Chinese in the fields
     * {@code zh} and {@code title_zh}, English in any other (another index of bilingual text uses it too).
     */
    public static Analyzer analyzer() {
        return analyzer(WordTokenizer::new, words -> new PorterStemFilter(new StopFilter(words, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)));
    }

    /**
     * The analyzer of the index: each text's distinct terms with their counts, the same postings for less work; stop
     * words are dropped and stems found in one remembered lookup.
     */
    static Analyzer indexAnalyzer() {
        return analyzer(CountingTokenizer::new, words -> new RememberedTerms(words, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
    }

    /** {@code englishTerms} makes the terms of an English tokenizer's words: drops stop words and stems the others. */
    private static Analyzer analyzer(Function<Words, TextTokenizer> tokenizer, UnaryOperator<TokenStream> englishTerms) {
        Analyzer chinese = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                return new TokenStreamComponents(tokenizer.apply(new ChineseWords()));
            }
        };
        Analyzer english = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer words = tokenizer.apply(new EnglishWords());
                return new TokenStreamComponents(words, englishTerms.apply(words));
            }
        };
        return new PerFieldAnalyzerWrapper(english, Map.of("title_zh", chinese, "zh", chinese));
    }

    /** Writes a fresh index of {@code entries} into {@code dir}. */
    public static void write(Path dir, Iterable<Entry> entries) {
        try (Writer writer = writer(dir)) {
            entries.forEach(writer::add);
        }
    }

    /** A fresh index in {@code dir}, filled an entry at a time (a build adds articles as it renders them). */
    public static Writer writer(Path dir) {
        return EntryWriter.open(dir, IndexWriterConfig.OpenMode.CREATE);
    }

    /**
     * The index in {@code dir}, to change: entries added replace those of the same slug. Lucene never rewrites a
     * file, so {@code dir} may hold hard links to another build's index without changing it.
     */
    public static Writer updater(Path dir) {
        return EntryWriter.open(dir, IndexWriterConfig.OpenMode.APPEND);
    }

    /**
     * Makes HanLP load its dictionaries, and Lucene's indexing code run once, now in the calling thread rather than
     * at the first article indexed: an index in memory takes one small entry.
     */
    public static void warmUp() {
        try (Writer writer = EntryWriter.inMemory()) {
            writer.add(new Entry("warm-up", "/", "预热 Warm-up", "预先加载中文分词词典。", "The dictionaries load first."));
        }
    }

    public static SearchIndex open(Path dir) {
        try {
            return new SearchIndex(DirectoryReader.open(FSDirectory.open(dir)));
        } catch (IOException e) {
            throw new GeopressException(dir + ": no search index (build the site first): " + e.getMessage(), e);
        }
    }

    /**
     * The best {@code limit} matches of {@code text}, in either language; none for a text without a word to look for.
     *
     * @throws QueryRefused when the text is longer than the bounds
     */
    public List<Hit> search(String text, int limit) {
        return searcher.search(text, limit);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
