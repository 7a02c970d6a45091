package io.geopress.site;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
    /** Error correction at level M, by version: codewords per block, and blocks (ISO/IEC 18004). */
    private static final int[] ECC_PER_BLOCK_M = {0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28,
        26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28};
    private static final int[] ECC_BLOCKS_M = {0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17,
        17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49};

    private QrCode() {}

    /** The QR code of {@code text} as a {@code data:} URI, for an img element: only letters, digits and {@code +/=;:,}. */
    static String dataUri(String text) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text));
    }

    static byte[] png(String text) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        int version = version(data.length);
        if (version < 0) {
            throw new IllegalArgumentException("cannot make a QR code of " + text + ": " + data.length + " bytes, and at most "
                    + (dataCapacity(40) - 3) + " fit in one");
        }
        // any mask reads: choosing the best of the eight costs more than the rest of the code
        io.nayuki.qrcodegen.QrCode code = new io.nayuki.qrcodegen.QrCode(version, io.nayuki.qrcodegen.QrCode.Ecc.MEDIUM,
                dataCodewords(data, version), 0);
        int size = code.size + 2 * MARGIN;
        ByteArrayOutputStream png = new ByteArrayOutputStream(512);
        png.writeBytes(SIGNATURE);
        // width, height, 1 bit per pixel, greyscale, deflate, no filtering beyond the rows' own, not interlaced
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(size).putInt(size).put(new byte[] {1, 0, 0, 0, 0}).array());
        chunk(png, "IDAT", zlibStored(pixels(code, size)));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** The smallest version (size) whose code holds {@code length} bytes at error correction level M; -1 if none does. */
    static int version(int length) {
        for (int version = 1; version <= 40; version++) {
            if (4 + countBits(version) + 8L * length <= 8L * dataCapacity(version)) return version;
        }
        return -1;
    }

    /**
     * The data codewords of {@code data} in byte mode, as the QR code standard lays them out: mode, length, the bytes,
     * a terminator, then padding. Made here rather than by the library's encoder, which writes them a bit at a time
     * into a BitSet: that took a third of the time of each code.
     */
    static byte[] dataCodewords(byte[] data, int version) {
        byte[] codewords = new byte[dataCapacity(version)];
        int countBits = countBits(version);
        // mode 0100 (bytes), then the count, shifted so that it ends half-way into a byte: the data bytes follow
        // straddling codewords, each codeword the low half of one byte and the high half of the next
        long header = (0b0100L << countBits | data.length) << 4;
        int headerBytes = (4 + countBits) / 8;
        for (int i = 0; i < headerBytes; i++) codewords[i] = (byte) (header >>> 8 * (headerBytes - i));
        int carry = (int) header & 0xF0;
        int at = headerBytes;
        for (byte b : data) {
            codewords[at++] = (byte) (carry | (b & 0xFF) >>> 4);
            carry = (b & 0x0F) << 4;
        }
        codewords[at++] = (byte) carry; // the last 4 bits, then the terminator's zeros to the byte's end
        for (int pad = 0; at < codewords.length; pad++) codewords[at++] = (byte) (pad % 2 == 0 ? 0xEC : 0x11);
        return codewords;
    }

    /** Bits of the byte count in byte mode. */
    private static int countBits(int version) {
        return version <= 9 ? 8 : 16;
    }

    /**
     * Data codewords a code of {@code version} holds at level M: its modules less function patterns and version
     * information, in bytes, less the error correction codewords.
     */
    private static int dataCapacity(int version) {
        int modules = (16 * version + 128) * version + 64;
        if (version >= 2) {
            int alignments = version / 7 + 2;
            modules -= (25 * alignments - 10) * alignments - 55;
            if (version >= 7) modules -= 36;
        }
        return modules / 8 - ECC_PER_BLOCK_M[version] * ECC_BLOCKS_M[version];
    }

    /**
     * The rows of the image: each a filter type of 0 (none), then one bit per pixel, 1 for white. A method of its own
     * so that the JIT compiles this loop alone when it turns hot, rather than all of {@link #png} with it.
     */
    private static byte[] pixels(io.nayuki.qrcodegen.QrCode code, int size) {
        int rowBytes = (size + 7) / 8;
        byte[] pixels = new byte[size * (1 + rowBytes)];
        for (int y = 0; y < size; y++) {
            int row = y * (1 + rowBytes);
            for (int b = 0; b < rowBytes; b++) {
                int bits = 0;
                // the library calls a module outside the code light: the margin, and the bits that pad a row's last byte
                for (int px = 8 * b; px < 8 * b + 8; px++) bits = bits << 1 | (code.getModule(px - MARGIN, y - MARGIN) ? 0 : 1);
                pixels[row + 1 + b] = (byte) bits;
            }
        }
        return pixels;
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
