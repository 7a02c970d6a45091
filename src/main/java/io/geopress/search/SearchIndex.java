package io.geopress.search;

import io.geopress.model.GeopressException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;

/**
 * Full-text search over the published articles with a Lucene index: Chinese text is segmented into words
 * (HanLP), English is stemmed, and a query is run against both, so either language finds an article.
 */
public final class SearchIndex implements AutoCloseable {
    /** What the index holds of one article. */
    public record Entry(String slug, String url, String title, String zh, String en) {}

    /** One ranked result; {@code snippet} is HTML, the query's words in {@code <mark>}. */
    public record Hit(String url, String title, String snippet, float score) {}

    /**
     * Searched text keeps no word positions: queries are never phrases (the query text is escaped, so quotes are
     * words), and snippets are found by analysing the stored text again. Positions would make indexing slower, and
     * Lucene takes the index's term counts (CountingTokenizer) only for a field without them.
     */
    private static final FieldType WORDS = words(false);
    private static final FieldType STORED_WORDS = words(true);
    private static final String[] FIELDS = {"title_zh", "title_en", "zh", "en"};
    private static final Map<String, Float> BOOSTS = Map.of("title_zh", 3f, "title_en", 3f, "zh", 1f, "en", 1f);
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
    private final IndexSearcher searcher;

    private SearchIndex(DirectoryReader reader) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    private static FieldType words(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setStored(stored);
        type.freeze();
        return type;
    }

    /** The analyzer of queries and snippets: the words of a text one by one, with their offsets. */
    static Analyzer analyzer() {
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
        return open(dir, IndexWriterConfig.OpenMode.CREATE);
    }

    /**
     * The index in {@code dir}, to change: entries added replace those of the same slug. Lucene never rewrites a
     * file, so {@code dir} may hold hard links to another build's index without changing it.
     */
    public static Writer updater(Path dir) {
        return open(dir, IndexWriterConfig.OpenMode.APPEND);
    }

    private static Writer open(Path dir, IndexWriterConfig.OpenMode mode) {
        try {
            // a build writes the whole index at once: a large buffer saves flushes and merges
            TieredMergePolicy merges = new TieredMergePolicy();
            merges.setNoCFSRatio(0); // packing files into a compound file would write every segment twice
            IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer()).setOpenMode(mode).setRAMBufferSizeMB(256)
                    .setUseCompoundFile(false).setMergePolicy(merges).setCodec(new SearchCodec());
            Directory directory = unsynced(FSDirectory.open(dir));
            return new Writer(directory, new IndexWriter(directory, config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A build's index is written like its pages: not forced to disk file by file (Lucene's commit otherwise syncs
     * every file it wrote), since a build that does not finish is thrown away whole.
     */
    private static Directory unsynced(FSDirectory directory) {
        return new FilterDirectory(directory) {
            @Override
            public void sync(Collection<String> names) {}

            @Override
            public void syncMetaData() {}
        };
    }

    /**
     * Makes HanLP load its dictionaries, and Lucene's indexing code run once, now in the calling thread rather than
     * at the first article indexed: an index in memory takes one small entry.
     */
    public static void warmUp() {
        try {
            Directory memory = new ByteBuffersDirectory();
            try (Writer writer = new Writer(memory, new IndexWriter(memory, new IndexWriterConfig(indexAnalyzer()).setCodec(new SearchCodec())))) {
                writer.add(new Entry("warm-up", "/", "预热 Warm-up", "预先加载中文分词词典。", "The dictionaries load first."));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds articles to an index being written; thread-safe, as Lucene's IndexWriter is. */
    public static final class Writer implements AutoCloseable {
        private final Directory directory;
        private final IndexWriter writer;

        private Writer(Directory directory, IndexWriter writer) {
            this.directory = directory;
            this.writer = writer;
        }

        public void add(Entry e) {
            Document doc = new Document();
            // the slug identifies the document (updateDocument makes re-indexing repeatable); not searched
            doc.add(new StringField("slug", e.slug(), Field.Store.YES));
            doc.add(new StoredField("url", e.url()));
            doc.add(new StoredField("title", e.title()));
            doc.add(new Field("title_zh", e.title(), WORDS));
            doc.add(new Field("title_en", e.title(), WORDS));
            doc.add(new Field("zh", e.zh(), STORED_WORDS));
            doc.add(new Field("en", e.en(), STORED_WORDS));
            try {
                writer.updateDocument(new Term("slug", e.slug()), doc);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        /** Removes the article {@code slug} from the index. */
        public void remove(String slug) {
            try {
                writer.deleteDocuments(new Term("slug", slug));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        @Override
        public void close() {
            try (directory; writer) {
                flushSideBySide();
                writer.commit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Writes out the documents the build's two threads buffered, each buffer on a thread of its own: commit would
         * write them one after the other, while the rest of the build has finished and a core has nothing to do.
         */
        private void flushSideBySide() throws IOException {
            Future<Boolean> other = ForkJoinPool.commonPool().submit(writer::flushNextBuffer);
            writer.flushNextBuffer();
            try {
                other.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) throw io;
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }

    public static SearchIndex open(Path dir) {
        try {
            return new SearchIndex(DirectoryReader.open(FSDirectory.open(dir)));
        } catch (IOException e) {
            throw new GeopressException(dir + ": no search index (build the site first): " + e.getMessage(), e);
        }
    }

    /** The best {@code limit} matches of {@code text}, in either language. */
    public List<Hit> search(String text, int limit) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) return List.of();
        Analyzer analyzer = analyzer();
        Query query;
        try {
            MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer, BOOSTS);
            parser.setDefaultOperator(QueryParser.Operator.OR);
            query = parser.parse(QueryParser.escape(q));
        } catch (ParseException e) {
            return List.of();
        }
        try {
            List<Hit> hits = new ArrayList<>();
            QueryScorer scorer = new QueryScorer(query);
            Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
            highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, 120));
            for (ScoreDoc sd : searcher.search(query, limit).scoreDocs) {
                Document doc = searcher.storedFields().document(sd.doc);
                String snippet = snippet(highlighter, analyzer, "zh", doc.get("zh"));
                if (snippet == null) snippet = snippet(highlighter, analyzer, "en", doc.get("en"));
                if (snippet == null) snippet = SimpleHTMLEncoder.htmlEncode(first(doc.get("zh").isEmpty() ? doc.get("en") : doc.get("zh")));
                hits.add(new Hit(doc.get("url"), doc.get("title"), snippet, sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String snippet(Highlighter highlighter, Analyzer analyzer, String field, String text) throws IOException {
        if (text == null || text.isEmpty()) return null;
        try {
            return highlighter.getBestFragment(analyzer, field, text);
        } catch (InvalidTokenOffsetsException e) {
            return null;
        }
    }

    private static String first(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
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
