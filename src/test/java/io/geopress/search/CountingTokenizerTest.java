package io.geopress.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.testing.Seed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class CountingTokenizerTest {
    private static final List<String> SAMPLES =
            List.of("01-city-trams.txt", "02-tea-soil-sensors.txt", "03-library-ai-helpers.txt", "04-night-markets.md");

    @Test
    void eachDistinctTermComesOnceWithHowOftenItOccurs() throws IOException {
        try (Analyzer analyzer = SearchIndex.indexAnalyzer()) {
            List<String> terms = new ArrayList<>();
            try (TokenStream stream = analyzer.tokenStream("en", "The trams, the TRAMS and a tram's bell: trams!")) {
                CharTermAttribute term = stream.getAttribute(CharTermAttribute.class);
                TermFrequencyAttribute frequency = stream.getAttribute(TermFrequencyAttribute.class);
                stream.reset();
                while (stream.incrementToken()) terms.add(term + "×" + frequency.getTermFrequency());
                stream.end();
            }
            // "trams" and "tram" are two words with one stem: Lucene adds their counts up
            assertThat(terms).containsExactly("tram×3", "tram×1", "bell×1");
        }
    }

    @Test
    void theIndexGetsTheTermCountsThatWordByWordAnalysisGives() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String sample : SAMPLES) texts.add(sample(sample));
        texts.add(Files.readString(Seed.path()));
        texts.add("序列" + "ACGT".repeat(9000) + " Ünïcödé İstanbul ΣΊΣΥΦΟΣ");
        for (String text : texts) {
            for (String field : List.of("zh", "en")) {
                Map<String, Integer> counted = counts(SearchIndex.indexAnalyzer(), field, text);
                assertThat(counted).as(field).isEqualTo(counts(SearchIndex.analyzer(), field, text));
                assertThat(counted.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(10);
            }
        }
    }

    @Test
    void scoresAndFieldLengthsAreThoseOfAnIndexOfEveryWord() throws IOException {
        try (Directory counted = index(SearchIndex.indexAnalyzer()); Directory everyWord = index(SearchIndex.analyzer());
                DirectoryReader countedReader = DirectoryReader.open(counted); DirectoryReader everyWordReader = DirectoryReader.open(everyWord)) {
            for (String field : List.of("zh", "en")) {
                assertThat(norms(countedReader, field)).as(field).isEqualTo(norms(everyWordReader, field));
            }
            IndexSearcher a = new IndexSearcher(countedReader);
            IndexSearcher b = new IndexSearcher(everyWordReader);
            int queries = 0;
            for (Term term : List.of(new Term("en", "tram"), new Term("en", "market"), new Term("en", "sensor"),
                    new Term("zh", "电车"), new Term("zh", "传感器"), new Term("zh", "夜市"))) {
                ScoreDoc[] fromCounts = a.search(new TermQuery(term), 10).scoreDocs;
                ScoreDoc[] fromWords = b.search(new TermQuery(term), 10).scoreDocs;
                assertThat(fromCounts).as(term.toString()).hasSameSizeAs(fromWords);
                for (int i = 0; i < fromWords.length; i++) {
                    assertThat(fromCounts[i].doc).isEqualTo(fromWords[i].doc);
                    assertThat(fromCounts[i].score).isEqualTo(fromWords[i].score);
                }
                queries += fromWords.length;
            }
            assertThat(queries).as("documents found").isGreaterThan(5);
        }
    }

    private static Directory index(Analyzer analyzer) throws IOException {
        FieldType words = new FieldType();
        words.setTokenized(true);
        words.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        words.freeze();
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (String sample : SAMPLES) {
                Document doc = new Document();
                doc.add(new Field("zh", sample(sample), words));
                doc.add(new Field("en", sample(sample), words));
                writer.addDocument(doc);
            }
        }
        return dir;
    }

    private static List<Long> norms(DirectoryReader reader, String field) throws IOException {
        List<Long> norms = new ArrayList<>();
        for (var context : reader.leaves()) {
            LeafReader leaf = context.reader();
            NumericDocValues values = leaf.getNormValues(field);
            for (int doc = 0; doc < leaf.maxDoc(); doc++) norms.add(values.advanceExact(doc) ? values.longValue() : 0);
        }
        return norms;
    }

    /** Each term {@code analyzer} gives {@code text}, with the sum of its frequencies. */
    private static Map<String, Integer> counts(Analyzer analyzer, String field, String text) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        try (analyzer; TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.getAttribute(CharTermAttribute.class);
            TermFrequencyAttribute frequency = stream.addAttribute(TermFrequencyAttribute.class);
            stream.reset();
            while (stream.incrementToken()) counts.merge(term.toString(), frequency.getTermFrequency(), Integer::sum);
            stream.end();
        }
        return counts;
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = CountingTokenizerTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
