package io.geopress.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A PNG, JPEG, GIF or WebP image, decoded (its first frame) to be sure it is whole and to make its smaller copies
 * from. The format is told by the bytes, whatever the file's name.
 *
 * @param shown the pixels as a browser shows them (EXIF orientation applied); a very large image is decoded at a
 *     fraction of its size, so {@code shown} may be narrower than {@code facts.width()}
 * @param moving whether it has more than one frame (an animated GIF or WebP), which a still copy would lose
 */
record RasterImage(ImageFacts facts, BufferedImage shown, boolean moving) {
    /** Beyond this many pixels an image is refused: decoding it would take gigabytes. */
    static final long MAX_PIXELS = 100_000_000L;
    /** Beyond this many pixels an image is decoded at a fraction of its size, enough for the widest copy. */
    private static final long DECODED_PIXELS = 25_000_000L;
    private static final Pattern CUT_SHORT = Pattern.compile("(?i)truncated|premature end");
    private static final Map<String, String> EXTENSIONS = Map.of("png", "png", "jpeg", "jpg", "jpg", "jpg", "gif", "gif",
            "webp", "webp");

    /** The image in {@code file}, or null when no image reader knows its bytes. */
    static RasterImage read(Path file) throws UnusableImage {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) return null;
            ImageReader reader = readers.next();
            try {
                return decode(file, reader, in);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UnusableImage("cannot be read: " + e.getMessage());
        }
    }

    private static RasterImage decode(Path file, ImageReader reader, ImageInputStream in) throws UnusableImage, IOException {
        String format = reader.getFormatName().toUpperCase(Locale.ROOT);
        String extension = EXTENSIONS.get(format.toLowerCase(Locale.ROOT));
        if (extension == null) {
            throw new UnusableImage("is a " + format + " image, which not every browser shows: give PNG, JPEG, GIF, WebP or SVG");
        }
        try {
            reader.setInput(in, false, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            long pixels = (long) width * height;
            if (pixels > MAX_PIXELS) {
                throw new UnusableImage(width + " × " + height + " pixels: more than the " + MAX_PIXELS / 1_000_000
                        + " million an image may have");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.ceil(Math.sqrt((double) pixels / DECODED_PIXELS));
            if (step > 1) param.setSourceSubsampling(step, step, 0, 0);
            List<String> cutShort = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> {
                // a JPEG cut short decodes, grey below the cut, with only a warning (JDK: "Premature end of JPEG
                // file", TwelveMonkeys: "Truncated File"); other warnings (stray bytes) browsers ignore too
                if (CUT_SHORT.matcher(warning).find()) cutShort.add(warning);
            });
            BufferedImage decoded = reader.read(0, param);
            if (!cutShort.isEmpty()) throw new UnusableImage("is cut short: " + cutShort.get(0));
            boolean moving = (extension.equals("gif") || extension.equals("webp")) && reader.getNumImages(true) > 1;
            int orientation = extension.equals("jpg") ? Orientation.of(file) : Orientation.UPRIGHT;
            boolean swapped = Orientation.swapsSides(orientation);
            return new RasterImage(new ImageFacts(extension, swapped ? height : width, swapped ? width : height),
                    Orientation.upright(decoded, orientation), moving);
        } catch (IOException | RuntimeException e) { // a decoder's own bug on hostile bytes as well as a cut file
            throw new UnusableImage("cannot be read as a " + format + " image: " + (e.getMessage() == null ? e : e.getMessage()));
        }
    }
}
