package io.geopress.site;

import io.nayuki.qrcodegen.DataTooLongException;
import io.nayuki.qrcodegen.QrSegment;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * A QR code made at build time, for WeChat, which shares a page by scanning its address: a black-and-white PNG of
 * one pixel per module, about 500 bytes (an SVG of the same code took ten kilobytes of every page). The page scales
 * it up without smoothing ({@code image-rendering: pixelated}).
 */
final class QrCode {
    /** White modules around the code, for the scanner to find its edge. */
    private static final int MARGIN = 2;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private QrCode() {}

    /** The QR code of {@code text} as a {@code data:} URI, for an img element: only letters, digits and {@code +/=;:,}. */
    static String dataUri(String text) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text));
    }

    static byte[] png(String text) {
        io.nayuki.qrcodegen.QrCode code;
        try {
            // any mask reads: choosing the best of the eight costs more than the rest of the code
            code = io.nayuki.qrcodegen.QrCode.encodeSegments(List.of(QrSegment.makeBytes(text.getBytes(StandardCharsets.UTF_8))),
                    io.nayuki.qrcodegen.QrCode.Ecc.MEDIUM, io.nayuki.qrcodegen.QrCode.MIN_VERSION, io.nayuki.qrcodegen.QrCode.MAX_VERSION, 0, false);
        } catch (DataTooLongException e) {
            throw new IllegalArgumentException("cannot make a QR code of " + text + ": " + e.getMessage(), e);
        }
        int size = code.size + 2 * MARGIN;
        int rowBytes = (size + 7) / 8;
        // each row: filter type 0 (none), then one bit per pixel, 1 for white
        byte[] pixels = new byte[size * (1 + rowBytes)];
        for (int y = 0; y < size; y++) {
            int row = y * (1 + rowBytes);
            Arrays.fill(pixels, row + 1, row + 1 + rowBytes, (byte) 0xFF);
            if (y < MARGIN || y >= size - MARGIN) continue;
            for (int x = 0; x < code.size; x++) {
                int px = x + MARGIN;
                if (code.getModule(x, y - MARGIN)) pixels[row + 1 + px / 8] &= (byte) ~(0x80 >>> (px % 8));
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(512);
        png.writeBytes(SIGNATURE);
        // width, height, 1 bit per pixel, greyscale, deflate, no filtering beyond the rows' own, not interlaced
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(size).putInt(size).put(new byte[] {1, 0, 0, 0, 0}).array());
        chunk(png, "IDAT", zlibStored(pixels));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /**
     * The pixels as a zlib stream of one stored (uncompressed) block: a few dozen bytes more than compressing them,
     * without setting up a compressor for every page.
     */
    private static byte[] zlibStored(byte[] data) {
        Adler32 adler = new Adler32();
        adler.update(data);
        ByteBuffer zlib = ByteBuffer.allocate(2 + 5 + data.length + 4);
        zlib.put((byte) 0x78).put((byte) 0x01); // deflate, 32K window; no dictionary; header checksum
        zlib.put((byte) 1).putShort(Short.reverseBytes((short) data.length)).putShort(Short.reverseBytes((short) ~data.length));
        return zlib.put(data).putInt((int) adler.getValue()).array();
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
