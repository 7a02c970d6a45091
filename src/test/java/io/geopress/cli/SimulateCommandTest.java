package io.geopress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code geopress simulate} end to end over the fixture corpus of bench/geo-corpus (our 24 fictional articles, 24
 * competitors on 4 domains): real retrieval (BM25 and the bge-small-zh model), the offline engine, stored runs.
 */
class SimulateCommandTest {
    private static final Path CORPUS = Path.of("bench/geo-corpus");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;
    Path site;
    Path queries;

    @BeforeEach
    void importOurArticles() throws IOException {
        site = dir.resolve("site");
        assertThat(Main.run("init", site.toString())).isZero();
        assertThat(CommandRun.of("--site", site.toString(), "import", CORPUS.resolve("ours").toString()).exit()).isZero();
        queries = dir.resolve("queries.jsonl");
        List<String> lines = Files.readAllLines(CORPUS.resolve("queries.jsonl"));
        Files.write(queries, List.of(lines.get(0), lines.get(1), lines.get(6)));
    }

    @Test
    void theArticleAQueryIsAboutIsRetrievedAndCitedAndTheOfflineEngineSaysTheSameTwice() throws IOException {
        CommandRun first = simulate("--json");
        CommandRun second = simulate("--json");

        assertThat(first.exit()).as(first.err()).isZero();
        List<String> lines = first.out().lines().toList();
        assertThat(lines).hasSize(5).last().isEqualTo("run 1");
        for (String line : lines.subList(0, 3)) {
            JsonNode query = JSON.readTree(line);
            String target = query.get("target").asText();
            assertThat(query.get("sources")).anySatisfy(s -> {
                assertThat(s.get("url").asText()).endsWith(target + ".html");
                assertThat(s.get("cited").asBoolean()).isTrue();
                assertThat(s.get("pawc").asDouble()).isPositive();
            });
        }
        assertThat(second.out().lines().toList().subList(0, 3)).as("each query's line byte-identical (the summary has the run's number and time)")
                .isEqualTo(lines.subList(0, 3));
        assertThat(second.out()).endsWith("run 2\n");
        assertThat(first.err()).contains("indexed 48 article(s)");
    }

    @Test
    void twoStoredRunsAreComparedQueryByQueryAndTheHtmlReportIsWritten() {
        simulate();
        simulate();
        Path report = dir.resolve("compare.html");

        CommandRun compared = CommandRun.of("--site", site.toString(), "simulate", "--compare", "1", "2", "--html", report.toString());

        assertThat(compared.exit()).as(compared.err()).isZero();
        assertThat(compared.out()).contains("our PAWC, run 1 -> run 2").contains("change +0.000");
        assertThat(report).isRegularFile().content().contains("<svg");
    }

    @Test
    void withoutQueriesOrACompareItSaysWhatToGive() {
        CommandRun run = CommandRun.of("--site", site.toString(), "simulate");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("give --queries FILE, or --compare RUN_A RUN_B").doesNotContain("Exception");
    }

    @Test
    void aBadNumberIsRefusedBeforeAnythingIsRead() {
        CommandRun run = simulate("--k", "0");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--k must be at least 1: 0").doesNotContain("indexed");
    }

    private CommandRun simulate(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--site", site.toString(), "simulate", "--queries", queries.toString(),
                "--competitors", CORPUS.resolve("competitors.jsonl").toString()));
        args.addAll(List.of(more));
        return CommandRun.of(args.toArray(String[]::new));
    }
}
