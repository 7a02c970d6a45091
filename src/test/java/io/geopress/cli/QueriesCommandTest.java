package io.geopress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.geopress.model.Bilingual;
import io.geopress.model.Faq;
import io.geopress.model.Provenance;
import io.geopress.store.ArticleStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geopress queries}: a query panel file, offline and through a scripted OpenAI-compatible server. */
class QueriesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;
    Path site;
    Path out;
    String slug;

    @BeforeEach
    void initSite() {
        site = dir.resolve("site");
        out = dir.resolve("panel.jsonl");
        assertThat(Main.run("init", site.toString())).isZero();
        Provenance by = new Provenance("offline", "textrank v1", Instant.parse("2025-03-01T00:00:00Z"), true);
        slug = store().save(List.of(new ArticleStore.Draft(OptimizeCommandTest.article(Map.of()).withFaq(List.of(new Faq(
                new Bilingual("新电车线路有多少乘客？", "How many riders does the new tram line have?"),
                new Bilingual("五月有1200名。", "1,200 in May."), List.of())), by), "import"))).get(0).slug();
    }

    @Test
    void offlineTheFaqsQuestionsAndKeywordQuestionsInBothLanguagesWithStableIds() throws Exception {
        CommandRun run = CommandRun.of("queries", "--site", site.toString(), "--offline", "--out", out.toString(), slug);

        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> lines = lines();
        assertThat(lines).allSatisfy(q -> {
            assertThat(q.fieldNames()).toIterable().containsExactly("id", "query", "lang", "target");
            assertThat(q.path("target").asText()).isEqualTo(slug);
        });
        assertThat(lines).extracting(q -> q.path("query").asText())
                .contains("新电车线路有多少乘客？", "How many riders does the new tram line have?");
        assertThat(lines).extracting(q -> q.path("lang").asText()).contains("zh", "en");
        assertThat(lines.get(0).path("id").asText()).isEqualTo(slug + "-zh-1");
        assertThat(lines).filteredOn(q -> q.path("lang").asText().equals("en")).first()
                .satisfies(q -> assertThat(q.path("id").asText()).isEqualTo(slug + "-en-1"));

        CommandRun again = CommandRun.of("queries", "--site", site.toString(), "--offline", "--out", out.toString(), slug);
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("geopress: error: " + out + ": the file exists; give --force to replace it\n");
        CommandRun forced = CommandRun.of("queries", "--site", site.toString(), "--offline", "--force", "--out", out.toString(), slug);
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(lines()).isEqualTo(lines);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", "panel.jsonl");
        }
    }

    @Test
    void throughTheModelItsQuestionsInBothLanguages() throws Exception {
        try (FakeModelServer server = new FakeModelServer(request -> "{\"zh\": [\"新电车线路每月有多少人乘坐？\", \"新电车经过哪些地方？\","
                + " \"官员如何评价新电车线路？\"], \"en\": [\"How many people ride the new tram line?\", \"Where does the new tram run?\","
                + " \"What do officials say about the new tram line?\"]}")) {
            Files.writeString(site.resolve("geopress.yml"), "llm:\n  base_url: http://127.0.0.1:" + server.port() + "/v1\n  model: fake\n"
                    + "  timeout: 2\n  max_retries: 0\n  give_up_after: 5\n", StandardOpenOption.APPEND);
            CommandRun run = CommandRun.of("queries", "--site", site.toString(), "--out", out.toString(), slug);

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(server.requests()).hasSize(1);
            assertThat(FakeModelServer.user(server.requests().get(0))).contains(OptimizeCommandTest.TRAM);
        }
        assertThat(lines()).extracting(q -> q.path("id").asText() + " " + q.path("query").asText()).containsExactly(
                slug + "-zh-1 新电车线路每月有多少人乘坐？", slug + "-zh-2 新电车经过哪些地方？", slug + "-zh-3 官员如何评价新电车线路？",
                slug + "-en-1 How many people ride the new tram line?", slug + "-en-2 Where does the new tram run?",
                slug + "-en-3 What do officials say about the new tram line?");
    }

    private List<JsonNode> lines() throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(out)) lines.add(JSON.readTree(line));
        return lines;
    }

    private ArticleStore store() {
        return ArticleStore.openSqlite(site.resolve("geopress.db"), ZoneId.of("Asia/Shanghai"), Clock.systemUTC());
    }
}
