package io.geopress.site;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A QR code made at build time, for WeChat, which shares a page by scanning its address: a black-and-white PNG of
 * one pixel per module, a few hundred bytes (an SVG of the same code took ten kilobytes of every page). The page
 * scales it up without smoothing ({@code image-rendering: pixelated}).
 */
final class QrCode {
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.CHARACTER_SET, "UTF-8",
            // any mask reads; trying all eight for the best costs a tenth of a full build
            EncodeHintType.QR_MASK_PATTERN, 0);
    /** White modules around the code, for the scanner to find its edge. */
    private static final int MARGIN = 2;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private QrCode() {}

    /** The QR code of {@code text} as a {@code data:} URI, for an img element: only letters, digits and {@code +/=;:,}. */
    static String dataUri(String text) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text));
    }

    static byte[] png(String text) {
        byte[][] modules;
        try {
            modules = Encoder.encode(text, ErrorCorrectionLevel.M, HINTS).getMatrix().getArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of " + text + ": " + e.getMessage(), e);
        }
        int size = modules.length + 2 * MARGIN;
        int rowBytes = (size + 7) / 8;
        // each row: filter type 0 (none), then one bit per pixel, 1 for white
        byte[] pixels = new byte[size * (1 + rowBytes)];
        for (int y = 0; y < size; y++) {
            int row = y * (1 + rowBytes);
            Arrays.fill(pixels, row + 1, row + 1 + rowBytes, (byte) 0xFF);
            if (y < MARGIN || y >= size - MARGIN) continue;
            byte[] dark = modules[y - MARGIN];
            for (int x = 0; x < dark.length; x++) {
                int px = x + MARGIN;
                if (dark[x] == 1) pixels[row + 1 + px / 8] &= (byte) ~(0x80 >>> (px % 8));
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(512);
        png.writeBytes(SIGNATURE);
        // width, height, 1 bit per pixel, greyscale, deflate, no filtering beyond the rows' own, not interlaced
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(size).putInt(size).put(new byte[] {1, 0, 0, 0, 0}).array());
        chunk(png, "IDAT", deflate(pixels));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            byte[] out = new byte[data.length + 64]; // room for data that does not compress
            int n = deflater.deflate(out);
            if (!deflater.finished()) throw new IllegalStateException("deflate did not finish");
            return Arrays.copyOf(out, n);
        } finally {
            deflater.end();
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
