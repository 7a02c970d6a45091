package io.geopress.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.config.ConfigFile;
import io.geopress.config.SiteConfig;
import io.geopress.testing.GeopressProcess;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files are streamed, never read whole: a real geopress serve with a heap of 128 MB sends a file of 200 MB to 20
 * clients at once (reading it whole per request, it ran out of memory at the first).
 */
class LargeFileServeTest {
    private static final long SIZE = 200L << 20;
    private static final int CLIENTS = 20;
    @TempDir Path site;

    @Test
    void aFileLargerThanTheHeapGoesWholeToTwentyClientsAtOnce() throws Exception {
        ConfigFile.write(site, SiteConfig.defaults("GEO", URI.create("http://localhost/")));
        Path build = Files.createDirectories(site.resolve(".builds/one"));
        try (RandomAccessFile big = new RandomAccessFile(build.resolve("big.bin").toFile(), "rw")) {
            big.setLength(SIZE); // sparse: quick to make and to read
        }
        Files.createSymbolicLink(site.resolve("public"), Path.of(".builds/one"));
        Path log = site.resolve("serve.log");
        Process server = GeopressProcess.builder(site, Map.of(), List.of("-Xmx128m"), "serve", "--port", "0", "--site", site.toString())
                .redirectError(log.toFile()).start();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            String url = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)).readLine();
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "big.bin")).build();
            List<Future<Long>> fetches = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                fetches.add(clients.submit(() -> {
                    HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                    try (InputStream body = response.body()) {
                        return response.statusCode() == 200 ? body.transferTo(OutputStream.nullOutputStream()) : -response.statusCode();
                    }
                }));
            }
            for (Future<Long> fetch : fetches) assertThat(fetch.get(60, TimeUnit.SECONDS)).isEqualTo(SIZE);
            assertThat(server.isAlive()).isTrue();
            assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
        } finally {
            clients.shutdownNow();
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
