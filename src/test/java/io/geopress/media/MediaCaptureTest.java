package io.geopress.media;

import static io.geopress.testing.TestImages.figure;
import static io.geopress.testing.TestImages.imported;
import static io.geopress.testing.TestImages.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geopress.ingest.ImportLimits;
import io.geopress.ingest.Imported;
import io.geopress.ingest.Imported.LocalImage;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.Figure;
import io.geopress.model.GeopressException;
import io.geopress.model.StoredArticle;
import io.geopress.store.ArticleStore;
import io.geopress.testing.TestImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local images captured into the media store as an import does it (ImportCommand): each article handed to
 * {@link Capture#take} and saved, in one transaction, inside {@link MediaStore#capturing}.
 */
class MediaCaptureTest {
    @TempDir Path dir;

    @BeforeEach
    void folders() throws IOException {
        Files.createDirectories(site());
        Files.createDirectories(dir.resolve("content"));
    }

    private Path site() {
        return dir.resolve("site");
    }

    private Path media() {
        return site().resolve(MediaStore.FOLDER);
    }

    private Path source(String name) {
        return dir.resolve("content").resolve(name);
    }

    /** Captures and saves the articles; returns them as the import saved them, the warnings it printed, what the store did. */
    private record Import(List<Imported> articles, List<String> warnings, List<ArticleStore.Saved> saved) {}

    private Import importArticles(Imported... articles) {
        List<Imported> taken = new ArrayList<>();
        ArticleStore store = ArticleStore.openSqlite(site().resolve("geopress.db"), ZoneId.of("Asia/Shanghai"), Clock.systemUTC());
        List<ArticleStore.Saved> saved = MediaStore.at(site()).capturing(ImportLimits.DEFAULT.imageBytes(), media -> store.save(sink -> {
            for (Imported article : articles) {
                Imported one = media.take(article);
                taken.add(one);
                sink.accept(new ArticleStore.Draft(one.article(), "import " + one.origin()));
            }
        }));
        return new Import(taken, taken.stream().flatMap(i -> i.warnings().stream()).toList(), saved);
    }

    private static Figure figureOf(Imported imported, int block) {
        return imported.article().body().get(block).figure();
    }

    private List<String> mediaFiles() throws IOException {
        if (!Files.isDirectory(media())) return List.of();
        try (Stream<Path> files = Files.list(media())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    private static BufferedImage read(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as(file.toString()).isNotNull();
        return image;
    }

    @Test
    void aPngAndAJpegAreStoredOnceUnderTheirHashWithTheirSizeAndSmallerCopies() throws Exception {
        Path png = TestImages.write(source("chart.png"), "png", 1600, 1000, 1);
        Path jpeg = TestImages.write(source("photo.jpg"), "jpg", 1600, 1200, 2);
        String pngSha = sha256(png);
        String jpegSha = sha256(jpeg);
        Imported article = imported("content/post.md", "两张图", List.of(figure("chart.png"), Block.paragraph(new Bilingual("正文", "Text")), figure("photo.jpg")),
                new LocalImage("chart.png", png, "content/post.md:3"), new LocalImage("photo.jpg", jpeg, "content/post.md:7"));

        Import first = importArticles(article);

        assertThat(first.warnings()).isEmpty();
        Imported saved = first.articles().get(0);
        assertThat(saved.images()).isEmpty();
        assertThat(figureOf(saved, 0)).extracting(Figure::src, Figure::width, Figure::height)
                .containsExactly("media/" + pngSha + ".png", 1600, 1000);
        assertThat(figureOf(saved, 2)).extracting(Figure::src, Figure::width, Figure::height)
                .containsExactly("media/" + jpegSha + ".jpg", 1600, 1200);
        assertThat(figureOf(saved, 2).alt().en()).isEqualTo("A picture");
        assertThat(mediaFiles()).containsExactlyInAnyOrder(pngSha + ".png", pngSha + "-480w.jpg", pngSha + "-960w.jpg",
                jpegSha + ".jpg", jpegSha + "-480w.jpg", jpegSha + "-960w.jpg", MediaIndex.FILE);
        assertThat(Files.mismatch(media().resolve(pngSha + ".png"), png)).isEqualTo(-1L);
        // as readable as any new file (not only by its owner, as a temporary file is): a web server sends it
        Path probe = Files.createFile(dir.resolve("probe"));
        assertThat(Files.getPosixFilePermissions(media().resolve(pngSha + ".png"))).isEqualTo(Files.getPosixFilePermissions(probe));
        assertThat(Files.getPosixFilePermissions(media().resolve(pngSha + "-480w.jpg"))).isEqualTo(Files.getPosixFilePermissions(probe));
        BufferedImage narrow = read(media().resolve(pngSha + "-480w.jpg"));
        assertThat(List.of(narrow.getWidth(), narrow.getHeight())).containsExactly(480, 300);
        BufferedImage wide = read(media().resolve(jpegSha + "-960w.jpg"));
        assertThat(List.of(wide.getWidth(), wide.getHeight())).containsExactly(960, 720);

        assertThat(MediaStore.at(site()).variants("media/" + jpegSha + ".jpg")).containsExactly(
                new MediaStore.Variant("media/" + jpegSha + "-480w.jpg", 480),
                new MediaStore.Variant("media/" + jpegSha + "-960w.jpg", 960),
                new MediaStore.Variant("media/" + jpegSha + ".jpg", 1600));
        assertThat(MediaStore.at(site()).variants("https://example.org/photo.jpg")).isEmpty();
        assertThat(MediaStore.at(site()).variants("photo.jpg")).isEmpty();

        Object inode = Files.getAttribute(media().resolve(pngSha + ".png"), "unix:ino");
        Import again = importArticles(article, imported("content/other.md", "同一张图", List.of(figure("../content/chart.png")),
                new LocalImage("../content/chart.png", png, "content/other.md:2")));
        assertThat(figureOf(again.articles().get(1), 0).src()).isEqualTo("media/" + pngSha + ".png");
        assertThat(again.saved().get(0).outcome()).isEqualTo(ArticleStore.Outcome.UNCHANGED);
        assertThat(mediaFiles()).hasSize(7);
        assertThat(Files.getAttribute(media().resolve(pngSha + ".png"), "unix:ino")).isEqualTo(inode);
        assertThat(Files.readAllLines(media().resolve(MediaIndex.FILE))).hasSize(2);

        ArticleStore store = ArticleStore.openSqlite(site().resolve("geopress.db"), ZoneId.of("Asia/Shanghai"), Clock.systemUTC());
        List<String> stored = store.list().stream().map(StoredArticle::article)
                .flatMap(a -> a.body().stream()).filter(b -> b.figure() != null).map(b -> b.figure().src()).toList();
        assertThat(stored).containsExactlyInAnyOrder("media/" + pngSha + ".png", "media/" + jpegSha + ".jpg", "media/" + pngSha + ".png");
    }

    @Test
    void anImageThatCannotBeTakenIsAWarningNamingFileAndLineAndTheRestIsImported() throws Exception {
        Path good = TestImages.write(source("good.png"), "png", 800, 600, 3);
        Path text = Files.writeString(source("notes.png"), "not a picture at all\n");
        Path cutPng = cut(TestImages.write(source("cut.png"), "png", 640, 480, 12));
        Path cutJpeg = cut(TestImages.write(source("cut.jpg"), "jpg", 640, 480, 13));
        Path large = TestImages.write(source("huge.png"), "png", 640, 480, 4);
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(21 * ImportLimits.MB); // still a PNG at the start, 21 MB long
        }
        Import result = importArticles(
                imported("content/a.md", "缺图", List.of(figure("gone.png"), figure("good.png")),
                        new LocalImage("gone.png", source("gone.png"), "content/a.md:4"),
                        new LocalImage("good.png", good, "content/a.md:9")),
                imported("content/b.md", "文本冒充图片", List.of(figure("notes.png")), new LocalImage("notes.png", text, "content/b.md:2")),
                imported("content/c.md", "太大的图", List.of(figure("huge.png")), new LocalImage("huge.png", large, "content/c.md:6")),
                imported("content/d.md", "文件夹", List.of(figure("content")), new LocalImage("content", dir.resolve("content"), "content/d.md:1")),
                imported("content/e.md", "半截图", List.of(figure("cut.png"), figure("cut.jpg")),
                        new LocalImage("cut.png", cutPng, "content/e.md:1"), new LocalImage("cut.jpg", cutJpeg, "content/e.md:2")));

        assertThat(result.articles()).hasSize(5);
        assertThat(result.warnings()).hasSize(6);
        assertThat(result.warnings().get(0)).startsWith("content/a.md:4: image 'gone.png' not found: no such file ")
                .contains(source("gone.png").toString()).endsWith("flagged as missing its image").doesNotContain("\n");
        assertThat(result.warnings().get(1)).startsWith("content/b.md:2: image 'notes.png' is not an image (PNG, JPEG, GIF, WebP or SVG)");
        assertThat(result.warnings().get(2)).startsWith("content/c.md:6: image 'huge.png' is 21.0 MB, larger than the 20.0 MB")
                .contains("max_image_mb");
        assertThat(result.warnings().get(3)).startsWith("content/d.md:1: image 'content' is not a file");
        assertThat(result.warnings().get(4)).startsWith("content/e.md:1: image 'cut.png' cannot be read as a PNG image");
        assertThat(result.warnings().get(5)).startsWith("content/e.md:2: image 'cut.jpg' is cut short");

        Block missing = result.articles().get(0).article().body().get(0);
        assertThat(missing.has(BlockFlag.MISSING_IMAGE)).isTrue();
        assertThat(missing.figure().src()).isEqualTo("gone.png");
        assertThat(missing.text().en()).isEqualTo("What it shows");
        Block found = result.articles().get(0).article().body().get(1);
        assertThat(found.has(BlockFlag.MISSING_IMAGE)).isFalse();
        assertThat(found.figure().src()).isEqualTo("media/" + sha256(good) + ".png");
        assertThat(result.articles().get(1).article().body().get(0).has(BlockFlag.MISSING_IMAGE)).isTrue();
        assertThat(result.articles().get(2).article().body().get(0).has(BlockFlag.MISSING_IMAGE)).isTrue();
        assertThat(mediaFiles()).containsExactlyInAnyOrder(sha256(good) + ".png", sha256(good) + "-480w.jpg", MediaIndex.FILE);
    }

    @Test
    void theArticlesOwnImagePointsAtTheStoreOrIsLeftOutWhenItCannotBeStored() throws Exception {
        Path cover = TestImages.write(source("cover.jpg"), "jpg", 1200, 630, 14);
        Imported withCover = imported("content/c.md", "封面", List.of(Block.paragraph(new Bilingual("正文", "Text"))),
                new LocalImage("cover.jpg", cover, "content/c.md:2"));
        Imported withLostCover = imported("content/l.md", "封面丢了", List.of(figure("inside.png")),
                new LocalImage("lost.jpg", source("lost.jpg"), "content/l.md:2"),
                new LocalImage("inside.png", TestImages.write(source("inside.png"), "png", 400, 300, 15), "content/l.md:5"));
        Figure image = new Figure("cover.jpg", 0, 0, new Bilingual("封面", "Cover"), null);
        Import result = importArticles(withCover.with(withCover.article().withImage(image), List.of(), withCover.images()),
                withLostCover.with(withLostCover.article().withImage(image.withSrc("lost.jpg")), List.of(), withLostCover.images()));

        assertThat(result.articles().get(0).article().image()).extracting(Figure::src, Figure::width, Figure::height)
                .containsExactly("media/" + sha256(cover) + ".jpg", 1200, 630);
        assertThat(result.warnings()).singleElement().asString().startsWith("content/l.md:2: image 'lost.jpg' not found");
        assertThat(result.articles().get(1).article().image()).isNull();
        assertThat(result.articles().get(1).article().picture().src()).isEqualTo("media/" + sha256(source("inside.png")) + ".png");
    }

    /** The file with its second half gone, as a download or a copy that stopped. */
    private static Path cut(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }

    @Test
    void aFailedImportTakesBackTheImagesItAdded() throws Exception {
        Path kept = TestImages.write(source("kept.png"), "png", 700, 500, 5);
        importArticles(imported("content/kept.md", "留下", List.of(figure("kept.png")), new LocalImage("kept.png", kept, "content/kept.md:1")));
        List<String> before = mediaFiles();
        List<String> index = Files.readAllLines(media().resolve(MediaIndex.FILE));
        Path added = TestImages.write(source("added.jpg"), "jpg", 1200, 900, 6);

        String addedName = sha256(added) + ".jpg";
        assertThatThrownBy(() -> MediaStore.at(site()).capturing(ImportLimits.DEFAULT.imageBytes(), media -> {
            media.take(imported("content/x.md", "失败", List.of(figure("added.jpg"), figure("kept.png")),
                    new LocalImage("added.jpg", added, "content/x.md:1"), new LocalImage("kept.png", kept, "content/x.md:2")));
            assertThat(media().resolve(addedName)).exists();
            throw new GeopressException("content/y.md:3: a bad line");
        })).hasMessage("content/y.md:3: a bad line");

        assertThat(mediaFiles()).isEqualTo(before);
        assertThat(Files.readAllLines(media().resolve(MediaIndex.FILE))).isEqualTo(index);
        try (Stream<Path> all = Files.list(media())) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(MediaStore.TEMPORARY));
        }
    }

    @Test
    void aPhotoTurnedByItsExifIsMeasuredAndCopiedAsShown() throws Exception {
        Path photo = TestImages.jpegWithOrientation(source("phone.jpg"), 1600, 1200, 6);
        Imported saved = importArticles(imported("content/p.md", "手机照片", List.of(figure("phone.jpg")),
                new LocalImage("phone.jpg", photo, "content/p.md:1"))).articles().get(0);

        assertThat(figureOf(saved, 0)).extracting(Figure::width, Figure::height).containsExactly(1200, 1600);
        BufferedImage copy = read(media().resolve(sha256(photo) + "-960w.jpg"));
        assertThat(List.of(copy.getWidth(), copy.getHeight())).containsExactly(960, 1280);
        // turned a quarter right, the red square of the stored top left corner is shown at the top right
        assertThat(redness(copy.getRGB(copy.getWidth() - 20, 20))).isGreaterThan(150);
        assertThat(redness(copy.getRGB(20, 20))).isLessThan(150);
    }

    private static int redness(int rgb) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        return r - (g + b) / 2;
    }

    @Test
    void svgIsMeasuredFromItsXmlAndRefusedWhenItCouldRunAScript() throws Exception {
        Path sized = Files.writeString(source("sized.svg"), "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"120px\" height=\"1in\"><rect width=\"10\" height=\"10\"/></svg>");
        Path boxed = Files.writeString(source("boxed.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0,0 300 150\"/>");
        Path scripted = Files.writeString(source("script.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        Path handler = Files.writeString(source("onload.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
        Path link = Files.writeString(source("link.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:x=\"http://www.w3.org/1999/xlink\">"
                + "<a x:href=\" java&#x09;script:alert(1)\"><text>go</text></a></svg>");
        Path entity = Files.writeString(source("entity.svg"), "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY secret SYSTEM \""
                + source("sized.svg").toUri() + "\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&secret;</text></svg>");
        List<LocalImage> images = new ArrayList<>();
        List<Block> body = new ArrayList<>();
        for (Path svg : List.of(sized, boxed, scripted, handler, link, entity)) {
            String name = svg.getFileName().toString();
            images.add(new LocalImage(name, svg, "content/s.md:" + (images.size() + 1)));
            body.add(figure(name));
        }
        Import result = importArticles(imported("content/s.md", "矢量图", body, images.toArray(LocalImage[]::new)));

        Imported saved = result.articles().get(0);
        assertThat(figureOf(saved, 0)).extracting(Figure::src, Figure::width, Figure::height)
                .containsExactly("media/" + sha256(sized) + ".svg", 120, 96);
        assertThat(figureOf(saved, 1)).extracting(Figure::width, Figure::height).containsExactly(300, 150);
        assertThat(result.warnings()).hasSize(4);
        assertThat(result.warnings().get(0)).startsWith("content/s.md:3: image 'script.svg' is an SVG image holding a <script>");
        assertThat(result.warnings().get(1)).startsWith("content/s.md:4: image 'onload.svg'").contains("onload attribute");
        assertThat(result.warnings().get(2)).startsWith("content/s.md:5: image 'link.svg'").contains("href attribute");
        assertThat(result.warnings().get(3)).startsWith("content/s.md:6: image 'entity.svg' cannot be read as an SVG image");
        assertThat(saved.article().body().subList(2, 6)).allMatch(b -> b.has(BlockFlag.MISSING_IMAGE));
        assertThat(mediaFiles()).containsExactlyInAnyOrder(sha256(sized) + ".svg", sha256(boxed) + ".svg", MediaIndex.FILE);
    }

    @Test
    void webpIsMeasuredAndGetsJpegCopiesUnlessItMoves() throws Exception {
        Path still = resource("circle-600x400.webp");
        Path moving = resource("moving-600x400.webp");
        Imported saved = importArticles(imported("content/w.md", "WebP", List.of(figure("still.webp"), figure("moving.webp")),
                new LocalImage("still.webp", still, "content/w.md:1"), new LocalImage("moving.webp", moving, "content/w.md:2")))
                .articles().get(0);

        assertThat(figureOf(saved, 0)).extracting(Figure::src, Figure::width, Figure::height)
                .containsExactly("media/" + sha256(still) + ".webp", 600, 400);
        BufferedImage copy = read(media().resolve(sha256(still) + "-480w.jpg"));
        assertThat(List.of(copy.getWidth(), copy.getHeight())).containsExactly(480, 320);
        assertThat(figureOf(saved, 1)).extracting(Figure::src, Figure::width, Figure::height)
                .containsExactly("media/" + sha256(moving) + ".webp", 600, 400);
        assertThat(MediaStore.at(site()).variants(figureOf(saved, 1).src())).hasSize(1); // a still copy would not move
    }

    /** A WebP made for these tests (cwebp, img2webp) from pictures drawn for them. */
    private Path resource(String name) throws IOException {
        Path file = source(name);
        try (var in = getClass().getResourceAsStream("/media/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void aSecondImportIsRefusedWhileOneIsAddingImages() throws Exception {
        Path one = TestImages.write(source("one.png"), "png", 300, 200, 7);
        Path two = TestImages.write(source("two.png"), "png", 300, 200, 8);
        MediaStore store = MediaStore.at(site());

        assertThatThrownBy(() -> store.capturing(ImportLimits.MB, first -> {
            first.take(imported("content/1.md", "一", List.of(figure("one.png")), new LocalImage("one.png", one, "content/1.md:1")));
            return MediaStore.at(site()).capturing(ImportLimits.MB, second -> second.take(
                    imported("content/2.md", "二", List.of(figure("two.png")), new LocalImage("two.png", two, "content/2.md:1"))));
        })).isInstanceOf(GeopressException.class).hasMessageContaining("another import is adding images to this site");
        assertThat(mediaFiles()).containsExactly(MediaIndex.FILE);
    }

    @Test
    void anIndexLineCutShortByACrashIsMendedBeforeTheNextLine() throws Exception {
        Path first = TestImages.write(source("first.png"), "png", 300, 200, 9);
        Path second = TestImages.write(source("second.png"), "png", 300, 200, 10);
        importArticles(imported("content/1.md", "一", List.of(figure("first.png")), new LocalImage("first.png", first, "content/1.md:1")));
        Path index = media().resolve(MediaIndex.FILE);
        Files.writeString(index, "{\"name\":\"" + "ab".repeat(32) + ".png\",\"wid", java.nio.file.StandardOpenOption.APPEND);

        importArticles(imported("content/2.md", "二", List.of(figure("second.png")), new LocalImage("second.png", second, "content/2.md:1")));

        assertThat(Files.readAllLines(index)).hasSize(2);
        assertThat(MediaStore.at(site()).variants("media/" + sha256(first) + ".png")).hasSize(1);
        assertThat(MediaStore.at(site()).variants("media/" + sha256(second) + ".png")).containsExactly(
                new MediaStore.Variant("media/" + sha256(second) + ".png", 300));
    }
}
