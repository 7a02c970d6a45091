import io.geopress.ingest.ImportLimits;
import io.geopress.ingest.Imported;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.Figure;
import io.geopress.model.Source;
import io.geopress.media.MediaStore;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * The cost of the media store: capturing N local images of 1600 x 1200 px (half PNG charts, half JPEG photos) with
 * their smaller copies (480 and 960 px), capturing them again (already stored), and linking the store into a build.
 *
 * <pre>java -cp 'target/geopress.jar:target/lib/*' bench/MediaBench.java [N] [FOLDER]</pre>
 *
 * Images are generated (seeded) before anything is timed. Each pass captures into a new store, the first in a
 * fresh JVM (as one `geopress import` does), the second with the JIT warm. Prints the figures and a Markdown row.
 */
public class MediaBench {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path root = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("geopress-media-bench-");
        Path sources = Files.createDirectories(root.resolve("sources"));
        List<Imported> articles = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            boolean photo = i % 2 == 1;
            Path file = sources.resolve(String.format("image-%03d.%s", i, photo ? "jpg" : "png"));
            ImageIO.write(photo ? photo(i) : chart(i), photo ? "jpg" : "png", file.toFile());
            bytes += Files.size(file);
            articles.add(article(i, file));
        }
        System.out.printf("%d images of 1600 x 1200 px, %.1f MB in all, in %s%n", n, bytes / 1e6, root);
        for (int pass = 1; pass <= 2; pass++) {
            Path site = Files.createDirectories(root.resolve("site-" + pass));
            MediaStore store = MediaStore.at(site);
            double capture = seconds(() -> capture(store, articles));
            double again = seconds(() -> capture(store, articles));
            Path build = site.resolve("build/media");
            double link = seconds(() -> {
                try {
                    store.linkInto(build, null);
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            long files;
            long stored = 0;
            try (Stream<Path> all = Files.list(site.resolve("media"))) {
                List<Path> images = all.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
                files = images.size() - 1; // not the index
                for (Path p : images) stored += Files.size(p);
            }
            System.out.printf("pass %d (%s JVM): capture %.2f s (%.1f ms an image), again %.2f s, link %d files %.3f s; "
                    + "store %.1f MB%n", pass, pass == 1 ? "cold" : "warm", capture, capture * 1000 / n, again, files, link,
                    stored / 1e6);
            System.out.printf("| %d | %s | %.2f s | %.1f ms | %.2f s | %.3f s |%n", n, pass == 1 ? "cold" : "warm", capture,
                    capture * 1000 / n, again, link);
        }
    }

    private static void capture(MediaStore store, List<Imported> articles) {
        store.capturing(ImportLimits.DEFAULT.imageBytes(), media -> {
            for (Imported article : articles) {
                Imported taken = media.take(article);
                if (!taken.warnings().isEmpty()) throw new IllegalStateException(taken.warnings().toString());
            }
            return null;
        });
    }

    private static double seconds(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static Imported article(int i, Path file) {
        String src = file.getFileName().toString();
        Block figure = Block.figure(new Figure(src, 0, 0, new Bilingual("图 " + i, "Figure " + i), null), new Bilingual("图", "Figure"));
        Article article = new Article(new Bilingual("图片 " + i, "Picture " + i), Bilingual.EMPTY, null, Source.UNKNOWN,
                List.of(figure), List.of(), List.of(), List.of(), List.of(), false, null, null);
        String origin = "bench/" + i + ".md";
        return new Imported(origin, article, List.of(), List.of(), List.of(), origin,
                List.of(new Imported.LocalImage(src, file, origin + ":1")));
    }

    /** A photo-like picture: a sky, hills and fine noise, as a camera's JPEG has. */
    private static BufferedImage photo(int seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(90 + random.nextInt(60), 140, 220), 0, 700, new Color(230, 220, 200)));
        g.fillRect(0, 0, 1600, 1200);
        for (int hill = 0; hill < 5; hill++) {
            g.setColor(new Color(40 + random.nextInt(60), 90 + random.nextInt(80), 40 + random.nextInt(40)));
            g.fillOval(random.nextInt(1600) - 400, 600 + random.nextInt(300), 900 + random.nextInt(600), 800);
        }
        g.dispose();
        int[] pixels = image.getRGB(0, 0, 1600, 1200, null, 0, 1600);
        for (int p = 0; p < pixels.length; p++) {
            int noise = random.nextInt(17) - 8;
            int r = clamp((pixels[p] >> 16 & 0xFF) + noise);
            int gr = clamp((pixels[p] >> 8 & 0xFF) + noise);
            int b = clamp((pixels[p] & 0xFF) + noise);
            pixels[p] = r << 16 | gr << 8 | b;
        }
        image.setRGB(0, 0, 1600, 1200, pixels, 0, 1600);
        return image;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    /** A chart-like picture: flat bars, axes and labels, as a PNG figure of an article has. */
    private static BufferedImage chart(int seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1600, 1200);
        g.setColor(Color.DARK_GRAY);
        g.drawLine(120, 1080, 1520, 1080);
        g.drawLine(120, 80, 120, 1080);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
        for (int bar = 0; bar < 12; bar++) {
            int height = 100 + random.nextInt(850);
            g.setColor(new Color(random.nextInt(200), random.nextInt(200), 120 + random.nextInt(130)));
            g.fillRect(160 + bar * 112, 1080 - height, 80, height);
            g.setColor(Color.DARK_GRAY);
            g.drawString(Integer.toString(height), 165 + bar * 112, 1065 - height);
        }
        g.dispose();
        return image;
    }
}
