package io.geopress.ingest;

import io.geopress.model.Progress;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;

/**
 * A file handed to an importer.
 *
 * @param name how messages name the file (the path as the user gave it)
 * @param bytes the whole file, or null for a JSON Lines file, which its importer streams from {@code path}
 * @param zone the site's time zone, for dates that carry none
 */
record SourceFile(Path path, String name, byte[] bytes, ZoneId zone, Progress progress, ImportLimits limits) {
    String at(int line) {
        return name + ":" + line;
    }

    static boolean startsWithUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** The charset a byte order mark names (UTF-8, UTF-16 either way), or null when the bytes start with none. */
    static Charset byBom(byte[] bytes) {
        if (startsWithUtf8Bom(bytes)) return StandardCharsets.UTF_8;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        return null;
    }

    /** The length of the byte order mark {@code bytes} start with, 0 when none. */
    static int bomLength(byte[] bytes) {
        Charset bom = byBom(bytes);
        return bom == null ? 0 : bom == StandardCharsets.UTF_8 ? 3 : 2;
    }

    /**
     * The file as text without a byte order mark: UTF-8, or UTF-16 when a byte order mark says so; any other
     * encoding is refused at its first bad line.
     */
    String text() {
        Charset charset = byBom(bytes);
        return decode(bytes, bomLength(bytes), charset == null ? StandardCharsets.UTF_8 : charset);
    }

    private String decode(byte[] data, int from, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data, from, data.length - from);
        CharBuffer out = CharBuffer.allocate(data.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = from; i < in.position(); i++) if (data[i] == '\n') line++;
            String which = charset == StandardCharsets.UTF_8 ? "not UTF-8 text" : "not valid " + charset.name() + " text";
            throw new ImportException(at(line), which + "; save the file as UTF-8");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }
}
