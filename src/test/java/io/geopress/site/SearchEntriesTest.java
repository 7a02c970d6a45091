package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.Source;
import io.geopress.model.Status;
import io.geopress.model.StoredArticle;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchEntriesTest {
    private static StoredArticle stored(String zh, String en) {
        Article article = new Article(new Bilingual("渡轮为何停航?", "Why did the ferry stop?"), Bilingual.EMPTY, null,
                new Source(Bilingual.EMPTY, null, null, Bilingual.EMPTY), List.of(Block.paragraph(new Bilingual(zh, en))),
                List.of(), List.of(), List.of(), List.of(), false, null, null);
        return new StoredArticle(1, "ferry", Status.PUBLISHED, 1, 1, 1, OffsetDateTime.parse("2026-03-01T08:00+08:00"),
                Instant.parse("2026-03-01T00:00:00Z"), article);
    }

    private static String excerpt(StoredArticle stored) throws Exception {
        JsonNode summary = new ObjectMapper().readTree(SearchEntries.of(stored, "/articles/ferry.html").summaryJson());
        return summary.get("text").asText();
    }

    @Test
    void theExcerptInSearchJsonIsTheChineseTextThenTheEnglishUpTo600Characters() throws Exception {
        String en = "The ferry stopped for repairs. ".repeat(40).strip();
        assertThat(excerpt(stored("渡轮停航检修。", en))).isEqualTo("渡轮停航检修。\n" + en.substring(0, 600 - 8));
        assertThat(excerpt(stored("渡轮停航检修。".repeat(100), en))).isEqualTo("渡轮停航检修。".repeat(100).substring(0, 600));
        assertThat(excerpt(stored("", "Short."))).isEqualTo("\nShort.");
        assertThat(excerpt(stored("渡轮停航。", "Short."))).isEqualTo("渡轮停航。\nShort.");
    }

    @Test
    void theIndexEntryHasEachLanguagesWholeText() {
        String en = "The ferry stopped for repairs. ".repeat(40).strip();
        SearchEntries entries = SearchEntries.of(stored("渡轮停航检修。", en), "/articles/ferry.html");
        assertThat(entries.entry().zh()).isEqualTo("渡轮停航检修。");
        assertThat(entries.entry().en()).isEqualTo(en);
        assertThat(entries.entry().title()).isEqualTo("渡轮为何停航? / Why did the ferry stop?");
    }
}
