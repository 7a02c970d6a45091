package io.geopress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
}
