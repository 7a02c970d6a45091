package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.Figure;
import io.geopress.model.Source;
import io.geopress.model.Status;
import io.geopress.model.StoredArticle;
import io.geopress.model.Table;
import io.geopress.search.SearchIndex;
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
    void captionsAltTextsAndTableCellsAreIndexedInBothLanguages() {
        Block figure = Block.figure(new Figure("https://img.example.net/ferry.jpg", 0, 0, new Bilingual("码头的渡轮", "A ferry at the pier"), null),
                new Bilingual("检修中的渡轮", "The ferry under repair"));
        Block table = Block.table(new Table(List.of(new Table.Row(List.of(new Table.Cell(new Bilingual("航班", "Sailings"), true),
                new Table.Cell(new Bilingual("十二班", "12 a day"), false)), false))), new Bilingual("每日航班", "Daily sailings"));
        Article article = stored("渡轮停航。", "The ferry stopped.").article();
        StoredArticle rich = new StoredArticle(1, "ferry", Status.PUBLISHED, 1, 1, 1, OffsetDateTime.parse("2026-03-01T08:00+08:00"),
                Instant.parse("2026-03-01T00:00:00Z"), article.withBlocks(List.of(article.body().get(0), figure, table)));
        SearchIndex.Entry entry = SearchEntries.of(rich, "/articles/ferry.html").entry();
        assertThat(entry.zh().lines()).containsExactly("渡轮停航。", "检修中的渡轮", "码头的渡轮", "每日航班", "航班", "十二班");
        assertThat(entry.en().lines()).containsExactly("The ferry stopped.", "The ferry under repair", "A ferry at the pier",
                "Daily sailings", "Sailings", "12 a day");
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
