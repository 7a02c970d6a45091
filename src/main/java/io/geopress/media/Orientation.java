package io.geopress.media;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * A JPEG's EXIF orientation (1 to 8), which a phone writes instead of turning the pixels: browsers turn the image by
 * it, so its size as shown and its smaller copies (which carry no EXIF) must be turned too.
 */
final class Orientation {
    static final int UPRIGHT = 1;

    private Orientation() {}

    /** The orientation a JPEG file gives, or {@link #UPRIGHT} when it gives none or none that can be read. */
    static int of(Path jpeg) {
        try (ImageInputStream in = ImageIO.createImageInputStream(jpeg.toFile())) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (exif.isEmpty()) return UPRIGHT;
            try (InputStream data = exif.get(0).data()) {
                if (data.read() != 0) return UPRIGHT; // the pad after the "Exif" identifier
                Directory tiff = new TIFFReader().read(new MemoryCacheImageInputStream(data));
                Entry entry = tiff.getEntryById(TIFF.TAG_ORIENTATION);
                int value = entry != null && entry.getValue() instanceof Number n ? n.intValue() : UPRIGHT;
                return value >= 1 && value <= 8 ? value : UPRIGHT;
            }
        } catch (IOException | RuntimeException e) {
            return UPRIGHT; // a display detail: bad EXIF does not make the image unusable
        }
    }

    /** Whether the image is shown turned a quarter, its width and height swapped. */
    static boolean swapsSides(int orientation) {
        return orientation >= 5;
    }

    /**
     * The pixels as shown, in an RGB image (with alpha when {@code pixels} has it): the form the downscaler and the
     * JPEG writer work best on, whatever the source's palette, grey levels or bit depth.
     */
    static BufferedImage upright(BufferedImage pixels, int orientation) {
        int w = pixels.getWidth();
        int h = pixels.getHeight();
        boolean swapped = swapsSides(orientation);
        BufferedImage shown = new BufferedImage(swapped ? h : w, swapped ? w : h,
                pixels.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = shown.createGraphics();
        try {
            g.drawImage(pixels, transform(orientation, w, h), null);
        } finally {
            g.dispose();
        }
        return shown;
    }

    /** Where each orientation's pixel (x, y) of a w × h image is shown. */
    private static AffineTransform transform(int orientation, int w, int h) {
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0); // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h); // upside down, mirrored
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // mirrored along the diagonal
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0); // a quarter turn right
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // mirrored along the other diagonal
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w); // a quarter turn left
            default -> new AffineTransform();
        };
    }
}
