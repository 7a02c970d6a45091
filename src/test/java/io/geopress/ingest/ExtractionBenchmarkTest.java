package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.extraction.ExtractionPages;
import io.geopress.extraction.ExtractionPages.Result;
import io.geopress.extraction.ShingleScore;
import io.geopress.extraction.ShingleScore.Tokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Main-content extraction keeps the F1 it reached (bench/extraction.sh gives the figures, docs/benchmarks.md has
 * them): on the article-extraction benchmark's 181 real pages, and on our Chinese fixtures scored with Han
 * characters as tokens. Each floor is the figure reached minus 0.005.
 */
class ExtractionBenchmarkTest {
    private static final Path BENCHMARK = Path.of("..", "shared", "data", "article-extraction-benchmark");
    private static final Path CHINESE = Path.of("src", "test", "resources", "extraction", "zh");

    @TempDir
    Path work;

    @Test
    void theBenchmarksPagesScoreWhatTheyReached() {
        Assumptions.assumeTrue(Files.isRegularFile(BENCHMARK.resolve("ground-truth.json")),
                "SKIPPED: ../shared/data/article-extraction-benchmark is absent; place ../shared/data/ beside the repository");
        List<Result> results = ExtractionPages.run(ExtractionPages.benchmark(BENCHMARK), Tokens.WORDS, work,
                Runtime.getRuntime().availableProcessors());

        assertThat(results).hasSize(181);
        assertThat(ExtractionPages.summary(results).f1()).as(ExtractionPages.summary(results).toString()).isGreaterThanOrEqualTo(0.966);
    }

    @Test
    void theChineseFixturesScoreWhatTheyReached() {
        List<Result> results = ExtractionPages.run(ExtractionPages.fixtures(CHINESE), Tokens.HAN_CHARACTERS, work);

        assertThat(results).hasSizeGreaterThanOrEqualTo(6).allSatisfy(r -> assertThat(r.refused()).isNull());
        assertThat(ExtractionPages.summary(results).f1()).as(ExtractionPages.summary(results).toString()).isGreaterThanOrEqualTo(0.995);
    }

    @Test
    void theScoreIsTheBenchmarksShingleMetric() {
        ShingleScore.Counts same = ShingleScore.page("one two three four five", "one two three four five", Tokens.WORDS);
        ShingleScore.Counts half = ShingleScore.page("a b c d e", "a b c d x y z w", Tokens.WORDS);

        assertThat(same.f1()).isEqualTo(1.0);
        assertThat(half.tp()).isEqualTo(1.0 / 6); // true {abcd, bcde}, predicted {abcd, bcdx, cdxy, dxyz, xyzw}: 1 TP, 4 FP, 1 FN
        assertThat(ShingleScore.tokens("雨水花园 rain-garden_2", Tokens.HAN_CHARACTERS)).containsExactly("雨", "水", "花", "园", "rain", "garden_2");
        assertThat(ShingleScore.tokens("雨水花园 rain", Tokens.WORDS)).containsExactly("雨水花园", "rain");
        assertThat(ShingleScore.summary(List.of(same, ShingleScore.page("a b c d", "", Tokens.WORDS))).precision())
                .as("a page with nothing extracted is left out of the precision mean, as the benchmark does").isEqualTo(1.0);
    }
}
