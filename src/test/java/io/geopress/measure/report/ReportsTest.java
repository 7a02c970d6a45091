package io.geopress.measure.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.geopress.measure.engine.Answerer;
import io.geopress.measure.engine.Comparison;
import io.geopress.measure.engine.Query;
import io.geopress.measure.engine.Run;
import io.geopress.measure.engine.RunSummary;
import io.geopress.measure.engine.Simulator;
import io.geopress.measure.retrieve.Retrieval;
import io.geopress.measure.retrieve.RetrievedSource;
import io.geopress.model.Lang;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The run's outputs, from a page whose title, address and text try to break out of each of them. */
class ReportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOSTILE = "\u001b[2J\u202e<script>alert(1)</script>";
    private static final List<Query> QUERIES = List.of(
            new Query("q1", "Which tea grows on the hills " + HOSTILE + "?", Lang.EN, "hill-tea"),
            new Query("q2", "山上种什么茶？", Lang.ZH, null));
    private static final RetrievedSource OURS = new RetrievedSource(1, "https://tea.example/hill-tea.html?x=\"" + HOSTILE, "tea.example",
            "Hill tea " + HOSTILE, "hill-tea", true, "Green tea grows on the misty hills above the river. 山上多种绿茶。");
    private static final RetrievedSource THEIRS = new RetrievedSource(2, "https://other.example/tea", "other.example " + HOSTILE,
            "Tea", null, false, "Black tea is grown on the plains. 平原上多种红茶。");

    private static Run run(RetrievedSource... sources) {
        Retrieval retrieval = (query, lang, k) -> List.of(sources);
        return new Simulator(retrieval, Answerer.extractive(), 2, 1, Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC))
                .run(QUERIES, q -> {});
    }

    private static String written(Consumer<PrintWriter> writer) {
        StringWriter text = new StringWriter();
        writer.accept(new PrintWriter(text));
        return text.toString();
    }

    @Test
    void jsonHasOneLinePerQueryWithItsSourcesThenTheSummary() throws Exception {
        Run run = run(OURS, THEIRS);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : written(out -> JsonLines.run(run, RunSummary.of(run), out)).split("\n")) lines.add(JSON.readTree(line));
        assertThat(lines).hasSize(3);
        JsonNode first = lines.get(0);
        assertThat(first.path("query").asText()).isEqualTo(QUERIES.get(0).query());
        assertThat(first.path("target").asText()).isEqualTo("hill-tea");
        JsonNode source = first.path("sources").get(0);
        assertThat(source.path("url").asText()).isEqualTo(OURS.url());
        assertThat(source.path("site").asText()).isEqualTo("tea.example");
        assertThat(source.path("rank").asInt()).isEqualTo(1);
        assertThat(source.path("cited").asBoolean()).isTrue();
        assertThat(source.path("words").asDouble()).isPositive();
        assertThat(source.path("pawc").asDouble()).isPositive();
        assertThat(first.path("target_hit").path("retrieved").asBoolean()).isTrue();
        JsonNode summary = lines.get(2);
        assertThat(summary.path("summary").asBoolean()).isTrue();
        assertThat(summary.path("sites").get(0).path("site").asText()).isEqualTo("tea.example");
        assertThat(summary.path("sites").get(0).path("pawc").path("low").isNumber()).isTrue();
    }

    @Test
    void theTerminalTableEscapesControlCharactersFromContent() {
        Run run = run(OURS, THEIRS);
        String table = written(out -> TextTable.run(run, RunSummary.of(run), out));
        assertThat(table).doesNotContain("\u001b").doesNotContain("\u202e").contains("\\u001b[2J").contains("tea.example");
        assertThat(table.lines()).allSatisfy(line -> assertThat(line.chars().noneMatch(c -> c < 0x20 && c != '\t')).isTrue());
    }

    @Test
    void theHtmlReportEscapesContentAndDrawsBarsWithBilingualLabels() {
        Run run = run(OURS, THEIRS);
        String html = HtmlReport.run(run, RunSummary.of(run));
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;").contains("<svg").contains("<rect")
                .contains("我方 PAWC").contains("Our PAWC").contains("山上种什么茶？");
    }

    @Test
    void aComparisonFromNothingSaysNotApplicableForTheRelativeChangeInEachOutput() throws Exception {
        Comparison c = Comparison.of(run(THEIRS), run(OURS, THEIRS));
        String[] json = written(out -> JsonLines.comparison(c, out)).split("\n");
        assertThat(json).hasSize(3);
        assertThat(JSON.readTree(json[0]).path("relative").asText()).isEqualTo("n/a");
        assertThat(JSON.readTree(json[2]).path("relative").asText()).isEqualTo("n/a");
        assertThat(JSON.readTree(json[2]).path("change").path("mean").asDouble()).isPositive();
        assertThat(written(out -> TextTable.comparison(c, out))).contains("relative n/a").doesNotContain("\u001b");
        assertThat(HtmlReport.comparison(c)).contains("之前 before").contains("之后 after").doesNotContain("<script");
    }
}
