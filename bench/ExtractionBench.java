import io.geopress.extraction.ExtractionPages;
import io.geopress.extraction.ExtractionPages.Page;
import io.geopress.extraction.ExtractionPages.Result;
import io.geopress.extraction.ShingleScore.Tokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Main-content extraction against the article-extraction benchmark (181 real pages) and our Chinese fixtures:
 * each page imported as `geopress import page.html` imports it, scored with the benchmark's shingle metric.
 * Prints each page's F1 (flagged below 0.9), then the figures for all pages, the first 121 by id (tuned on) and
 * the last 60 (the hold-out), and pages per second.
 *
 *   java -cp geopress.jar:lib/*:SCORER bench/ExtractionBench.java BENCHMARK_DIR FIXTURES_DIR WORK_DIR
 */
public final class ExtractionBench {
    private static final int TUNED = 121;

    public static void main(String[] args) throws Exception {
        Path benchmark = Path.of(args[0]);
        Path fixtures = Path.of(args[1]);
        Path work = Path.of(args[2]);
        List<Page> pages = ExtractionPages.benchmark(benchmark);
        ExtractionPages.run(pages.subList(0, 10), Tokens.WORDS, Files.createDirectories(work.resolve("warm-up")));
        long start = System.nanoTime();
        List<Result> results = ExtractionPages.run(pages, Tokens.WORDS, Files.createDirectories(work.resolve("benchmark")));
        double seconds = (System.nanoTime() - start) / 1e9;
        for (int i = 0; i < results.size(); i++) print(i < TUNED ? "tune" : "hold", results.get(i));
        List<Result> chinese = ExtractionPages.run(ExtractionPages.fixtures(fixtures), Tokens.HAN_CHARACTERS,
                Files.createDirectories(work.resolve("chinese")));
        chinese.forEach(r -> print("zh", r));
        System.out.println();
        System.out.println("all " + results.size() + ":        " + ExtractionPages.summary(results));
        System.out.println("first " + TUNED + " (tuned): " + ExtractionPages.summary(results.subList(0, TUNED)));
        System.out.println("last " + (results.size() - TUNED) + " (hold-out): "
                + ExtractionPages.summary(results.subList(TUNED, results.size())));
        System.out.println("Chinese fixtures:  " + ExtractionPages.summary(chinese) + " (Han characters as tokens)");
        System.out.printf("%.1f pages/s (%d pages in %.1f s, one thread)%n", results.size() / seconds, results.size(), seconds);
    }

    private static void print(String set, Result r) {
        String flag = r.refused() != null ? "REFUSED " + r.refused() : r.counts().f1() < 0.9 ? "LOW" : "";
        System.out.printf("%-4s %s  F1 %.3f  P %.3f  R %.3f  %s%n", set, r.page().id().substring(0, Math.min(12, r.page().id().length())),
                r.counts().f1(), r.counts().precision(), r.counts().recall(), flag);
    }
}
