package io.geopress.measure.retrieve;

import io.geopress.model.Lang;
import io.geopress.model.Progress;
import io.geopress.search.SearchIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Lucene's BM25 over the passages, in memory: Chinese segmented and English stemmed by the site search's analyzer,
 * each passage in the field of its language ({@code zh} or {@code en}), so a query only finds passages in its own.
 */
final class Bm25 implements AutoCloseable {
    /**
     * The most distinct words of a query looked up; the rest are left out. One clause each, well under Lucene's
     * 1,024 (a query is a question, seldom a tenth of this).
     */
    static final int MAX_TERMS = 256;
    private static final String PASSAGE = "passage";

    private final Analyzer analyzer = SearchIndex.analyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    Bm25(List<Passage> passages, Progress progress) {
        progress.start("index passages", passages.size());
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < passages.size(); i++) {
                Passage p = passages.get(i);
                Document doc = new Document();
                doc.add(new StoredField(PASSAGE, i));
                doc.add(new TextField(p.lang().code(), p.text(), Field.Store.NO));
                writer.addDocument(doc);
                if (i % 1000 == 999) progress.advance(i + 1);
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: only a bug gets here
        }
        progress.finish();
        searcher = new IndexSearcher(reader);
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
