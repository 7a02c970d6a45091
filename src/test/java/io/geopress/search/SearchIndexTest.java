package io.geopress.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Collections;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
    @TempDir Path dir;

    @BeforeEach
    void index() {
        SearchIndex.write(dir, List.of(
                new SearchIndex.Entry("trams", "/articles/trams/", "城市为何重建有轨电车? / Why Cities Rebuild Trams",
                        "岚河市的有轨电车线路全长12公里，沿线汽车出行减少了18%。",
                        "Lanhe's tram line is 12 km long, and car trips along it fell by 18%."),
                new SearchIndex.Entry("tea", "/articles/tea/", "茶园里的土壤传感器",
                        "茶农用土壤传感器决定什么时候浇水。", "")));
    }

    @Test
    void aChineseQueryFindsTheArticleAndMarksTheWords() {
        try (SearchIndex index = SearchIndex.open(dir)) {
            List<SearchIndex.Hit> hits = index.search("有轨电车", 10);
            assertThat(hits).extracting(SearchIndex.Hit::url).containsExactly("/articles/trams/");
            assertThat(hits.get(0).snippet()).contains("<mark>");
        }
    }

    @Test
    void anEnglishQueryFindsTheSameArticleByItsStem() {
        try (SearchIndex index = SearchIndex.open(dir)) {
            List<SearchIndex.Hit> hits = index.search("tram trips", 10);
            assertThat(hits).extracting(SearchIndex.Hit::url).containsExactly("/articles/trams/");
            assertThat(hits.get(0).snippet()).contains("<mark>trips</mark>");
        }
    }

    @Test
    void anArticleOnlyInChineseIsFoundByAChineseWordInsideAPhrase() {
        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThat(index.search("传感器", 10)).extracting(SearchIndex.Hit::url).containsExactly("/articles/tea/");
            assertThat(index.search("  ", 10)).isEmpty();
            assertThat(index.search("AND OR (", 10)).isNotNull();
        }
    }

    @Test
    void aQueryOfMoreWordsThanLuceneTakesIsRefusedAndOneWithinTheBoundsIsRun() {
        try (SearchIndex index = SearchIndex.open(dir)) {
            // 261 words were once 1,044 clauses, one a field, and Lucene's TooManyClauses
            assertThatThrownBy(() -> index.search("tr ".repeat(300), 10)).isInstanceOf(SearchIndex.QueryRefused.class)
                    .hasMessage("Too many words: at most 64, this query has 300.");
            assertThatThrownBy(() -> index.search("有轨电车".repeat(70), 10)).isInstanceOf(SearchIndex.QueryRefused.class);
            assertThatThrownBy(() -> index.search("x".repeat(1_001), 10)).isInstanceOf(SearchIndex.QueryRefused.class)
                    .satisfies(e -> assertThat(((SearchIndex.QueryRefused) e).reason().zh()).startsWith("搜索词太长"));
            String words = String.join(" ", Collections.nCopies(63, "lanhe")) + " tram";
            assertThat(index.search(words, 10)).extracting(SearchIndex.Hit::url).containsExactly("/articles/trams/");
        }
    }

    @Test
    void aQueryOfPunctuationOrLuceneSyntaxOnlyFindsNothingWithoutFailing() {
        try (SearchIndex index = SearchIndex.open(dir)) {
            for (String q : List.of("!!! ... ???", "*", "?", "\\", "\"", "title:x AND (", "\u0000", "the and of")) {
                assertThat(index.search(q, 10)).as(q).isEmpty();
            }
        }
    }

    @Test
    void anArticleWithAVeryLongRunOfLettersIsIndexedAndFound(@TempDir Path other) {
        String sequence = "ACGT".repeat(9000); // one "word" of 36,000 letters: Lucene refuses terms over 32,766 bytes
        SearchIndex.write(other, List.of(new SearchIndex.Entry("dna", "/articles/dna/", "基因序列 / A gene sequence",
                "序列如下：" + sequence, "The sequence: " + sequence)));
        try (SearchIndex index = SearchIndex.open(other)) {
            assertThat(index.search("sequence", 10)).extracting(SearchIndex.Hit::url).containsExactly("/articles/dna/");
            assertThat(index.search("序列", 10)).extracting(SearchIndex.Hit::url).containsExactly("/articles/dna/");
        }
    }

    @Test
    void anArticleUpdatedInAnotherSegmentGetsItsNewSnippet() {
        try (SearchIndex.Writer updater = SearchIndex.updater(dir)) {
            updater.add(new SearchIndex.Entry("tea", "/articles/tea/", "茶园里的土壤传感器", "茶农用新的土壤传感器决定何时施肥。",
                    "Tea farmers now use soil sensors to decide when to feed the bushes."));
        }
        try (SearchIndex index = SearchIndex.open(dir)) {
            List<SearchIndex.Hit> hits = index.search("施肥", 10);
            assertThat(hits).extracting(SearchIndex.Hit::url).containsExactly("/articles/tea/");
            assertThat(hits.get(0).snippet()).contains("<mark>施肥</mark>");
            assertThat(index.search("bushes", 10).get(0).snippet()).contains("<mark>bushes</mark>");
            assertThat(index.search("tram", 10).get(0).snippet()).contains("<mark>tram</mark>");
        }
    }

    @Test
    void storedTextIsKeptUncompressedAndReadBackFromAnArticleLongerThanAChunk(@TempDir Path other) throws Exception {
        // 700 KB of text, more than twice the 80 KB chunk, which Lucene then writes in slices; "渡轮" is in the second
        // slice and within the first 50,000 characters, which the highlighter looks through
        String zh = "城市的有轨电车。".repeat(4_000) + "这一句提到了渡轮。" + "城市的有轨电车。".repeat(25_000);
        String en = "The tram runs on. ".repeat(10_000) + "The last sentence mentions a ferry.";
        SearchIndex.write(other, List.of(new SearchIndex.Entry("long", "/articles/long/", "长文 / A long one", zh, en),
                new SearchIndex.Entry("short", "/articles/short/", "短文 / A short one", "渡轮准点。", "The ferry is on time.")));
        try (SearchIndex index = SearchIndex.open(other)) {
            List<SearchIndex.Hit> hits = index.search("渡轮", 10);
            assertThat(hits).extracting(SearchIndex.Hit::url).containsExactlyInAnyOrder("/articles/long/", "/articles/short/");
            assertThat(hits).allSatisfy(hit -> assertThat(hit.snippet()).contains("<mark>渡轮</mark>"));
        }
        SegmentInfos segments = SegmentInfos.readLatestCommit(FSDirectory.open(other));
        assertThat(segments.asList()).allSatisfy(s -> assertThat(s.info.getCodec().getName()).isEqualTo(SearchCodec.NAME));
    }

    @Test
    void anIndexWrittenWithLucenesOwnCodecIsUpdatedAndReadAlongsideTheNewSegments(@TempDir Path other) throws Exception {
        // an index an earlier version of geopress wrote, whose stored fields Lucene compressed
        try (FSDirectory directory = FSDirectory.open(other);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchIndex.indexAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField("slug", "old", Field.Store.YES));
            doc.add(new StoredField("url", "/articles/old/"));
            doc.add(new StoredField("title", "旧文 / An old one"));
            FieldType words = new FieldType(TextField.TYPE_STORED);
            words.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
            doc.add(new Field("zh", "旧的索引里有一座灯塔。", words));
            doc.add(new Field("en", "The old index has a lighthouse.", words));
            writer.addDocument(doc);
        }
        try (SearchIndex.Writer updater = SearchIndex.updater(other)) {
            updater.add(new SearchIndex.Entry("new", "/articles/new/", "新文 / A new one", "新的文章也写灯塔。", "The new one is about a lighthouse too."));
        }
        try (SearchIndex index = SearchIndex.open(other)) {
            assertThat(index.search("lighthouse", 10)).extracting(SearchIndex.Hit::url)
                    .containsExactlyInAnyOrder("/articles/old/", "/articles/new/");
            assertThat(index.search("灯塔", 10)).allSatisfy(hit -> assertThat(hit.snippet()).contains("<mark>灯塔</mark>"));
        }
    }
}
