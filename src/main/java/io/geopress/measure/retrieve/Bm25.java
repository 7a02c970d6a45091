package io.geopress.measure.retrieve;

import io.geopress.model.GeopressException;
import io.geopress.model.Lang;
import io.geopress.model.Progress;
import io.geopress.search.SearchIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Lucene's BM25 over the passages: Chinese segmented and English stemmed by the site search's analyzer, each passage in
 * the field of its language ({@code zh} or {@code en}), so a query only finds passages in its own. The index is kept
 * in a folder named by a fingerprint of the passages it holds (their order, languages and hashes), so a corpus that
 * did not change opens its index again instead of indexing it again, which takes most of the opening's time (24 s
 * for 20,000 bilingual articles here); another folder there is an older corpus's, and is deleted.
 */
final class Bm25 implements AutoCloseable {
    /**
     * The most distinct words of a query looked up; the rest are left out. One clause each, well under Lucene's
     * 1,024 (a query is a question, seldom a tenth of this).
     */
    static final int MAX_TERMS = 256;
    private static final String PASSAGE = "passage";
    /** Written last into a finished index's folder. */
    private static final String COMPLETE = "complete";

    private final Analyzer analyzer = SearchIndex.analyzer();
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final int indexed;

    private Bm25(Directory directory, int indexed) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.indexed = indexed;
    }

    /** The index of {@code passages} in a folder under {@code folder}: the one there when it holds them, else a new one. */
    static Bm25 open(List<Passage> passages, Path folder, Progress progress) {
        Path kept = folder.resolve(fingerprint(passages));
        try {
            int indexed = 0;
            if (!Files.exists(kept.resolve(COMPLETE))) {
                build(passages, folder, kept, progress);
                indexed = passages.size();
            }
            Bm25 index = new Bm25(FSDirectory.open(kept), indexed);
            deleteOthers(folder, kept);
            return index;
        } catch (IOException e) {
            throw new GeopressException(kept + ": cannot index the passages: " + e.getMessage(), e);
        }
    }

    /** Passages indexed by this opening: all of them, or none when the index of an unchanged corpus was opened. */
    int indexed() {
        return indexed;
    }

    /** Indexes into a folder of its own, moved into place when complete: another command may be reading the folder. */
    private static void build(List<Passage> passages, Path folder, Path kept, Progress progress) throws IOException {
        Files.createDirectories(folder);
        Path fresh = Files.createTempDirectory(folder, kept.getFileName() + ".");
        Analyzer analyzer = SearchIndex.analyzer();
        progress.start("index passages", passages.size());
        try (FSDirectory dir = FSDirectory.open(fresh); IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < passages.size(); i++) {
                Passage p = passages.get(i);
                Document doc = new Document();
                doc.add(new StoredField(PASSAGE, i));
                doc.add(new TextField(p.lang().code(), p.text(), Field.Store.NO));
                writer.addDocument(doc);
                if (i % 1000 == 999) progress.advance(i + 1);
            }
            writer.commit();
        }
        progress.finish();
        Files.createFile(fresh.resolve(COMPLETE));
        try {
            Files.move(fresh, kept, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.exists(kept.resolve(COMPLETE))) throw e;
            deleteTree(fresh); // another command built the same index meanwhile
        }
    }

    private static String fingerprint(List<Passage> passages) {
        StringBuilder all = new StringBuilder();
        for (Passage p : passages) all.append(p.lang().code()).append(' ').append(p.hash()).append('\n');
        return Passages.hash(PASSAGE, all.toString()).substring(0, 32);
    }

    /**
     * Deletes the indexes of other corpora, and what an index being built when its command died left: not one being
     * built now by another command (named {@code FINGERPRINT.RANDOM}, and recent).
     */
    private static void deleteOthers(Path folder, Path kept) throws IOException {
        Instant abandoned = Instant.now().minus(Duration.ofDays(1));
        try (Stream<Path> folders = Files.list(folder)) {
            for (Path other : folders.filter(f -> !f.equals(kept)).toList()) {
                boolean building = other.getFileName().toString().contains(".")
                        && Files.getLastModifiedTime(other).toInstant().isAfter(abandoned);
                if (!building) deleteTree(other);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }

    /** The indices of the best {@code limit} passages in {@code lang} for {@code query}, best first; ties in passage order. */
    List<Integer> top(String query, Lang lang, int limit) {
        Set<String> terms = terms(query, lang.code());
        if (terms.isEmpty()) return List.of();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String term : terms) any.add(new TermQuery(new Term(lang.code(), term)), BooleanClause.Occur.SHOULD);
        try {
            record Hit(int passage, float score) {}
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc d : searcher.search(any.build(), limit).scoreDocs) {
                hits.add(new Hit(searcher.storedFields().document(d.doc).getField(PASSAGE).numericValue().intValue(), d.score));
            }
            hits.sort(Comparator.comparingDouble((Hit h) -> -h.score()).thenComparingInt(Hit::passage));
            return hits.stream().map(Hit::passage).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> terms(String query, String field) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream words = analyzer.tokenStream(field, query)) {
            CharTermAttribute term = words.addAttribute(CharTermAttribute.class);
            words.reset();
            while (terms.size() < MAX_TERMS && words.incrementToken()) terms.add(term.toString());
            words.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
