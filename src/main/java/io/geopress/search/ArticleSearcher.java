package io.geopress.search;

import io.geopress.model.Bilingual;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
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

/** Runs a reader's query against both languages and cuts a snippet around its words from each article found. */
final class ArticleSearcher {
    private static final String[] FIELDS = {"title_zh", "title_en", "zh", "en"};
    private static final Map<String, Float> BOOSTS = Map.of("title_zh", 3f, "title_en", 3f, "zh", 1f, "en", 1f);

    private final IndexSearcher searcher;

    ArticleSearcher(DirectoryReader reader) {
        this.searcher = new IndexSearcher(reader);
    }

    List<SearchIndex.Hit> search(String text, int limit) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) return List.of();
        int characters = q.codePointCount(0, q.length());
        if (characters > SearchIndex.MAX_QUERY_CHARACTERS) {
            throw new SearchIndex.QueryRefused(new Bilingual(
                    "搜索词太长：最多 " + SearchIndex.MAX_QUERY_CHARACTERS + " 个字符，这里有 " + characters + " 个。",
                    "The query is too long: at most " + SearchIndex.MAX_QUERY_CHARACTERS + " characters, this one has " + characters + "."));
        }
        Analyzer analyzer = SearchIndex.analyzer();
        int words = words(analyzer, q);
        if (words == 0) return List.of(); // punctuation or stop words only: nothing to look for
        if (words > SearchIndex.MAX_QUERY_WORDS) {
            throw new SearchIndex.QueryRefused(new Bilingual(
                    "搜索词太多：最多 " + SearchIndex.MAX_QUERY_WORDS + " 个词，这里有 " + words + " 个。",
                    "Too many words: at most " + SearchIndex.MAX_QUERY_WORDS + ", this query has " + words + "."));
        }
        Query query;
        try {
            MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer, BOOSTS);
            parser.setDefaultOperator(QueryParser.Operator.OR);
            query = parser.parse(QueryParser.escape(q));
        } catch (ParseException e) {
            return List.of();
        }
        try {
            List<SearchIndex.Hit> hits = new ArrayList<>();
            QueryScorer scorer = new QueryScorer(query);
            Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
            highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, 120));
            for (ScoreDoc sd : searcher.search(query, limit).scoreDocs) {
                Document doc = searcher.storedFields().document(sd.doc);
                String snippet = snippet(highlighter, analyzer, "zh", doc.get("zh"));
                if (snippet == null) snippet = snippet(highlighter, analyzer, "en", doc.get("en"));
                if (snippet == null) snippet = SimpleHTMLEncoder.htmlEncode(first(doc.get("zh").isEmpty() ? doc.get("en") : doc.get("zh")));
                hits.add(new SearchIndex.Hit(doc.get("url"), doc.get("title"), snippet, sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of {@code text} the query would look up: the more of its Chinese and its English analysis. */
    private static int words(Analyzer analyzer, String text) {
        int most = 0;
        for (String field : List.of("zh", "en")) {
            try (TokenStream tokens = analyzer.tokenStream(field, text)) {
                tokens.reset();
                int count = 0;
                while (tokens.incrementToken()) count++;
                tokens.end();
                most = Math.max(most, count);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return most;
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
}
