package io.geopress.site;

import static io.geopress.testing.TestImages.figure;
import static io.geopress.testing.TestImages.imported;
import static io.geopress.testing.TestImages.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.geopress.config.SiteConfig;
import io.geopress.ingest.ImportLimits;
import io.geopress.ingest.Imported;
import io.geopress.ingest.Imported.LocalImage;
import io.geopress.media.MediaStore;
import io.geopress.model.Progress;
import io.geopress.store.ArticleStore;
import io.geopress.testing.TestImages;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build takes the media store's files by hard link, under their content-hashed names, and never makes them again. */
class MediaBuildTest {
    @TempDir Path site;
    private final SiteConfig config = SiteConfig.defaults("GEO 图片站", URI.create("https://geo.example.com/"));

    /** Imports one article showing a 1600 px PNG, as `geopress import` does, publishes it, and returns the image's name. */
    private String importPicture() throws IOException {
        Path png = TestImages.write(site.resolve("content/tram.png"), "png", 1600, 900, 11);
        ArticleStore store = ArticleStore.openSqlite(site.resolve("geopress.db"), config.timeZone(), Clock.systemUTC());
        Imported source = imported("content/tram.md", "电车为何回归?", List.of(figure("tram.png")),
                new LocalImage("tram.png", png, "content/tram.md:3"));
        MediaStore.at(site).capturing(ImportLimits.DEFAULT.imageBytes(), media -> store.save(sink -> {
            Imported taken = media.take(source);
            sink.accept(new ArticleStore.Draft(taken.article(), "import " + taken.origin()));
        }));
        store.publishAll();
        return sha256(png) + ".png";
    }

    private SiteBuilder.Result build() {
        ArticleStore store = ArticleStore.openSqlite(site.resolve("geopress.db"), config.timeZone(), Clock.systemUTC());
        return new SiteBuilder(config).build(Catalog.of(store.published()), site, Progress.NONE);
    }

    @Test
    void theBuildHardLinksEachImageAndItsCopiesAndARebuildLinksTheSameFiles() throws Exception {
        String name = importPicture();
        String sha = name.substring(0, 64);
        Path stored = site.resolve("media").resolve(name);
        FileTime made = Files.getLastModifiedTime(stored);

        SiteBuilder.Result first = build();

        Path built = site.resolve("public/media").resolve(name);
        assertThat(Files.isSameFile(built, stored)).isTrue();
        assertThat(builtMedia(first.folder())).containsExactlyInAnyOrder(name, sha + "-480w.jpg", sha + "-960w.jpg");
        for (String file : builtMedia(first.folder())) {
            assertThat(Files.isSameFile(first.folder().resolve("media").resolve(file), site.resolve("media").resolve(file))).isTrue();
        }
        assertThat(first.linked()).isGreaterThanOrEqualTo(3);
        String page = Files.list(first.folder().resolve("articles")).filter(p -> p.toString().endsWith(".html"))
                .map(p -> { try { return Files.readString(p); } catch (IOException e) { throw new java.io.UncheckedIOException(e); } })
                .findFirst().orElseThrow();
        org.jsoup.nodes.Element img = org.jsoup.Jsoup.parse(page).selectFirst("figure img");
        assertThat(img.attr("src")).endsWith("media/" + name);
        assertThat(img.attr("width")).isEqualTo("1600");
        assertThat(img.attr("srcset")).as("the store's copies, narrowest first, then the image itself")
                .matches(".*media/" + sha + "-480w\\.jpg 480w, .*media/" + sha + "-960w\\.jpg 960w, .*media/" + name + " 1600w");

        SiteBuilder.Result second = build();

        assertThat(second.folder()).isNotEqualTo(first.folder());
        assertThat(Files.isSameFile(site.resolve("public/media").resolve(name), stored)).isTrue();
        assertThat(Files.getLastModifiedTime(stored)).isEqualTo(made);
        assertThat(Files.getAttribute(stored, "unix:nlink")).isEqualTo(3); // the store, and the two builds kept
    }

    @Test
    void aStoreOnAnotherFileSystemIsCopiedOnceAndThenLinkedFromThePreviousBuild() throws Exception {
        Path shm = Path.of("/dev/shm");
        assumeTrue(Files.isDirectory(shm) && Files.isWritable(shm));
        FileStore here = Files.getFileStore(site);
        assumeTrue(!Files.getFileStore(shm).equals(here), "/dev/shm is on the same file system as the temporary folder");
        Path elsewhere = Files.createTempDirectory(shm, "geopress-media-");
        try {
            Files.createSymbolicLink(site.resolve("media"), elsewhere);
            String name = importPicture();

            SiteBuilder.Result first = build();
            Path copy = first.folder().resolve("media").resolve(name);
            assertThat(Files.mismatch(copy, elsewhere.resolve(name))).isEqualTo(-1L);
            assertThat(Files.isSameFile(copy, elsewhere.resolve(name))).isFalse();

            SiteBuilder.Result second = build();
            assertThat(Files.isSameFile(second.folder().resolve("media").resolve(name), copy)).isTrue();
        } finally {
            try (Stream<Path> files = Files.list(elsewhere)) {
                for (Path file : (Iterable<Path>) files::iterator) Files.delete(file);
            }
            Files.delete(elsewhere);
        }
    }

    @Test
    void aFileGoneFromTheStoreIsAWarningNotAFailure() throws Exception {
        String name = importPicture();
        Files.delete(site.resolve("media").resolve(name));

        SiteBuilder.Result result = build();

        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).startsWith("media/" + name + ": named by the media index but gone"));
        assertThat(builtMedia(result.folder())).hasSize(2).doesNotContain(name);
    }

    private static List<String> builtMedia(Path build) throws IOException {
        try (Stream<Path> files = Files.list(build.resolve("media"))) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
