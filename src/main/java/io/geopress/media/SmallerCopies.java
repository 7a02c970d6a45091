package io.geopress.media;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * The smaller copies of a large image that pages offer in {@code srcset}: one for each of {@link #WIDTHS} narrower
 * than the image, downscaled by Thumbnailator (bilinear steps of at most a half, which keep fine lines), each from the
 * next larger. A copy is a JPEG, or a PNG where the image has transparent pixels; it carries no metadata (no EXIF,
 * so no place or camera of a photo).
 */
final class SmallerCopies {
    /** From the widest, each copy being made from the one before. */
    static final List<Integer> WIDTHS = List.of(1600, 960, 480);
    private static final float JPEG_QUALITY = 0.82f;

    /** A copy made, in a file not yet under its name. */
    record Copy(Path file, String name, int width, int height) {}

    private SmallerCopies() {}

    /**
     * Writes the copies of {@code image} (whose stored name begins with {@code sha}) into temporary files of
     * {@code folder}, widest first; none for an image no wider than the narrowest width.
     */
    static List<Copy> make(BufferedImage image, String sha, Path folder) throws IOException {
        List<Copy> copies = new ArrayList<>();
        try {
            boolean transparent = transparent(image);
            BufferedImage from = image;
            for (int width : WIDTHS) {
                if (width >= image.getWidth()) continue;
                int height = Math.max(1, (int) Math.round((double) width * image.getHeight() / image.getWidth()));
                BufferedImage scaled = Thumbnails.of(from).forceSize(width, height).asBufferedImage();
                Path file = MediaStore.temporaryFile(folder);
                copies.add(new Copy(file, sha + "-" + width + "w." + (transparent ? "png" : "jpg"), width, height));
                if (transparent) {
                    if (!ImageIO.write(scaled, "png", file.toFile())) throw new IOException("no PNG writer");
                } else {
                    writeJpeg(scaled, file);
                }
                from = scaled;
            }
            return copies;
        } catch (IOException | RuntimeException e) {
            for (Copy copy : copies) Files.deleteIfExists(copy.file);
            throw e;
        }
    }

    private static boolean transparent(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_ARGB) return false;
        for (int pixel : ((DataBufferInt) image.getRaster().getDataBuffer()).getData()) {
            if (pixel >>> 24 != 0xFF) return true;
        }
        return false;
    }

    private static void writeJpeg(BufferedImage image, Path file) throws IOException {
        BufferedImage opaque = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB) { // an opaque image that had an alpha channel
            opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            opaque.getGraphics().drawImage(image, 0, 0, null);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(out);
            writer.write(null, new IIOImage(opaque, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
