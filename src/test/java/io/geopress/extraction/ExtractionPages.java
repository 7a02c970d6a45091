package io.geopress.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.geopress.extraction.ShingleScore.Counts;
import io.geopress.extraction.ShingleScore.Tokens;
import io.geopress.ingest.Imported;
import io.geopress.ingest.Ingest;
import io.geopress.model.GeopressException;
import io.geopress.model.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Pages with their true body text, imported through the real ingest path (a page saved to a file and read as
 * {@code geopress import page.html} reads it) and scored with {@link ShingleScore}: the article-extraction
 * benchmark's pages and our own Chinese fixtures.
 */
public final class ExtractionPages {
    /** One page: its id, the body text it should give, and its file (gzipped for the benchmark). */
    public record Page(String id, String truth, Path file) {}

    /** A page imported and scored; {@code refused} holds the importer's message when it refused the page. */
    public record Result(Page page, String predicted, String refused, Counts counts) {}

    private ExtractionPages() {}

    /** The benchmark's pages ({@code html/ID.html.gz}, {@code ground-truth.json}), sorted by id. */
    public static List<Page> benchmark(Path dir) {
        List<Page> pages = new ArrayList<>();
        try {
            JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
            for (Map.Entry<String, JsonNode> e : truth.properties()) {
                pages.add(new Page(e.getKey(), e.getValue().path("articleBody").asText(""),
                        dir.resolve("html").resolve(e.getKey() + ".html.gz")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pages.sort((a, b) -> a.id().compareTo(b.id()));
        return pages;
    }

    /** Fixtures in a folder: each {@code NAME.html} with its expected body in {@code NAME.txt}, sorted by name. */
    public static List<Page> fixtures(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Page> pages = new ArrayList<>();
            for (Path html : files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().toList()) {
                String name = html.getFileName().toString().replaceFirst("\\.html$", "");
                pages.add(new Page(name, Files.readString(dir.resolve(name + ".txt"), StandardCharsets.UTF_8), html));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports each page from a file in {@code work} and scores its body against the truth, on one thread. */
    public static List<Result> run(List<Page> pages, Tokens tokens, Path work) {
        return run(pages, tokens, work, 1);
    }

    /** As {@link #run(List, Tokens, Path)}, {@code threads} pages at a time. */
    public static List<Result> run(List<Page> pages, Tokens tokens, Path work, int threads) {
        Ingest ingest = new Ingest(ZoneOffset.UTC);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Result>> results = new ArrayList<>();
            for (Page page : pages) results.add(pool.submit(() -> run(page, tokens, work, ingest)));
            List<Result> out = new ArrayList<>();
            for (Future<Result> result : results) out.add(result.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result run(Page page, Tokens tokens, Path work, Ingest ingest) throws IOException {
        Path file = work.resolve(page.id() + ".html");
        Files.write(file, bytes(page.file()));
        String predicted = "";
        String refused = null;
        try {
            List<Imported> imported = ingest.read(file, null, Progress.NONE);
            predicted = BodyText.of(imported.get(0).article());
        } catch (GeopressException e) {
            refused = e.getMessage().substring(file.toString().length() + 2);
        }
        return new Result(page, predicted, refused, ShingleScore.page(page.truth(), predicted, tokens));
    }

    public static ShingleScore.Summary summary(List<Result> results) {
        return ShingleScore.summary(results.stream().map(Result::counts).toList());
    }

    private static byte[] bytes(Path file) throws IOException {
        if (!file.getFileName().toString().endsWith(".gz")) return Files.readAllBytes(file);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
