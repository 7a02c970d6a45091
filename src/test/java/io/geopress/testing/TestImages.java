package io.geopress.testing;

import io.geopress.ingest.Imported;
import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.Figure;
import io.geopress.model.Source;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/** Images written by ImageIO for the media tests, and articles whose figures show them, as an importer hands them over. */
public final class TestImages {
    private TestImages() {}

    /**
     * A picture {@code width} × {@code height}, different for each {@code seed}: a gradient, a few boxes, and a red
     * square in its top left corner (to tell how a copy was turned).
     */
    public static BufferedImage picture(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt()), width, height, new Color(random.nextInt())));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 12; i++) {
            g.setColor(new Color(random.nextInt()));
            g.fillRect(random.nextInt(width), random.nextInt(height), 1 + random.nextInt(width / 4), 1 + random.nextInt(height / 4));
        }
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 8, height / 8);
        g.dispose();
        return image;
    }

    /** Writes {@link #picture} as {@code format} ("png", "jpg") into {@code file}. */
    public static Path write(Path file, String format, int width, int height, long seed) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (!ImageIO.write(picture(width, height, seed), format, file.toFile())) throw new IOException("no writer for " + format);
        return file;
    }

    /** Writes a JPEG whose EXIF says how to turn it (1 to 8), as a phone does instead of turning the pixels. */
    public static Path jpegWithOrientation(Path file, int width, int height, int orientation) throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(picture(width, height, orientation), "jpg", jpeg);
        byte[] plain = jpeg.toByteArray();
        // APP1: "Exif\0\0", then a big-endian TIFF header and one IFD with one SHORT entry, Orientation (0x0112)
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8).putShort((short) 1)
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0)
                .putInt(0);
        byte[] exif = ByteBuffer.allocate(6 + tiff.capacity()).put(new byte[] {'E', 'x', 'i', 'f', 0, 0}).put(tiff.array()).array();
        int afterJfif = 4 + ((plain[4] & 0xFF) << 8 | plain[5] & 0xFF); // SOI, then ImageIO's APP0 segment
        ByteBuffer out = ByteBuffer.allocate(plain.length + 4 + exif.length);
        out.put(plain, 0, afterJfif);
        out.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif);
        out.put(plain, afterJfif, plain.length - afterJfif);
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, out.array());
    }

    /** The hex SHA-256 of a file's bytes, as the media store names it. */
    public static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A figure showing {@code src}, with a caption in both languages. */
    public static Block figure(String src) {
        return Block.figure(new Figure(src, 0, 0, new Bilingual("图", "A picture"), null), new Bilingual("图片说明", "What it shows"));
    }

    /** An article as an importer hands it over: its figures' local images still to be captured. */
    public static Imported imported(String origin, String title, List<Block> body, Imported.LocalImage... images) {
        Article article = new Article(new Bilingual(title, title), Bilingual.EMPTY, null, Source.UNKNOWN, body, List.of(),
                List.of(), List.of(), List.of(), false, null, null);
        return new Imported(origin, article, List.of(), List.of(), List.of(), origin, List.of(images));
    }
}
