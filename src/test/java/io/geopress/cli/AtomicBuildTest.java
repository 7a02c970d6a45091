package io.geopress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.geopress.testing.GeopressProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build killed while it renders leaves the site that was live before it untouched. */
class AtomicBuildTest {
    private static final int ARTICLES = 24;
    @TempDir Path dir;

    @Test
    void aBuildKilledMidRenderLeavesThePreviousSiteIntact() throws Exception {
        Path site = dir.resolve("site");
        assertThat(Main.run("init", site.toString())).isZero();
        Path sources = Files.createDirectories(dir.resolve("sources"));
        for (int i = 1; i <= ARTICLES; i++) Files.writeString(sources.resolve("a" + i + ".txt"), article(i, "第一版"));
        assertThat(Main.run("import", "--site", site.toString(), sources.toString() + "/a1.txt")).isZero();
        String[] importAll = Stream.concat(Stream.of("import", "--site", site.toString()),
                Stream.iterate(1, i -> i + 1).limit(ARTICLES).map(i -> sources.resolve("a" + i + ".txt").toString()))
                .toArray(String[]::new);
        assertThat(Main.run(importAll)).isZero();
        assertThat(Main.run("publish", "--site", site.toString(), "--all")).isZero();
        assertThat(Main.run("build", "--site", site.toString())).isZero();
        Path firstBuild = site.resolve("public").toRealPath();
        Map<String, String> before = hashes(firstBuild);
        assertThat(before.keySet()).filteredOn(f -> f.startsWith("articles/") && f.endsWith(".html")).hasSize(ARTICLES);

        for (int i = 1; i <= ARTICLES; i++) Files.writeString(sources.resolve("a" + i + ".txt"), article(i, "第二版"));
        assertThat(Main.run(importAll)).isZero();
        assertThat(Main.run("publish", "--site", site.toString(), "--all")).isZero();

        Process build = pausedBuild(site, 5);
        Path partial = newestBuild(site);
        assertThat(partial).isNotEqualTo(firstBuild);
        long pagesWritten = countPages(partial, "第二版");
        assertThat(pagesWritten).as("new pages the killed build had written").isBetween(1L, (long) ARTICLES - 1);
        build.destroyForcibly();
        assertThat(build.waitFor(20, TimeUnit.SECONDS)).isTrue();

        assertThat(site.resolve("public").toRealPath()).isEqualTo(firstBuild);
        assertThat(hashes(site.resolve("public").toRealPath())).isEqualTo(before);

        assertThat(Main.run("build", "--site", site.toString())).isZero();
        Path secondBuild = site.resolve("public").toRealPath();
        try (Stream<Path> pages = Files.list(secondBuild.resolve("articles"))) {
            assertThat(Files.readString(pages.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow())).contains("第二版");
        }
        // the dead build is renamed aside at once and deleted by a process of its own, which the build does not wait for
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<Path> builds = buildFolders(site);
        while (builds.size() > 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            builds = buildFolders(site);
        }
        assertThat(builds).as("the dead build is pruned, the previous one kept").containsExactlyInAnyOrder(firstBuild, secondBuild);
    }

    private static List<Path> buildFolders(Path site) throws IOException {
        try (Stream<Path> builds = Files.list(site.resolve(".builds"))) {
            return builds.map(Path::toAbsolutePath).toList();
        }
    }

    @Test
    void aSecondBuildWhileOneIsRunningIsRefusedAndPrunesNothing() throws Exception {
        Path site = dir.resolve("site");
        assertThat(Main.run("init", site.toString())).isZero();
        for (int i = 1; i <= 6; i++) Files.writeString(dir.resolve("a" + i + ".txt"), article(i, "第一版"));
        for (int i = 1; i <= 6; i++) assertThat(Main.run("import", "--site", site.toString(), dir.resolve("a" + i + ".txt").toString())).isZero();
        assertThat(Main.run("publish", "--site", site.toString(), "--all")).isZero();

        Process first = pausedBuild(site, 2);
        try {
            Path running = newestBuild(site);
            GeopressProcess.Result second = GeopressProcess.run(dir, "build", "--site", site.toString());
            assertThat(second.exitCode()).isNotZero();
            assertThat(second.err().strip()).startsWith("geopress: error: ").contains("another build of this site is running");
            assertThat(running).as("the running build's folder is left alone").isDirectory();
            assertThat(countPages(running, "第一版")).isGreaterThanOrEqualTo(2);
        } finally {
            first.destroyForcibly();
            first.waitFor(20, TimeUnit.SECONDS);
        }
        assertThat(Main.run("build", "--site", site.toString())).as("the lock goes with the killed process").isZero();
    }

    /** Starts a real build process that pauses after {@code pages} pages, and returns once it has. */
    private Process pausedBuild(Path site, int pages) throws IOException {
        Process build = GeopressProcess.builder(dir, Map.of(BuildCommand.PAUSE_AFTER, Integer.toString(pages)),
                "build", "--site", site.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(build.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder said = new StringBuilder();
        for (String line = out.readLine(); ; line = out.readLine()) {
            assertThat(line).as("the build ended before it paused, having said:%n%s", said).isNotNull();
            if (line.contains("paused after " + pages + " pages")) return build;
            said.append(line).append('\n');
        }
    }

    private static String article(int n, String version) {
        return "测试站\n城市第" + n + "条自行车道为何受欢迎?\n2026/1/" + n + "\n"
                + "发布时间:2026-01-0" + (n % 9 + 1) + " 08:00 文章来源:示例日报\n"
                + "Release Date: 2026-01-0" + (n % 9 + 1) + " 08:00 Source: Sample Daily\n"
                + "这是第" + n + "篇文章的" + version + "，介绍一条新的自行车道如何改变了附近居民的通勤方式。\n"
                + "This is version " + version.length() + " of article " + n + ", on how a new cycle lane changed commuting nearby.\n";
    }

    private static Path newestBuild(Path site) throws IOException {
        try (Stream<Path> builds = Files.list(site.resolve(".builds"))) {
            return builds.map(Path::toAbsolutePath).max(Path::compareTo).orElseThrow();
        }
    }

    /**
     * The HTML pages in {@code build} that say {@code text}. The build is still running (only its article side is
     * paused), so files its list side writes and deletes may vanish during the walk; those are passed over.
     */
    private static long countPages(Path build, String text) throws IOException {
        long[] count = {0};
        Files.walkFileTree(build, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!file.getFileName().toString().endsWith(".html")) return FileVisitResult.CONTINUE;
                try {
                    if (Files.readString(file).contains(text)) count[0]++;
                } catch (NoSuchFileException vanished) {
                    // written and removed by the list side between the listing and the read
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) return FileVisitResult.CONTINUE;
                throw e;
            }
        });
        return count[0];
    }

    private static Map<String, String> hashes(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
                out.put(root.relativize(f).toString(), HexFormat.of().formatHex(digest));
            }
        }
        return out;
    }
}
